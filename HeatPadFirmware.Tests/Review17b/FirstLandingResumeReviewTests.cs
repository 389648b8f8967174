using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Review14c;
using Xunit;

namespace HeatPadFirmware.Tests.Review17b
{
    /// <summary>
    /// Review 17b of rise16 (the first landing's resume on the readings' bound, the hotter sensor's bound, the 0.08 °C drift gate;
    /// base: main 799107c). First heat-ups after power-on with one change (<see cref="FirstLandingPerturbation"/>: seed 11, 1 s
    /// ticks, 1,200 s watched), scanned on both trees: bench families 1, 2, 4, 5 (the 6 shipped pads and random-000..011, body and
    /// air, L1-L5) x 49 changes (getting up at 60-300 s, lying down at 60-180 s, folds x0.5 at 90-300 s, body contact x0.75 / x1.25,
    /// supply x0.95 / x0.975 / x1.025, a cold pack 120 s long, a level up / down at 120 s, an off / on press in the landing,
    /// sensor 2 with another lag and bias (the hotter sensor swapping), 6 s sensors, two pockets with body contact x0.5 / x2 /
    /// none). Runs whose true surface went more than 0.1 °C hotter than the base's are here (skipped with the measured figures);
    /// the others are guards of what the change does well.
    /// </summary>
    public class FirstLandingResumeReviewTests
    {
        // Review 17b finding (MEDIUM by the brief's rule: hotter by > 0.1 C in a load-change case; within 0.3 C): random-004 of
        // family seed 5 in free air at L1, the air loss halved (a fold) at 90 s, before the first stop (~268 s). The 38 s fit puts
        // the estimate in the band at ~280 s; a 6 s fit takes over at 301 s with the observer's correction -0.043 C against 0.027 C
        // at the stop (drift 0.070 C, under ResumeAfterArrivalDriftC's 0.08): the resume after arrival runs full power 301-341 s,
        // the landing ends at ~345 s and the hold on the 6 s / 12 s fits creeps over: 0.141 C over the setpoint at 478 s. Base:
        // the landing ends at the estimate's arrival and the hold crawls, 0.027 C (893 s). Faster: setpoint - 0.5 C at 339 s
        // (base 381 s). The fold came before the stop, so the stand-down's reference already holds it; the drift gate does not
        // separate it from bench seed 1's random-001 (which needs more than 0.065 C): this run resumes at 0.070 C.
        [Fact(Skip = "Review 17b MEDIUM: rise16's resume after arrival on a fold before the first stop: 0.027 -> 0.141 C over the setpoint (drift 0.070 C < 0.08); docs/control.md session 16")]
        public void Fold_BeforeTheFirstStop_Family5Random004AirL1_IsNoHotterThanTheBaseBy01C()
        {
            var r = FirstLandingPerturbation.Run(FirstLandingPerturbation.Pad("random-004", "air", 5), 1, (run, s, v0) =>
            {
                if (s == 90)
                {
                    run.Pad.SurfaceToAmbientWPerK *= 0.5;
                }
            });
            Assert.Equal(FaultCode.None, r.Fault);
            Assert.True(r.OverSetpointC <= 0.027 + 0.1, "over the setpoint " + r.OverSetpointC.ToString("F3") + " C at " + r.OverAtS + " s");
        }
        // Review 17b finding (MEDIUM by the brief's rule: hotter by > 0.1 C in a load-change case; the base is already 2.7 C over,
        // the class review 14c's random-001 getting-up row names): random-005 of family seed 4 on the body at L2 with 30 s sensors
        // (sensor 2 33 s; the bench family draws 5-40 s), the user gets up at 180 s. A 38 s fit puts the estimate in the band at
        // ~125 s; a 12 s fit takes over and the resume after arrival runs full power 130-139 s with the true surface
        // already in the band (39.52 C, band 39.5 C; the readings' bound on 12 s x the slope of a 30 s sensor was under 39.2 C;
        // the correction's drift 0.072 C, under the 0.08 C gate); the landing then ends at ~175 s on the 12 s fit, which keeps 0.63 duty until ~193 s after the
        // user is up (the base's 22 s fit stops the heat by ~186 s): 3.294 C over the setpoint (~220 s), base 2.749 C (~217 s).
        // Without the getting-up the same pad lands 0.030 C over (base 0.045 C).
        [Fact(Skip = "Review 17b MEDIUM: rise16's resume on a 12 s fit of a 30 s sensor, then the user up at 180 s: 2.749 -> 3.294 C over the setpoint; docs/control.md session 16")]
        public void GettingUp_AfterTheResume_Family4Random005Body30sSensorsL2_IsNoHotterThanTheBaseBy01C()
        {
            var pad = FirstLandingPerturbation.Pad("random-005", "body", 4).Clone();
            pad.SensorLagS = 30.0;
            pad.SecondSensorLagS = 33.0;
            var r = FirstLandingPerturbation.Run(pad, 2, (run, s, v0) =>
            {
                if (s == 180)
                {
                    run.Pad.SurfaceToBodyWPerK = 0.0;
                }
            });
            Assert.Equal(FaultCode.None, r.Fault);
            Assert.True(r.OverSetpointC <= 2.749 + 0.1, "over the setpoint " + r.OverSetpointC.ToString("F3") + " C at " + r.OverAtS + " s");
        }
        // Review 17b guard (the change is better): bench seed 3 (not measured by the helper), random-046 in air at L1 (case seed
        // 24278, the physical bound 417 s): base setpoint - 0.5 C at 548 s (rise 1.314), 0.013 C over; rise16 475 s (1.139),
        // 0.084 C over. The only first heat-up of bench seeds 3 and 4 that moved. 511 s: half-way, so a resume that no longer
        // fires fails.
        [Fact]
        public void BenchSeed3Random046AirL1_TheResumeAfterArrival_KeepsItsGain()
        {
            var (overshootC, riseS, _, _) = HeatPadFirmware.Tests.Control.BenchCaseRun.Run(3, "random-046", "air", 1, 24278, 15);
            Assert.True(riseS > 0 && riseS <= 511, "setpoint - 0.5 C at " + riseS + " s");
            Assert.True(overshootC <= 0.3, "overshoot " + overshootC.ToString("F3") + " C");
        }

