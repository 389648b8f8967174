using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Control
{
    /// <summary>
    /// Session 8: a cold pack the program does not announce, laid during an off press, pulls the reading down faster than
    /// the heated fit expects; the learner switches its adopted structure to the candidate that follows the fall (thick-slow:
    /// lag 35 s fitted as 6 s), whose residual then climbs over <see cref="PadModelLearner.MaxResidualRmsC"/>. Such an
    /// adoption is unproven (<see cref="PadModelLearner.UnprovenAdoption"/>): the re-learning at the restart freezes the last
    /// structure adopted under heat as the witness, and starts from it.
    /// </summary>
    public class UnprovenWitnessAdoptionTests
    {
        private sealed class Trace
        {
            public double HeatedLagS = double.NaN;
            public double HeatedRiseC = double.NaN;
            public bool SwitchedUnheated;
            public bool SawUnproven;
            public double WitnessLagAfterRestartS = double.NaN;
            public double WitnessRiseAfterRestartC = double.NaN;
            public double ModelLagAfterRestartS = double.NaN;
            public bool Relearned;
        }

        private static Trace Run()
        {
            // thick-slow at level 2: 8 min of heat, an off press, the pack on for 2 min, a restart (the pack lifted with it).
            PadParameters pad = PadFile.LoadShipped("thick-slow");
            var run = new FaultRun(pad, 9);
            run.Start(2, TherapyProgram.Heat);
            double airWPerK = run.Pad.SurfaceToAmbientWPerK;
            long offMs = run.NowMs + (8 * 60000L);
            long restartMs = offMs + 120000L;
            var trace = new Trace();
            while (run.NowMs < restartMs + 5000L && run.Last.Fault == FaultCode.None)
            {
                ButtonId press = run.NowMs == offMs || run.NowMs == restartMs ? ButtonId.Power : ButtonId.None;
                bool packOn = run.NowMs > offMs && run.NowMs < restartMs;
                run.Pad.SurfaceToAmbientWPerK = packOn ? FaultCampaign.ColdPackWPerK : airWPerK;
                int generation = run.Core.Controller.Learner.Generation;
                run.Tick(1000, null, press);
                PadModelLearner learner = run.Core.Controller.Learner;
                if (run.NowMs <= offMs)
                {
                    trace.HeatedLagS = learner.Model.SensorLagS;
                    trace.HeatedRiseC = learner.Model.RiseC;
                }
                else if (run.NowMs < restartMs)
                {
                    trace.SwitchedUnheated |= learner.Model.SensorLagS != trace.HeatedLagS;
                    trace.SawUnproven |= learner.UnprovenAdoption;
                }
                else
                {
                    trace.Relearned |= learner.Generation != generation && learner.IsProvisional;
                    trace.WitnessLagAfterRestartS = learner.WitnessModel.SensorLagS;
                    trace.WitnessRiseAfterRestartC = learner.WitnessModel.RiseC;
                    trace.ModelLagAfterRestartS = learner.Model.SensorLagS;
                }
            }

            return trace;
        }

        [Fact]
        public void Learner_FreezesTheStructureAdoptedUnderHeat_AsTheWitness_WhenTheUnheatedSwitchStoppedFitting()
        {
            Trace t = Run();

            Assert.True(t.SwitchedUnheated, "the scenario no longer switches the structure while the pack is on");
            Assert.True(t.SawUnproven, "the switched fit never went over the credible residual");
            Assert.True(t.Relearned, "the restart did not re-learn");
            Assert.Equal(t.HeatedLagS, t.WitnessLagAfterRestartS);
            // The gain of the last adoption under heat; the same structure refitted on the off press's first ticks moves it
            // by hundredths of a degree (the switched fit's was 35 C against 58).
            Assert.InRange(t.WitnessRiseAfterRestartC, t.HeatedRiseC - 0.5, t.HeatedRiseC + 0.5);
        }

        [Fact]
        public void Learner_StartsTheRelearningFromTheStructureAdoptedUnderHeat_WhenTheUnheatedSwitchStoppedFitting()
        {
            Trace t = Run();

            Assert.True(t.Relearned, "the restart did not re-learn");
            Assert.Equal(t.HeatedLagS, t.ModelLagAfterRestartS);
        }
    }
}
