using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Control
{
    /// <summary>
    /// Session 7: a heat that starts after a rest, on a model the readings since have spoiled (a contrast program's cold
    /// pack), re-learns the pad from that heat-up (<see cref="PadModelLearner.Relearn"/>), while the safety checks keep the
    /// model learned before as their witness (<see cref="PadModelLearner.WitnessModel"/>).
    /// </summary>
    public class RelearnTests
    {
        [Fact]
        public void Learner_KeepsTheOldModelProvisional_UntilTheNewHeatUpIsCredible()
        {
            var (learner, pad, sensor, t) = LearnedNominalPad();
            PadThermalModel before = Copy(learner.Model);
            int generation = learner.Generation;

            learner.Relearn(sensor.Read(t * 1000L).TemperatureC);

            Assert.True(learner.HasModel);
            Assert.True(learner.IsProvisional);
            Assert.Equal(generation + 1, learner.Generation);
            Assert.Equal(1, learner.PlausibleCount);
            Assert.Equal(before.RiseC, learner.Model.RiseC);
            Assert.Equal(before.SensorLagS, learner.Model.SensorLagS);

            // A second heat-up from here gives the new fit its excitation: it is adopted and the provisional time ends.
            for (int i = 0; i < 400; i++, t++)
            {
                pad.Step(1.0, 1.0, true);
                sensor.Advance(1.0, pad.SurfaceC);
                learner.Update(1.0, 1.0, sensor.Read(t * 1000L));
            }

            Assert.False(learner.IsProvisional);
            Assert.Equal(generation + 2, learner.Generation);
        }

        [Fact]
        public void Learner_RunsTheWitnessOnFromWhereItStood_WhenItRelearns()
        {
            // Two learners fed the same heat-up and rest; one re-learns at the next heat. The witness of the one that
            // re-learned must be the other's adopted model and state, to the bit, as long as the other keeps that model.
            var (relearning, pad, sensor, t) = LearnedNominalPad();
            var (kept, _, _, _) = LearnedNominalPad();
            PadThermalModel witnessBefore = Copy(relearning.Model);

            relearning.Relearn(sensor.Read(t * 1000L).TemperatureC);
            // Fewer samples than a credible fit needs (PadModelLearner.MinSamples): no re-learned fit can take the witness over.
            for (int i = 0; i < PadModelLearner.MinSamples - 1; i++, t++)
            {
                pad.Step(1.0, 0.5, true);
                sensor.Advance(1.0, pad.SurfaceC);
                SensorReading reading = sensor.Read(t * 1000L);
                relearning.Update(1.0, 0.5, reading);
                kept.Update(1.0, 0.5, reading);
            }

            Assert.Equal(witnessBefore.RiseC, relearning.WitnessModel.RiseC);
            Assert.Equal(witnessBefore.SinkC, relearning.WitnessModel.SinkC);
            Assert.Equal(kept.Model.RiseC, witnessBefore.RiseC);
            Assert.True(relearning.TryGetWitnessState(out double wCore, out double wSurface, out double wSensor));
            Assert.True(kept.TryGetState(out double kCore, out double kSurface, out double kSensor));
            Assert.Equal(kCore, wCore, 9);
            Assert.Equal(kSurface, wSurface, 9);
            Assert.Equal(kSensor, wSensor, 9);
        }

        [Theory]
        [InlineData(1.5)]
        [InlineData(0.75)]
        [InlineData(2.25)]
        public void Learner_RunsTheWitnessAsTheBankRunsIt_WhenTicksAreNotWholeSeconds(double stepS)
        {
            // Late or early ticks take the bank's Euler path for the fraction of a second: the witness must take the same one.
            var (relearning, pad, sensor, t) = LearnedNominalPad();
            var (kept, _, _, _) = LearnedNominalPad();
            relearning.Relearn(sensor.Read(t * 1000L).TemperatureC);
            long nowMs = t * 1000L;
            for (int i = 0; i < PadModelLearner.MinSamples - 1; i++)
            {
                pad.Step(stepS, 0.7, true);
                sensor.Advance(stepS, pad.SurfaceC);
                nowMs += (long)(stepS * 1000);
                SensorReading reading = sensor.Read(nowMs);
                relearning.Update(stepS, 0.7, reading);
                kept.Update(stepS, 0.7, reading);
            }

            Assert.True(relearning.TryGetWitnessState(out double wCore, out double wSurface, out double wSensor));
            Assert.True(kept.TryGetState(out double kCore, out double kSurface, out double kSensor));
            Assert.Equal(kept.Model.RiseC, relearning.WitnessModel.RiseC);
            Assert.Equal(kCore, wCore, 9);
            Assert.Equal(kSurface, wSurface, 9);
            Assert.Equal(kSensor, wSensor, 9);
        }

        [Fact]
        public void Learner_HandsControlBackToTheWitness_WhenARelearnIsAbandoned()
        {
            var (learner, pad, sensor, t) = LearnedNominalPad();
            PadThermalModel before = Copy(learner.Model);
            learner.Relearn(sensor.Read(t * 1000L).TemperatureC);
            int generation = learner.Generation;

            learner.AbandonRelearn();

            Assert.False(learner.IsProvisional);
            Assert.True(learner.UsesWitness);
            Assert.Equal(generation + 1, learner.Generation);
            Assert.Equal(before.RiseC, learner.Model.RiseC);
            Assert.Equal(before.SinkC, learner.Model.SinkC);
            Assert.True(learner.TryGetState(out double core, out double surface, out double sensorC));
            Assert.True(learner.TryGetWitnessState(out double wCore, out double wSurface, out double wSensor));
            Assert.Equal(wCore, core);
            Assert.Equal(wSensor, sensorC);
        }

        [Theory]
        [InlineData(0.5, false)]
        [InlineData(-0.5, true)]
        public void Controller_RelearnsOnlyWhenAHeatUpLiesAhead(double overGateC, bool relearns)
        {
            // After a rest with readings the model does not explain (a cold pack: 8 C under it for two minutes), a heat that
            // starts less than the conservative margin plus a first model's rise under the setpoint keeps the model; one
            // starting further under re-learns (review 8, finding 2: the new fit must get its excitation).
            var controller = new HeatController();
            var (pad, sensor, t) = HeatThenRest(controller, 38.0);
            double packedC = sensor.Read(t * 1000L).TemperatureC - 8.0;
            for (int i = 0; i < 120; i++, t++)
            {
                controller.NoteAppliedDuty(controller.Update(t * 1000L, SensorReading.Valid(packedC), false, 38.0));
            }

            Assert.True(controller.Learner.ResidualRmsC > PadModelLearner.MaxResidualRmsC, $"residual {controller.Learner.ResidualRmsC:F3} C: the pack must spoil the fit");
            int generation = controller.Learner.Generation;

            controller.Update(t * 1000L, SensorReading.Valid(packedC), true, packedC + HeatController.RelearnBelowC - overGateC);

            Assert.Equal(relearns, controller.Learner.Generation != generation);
            Assert.Equal(relearns, controller.Learner.IsProvisional);
        }

        [Fact]
        public void Learner_GivesTheWitnessARelearnedFit_WhenFullPowerHeatsThatPadFurther()
        {
            // Re-learned on a pad that full power heats further (the user got up: the same pad in air), the credible fit
            // becomes the witness at the next re-learning. The other side (a loosening sensor's weaker-looking pad never does) is review 8's
            // FrozenWitnessLoadChangeTests, end to end.
            foreach (bool stronger in new[] { true })
            {
                var (learner, pad, sensor, t) = LearnedNominalPad();
                double witnessCeilingC = learner.Model.SteadySurfaceC(1.0, out _);
                learner.Relearn(sensor.Read(t * 1000L).TemperatureC);
                pad.SurfaceToBodyWPerK = stronger ? 0.0 : pad.SurfaceToBodyWPerK;
                for (int i = 0; i < 600; i++, t++)
                {
                    pad.Step(1.0, 1.0, true);
                    sensor.Advance(1.0, pad.SurfaceC);
                    SensorReading reading = sensor.Read(t * 1000L);
                    // The weaker case: the sensor shows a third of the pad's rise over where the re-learning began.
                    SensorReading seen = stronger ? reading : SensorReading.Valid(29.0 + ((reading.TemperatureC - 29.0) / 3.0));
                    learner.Update(1.0, 1.0, seen);
                }

                Assert.False(learner.IsProvisional, $"stronger={stronger}: the re-learned fit must be credible");
                double learnedCeilingC = learner.Model.SteadySurfaceC(1.0, out _);
                Assert.Equal(witnessCeilingC, learner.WitnessModel.SteadySurfaceC(1.0, out _), 9);

                // The witness changes only at a heat's start, when the next re-learning begins.
                learner.Relearn(sensor.Read(t * 1000L).TemperatureC);
                double witnessNowC = learner.WitnessModel.SteadySurfaceC(1.0, out _);
                Assert.Equal(stronger, learnedCeilingC > witnessCeilingC);
                if (stronger)
                {
                    Assert.Equal(learnedCeilingC, witnessNowC, 9);
                }
                else
                {
                    Assert.Equal(witnessCeilingC, witnessNowC, 9);
                }
            }
        }

        [Fact]
        public void Learner_IgnoresARelearn_WithoutAModel()
        {
            var learner = new PadModelLearner();
            learner.Update(0.0, 0.0, SensorReading.Valid(22.0));

            learner.Relearn(22.0);

            Assert.False(learner.HasModel);
            Assert.False(learner.IsProvisional);
            Assert.Equal(0, learner.Generation);
        }

        [Fact]
        public void Controller_LandsAContrastReheat_WhenTheColdPackSpoiledTheModelLearnedBefore()
        {
            // Campaign seed 1's worst contrast session before session 7: nominal-12v level 1, a model adopted 240 s into the
            // first hold (sink 36.6 C), frozen once the cold pack took its residual to 1.6-3 C; every re-heat ran full power
            // into a 60 C core and the surface peaked 2.1-2.5 C over the setpoint.
            var pads = PadFile.LoadAllShipped();
            var watch = new OverSetpointWatch();
            int relearnings = 0;
            FaultCode fault = FaultCampaign.RunContrastLife(pads, 150333, run =>
            {
                watch.Observe(run);
                relearnings = run.Core.Controller.Learner.Generation;
            });
            watch.EndSession(150333);

            Assert.Equal(FaultCode.None, fault);
            Assert.True(relearnings >= 2, $"generation {relearnings}: the re-heats should have re-learned");
            Assert.True(watch.WorstC <= OverSetpointWatch.NoticeC, $"surface {watch.WorstC:F2} C over the setpoint");
        }

        [Fact]
        public void Controller_RunsAsWithoutAModel_WhileTheModelIsProvisional()
        {
            // After a re-learning the controller runs as without a model: full power only while the reading is more than
            // the conservative margin under the setpoint.
            var controller = new HeatController();
            var (pad, sensor, t) = HeatThenRest(controller, 38.0);
            double setpointC = sensor.Read(t * 1000L).TemperatureC + HeatController.ConservativeMarginC - 0.5;
            // The heat is on (a heat start with a provisional model would abandon it), then the fit re-learns.
            controller.NoteAppliedDuty(controller.Update(t * 1000L, sensor.Read(t * 1000L), true, setpointC));
            controller.Learner.Relearn(sensor.Read(t * 1000L).TemperatureC);
            Assert.True(controller.Learner.IsProvisional);

            double duty = controller.Update((t + 1) * 1000L, sensor.Read(t * 1000L), true, setpointC);

            Assert.True(duty < HeaterDutyLimits.MaxDutyFraction, $"duty {duty:F2} with the reading inside the conservative margin");
        }

        // nominal-12v: 400 s of full power from 22 C, then 600 s at rest; returns the learner (with a model), pad, sensor and
        // the next second.
        private static (PadModelLearner Learner, ThermalPad Pad, SimulatedSensor Sensor, int T) LearnedNominalPad()
        {
            PadParameters p = PadFile.LoadShipped("nominal-12v");
            var pad = new ThermalPad(p);
            var sensor = new SimulatedSensor(p, 4);
            var learner = new PadModelLearner();
            int t = 0;
            for (; t < 1000; t++)
            {
                double duty = t < 400 ? 1.0 : 0.0;
                if (t > 0)
                {
                    pad.Step(1.0, duty, true);
                    sensor.Advance(1.0, pad.SurfaceC);
                }

                learner.Update(t == 0 ? 0.0 : 1.0, duty, sensor.Read(t * 1000L));
            }

            Assert.True(learner.HasModel);
            return (learner, pad, sensor, t);
        }

        // The controller heats nominal-12v to setpointC for 15 min, then rests 10 min; returns pad, sensor and the next second.
        private static (ThermalPad Pad, SimulatedSensor Sensor, int T) HeatThenRest(HeatController controller, double setpointC)
        {
            PadParameters p = PadFile.LoadShipped("nominal-12v");
            var pad = new ThermalPad(p);
            var sensor = new SimulatedSensor(p, 4);
            double duty = 0.0;
            int t = 0;
            for (; t < 1500; t++)
            {
                if (t > 0)
                {
                    pad.Step(1.0, duty, true);
                    sensor.Advance(1.0, pad.SurfaceC);
                }

                duty = controller.Update(t * 1000L, sensor.Read(t * 1000L), t < 900, setpointC);
                controller.NoteAppliedDuty(duty);
            }

            Assert.True(controller.HasModel);
            return (pad, sensor, t);
        }

        private static PadThermalModel Copy(PadThermalModel model)
        {
            var copy = new PadThermalModel();
            copy.CopyFrom(model);
            return copy;
        }
    }
}
