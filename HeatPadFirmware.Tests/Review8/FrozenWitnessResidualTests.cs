using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review8
{
    /// <summary>
    /// Review 8, finding 3 (MEDIUM): the witness is frozen at the first re-learning, and a re-learning only happens when
    /// the best fit's residual is over <see cref="PadModelLearner.MaxResidualRmsC"/> — so
    /// <see cref="PadModelLearner.WitnessResidualRmsC"/> is over that limit for the rest of the power-on, by construction.
    /// <c>SensorCouplingCheck</c> replaces the highest learned ceiling by one the pad is seen standing at only on a witness
    /// whose residual is within the limit (session 5's fix of the false <c>sensor_detached</c> of campaign session 100763):
    /// after the first re-learning that rule can never fire again, and every safety judgement runs on a model that did not
    /// explain the readings when it was frozen (nominal-12v L3, contrast 5 / 3 min with the cold pack: 1.74 C RMS, 14 times
    /// the credible limit, for 95 min, while the re-learned fits stay at 0.03-0.08 C in the heat).
    /// </summary>
    public class FrozenWitnessResidualTests
    {
        [Fact]
        public void Learner_WitnessFitsTheReadings_OnceTheReLearnedModelIsCredibleAgain()
        {
            PadModelLearner learner = ContrastScenario.Run("nominal-12v", 3, 3, ContrastScenario.Never, ContrastScenario.Never, 3120.0, (_, _) => { }).Core.Controller.Learner;

            // 3,120 s: 4 min into the 7th heat phase, the re-learned model adopted and credible.
            Assert.True(learner.Generation >= 2, $"generation {learner.Generation}: the scenario must have re-learned");
            Assert.False(learner.IsProvisional);
            Assert.True(learner.ResidualRmsC <= PadModelLearner.MaxResidualRmsC, $"the adopted model's residual {learner.ResidualRmsC:F3} C");
            Assert.True(learner.WitnessResidualRmsC <= PadModelLearner.MaxResidualRmsC, $"witness residual {learner.WitnessResidualRmsC:F3} C, the model's {learner.ResidualRmsC:F3} C");
        }
    }
}
