using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review14b
{
    /// <summary>
    /// Review 14b of session 13's stale-witness gate (stale13, SensorCouplingCheck's unsettled-doubt watch: no collapse counted
    /// while the witness fits over CredibleWitnessResidualC, its ceiling is LongStretchHeadroomC past the setpoint and the
    /// reading is under WitnessDriftC behind its top). The base is main a8847d4 (before the merge). Scenarios:
    /// <see cref="LieDownScenario"/> (seed 11, 1 s ticks, room 22 °C, the pads' own contact 3 W/K unless said). Found by scans
    /// of 1,280 (air start, lain on, a pair or one sensor loosening at 600-3,600 s paces), 1,024 (learned on the body, got up,
    /// loosening), 1,280 (air start, lain on, got up, both loosening) and 3,168 lying-down runs (6 shipped + 16 random pads,
    /// lie down at 120-1,200 s, 1-3 x contact, levels 1/3/5, supply 0.9/1.0).
    /// </summary>
    public class StaleWitnessGateTests
    {
        // Review 14b, HIGH (a miss the base named; a guard since session 13): nominal-12v started in free air, L5, lain on at 600 s (3 W/K),
        // up at 1,800 s, both sensors loosening from 1,800 s (w 1 -> 0.3 over 3,600 s). Main 13a496b (as the base): sensor_detached
        // 2,656 s after the onset, the true surface 965 s over 48 C (peak 52.00 C); stale13 no fault. Session 14 (couple14): the
        // confirm's cap is kept while the witness stands 2 C over the reading, and the witness probe's flat 0.82 / 0.80 answer (a
        // loosening's shape) lets the unsettled-doubt watch judge the reached setpoint: named 1,801 s after the onset, peak 46.52 C.
        [Fact]
        public void AirLearned_LainOnThenUp_BothSensorsLooseningSlowly_IsNamedBefore48C()
        {
            var r = LieDownScenario.Run(LieDownScenario.Pad("nominal-12v", "air"), 5, 600, 3.0, 1800 + 3600, 1.0, 1800, 2, 1800, 3600.0);
            Assert.True(r.Fault == FaultCode.SensorDetached, r.Fault + " at " + r.FaultAtS + " s; peak " + r.PeakAfterOnsetC.ToString("F2") + " C, " + r.Over48S + " s over 48 C");
            Assert.True(r.Over48S == 0 && r.PeakAfterOnsetC < 48.0, "peak " + r.PeakAfterOnsetC.ToString("F2") + " C, " + r.Over48S + " s over 48 C");
        }

        // Guard since session 13 (stale13 reverted; skipped while it was on main): Review 14b, HIGH (more heat past 48 C than the base): thick-slow started in free air, L5, lain on at 600 s (3 W/K), up at 1,200 s, both sensors loosening from 900 s over 2,400 s: base sensor_detached 1,336 s after the onset (true peak 48.72 C, 211 s over 48 C); main 2,568 s after it (48.89 C, 498 s over 48 C)
        [Fact]
        public void AirLearned_LainOnThenUp_ThickSlowLoosening_IsNamedAsSoonAsTheBase()
        {
            var r = LieDownScenario.Run(LieDownScenario.Pad("thick-slow", "air"), 5, 600, 3.0, 900 + 3600, 1.0, 1200, 2, 900, 2400.0);
            Assert.True(r.Fault == FaultCode.SensorDetached && r.FaultAtS - 900 <= 1400, r.Fault + " at " + r.FaultAtS + " s");
            Assert.True(r.Over48S <= 240, r.Over48S + " s over 48 C, peak " + r.PeakAfterOnsetC.ToString("F2") + " C");
        }

        [Fact]
        // Review 14b, LOW (named later, no heat): nominal-12v started in free air, L5, lain on at 240 s (9 W/K), both sensors loosening
        // from 540 s over 2,400 s: base sensor_detached 845 s after the onset, main 3,226 s after it; true surface peak 35.38 / 35.47 C
        // (the body holds the surface). A guard that it stays named within the watch and cool.
        public void AirLearned_LainOn_BothSensorsLoosening_IsStillNamedAndCool()
        {
            var r = LieDownScenario.Run(LieDownScenario.Pad("nominal-12v", "air"), 5, 240, 9.0, 540 + 3600, 1.0, 0, 2, 540, 2400.0);
            Assert.True(r.Fault == FaultCode.SensorDetached, r.Fault + " at " + r.FaultAtS + " s");
            Assert.True(r.PeakAfterOnsetC < 40.0, "peak " + r.PeakAfterOnsetC.ToString("F2") + " C");
        }

        [Theory(Skip = "stale13 (session 13) reverted after review 14b's two HIGH misses above: on main (as the base) nominal-12v lain on at 240 s with 6 / 9 W/K latches sensor_detached at 1,267 s; passed with stale13")]
        // Review 14b, what stale13 fixed beyond its own test: nominal-12v started in free air, L5, lain on at 240 s with 6 / 9 W/K
        // (2 / 3 x its contact): base sensor_detached at 1,267 s both; main no fault in 3,600 s (reading 8.35 / 9.19 C under the
        // setpoint over the last 20 min).
        [InlineData(6.0)]
        [InlineData(9.0)]
        public void LyingDown_AfterAFreeAirHeatUp_StrongContact_RaisesNoFalseAlarm(double bodyWPerK)
        {
            var r = LieDownScenario.Run(LieDownScenario.Pad("nominal-12v", "air"), 5, 240, bodyWPerK, 3600);
            Assert.True(r.Fault == FaultCode.None, r.Fault + " at " + r.FaultAtS + " s");
        }

        [Theory(Skip = "Review 14b, MEDIUM (pre-existing, narrowed but not fixed by stale13; a false alarm in normal use): started in free air, L5, the user lying down: nominal-12v at 240 s with its own 3 W/K (one second after stale13's fixed 239 s) sensor_detached at 1,280 s on both trees; at 241 / 242 s with 4 W/K 1,052 / 2,021 s on main (base too); strong-60w at 120 s, 3 W/K, 2,507 s on both (session 15, lie15: fixed, its row is the test below). Lying at 230-250 s, 3 and 4 W/K (42 runs): base 11 latches, main 3. The lying-down scan (3,168 runs, rooms 22 / 16 C): base 568 latches (513 sensor_detached, 55 heating_failed), main 532 (477, 55); at 1 x contact base 154, main 141 of 1,056; of main's 477 sensor_detached, 243 are still the unsettled-doubt watch (nominal-12v at 240 s is another path, not traced)")]
        [InlineData("nominal-12v", 240, 3.0)]
        [InlineData("nominal-12v", 241, 4.0)]
        public void LyingDown_AfterAFreeAirHeatUp_RaisesNoFalseAlarm(string padName, int lieAtS, double bodyWPerK)
        {
            var r = LieDownScenario.Run(LieDownScenario.Pad(padName, "air"), 5, lieAtS, bodyWPerK, 3600);
            Assert.True(r.Fault == FaultCode.None, r.Fault + " at " + r.FaultAtS + " s");
        }

        // Review 14b, MEDIUM (the row of the skipped theory above fixed in session 15, lie15): strong-60w started in free air, L5, the
        // user lying down at 120 s with its own 3 W/K latched sensor_detached at 2,507 s on main 08a949e through a latching probe (the only
        // verdict the change moves): its answer fell through the probe, a load change's shape, which now counts toward no latch; no fault in 3,600 s.
        [Fact]
        public void StrongPad_LyingDownEarly_AfterAFreeAirHeatUp_RaisesNoFalseAlarm()
        {
            var r = LieDownScenario.Run(LieDownScenario.Pad("strong-60w", "air"), 5, 120, 3.0, 3600);
            Assert.True(r.Fault == FaultCode.None, r.Fault + " at " + r.FaultAtS + " s");
        }

        [Theory(Skip = "Review 14b, MEDIUM (pre-existing, both trees; heat withheld for a whole session): started in free air, the user lying down at 600 s with 3 W/K, 90-min heat program: over its last 20 min (4,190-5,390 s) the true surface stands under the setpoint by (mean) nominal-12v L3 4.89 C (min 34.36 C for 41.5), L5 6.95 C (min 36.77 C for 44.5); strong-60w L3 4.61 C, L5 7.00 C; thick-slow L5 6.70 C (base: sensor_detached at 1,923 s). LevelUnreachable is shown 440-662 s of those 1,200 s, though the same pads started on the body hold their setpoints within 0.01 C (LyingDown_OnTheBodyFromTheStart_HoldsTheLevel): the doubt cap, not the pad, holds them under")]
        [InlineData("nominal-12v", 3)]
        [InlineData("nominal-12v", 5)]
        [InlineData("strong-60w", 5)]
        [InlineData("thick-slow", 5)]
        public void LyingDown_AfterAFreeAirHeatUp_ReachesTheLevelWithinTheSession(string padName, int level)
        {
            var r = LieDownScenario.Run(LieDownScenario.Pad(padName, "air"), level, 600, 3.0, 5390);
            Assert.True(r.Fault == FaultCode.None, r.Fault + " at " + r.FaultAtS + " s");
            Assert.True(r.MeanUnderLastC <= 1.0, "mean " + r.MeanUnderLastC.ToString("F2") + " C under the setpoint over the last 20 min, min " + r.MinLastC.ToString("F2") + " C, LevelUnreachable " + r.UnreachableLastS + " s of 1,200");
        }

        [Theory]
        // Review 14b, the reference for the under-heating above: the same pads started on the body (3 W/K) hold the level's setpoint
        // over the last 20 min of the 90-min program (mean within 0.01 C on main and base; L5's setpoint there is 42.5 C by then).
        [InlineData("nominal-12v", 3)]
        [InlineData("nominal-12v", 5)]
        [InlineData("strong-60w", 5)]
        [InlineData("thick-slow", 5)]
        public void LyingDown_OnTheBodyFromTheStart_HoldsTheLevel(string padName, int level)
        {
            var r = LieDownScenario.Run(LieDownScenario.Pad(padName, "body").With(surfaceToBodyWPerK: 3.0), level, 0, 0.0, 5390);
            Assert.True(r.Fault == FaultCode.None, r.Fault + " at " + r.FaultAtS + " s");
            Assert.True(System.Math.Abs(r.MeanUnderLastC) <= 0.1, "mean " + r.MeanUnderLastC.ToString("F3") + " C under the setpoint");
            Assert.Equal(0, r.UnreachableLastS);
        }
    }
}
