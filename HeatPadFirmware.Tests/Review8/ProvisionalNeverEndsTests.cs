using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review8
{
    /// <summary>
    /// Review 8, finding 2 (MEDIUM): in a contrast program with 1-min cool phases and the cold pack, every heat phase
    /// re-learns again while the previous re-learning is still provisional (the new fit's own residual, not the
    /// adopted model's, is over <see cref="PadModelLearner.MaxResidualRmsC"/> after the cold pack; 60 s of cool phase is
    /// exactly <see cref="PadModelLearner.RelearnIdleS"/>), so the fit restarts every 6 min and the controller runs the
    /// no-model soft PID all session: thick-slow and folded-covered never reach their level again.
    /// Measured (seed 7, heat phases 2 and later reaching setpoint − 0.5 C, surface): thick-slow L1-L4 parent 9/9/8/8, main
    /// 2/2/0/1 (L3: surface 40.0-40.5 C at every phase end for 41.5 C; parent 42.5-42.7 C, it overshoots 1 C);
    /// folded-covered L1-L5 parent 7/6/5/4/3, main 0 (L1: 35.9 C every phase for 38.0 C). Cool phases of 3 min and more:
    /// no difference on these two pads. Parent b302b42 passes the first test (both pads).
    /// Tried in a scratch copy of main (not committed): not re-learning while provisional (the second test's rule) alone does
    /// not bring the level back (thick-slow L1 / L3 1 and 0 of 9, folded-covered 0 and 0): the one re-learned fit still never
    /// becomes credible (a fit "from rest" started with the core 15-25 C over the reading), and nothing ends a provisional
    /// time but a credible fit (no timeout, unlike a first model's <see cref="PadModelLearner.TimeoutS"/>). A fix needs an
    /// end to it: e.g. back to the old model (as the parent ran) when the re-learned fit is not credible by the end of the heat
    /// phase it started in, or a <see cref="PadModelLearner.RelearnIdleS"/> longer than the 1-min cool phase (its own doc
    /// says two minutes: finding 4).
    /// </summary>
    public class ProvisionalNeverEndsTests
    {
        private const string Skip =
            "review 8 finding 2 (MEDIUM): contrast 5 / 1 min with the cold pack re-learns at every phase while still provisional; " +
            "thick-slow L3 reaches setpoint - 0.5 C in 0 of 9 re-heats (parent 8), folded-covered L1 0 of 9 (parent 7)";

        [Theory]
        [InlineData("thick-slow", 3)]
        [InlineData("folded-covered", 1)]
        public void Controller_ReachesTheLevel_InMostReheats_OfAContrastProgramWithOneMinuteCoolPhases(string padName, int level)
        {
            int phases = 0;
            int reached = 0;
            bool inHeat = false;
            bool reachedThisPhase = false;
            ContrastScenario.Run(padName, level, 1, ContrastScenario.Never, ContrastScenario.Never, 3600.0, (run, _) =>
            {
                bool heat = run.Last.Phase == SessionPhase.Heat;
                if (heat && !inHeat)
                {
                    phases++;
                    reachedThisPhase = false;
                }

                if (heat && phases >= 2 && !reachedThisPhase && run.Pad.SurfaceC >= run.Core.Session.SetpointC - 0.5)
                {
                    reachedThisPhase = true;
                    reached++;
                }

                inHeat = heat;
            });

            int reheats = phases - 1;
            Assert.True(reheats >= 8, $"{reheats} re-heats: the scenario must run the program");
            Assert.True(2 * reached >= reheats, $"{reached} of {reheats} re-heats reached setpoint - 0.5 C");
        }

        [Fact]
        public void Controller_DoesNotRelearnAgain_WhileTheModelIsStillProvisional()
        {
            // Session 8: thick-slow L3, the review's pad, no longer re-learns with 1-min cool phases (its core is still hot at
            // every re-heat: HeatController.RelearnRestExcessC); nominal-12v L5 rests within a degree and still re-learns.
            int relearnsWhileProvisional = 0;
            int relearns = 0;
            int generation = 0;
            bool provisional = false;
            ContrastScenario.Run("nominal-12v", 5, 1, ContrastScenario.Never, ContrastScenario.Never, 3600.0, (run, _) =>
            {
                PadModelLearner learner = run.Core.Controller.Learner;
                if (learner.Generation != generation && learner.IsProvisional)
                {
                    // A re-learning this tick (an adoption ends the provisional time instead).
                    relearns++;
                    relearnsWhileProvisional += provisional ? 1 : 0;
                }

                generation = learner.Generation;
                provisional = learner.IsProvisional;
            });

            Assert.True(relearns >= 1, $"{relearns} re-learnings: the scenario must re-learn");
            // Review 8's main: 5 of the 9 re-learnings restarted a fit that never became credible (parent b302b42 has no
            // re-learning). Since: a re-learning needs the reading 6 C under the setpoint (HeatController.RelearnBelowC),
            // and one still provisional at the next heat is abandoned for the model learned before, never restarted.
            Assert.True(relearnsWhileProvisional == 0, $"{relearnsWhileProvisional} of {relearns} re-learnings came while the last one was still provisional");
        }
    }
}
