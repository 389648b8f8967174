using System;
using System.Collections.Generic;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Session
{
    /// <summary>
    /// Runs the firmware core on a simulated pad in accelerated time: each tick the pad and the sensor
    /// advance under the outputs of the previous tick, both sensors are read, and the core steps — the same
    /// order as the device loop (the tick is <see cref="FirmwareRun"/>'s, shared with the bench).
    /// </summary>
    public static class SessionRunner
    {
        /// <summary>Runs <paramref name="scenario"/> and returns every tick.</summary>
        public static SessionTrace Run(SessionScenario scenario)
        {
            scenario.Validate();
            var run = new FirmwareRun(scenario.Pad, scenario.Seed, scenario.Config, scenario.Program, scenario.Level, scenario.TickMs);
            // Only the planned presses: a session that ends is not started again.
            run.LastSetupTick = SetupPresses(scenario, run.Core.Session.Level);
            ThermalPad pad = run.Pad;
            var samples = new List<TraceSample>((int)(scenario.Minutes * 60000 / scenario.TickMs) + 8);

            long endMs = (long)(scenario.Minutes * 60000);
            long sessionStartMs = -1;

            for (long nowMs = 0; nowMs <= endMs; nowMs += scenario.TickMs)
            {
                CoreOutputs outputs = run.Step();
                SensorReading reading = run.Reading;
                if (sessionStartMs < 0 && outputs.Phase == SessionPhase.Heat)
                {
                    sessionStartMs = nowMs;
                }

                samples.Add(new TraceSample(
                    nowMs / 1000.0,
                    pad.SurfaceC,
                    pad.CoreC,
                    run.Sensor.LaggedC,
                    reading.IsValid,
                    reading.IsValid ? reading.TemperatureC : double.NaN,
                    outputs.HasSetpoint,
                    outputs.HasSetpoint ? outputs.SetpointC : double.NaN,
                    outputs.DutyFraction,
                    outputs.HeaterEnabled,
                    pad.HeaterPowerW(outputs.DutyFraction, outputs.HeaterEnabled),
                    outputs.Phase,
                    outputs.Fault,
                    outputs.Level,
                    outputs.Cue,
                    outputs.LevelUnreachable,
                    run.SecondReading.IsValid,
                    run.SecondReading.IsValid ? run.SecondReading.TemperatureC : double.NaN));
            }

            return new SessionTrace(scenario, samples, sessionStartMs / 1000.0, pad.EnergyJ);
        }

        private static int SetupPresses(SessionScenario scenario, int defaultLevel)
        {
            return ProgramPresses(scenario.Program) + Math.Abs(scenario.Level - defaultLevel) + 1;
        }

        private static int ProgramPresses(TherapyProgram program)
        {
            return program switch
            {
                TherapyProgram.HotCold => 1,
                TherapyProgram.Contrast => 2,
                _ => 0,
            };
        }
    }
}
