using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Control
{
    /// <summary>
    /// The learner's physical bound on the sink (<see cref="PadModelLearner.MaxSinkC"/>): where a pad settles unheated
    /// cannot lie above body temperature, so no kept fit may say so, however well it matches the readings.
    /// </summary>
    public class LearnerSinkBoundTests
    {
        /// <summary>
        /// The bench's random-019 (seed 1): 51 W at 13 V, capacities 96 and 523 J/K, 6.2 W/K to a 34 °C body, a 37 s
        /// sensor lag. After a minute of full power, fits with sinks of 38–40 °C matched its readings as well as the
        /// right ones and their coast predictions stopped the heat 8 °C short.
        /// </summary>
        private static PadParameters LongLagPadOnTheBody()
        {
            return PadFile.LoadShipped("nominal-12v").With(
                heaterPowerW: 51.3,
                supplyVoltageV: 12.99,
                coreCapacityJPerK: 96.0,
                surfaceCapacityJPerK: 523.0,
                surfaceToBodyWPerK: 6.16,
                sensorLagS: 36.9,
                sensorNoiseC: 0.04,
                sensorBiasC: 0.0);
        }

        [Theory]
        [InlineData(90)]
        [InlineData(120)]
        [InlineData(180)]
        public void Learner_KeepsNoFitThatSettlesAboveBodyTemperature_DuringAFullPowerHeatUp(int seconds)
        {
            PadParameters p = LongLagPadOnTheBody();
            var pad = new ThermalPad(p);
            var sensor = new SimulatedSensor(p, 7);
            PadModelLearner learner = FullPowerHeatUpLearning.Learn(pad, sensor, seconds);

            Assert.True(learner.HasModel, "no model after the heat-up");
            int kept = learner.CountWithin(1e12);
            Assert.True(kept > 0);
            var model = new PadThermalModel();
            for (int k = 0; k < kept; k++)
            {
                learner.GetCandidate(k, model, out _, out _);
                Assert.True(model.SinkC <= PadModelLearner.MaxSinkC + 1e-9, $"kept fit {k} settles unheated at {model.SinkC:0.00} C (lag {model.SensorLagS} s, gain {model.RiseC:0.0} C)");
            }
        }

        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        [InlineData(5)]
        public void Approach_ReachesTheBandWithinFifteenPercentOfFullPower_OnALongLagPadOnTheBody(int seed)
        {
            // Full power all the way is the fastest any controller can be; the sink-above-body fits stopped this pad's
            // heat-up after a minute and left it creeping up on partial duty (bench rise 1.40).
            const double SetpointC = 38.0;
            PadParameters p = LongLagPadOnTheBody();
            var fullPower = new ThermalPad(p);
            int fullPowerS = 0;
            while (fullPower.SurfaceC < SetpointC - HeatController.CoastBandC)
            {
                fullPower.Step(1.0, 1.0, true);
                fullPowerS++;
            }

            var loop = new ControlLoop(p, seed);
            int riseS = -1;
            for (int t = 0; t < 3 * fullPowerS && riseS < 0; t++)
            {
                loop.Tick(true, SetpointC);
                if (loop.Pad.SurfaceC >= SetpointC - HeatController.CoastBandC)
                {
                    riseS = t;
                }
            }

            Assert.True(riseS > 0, "the band was never reached");
            Assert.True(riseS <= 1.15 * fullPowerS, $"band reached after {riseS} s; full power all the way takes {fullPowerS} s");
        }

        [Fact]
        public void Learner_StillLearnsAPadWarmerThanTheBound_WhenItCoolsAndHeatsAgain()
        {
            // A reboot with the pad at 45 °C: the origin lies above the bound, so every sink must sit below the first
            // reading (the pad cools toward the body) and the learner must still find a credible model.
            var loop = new ControlLoop(ControlLoop.Shipped("nominal-12v").With(initialC: 45.0));
            loop.Run(20 * 60, heatWanted: false, setpointC: 41.0, trackMax: false);
            loop.Run(25 * 60, heatWanted: true, setpointC: 41.0, trackMax: false);

            Assert.True(loop.Controller.HasModel, "no model for a pad rebooted at 45 C");
            Assert.True(loop.Controller.Learner.Model.SinkC <= PadModelLearner.MaxSinkC);
        }
    }
}
