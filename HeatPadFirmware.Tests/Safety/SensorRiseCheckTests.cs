using System;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// The rise rule on its own (<see cref="SensorRiseCheck"/>), with synthetic readings: a sensor that stays at its room
    /// while the other rises under heat is off the pad; a sensor that rises at all while counted, one that sits well over
    /// its room, and one whose room is not known are not.
    /// </summary>
    public class SensorRiseCheckTests
    {
        private const double RoomC = 22.0;

        // A DS18B20's register: 1/16 °C steps, with a deterministic ±1-step dither standing for noise.
        private static SensorReading Reading(double c, int s)
        {
            return SensorReading.Valid((Math.Round(c * 16.0) + ((s % 3) - 1)) / 16.0);
        }

        // Ticks the check once a second; the first sensor follows firstC(s), the second secondC(s). Returns the tick it latched, or -1.
        private static int Run(SensorRiseCheck check, int fromS, int toS, Func<int, double> firstC, Func<int, double> secondC, bool heatWanted = true)
        {
            for (int s = fromS; s < toS; s++)
            {
                if (check.Update(Reading(firstC(s), s), Reading(secondC(s), s + 1), 1.0, heatWanted))
                {
                    return s;
                }
            }

            return -1;
        }

        [Fact]
        public void Check_Latches_WhenOneSensorStaysAtTheRoomWhileTheOtherRisesUnderHeat_WithNoGrace()
        {
            // Folded-covered's heat-up from the room: 0.02 °C/s; the other sensor lies in the room air from the start.
            var check = new SensorRiseCheck();
            int latchS = Run(check, 0, 600, s => RoomC + (0.02 * s), s => RoomC);

            // The smoothed rise reaches 1.5 °C after 75 s + the 10 s smoothing; then 30 s of counting.
            Assert.InRange(latchS, 100, 130);
            Assert.True(check.HotterRiseC >= SensorRiseCheck.MinHotterRiseC);
            Assert.True(check.CoolerRiseC < 0.1, $"cooler rose {check.CoolerRiseC:F3} °C");
        }

        [Fact]
        public void Check_Latches_WhenOneSensorFallsOffAPadThatHeatedFromTheRoom()
        {
            // The pad heated from the room to 44 °C in this stretch; at 900 s sensor 2 falls off and follows the room with a 20 s lag.
            var check = new SensorRiseCheck();
            Func<double, double> pad = s => Math.Min(44.0, RoomC + (0.05 * s));
            Assert.Equal(-1, Run(check, 0, 900, s => pad(s), s => pad(s)));
            int latchS = Run(check, 900, 1500, s => pad(s), s => RoomC + ((44.0 - RoomC) * Math.Exp(-(s - 900) / 20.0)));

            Assert.InRange(latchS, 900, 900 + 180);
        }

        [Fact]
        public void Check_StaysQuiet_WhenBothSensorsRiseTogether_OneLaggingTwentySecondsBehind()
        {
            var check = new SensorRiseCheck();
            int latchS = Run(check, 0, 1800, s => Math.Min(44.0, RoomC + (0.1 * s)), s => Math.Min(44.0, RoomC + (0.1 * Math.Max(0, s - 20))));

            Assert.Equal(-1, latchS);
        }

        [Fact]
        public void Check_StartsItsCountAgain_WhenTheCoolerRisesAQuarterDegreeWhileCounted()
        {
            // A pocket beside the body, heated by the element alone, creeps up at 0.6 °C/min while the body pocket races
            // ahead: its share stays under 0.15, but a sensor that rises is on something warm.
            var check = new SensorRiseCheck();
            Func<int, double> hotter = s => Math.Min(34.0, RoomC + (0.2 * s));
            Func<int, double> cooler = s => RoomC + (0.01 * s);
            Assert.Equal(-1, Run(check, 0, 100, hotter, cooler));
            Assert.True(check.CoolerRiseC < SensorRiseCheck.MaxRiseShare * check.HotterRiseC, "the share alone would have counted");

            Assert.Equal(-1, Run(check, 100, 600, hotter, cooler));
        }

        [Fact]
        public void Check_StaysQuiet_WhenACoolerPocketSettlesBelowWhereTheHeatStretchStarted_ButFarOverTheRoom()
        {
            // Both sensors saw the room at power-on. A stretch starts on a warm pad (35 °C); the hotter rises to 40 °C and the
            // other pocket, moved off the body, settles at 33 °C: under its stretch start, 11 °C over its room.
            var check = new SensorRiseCheck();
            Run(check, 0, 30, s => RoomC, s => RoomC, heatWanted: false);
            Run(check, 30, 600, s => 35.0, s => 35.0, heatWanted: false);
            int latchS = Run(check, 600, 2400, s => Math.Min(40.0, 35.0 + (0.05 * (s - 600))), s => Math.Max(33.0, 35.0 - (0.02 * (s - 600))));

            Assert.Equal(-1, latchS);
        }

        [Fact]
        public void Check_JudgesNothing_WhileTheCoolerSensorsRoomIsOverThirtyDegrees()
        {
            // Switched on warm: the lowest reading since power-on is the pad's own warmth, no room.
            var check = new SensorRiseCheck();
            int latchS = Run(check, 0, 900, s => Math.Min(44.0, 31.0 + (0.05 * s)), s => 31.0);

            Assert.Equal(-1, latchS);
            Assert.Equal(0.0, check.CountedS);
        }

        [Fact]
        public void Check_CountsNothing_WhileNoHeatIsWanted()
        {
            var check = new SensorRiseCheck();
            int latchS = Run(check, 0, 900, s => Math.Min(44.0, RoomC + (0.05 * s)), s => RoomC, heatWanted: false);

            Assert.Equal(-1, latchS);
            Assert.Equal(0.0, check.CountedS);
        }

        [Fact]
        public void Check_HoldsItsCount_OverTicksWithOneSensorUntrusted()
        {
            var check = new SensorRiseCheck();
            Func<int, double> hotter = s => RoomC + (0.05 * s);
            Run(check, 0, 55, hotter, s => RoomC);
            double countedS = check.CountedS;
            Assert.InRange(countedS, 1.0, SensorRiseCheck.ConfirmS - 1.0);

            for (int s = 55; s < 115; s++)
            {
                Assert.False(check.Update(Reading(hotter(s), s), SensorReading.Invalid, 1.0, true));
            }

            Assert.Equal(countedS, check.CountedS);
        }

        [Fact]
        public void Check_NamesTheSameSensorAgainAfterAReset_FromTheRoomItKept()
        {
            // A cleared fault forgets the heat stretch and the count, not what each sensor reads with nothing warming it.
            var check = new SensorRiseCheck();
            Assert.True(Run(check, 0, 600, s => RoomC + (0.05 * s), s => RoomC) > 0);
            check.Reset();
            Assert.Equal(0.0, check.CountedS);
            Run(check, 600, 700, s => 30.0, s => RoomC, heatWanted: false);
            int latchS = Run(check, 700, 1300, s => 30.0 + (0.05 * (s - 700)), s => RoomC);

            Assert.InRange(latchS, 700, 700 + 120);
        }

        [Fact]
        public void Check_StaysQuiet_WhenTheHotterRisesLessThanItsMinimum()
        {
            // A restart on a warm pad in its hold: the sensor still on the pad regains a degree; the rule cannot judge it.
            var check = new SensorRiseCheck();
            Run(check, 0, 30, s => RoomC, s => RoomC, heatWanted: false);
            Run(check, 30, 120, s => 39.0, s => RoomC, heatWanted: false);
            int latchS = Run(check, 120, 900, s => Math.Min(40.0, 39.0 + (0.01 * (s - 120))), s => RoomC);

            Assert.Equal(-1, latchS);
        }

        [Fact]
        public void AgreementCheck_NamesASensorOffThePadAtTheHeatStart_WithinItsGrace_OnceTheOtherHasRisen()
        {
            // The gap rule alone waits for its 240 s grace and 9.0 °C; the rise rule inside the same check does not.
            var check = new SensorAgreementCheck();
            int latchS = -1;
            for (int s = 1; s <= 600 && latchS < 0; s++)
            {
                FaultCode fault = check.Update(Reading(RoomC + (0.03 * s), s), Reading(RoomC, s + 1), 1.0, true, 0.5);
                latchS = fault == FaultCode.SensorsDisagree ? s : -1;
            }

            Assert.InRange(latchS, 1, (int)SensorAgreementCheck.HeatStartGraceS - 1);
            Assert.True(check.Rise.CountedS >= SensorRiseCheck.ConfirmS);
            Assert.Equal(0.0, check.OverAllowanceS);
        }

        [Fact]
        public void Supervisor_RefusesToClearSensorsDisagree_UntilTheTwoReadingsAreWithinTheAllowance()
        {
            var supervisor = new Supervisor();
            supervisor.Latch(FaultCode.SensorsDisagree);

            Assert.False(supervisor.TryClear(SensorReading.Valid(36.0), SensorReading.Valid(RoomC)));
            Assert.Equal(FaultCode.SensorsDisagree, supervisor.Fault);
            Assert.True(supervisor.TryClear(SensorReading.Valid(RoomC + SensorAgreementCheck.BaseAllowanceC), SensorReading.Valid(RoomC)));
            Assert.Equal(FaultCode.None, supervisor.Fault);
        }

        [Fact]
        public void Supervisor_ClearsOtherFaults_WithTheReadingsApart()
        {
            // The agreement is asked only of the fault that rests on it.
            var supervisor = new Supervisor();
            supervisor.Latch(FaultCode.SensorDetached);

            Assert.True(supervisor.TryClear(SensorReading.Valid(36.0), SensorReading.Valid(RoomC)));
        }
    }
}
