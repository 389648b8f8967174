using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Control
{
    /// <summary>
    /// The hold guard that needs only the learned sensor lag: with a first-order sensor the surface is
    /// reading + lag × slope, so a reading climbing through the arrival band fast enough means the surface is
    /// already over the setpoint, whatever the rest of the model says.
    /// </summary>
    public class HoldGuardTests
    {
        private const double SetpointC = 40.0;

        /// <summary>
        /// Learns the nominal pad in a 20-minute hold, then replaces the sensor: the reading sinks slowly to 39 °C
        /// and climbs to 40.1 °C at <paramref name="riseCPerLag"/> °C per learned sensor lag. Returns the duty of
        /// the last tick.
        /// </summary>
        private static double DutyAfterClimb(double riseCPerLag, out double lagS)
        {
            var loop = new ControlLoop(ControlLoop.Shipped("nominal-12v"), 5);
            loop.Run(1200, true, SetpointC);
            Assert.True(loop.Controller.HasModel);
            lagS = loop.Controller.Learner.Model.SensorLagS;
            double readingC = loop.LastReading.TemperatureC;
            long nowMs = loop.NowMs;
            double duty = 0.0;
            while (readingC > 39.0)
            {
                readingC -= 0.005;
                duty = loop.Controller.Update(nowMs, SensorReading.Valid(readingC), true, SetpointC);
                nowMs += 1000;
            }

            double slopeCPerS = riseCPerLag / lagS;
            while (readingC < 40.1)
            {
                readingC += slopeCPerS;
                duty = loop.Controller.Update(nowMs, SensorReading.Valid(readingC), true, SetpointC);
                nowMs += 1000;
            }

            Assert.True(readingC < SetpointC + HeatController.OffAboveSetpointC, "the reading alone stays under the off band");
            return duty;
        }

        [Fact]
        public void Hold_CutsTheHeat_WhenTheReadingClimbsThroughTheBandFasterThanTheLagAllows()
        {
            // 0.4 °C per lag: reading + lag × slope is about 40.4 °C, over the setpoint by more than the 0.25 °C guard.
            double duty = DutyAfterClimb(0.4, out double lagS);

            Assert.True(duty == 0.0, $"duty {duty:0.000} with a reading climbing 0.4 C per {lagS:0} s lag through 40.1 C");
        }

        [Fact]
        public void Hold_KeepsHeating_WhenTheReadingCreepsToTheSameValue()
        {
            // 0.05 °C per lag: the surface is barely above the reading, under the guard: the hold keeps its duty.
            double duty = DutyAfterClimb(0.05, out double lagS);

            Assert.True(duty > 0.0, $"duty {duty:0.000} with a reading creeping 0.05 C per {lagS:0} s lag to 40.1 C");
        }
    }
}
