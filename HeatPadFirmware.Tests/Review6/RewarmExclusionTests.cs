using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Safety;
using Xunit;

namespace HeatPadFirmware.Tests.Review6
{
    /// <summary>
    /// Review 6, finding 1: SensorCouplingCheck's rewarm exclusion (session 5, <see cref="SensorCouplingCheck.RewarmWithinC"/>:
    /// after a heat pause the unsettled-doubt watch counts nothing until the reading is back within 0.5 °C of where the heat
    /// stopped) is the only witness left for the sensor strip loosening as one (both sensors), and a loosening reading in
    /// 5-min heat phases need never come back to where the last phase stopped: the watch then never counts. Campaign seed 1
    /// has no kind for it (LooseningShortPhases hits sensor 1 alone since session 5). <see cref="LooseningRun.LoosenContrast"/>
    /// feeds the loosening reading to both sensors. Measured over 5 pads × levels 1/3/5 × cool 1/2/3 min × onsets
    /// 60/300/600 s (135 runs, 60 min each): 22 runs that latch sensor_detached without the exclusion latch nothing with it.
    /// </summary>
    public class RewarmExclusionTests
    {
        [Theory]
        [InlineData("nominal-12v", 3, 60.0, 1)]
        [InlineData("free-air", 3, 60.0, 2)]
        [InlineData("nominal-12v", 5, 300.0, 2)]
        public void Core_NamesTheStripLoosening_InAContrastOfShortPhases(string padName, int level, double onsetS, int coolMinutes)
        {
            var (fault, peakC, _, _) = LooseningRun.LoosenContrast(padName, level, onsetS, coolMinutes, 60, 1);

            Assert.True(fault != FaultCode.None, $"no fault in 60 min; surface peak {peakC:F1} °C");
        }

        [Fact]
        public void Core_HoldsFoldedCoveredUnder45C_WhenTheStripLoosensInAContrastOfOneMinuteCoolPhases()
        {
            var (fault, peakC, _, _) = LooseningRun.LoosenContrast("folded-covered", 3, 600, 1, 60, 1);

            Assert.True(peakC <= 45.0, $"surface peak {peakC:F1} °C ({fault})");
        }
    }
}
