using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review10
{
    /// <summary>
    /// Review 10, session 9's quiet9 change (SensorAgreementCheck.CoolerCatchingUp, reverted after this review: while the cooler sensor warms
    /// 0.01 °C/s and that much faster than the hotter, 0.5 °C or more under it, the coupling witness's reference follows the
    /// innovation). Its premise, "a sensor loosening or leaving the pad warms slower than the other, never faster", does not hold
    /// when the strip loosens at two paces: the sensor that came loose first sits at its share w of the pad's warming and warms
    /// steadily, while the other, still loosening, barely moves (its share falls as the pad warms). The loose one is then the
    /// cooler, catching up, and the witness fall of the fused (hotter, loosening) reading does not build.
    /// Measured with <see cref="TwoRateLooseningScenario"/> over the 6 shipped pads × levels 1–5 × onsets 60/300/1800 s × 5
    /// pace pairs × heat/contrast (900 runs, seed 11), 65ce46e (main before quiet9) against 9cb15b4 (main): 31 runs peak more
    /// than 0.3 °C higher (29 of them over 45 °C), 7 lower; 4 runs newly over 45 °C, 3 no longer; worst +4.22 °C; two
    /// sensor_detached verdicts lost (contrast nominal-12v L4 @300 and @60).
    /// </summary>
    public class CoolerCatchingUpLooseningTests
    {
        private const string Measured = "Review 10 finding HIGH-1 (quiet9): ";

        // The review's bar for a single fault: no surface past 45 °C (the top setpoint, SafetyLimits.MaxSetpointC).
        private const double SingleFaultSurfaceLimitC = SafetyLimits.MaxSetpointC;

        [Theory]
        // Contrast free-air level 5 from 1,800 s: sensor 1 loose in 120 s, sensor 2 from 300 s over 300 s.
        [InlineData("free-air", 5, true, 1800.0, 0.0, 120.0, 300.0, 300.0)]
        // Contrast free-air level 2 from 1,800 s: sensor 1 loose in 120 s, sensor 2 over 600 s.
        [InlineData("free-air", 2, true, 1800.0, 0.0, 120.0, 0.0, 600.0)]
        // Heat strong-60w level 5 from 1,800 s: sensor 1 loose in 120 s, sensor 2 over 600 s.
        [InlineData("strong-60w", 5, false, 1800.0, 0.0, 120.0, 0.0, 600.0)]
        public void Firmware_KeepsTheSurfaceUnder45C_WhenTheSensorStripLoosensAtTwoPaces(string padName, int level, bool contrast, double onsetS, double firstDelayS, double firstPaceS, double secondDelayS, double secondPaceS)
        {
            TwoRateLooseningScenario.Outcome outcome = TwoRateLooseningScenario.Run(padName, level, contrast, onsetS, firstDelayS, firstPaceS, secondDelayS, secondPaceS);

            Assert.True(outcome.PeakSurfaceC <= SingleFaultSurfaceLimitC, $"peak {outcome.PeakSurfaceC:F2} °C, {outcome.Fault} after {outcome.FaultAfterS:F0} s");
        }

    }
}
