using System;
using System.Collections.Generic;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Session
{
    /// <summary>
    /// Runs the firmware core on a simulated pad in accelerated time: each tick the pad and the sensor
    /// advance under the outputs of the previous tick, the sensor is read, and the core steps — the same
    /// order as the device loop.
    /// </summary>
    public static class SessionRunner
    {
        /// <summary>Runs <paramref name="scenario"/> and returns every tick.</summary>
        public static SessionTrace Run(SessionScenario scenario)
        {
            scenario.Validate();
            var pad = new ThermalPad(scenario.Pad);
            var sensor = new SimulatedSensor(scenario.Pad, scenario.Seed);
            var sense = new SimulatedHeaterSense(scenario.Seed);
            var core = new HeatPadCore(scenario.Config);
            var buttons = new ButtonEventQueue();
            var samples = new List<TraceSample>((int)(scenario.Minutes * 60000 / scenario.TickMs) + 8);

            long endMs = (long)(scenario.Minutes * 60000);
            double dtS = scenario.TickMs / 1000.0;
            double duty = 0.0;
            bool cutoffClosed = false;
            int setupTicks = SetupPresses(scenario, core.Session.Level);
            long sessionStartMs = -1;

            for (long nowMs = 0; nowMs <= endMs; nowMs += scenario.TickMs)
            {
                if (nowMs > 0)
                {
                    pad.Step(dtS, duty, cutoffClosed);
                    sensor.Advance(dtS, pad.SurfaceC);
                }

                buttons.Clear();
                int tick = (int)(nowMs / scenario.TickMs);
                ButtonId press = SetupButton(scenario, core.Session, tick, setupTicks);
                if (press != ButtonId.None)
                {
                    buttons.Add(press, false);
                }

                SensorReading reading = sensor.Read(nowMs);
                HeaterSenseReading senseReading = sense.Read(pad, duty, cutoffClosed);
                CoreOutputs outputs = core.Step(nowMs, reading, senseReading, buttons);
                if (sessionStartMs < 0 && outputs.Phase == SessionPhase.Heat)
                {
                    sessionStartMs = nowMs;
                }

                duty = outputs.DutyFraction;
                cutoffClosed = outputs.HeaterEnabled;
                samples.Add(new TraceSample(
                    nowMs / 1000.0,
                    pad.SurfaceC,
                    pad.CoreC,
                    sensor.LaggedC,
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
                    outputs.LevelUnreachable));
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

        /// <summary>One press per tick from tick 1: program presses, level presses, then power.</summary>
        private static ButtonId SetupButton(SessionScenario scenario, TherapySession session, int tick, int setupTicks)
        {
            if (tick < 1 || tick > setupTicks || session.Phase != SessionPhase.Off)
            {
                return ButtonId.None;
            }

            if (session.Program != scenario.Program)
            {
                return ButtonId.Program;
            }

            if (session.Level < scenario.Level)
            {
                return ButtonId.Up;
            }

            if (session.Level > scenario.Level)
            {
                return ButtonId.Down;
            }

            return ButtonId.Power;
        }
    }
}
