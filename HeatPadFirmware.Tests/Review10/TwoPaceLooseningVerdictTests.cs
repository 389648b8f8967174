using System;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review10
{
    /// <summary>
    /// Review 10: the sensor strip loosening at two paces (<see cref="TwoRateLooseningScenario"/>), beyond quiet9's share
    /// (<see cref="CoolerCatchingUpLooseningTests"/>). Over 900 runs (6 shipped pads × levels 1–5 × onsets 60/300/1800 s × 5 pace
    /// pairs × heat/contrast, seed 11) 179 runs on main peak over 45 °C with no fault in the hour after the onset (185 on
    /// ace3172); the same scenario with the sensors attached peaks 36.2–44.8 °C. The campaign measures the strip at one pace
    /// only (<c>BothSensorsLoosening</c>: both w 1 → 0.3 over 600 s). Session 10: the campaign's <c>TwoPaceLoosening</c> kinds and
    /// <see cref="HeatBalanceCheck"/>, which names a reading standing still too low for the heat going in; two of the three
    /// cases below now pass.
    /// </summary>
    public class TwoPaceLooseningVerdictTests
    {
        // The review's bar for a single fault: no surface past 45 °C (the top setpoint, SafetyLimits.MaxSetpointC).
        private const double SingleFaultSurfaceLimitC = SafetyLimits.MaxSetpointC;

        [Theory]
        [InlineData(1, 60.0, 120.0, 600.0)]
        [InlineData(3, 300.0, 120.0, 600.0)]
        [InlineData(5, 300.0, 60.0, 1200.0)]
        public void Firmware_StopsTheFoldedPadUnder45C_WhenSensorOneComesLooseFastAndSensorTwoSlowly(int level, double onsetS, double firstPaceS, double secondPaceS)
        {
            TwoRateLooseningScenario.Outcome outcome = TwoRateLooseningScenario.Run("folded-covered", level, false, onsetS, 0.0, firstPaceS, 0.0, secondPaceS);

            Assert.True(outcome.PeakSurfaceC <= SingleFaultSurfaceLimitC, $"peak {outcome.PeakSurfaceC:F2} °C, {outcome.Fault} after {outcome.FaultAfterS:F0} s");
        }

        [Fact(Skip = "Review 10 finding LOW-1 (loosen9): thick-slow heat level 5, sensor 1 loose over 600 s from 300 s, sensor 2 over 600 s from 600 s: "
            + "ace3172 heating_failed 1,501 s after the onset (peak 44.33 °C); main no fault in the hour (peak 44.33 °C): the verdict lost")]
        public void Firmware_NamesTheLoosenedStrip_WithinTheHour_OnTheThickPadAtLevelFive()
        {
            TwoRateLooseningScenario.Outcome outcome = TwoRateLooseningScenario.Run("thick-slow", 5, false, 300.0, 0.0, 600.0, 300.0, 600.0);

            Assert.NotEqual(FaultCode.None, outcome.Fault);
        }
    }
}
