using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Lag24
{
    /// <summary>
    /// Session 24 (lag24, docs/control.md "Session 24: issue 3 with the lag known"): the learner's sensor-lag members are not
    /// only the sensor's lag. On strong-60w (sensors 10 / 11.5 s, pads/strong-60w.json) the hold runs on a 6 s fit, shorter
    /// than either sensor, with the observer's correction near zero. Restricting the bank to the member nearest the true lags
    /// (12 s: the lag24 oracle, a scratch switch) made the same hold cycle between duty 0 and 0.8 with the correction climbing to
    /// 2.3 °C and the overshoot 0.054 → 0.430 °C; every strong-60w level went over 0.3 °C on bench seeds 1–4. A measured lag that
    /// removes the shorter members has to replace what they fit; this test tells when the learner no longer needs them here.
    /// </summary>
    public class LagMemberAsFitSlackTests
    {
        // bench --seed 1: strong-60w body L4, case seed 7948 (the "Seed" of bench --json), rise 102 s, overshoot 0.054 °C on main
        // a8584cf. Measured from rise + 60 s to 600 s: adopted lag 6 s on every tick, correction -0.01..+0.08 °C, surface
        // 42.84-43.02 °C (setpoint 43).
        [Fact]
        public void StrongPad_HoldsTheSetpoint_OnAFitWhoseLagIsShorterThanEitherSensor_WithTheCorrectionUnderATenth()
        {
            PadParameters? pad = null;
            foreach (BenchPadCondition pc in BenchPadFamily.Walk(BenchPadFamily.Build(50, 1), 1))
            {
                if (pc.Name == "strong-60w" && pc.Condition == "body")
                {
                    pad = pc.Pad;
                }
            }

            Assert.NotNull(pad);
            double shorterSensorLagS = Math.Min(pad!.SensorLagS, pad.SecondSensorLagS);
            var run = new FirmwareRun(pad, 7948, new TherapyConfig(), TherapyProgram.Heat, 4);
            int startS = -1;
            int riseS = -1;
            int holdTicks = 0;
            for (int t = 0; startS < 0 || t < startS + 600; t++)
            {
                Assert.True(startS >= 0 || t < 600, "the session never started");
                CoreOutputs outputs = run.Step();
                Assert.Equal(FaultCode.None, outputs.Fault);
                if (startS < 0 && outputs.HasSetpoint)
                {
                    startS = t;
                }

                if (startS < 0)
                {
                    continue;
                }

                if (riseS < 0 && run.Pad.SurfaceC >= outputs.SetpointC - 0.5)
                {
                    riseS = t - startS;
                }

                if (riseS >= 0 && t - startS >= riseS + 60)
                {
                    HeatController controller = run.Core.Controller;
                    Assert.True(controller.HasModel, "no model in the hold");
                    double lagS = controller.Learner.Model.SensorLagS;
                    double correctionC = controller.Observer.CorrectionC;
                    Assert.True(lagS < shorterSensorLagS, "adopted lag " + lagS.ToString("F0") + " s at " + (t - startS) + " s: not shorter than the sensors' " + shorterSensorLagS.ToString("F1") + " s");
                    Assert.True(Math.Abs(correctionC) <= 0.1, "correction " + correctionC.ToString("F2") + " C at " + (t - startS) + " s");
                    Assert.InRange(run.Pad.SurfaceC - outputs.SetpointC, -0.25, 0.1);
                    holdTicks++;
                }
            }

            Assert.InRange(riseS, 1, 150);
            Assert.True(holdTicks >= 400, "hold ticks " + holdTicks);
        }
    }
}
