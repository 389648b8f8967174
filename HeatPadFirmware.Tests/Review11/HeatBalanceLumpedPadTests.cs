using System;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review11
{
    /// <summary>
    /// Review 11: <see cref="HeatBalanceCheck"/> fed by a lumped pad (one heat capacity; conductances to the body at 34 °C,
    /// the room and an optional cold pack with a heat capacity of its own), a proportional hold to the target and a
    /// 0.0625 °C quantised reading. Measured on the check alone, not the whole core (time ran short): the figures say
    /// where the check's own arithmetic stands, not whether the supervisor would have latched something else first.
    /// </summary>
    public class HeatBalanceLumpedPadTests
    {
        private const double BodyC = 34.0;
        private const double RoomAirWPerK = 0.5;
        private const double PadHeatCapacityJPerK = 900.0;

        /// <summary>Runs the pad: <paramref name="coolS"/> unheated (pack on if any), then heat for <paramref name="heatS"/>.</summary>
        private static (int TripS, double MaxJudgedWPerK) Run(
            double roomC, double startC, double powerW, double bodyWPerK,
            double packWPerK, double packC, double packJPerK, double targetC, int coolS, int heatS)
        {
            var check = new HeatBalanceCheck();
            double padC = startC;
            double maxJudged = 0.0;
            double duty = 0.0;
            for (int t = 0; t < coolS + heatS; t++)
            {
                bool heat = t >= coolS;
                duty = heat ? Math.Clamp((targetC - padC) * 0.5, 0.0, 1.0) : 0.0;
                double packFlowW = packWPerK * (padC - packC);
                double flowW = (powerW * duty) - (bodyWPerK * (padC - BodyC)) - (RoomAirWPerK * (padC - roomC)) - packFlowW;
                padC += flowW / PadHeatCapacityJPerK;
                if (packJPerK > 0.0)
                {
                    // A pack melting at 0 °C holds there; its water then warms.
                    packC += packFlowW / packJPerK;
                }

                double readingC = Math.Round(padC / 0.0625) * 0.0625;
                if (check.Update(readingC, 1.0, duty, heat, powerW))
                {
                    return (t - coolS, check.HoldingConductanceWPerK);
                }

                maxJudged = Math.Max(maxJudged, check.HoldingConductanceWPerK);
            }

            return (-1, maxJudged);
        }

        [Theory]
        [InlineData(16.0, 10.0, 2.0)]
        [InlineData(16.0, 60.0, 8.0)]
        [InlineData(22.0, 10.0, 8.0)]
        [InlineData(26.0, 60.0, 8.0)]
        [InlineData(30.0, 10.0, 8.0)]
        [InlineData(30.0, 60.0, 8.0)]
        public void HeatBalanceCheck_StaysQuiet_ForAPadOnABodyAtItsCeiling_InCoolAndWarmRooms(double roomC, double powerW, double bodyWPerK)
        {
            // Switched on at the room, level 5 (target 48 C, above any ceiling here): full power the whole heat.
            var (tripS, judged) = Run(roomC, roomC, powerW, bodyWPerK, 0.0, 0.0, 0.0, 48.0, 10, 3600);
            Assert.Equal(-1, tripS);
            Assert.True(judged < HeatBalanceCheck.MaxHoldingConductanceWPerK, $"judged {judged:F2} W/K");
        }

        [Theory]
        [InlineData(26.0, 29.9, 60.0, 8.0)]
        [InlineData(28.0, 29.9, 60.0, 8.0)]
        public void HeatBalanceCheck_StaysQuiet_ForAPadSwitchedOnWarmOnAHeavyBody(double roomC, double startC, double powerW, double bodyWPerK)
        {
            // The room estimate is the lowest reading: a pad switched on warm (29.9 C, just under MaxRoomC) in a warm room.
            var (tripS, judged) = Run(roomC, startC, powerW, bodyWPerK, 0.0, 0.0, 0.0, 48.0, 10, 3600);
            Assert.True(tripS == -1, $"tripped at {tripS} s of heat, {judged:F2} W/K");

            // Measured 5.52 W/K judged at 28 C: a margin of only 1.18 against 6.5.
            Assert.True(judged > 0.0, "the check never judged: the scenario does not exercise it");
        }

        [Theory(Skip = "Review 11 finding (HIGH if a pack left on is normal use): a melting cold pack (0 C) left on the pad "
            + "into a heat phase pulls the room estimate (the lowest reading) down to the pack-cooled pad; under full power "
            + "the pad then stands a few kelvin above that estimate and the check latches sensor_detached. Lumped pad, 70 W, "
            + "body 4 W/K, room 22 C, 600 s cool with the pack then heat: 8 W/K pack latched, 40 W/K latched, 160 W/K latched "
            + "(measured: 8 W/K pack latched 771 s into heat at 12.42 W/K judged; 40 W/K latched 522 s in at 44.22 W/K; 160 W/K "
            + "not judged, its rise 0.43 C under MinRiseC; 10 W pad with an 8 W/K pack latched 449 s in at 15.62 W/K). A pack "
            + "that warms (20 kJ/K) keeps the reading rising and does not latch. The sensor is reading the pad correctly. "
            + "Session 11: a confirming heat pause was measured and not landed (docs/safety.md, known gaps of session 10).")]
        [InlineData(8.0)]
        [InlineData(40.0)]
        [InlineData(160.0)]
        public void HeatBalanceCheck_StaysQuiet_WhenAMeltingColdPackIsLeftOnIntoAHeatPhase(double packWPerK)
        {
            var (tripS, judged) = Run(22.0, 22.0, 70.0, 4.0, packWPerK, 0.0, 1.0e9, 44.0, 600, 1800);
            Assert.True(tripS == -1, $"tripped at {tripS} s of heat, {judged:F2} W/K");
        }

        [Theory]
        [InlineData(70.0, 4.0, 8.0)]
        [InlineData(70.0, 4.0, 40.0)]
        [InlineData(10.0, 8.0, 8.0)]
        public void HeatBalanceCheck_LatchesSensorDetached_UnderAMeltingColdPackLeftOn_Measured(double powerW, double bodyWPerK, double packWPerK)
        {
            // The figure behind the skipped test above: the latch happens, within the first 30 minutes of heat.
            var (tripS, judged) = Run(22.0, 22.0, powerW, bodyWPerK, packWPerK, 0.0, 1.0e9, 44.0, 600, 1800);
            Assert.InRange(tripS, (int)HeatBalanceCheck.MinHeatS, 1800);
            Assert.True(judged > HeatBalanceCheck.MaxHoldingConductanceWPerK);
        }
    }
}
