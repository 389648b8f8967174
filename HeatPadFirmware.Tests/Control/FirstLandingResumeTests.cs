using Xunit;

namespace HeatPadFirmware.Tests.Control
{
    /// <summary>
    /// The first heat-up's landing (HeatController.LandingSettleS, session 15): after the estimate's arrival the landing may
    /// resume full power on a fit of a shorter sensor lag only while the reading plus that lag × its slope stays
    /// ResumeMarginC under the arrival band, and it ends once that bound reaches the band.
    /// </summary>
    public class FirstLandingResumeTests
    {
        [Fact]
        // bench seed 1's random-001 on the body at L1 (case seed 7985, bound 170.75 s): a 38 s-lag fit put the estimate in the
        // band at the stop (141 s, the pad 36.4 C on 16-18 s sensors); at 171 s a 12 s-lag fit took over (estimate 36.70 C).
        // Main ended the landing at the arrival and held at 0.8 duty: setpoint - 0.5 C at 223 s (rise 1.306); the landing's
        // resume ran full power 187-213 s: 215 s (rise 1.259), 0.041 C over the setpoint. 219 s: half-way, so a resume that no
        // longer fires fails.
        public void Random001BodyL1_AShorterLagFitAfterTheArrival_ResumesFullPower()
        {
            var (overshootC, riseS, _, _) = BenchCaseRun.Run(1, "random-001", "body", 1, 7985, 10);
            Assert.True(riseS > 0 && riseS <= 219, "setpoint - 0.5 C at " + riseS + " s");
            Assert.True(overshootC <= 0.3, "overshoot " + overshootC.ToString("F3") + " C");
        }
    }
}
