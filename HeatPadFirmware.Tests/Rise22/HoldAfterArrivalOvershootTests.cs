using HeatPadFirmware.Tests.Control;
using Xunit;

namespace HeatPadFirmware.Tests.Rise22
{
    /// <summary>
    /// Session 22 (rise22, docs/control.md "Session 22: issue 3's remaining runs by cause", group E): first heat-ups of the bench's
    /// random family that go over issue 3's 0.3 °C in the hold after the estimate's arrival, on pads whose sensors lag 25–38 s:
    /// the learner's adopted fit then has a lag 10–26 s shorter than the sensor's, its estimate sits 0.4–1.1 °C under the true
    /// surface, and the hold's duty (0.47–0.93) stores the heat while the guard waits for the lagging reading. Figures:
    /// <see cref="BenchCaseRun"/> (the bench's tick and case seed), 10 min.
    /// </summary>
    public class HoldAfterArrivalOvershootTests
    {
        // Measured on main eb61e1e (bench overshoot, °C): seed 1 random-023 body L1 0.381, seed 2 random-044 body L1 0.482 and
        // random-031 body L1 0.325, seed 3 random-045 body L1 0.602, seed 4 random-005 body L2 0.592. The hold's guard on the
        // arrival's lag (rise22's form g1) brought them to 0.076 / 0.052 / 0.245 / 0.281 / 0.099 °C but slowed pads with 7–21 s
        // sensors (seed 1 random-005 air L1 1.086 -> 1.585, random-030 body L1 1.159 -> 1.813, seed 2 random-049 body L1 1.006 ->
        // 1.545; 25 first heat-ups slower on seeds 1-4): the readings cannot tell the two apart there. Not landed.
        [Theory(Skip = "rise22 finding, not fixed: overshoot on main eb61e1e 0.381 / 0.482 / 0.325 / 0.602 / 0.592 C (seed 1 random-023 body L1, seed 2 random-044 and random-031 body L1, seed 3 random-045 body L1, seed 4 random-005 body L2); the guard on the arrival's lag took them to 0.076 / 0.052 / 0.245 / 0.281 / 0.099 C but made 25 first heat-ups on seeds 1-4 slower (worst 1.159 -> 1.813)")]
        [InlineData(1, "random-023", "body", 1, 8205)]
        [InlineData(2, "random-044", "body", 1, 16334)]
        [InlineData(2, "random-031", "body", 1, 16204)]
        [InlineData(3, "random-045", "body", 1, 24263)]
        [InlineData(4, "random-005", "body", 2, 31783)]
        public void FirstHeatUp_StaysWithin03COverTheSetpoint_WhenTheFitAfterArrivalHasAShorterLagThanTheSensor(int familySeed, string padName, string condition, int level, int caseSeed)
        {
            var (overshootC, riseS, _, _) = BenchCaseRun.Run(familySeed, padName, condition, level, caseSeed, 10);
            Assert.True(riseS > 0, "never reached setpoint - 0.5 C");
            Assert.True(overshootC <= 0.3, "overshoot " + overshootC.ToString("F3") + " C");
        }
    }
}
