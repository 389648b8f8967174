using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Issue 4, session 12: <see cref="RoomReadingCheck"/>'s restart rise watch (<see cref="RoomReadingCheck.RestartRiseCapacityJPerK"/>).
    /// Heat back after a short off with the reading near the room: the reading must rise as the energy put in would warm the
    /// heaviest load (or half this pad's learned pace) before this pad's bound and <see cref="RoomReadingCheck.RestartWatchEnergyJ"/>
    /// have gone in. A sensor resting on a surface that warms on its own rises at the surface's pace whatever the heat.
    /// </summary>
    public class RestartRiseWatchTests
    {
        private const double RoomC = 22.0;
        private const double PowerW = 70.0;

        [Theory]
        [InlineData(0.008, true)]
        [InlineData(0.015, true)]
        [InlineData(0.05, false)]
        [InlineData(0.1, false)]
        public void Check_NamesAReadingRisingSlowerThanTheEnergyPutIn_AfterAShortOff(double riseCPerS, bool expectTrip)
        {
            var check = new RoomReadingCheck();
            double readingC = LearnFirstHeatUp(check);

            // An off press of 60 s: the reading drops to 0.5 C over the room (a sensor off the pad, or a pack that cooled it).
            for (int s = 0; s < 60; s++)
            {
                readingC += ((RoomC + 0.5) - readingC) / 10.0;
                Assert.False(check.Update(readingC, 1.0, 0.0, false, PowerW));
            }

            // Heat back at full power: the reading rises at riseCPerS. 70 W into 3,000 J/K demand 0.023 C/s (the learned pace,
            // 0.1 C/s, halved is higher). The reading leaves the room band after 1 / riseCPerS s, which no longer ends the judgement.
            bool tripped = false;
            double trippedAtS = double.NaN;
            for (int s = 1; s <= 300 && !tripped; s++)
            {
                readingC += riseCPerS;
                if (check.Update(readingC, 1.0, 1.0, true, PowerW))
                {
                    tripped = true;
                    trippedAtS = s;
                }
            }

            Assert.Equal(expectTrip, tripped);
            if (expectTrip)
            {
                // The bound: 2 x the 10 s learned heat-up + 20 s = 40 s, at least 72 s; 72 s x 70 W = 5,040 J >= 5,000 J.
                Assert.Equal(72.0, trippedAtS);
                Assert.False(check.NeverMoved);
            }
        }

        [Fact]
        public void Check_KeepsQuiet_WhenTheOffWasLongerThanTheWatchsStretch()
        {
            var check = new RoomReadingCheck();
            double readingC = LearnFirstHeatUp(check);
            for (int s = 0; s < (int)RoomReadingCheck.RestartWatchMaxOffS + 10; s++)
            {
                readingC += ((RoomC + 1.5) - readingC) / 10.0;
                check.Update(readingC, 1.0, 0.0, false, PowerW);
            }

            // 1.5 C over the room: out of the room band, so only the watch could judge, and it does not open after 190 s.
            for (int s = 1; s <= 300; s++)
            {
                readingC += 0.008;
                Assert.False(check.Update(readingC, 1.0, 1.0, true, PowerW));
            }
        }

        [Theory]
        [InlineData("random-019", true, 5, 90, 40.0)]
        [InlineData("random-019", true, 2, 45, 40.0)]
        [InlineData("folded-covered", false, 5, 90, 160.0)]
        [InlineData("folded-covered", true, 2, 45, 160.0)]
        [InlineData("thick-slow", true, 5, 90, 160.0)]
        [InlineData("random-013", true, 5, 90, 160.0)]
        [InlineData("random-026", false, 5, 45, 8.0)]
        public void Core_KeepsHeating_WhenAColdPackIsLiftedAsTheHeatReturns(string padName, bool learnedOnBody, int level, int offS, double packWPerK)
        {
            // Review 10's restart scan's cases the watch's variants latched (session 12): the user gets up at the off press, a cold
            // pack lies on the pad through the off and is lifted as heat returns; attached sensors. random-019 (60 W at 13 V, 37 s
            // lag, learned on the body) latched at 72-73 s with a 4,320 J least energy; folded-covered really rises about 0.015 C/s
            // after a 160 W/K pack; thick-slow and random-013 have 35-40 s lags; random-026 is a 12 W pad.
            PadParameters p = padName.StartsWith("random-", StringComparison.Ordinal)
                ? BenchPadFamily.Build(40, 1).First(n => n.Name == padName).Pad
                : PadFile.LoadShipped(padName);
            // The restart scan's run (the `restarts` command), the pack lifted at the restart, one off, 600 s watched.
            RestartScan.Outcome o = RestartScan.RunAttached(p, learnedOnBody, level, offS, packWPerK, 0, 1);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.AfterS + " s after the restart");
        }

        private static double LearnFirstHeatUp(RoomReadingCheck check)
        {
            return RoomReadingCheckFirstHeatUp.Learn(check, RoomC, PowerW);
        }
    }
}
