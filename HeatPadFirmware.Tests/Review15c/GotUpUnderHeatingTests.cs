using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Review14b;
using Xunit;

namespace HeatPadFirmware.Tests.Review15c
{
    /// <summary>
    /// Review 15c, found on the way (pre-existing: the same on main 13a496b and on couple14, not the change's): a slow pad the user
    /// lay on early in its free-air heat-up and left again is held far under its level for the rest of the session, in free air,
    /// with no fault and no verdict. Scenario: <see cref="LieDownScenario"/> (seed 11, 1 s ticks, room 22 °C).
    /// </summary>
    public class GotUpUnderHeatingTests
    {
        [Theory(Skip = "Review 15c, MEDIUM (pre-existing, both trees identical; heat withheld, not a burn): thick-slow started in free air, L5, the user lying down at 240 s (3 W/K) and getting up at 700-2,500 s (13 times every 150 s): over the last 20 min of 4,200 s the true surface stands 15.1-18.0 C under the 44.5 C setpoint (min 25.3-28.9 C), no fault; L3 12.3-12.8 C under 41.5 C. Scan of 1,144 get-up-during-a-probe runs (22 pads, lain on at 240 s, up every 150 s, L3 / L5, rooms 22 / 16 C): no fault or hold moved by couple14 (means within 0.03 C)")]
        [InlineData(700)]
        [InlineData(1300)]
        [InlineData(2500)]
        public void ThickSlow_LainOnEarlyThenLeft_ReachesTheLevelAgain(int upAtS)
        {
            var r = LieDownScenario.Run(LieDownScenario.Pad("thick-slow", "air"), 5, 240, 3.0, 4200, 1.0, upAtS);
            Assert.True(r.Fault == FaultCode.None, r.Fault + " at " + r.FaultAtS + " s");
            Assert.True(r.MeanUnderLastC < 2.0, "mean under the setpoint " + r.MeanUnderLastC.ToString("F2") + " C, min " + r.MinLastC.ToString("F2") + " C");
        }
    }
}
