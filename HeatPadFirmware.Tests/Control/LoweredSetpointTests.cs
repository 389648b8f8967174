using System;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Control
{
    /// <summary>
    /// A lowered setpoint (the user's level down, or the supervisor's burn-dose cap stepping level 5 down to 42.5 °C):
    /// the off band follows the lagging reading down instead of holding the heat off until the reading itself is within
    /// half a degree of the new setpoint, and it still cuts the heat when the reading climbs again.
    /// </summary>
    public class LoweredSetpointTests
    {
        private const double HighC = 44.5;
        private const double LowC = 42.5;

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void Hold_HeatsAgain_AfterALoweredSetpoint_BeforeTheLaggingReadingIsBackUnderTheOffBand(int seed)
        {
            // nominal-12v on the body: with the off band fixed to the setpoint, the heat came back only once the reading
            // was under 43.0 °C, with the surface already 1.4 °C under 42.5 °C.
            var loop = new ControlLoop(ControlLoop.Shipped("nominal-12v"), seed);
            loop.Run(1500, true, HighC, trackMax: false);

            bool heatedInBand = false;
            for (int t = 0; t < 600; t++)
            {
                double duty = loop.Tick(true, LowC);
                if (duty > 0.0 && loop.LastReading.TemperatureC >= LowC + HeatController.OffAboveSetpointC)
                {
                    heatedInBand = true;
                }
            }

            Assert.True(heatedInBand, "no heat until the reading was within the off band of the lowered setpoint");
        }

        [Fact]
        public void OffBand_CutsTheHeat_WhenTheReadingClimbsHalfADegreeOverItsLowestSinceALoweredSetpoint()
        {
            var loop = new ControlLoop(ControlLoop.Shipped("nominal-12v"), 2);
            loop.Run(1500, true, HighC, trackMax: false);
            loop.Run(60, true, LowC, trackMax: false);

            // Folded while the reading still comes down: the learned losses are now far too high.
            loop.Pad.SurfaceToBodyWPerK = 0.0;
            loop.Pad.SurfaceToAmbientWPerK = 0.3;
            double lowestC = loop.LastReading.TemperatureC;
            int judged = 0;
            for (int t = 0; t < 900; t++)
            {
                double duty = loop.Tick(true, LowC);
                double readingC = loop.LastReading.TemperatureC;
                lowestC = Math.Max(LowC, Math.Min(lowestC, readingC));
                if (readingC >= lowestC + HeatController.OffAboveSetpointC)
                {
                    judged++;
                    Assert.Equal(0.0, duty);
                }
            }

            Assert.True(judged > 0, "the reading never climbed half a degree over its lowest: the case tests nothing");
        }
    }
}
