using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Session 17 (lie17a, measured, not landed; docs/safety.md "Session 17: the unsettled-doubt watch's verdict under the doubt
    /// cap, on the model's warming"): guards for a later form of that rule. A loosening pair read as a weak pad by the learner keeps
    /// the unsettled-doubt watch's verdict even though the reading stands at more than half of that weak model's warming.
    /// </summary>
    public class UnsettledWarmingShareGuardTests
    {
        /// <summary>
        /// From a scratch scan of 432 loosenings settling at w = 0.3 / 0.45 / 0.6 (the shipped pads, rooms 16 / 22 °C, L1 / L3 / L5,
        /// onsets 60-1,800 s): thick-slow at L5 in a 22 °C room, both sensors loosening from 300 s to w = 0.6 over 600 s. The learner
        /// takes the loosened reading for a pad whose full power stands at 42 °C (under the 44.5 °C setpoint), so no doubt cap holds
        /// the duty; the reading stands at 0.63 of that model's warming at the verdict. Main names it 1,277 s after the onset at a
        /// 48.1 °C peak; the share rule without the cap's condition withheld the verdict: 51.0 °C, 3,841 s over 48 °C.
        /// </summary>
        [Fact]
        public void PairSettlingAtSixTenthsCoupling_OnAModelLearnedWeak_IsStillNamed()
        {
            PadParameters pad = PadFile.LoadShipped("thick-slow").With(ambientC: 22.0, initialC: 22.0);
            var run = new FaultRun(pad, 1350);
            run.Start(5);
            long onsetMs = run.NowMs + 300_000;
            double peakC = double.NegativeInfinity;
            FaultCode fault = FaultCode.None;
            long faultAtS = -1;
            while (run.NowMs < onsetMs + (90L * 60000) && fault == FaultCode.None)
            {
                SensorReading? reading = null;
                if (run.NowMs >= onsetMs)
                {
                    SensorReading attached = run.Sensor.Read(run.NowMs);
                    double w = 1.0 - (0.4 * Math.Min(1.0, (run.NowMs - onsetMs) / 600_000.0));
                    reading = attached.IsValid ? SensorReading.Valid(SimulatedSensor.Quantise(pad.AmbientC + (w * (attached.TemperatureC - pad.AmbientC)))) : attached;
                    peakC = Math.Max(peakC, run.Pad.SurfaceC);
                }

                run.Tick(1000, reading);
                if (run.Last.Fault != FaultCode.None)
                {
                    fault = run.Last.Fault;
                    faultAtS = (run.NowMs - onsetMs) / 1000;
                }
            }

            Assert.Equal(FaultCode.SensorDetached, fault);
            Assert.InRange(faultAtS, 1, 1337);
            Assert.True(peakC < 48.5, peakC.ToString("0.00") + " C");
        }
    }
}
