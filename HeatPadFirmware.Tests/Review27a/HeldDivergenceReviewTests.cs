using System;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review27a
{
    /// <summary>
    /// Review 27a: session 26's held-divergence watch (<see cref="ElementHeldDivergenceCheck"/>, ecap26) under the conditions its
    /// author did not vary (docs/safety.md "Review 27a"). Each case is the session with the largest growth of the gap in its scan of
    /// seed 1's first 100 lying-down sessions (<see cref="HeldDivergenceAttackScan"/>): the watch must not latch, and the growth
    /// must stay under <see cref="ElementHeldDivergenceCheck.GrowthC"/> with the margin measured. Guards: they pass on ecap26.
    /// </summary>
    public class HeldDivergenceReviewTests
    {
        private static void AssertNoLatchByTheWatch(HeldDivergenceAttack.Outcome o, double maxGrowthC)
        {
            Assert.True(o.HeldS > 0.0, "the cap never held: the attack never reached the watch (" + o + ")");
            Assert.False(o.ByWatch, o.ToString());
            Assert.True(o.MaxGrowthC < maxGrowthC, o.ToString());
        }

        [Fact]
        public void ASupplySurgeTo13_2V_ThirtySecondsIntoAHold_GrowsTheGapUnderTheVerdict()
        {
            // Measured: 130064 nominal-12v L5, held 423 s, growth 1.01 C (no surge, the author's 400 sessions: at most 0.39 C).
            AssertNoLatchByTheWatch(HeldDivergenceAttackScan.Run("surge", 130064), 1.25);
        }

        [Fact]
        public void ARecordWhoseCapacityReads1_2High_GrowsTheGapUnderTheVerdict()
        {
            // Measured: 130032 thick-slow L3, held 195 s, growth 1.30 C: the largest growth of every attack scanned, 0.70 C under GrowthC.
            AssertNoLatchByTheWatch(HeldDivergenceAttackScan.Run("c1.2", 130032), 1.5);
        }

        [Theory]
        // A pad switched on 10 C under its room (the cap holds it for minutes, the gap's level already over AffirmGapC), then a
        // disturbance 30 s into the hold. Measured on 130074 thick-slow L5 (held 254 s): growth 0.83 C (surge), 0.77 (body off;
        // also the growth with no disturbance), 0.53 (sag), 0.46 (cold pack for 5 min), 0.42 (a body arriving).
        [InlineData("cold10+surge", 1.1)]
        [InlineData("cold10+bodyoff", 1.1)]
        [InlineData("cold10+sag", 1.1)]
        public void APadSwitchedOnColderThanItsRoom_DisturbedInsideAHold_LatchesNothingByTheWatch(string attack, double maxGrowthC)
        {
            AssertNoLatchByTheWatch(HeldDivergenceAttackScan.Run(attack, 130074), maxGrowthC);
        }
        private const string HighRecordFinding = "Review 27a MEDIUM: a record reading the surface high (sense x1.15, --element-record-sense 1.15) "
            + "grows a healthy pad's held gap past GrowthC: the watch adds false sensor_detached in lying-down seed 1's first 100 sessions, "
            + "main 8c1865e 8 trips -> ecap26 10 (130006 folded-covered L3 room 17.3 C at 4,235 s, growth 2.12 C; 130032 thick-slow L3 room "
            + "18.8 C at 3,857 s, growth 2.32 C; and 130101 thick-slow L5 heating_failed 1,595 s -> sensor_detached 1,417 s). The offset of a "
            + "high record is not constant in a hold (it scales with the element's power): at sense x1.10 the growth reaches 1.91 C in 400 "
            + "sessions (130184), 0.09 C under GrowthC; at x1.12 2.15 C (no latch). Session 27 (ecap27): a growth allowance of f x the drop's rise since the "
            + "hold's lowest gap passes both cases at f = 0.05 and 0.1, but names 11 / 14 of faults seed 1's loosening rows later than main (TwoPaceLoosening "
            + "nominal-12v L5 @60 s 346 -> 677 s at both; 2 / 3 hotter by 0.1-0.5 C): not landed (docs/safety.md 'Session 27').";

        [Theory(Skip = HighRecordFinding)]
        [InlineData(130006)]
        [InlineData(130032)]
        public void AHealthyPad_WithARecordReading15PercentHigh_LatchesNoFalseSensorDetachedByTheWatch(int seed)
        {
            HeldDivergenceAttack.Outcome o = HeldDivergenceAttackScan.Run("sense1.15", seed);
            Assert.False(o.ByWatch, o.ToString());
            Assert.Equal(FaultCode.None, o.Fault);
        }

        [Fact(Skip = "Review 27a MEDIUM: three plausible conditions together — a record reading high (sense x1.10, review 26a's attack), "
            + "the pad switched on 10 C under its room, the supply stepping to 13.2 V-equivalent (x1.1 of rated) 30 s into the cap's first "
            + "hold — latch a false sensor_detached by the watch: lying-down seed 1's first 100 sessions, main 8c1865e 5 trips -> ecap26 6 "
            + "(130032 thick-slow L3 room 18.8 C at 1,675 s, growth 2.35 C; main: no trip). Sense x1.10 + cold start alone: 130074 thick-slow L5 "
            + "heating_failed 1,983 s -> sensor_detached 1,660 s (the watch; same count). Sense x1.15 + the surge: 7 -> 11 trips. Session 27 (ecap27): the "
            + "growth allowance f x the drop's rise passes this case at f = 0.05 / 0.1 and names 11 / 14 loosening rows later than main: not landed.")]
        public void AHealthyPad_HighRecord_ColdStart_AndASupplySurgeInTheHold_LatchesNoFalseSensorDetachedByTheWatch()
        {
            HeldDivergenceAttack.Outcome o = HeldDivergenceAttackScan.Run("sense1.10+cold10+surge", 130032);
            Assert.False(o.ByWatch, o.ToString());
            Assert.Equal(FaultCode.None, o.Fault);
        }

        [Fact]
        public void AHealthyPad_WithARecordReading10PercentHigh_LatchesNothingByTheWatch_ButWithAThinMargin()
        {
            // Guard: review 26a's x1.10 record, the session of the largest growth in seed 1's first 400 (130184 folded-covered L5,
            // held 1,811 s): 1.91 C, 0.09 C under GrowthC; no latch by the watch in the 400.
            AssertNoLatchByTheWatch(HeldDivergenceAttackScan.Run("sense1.10", 130184), ElementHeldDivergenceCheck.GrowthC);
        }
    }
}

