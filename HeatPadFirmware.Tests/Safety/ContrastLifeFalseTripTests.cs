using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Issue 4, session 3: no false trip in contrast programs of short heat phases where the user gets up and uses the
    /// cold pack. On the faults campaign's contrast group (5-min heat, 1–15-min cool phases, cold pack in every cool
    /// phase) main latched 31 of 400 sessions: sensor_detached from the room witness's bound learned on a body, and
    /// frozen_reading from a cool phase counted as frozen time. Each cause has a test here that fails without its fix,
    /// and each fix a test that the detached and frozen cases are still caught.
    /// </summary>
    public class ContrastLifeFalseTripTests
    {
        private const double RoomC = 22.0;
        private const double PowerW = 10.0;

        private static readonly (string Name, PadParameters Pad)[] Pads =
            PadFile.LoadAllShipped();

        /// <summary>
        /// A check that learned its bound on a first heat-up of <paramref name="learnS"/> full-power seconds from the room
        /// (a body helping), then saw the pad warm and come back to the room with no heat wanted (the user got up, a cold
        /// pack).
        /// </summary>
        private static RoomReadingCheck LearnedThenBackAtTheRoomUnheated(int learnS)
        {
            var check = new RoomReadingCheck();
            check.Update(RoomC, 1.0, 0.0, false, PowerW);
            for (int s = 0; s < learnS; s++)
            {
                Assert.False(check.Update(RoomC + 0.5, 1.0, 1.0, true, PowerW));
            }

            Assert.False(check.Update(RoomC + 3.0, 1.0, 1.0, true, PowerW));
            Assert.Equal((RoomReadingCheck.LearnedFactor * learnS) + RoomReadingCheck.LearnedMarginS, check.MaxWorkS, 6);
            for (int s = 0; s < 120; s++)
            {
                Assert.False(check.Update(s < 60 ? 30.0 : RoomC, 1.0, 0.0, false, PowerW));
            }

            return check;
        }

        /// <summary>Full-power seconds until the check trips while the reading climbs at <paramref name="riseCPerS"/> from the room (−1: not within <paramref name="limitS"/>).</summary>
        private static int SecondsToTrip(RoomReadingCheck check, double riseCPerS, int limitS)
        {
            for (int s = 1; s <= limitS; s++)
            {
                // Alternating one DS18B20 step of noise on top of the climb.
                double noiseC = (s % 2 == 0 ? 1 : -1) * SimulatedSensor.ResolutionC;
                if (check.Update(RoomC + (riseCPerS * s) + noiseC, 1.0, 1.0, true, PowerW))
                {
                    return s;
                }
            }

            return -1;
        }

        [Fact]
        public void RoomReadingCheck_GivesAPadWhoseReadingRisesInTheBandTheDefaultBound_NotTheOneLearnedOnABody()
        {
            // Learned 100 s on a body; off it the pad needs 180 s to lift the reading 1 C. The reading's rise in the band
            // shows the pad heats (main tripped at 100 s).
            RoomReadingCheck check = LearnedThenBackAtTheRoomUnheated(40);
            Assert.True(check.MaxWorkS > RoomReadingCheck.OffBodyMinWorkS);
            Assert.Equal(-1, SecondsToTrip(check, 1.0 / 180.0, 300));
        }

        [Fact]
        public void RoomReadingCheck_WaitsAtLeastTheOffBodyBound_AfterTheReadingCameBackToTheRoomUnheated()
        {
            // usb-10w: 24 s learned on the body; off it at 90 % supply the reading needs about 30 s to show its rise
            // (main and the rise alone tripped at 24 s).
            RoomReadingCheck check = LearnedThenBackAtTheRoomUnheated(2);
            Assert.Equal(-1, SecondsToTrip(check, 1.0 / 118.0, 200));
        }

        [Fact]
        public void RoomReadingCheck_StillCatchesAReadingStuckAtTheRoom_AtTheOffBodyBound_AfterAnUnheatedReturn()
        {
            // A sensor that fell off while the pad was off: the reading never rises, the floor is the longest it waits.
            RoomReadingCheck check = LearnedThenBackAtTheRoomUnheated(2);
            int seconds = SecondsToTrip(check, 0.0, 300);
            Assert.InRange(seconds, (int)RoomReadingCheck.OffBodyMinWorkS - 1, (int)RoomReadingCheck.OffBodyMinWorkS + 1);
        }

        [Fact]
        public void RoomReadingCheck_KeepsTheLearnedBound_ForASensorFallingToTheRoomUnderHeat()
        {
            // Detached during a heat phase: the reading falls into the band while heat is wanted; no floor, no rise.
            var check = new RoomReadingCheck();
            check.Update(RoomC, 1.0, 0.0, false, PowerW);
            Assert.False(check.Update(RoomC + 0.5, 1.0, 1.0, true, PowerW));
            Assert.False(check.Update(RoomC + 0.5, 1.0, 1.0, true, PowerW));
            for (int s = 0; s < 60; s++)
            {
                Assert.False(check.Update(RoomC + 10.0 - (s * 0.15), 1.0, 1.0, true, PowerW));
            }

            int seconds = SecondsToTrip(check, 0.0, 300);
            double learnedS = (RoomReadingCheck.LearnedFactor * 2) + RoomReadingCheck.LearnedMarginS;
            Assert.InRange(seconds, 1, (int)learnedS + 1);
        }

        [Fact]
        public void RoomReadingCheck_RaisesItsBound_ToTheLargestAHeatUpFromTheRoomAskedFor()
        {
            RoomReadingCheck check = LearnedThenBackAtTheRoomUnheated(2);
            for (int s = 0; s < 40; s++)
            {
                Assert.False(check.Update(RoomC + 0.5, 1.0, 1.0, true, PowerW));
            }

            Assert.False(check.Update(RoomC + 3.0, 1.0, 1.0, true, PowerW));
            Assert.Equal((RoomReadingCheck.LearnedFactor * 40) + RoomReadingCheck.LearnedMarginS, check.MaxWorkS, 6);
        }

        [Fact]
        public void FrozenReadingCheck_DoesNotCountACoolPhase_AtTheRoomWithTheHeaterOff()
        {
            // A quiet sensor held at the room by the cold pack while the uncorrected model still cools: main counted the
            // cool phase and latched in the first seconds of the next heat phase.
            var check = new FrozenReadingCheck();
            double modelC = 26.0;
            for (int s = 0; s < 200; s++)
            {
                modelC = RoomC + ((modelC - RoomC) * 0.99);
                Assert.False(check.Update(RoomC, 1.0, 0.0, 40.0, true, modelC, 0.0));
            }

            for (int s = 0; s < 10; s++)
            {
                Assert.False(check.Update(RoomC, 1.0, 1.0, 40.0, true, modelC + (0.05 * s), 1.0));
            }
        }

        [Fact]
        public void FrozenReadingCheck_StillLatchesAReadingFrozenUnderHeat_WithinItsMinute()
        {
            var check = new FrozenReadingCheck();
            int tripS = -1;
            for (int s = 0; s < 200 && tripS < 0; s++)
            {
                if (check.Update(30.0, 1.0, 1.0, 40.0, true, 30.0 + (0.05 * s), 1.0))
                {
                    tripS = s;
                }
            }

            Assert.InRange(tripS, (int)FrozenReadingCheck.MinFrozenS, (int)FrozenReadingCheck.MinFrozenS + 10);
        }

        [Theory]
        [InlineData(150053)] // free-air, frozen_reading on main (a cool phase counted as frozen time)
        [InlineData(150062)] // usb-10w, sensor_detached on main (bound learned on the body, cold pack)
        [InlineData(150264)] // nominal-12v, frozen_reading on main
        public void ContrastLife_WithColdPacksAndShortPhases_LatchesNoFault(int seed)
        {
            Assert.Equal(FaultCode.None, FaultCampaign.RunContrastLife(Pads, seed));
        }

        [Fact]
        public void NormalLife_UserGotUpAndThePadCooledToTheRoom_LatchesNoFault()
        {
            // Seed 777277: usb-10w, bound learned on the body (24 s), the user got up, no cold pack, 8-min cool phase:
            // main and the rise alone latched sensor_detached at the next heat start.
            const int Seed = 777277;
            var config = new TherapyConfig
            {
                ContrastHeatMinutes = TherapyConfig.MinHeatPhaseMinutes,
                ContrastCoolMinutes = 1 + (Seed % 15),
                ContrastCycles = Math.Min(10, FaultCampaign.NormalLifeMinutes / (6 + (Seed % 15))),
            };
            Assert.Equal(FaultCode.None, FaultCampaign.RunNormalLife(Pads, Seed, config));
        }

        [Fact]
        public void ContrastLife_FirstSixtySessionsOfTheCampaignGroup_LatchNoFault()
        {
            int first = 100003 + FaultsCommand.ContrastLifeSeedOffset;
            int[] tripped = Enumerable.Range(first, 60).Where(seed => FaultCampaign.RunContrastLife(Pads, seed) != FaultCode.None).ToArray();
            Assert.Empty(tripped);
        }
    }
}
