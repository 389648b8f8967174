using System;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Control
{
    /// <summary>
    /// The learner's bank advances each structure with an exact one-second map and sweeps its candidates over
    /// <see cref="PadModelLearner.SweepTicks"/> ticks: a pad that IS one of the bank's structures must come out
    /// exactly, whatever the tick the heat starts on.
    /// </summary>
    public class LearnerBankTests
    {
        /// <summary>A structure of the learner's grid (core 50 s, surface 200 s, loss 1, lag 12 s), Rise 40 °C.</summary>
        private static PadThermalModel GridPad(double originC)
        {
            return new PadThermalModel
            {
                CoreTauS = 50.0,
                SurfaceTauS = 200.0,
                CoreLossRatio = 0.2,
                SurfaceLossRatio = 1.0,
                SensorLagS = 12.0,
                RiseC = 40.0,
                SinkC = originC + 5.0,
                AmbientC = originC,
            };
        }

        /// <summary>The true pad: integrated in 10 ms steps, so it is the continuous model, not any discretisation of it.</summary>
        private static void Fine(PadThermalModel truth, double dtS, double duty, ref double core, ref double surface, ref double sensor)
        {
            int steps = (int)Math.Round(dtS / 0.01);
            for (int i = 0; i < steps; i++)
            {
                truth.Advance(dtS / steps, duty, ref core, ref surface, ref sensor);
            }
        }

        [Theory]
        [InlineData(0)]
        [InlineData(3)]
        [InlineData(7)]
        public void Learner_RecoversAPadOfItsOwnGrid_WhateverTickTheHeatStartsOn(int restTicks)
        {
            const double OriginC = 24.0;
            PadThermalModel truth = GridPad(OriginC);
            double core = OriginC, surface = OriginC, sensor = OriginC;
            var learner = new PadModelLearner();
            learner.Update(0.0, 0.0, SensorReading.Valid(OriginC));

            // The pad starts at rest at the origin (both sinks there would keep it so; the body sink 5 °C higher
            // warms it slowly): rest, full power for 5 minutes, then 40 % for 10 minutes.
            for (int t = 1; t <= restTicks + 900; t++)
            {
                double duty = t <= restTicks ? 0.0 : (t <= restTicks + 300 ? 1.0 : 0.4);
                Fine(truth, 1.0, duty, ref core, ref surface, ref sensor);
                learner.Update(1.0, duty, SensorReading.Valid(sensor));
            }

            Assert.True(learner.HasModel);
            PadThermalModel m = learner.Model;
            Assert.Equal(50.0, m.CoreTauS);
            Assert.Equal(200.0, m.SurfaceTauS);
            Assert.Equal(1.0, m.SurfaceLossRatio);
            Assert.Equal(12.0, m.SensorLagS);
            Assert.InRange(m.RiseC, 39.0, 41.0);
            Assert.InRange(m.SinkC, OriginC + 4.5, OriginC + 5.5);
            // The exact maps fit the continuous pad to well under 1 mK; one Euler step a second leaves about 6 mK.
            Assert.True(learner.ResidualRmsC < 0.002, $"a noiseless pad of the grid fits to {learner.ResidualRmsC:0.000} C RMS");
        }

        [Fact]
        public void Learner_FitsAFractionalTick_AsWellAsWholeSeconds()
        {
            // A late tick (1.5 s) and a short one (0.5 s) alternate: the bank's whole-second maps plus one Euler
            // step for the fraction must still recover the grid pad's gain.
            const double OriginC = 24.0;
            PadThermalModel truth = GridPad(OriginC);
            double core = OriginC, surface = OriginC, sensor = OriginC;
            var learner = new PadModelLearner();
            learner.Update(0.0, 0.0, SensorReading.Valid(OriginC));
            for (int i = 1; i <= 600; i++)
            {
                double dtS = (i & 1) == 1 ? 1.5 : 0.5;
                double duty = i <= 300 ? 1.0 : 0.4;
                Fine(truth, dtS, duty, ref core, ref surface, ref sensor);
                learner.Update(dtS, duty, SensorReading.Valid(sensor));
            }

            Assert.True(learner.HasModel);
            Assert.Equal(12.0, learner.Model.SensorLagS);
            Assert.InRange(learner.Model.RiseC, 38.0, 42.0);
        }
    }
}
