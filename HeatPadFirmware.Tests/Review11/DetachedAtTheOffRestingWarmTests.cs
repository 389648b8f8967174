using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review11
{
    /// <summary>
    /// Review 11, item 2: a sensor strip that leaves the pad during an off press and rests on a surface over the room band
    /// (skin, bedding at 30–34 °C) fakes the carried fall's "stall over the room band": the envelopes start afresh on a
    /// reading that then stands still while the pad heats. Whole core (<see cref="DetachedAtTheOffRestingWarmScenario"/>).
    /// </summary>
    public class DetachedAtTheOffRestingWarmTests
    {
        private const double IssueFourMaxS = 180.0;

        [Theory(Skip = "Review 11 finding (HIGH, issue 4's 3-minute bar): a sensor detached in a 30 s off and resting at 30-34 C "
            + "is not named within 3 minutes of the restart. Noise-free resting reading: only frozen_reading catches it, "
            + "347-389 s after the restart on nominal-12v, thick-slow, strong-60w, usb-10w at levels 1/3/5 (folded-covered at "
            + "34 C: 85-102 s; at 30-32 C: 347-365 s); peak true surface 34.5-45.8 C. With one DS18B20 step of noise on 3 ticks "
            + "in 10 (seed 11): NO fault in 900 s on 19 of 20 runs (5 pads x levels 1,5 x 30/34 C; thick-slow L5 30 C: "
            + "sensor_detached at 586 s), peak 36.3-45.8 C. HeatBalanceCheck does not judge it (the hold's duty stays under 0.5).")]
        [InlineData("nominal-12v", 5, 34.0, true)]
        [InlineData("strong-60w", 5, 30.0, true)]
        [InlineData("folded-covered", 5, 34.0, true)]
        [InlineData("nominal-12v", 1, 32.0, false)]
        [InlineData("thick-slow", 3, 30.0, false)]
        public void Firmware_NamesASensorThatLeftThePadInAnOffAndRestsOnSkin_WithinThreeMinutesOfTheRestart(string pad, int level, double restingC, bool noisy)
        {
            var o = DetachedAtTheOffRestingWarmScenario.Run(pad, level, restingC, noisy);
            Assert.NotEqual(FaultCode.None, o.Fault);
            Assert.InRange(o.FaultAfterS, 0.0, IssueFourMaxS);
        }

        [Theory]
        [InlineData("nominal-12v", 5, 34.0, true)]
        [InlineData("strong-60w", 5, 30.0, true)]
        [InlineData("strong-60w", 5, 34.0, true)]
        [InlineData("thick-slow", 5, 34.0, true)]
        [InlineData("folded-covered", 5, 34.0, true)]
        [InlineData("nominal-12v", 5, 34.0, false)]
        public void Firmware_KeepsThePadUnder48C_WhenASensorThatLeftThePadInAnOffRestsOnSkin(string pad, int level, double restingC, bool noisy)
        {
            // Measured: peak 38.0-45.8 C over 900 s after the restart (the heat held by the rest of the core, not a fault).
            var o = DetachedAtTheOffRestingWarmScenario.Run(pad, level, restingC, noisy);
            Assert.True(o.PeakSurfaceC < 48.0, $"peak {o.PeakSurfaceC:F1} C, fault {o.Fault} at {o.FaultAfterS} s");
        }

        [Fact]
        public void Firmware_DoesNotNameTheRestingSensorWithinThreeMinutes_Measured()
        {
            // The figure behind the skipped finding: nominal-12v level 5, resting at 34 C, noisy: no fault in 900 s.
            var o = DetachedAtTheOffRestingWarmScenario.Run("nominal-12v", 5, 34.0, true);
            Assert.Equal(FaultCode.None, o.Fault);
        }

        [Theory]
        [InlineData("nominal-12v", 5, 34.0)]
        [InlineData("strong-60w", 5, 34.0)]
        [InlineData("nominal-12v", 5, 30.0)]
        public void Firmware_NamesTheSameRestingSensor_WhenItLeavesThePadUnderHeatWithNoOff(string pad, int level, double restingC)
        {
            // The contrast that ties the escape to the off (the carried fall's stall over the room band): the same noisy sensor
            // settling on skin in 30 s under heat is named. Measured over 5 pads x levels 1,5 x 30/34 C: 13 of 20 named (these
            // three during the settle; others 132-244 s after it; strong-60w L1 30 C peaks 47.5 C first), 7 of 20 not in 900 s
            // (mostly resting at 34 C, and usb-10w) - a gap of its own, MEDIUM. With the off: 1 of 20 named.
            var o = DetachedAtTheOffRestingWarmScenario.Run(pad, level, restingC, noisy: true, withOff: false);
            Assert.Equal(FaultCode.SensorDetached, o.Fault);
            Assert.InRange(o.FaultAfterS, 0.0, IssueFourMaxS);
        }
    }
}
