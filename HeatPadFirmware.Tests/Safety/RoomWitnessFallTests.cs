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
    /// A count that such a fall opened is judged on <see cref="RoomReadingCheck.FallLearnedFactor"/> × the pad's largest heat-up
    /// from the room + the margin, where that is lower than the bound in force and not under the off-body floor.
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

            int seconds = SecondsToTrip(check, k => DetachedC(27.0, 60 + k));

            Assert.True(seconds > 0);
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
            int seconds = SecondsToTrip(check, k => DetachedC(33.0, k + 1));

            Assert.True(seconds > 0);
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

        /// <summary>A check whose first heat-up from the room needed <paramref name="heatUpS"/> full-power seconds to leave the band, then held at 35 °C.</summary>
        private static RoomReadingCheck LearnedCheck(int heatUpS)
        {
            var check = new RoomReadingCheck();
            check.Update(RoomC, 1.0, 0.0, false);
            for (int s = 0; s < heatUpS; s++)
            {
                Assert.False(check.Update(22.5, 1.0, 1.0, true));
            }

            for (int s = 0; s < 60; s++)
            {
                Assert.False(check.Update(35.0, 1.0, 1.0, true));
            }

            return check;
        }

        /// <summary>Full-power seconds (1 s ticks at duty 1 with heat wanted) until the check trips, reading readingAt(k) at tick k; −1 within 600 s.</summary>
        private static int SecondsToTrip(RoomReadingCheck check, Func<int, double> readingAt)
        {
            for (int k = 0; k < 600; k++)
            {
                if (check.Update(readingAt(k), 1.0, 1.0, true))
                {
                    return k + 1;
                }
            }

            return -1;
        }

        private static int SecondsToTripFalling(RoomReadingCheck check, double fromC)
        {
            return SecondsToTrip(check, k => DetachedC(fromC, k + 1));
        }

        [Fact]
        public void RoomReadingCheck_JudgesACountOpenedByAFallUnderHeat_OnOneAndAHalfTimesTheLearnedHeatUp()
        {
            RoomReadingCheck check = LearnedCheck(60);
            Assert.Equal((RoomReadingCheck.LearnedFactor * 60.0) + RoomReadingCheck.LearnedMarginS, check.MaxWorkS, 6);

            int seconds = SecondsToTripFalling(check, 35.0);

            // 1.5 × 60 + 20 = 110 full-power s from the fall's start, where the learned bound is 140.
            double fallBoundS = (RoomReadingCheck.FallLearnedFactor * 60.0) + RoomReadingCheck.LearnedMarginS;
            Assert.InRange(seconds, fallBoundS, fallBoundS + 2.0);
        }

        [Fact]
        public void RoomReadingCheck_KeepsTheLearnedBound_ForACountOpenedAtTheRoom()
        {
            RoomReadingCheck check = LearnedCheck(60);
            // The reading falls to the room with the heat off (a cool phase); the restarted heat finds it there.
            for (int s = 1; s <= 120; s++)
            {
                check.Update(DetachedC(35.0, s), 1.0, 0.0, false);
            }

            int seconds = SecondsToTrip(check, k => DetachedC(35.0, 120 + k));

            Assert.True(seconds > 0);
            Assert.Equal(check.MaxWorkS, seconds, 0);
        }

        [Fact]
        public void RoomReadingCheck_NeverJudgesAFallOpenedCount_OnLessThanTheLearnedBoundOrTheOffBodyFloor()
        {
            // A pad that showed its heat after 20 s learned 60 s; 1.5 × 20 + 20 = 50 s would be under both.
            RoomReadingCheck check = LearnedCheck(20);

            int seconds = SecondsToTripFalling(check, 35.0);

            Assert.InRange(seconds, check.MaxWorkS, check.MaxWorkS + 2.0);
            Assert.True(check.MaxWorkS <= RoomReadingCheck.OffBodyMinWorkS);
        }

        [Fact]
        public void RoomReadingCheck_EndsTheFall_WhenTheWorkDropsUnderHardWork()
        {
            // Pocket session 470058 (seed 4): the user got up at full power, the reading fell for a minute under full power,
            // then minutes at duty 0 with heat wanted down into the band; the full-power minute must not count there.
            RoomReadingCheck check = LearnedCheck(60);
            double readingC = 35.0;
            for (int s = 0; s < 100; s++)
            {
                readingC -= 0.03;
                Assert.False(check.Update(readingC, 1.0, 1.0, true));
            }

            while (readingC > RoomC + 0.5)
            {
                readingC -= 0.03;
                Assert.False(check.Update(readingC, 1.0, 0.0, true));
            }

            int seconds = SecondsToTrip(check, k => readingC);

            // The count opened at the room: the learned bound (140 s), not the fall's 110 s less the 100 s of the fall.
            Assert.True(seconds > 0);
            Assert.Equal(check.MaxWorkS, seconds, 0);
        }

        [Fact]
        public void RoomReadingCheck_StartsAFallAfresh_WhenItLastsLongerThanADetachedSensorsFall()
        {
            // 0.02 °C/s from 27 °C under full power: 200 s to the band, longer than MaxFallS (150 s).
            RoomReadingCheck check = WarmedCheck(27.0);
            double readingC = 27.0;
            int fallS = 0;
            while (readingC > RoomC + RoomReadingCheck.NearRoomC)
            {
                readingC -= 0.02;
                fallS++;
                Assert.False(check.Update(readingC, 1.0, 1.0, true));
            }

            int seconds = SecondsToTrip(check, k => readingC);

            // Only the last 50 s of the fall are carried: 160 − 50 s in the band (a 200 s fall carried whole would trip at once).
            Assert.True(seconds > 0);
            double carriedS = fallS - RoomReadingCheck.MaxFallS;
            Assert.InRange(seconds, RoomReadingCheck.DefaultMaxWorkS - carriedS - 3.0, RoomReadingCheck.DefaultMaxWorkS - carriedS + 3.0);
        }

        private static FaultCaseResult RunCampaignCase(string padName, int level, FaultKind kind, double onsetS)
        {
            (string Name, PadParameters Pad)[] pads = PadFile.LoadAllShipped();
            int seed = FaultsCommand.CaseSeeds(Array.ConvertAll(pads, p => p.Name), 1)[(padName, level, onsetS, kind)];
            PadParameters pad = Array.Find(pads, p => p.Name == padName).Pad;
            return FaultCampaign.RunCase(padName, pad, level, kind, onsetS, seed);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        [InlineData(5)]
        public void BothSensorsDetached_StopsTheHeatWithinThreeMinutes_OnTheFoldedPadHeatingUpAtTheFiveMinuteOnset(int level)
        {
            FaultCaseResult result = RunCampaignCase("folded-covered", level, FaultKind.BothSensorsDetached, 300.0);

            // Session 7: 187-188 s at every level (the count began at the readings' arrival in the room band).
            Assert.Equal(FaultCode.SensorDetached, result.Fault);
            Assert.InRange(result.NoHeatAfterS, 0.0, 175.0);
        }

        [Theory]
        [InlineData(FaultKind.DetachedWhileOff, 3, 600.0)]
        [InlineData(FaultKind.DetachedWhileOff, 5, 1800.0)]
        [InlineData(FaultKind.DetachedShortPhases, 2, 300.0)]
        public void BothSensorsDetached_StopsTheRestartedHeatWithinThreeMinutes_OnTheThickSlowPad(FaultKind kind, int level, double onsetS)
        {
            FaultCaseResult result = RunCampaignCase("thick-slow", level, kind, onsetS);

            // Session 7: 240, 240 and 214 s (the readings still fall for 45 s after the restart; the count began in the band,
            // on the learned 126 s).
            Assert.Equal(FaultCode.SensorDetached, result.Fault);
            Assert.InRange(result.NoHeatAfterS, 0.0, 175.0);
        }
    }
}
