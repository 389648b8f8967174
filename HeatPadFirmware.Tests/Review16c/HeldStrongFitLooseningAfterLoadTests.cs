using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Review14b;
using Xunit;

namespace HeatPadFirmware.Tests.Review16c
{
    /// <summary>
    /// Review 16c of slow15b: a loosening after a real load change under the heat-up. The user lies down on folded-covered heating
    /// in free air (700 s), then sensors loosen at a 30-min pace (<see cref="LieDownScenario"/>, seed 11, 1 s ticks, 4,800 s).
    /// Of 144 such runs (folded-covered / thick-slow / nominal-12v, L1/L3/L5, lain on at 300 / 700 s with 1-2x, onsets 1,200 /
    /// 1,800 s, one or both sensors) only folded-covered lain on at 700 s moves: 8 verdicts sooner and 3 newly named (several at
    /// 1,912 s, the false latch of <see cref="HeldStrongFitLoadChangeTests"/>, not the loosening's), 6 later (3 by over 60 s),
    /// no peak over 48 °C either way. Review 16c's 324 one-sensor loosening runs (18 pads x body/air x L1/L3/L5 x 400/900/1,800 s,
    /// 30-min pace, 3,600 s) are identical on both trees.
    /// </summary>
    public class HeldStrongFitLooseningAfterLoadTests
    {
        [Fact]
        public void FoldedCoveredInAir_LainOnThenOneSensorLoosening_NamedAsOnMain()
        {
            var r = LieDownScenario.Run(LieDownScenario.Pad("folded-covered", "air"), 3, 700, 3.0, 4800, 1.0, 0, 1, 1200, 1800.0);
            Assert.True(r.Fault != FaultCode.None && r.FaultAtS <= 2961 + 60, r.Fault + " at " + r.FaultAtS + " s, peak " + r.PeakAfterOnsetC.ToString("F2") + " C");
        }
    }
}
