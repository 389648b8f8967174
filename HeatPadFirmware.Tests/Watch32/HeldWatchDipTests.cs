using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Tests.Faults;
using Xunit;

namespace HeatPadFirmware.Tests.Watch32
{
    /// <summary>
    /// Session 32 (watch32; docs/safety.md "Session 32: the held-divergence watch's count, and form 4 on it"): the watch keeps its
    /// count through one held tick under the growth (<see cref="ElementHeldDivergenceCheck.DipS"/>) instead of restarting. The three
    /// rows of <c>faults --seed 1 --cases --element-sensor --element-calibration Factory</c> it names sooner, each run alone with the
    /// element sensor and the Factory record (<see cref="CalibratedCampaignCase"/>); main's figure (the count restarting on any
    /// dip) in the comment. Every other row of that campaign, its normal-life groups, the cold start's, the lying-down group (16-26
    /// and 16-30 °C), restarts and the record attacks are unchanged or sooner (measured).
    /// </summary>
    public class HeldWatchDipTests
    {
        [Theory]
        // Main: 615 / 623 / 609 s, peaks 46.6 / 46.7 / 46.5 °C (a single held tick under GrowthC restarted a count already running).
        [InlineData(FaultKind.TwoPaceLoosening, "thick-slow", 4, 300.0, 604.0)]
        [InlineData(FaultKind.TwoPaceLooseningReversed, "thick-slow", 2, 300.0, 615.0)]
        [InlineData(FaultKind.TwoPaceLooseningReversed, "thick-slow", 3, 300.0, 602.0)]
        public void ALooseningPairWhoseGrowthDipsForOneHeldTick_IsNamedByTheWatchWithoutRestartingItsCount(FaultKind kind, string padName, int level, double onsetS, double noHeatAfterS)
        {
            bool verdictSeen = false;
            FaultCaseResult result = CalibratedCampaignCase.Run(kind, padName, level, onsetS, null, run =>
            {
                verdictSeen = verdictSeen || run.Core.Supervisor.HeldDivergence.Verdict;
            });

            Assert.True(verdictSeen, "the watch never gave its verdict");
            Assert.Equal(FaultCode.SensorDetached, result.Fault);
            Assert.Equal(noHeatAfterS, result.NoHeatAfterS, 0.5);
        }
    }
}
