using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Control
{
    /// <summary>
    /// The hold's integral: a fixed 60 s integral time (<see cref="HeatController.IntegralTimeS"/>), held during a landing
    /// while the surface rises (<see cref="PidController.HoldIntegralWhileClosing"/>).
    /// </summary>
    public class HoldIntegralTests
    {
        [Fact]
        public void Pid_HoldsTheIntegral_WhileTheMeasurementMovesTowardTheSetpoint_WhenAsked()
        {
            var pid = new PidController(0.1, 60.0, 0.0, 5.0) { HoldIntegralWhileClosing = true };
            for (int t = 0; t < 60; t++)
            {
                pid.Update(1.0, 40.0, 35.0 + (0.05 * t), 0.3, 0.0, 1.0);
            }

            // Only the first update integrates (0.1 × 1 s / 60 s × 5 C), before the slope is known; without the hold the
            // same minute adds over 0.1.
            Assert.True(pid.Integral < 0.01, $"integral {pid.Integral:0.000}");
        }

        [Fact]
        public void Pid_Integrates_WhileTheMeasurementStandsOrMovesAway_WithTheHoldAsked()
        {
            var pid = new PidController(0.1, 60.0, 0.0, 5.0) { HoldIntegralWhileClosing = true };
            for (int t = 0; t < 60; t++)
            {
                pid.Update(1.0, 40.0, 39.0 - (0.001 * t), 0.3, 0.0, 1.0);
            }

            // 0.1 × 60 s / 60 s × about 1 °C of error.
            Assert.InRange(pid.Integral, 0.09, 0.12);
        }

        [Fact]
        public void Pid_Integrates_WhileClosing_WhenTheHoldIsNotAsked()
        {
            var pid = new PidController(0.1, 60.0, 0.0, 5.0);
            for (int t = 0; t < 60; t++)
            {
                pid.Update(1.0, 40.0, 35.0 + (0.05 * t), 0.3, 0.0, 1.0);
            }

            Assert.True(pid.Integral > 0.1, $"integral {pid.Integral:0.000}");
        }

        [Fact]
        public void Landing_DoesNotWindUpTheFastIntegral_WhileTheSurfaceRises()
        {
            // Bench seed 2, random-011 on the body, level 2: the 6 s-lag fit sees the surface 0.7 C low through the landing;
            // a 60 s integral accumulated over that rise carried the surface 0.61 C over (0.31 C with the learned 150 s).
            var (overshootC, riseS, _, _) = BenchCaseRun.Run(2, "random-011", "body", 2, 16005);
            Assert.True(riseS > 0, "the band was never reached");
            Assert.True(overshootC <= 0.3, $"surface {overshootC:0.00} C over the setpoint");
        }

        [Fact]
        public void Hold_MeetsIssue3sSteadyError_WhereTheLearnedIntegralTimeLeftTheHoldSlow()
        {
            // Bench seed 1, random-004 in free air, level 3 (the bench runs it 42 min): mean |error| over the hold 0.068 C
            // with the integral over the learned 150 s, 0.030 C with 60 s.
            var (_, riseS, steadyErrorC, _) = BenchCaseRun.Run(1, "random-004", "air", 3, 8022, 42);
            Assert.True(riseS > 0, "the band was never reached");
            Assert.True(steadyErrorC <= 0.05, $"mean steady error {steadyErrorC:0.000} C");
        }
    }
}
