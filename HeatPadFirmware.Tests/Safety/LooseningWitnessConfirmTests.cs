using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// The witness's confirm is one answer of a noisy, quantised ratio (issue 4, session 3: a marginal 0.95 from a sensor
    /// at w ≈ 0.88, then 1.16 on a 0.45 °C response, let the controller's full-power re-approach take free air to 49 °C).
    /// A confirm under a reached setpoint therefore caps the re-approach at the doubt cap until the reading is back in the
    /// hold band (<see cref="SensorCouplingCheck.CapsReapproach"/>), and only a response of 1 °C or more confirms.
    /// </summary>
    public class LooseningWitnessConfirmTests
    {
        /// <summary>Loosening as the campaign's SensorLoosening: w 1 → 0.3 over 10 min from the onset, or back to 1 from <paramref name="pressedBackMs"/>.</summary>
        private static SensorReading? LoosenedReading(FaultRun run, PadParameters pad, long onsetMs, long pressedBackMs)
        {
            if (run.NowMs < onsetMs)
            {
                return null;
            }

            SensorReading raw = run.Sensor.Read(run.NowMs);
            return run.NowMs >= pressedBackMs ? raw : FaultCampaign.LoosenedReading(pad, raw, (run.NowMs - onsetMs) / 1000.0);
        }

        [Theory]
        [InlineData("strong-60w", 2, 600, 996)]
        [InlineData("strong-60w", 2, 1800, 1016)]
        [InlineData("nominal-12v", 1, 600, 636)]
        [InlineData("nominal-12v", 5, 1800, 896)]
        public void Supervisor_RunsNoFullPowerReapproach_WhenAWitnessProbeConfirmsALooseningSensorDuringAHold(string padName, int level, double onsetS, int seed)
        {
            // The campaign's own cases (seeds as in faults, seed 1). Before the re-approach cap a confirm let full power run
            // 93-145 s after the onset: strong-60w level 2 peaked at 46.5 °C for a 40 °C setpoint, nominal-12v level 1 at 43.3 for 38.
            // The witness judges one reading: sensor 2 reads sensor 1 (FaultRun.SecondMirrorsFirst; session 5: with each
            // sensor's own reading nominal-12v level 1 peaked 41.9 °C, 0.4 °C past this bound).
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new FaultRun(pad, seed) { SecondMirrorsFirst = true };
            run.Start(level);
            long onsetMs = run.NowMs + (long)(onsetS * 1000);
            double setpointAtOnsetC = double.NaN;
            double peakC = double.NegativeInfinity;
            int fullPowerTicks = 0;
            int cappedTicks = 0;
            while (run.NowMs < onsetMs + 720000 && run.Last.Phase != SessionPhase.Off && run.Last.Fault == FaultCode.None)
            {
                SensorReading? reading = LoosenedReading(run, pad, onsetMs, long.MaxValue);
                if (reading != null)
                {
                    setpointAtOnsetC = double.IsNaN(setpointAtOnsetC) ? run.Last.SetpointC : setpointAtOnsetC;
                    peakC = Math.Max(peakC, run.Pad.SurfaceC);
                }

                CoreOutputs outputs = run.Tick(1000, reading);
                SensorCouplingCheck coupling = run.Core.Supervisor.Coupling;
                if (reading == null || outputs.Fault != FaultCode.None)
                {
                    continue;
                }

                fullPowerTicks += outputs.DutyFraction > 0.99 ? 1 : 0;
                if ((coupling.CapsReapproach || coupling.InDoubt) && coupling.DutyCap < 1.0)
                {
                    cappedTicks++;
                    Assert.True(outputs.DutyFraction <= coupling.DutyCap + 1e-12, $"duty {outputs.DutyFraction} over the cap {coupling.DutyCap} at {run.NowMs} ms");
                }
            }

            // Whether the first answer confirms (re-approach cap) or not (doubt) turns on the learned model's details (a
            // controller change moved nominal-12v level 5 from the one to the other): either way the heat stays capped.
            Assert.True(cappedTicks > 60, $"the duty was capped only {cappedTicks} s");
            Assert.True(fullPowerTicks <= 10, $"{fullPowerTicks} s of full power after the onset");
            // The cap holds the learned surface 2 °C over the setpoint; 1.5 °C more for the transient of the first minutes.
            Assert.True(peakC <= setpointAtOnsetC + SensorCouplingCheck.DoubtBoundMarginC + 1.5, $"surface peaked at {peakC:0.00} C for a {setpointAtOnsetC:0.0} C setpoint");
        }

        [Fact]
        public void Supervisor_EndsTheReapproachCap_WhenTheLooseningSensorIsPressedBackOn()
        {
            // The tape pressed back a minute into the capped re-approach: the reading shows the whole pad again, comes back
            // into the hold band, and the hold goes on without a fault and without a cap.
            PadParameters pad = PadFile.LoadShipped("strong-60w");
            var run = new FaultRun(pad, 996);
            run.Start(2);
            long onsetMs = run.NowMs + 600000;
            long pressedBackMs = long.MaxValue;
            long endMs = onsetMs + 1200000;
            double readingC = double.NaN;
            while (run.NowMs < endMs && run.Last.Phase != SessionPhase.Off)
            {
                SensorReading? reading = LoosenedReading(run, pad, onsetMs, pressedBackMs);
                readingC = reading?.TemperatureC ?? double.NaN;
                CoreOutputs outputs = run.Tick(1000, reading);
                Assert.Equal(FaultCode.None, outputs.Fault);
                if (pressedBackMs == long.MaxValue && run.Core.Supervisor.Coupling.CapsReapproach)
                {
                    pressedBackMs = run.NowMs + 60000;
                }
            }

            Assert.True(pressedBackMs < endMs - 600000, "the re-approach was never capped");
            Assert.False(run.Core.Supervisor.Coupling.CapsReapproach, "still capped 10 min after the sensor was pressed back on");
            Assert.True(Math.Abs(readingC - run.Last.SetpointC) < HeatingFailedCheck.HoldBandC, $"reading {readingC:0.00} C for {run.Last.SetpointC:0.0} C");
        }
    }
}
