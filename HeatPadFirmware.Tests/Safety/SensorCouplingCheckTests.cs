using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// The sensor-coupling probe (review finding 1): a sensor slowly losing its contact scales the reading's
    /// response to power; a supply sag or a body lying down change the losses and leave it whole.
    /// </summary>
    public class SensorCouplingCheckTests
    {
        [Theory]
        [InlineData("nominal-12v", 3)]
        public void Supervisor_LatchesSensorDetached_WhenALoosenedSensorNoLongerRespondsToPower(string padName, int level)
        {
            // Review finding 1: on the nominal pad only heating_failed answered, 365-460 s in, at 47-49 °C. With the
            // current controller the heating watch names levels 1 and 5 first (peak 47.8-48.2 °C) before the probe asks;
            // at level 3 the probe asks and answers (ratio 0.33, peak 47.5 °C). On strong-60w it answers too but the surface
            // has reached 49.2 °C by then (short of the 48 °C figure; docs/safety.md, faults).
            // The probe judges one reading: sensor 2 reads sensor 1 (session 5: with each sensor's own reading before the
            // onset the probe answered 0.98, a confirm, and nothing latched in the 20 min; surface peak 42.7 °C).
            var (fault, peakC, _, run) = LooseningRun.Loosen(padName, level, 15 * 60, 20, 11, secondMirrorsFirst: true);
            Assert.Equal(FaultCode.SensorDetached, fault);
            Assert.True(run.Core.Supervisor.Coupling.LastRatio < SensorCouplingCheck.MinGainRatio);
            Assert.InRange(peakC, 0.0, 48.0);
        }

        [Fact]
        public void Supervisor_StopsHeat_WhenTheSensorLoosensOnAFoldedPadStillHeatingUp()
        {
            // Review finding 1 as reproduced: level 3, 15 min, then the loosening: 78-83 °C with no fault before.
            // The probe asks the pad once the reading has fallen behind the model; session 3 latched heating_failed at
            // 44.6 °C after a 1.39 answer confirmed the coupling and full power resumed; an answer that far above 1 no longer
            // confirms (SensorCouplingCheck.MaxConfirmRatio) and the witness asks again (seed 11: heating_failed at 43.9 °C).
            // Session 4 review: "in doubt at 40 min" accepted a doubt cap that the model learned on the loosening reading set
            // at 0.8, which ran folded-covered to 68 °C by the session's end; the whole session is watched now.
            var (fault, peakC, _, run) = LooseningRun.Loosen("folded-covered", 3, 15 * 60, 90, 11);
            bool latched = fault == FaultCode.SensorDetached || fault == FaultCode.HeatingFailed;
            Assert.True(latched || (peakC < 48.0 && run.SurfaceDose < 1.0), $"latched {fault}, peak {peakC:0.0} C, dose {run.SurfaceDose:0.00}");
            Assert.InRange(peakC, 0.0, 48.0);
        }

        [Theory]
        [InlineData("nominal-12v", 5)]
        [InlineData("thick-slow", 5)]
        [InlineData("strong-60w", 4)]
        public void Supervisor_DoesNotTrip_WhenTheSupplySagsDuringAHold(string padName, int level)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new FaultRun(pad, 5);
            run.Pad.SupplyVoltageV = 0.95 * pad.RatedVoltageV;
            run.Start(level);
            for (int i = 0; i < 20 * 60; i++)
            {
                run.Tick(1000, null);
            }

            run.Pad.SupplyVoltageV = 0.9 * pad.RatedVoltageV;
            for (int i = 0; i < 40 * 60; i++)
            {
                run.Tick(1000, null);
                Assert.Equal(FaultCode.None, run.Last.Fault);
            }

            // A sag that pulls the reading 2 °C under the setpoint is asked; it must answer like a whole sensor.
            SensorCouplingCheck coupling = run.Core.Supervisor.Coupling;
            Assert.True(!coupling.HasRatio || coupling.LastRatio >= SensorCouplingCheck.MinGainRatio);
        }

        [Theory]
        [InlineData("nominal-12v", 5)]
        [InlineData("thick-slow", 5)]
        [InlineData("strong-60w", 5)]
        public void Supervisor_DoesNotTrip_WhenABodyLiesDownOnAPreheatedPad(string padName, int level)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new FaultRun(pad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: 1.2), 9);
            run.Pad.SupplyVoltageV = 0.92 * pad.RatedVoltageV;
            run.Start(level);
            for (int i = 0; i < 15 * 60; i++)
            {
                run.Tick(1000, null);
            }

            run.Pad.SurfaceToBodyWPerK = 6.0;
            run.Pad.SurfaceToAmbientWPerK = pad.SurfaceToAmbientWPerK;
            for (int i = 0; i < 40 * 60; i++)
            {
                run.Tick(1000, null);
                Assert.Equal(FaultCode.None, run.Last.Fault);
            }
        }

        [Fact]
        public void SensorCouplingCheck_NeverProbes_WithoutALearnedModel()
        {
            var check = new SensorCouplingCheck();
            for (int i = 0; i < 3600; i++)
            {
                Assert.False(check.Update(30.0 - (0.001 * i), 1.0, 1.0, true, 44.5, null));
                Assert.False(check.HoldsDutyAtZero);
            }

            Assert.False(check.HasRatio);
        }

        [Fact]
        public void SensorCouplingCheck_NeverProbes_OnAPadWhoseFullPowerCannotBurn()
        {
            // usb-10w settles at 36 °C at full power: its hard work is a plateau, not a hazard.
            PadParameters pad = PadFile.LoadShipped("usb-10w");
            var run = new FaultRun(pad, 4);
            run.Start(5);
            for (int i = 0; i < 45 * 60; i++)
            {
                run.Tick(1000, null);
                Assert.False(run.Core.Supervisor.Coupling.HoldsDutyAtZero);
            }

            Assert.True(run.Core.Supervisor.Coupling.HasRatio == false);
            Assert.Equal(FaultCode.None, run.Last.Fault);
        }
    }
}
