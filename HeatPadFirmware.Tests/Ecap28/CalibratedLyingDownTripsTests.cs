using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Ecap28
{
    /// <summary>
    /// Session 28 (ecap28, issue 4; docs/safety.md "Session 28: the calibrated witness's last lying-down trips"): the seven false
    /// trips faults' lying-down group (seeds 1–6, 2,400 sessions) kept on a pad with the element sensor and its factory record,
    /// traced by path. One is mended in the witness's stand-down (<c>Supervisor.LatchUnlessWitnessed</c>): the heating watch's owed
    /// warming is withheld too. Six stay: 130229 has a record the witness cannot adopt, so nothing is stood down there; 330160 /
    /// 530202 are the heat-balance check, whose stand-down named a warm-started loosening pair 80 s later (review 20a's guard;
    /// 330160 mended in session 31, warm31, by bounding the witness's gap growth);
    /// 530294 / 630194 lapse on the estimate's swing at a power step, and a grace that cleared them named loosening rows later
    /// under mis-recorded records; 630025's estimate stands up to 2.5 C under its pair, and the band's lower side widened enough
    /// to clear it would stand the checks down on review 21b's mis-recorded pad (skipped findings below). On main since the merge
    /// of session 28, 630025 runs on: lie28b's body-load stand-down withholds the heat-energy check that named it.
    /// </summary>
    public class CalibratedLyingDownTripsTests
    {
        private static readonly (string Name, PadParameters Pad)[] Shipped = PadFile.LoadAllShipped();

        // Each session with the Factory record on main c9dbab8: the path that latched (traced with a probe in the supervisor's latch
        // calls), the second, and the witness then. Without the element sensor the same sessions trip too (the seconds in the last
        // column: the plain pad's, which main's lying-down campaign counts among its 144).
        //  330342 thick-slow L5, 17.0 C room: the heating watch's owed warming at 1,881 s, the witness affirming (1,796 s).
        [Theory]
        [InlineData(330342, 1881)]
        public void LyingDown_ACalibratedWitnessAffirmingThePair_WithholdsTheLastReadingsOnlyTrips(int seed, int plainPadFaultAtS)
        {
            var (_, plain, plainAtS) = Run(seed, null);
            var (_, calibrated, calibratedAtS) = Run(seed, ElementCalibrationKind.Factory);

            Assert.NotEqual(FaultCode.None, plain);
            Assert.Equal(plainPadFaultAtS, plainAtS);
            Assert.True(calibrated == FaultCode.None, FaultCodeNames.Of(calibrated) + " at " + calibratedAtS + " s");
        }

        // ecap28's finding (measured, not landed there): lying-down 330160 (thick-slow L4, 25.9 C room) and 530202 (thick-slow L3,
        // 25.8 C) tripped the heat-balance check at 1,631 / 1,881 s with the Factory record while the witness affirmed the pair (gap
        // -1.25 / -0.25 C; true surface within 0.1 C of the pair). Withheld on the affirmation alone, review 20a's warm-start
        // loosening was named 80 s later; since session 31 (warm31) the balance check is withheld only while the witness's gap has
        // grown at most Supervisor.BalanceWitnessedGrowthC (2 C) over its lowest, which keeps review 20a's row at its second (its
        // gap grown 6.8 C). 330160 (grown 0.48 C) now runs to the end; 530202 (grown 2.10 C at 1,881 s) is the finding below.
        [Theory]
        [InlineData(330160)]
        public void LyingDown_AHeavyPadUnderABodyInAWarmRoom_TheBalanceCheckIsWithheld(int seed)
        {
            var (_, fault, atS) = Run(seed, ElementCalibrationKind.Factory);
            Assert.True(fault == FaultCode.None, FaultCodeNames.Of(fault) + " at " + atS + " s");
        }

        [Theory(Skip = "warm31 finding: lying-down 530202 (thick-slow L3, 25.8 C) still trips the heat-balance check at 1,881 s with the "
            + "Factory record: the witness affirms, but its gap has grown 2.10 C over its lowest, past Supervisor.BalanceWitnessedGrowthC "
            + "(2 C); 3 C would withhold it and named four settling loosenings in a 30 C room 12-163 s later (docs/safety.md, Session 31, warm31).")]
        [InlineData(530202)]
        public void LyingDown_AHeavyPadUnderABodyInAWarmRoom_TheBalanceCheckIsWithheld_EvenWithItsGapGrownPastTheBound(int seed)
        {
            var (_, fault, atS) = Run(seed, ElementCalibrationKind.Factory);
            Assert.True(fault == FaultCode.None, FaultCodeNames.Of(fault) + " at " + atS + " s");
        }

        [Theory(Skip = "ecap28 finding (measured, not landed): lying-down 530294 (thick-slow L5, 25.7 C) and 630194 (folded-covered L5, "
            + "16.2 C) trip the unsettled-doubt watch with the Factory record at 2,357 / 2,028 s (withheld from 1,827 / 1,752 s): the "
            + "affirmation lapses at 2,314 / 2,027 s when the estimate swings 2.00 / 2.02 C over a pair that reads the surface (true "
            + "surface 0.55 / 0.21 C under the pair) as the heat stops (duty 0.61 -> 0) / resumes (0 -> 0.86): the 30 s mean carrying "
            + "the power step. A grace keeping a given affirmation through 30 judged seconds out of the band clears both (20 s the "
            + "least), faults seed 1 with the flags byte-identical, but under the record attacks: unconditional, G_cs x0.90 names 7 "
            + "folded-covered loosening rows 4-29 s later, +0.1-0.6 C; only while the power's mean lags a step by 20 %, sense x0.91 "
            + "names TwoPaceLooseningReversed nominal-12v L5 @600 s 145 s later (sensor_detached 394 s -> heating_failed 539 s, "
            + "45.4 C both) (docs/safety.md, Session 28, ecap28).")]
        [InlineData(530294)]
        [InlineData(630194)]
        public void LyingDown_TheEstimatesSwingAtAPowerStep_KeepsTheAffirmation(int seed)
        {
            var (_, fault, atS) = Run(seed, ElementCalibrationKind.Factory);
            Assert.True(fault == FaultCode.None, FaultCodeNames.Of(fault) + " at " + atS + " s");
        }

        // 630025 (thick-slow L4, 23.7 C room, lain on at 1,415 s, Factory record) is ecap28's finding: the heat-energy check names
        // it at 3,392 s with the flags as on the plain pad, the estimate standing 0.7-2.5 C under the pair after the lying down so
        // that the two-sided 2 C affirmation band lapsed, and the band's lower side at -4 C (which cleared it) would affirm review
        // 21b's mis-recorded pad (AffirmedPairOffsetReviewTests.EstimateFarTooLow_...). Session 28's body-load stand-down cleared
        // it; session 30 reverted that (review 29c's burns behind it), so it trips again: pinned as the known false trip it is.
        [Fact]
        public void LyingDown_630025_TheHeatEnergyCheckNamesIt_AsOnThePlainPad()
        {
            var (_, fault, atS) = Run(630025, ElementCalibrationKind.Factory);
            Assert.Equal(FaultCode.SensorDetached, fault);
            Assert.Equal(3392, atS);
        }

        [Fact]
        public void LyingDown_130229_TheStrongPadsUnadoptedRecord_JudgesNothing_SoItsTripStays()
        {
            // strong-60w L2 lain on at 85 s: the fixture's record for this run is not adopted (session 20: C under 10 J/K), the
            // witness never judges, never affirms, and the coupling check's latching probe names sensor_detached at 2,464 s as on
            // the plain pad. The one lying-down trip of seeds 1-6 left with the Factory record; not a witness's to clear.
            bool everAffirmed = false;
            bool everJudging = false;
            var (_, fault, atS) = LieDownLife.Run(
                LifeRoom.PadsIn(Shipped, LifeRoom.Of(130229)),
                130229,
                onTick: r =>
                {
                    everAffirmed |= r.Core.Supervisor.ElementWitness.Affirms;
                    everJudging |= r.Core.Supervisor.ElementWitness.State == ElementWitnessState.Judging;
                },
                fitElement: r => r.FitElementSensor(ElementCalibrationKind.Factory));

            Assert.False(everJudging);
            Assert.False(everAffirmed);
            Assert.Equal(FaultCode.SensorDetached, fault);
            Assert.Equal(2464, atS);
        }

        private static (LieDownDraw Draw, FaultCode Fault, int AtS) Run(int seed, ElementCalibrationKind? kind)
        {
            return Element.ElementWitnessStandDownTests.Run(seed, kind);
        }
    }
}
