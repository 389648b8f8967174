using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>The supervisor's answers to the review of main (findings 2, 3, 6, 7, 8), each as it was reproduced.</summary>
    public class ReviewFindingTests
    {
        [Fact]
        public void Supervisor_RefusesToClearAFrozenReading_WithTheReadingThatFroze()
        {
            var driver = new CoreDriver();
            driver.Press(ButtonId.Power, 30.0);
            for (int i = 0; i < 200 && driver.Last.Fault == FaultCode.None; i++)
            {
                driver.Tick(30.0);
            }

            Assert.Equal(FaultCode.FrozenReading, driver.Last.Fault);
            driver.Press(ButtonId.Power, 30.0, isLong: true);
            Assert.Equal(SessionPhase.Fault, driver.Last.Phase);

            // A reading that moved shows the sensor works again: now the press clears.
            driver.Press(ButtonId.Power, 29.9375, isLong: true);
            Assert.NotEqual(SessionPhase.Fault, driver.Last.Phase);
            Assert.Equal(FaultCode.None, driver.Last.Fault);
        }

        [Theory]
        [InlineData("frozen", "folded-covered")]
        [InlineData("detached", "free-air")]
        [InlineData("detached", "nominal-12v")]
        public void Supervisor_NeedsAPowerCycle_WhenASensorIntegrityFaultLatchesAgainAfterAClear(string kind, string padName)
        {
            // Review finding 2: the user clears and restarts as soon as the pad lets them, for 2 h.
            var run = new FaultRun(PadFile.LoadShipped(padName), 6);
            run.Start(5);
            for (int i = 0; i < 5; i++)
            {
                run.Tick(1000, null);
            }

            SensorReading frozen = run.Sensor.Read(run.NowMs);
            if (kind == "detached")
            {
                // Both sensors (the sensor strip comes off): one alone is outvoted by the other, not latched by these checks.
                run.Sensor.Detached = true;
                run.SecondSensor.Detached = true;
            }

            long endMs = run.NowMs + (120 * 60000L);
            double heatS = 0.0;
            while (run.NowMs < endMs)
            {
                ButtonId press = FaultCampaign.RestartPress(run.Last, out bool isLong);
                run.Tick(1000, kind == "frozen" ? frozen : null, press, isLong);
                heatS += run.HeatFlowing ? 1.0 : 0.0;
            }

            // Two watch windows at most (2 × 240 s of heating-failed, or one 100 s frozen window), then locked.
            Assert.True(heatS <= 2 * HeatingFailedCheck.WindowS, $"heat flowed {heatS} s in 2 h");
            Assert.Equal(SessionPhase.Fault, run.Last.Phase);
            if (kind == "detached")
            {
                Assert.False(run.Core.Supervisor.FaultClearable);
            }
        }

        [Theory]
        [InlineData("nominal-12v")]
        [InlineData("folded-covered")]
        public void Supervisor_LatchesFrozenReading_WhenEveryOtherReadFailsItsCrc(string padName)
        {
            // Review finding 3: the work done over an interval that ended in a rejected read was lost.
            var run = new FaultRun(PadFile.LoadShipped(padName), 9);
            run.Start(5);
            for (int i = 0; i < 60; i++)
            {
                run.Tick(1000, null);
            }

            double frozenC = run.Sensor.Read(run.NowMs).TemperatureC;
            double lastHeatS = 0.0;
            for (int i = 1; i <= 20 * 60; i++)
            {
                run.Tick(1000, i % 2 == 0 ? SensorReading.Invalid : SensorReading.Valid(frozenC));
                if (run.HeatFlowing)
                {
                    lastHeatS = i;
                }
            }

            Assert.Equal(FaultCode.FrozenReading, run.Last.Fault);
            Assert.True(lastHeatS <= 120.0, $"heat flowed until {lastHeatS} s after the freeze");
        }

        [Fact]
        public void Supervisor_DoesNotLatchSensorDetached_WhenAColdPackCoolsThePadInTheContrastCoolPhase()
        {
            // Review finding 8: an 8 °C pack in the cool phase (surface lag 20 s, sensor lag 15 s).
            var driver = new CoreDriver();
            driver.Press(ButtonId.Program, 30.0);
            driver.Press(ButtonId.Program, 30.0);
            Assert.Equal(TherapyProgram.Contrast, driver.Core.Session.Program);
            driver.Press(ButtonId.Power, 40.0);
            driver.Hold(40.0, (6 * 60) + 2);
            Assert.Equal(SessionPhase.Cool, driver.Last.Phase);
            double surfaceC = 40.0;
            double sensorC = 40.0;
            while (driver.Last.Phase == SessionPhase.Cool)
            {
                surfaceC += (8.0 - surfaceC) / 20.0;
                sensorC += (surfaceC - sensorC) / 15.0;
                driver.Tick(SimulatedSensor.Quantise(sensorC));
            }

            // The pack is taken off and heat comes back: the pad warms and the sensor follows.
            for (int i = 0; i < 30; i++)
            {
                sensorC += 0.05;
                driver.Tick(SimulatedSensor.Quantise(sensorC));
            }

            Assert.Equal(FaultCode.None, driver.Last.Fault);
            Assert.Equal(SessionPhase.Heat, driver.Last.Phase);
            Assert.True(driver.Last.DutyFraction > 0.0);
        }

        [Theory]
        [InlineData("nominal-12v", 3)]
        [InlineData("strong-60w", 5)]
        [InlineData("thick-slow", 2)]
        [InlineData("usb-10w", 4)]
        public void Supervisor_DoesNotLatchFrozenReading_ForAQuietSensorOnAHeldPad(string padName, int level)
        {
            // Review finding 6: a sensor without noise sits on one 1/16 °C step through a hold or a plateau.
            var run = new FaultRun(PadFile.LoadShipped(padName).With(sensorNoiseC: 0.0), 1);
            run.Start(level);
            for (int i = 0; i < 90 * 60 && run.Last.Phase == SessionPhase.Heat; i++)
            {
                run.Tick(1000, null);
            }

            Assert.Equal(FaultCode.None, run.Last.Fault);
        }

        [Fact]
        public void Supervisor_DoesNotLatchFrozenReading_WhenTheSupplySagsUnderAQuietSensorInTheHold()
        {
            // Normal-life seed 100080 of the campaign: the uncorrected pad model drifts when the supply sags,
            // while the controller keeps a quiet reading on its setpoint.
            var run = new FaultRun(PadFile.LoadShipped("folded-covered").With(sensorNoiseC: 0.01), 7);
            run.Pad.SupplyVoltageV = 13.0;
            run.Start(5);
            RunFor(run, 25 * 60);
            Assert.Equal(FaultCode.None, run.Last.Fault);
            run.Pad.SupplyVoltageV = 10.8;
            RunFor(run, 30 * 60);
            Assert.Equal(FaultCode.None, run.Last.Fault);
        }

        [Fact]
        public void Supervisor_StillLatchesFrozenReading_ForAQuietSensorFrozenOnTheApproach()
        {
            FaultCaseResult result = FaultCampaign.RunCase("usb-10w", PadFile.LoadShipped("usb-10w").With(sensorNoiseC: 0.0), 3, FaultKind.FrozenReading, 60, 7);
            Assert.Equal(FaultCode.FrozenReading, result.Fault);
            Assert.True(result.NoHeatAfterS <= 120.0, $"heat stopped after {result.NoHeatAfterS} s");
        }

        [Theory]
        [InlineData("sag")]
        [InlineData("raise")]
        [InlineData("lie-down")]
        public void Supervisor_DoesNotLatchHeatingFailed_WhenAPadThatReachedItsSetpointCanNoLongerHoldIt(string scenario)
        {
            // Review finding 7, its three reproductions.
            FaultRun run;
            if (scenario == "sag")
            {
                run = new FaultRun(PadFile.LoadShipped("nominal-12v").With(surfaceToBodyWPerK: 5.0), 5);
                run.Start(5);
                RunFor(run, 20 * 60);
                run.Pad.SupplyVoltageV = 10.8;
            }
            else if (scenario == "raise")
            {
                PadParameters pad = PadFile.LoadShipped("usb-10w");
                run = new FaultRun(pad, 3);
                run.Pad.SupplyVoltageV = pad.RatedVoltageV * 1.1;
                run.Start(1);
                RunFor(run, 25 * 60);
                run.Tick(1000, null, ButtonId.Up);
            }
            else
            {
                run = new FaultRun(PadFile.LoadShipped("thick-slow"), 12);
                run.Pad.SurfaceToBodyWPerK = 0.0;
                run.Pad.SurfaceToAmbientWPerK = 1.2;
                run.Start(5);
                RunFor(run, 20 * 60);
                run.Pad.SurfaceToBodyWPerK = 6.0;
                run.Pad.SurfaceToAmbientWPerK = 0.1;
            }

            Assert.Equal(FaultCode.None, run.Last.Fault);
            RunFor(run, 20 * 60);
            Assert.Equal(FaultCode.None, run.Last.Fault);
        }

        [Theory]
        [InlineData("free-air")]
        [InlineData("folded-covered")]
        public void Supervisor_LatchesHeaterOpen_WhenTheElementIsOpenFromTheStart(string padName)
        {
            // The current witness sees the open element directly (no current at full duty) before the
            // temperature-based heating-failed check, which stays as its backup.
            var run = new FaultRun(PadFile.LoadShipped(padName), 4);
            run.Pad.HeaterOpen = true;
            run.Start(3);
            RunFor(run, 5 * 60);
            Assert.Equal(FaultCode.HeaterOpen, run.Last.Fault);
        }

        [Theory]
        [InlineData("nominal-12v")]
        [InlineData("strong-60w")]
        [InlineData("thick-slow")]
        public void Supervisor_LatchesASensorIntegrityFault_WhenTheSensorSlowlyLoosensDuringTheHold(string padName)
        {
            // Review finding 1 (in part): the reading sinks as the sensor slides out while full power goes in. The
            // heating watch (heating_failed) or the coupling probe (sensor_detached) names it, whichever asks first.
            // The one-sensor witnesses' case: sensor 2 reads what sensor 1 reads (one sensor, as the core sees a pair that
            // agrees). Session 5: with two real sensors sliding out together (BothSensorsLoosening) nominal-12v no longer
            // latches here; the doubt cap holds it at 43.7 °C (setpoint 41.5) to the session's end.
            FaultCaseResult result = FaultCampaign.RunCase(padName, PadFile.LoadShipped(padName), 3, FaultKind.SensorLoosening, 900, 4, secondMirrorsFirst: true);
            Assert.True(result.Fault == FaultCode.HeatingFailed || result.Fault == FaultCode.SensorDetached, $"latched {result.Fault}");
            Assert.False(double.IsNaN(result.NoHeatAfterS), "heat still flowed at the end of the run");
            Assert.True(result.PeakSurfaceC < 50.0, $"surface peaked at {result.PeakSurfaceC} C");
        }

        private static void RunFor(FaultRun run, int seconds)
        {
            for (int i = 0; i < seconds && run.Last.Fault == FaultCode.None; i++)
            {
                run.Tick(1000, null);
            }
        }
    }
}
