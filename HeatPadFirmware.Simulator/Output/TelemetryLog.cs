using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Session;

namespace HeatPadFirmware.Simulator.Output
{
    /// <summary>
    /// Reads the device's serial telemetry (HeatPadFirmware/Hardware/SerialTelemetry.cs, hardware/README.md):
    /// <c># heatpad-telemetry v1: T,now_ms,temperature_c,setpoint_c,duty,phase,fault,reading2_c,element_c</c>, one <c>T,…</c> line
    /// per tick, other lines start with <c>#</c>. Sensor 2's reading is the eighth field, at the END of the record
    /// (<see cref="SecondReadingColumn"/>, °C with 4 decimals like the first, empty when invalid), so a log of the
    /// one-sensor device (7 fields) still reads, with sensor 2 invalid; the plot draws sensor 2 when the log has it. The
    /// element sensor's reading is the ninth (<see cref="ElementReadingColumn"/>, session 18): checked to be a number or
    /// empty, not drawn. The result has the simulator's trace shape, without
    /// the pad's true temperatures (NaN), so a real session plots like a simulated one.
    /// </summary>
    public sealed class TelemetryLog
    {
        /// <summary>The header the device prints at boot (kept equal to SerialTelemetry.Header by a test).</summary>
        public const string Header = "# heatpad-telemetry v1: T,now_ms,temperature_c,setpoint_c,duty,phase,fault,reading2_c,element_c";

        /// <summary>Name of the optional last column, sensor 2's reading (the simulator's CSV trace uses the same name).</summary>
        public const string SecondReadingColumn = "reading2_c";

        /// <summary>Name of the optional ninth column, the element sensor's reading (empty when invalid or not fitted).</summary>
        public const string ElementReadingColumn = "element_c";

        /// <summary>The ticks read, in file order.</summary>
        public List<TraceSample> Samples { get; } = new();

        /// <summary>Lines that looked like records but could not be read, with their line numbers (first 20 kept).</summary>
        public List<string> Rejected { get; } = new();

        /// <summary>Number of rejected lines.</summary>
        public int RejectedCount { get; private set; }

        /// <summary>Message lines (starting with '#').</summary>
        public List<string> Messages { get; } = new();

        /// <summary>Reads a log from <paramref name="reader"/>; bad lines are counted, never thrown.</summary>
        public static TelemetryLog Read(TextReader reader)
        {
            var log = new TelemetryLog();
            string line;
            int number = 0;
            while ((line = reader.ReadLine()) != null)
            {
                number++;
                line = line.Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                if (line.StartsWith('#'))
                {
                    log.Messages.Add(line);
                    continue;
                }

                if (TryParse(line, out TraceSample sample, out string problem))
                {
                    log.Samples.Add(sample);
                }
                else
                {
                    log.RejectedCount++;
                    if (log.Rejected.Count < 20)
                    {
                        log.Rejected.Add($"line {number}: {problem}");
                    }
                }
            }

            return log;
        }

        /// <summary>Parses one <c>T,…</c> record.</summary>
        public static bool TryParse(string line, out TraceSample sample, out string problem)
        {
            sample = default;
            string[] f = line.Split(',');
            // Sensor 2's reading is the 8th field (session 5), the element sensor's the 9th (session 18); older logs have 7 or 8.
            if (f.Length < 7 || f.Length > 9 || f[0] != "T")
            {
                problem = "not a T record of 7 to 9 fields (the 8th: " + SecondReadingColumn + ", the 9th: " + ElementReadingColumn + ")";
                return false;
            }

            CultureInfo inv = CultureInfo.InvariantCulture;
            if (!long.TryParse(f[1], NumberStyles.Integer, inv, out long nowMs) || nowMs < 0)
            {
                problem = $"now_ms '{f[1]}' is not a non-negative integer";
                return false;
            }

            bool readingValid = f[2].Length > 0;
            double readingC = double.NaN;
            if (readingValid && !double.TryParse(f[2], NumberStyles.Float, inv, out readingC))
            {
                problem = $"temperature_c '{f[2]}' is not a number";
                return false;
            }

            bool hasSetpoint = f[3].Length > 0;
            double setpointC = double.NaN;
            if (hasSetpoint && !double.TryParse(f[3], NumberStyles.Float, inv, out setpointC))
            {
                problem = $"setpoint_c '{f[3]}' is not a number";
                return false;
            }

            if (!double.TryParse(f[4], NumberStyles.Float, inv, out double duty) || duty < 0 || duty > 1)
            {
                problem = $"duty '{f[4]}' is not a number in 0..1";
                return false;
            }

            if (!TryParsePhase(f[5], out SessionPhase phase))
            {
                problem = $"unknown phase '{f[5]}'";
                return false;
            }

            bool secondValid = f.Length >= 8 && f[7].Length > 0;
            double secondC = double.NaN;
            if (secondValid && !double.TryParse(f[7], NumberStyles.Float, inv, out secondC))
            {
                problem = $"{SecondReadingColumn} '{f[7]}' is not a number";
                return false;
            }

            if (f.Length == 9 && f[8].Length > 0 && !double.TryParse(f[8], NumberStyles.Float, inv, out _))
            {
                problem = $"{ElementReadingColumn} '{f[8]}' is not a number";
                return false;
            }

            FaultCode fault = f[6] == "none" ? FaultCode.None : ParseFault(f[6]);
            sample = new TraceSample(nowMs / 1000.0, double.NaN, double.NaN, double.NaN, readingValid, readingC,
                hasSetpoint, setpointC, duty, duty > 0, double.NaN, phase, fault, 0, BuzzerCue.None, false, secondValid, secondC);
            problem = null;
            return true;
        }

        private static bool TryParsePhase(string name, out SessionPhase phase)
        {
            foreach (SessionPhase candidate in new[] { SessionPhase.Off, SessionPhase.Heat, SessionPhase.Cool, SessionPhase.Fault })
            {
                if (SessionPhaseNames.Of(candidate) == name)
                {
                    phase = candidate;
                    return true;
                }
            }

            // The device's latched safe state (an exception in the loop) shows as a fault.
            phase = SessionPhase.Fault;
            return name == "safe";
        }

        private static FaultCode ParseFault(string name)
        {
            for (int code = 1; code < 64; code++)
            {
                if (FaultCodeNames.Of((FaultCode)code) == name)
                {
                    return (FaultCode)code;
                }
            }

            // firmware_error (the safe state) or a name from a newer firmware: no code here; the phase is
            // still "fault", which is what the plot shows.
            return FaultCode.None;
        }
    }
}
