using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Control
{
    /// <summary>
    /// Session 8, issue 3: the cold pack of a program's cool phase as a known input of the learner
    /// (<see cref="HeatController.NoteColdPackExpected"/>, <see cref="PadModelLearner.ColdPackRatio"/>): the fit keeps the pad's
    /// model through the pack instead of taking the pack for a change of the pad, and a re-heat whose core is still hot keeps
    /// that model instead of re-learning from a rest the pad is not at (<see cref="HeatController.RelearnRestExcessC"/>).
    /// </summary>
    public class ColdPackInputTests
    {
        [Fact]
        public void Learner_FitsThePacksPull_WhenAPackLiesOnThePadInACoolPhase()
        {
            // nominal-12v held at level 1 for 15 min, then four minutes with the cold pack (8 W/K to the room).
            var loop = HeldPad("nominal-12v");
            double heldResidualC = loop.Controller.Learner.ResidualRmsC;
            loop.Pad.SurfaceToAmbientWPerK = FaultCampaign.ColdPackWPerK;
            loop.Controller.NoteColdPackExpected(true);
            loop.Run(240, false, 38.0);
            PadModelLearner learner = loop.Controller.Learner;

            // The simulated pack adds 7.9 W/K to the pad's own 0.1 W/K to the room, on a 2 W/K core-surface coupling: 3.95.
            Assert.InRange(learner.ColdPackRatio, 3.5, 4.5);
            Assert.True(learner.ResidualRmsC < 0.25 * learner.ResidualWithoutPackRmsC, $"residual {learner.ResidualRmsC:F3} C with the pack, {learner.ResidualWithoutPackRmsC:F3} C without (held {heldResidualC:F3} C)");
            Assert.True(learner.TryGetState(out double coreC, out _, out _));
            Assert.True(Math.Abs(coreC - loop.Pad.CoreC) < 3.0, $"model core {coreC:F1} C, pad's {loop.Pad.CoreC:F1} C");
        }

        [Fact]
        public void Learner_FitsNoPull_WhenTheCoolPhaseHasNoPack()
        {
            // The program asks for a pack; the user lays none: the fit must stay right without one (a user's act, not a fact).
            var loop = HeldPad("nominal-12v");
            loop.Controller.NoteColdPackExpected(true);
            loop.Run(240, false, 38.0);
            PadModelLearner learner = loop.Controller.Learner;

            Assert.True(learner.ColdPackRatio < 0.5, $"pack ratio {learner.ColdPackRatio:F2} without a pack");
            Assert.True(learner.ResidualWithoutPackRmsC - learner.ResidualRmsC < 0.02, $"residual {learner.ResidualRmsC:F3} C with a pack fitted, {learner.ResidualWithoutPackRmsC:F3} C without");
        }

        [Fact]
        public void Learner_IgnoresThePack_WhenNoCoolPhaseExpectsOne()
        {
            // Without the program's word the pack is a disturbance the two-unknown fit does not explain, as before session 8.
            var loop = HeldPad("nominal-12v");
            loop.Pad.SurfaceToAmbientWPerK = FaultCampaign.ColdPackWPerK;
            loop.Run(240, false, 38.0);
            PadModelLearner learner = loop.Controller.Learner;

            Assert.Equal(0.0, learner.ColdPackRatio);
            Assert.Equal(learner.ResidualRmsC, learner.ResidualWithoutPackRmsC);
            Assert.True(learner.ResidualRmsC > PadModelLearner.MaxResidualRmsC, $"residual {learner.ResidualRmsC:F3} C: the pack must spoil the two-unknown fit");
        }

        [Fact]
        public void Learner_ForgetsThePack_WhenItRelearns()
        {
            var loop = HeldPad("nominal-12v");
            loop.Pad.SurfaceToAmbientWPerK = FaultCampaign.ColdPackWPerK;
            loop.Controller.NoteColdPackExpected(true);
            loop.Run(240, false, 38.0);
            PadModelLearner learner = loop.Controller.Learner;
            Assert.True(learner.ColdPackRatio > 0.0);

            learner.Relearn(loop.LastReading.TemperatureC);

            Assert.Equal(0.0, learner.ColdPackRatio);
            Assert.Equal(0.0, learner.ResidualWithoutPackRmsC);
        }

        [Theory]
        [InlineData(5, 120, false)]
        [InlineData(1, 1200, true)]
        public void Controller_RelearnsOnlyFromAPadNearRest_WhenThePackSpoiledTheTwoUnknownFit(int level, int coolS, bool relearns)
        {
            // thick-slow on the body, a 20-min contrast heat phase, then a cool phase with the pack. Two minutes after level 5
            // its core is still far over the reading (a restart from rest would not see it: docs/control.md "Re-learning at a re-heat");
            // 20 min after level 1 it rests near the reading and the re-learning from rest is right.
            PadParameters p = PadFile.LoadShipped("thick-slow");
            var loop = new ControlLoop(p, 5);
            double setpointC = new TherapyConfig().SetpointOfLevelC(level);
            loop.Run(1200, true, setpointC);
            loop.Pad.SurfaceToAmbientWPerK = FaultCampaign.ColdPackWPerK;
            loop.Controller.NoteColdPackExpected(true);
            loop.Run(coolS, false, setpointC);
            loop.Controller.NoteColdPackExpected(false);
            loop.Pad.SurfaceToAmbientWPerK = p.SurfaceToAmbientWPerK;
            PadModelLearner learner = loop.Controller.Learner;
            Assert.True(learner.ResidualWithoutPackRmsC > PadModelLearner.MaxResidualRmsC, $"residual without the pack {learner.ResidualWithoutPackRmsC:F3} C");
            Assert.True(loop.LastReading.TemperatureC < setpointC - HeatController.RelearnBelowC, $"reading {loop.LastReading.TemperatureC:F1} C: the re-heat must lie ahead");
            Assert.Equal(relearns, loop.Pad.CoreC - loop.LastReading.TemperatureC < HeatController.RelearnRestExcessC);
            double coreExcessC = loop.Controller.Observer.CoreC - loop.LastReading.TemperatureC;
            string state = $"core {coreExcessC:F1} C over the reading (pad's {loop.Pad.CoreC - loop.LastReading.TemperatureC:F1} C), correction {loop.Controller.Observer.CorrectionC:F2} C";
            int generation = learner.Generation;

            loop.Tick(true, setpointC);

            Assert.True(relearns == (learner.Generation != generation), state);
        }

        [Theory]
        [InlineData(TherapyProgram.Contrast, true)]
        [InlineData(TherapyProgram.HotCold, true)]
        [InlineData(TherapyProgram.Heat, false)]
        public void Core_TellsTheControllerOfThePack_OnlyInTheCoolPhaseOfAProgramThatHasOne(TherapyProgram program, bool fitted)
        {
            // nominal-12v, level 1, 20-min heat phases and a 10-min cool phase with the pack on the pad (a heat program has no
            // cool phase: the pack lies on it from the 20th minute, unannounced).
            var config = new TherapyConfig { ContrastHeatMinutes = 20, ContrastCoolMinutes = 10, ContrastCycles = 2, HotColdHeatMinutes = 20, HotColdCoolMinutes = 10 };
            var run = new FaultRun(PadFile.LoadShipped("nominal-12v"), 6, config);
            run.Start(1, program);
            double maxRatio = 0.0;
            for (int s = 0; s < 25 * 60; s++)
            {
                bool packOn = program == TherapyProgram.Heat ? s >= 20 * 60 : run.Last.Phase == SessionPhase.Cool;
                run.Pad.SurfaceToAmbientWPerK = packOn ? FaultCampaign.ColdPackWPerK : 0.1;
                run.Tick(1000, null);
                maxRatio = Math.Max(maxRatio, run.Core.Controller.Learner.ColdPackRatio);
            }

            Assert.Equal(fitted, maxRatio > 0.5);
        }

        [Theory]
        [InlineData(150075)]
        [InlineData(150211)]
        [InlineData(150203)]
        public void Controller_LandsContrastReheatsWithin03C_OnTheSessionsThatOvershotBefore(int sessionSeed)
        {
            // Faults campaign seed 1, contrast group (rooms drawn per session): 150075 thick-slow L1 (1.74 C over on main,
            // session 7), 150211 thick-slow L1 (1.17 C; 1.28 with the pack fitted but the pad re-learned from a warm rest),
            // 150203 strong-60w L4 (0.49 C with the pack fitted: a landing from an untrusted stop re-trusted its model).
            var pads = LifeRoom.PadsIn(PadFile.LoadAllShipped(), LifeRoom.Of(sessionSeed));
            var watch = new OverSetpointWatch();
            FaultCode fault = FaultCampaign.RunContrastLife(pads, sessionSeed, watch.Observe);
            watch.EndSession(sessionSeed);

            Assert.Equal(FaultCode.None, fault);
            Assert.True(watch.WorstC <= OverSetpointWatch.NoticeC, $"surface {watch.WorstC:F2} C over the setpoint");
        }

        // A shipped pad held at level 1 (38 C) by the controller for 15 min from its room; the loop is ready for a cool phase.
        private static ControlLoop HeldPad(string name)
        {
            var loop = new ControlLoop(PadFile.LoadShipped(name), 4);
            loop.Run(900, true, 38.0);
            Assert.True(loop.Controller.HasModel);
            return loop;
        }
    }
}
