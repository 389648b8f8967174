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
    /// Issue 4, session 13: the restart rise watch after a stretch with no heat longer than
    /// <see cref="RoomReadingCheck.RestartWatchMaxOffS"/> (<see cref="RoomReadingCheck.RestartWatchOffRiseC"/>): it opens only after
    /// the user's off press (the session off the whole stretch) in which the reading rose on its own — a sensor resting on a surface
    /// that warms by itself — never after a program's cool phase, nor after an off in which the reading only cooled (an attached
    /// pad whose whole mass went cold rises late, and a bound learned on the body does not wait for it). After the user's off press
    /// the watch also opens with the reading up to <see cref="RoomReadingCheck.RestartWatchOffPressBandC"/> over the room (3 °C after
    /// a cool phase).
    /// </summary>
    public class RestartWatchOffPressTests
    {
        private const double RoomC = 22.0;
        private const double PowerW = 70.0;

        [Theory]
        [InlineData(false, 0.005, true)]
        [InlineData(true, 0.005, false)]
        [InlineData(false, 0.0, false)]
        public void Check_NamesAReadingThatRoseOnItsOwn_OnlyAfterALongOffPress(bool sessionActive, double offRiseCPerS, bool expectTrip)
        {
            var check = new RoomReadingCheck();
            double readingC = LearnFirstHeatUp(check);

            // A 300 s stretch with no heat: the reading falls to 1.5 C over the room in 150 s, then rises offRiseCPerS on its own
            // (0.005 C/s: 0.75 C, three times RestartWatchOffRiseC). 1.5 C over the room is out of the room band: only the watch judges.
            for (int s = 0; s < 300; s++)
            {
                readingC = s < 150 ? readingC + (((RoomC + 1.5) - readingC) / 10.0) : readingC + offRiseCPerS;
                Assert.False(check.Update(readingC, 1.0, 0.0, false, PowerW, 0.0, true, sessionActive));
            }

            // Heat back at full power (the session on), the reading going on at 0.005 C/s: 70 W into 3,000 J/K demand 0.023 C/s.
            double trippedAtS = HeatBackUntilTrip(check, readingC);

            if (expectTrip)
            {
                // The bound: 2 x the 10 s learned heat-up + 20 s = 40 s, at least 72 s; 72 s x 70 W = 5,040 J >= 5,000 J.
                Assert.Equal(72.0, trippedAtS);
                Assert.False(check.NeverMoved);
            }
            else
            {
                Assert.True(double.IsNaN(trippedAtS), "tripped at " + trippedAtS + " s");
            }
        }

        [Theory]
        [InlineData(5, 240, 40.0, 30)]
        [InlineData(5, 600, 40.0, 0)]
        [InlineData(2, 600, 8.0, 0)]
        [InlineData(5, 1200, 160.0, 30)]
        public void Core_KeepsHeating_ThickSlowLearnedOnTheBody_AfterALongOffPressUnderAColdPack(int level, int offS, double packWPerK, int liftS)
        {
            // Measured (session 13): with the watch open after any long off press, these latched sensor_detached 121-125 s after the
            // restart (34 of 5,520 runs of the restart scan's run with offs of 185-1,200 s, all thick-slow learned on the body): the
            // pad's whole mass cold, its reading showed the heat after up to 186 full-power seconds against a bound of 2 x 52 + 20 s.
            RestartScan.Outcome o = RestartScan.RunAttached(PadFile.LoadShipped("thick-slow"), true, level, offS, packWPerK, liftS, 1);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.AfterS + " s after the restart");
        }

        [Theory]
        [InlineData(false, true)]
        [InlineData(true, false)]
        public void Check_OpensTheWatch3_5COverTheRoom_OnlyAfterAnOffPress(bool sessionActive, bool expectTrip)
        {
            var check = new RoomReadingCheck();
            double readingC = LearnFirstHeatUp(check);

            // A 60 s stretch with no heat: the reading falls to 3.5 C over the room (over RestartWatchBandC, under RestartWatchOffPressBandC).
            for (int s = 0; s < 60; s++)
            {
                readingC += ((RoomC + 3.5) - readingC) / 5.0;
                Assert.False(check.Update(readingC, 1.0, 0.0, false, PowerW, 0.0, true, sessionActive));
            }

            // Heat back at full power, the reading rising 0.005 C/s on its own: out of the room band, only the watch judges.
            double trippedAtS = HeatBackUntilTrip(check, readingC);

            if (expectTrip)
            {
                Assert.Equal(72.0, trippedAtS);
            }
            else
            {
                Assert.True(double.IsNaN(trippedAtS), "tripped at " + trippedAtS + " s");
            }
        }

        [Theory]
        [InlineData("random-032", 5)]
        [InlineData("random-016", 2)]
        [InlineData("random-029", 5)]
        public void Core_KeepsHeating_WhenTheUserLiesBackDownAtTheEndOfALongOff_InA30CRoom(string padName, int level)
        {
            // Learned on the body in a 30 C room, off 600 s with the user up for 500 s, then lying back down 100 s before pressing
            // on: the body lifts the attached reading over 0.25 C in the off and, 4 C under the skin, keeps it near the room. With the
            // 4 C band after a long off these latched sensor_detached 136-322 s after the restart (session 13, measured).
            PadParameters pad = BenchPadFamily.Build(40, 1).First(n => n.Name == padName).Pad.With(ambientC: 30.0, initialC: 30.0);
            var run = new FaultRun(pad, RestartScan.RunSeed);
            double bodyWPerK = pad.SurfaceToBodyWPerK;
            double airWPerK = pad.SurfaceToAmbientWPerK;
            run.Start(level);
            for (int s = 0; s < 300; s++)
            {
                run.Tick(1000, null);
            }

            run.Tick(1000, null, ButtonId.Power);
            run.Pad.SurfaceToBodyWPerK = 0.0;
            run.Pad.SurfaceToAmbientWPerK = Math.Max(airWPerK, BenchPadFamily.FreeAirSurfaceToAmbientWPerK);
            for (int s = 1; s < 600; s++)
            {
                if (s == 500)
                {
                    run.Pad.SurfaceToBodyWPerK = bodyWPerK;
                    run.Pad.SurfaceToAmbientWPerK = airWPerK;
                }

                run.Tick(1000, null);
            }

            run.Tick(1000, null, ButtonId.Power);
            for (int s = 1; s <= 600; s++)
            {
                run.Tick(1000, null);
                Assert.True(run.Last.Fault == FaultCode.None, run.Last.Fault + " at " + s + " s after the restart");
            }
        }

        /// <summary>
        /// Heat back at full power (the session on, 70 W) for up to 300 s, the reading going on from <paramref name="readingC"/> at
        /// 0.005 °C/s on its own; returns the second the check latched (NaN: none).
        /// </summary>
        private static double HeatBackUntilTrip(RoomReadingCheck check, double readingC)
        {
            for (int s = 1; s <= 300; s++)
            {
                readingC += 0.005;
                if (check.Update(readingC, 1.0, 1.0, true, PowerW, 1.0, true, true))
                {
                    return s;
                }
            }

            return double.NaN;
        }

        private static double LearnFirstHeatUp(RoomReadingCheck check)
        {
            return RoomReadingCheckFirstHeatUp.Learn(check, RoomC, PowerW);
        }
    }
}
