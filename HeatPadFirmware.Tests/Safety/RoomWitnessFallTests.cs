using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Issue 4, session 8: the room witness (<see cref="RoomReadingCheck"/>) counts the heat that went in while a reading fell
    /// toward the room under heat from the fall's start, not from the reading's arrival in the room band: both sensors leaving a
    /// folded pad heating up at 27 °C reached the band 26 s after the onset, and a count from there let heat flow 187–188 s.
    /// </summary>
    public class RoomWitnessFallTests
    {
        private const double RoomC = 22.0;

        /// <summary>A 15 s-lag sensor leaving a pad at <paramref name="fromC"/> for the 22 °C room, <paramref name="sinceS"/> after it left.</summary>
        private static double DetachedC(double fromC, double sinceS)
        {
            return RoomC + ((fromC - RoomC) * Math.Exp(-sinceS / 15.0));
        }

        /// <summary>A check that knows the room and has seen the pad's heat at <paramref name="warmC"/> for 30 s under full power (no first heat-up learned: the default bound).</summary>
        private static RoomReadingCheck WarmedCheck(double warmC)
        {
            var check = new RoomReadingCheck();
            check.Update(RoomC, 1.0, 0.0, false);
            check.Update(warmC, 1.0, 0.0, false);
            for (int s = 0; s < 30; s++)
            {
                Assert.False(check.Update(warmC, 1.0, 1.0, true));
            }

            return check;
        }

        [Fact]
        public void RoomReadingCheck_CountsFromTheFallsStart_WhenTheReadingFallsIntoTheRoomBandUnderFullPower()
        {
            RoomReadingCheck check = WarmedCheck(27.0);
            int seconds = 0;
            int arrivalS = -1;
            bool tripped = false;
            while (!tripped && seconds < 600)
            {
                seconds++;
                double readingC = DetachedC(27.0, seconds);
                if (arrivalS < 0 && readingC <= RoomC + RoomReadingCheck.NearRoomC)
                {
                    arrivalS = seconds;
                }

                tripped = check.Update(readingC, 1.0, 1.0, true);
            }

            // The reading needs 24 s to reach the band; the bound (160 full-power s) is counted from the fall's first second.
            Assert.True(tripped);
            Assert.InRange(arrivalS, 20, 30);
            Assert.InRange(seconds, RoomReadingCheck.DefaultMaxWorkS, RoomReadingCheck.DefaultMaxWorkS + 2.0);
        }

        [Fact]
        public void RoomReadingCheck_CountsOnlyTheRestartedHeat_WhenTheFallReachedTheRoomWithNoHeatWanted()
        {
            RoomReadingCheck check = WarmedCheck(27.0);
            // The heat stops as the reading starts falling (a cool phase); it reaches the room in the pause, no work goes in.
            for (int s = 1; s <= 60; s++)
            {
                Assert.False(check.Update(DetachedC(27.0, s), 1.0, 0.0, false));
            }

            int seconds = 0;
            bool tripped = false;
            while (!tripped && seconds < 600)
            {
                tripped = check.Update(DetachedC(27.0, 60 + seconds), 1.0, 1.0, true);
                seconds++;
            }

            Assert.True(tripped);
            Assert.Equal(RoomReadingCheck.DefaultMaxWorkS, seconds, 0);
        }

        [Fact]
        public void RoomReadingCheck_StartsTheCountAfresh_WhenAFallingReadingTurnsUpOutOfTheBand()
        {
            RoomReadingCheck check = WarmedCheck(35.0);
            // A body lies down on the pad: the reading falls 35 → 30 °C under full power, then the heat brings it back up.
            for (int s = 1; s <= 40; s++)
            {
                Assert.False(check.Update(30.0 + (5.0 * Math.Exp(-s / 8.0)), 1.0, 1.0, true));
            }

            for (int s = 1; s <= 60; s++)
            {
                Assert.False(check.Update(30.0 + (0.05 * s), 1.0, 1.0, true));
            }

            // Then the sensor leaves the pad at 33 °C: only this fall's work is counted.
            int seconds = 0;
            bool tripped = false;
            while (!tripped && seconds < 600)
            {
                seconds++;
                tripped = check.Update(DetachedC(33.0, seconds), 1.0, 1.0, true);
            }

            Assert.True(tripped);
            Assert.InRange(seconds, RoomReadingCheck.DefaultMaxWorkS, RoomReadingCheck.DefaultMaxWorkS + 2.0);
        }

        [Fact]
        public void RoomReadingCheck_LearnsOnlyTheHeatUpFromTheRoom_NotTheFallThatBroughtTheReadingThere()
        {
            var check = new RoomReadingCheck();
            check.Update(RoomC, 1.0, 0.0, false);
            for (int s = 0; s < 10; s++)
            {
                check.Update(22.5, 1.0, 1.0, true);
            }

            check.Update(27.0, 1.0, 1.0, true);
            double learnedS = check.MaxWorkS;
            Assert.Equal((RoomReadingCheck.LearnedFactor * 10.0) + RoomReadingCheck.LearnedMarginS, learnedS, 6);

            // Under full power the reading falls from 27 °C into the band (24 s of work), stays 5 s, and rises out again.
            int s2 = 0;
            while (DetachedC(27.0, s2) > RoomC + RoomReadingCheck.NearRoomC)
            {
                s2++;
                Assert.False(check.Update(DetachedC(27.0, s2), 1.0, 1.0, true));
            }

            for (int s = 0; s < 5; s++)
            {
                check.Update(22.5, 1.0, 1.0, true);
            }

            check.Update(24.0, 1.0, 1.0, true);
            // The fall's 24 s are not this pad's heat-up: relearning from them would have raised the bound to 2 × 30 + 20 s.
            Assert.Equal(learnedS, check.MaxWorkS, 6);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        [InlineData(5)]
        public void BothSensorsDetached_StopsTheHeatWithinThreeMinutes_OnTheFoldedPadHeatingUpAtTheFiveMinuteOnset(int level)
        {
            (string Name, PadParameters Pad)[] pads = PadFile.LoadAllShipped();
            int seed = FaultsCommand.CaseSeeds(Array.ConvertAll(pads, p => p.Name), 1)[("folded-covered", level, 300.0, FaultKind.BothSensorsDetached)];
            PadParameters pad = Array.Find(pads, p => p.Name == "folded-covered").Pad;

            FaultCaseResult result = FaultCampaign.RunCase("folded-covered", pad, level, FaultKind.BothSensorsDetached, 300.0, seed);

            // Session 7: 187-188 s at every level (the count began at the readings' arrival in the room band).
            Assert.Equal(FaultCode.SensorDetached, result.Fault);
            Assert.InRange(result.NoHeatAfterS, 0.0, 175.0);
        }
    }
}