        // Review 17b guard (the change is better, and the base is over 0.3 C): strong-60w in free air at L4 with 40 s sensors
        // (sensor 2 44 s), no change: base 0.750 C over the setpoint (207 s), rise16 0.295 C (212 s).
        [Fact]
        public void Strong60wAirL4_40sSensors_StaysWithin03COverTheSetpoint()
        {
            var pad = FirstLandingPerturbation.Pad("strong-60w", "air").Clone();
            pad.SensorLagS = 40.0;
            pad.SecondSensorLagS = 44.0;
            var r = FirstLandingPerturbation.Run(pad, 4, (run, s, v0) => { });
            Assert.Equal(FaultCode.None, r.Fault);
            Assert.True(r.OverSetpointC <= 0.3, "over the setpoint " + r.OverSetpointC.ToString("F3") + " C at " + r.OverAtS + " s");
        }
        // Review 17b finding (MEDIUM by the brief's rule: hotter by > 0.1 C in a load-change case; within 0.3 C): random-011 of
        // family seed 3 on the body at L2, body contact x0.8 at 90 s (before the first stop): base 0.032 C over the setpoint
        // (1,034 s), rise16 0.141 C (1,120 s); setpoint - 0.5 C at 277 -> 226 s. Traced to 900 s: the resume after arrival runs
        // full power 202-~215 s on a 12 s fit (38 s at the arrival; drift 0.05 C), the landing ends at ~240 s under the setpoint,
        // and at 900 s both runs hold within 0.02 C of each other (40.011 / 40.024 C): the 0.141 C comes after 900 s in the hold,
        // on a trajectory that left the base's at the resume (a late divergence more than the resume's own heat). Found by the fold / contact scan
        // (families 1, 2, 3, 5: folds x0.4-0.8 at 30-240 s, body contact x0.6-1.5 at 30-240 s; 22,560 runs).
        [Fact(Skip = "Review 17b MEDIUM: rise16 with body contact x0.8 at 90 s, family 3 random-011 body L2: 0.032 -> 0.141 C over the setpoint; docs/control.md session 16")]
        public void BodyContactDown20Percent_BeforeTheFirstStop_Family3Random011BodyL2_IsNoHotterThanTheBaseBy01C()
        {
            var r = FirstLandingPerturbation.Run(FirstLandingPerturbation.Pad("random-011", "body", 3), 2, (run, s, v0) =>
            {
                if (s == 90)
                {
                    run.Pad.SurfaceToBodyWPerK *= 0.8;
                }
            });
            Assert.Equal(FaultCode.None, r.Fault);
            Assert.True(r.OverSetpointC <= 0.032 + 0.1, "over the setpoint " + r.OverSetpointC.ToString("F3") + " C at " + r.OverAtS + " s");
        }
    }
}
