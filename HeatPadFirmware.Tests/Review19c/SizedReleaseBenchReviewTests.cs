using HeatPadFirmware.Tests.Control;
using Xunit;

namespace HeatPadFirmware.Tests.Review19c
{
    /// <summary>
    /// Review 19c of rise18 (the first landing's sized release; base: main c594be9, change: main c4c59bc): bench seeds 3 and 4's
    /// random families, first heat-ups (<c>bench --seed 3/4 --no-reheat --json</c>, not measured by the helper), compared row by
    /// row. Seed 3: 3 rows moved, none newly over 0.3 C or 1.15 (runs over 1.15 6 -> 6, over 0.3 C 2 -> 2). Seed 4: 13 rows moved;
    /// runs over 0.3 C 3 -> 4 (random-007 body L1 new), over 1.15 11 -> 11. Figures: <see cref="BenchCaseRun"/> (reproduces the
    /// bench's rows to 0.0001 C on both trees), 10 min.
    /// </summary>
    public class SizedReleaseBenchReviewTests
    {
        // Review 19c finding (MEDIUM: a control figure newly over issue 3's 0.3 C bound): bench seed 4's random-007 on the body at
        // L1 (case seed 31802, bound 222 s): base setpoint - 0.5 C at 229 s (1.032), 0.032 C over the setpoint; rise18 228 s
        // (1.027), 0.405 C over. One second sooner for 0.37 C more: bench seed 4's runs over 0.3 C 3 -> 4. Traced: sensors 39.9 /
        // 41.1 s (the 38 s stopper was right), the stopper's copy misses high and the lag is released at ~226 s; at ~250 s the
        // base's hold cuts to 0 (true surface 37.9 C) and coasts to 38.02 C; rise18's max(hold, released duty) keeps 0.58-0.60
        // duty to ~290 s while the true surface is already over the setpoint (38.0 C at 256 s): the estimate and the hotter
        // reading's bound on the adopted (shorter) lag stay under the band's edge for a 40 s sensor. Peak 38.40 C at ~302 s.
        // rise18 reverted on review 19c (session 18): a passing guard on main.
        [Fact]
        public void BenchSeed4Random007BodyL1_TheSizedRelease_StaysWithin03COverTheSetpoint()
        {
            var (overshootC, riseS, _, _) = BenchCaseRun.Run(4, "random-007", "body", 1, 31802, 10);
            Assert.True(riseS > 0, "never reached setpoint - 0.5 C");
            Assert.True(overshootC <= 0.3, "overshoot " + overshootC.ToString("F3") + " C");
        }

        // Review 19c finding (LOW: already over 0.3 C on the base): bench seed 4's random-005 in air at L1 (case seed 31787, bound
        // 129.25 s): base 152 s, 0.341 C over; rise18 152 s, 0.358 C over (the same rise, 0.017 C hotter).
        // rise18 reverted on review 19c (session 18): a passing guard on main.
        [Fact]
        public void BenchSeed4Random005AirL1_TheSizedRelease_IsNoHotterThanTheBase()
        {
            var (overshootC, riseS, _, _) = BenchCaseRun.Run(4, "random-005", "air", 1, 31787, 10);
            Assert.True(riseS > 0, "never reached setpoint - 0.5 C");
            Assert.True(overshootC <= 0.341 + 0.005, "overshoot " + overshootC.ToString("F3") + " C");
        }
    }
}
