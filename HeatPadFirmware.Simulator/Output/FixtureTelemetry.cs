using System;
using System.Linq;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Output
{
    /// <summary>
    /// The element-calibration fixture's telemetry (session 20): what the device prints during a fixture run
    /// (HeatPadFirmware/Hardware/SerialTelemetry.cs; hardware/README.md "Telemetry") — the boot's <c># sensors:</c> line naming
    /// the element sensor's ROM code, a <c># fixture,now_ms,stage,target_w</c> mark at each stage
    /// (<see cref="ElementFixtureStageNames"/>), one <c>T</c> record and one <c># sense</c> line per tick — written from a
    /// simulated run (the same line formats as the device's) and read back into the series the fixture's fit takes
    /// (<see cref="ElementFixtureSeries"/>). Reading refuses, with a message, a log that is not one whole fixture run of the
    /// element sensor named: no marks (a normal session's log), an aborted or cut-short run, another element sensor's ROM, a tick
    /// missing a reading or the sense, or a gap between ticks over <see cref="MaxGapMs"/>.
    /// </summary>
    public static class FixtureTelemetry
    {
        /// <summary>Longest gap between two ticks inside the run, ms (2,000: two periods; a longer stall is not resampled over).</summary>
        public const long MaxGapMs = 2000;

        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        /// <summary>The device's <c>T</c> record (SerialTelemetry.Write's format: readings F4, duty F3, no setpoint in the fixture).</summary>
        public static string TRecord(long nowMs, double reading1C, double reading2C, double elementC, double dutyFraction, SessionPhase phase, FaultCode fault)
        {
            return "T," + nowMs.ToString(Inv) + "," + Reading(reading1C) + ",," + dutyFraction.ToString("F3", Inv) + "," + SessionPhaseNames.Of(phase) + "," + FaultCodeNames.Of(fault) + "," + Reading(reading2C) + "," + Reading(elementC);
        }

        /// <summary>The device's <c># sense,now_ms,current_a,supply_v</c> line (SerialTelemetry.WriteSense's format: F3, empty when not trusted).</summary>
        public static string SenseLine(long nowMs, bool trusted, double currentA, double supplyV)
        {
            return "# sense," + nowMs.ToString(Inv) + "," + (trusted ? currentA.ToString("F3", Inv) : string.Empty) + "," + (trusted ? supplyV.ToString("F3", Inv) : string.Empty);
        }

        /// <summary>The device's stage mark (SerialTelemetry.WriteFixtureStage's format).</summary>
        public static string Mark(long nowMs, ElementFixtureStage stage, double targetW)
        {
            return ElementFixtureStageNames.MarkPrefix + nowMs.ToString(Inv) + "," + ElementFixtureStageNames.Of(stage) + "," + targetW.ToString("F1", Inv);
        }

        /// <summary>
        /// The stage mark with the room's reason on an aborted run (session 25, room25: <c># fixture,now_ms,aborted,target_w,room_moved</c>
        /// or <c>air_probe_lost</c>; <see cref="FixtureRoomWatch"/>); every other mark as <see cref="Mark(long, ElementFixtureStage, double)"/>.
        /// </summary>
        public static string Mark(long nowMs, ElementFixtureStage stage, double targetW, ElementFixtureAbortReason reason)
        {
            return Mark(nowMs, stage, targetW) + (stage == ElementFixtureStage.Aborted && reason != ElementFixtureAbortReason.None ? "," + ElementFixtureAbortNames.Of(reason) : string.Empty);
        }

        /// <summary>The prefix of the boot's sense-zero line (Program.cs): <c># sense zero: N counts</c>, N with 2 decimals.</summary>
        public const string SenseZeroPrefix = "# sense zero: ";

        /// <summary>The prefix of the boot's board line (Program.cs, session 21): <c># board: </c> then the ESP32's MAC, 12 hex digits.</summary>
        public const string BoardPrefix = "# board: ";

        /// <summary>
        /// The board identity a simulated run's log carries (the simulator has no ESP32): what <c>calibrate --record</c> and
        /// <c>--device</c> write into their records. Session 22 (fit22): a locally administered address (the first octet's bit 1
        /// set, IEEE 802 "U/L"), which no ESP32's Wi-Fi station MAC is — Espressif programs each chip's base MAC from its own
        /// universally administered blocks (until session 21 this was 24:0A:C4:A1:B2:C3, inside Espressif's block 24:0A:C4) —
        /// so a simulated record loads on no real board.
        /// </summary>
        public const string SimulatedBoardHex = "02AC4A1B2C3D";

        /// <summary>The boot's board line as the device prints it.</summary>
        public static string BoardLine(string boardHex)
        {
            return BoardPrefix + boardHex;
        }

        /// <summary>The boot's sense-zero line as the device prints it.</summary>
        public static string SenseZeroLine(double zeroCounts)
        {
            return SenseZeroPrefix + zeroCounts.ToString("F2", Inv) + " counts";
        }

        /// <summary>The boot's sensor line as the device prints it with the element sensor fitted.</summary>
        public static string SensorsLine(string rom1, string rom2, string elementRom)
        {
            return "# sensors: 3 DS18B20 found; 1=" + rom1 + " 2=" + rom2 + " element=" + elementRom;
        }

        /// <summary>Writes the simulated run <paramref name="run"/> of the pad whose element sensor is <paramref name="elementRom"/> as the device would print it.</summary>
        public static void Write(TextWriter output, ElementFixtureSeries run, string elementRom, double targetW)
        {
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(run);
            output.WriteLine(TelemetryLog.Header);
            output.WriteLine(SensorsLine("28FF641E0F160390", "28FF9A1C0F160393", elementRom));
            output.WriteLine(BoardLine(SimulatedBoardHex));
            output.WriteLine(SenseZeroLine(ElementCalibrationRecordWriter.NominalSenseZeroCounts));
            output.WriteLine(Mark(0, ElementFixtureStage.Baseline, targetW));
            for (int k = 0; k < run.Length; k++)
            {
                long nowMs = (k + 1) * 1000L;
                SessionPhase phase = k + 1 <= run.HeatStartS ? SessionPhase.Off : k + 1 <= run.CoolStartS ? SessionPhase.Heat : SessionPhase.Cool;
                output.WriteLine(TRecord(nowMs, run.Reading1C[k], run.Reading2C[k], run.ElementC[k], k + 1 < run.Length ? run.DutyFraction[k + 1] : 0.0, phase, FaultCode.None));
                output.WriteLine(SenseLine(nowMs, true, run.CurrentA[k], run.SupplyV[k]));
                if (k + 1 == run.HeatStartS)
                {
                    output.WriteLine(Mark(nowMs, ElementFixtureStage.Heat, targetW));
                }
                else if (k + 1 == run.PlateOnS)
                {
                    output.WriteLine(Mark(nowMs, ElementFixtureStage.PlateWanted, targetW));
                    output.WriteLine(Mark(nowMs, ElementFixtureStage.Plate, targetW));
                }
                else if (k + 1 == run.CoolStartS)
                {
                    output.WriteLine(Mark(nowMs, ElementFixtureStage.Cool, targetW));
                }
            }

            output.WriteLine(Mark(run.Length * 1000L, ElementFixtureStage.Done, targetW));
        }

        /// <summary>
        /// Reads a fixture run's telemetry for the element sensor <paramref name="elementRom"/> (16 hex digits, either case) into
        /// <paramref name="run"/> (readings, sense, the stages' samples, on a 1 s grid from the baseline mark); false with
        /// <paramref name="error"/> saying why it is not one whole run of that sensor.
        /// </summary>
        public static bool TryRead(TextReader reader, string elementRom, out ElementFixtureSeries run, out string error)
        {
            ArgumentNullException.ThrowIfNull(reader);
            run = null;
            string loggedRom = null;
            double senseZero = double.NaN;
            string board = null;
            var marks = new List<(long NowMs, string Stage, int Line)>();
            string abortReason = null;
            var ticks = new List<(long NowMs, double R1, double R2, double E, int Line)>();
            var sense = new Dictionary<long, (double I, double V)>();
            var badTicks = new List<(long NowMs, string Why, int Line)>();
            string line;
            int number = 0;
            while ((line = reader.ReadLine()) != null)
            {
                number++;
                line = line.Trim();
                if (line.StartsWith("# sensors:", StringComparison.Ordinal))
                {
                    int at = line.IndexOf(" element=", StringComparison.Ordinal);
                    string rest = at < 0 ? string.Empty : line.Substring(at + 9);
                    int end = rest.IndexOfAny(new[] { ' ', ';' });
                    loggedRom = end < 0 ? rest : rest.Substring(0, end);
                }
                else if (line.StartsWith(BoardPrefix, StringComparison.Ordinal))
                {
                    string hex = line.Substring(BoardPrefix.Length).Trim();
                    board = hex.Length == ElementCalibrationRecord.BoardHexDigits && hex.All(Uri.IsHexDigit) ? hex.ToUpperInvariant() : null;
                }
                else if (line.StartsWith(SenseZeroPrefix, StringComparison.Ordinal))
                {
                    string[] f = line.Substring(SenseZeroPrefix.Length).Split(' ');
                    senseZero = double.TryParse(f[0], NumberStyles.Float, Inv, out double z) && z > 0.0 ? z : double.NaN;
                }
                else if (line.StartsWith(ElementFixtureStageNames.MarkPrefix, StringComparison.Ordinal))
                {
                    string[] f = line.Substring(ElementFixtureStageNames.MarkPrefix.Length).Split(',');
                    if (f.Length < 2 || !long.TryParse(f[0], NumberStyles.Integer, Inv, out long at))
                    {
                        error = $"line {number}: a fixture mark that does not read ('{line}')";
                        return false;
                    }

                    marks.Add((at, f[1], number));
                    abortReason = f.Length >= 4 && f[1] == ElementFixtureStageNames.Of(ElementFixtureStage.Aborted) ? f[3] : abortReason;
                }
                else if (line.StartsWith("# sense,", StringComparison.Ordinal))
                {
                    string[] f = line.Substring(8).Split(',');
                    if (f.Length == 3 && long.TryParse(f[0], NumberStyles.Integer, Inv, out long at)
                        && double.TryParse(f[1], NumberStyles.Float, Inv, out double i) && double.TryParse(f[2], NumberStyles.Float, Inv, out double v))
                    {
                        sense[at] = (i, v);
                    }
                }
                else if (line.StartsWith("T,", StringComparison.Ordinal))
                {
                    string[] f = line.Split(',');
                    if (f.Length != 9 || !long.TryParse(f[1], NumberStyles.Integer, Inv, out long at))
                    {
                        error = $"line {number}: not a T record of 9 fields (the fixture needs element_c)";
                        return false;
                    }

                    if (double.TryParse(f[2], NumberStyles.Float, Inv, out double r1) && double.TryParse(f[7], NumberStyles.Float, Inv, out double r2)
                        && double.TryParse(f[8], NumberStyles.Float, Inv, out double e))
                    {
                        ticks.Add((at, r1, r2, e, number));
                    }
                    else
                    {
                        badTicks.Add((at, "a reading missing (sensor 1, sensor 2 or the element's)", number));
                    }
                }
            }

            if (marks.Count == 0)
            {
                error = "no '# fixture' marks: not a fixture run (a normal session's log?)";
                return false;
            }

            if (loggedRom == null || loggedRom.Length != ElementCalibrationRecord.RomHexDigits)
            {
                error = "the log names no element sensor (no '# sensors: ... element=<ROM>' line)";
                return false;
            }

            if (!string.Equals(loggedRom, elementRom, StringComparison.OrdinalIgnoreCase))
            {
                error = $"the log is of element sensor {loggedRom}, not {elementRom}: another pad's run";
                return false;
            }

            if (double.IsNaN(senseZero))
            {
                error = "the log has no '" + SenseZeroPrefix.Trim() + "' line (the board's boot line: the record is bound to it)";
                return false;
            }

            if (board == null)
            {
                error = "the log has no readable '" + BoardPrefix.Trim() + " <MAC>' line (the board's boot line: the record is bound to it; 'unreadable' boards make no record)";
                return false;
            }

            int baselines = marks.FindAll(m => m.Stage == "baseline").Count;
            if (baselines != 1)
            {
                error = baselines == 0 ? "no baseline mark: the run's start is not in the log" : $"{baselines} fixture runs in the log: give one run's log";
                return false;
            }

            var aborted = marks.Find(m => m.Stage == ElementFixtureStageNames.Of(ElementFixtureStage.Aborted));
            if (aborted.Stage != null)
            {
                error = $"the run was aborted at {aborted.NowMs} ms (line {aborted.Line}{(abortReason == null ? string.Empty : ", " + abortReason)}): no record";
                return false;
            }

            long At(string stage) => marks.Find(m => m.Stage == stage).Stage == null ? -1 : marks.Find(m => m.Stage == stage).NowMs;
            long tBase = At("baseline"), tHeat = At("heat"), tPlate = At("plate"), tCool = At("cool"), tDone = At("done");
            if (tDone < 0)
            {
                error = $"the run was cut short: it ends in stage '{marks[^1].Stage}' (line {marks[^1].Line}), no 'done' mark";
                return false;
            }

            if (!(tBase < tHeat && tHeat < tPlate && tPlate < tCool && tCool < tDone))
            {
                error = "the fixture marks are missing or out of order (baseline, heat, plate, cool, done)";
                return false;
            }

            foreach (var bad in badTicks)
            {
                if (bad.NowMs > tBase && bad.NowMs <= tDone)
                {
                    error = $"invalid stretch at {bad.NowMs} ms (line {bad.Line}): {bad.Why}";
                    return false;
                }
            }

            var inRun = ticks.FindAll(t => t.NowMs > tBase && t.NowMs <= tDone);
            long previous = tBase;
            foreach (var t in inRun)
            {
                if (t.NowMs - previous > MaxGapMs)
                {
                    error = $"invalid stretch at {t.NowMs} ms (line {t.Line}): no tick for {t.NowMs - previous} ms";
                    return false;
                }

                if (!sense.TryGetValue(t.NowMs, out _))
                {
                    error = $"invalid stretch at {t.NowMs} ms (line {t.Line}): no trusted heater sense ('# sense' line empty or missing)";
                    return false;
                }

                previous = t.NowMs;
            }

            if (inRun.Count == 0 || tDone - inRun[^1].NowMs > MaxGapMs)
            {
                error = "invalid stretch before the 'done' mark: ticks missing";
                return false;
            }

            int length = (int)((tDone - tBase) / 1000);
            int heatStart = (int)Math.Round((tHeat - tBase) / 1000.0);
            int plateOn = (int)Math.Round((tPlate - tBase) / 1000.0);
            int coolStart = (int)Math.Round((tCool - tBase) / 1000.0);
            if (heatStart < 60 || plateOn - heatStart < 600 || coolStart - plateOn < ElementCalibrationFixture.PlateSettleS + 300 || coolStart > length)
            {
                error = $"the phases are too short for the fit (baseline {heatStart} s, heat {plateOn - heatStart} s, plate {coolStart - plateOn} s)";
                return false;
            }

            run = new ElementFixtureSeries(length, heatStart, plateOn, coolStart) { SenseZeroCounts = senseZero, BoardHex = board, PairReferencedToElement = true };
            int j = 0;
            for (int k = 0; k < length; k++)
            {
                long at = tBase + ((k + 1) * 1000L);
                while (j + 1 < inRun.Count && inRun[j + 1].NowMs <= at)
                {
                    j++;
                }

                // Linear between the ticks around the grid point (exact on a log of whole seconds); the sense is the interval's.
                var a = inRun[j];
                var b = j + 1 < inRun.Count ? inRun[j + 1] : a;
                double w = b.NowMs > a.NowMs && at > a.NowMs ? Math.Min(1.0, (at - a.NowMs) / (double)(b.NowMs - a.NowMs)) : 0.0;
                var sa = sense[a.NowMs];
                var sb = sense[b.NowMs];
                run.Set(k, a.R1 + (w * (b.R1 - a.R1)), a.R2 + (w * (b.R2 - a.R2)), a.E + (w * (b.E - a.E)), sa.I + (w * (sb.I - sa.I)), sa.V + (w * (sb.V - sa.V)), double.NaN, double.NaN);
            }

            error = null;
            return true;
        }

        private static string Reading(double c)
        {
            return double.IsNaN(c) ? string.Empty : c.ToString("F4", Inv);
        }
    }
}
