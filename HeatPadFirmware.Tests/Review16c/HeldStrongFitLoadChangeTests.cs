using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review14c;
using Xunit;

namespace HeatPadFirmware.Tests.Review16c
{
    /// <summary>
    /// Review 16c of slow15b (PadModelLearner holds the strongest fit of a hard-work stretch through a collapse; SensorCouplingCheck
    /// stands on it as the witness and, experiment 2, its unsettled-doubt watch reads the adopted fit's ceiling): a REAL load or
    /// supply change under the full-power heat-up of a slow pad (bench family seed 1's folded-covered, 27 min to its level in
    /// free air) bends the learner's fits exactly as a loosening pair does. The held free-air fit stands as the witness of a pad
    /// that now has a body on it (or a weaker supply), the reading falls behind it, a witness probe is spent, and the
    /// unsettled-doubt watch counts the full-power work that follows against the held fit's ceiling: sensor_detached 600 s later,
    /// sensors attached. Base (main c503dfd): no fault, the pad at full power at its honest ceiling. Scenario:
    /// <see cref="LoadChangeScenario"/> (seed 11, 1 s ticks, room 22 °C, 3,600 s).
    /// </summary>
    public class HeldStrongFitLoadChangeTests
    {
        [Theory]
        [InlineData(5, 700, 6.0)]
        [InlineData(3, 700, 9.0)]
        [InlineData(4, 600, 7.5)]
        [InlineData(5, 600, 4.5)]
        public void FoldedCoveredInAir_UserLyingDownUnderTheHeatUp_NoFalseFault(int level, int lieAtS, double bodyWPerK)
        {
            var r = LoadChangeScenario.Run(FirstLandingPerturbation.Pad("folded-covered", "air"), level, 3600, lieAtS, bodyWPerK, double.NaN);
            Assert.True(r.Fault == FaultCode.None, r.ToString());
        }

        [Theory]
        [InlineData(3, 600, 0.75)]
        [InlineData(5, 600, 0.75)]
        [InlineData(4, 600, 0.8)]
        [InlineData(3, 450, 0.7)]
        public void FoldedCoveredInAir_SupplySagUnderTheHeatUp_NoFalseFault(int level, int sagAtS, double supplyFraction)
        {
            var r = LoadChangeScenario.Run(FirstLandingPerturbation.Pad("folded-covered", "air"), level, 3600, sagAtS, double.NaN, supplyFraction);
            Assert.True(r.Fault == FaultCode.None, r.ToString());
        }
    
        [Fact]
        public void FoldedCoveredInAirL1_UserLyingDownUnderTheHeatUp_HeldAtTheLevel()
        {
            var r = LoadChangeScenario.Run(FirstLandingPerturbation.Pad("folded-covered", "air"), 1, 3600, 700, 9.0, double.NaN);
            Assert.True(r.Fault == FaultCode.None && r.MeanUnderLastC < 1.0, r.ToString());
        }

        [Theory]
        [InlineData(26.0, 1.0, 5, 700, 9.0)]
        [InlineData(26.0, 0.9, 5, 700, 6.0)]
        [InlineData(22.0, 1.0, 5, 900, 9.0)]
        public void ShippedFoldedCovered_LyingDownGroupSemantics_NoFalseFault(double roomC, double supplyFraction, int level, int lieAtS, double bodyWPerK)
        {
            var shipped = PadFile.LoadShipped("folded-covered");
            var pad = BenchPadFamily.InCondition(shipped.With(ambientC: roomC, initialC: roomC), "air");
            var r = LoadChangeScenario.Run(pad, level, 3600, lieAtS, bodyWPerK, double.NaN, null, supplyFraction, shipped.SurfaceToAmbientWPerK);
            Assert.True(r.Fault == FaultCode.None, r.ToString());
        }
    }
}
