using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Control
{
    public class PadModelLearnerTests
    {
        [Fact]
        public void Learner_AdoptsAModel_FromAHeatUpOfTheNominalPad()
        {
            PadParameters p = PadFile.LoadShipped("nominal-12v");
            var pad = new ThermalPad(p);
            var sensor = new SimulatedSensor(p, 4);
            var learner = new PadModelLearner();
            for (int t = 0; t < 400; t++)
            {
                if (t > 0)
                {
                    pad.Step(1.0, 1.0, true);
                    sensor.Advance(1.0, pad.SurfaceC);
                }

                learner.Update(t == 0 ? 0.0 : 1.0, 1.0, sensor.Read(t * 1000L));
            }

            Assert.True(learner.HasModel);
            Assert.True(learner.TryGetState(out double coreC, out double surfaceC, out _));
            Assert.True(coreC > surfaceC, "while heating the core must be estimated hotter than the surface");
            Assert.True(Math.Abs(surfaceC - pad.SurfaceC) < 1.0, $"estimated surface {surfaceC:0.00} C, true {pad.SurfaceC:0.00} C");
        }

        [Fact]
        public void Learner_RejectsReadingsThatFallWhileHeating()
        {
            var learner = new PadModelLearner();
            for (int t = 0; t < 1200; t++)
            {
                learner.Update(t == 0 ? 0.0 : 1.0, 1.0, SensorReading.Valid(40.0 - (t * 0.01)));
            }

            Assert.False(learner.HasModel);
        }

        [Fact]
        public void Learner_RejectsNoiseUnrelatedToTheHeater()
        {
            var random = new Random(11);
            var learner = new PadModelLearner();
            for (int t = 0; t < 1800; t++)
            {
                double duty = (t / 60) % 2 == 0 ? 1.0 : 0.0;
                learner.Update(t == 0 ? 0.0 : 1.0, duty, SensorReading.Valid(30.0 + (random.NextDouble() * 6.0)));
            }

            Assert.False(learner.HasModel);
        }

        [Fact]
        public void Learner_AdoptsNothing_WithoutEnoughExcitation()
        {
            var learner = new PadModelLearner();
            for (int t = 0; t < 1800; t++)
            {
                learner.Update(t == 0 ? 0.0 : 1.0, 0.0, SensorReading.Valid(22.0 + (t % 2 == 0 ? 0.0 : 0.0625)));
            }

            Assert.False(learner.HasModel);
        }
    }
}
