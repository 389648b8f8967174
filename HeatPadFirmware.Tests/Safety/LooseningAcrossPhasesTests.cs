using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// The loosening sensor after session 3's review (issue 4, session 4): a probe answer far above 1 is a sensor still
    /// loosening under the probe, not a confirm; and what the coupling check found (the doubt, the confirm's cap, the
    /// witness's fall) outlives the cool phases of a contrast program, as a probe cut by a phase's end runs on.
    /// Cases are the fault campaign's own (seeds and cool phases as <c>faults</c> draws them).
    /// </summary>
    public class LooseningAcrossPhasesTests
    {
        [Fact]
        public void Supervisor_DoesNotConfirmTheCoupling_WhenAProbeAnswersFarAboveOneOnALooseningSensor()
        {
            // Session 3 review: folded-covered, plain heat, loosening from 600 s while the pad still heats up; the first
            // witness probe answered 1.60 on 1.19 °C (the loosening's own fall during the pause), confirmed, and full power
            // took the surface past 48 °C 1,126 s after the onset, 57.0 °C at 30 min.
            // Session 4 review: watched to 30 min only, this passed while the doubt cap (0.8, from the model learned on the
            // loosening reading) took the pad to 67.6 °C by the session's end; the whole session is watched now.
            var (fault, peakC, doubted, run) = LooseningRun.Loosen("folded-covered", 1, 600, 90, 3);
            Assert.True(doubted, "the coupling was never put in doubt");
            Assert.True(run.Core.Supervisor.Coupling.EverDoubted);
            bool latched = fault == FaultCode.SensorDetached || fault == FaultCode.HeatingFailed;
            Assert.True(latched || run.SurfaceDose < 1.0, $"latched {fault}, dose {run.SurfaceDose:0.00}");
            Assert.True(peakC < 48.0, $"surface peaked at {peakC:0.0} C");
        }

        [Theory]
        [InlineData("folded-covered", 3, 1800, 3, 700009)]
        [InlineData("folded-covered", 4, 600, 1, 700011)]
        public void Supervisor_KeepsTheSurfaceUnder48C_WhenTheSensorLoosensInShortContrastPhases(string padName, int level, int onsetS, int coolMinutes, int seed)
        {
            // Before: every cool phase ended the doubt and re-based the witness, and a probe started late in a 5-min heat
            // phase was cut by its end with no verdict: 50.5 and 52.0 °C in 30 min with no fault.
            // Watched for 90 min after the onset (session 4 review: 30 min hid runaways that came later).
            var (fault, peakC, _, run) = LooseningRun.LoosenContrast(padName, level, onsetS, coolMinutes, 90, seed);
            bool latched = fault == FaultCode.SensorDetached || fault == FaultCode.HeatingFailed;
            Assert.True(latched || run.SurfaceDose < 1.0, $"latched {fault}, dose {run.SurfaceDose:0.00}");
            Assert.True(peakC < 48.0, $"surface peaked at {peakC:0.0} C");
        }

        [Fact]
        public void Supervisor_HoldsTheSetpointWithNoFaultAndNoFurtherProbe_AfterTheLooseningSensorIsPressedBackOn()
        {
            // Session 3: with a controller that ends its coast gate only after 2 ticks, the pad held 1-1.4 °C under the setpoint
            // for 16 min after the press-back with the duty alternating 0 / 0.7. Reproduced (session 4) with that change on
            // this check: the alternation was the controller's. This pins the coupling check's side: once the sensor sees the
            // pad again, it asks nothing more, names nothing and leaves the hold where it was.
            // Session 9: an answer against a witness whose fit no longer explains the readings confirms nothing (the loosening
            // bent that fit). Here the first probe (737 s) answered 1.13 against a fit at 0.56 °C RMS: a coarse answer, so the
            // witness kept its top and asked again as the sensor kept loosening; that probe met the press-back (832 s), the
            // jump answered −1.83 and the coupling stays in doubt. Before, the coupling was confirmed and nothing was capped.
            // The doubt's cost, measured: the cap (0.64, over the hold's 0.44) makes the controller alternate and the surface
            // swing 39.4–40.5 °C instead of 40.0–40.2 °C; its mean over the last 20 min is 40.04 °C (before: 40.07). Less
            // heat at worst, never a fault: that is what is pinned here, not the doubt's end.
            PadParameters pad = PadFile.LoadShipped("strong-60w");
            var run = new FaultRun(pad, 996);
            run.Start(2);
            long onsetMs = run.NowMs + 600000;
            long pressedBackMs = long.MaxValue;
            int probesAtPressBack = -1;
            SensorCouplingCheck coupling = run.Core.Supervisor.Coupling;
            double sumErrorC = 0.0;
            int held = 0;
            while (run.NowMs < onsetMs + 1800000)
            {
                SensorReading? reading = null;
                if (run.NowMs >= onsetMs)
                {
                    SensorReading raw = run.Sensor.Read(run.NowMs);
                    reading = run.NowMs >= pressedBackMs ? raw : FaultCampaign.LoosenedReading(pad, raw, (run.NowMs - onsetMs) / 1000.0);
                }

                run.Tick(1000, reading);
                Assert.Equal(FaultCode.None, run.Last.Fault);
                if (pressedBackMs == long.MaxValue && coupling.CapsReapproach)
                {
                    pressedBackMs = run.NowMs + 60000;
                }

                if (pressedBackMs != long.MaxValue && run.NowMs >= pressedBackMs + 120000)
                {
                    probesAtPressBack = probesAtPressBack < 0 ? coupling.ProbesAsked : probesAtPressBack;
                }

                if (pressedBackMs != long.MaxValue && run.NowMs >= pressedBackMs + 300000)
                {
                    // Settled: within the hold band of the setpoint on every tick, and on the setpoint on average.
                    double errorC = run.Pad.SurfaceC - run.Last.SetpointC;
                    Assert.True(Math.Abs(errorC) < HeatingFailedCheck.HoldBandC, $"surface {run.Pad.SurfaceC:0.00} C against {run.Last.SetpointC:0.0} at {run.NowMs / 1000} s");
                    sumErrorC += errorC;
                    held++;
                }
            }

            Assert.True(probesAtPressBack >= 0, "the re-approach was never capped");
            Assert.True(probesAtPressBack == coupling.ProbesAsked, $"{coupling.ProbesAsked - probesAtPressBack} probes after the press-back (pressed back at {pressedBackMs / 1000} s, {probesAtPressBack} before, now {run.NowMs / 1000} s)");
            Assert.True(held > 600, $"only {held} s watched after the press-back settled");
            Assert.True(Math.Abs(sumErrorC / held) < 0.25, $"mean surface {sumErrorC / held:+0.00;-0.00} C off the setpoint");
        }

        [Fact]
        public void Supervisor_KeepsTheCouplingInDoubt_AcrossACoolPhase()
        {
            // A doubt found in one heat phase still caps the next one: the sensor did not re-attach during the cool phase.
            // Session 9: the case was folded-covered level 3 from 1800 s; since a coarse answer against a witness fit the
            // loosening bent no longer confirms, that case is named heating_failed at 1,321 s after the onset (44.4 °C) before
            // any doubt crosses a cool phase. From 600 s the doubt crosses three of them in 30 min (44.5 °C, no fault yet).
            var (_, peakC, carried, _) = LooseningRun.LoosenContrast("folded-covered", 3, 600, 3, 30, 700009);
            Assert.True(carried, "no heat phase started with the coupling still in doubt");
            Assert.True(peakC < 48.0, $"surface peaked at {peakC:0.0} C");
        }
    }
}
