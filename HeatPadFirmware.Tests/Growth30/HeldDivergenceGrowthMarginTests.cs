using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review27a;
using Xunit;

namespace HeatPadFirmware.Tests.Growth30
{
    /// <summary>
    /// Session 30 (growth30; docs/safety.md "Session 30: the held-divergence growth"): why
    /// <see cref="ElementHeldDivergenceCheck.GrowthC"/> stays 2.0 °C. Lowered to 1.0 °C (alone, or as a second verdict held
    /// 60 s beside main's) it names more settling loosenings on a calibrated pad, none later, but a record reading the power
    /// 10 % high (<c>--element-record-sense 1.10</c>) grows healthy lying-down pads' held gap 1.5-2.3 °C and the lower growth
    /// latches them. Each case runs on main and asserts main's figure; the comment names the form's.
    /// </summary>
    public class HeldDivergenceGrowthMarginTests
    {
        [Theory]
        // Lying-down seed 1 / 2, a record reading x1.10 (review 26a's attack), main: no trip, the held gap grown by the figure
        // below. GrowthC 1.0 latches a false sensor_detached on each, and so does a second verdict of 1.0 °C held 60 s beside
        // main's: 130006 folded-covered L3 (1.54 °C; at 1,442 s / 4,130 s), 130111 folded-covered L4 (1.62 °C; 5,263 / 5,313 s),
        // 130270 folded-covered L5 (1.72 °C; 3,955 / 4,014 s). GrowthC 1.5 latches 130111 (5,374 s) and 130270 (3,992 s).
        [InlineData(130006, 1.5)]
        [InlineData(130111, 1.5)]
        [InlineData(130270, 1.5)]
        public void AHealthyPad_WithARecordReadingTheSurfaceHigh_GrowsItsHeldGapPastOneAndAHalfDegrees_AndMainLatchesNothing(int seed, double leastGrowthC)
        {
            HeldDivergenceAttack.Outcome o = HeldDivergenceAttack.Session(seed, sense: 1.10);

            Assert.Equal(FaultCode.None, o.Fault);
            Assert.True(o.HeldS > 60.0, o.ToString());
            // The finding: a healthy pad's held gap grows past any growth under 1.5 °C (the largest in seeds 1-6: 2.27 °C).
            Assert.True(o.MaxGrowthC >= leastGrowthC, o.ToString());
            Assert.True(o.MaxGrowthC < ElementHeldDivergenceCheck.GrowthC, o.ToString());
        }

        [Theory]
        // faults seed 1 with the Factory flags, 22 °C: the settling loosenings that pass 48 °C unnamed on main. The held gap
        // grows at most 0.62-0.70 °C over its lowest in the hold, under what healthy pads reach (lying-down seeds 1-6 with the
        // exact record: up to 1.20 °C, 630416; a pad switched on 10 °C under its room: 1.04 °C), so no GrowthC names them
        // (GrowthC 1.0: both still unnamed, the same seconds past 48 °C).
        [InlineData(FaultKind.SettlingLoosening80, "folded-covered", 5, 300.0, 322.0, 0.9)]
        [InlineData(FaultKind.SettlingLoosening80, "folded-covered", 4, 300.0, 247.0, 0.9)]
        public void ASettlingLooseningPast48Unnamed_GrowsItsHeldGapUnderOneDegree(FaultKind kind, string padName, int level, double onsetS, double mainSecondsOver48, double mostGrowthC)
        {
            var pads = PadFile.LoadAllShipped();
            PadParameters pad = pads.Single(p => p.Name == padName).Pad;
            int seed = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1)[(padName, level, onsetS, kind)];
            double maxGrowthC = 0.0;

            FaultCaseResult result = FaultCampaign.RunCase(padName, pad, level, kind, onsetS, seed, r => r.FitElementSensor(ElementCalibrationKind.Factory),
                onTick: r => maxGrowthC = Math.Max(maxGrowthC, r.Core.Supervisor.HeldDivergence.GrowthSeenC));

            Assert.Equal(FaultCode.None, result.Fault);
            Assert.Equal(mainSecondsOver48, result.SecondsOver48C, 0.5);
            Assert.True(maxGrowthC < mostGrowthC, FormattableString.Invariant($"growth {maxGrowthC:F2} C"));
            Assert.True(maxGrowthC > 0.0, "the cap never held: the watch never judged");
        }
    }
}
