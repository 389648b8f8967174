using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Control
{
    /// <summary>
    /// The first heat-up's landing (HeatController.LandingSettleS, session 15): after the estimate's arrival the landing may
    /// resume full power on a fit of a shorter sensor lag only while the reading plus that lag × its slope stays
    /// ResumeMarginC under the arrival band, and it ends once that bound reaches the band. Session 16: the resume also asks the
    /// hotter sensor's bound (on a lag of at least HotterBoundMinLagS) and a correction within ResumeAfterArrivalDriftC of the
    /// first stop's.
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

        [Fact]
        // Seed 5's pocket session 570332 (contrast, the pockets apart, sensor 2's pocket hotter): a 38 s-lag fit put the estimate
        // in the band at 72 s, a 6 s fit took over at 100 s; the fused reading's bound on the 6 s lag allowed the resume after
        // arrival at 107-116 s while the second pocket's zone was already 0.1 C over the band: 1.417 C over the setpoint (main
        // 0.613 C, holding at 0.5 duty). The hotter sensor's bound on a lag of at least 12 s refuses it: 0.613 C. 0.01 C: far
        // under the DS18B20's 0.0625 C step; main's figure is the bound.
        public void PocketSession570332_TheHotterPocketsBound_RefusesTheResumeAfterArrival()
        {
            const int session = 570332;
            var pads = LifeRoom.PadsIn(PadFile.LoadAllShipped(), LifeRoom.Of(session));
            var watch = new OverSetpointWatch();
            FaultCode fault = FaultCampaign.RunContrastLife(pads, session, watch.Observe, pocketSpread: true);
            watch.EndSession(session);

            Assert.Equal(FaultCode.None, fault);
            Assert.True(watch.WorstC <= 0.613 + 0.01, "surface " + watch.WorstC.ToString("F3") + " C over the setpoint, main 0.613 C");
        }
    }
}
