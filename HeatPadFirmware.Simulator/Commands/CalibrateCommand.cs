using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Commands
{
    /// <summary>
    /// <c>calibrate</c> (session 19): the assembly fixture's element calibration (<see cref="ElementCalibrationFixture"/>) on the
    /// shipped pads and the bench's random families of seeds 1 and 2, each pad with the sensors and sense of seeds 11..14, against
    /// the values the witness needs (the pad's own, seen through the element sensor's spot s and the sense's power scale k:
    /// C·k/(1+s), G_cs·k, G_ca·k/(1+s) + G_cs·k·(1/(1+s) − 1), the element sensor's lag). A table, then each value's error
    /// |median| / 95th percentile / worst.
    /// </summary>
    public static class CalibrateCommand
    {
        /// <summary>Adds the <c>calibrate</c> command to <paramref name="root"/>.</summary>
        public static void Configure(Command root)
        {
            var cases = new Option<bool>("--cases") { Description = "List every pad's row" };
            var record = new Option<string>("--record") { Description = "Instead of the table: run the fixture on this shipped pad (e.g. thick-slow) and print the calibration record the device reads from I:\\element-calibration.txt" };
            var rom = new Option<string>("--rom") { Description = "With --record: the element sensor's ROM code, 16 hex digits, as the pad's boot line prints it" };
            var board = new Option<string>("--board") { Description = "Refused (session 22): a --record record is a simulated pad's and is bound to the simulator's board " + FixtureTelemetry.SimulatedBoardHex + " only; a real board's record comes from its own fixture run's log (--telemetry)" };
            var seed = new Option<int>("--seed") { Description = "With --record: the seed of the pad's sensors and sense (default 11)", DefaultValueFactory = _ => 11 };
            var telemetry = new Option<string>("--telemetry") { Description = "Instead of the table: fit the record from a real pad's fixture-run telemetry (the device's console log, hardware/README.md 'Calibrating the element witness'); needs --rom" };
            var room = new Option<double>("--room") { Description = "With --device: the fixture's room, C (default 22)", DefaultValueFactory = _ => ElementCalibrationFixture.RoomC };
            var supplyScale = new Option<double>("--supply-scale") { Description = "With --device: the supply over each pad's rated voltage (default 1; 0.9 / 1.1 are 10.8 / 13.2 V on a 12 V pad)", DefaultValueFactory = _ => 1.0 };
            var plateLead = new Option<int>("--plate-lead") { Description = "With --device: seconds the operator lays the plate on before pressing Program (default 0)", DefaultValueFactory = _ => 0 };
            var power = new Option<double>("--power") { Description = "With --device: the power the fixture holds, W (default: ElementFixtureRun.TargetPowerW)", DefaultValueFactory = _ => ElementFixtureRun.TargetPowerW };
            var device = new Option<bool>("--device") { Description = "Instead of the fixture's table: run the device's fixture mode (Core/ElementFixtureRun.cs) on every shipped and bench pad, fit each run's telemetry, and print the peaks and the errors against the direct fit and the pad's values" };
            var command = new Command("calibrate", "Simulate the element calibration fixture on every shipped and bench pad and print the measured errors.");
            command.Options.Add(cases);
            command.Options.Add(record);
            command.Options.Add(rom);
            command.Options.Add(seed);
            command.Options.Add(board);
            command.Options.Add(telemetry);
            command.Options.Add(device);
            command.Options.Add(room);
            command.Options.Add(supplyScale);
            command.Options.Add(plateLead);
            command.Options.Add(power);
            command.SetAction(r => r.GetValue(telemetry) is string log
                ? ExecuteTelemetry(Console.Out, Console.Error, log, r.GetValue(rom))
                : r.GetValue(record) is string padName
                ? ExecuteRecord(Console.Out, Console.Error, padName, r.GetValue(rom), r.GetValue(seed), r.GetValue(board) ?? FixtureTelemetry.SimulatedBoardHex)
                : r.GetValue(device) ? ExecuteDevice(Console.Out, r.GetValue(cases), r.GetValue(room), r.GetValue(supplyScale), r.GetValue(plateLead), r.GetValue(power))
                : Execute(Console.Out, r.GetValue(cases)));
            root.Subcommands.Add(command);
        }

        /// <summary>The shipped pads and the bench's random families of seeds 1 and 2 (46 pads), as the table names them.</summary>
        public static List<(string Name, PadParameters Pad)> Pads()
        {
            var pads = new List<(string Name, PadParameters Pad)>();
            foreach (int family in new[] { 1, 2 })
            {
                foreach (var (name, pad) in BenchPadFamily.Build(20, family))
                {
                    if (family == 1 || name.StartsWith("random", StringComparison.Ordinal))
                    {
                        pads.Add((family == 1 || !name.StartsWith("random", StringComparison.Ordinal) ? name : "s2-" + name, pad));
                    }
                }
            }

            return pads;
        }

        /// <summary>Prints the table; exit code 0.</summary>
        public static int Execute(TextWriter output, bool cases)
        {
            List<(string Name, PadParameters Pad)> pads = Pads();
            var errC = new List<double>();
            var errG = new List<double>();
            var errA = new List<double>();
            var errL = new List<double>();
            if (cases)
            {
                output.WriteLine("pad seed | C fit / needed J/K | G_cs fit / needed W/K | G_ca fit / needed W/K | lag fit / true s");
            }

            foreach (var (name, pad) in pads)
            {
                for (int seed = 11; seed <= 14; seed++)
                {
                    ElementCalibration fit = ElementCalibrationFixture.Calibrate(pad, seed);
                    var sensor = new SimulatedElementSensor(pad, seed);
                    var (c, g, a) = Needed(pad, seed, sensor);
                    errC.Add((fit.CapacityJPerK / c) - 1.0);
                    errG.Add((fit.ConductanceWPerK / g) - 1.0);
                    errA.Add((fit.RoomConductanceWPerK - a) / g);
                    errL.Add(fit.LagS - sensor.LagS);
                    if (cases)
                    {
                        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} {1} | {2:F0} / {3:F0} | {4:F3} / {5:F3} | {6:F3} / {7:F3} | {8:F0} / {9:F1}{10}", name, seed, fit.CapacityJPerK, c, fit.ConductanceWPerK, g, fit.RoomConductanceWPerK, a, fit.LagS, sensor.LagS, fit.IsValid ? string.Empty : " INVALID"));
                    }
                }
            }

            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "element calibration fixture: {0} pads x 4 sensor draws = {1} calibrations", pads.Count, errC.Count));
            output.WriteLine("value | signed range | |error| median / 95th pct / worst");
            Summary(output, "C (relative)", errC);
            Summary(output, "G_cs (relative)", errG);
            Summary(output, "G_ca (share of G_cs)", errA);
            Summary(output, "lag (s)", errL);
            return 0;
        }

        /// <summary>
        /// Runs the fixture on the shipped pad <paramref name="padName"/> and prints its record for the element sensor
        /// <paramref name="romHex"/>, bound to the simulator's board (<see cref="FixtureTelemetry.SimulatedBoardHex"/>, a locally
        /// administered MAC no ESP32's eFuse carries); exit code 0, or 2 with a message for an unknown pad, a malformed ROM code,
        /// a fit the device would refuse, or any other board <paramref name="boardHex"/>. Session 22 (fit22, review 22b MEDIUM):
        /// the record binds a pad's values to the board its fixture run was made on; a simulated run was made on none, so it may
        /// not name a real board — a real board's record is fitted from that board's own run (<see cref="ExecuteTelemetry"/>,
        /// which takes the board from the log's boot line).
        /// </summary>
        public static int ExecuteRecord(TextWriter output, TextWriter error, string padName, string romHex, int seed, string boardHex = FixtureTelemetry.SimulatedBoardHex)
        {
            if (!PadFile.ShippedNames.Contains(padName))
            {
                error.WriteLine("calibrate: unknown pad '" + padName + "' (shipped pads: " + string.Join(", ", PadFile.ShippedNames) + ")");
                return 2;
            }

            if (romHex == null || romHex.Length != ElementCalibrationRecord.RomHexDigits || !romHex.All(Uri.IsHexDigit))
            {
                error.WriteLine("calibrate: --rom must be the element sensor's ROM code, 16 hex digits");
                return 2;
            }

            if (!string.Equals(boardHex, FixtureTelemetry.SimulatedBoardHex, StringComparison.OrdinalIgnoreCase))
            {
                error.WriteLine("calibrate: --record makes a simulated pad's record and cannot bind it to a real board (--board " + boardHex + "): a board's record must come from a fixture run on that board; fit its log with --telemetry LOG --rom ROM (hardware/README.md 'Calibrating the element witness')");
                return 2;
            }

            ElementFixtureSeries run = ElementCalibrationFixture.Run(PadFile.LoadShipped(padName), seed);
            ElementCalibration fit = run.Fit();
            if (!fit.IsValid)
            {
                error.WriteLine("calibrate: the fixture's fit is out of range for " + padName + " (the device would not use it); repeat the fixture run");
                return 2;
            }

            if (!ChecksPass(error, run, fit))
            {
                return 2;
            }

            output.Write(ElementCalibrationRecordWriter.Write(romHex, boardHex, fit));
            return 0;
        }

        /// <summary>
        /// Fits the record from the fixture run's telemetry in the file <paramref name="logPath"/> for the element sensor
        /// <paramref name="romHex"/> and prints it; exit code 0, or 2 with a message and no record for a missing file, a bad ROM
        /// code, a log that is not one whole run of that sensor (<see cref="FixtureTelemetry.TryRead"/>) or a fit out of range.
        /// </summary>
        public static int ExecuteTelemetry(TextWriter output, TextWriter error, string logPath, string romHex)
        {
            if (romHex == null || romHex.Length != ElementCalibrationRecord.RomHexDigits || !romHex.All(Uri.IsHexDigit))
            {
                error.WriteLine("calibrate: --rom must be the element sensor's ROM code, 16 hex digits");
                return 2;
            }

            if (!File.Exists(logPath))
            {
                error.WriteLine("calibrate: no telemetry file '" + logPath + "'");
                return 2;
            }

            using var reader = new StreamReader(logPath);
            return FitTelemetry(output, error, reader, romHex);
        }

        /// <summary>As <see cref="ExecuteTelemetry"/>, from <paramref name="reader"/>.</summary>
        public static int FitTelemetry(TextWriter output, TextWriter error, TextReader reader, string romHex)
        {
            if (!FixtureTelemetry.TryRead(reader, romHex, out ElementFixtureSeries run, out string problem))
            {
                error.WriteLine("calibrate: " + problem);
                return 2;
            }

            ElementCalibration fit = run.Fit(out CoolCapacityFit cool);
            if (!fit.IsValid)
            {
                error.WriteLine(string.Format(CultureInfo.InvariantCulture, "calibrate: the run's fit is out of range (C {0:F1} J/K, G_cs {1:F3} W/K, G_ca {2:F3} W/K, lag {3:F0} s); repeat the fixture run", fit.CapacityJPerK, fit.ConductanceWPerK, fit.RoomConductanceWPerK, fit.LagS));
                return 2;
            }

            if (!ChecksPass(error, run, fit))
            {
                return 2;
            }

            if (cool != null && !cool.Identified)
            {
                // Session 25 (capc25): the record is still written (its G_cs is the heat and plate stages', identified), and
                // the fit says which C it holds.
                error.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}the cool stage's residual has no single minimum (the element's time constant {1:F0} s against the sensor's lag {2:F0} s): the record holds the root with the shorter lag and the higher C, {3:F1} J/K", CapacityNotIdentifiedNote, fit.CapacityJPerK / (fit.ConductanceWPerK + fit.RoomConductanceWPerK), fit.LagS, fit.CapacityJPerK));
            }

            output.Write(ElementCalibrationRecordWriter.Write(romHex, run.BoardHex, run.SenseZeroCounts, fit));
            return 0;
        }

        /// <summary>
        /// The start of the line <see cref="FitTelemetry"/> prints (on its error output, with the record written) when the cool
        /// stage does not identify C (session 25, capc25; <see cref="CoolCapacityFit.Identified"/>).
        /// </summary>
        public const string CapacityNotIdentifiedNote = "calibrate: note: C not identified: ";

        /// <summary>
        /// Session 21 (fit21): the run's and the fit's physical checks (<see cref="ElementFitChecks"/>). True when all pass; else
        /// one line per failed check on <paramref name="error"/> (its name and why) and false: no record.
        /// </summary>
        public static bool ChecksPass(TextWriter error, ElementFixtureSeries run, ElementCalibration fit)
        {
            List<ElementFitCheck> failed = ElementFitChecks.Check(run, fit).FindAll(c => !c.Passed);
            foreach (ElementFitCheck c in failed)
            {
                error.WriteLine("calibrate: no record: " + c.Name + ": " + c.Reason);
            }

            if (failed.Count > 0)
            {
                error.WriteLine("calibrate: the run fails " + failed.Count + " physical check(s): repeat the fixture run as hardware/README.md asks (pad at the room, pair pressed on the surface, the plate laid at the cue)");
            }

            return failed.Count == 0;
        }

        /// <summary>
        /// The device's fixture mode on every pad of <see cref="Pads"/> with the sensors and sense of seeds 11..14: how each run
        /// ended, the true surface's and the hotter pair reading's peaks, and the record fitted from its telemetry against the
        /// direct (simulated-fixture) fit and against the values the witness needs. Exit code 0.
        /// </summary>
        public static int ExecuteDevice(TextWriter output, bool cases, double roomC = ElementCalibrationFixture.RoomC, double supplyScale = 1.0, int plateLeadS = 0, double targetW = ElementFixtureRun.TargetPowerW)
        {
            const string Rom = "28FF23A10F1603C1";
            var errC = new List<double>();
            var errG = new List<double>();
            var errA = new List<double>();
            var errL = new List<double>();
            var dC = new List<double>();
            var dG = new List<double>();
            var dA = new List<double>();
            var dL = new List<double>();
            int done = 0, runs = 0, refused = 0, notIdentified = 0;
            var refusedBy = new SortedDictionary<string, int>(StringComparer.Ordinal);
            double worstPeak = double.NegativeInfinity;
            string worstPad = string.Empty;
            var notDone = new List<string>();
            if (cases)
            {
                output.WriteLine("pad seed | end | peak surface / hotter reading / element C | held W | C tel / direct / needed | G_cs tel / direct / needed | G_ca tel / direct / needed | lag tel / direct / true");
            }

            foreach (var (name, pad) in Pads())
            {
                for (int seed = 11; seed <= 14; seed++)
                {
                    runs++;
                    var log = new StringWriter();
                    DeviceFixtureOutcome outcome = DeviceFixtureSimulation.Run(pad, seed, log, Rom, plateLeadS: plateLeadS, supplyV: pad.RatedVoltageV * supplyScale, roomC: roomC, targetW: targetW);
                    if (outcome.PeakSurfaceC > worstPeak)
                    {
                        worstPeak = outcome.PeakSurfaceC;
                        worstPad = name + " " + seed;
                    }

                    string end = ElementFixtureStageNames.Of(outcome.Stage) + (outcome.AbortFault != FaultCode.None ? " " + FaultCodeNames.Of(outcome.AbortFault) : string.Empty)
                        + (outcome.AbortReason != ElementFixtureAbortReason.None ? " " + ElementFixtureAbortNames.Of(outcome.AbortReason) : string.Empty);
                    if (outcome.Stage != ElementFixtureStage.Done)
                    {
                        notDone.Add(name + " " + seed + " " + end);
                    }

                    var err = new StringWriter();
                    var rec = new StringWriter();
                    ElementCalibration tel = null;
                    if (FitTelemetry(rec, err, new StringReader(log.ToString()), Rom) == 0)
                    {
                        ElementCalibrationRecord.Parse(rec.ToString(), Rom, out tel);
                        done++;
                        notIdentified += err.ToString().Contains(CapacityNotIdentifiedNote, StringComparison.Ordinal) ? 1 : 0;
                    }
                    else
                    {
                        refused++;
                        foreach (string line in err.ToString().Split('\n'))
                        {
                            const string Mark = "calibrate: no record: ";
                            if (line.StartsWith(Mark, StringComparison.Ordinal))
                            {
                                string check = line.Substring(Mark.Length, line.IndexOf(':', Mark.Length) - Mark.Length);
                                refusedBy[check] = (refusedBy.TryGetValue(check, out int n) ? n : 0) + 1;
                            }
                        }
                    }

                    ElementCalibration direct = ElementCalibrationFixture.Calibrate(pad, seed);
                    var sensor = new SimulatedElementSensor(pad, seed);
                    var (c, g, a) = Needed(pad, seed, sensor);
                    if (tel != null)
                    {
                        errC.Add((tel.CapacityJPerK / c) - 1.0);
                        errG.Add((tel.ConductanceWPerK / g) - 1.0);
                        errA.Add((tel.RoomConductanceWPerK - a) / g);
                        errL.Add(tel.LagS - sensor.LagS);
                        dC.Add((tel.CapacityJPerK / direct.CapacityJPerK) - 1.0);
                        dG.Add((tel.ConductanceWPerK / direct.ConductanceWPerK) - 1.0);
                        dA.Add((tel.RoomConductanceWPerK - direct.RoomConductanceWPerK) / direct.ConductanceWPerK);
                        dL.Add(tel.LagS - direct.LagS);
                    }

                    if (cases)
                    {
                        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} {1} | {2} | {3:F1} / {4:F1} / {5:F1} | {6:F1} | {7} / {8:F0} / {9:F0} | {10} / {11:F3} / {12:F3} | {13} / {14:F3} / {15:F3} | {16} / {17:F0} / {18:F1}{19}",
                            name, seed, end, outcome.PeakSurfaceC, outcome.PeakHotterReadingC, outcome.PeakElementC, outcome.MeanHeldPowerW,
                            tel == null ? "-" : tel.CapacityJPerK.ToString("F0", CultureInfo.InvariantCulture), direct.CapacityJPerK, c,
                            tel == null ? "-" : tel.ConductanceWPerK.ToString("F3", CultureInfo.InvariantCulture), direct.ConductanceWPerK, g,
                            tel == null ? "-" : tel.RoomConductanceWPerK.ToString("F3", CultureInfo.InvariantCulture), direct.RoomConductanceWPerK, a,
                            tel == null ? "-" : tel.LagS.ToString("F0", CultureInfo.InvariantCulture), direct.LagS, sensor.LagS,
                            tel == null ? " REFUSED: " + err.ToString().Trim() : err.ToString().Contains(CapacityNotIdentifiedNote, StringComparison.Ordinal) ? " (C not identified)" : string.Empty));
                    }
                }
            }

            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "device fixture mode ({0:F1} W held by the sense; room {7:F1} C, supply x{8:F2}, plate laid {9} s before the press): {1} runs, {2} fitted from telemetry, {3} refused; highest true surface {4:F1} C ({5}); not done: {6}", targetW, runs, done, refused, worstPeak, worstPad, notDone.Count == 0 ? "none" : string.Join("; ", notDone), roomC, supplyScale, plateLeadS));
            output.WriteLine("refused by the physical checks (session 21; a run may fail several): " + (refusedBy.Count == 0 ? "none" : string.Join(", ", refusedBy.Select(kv => kv.Key + " " + kv.Value.ToString(CultureInfo.InvariantCulture)))));
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "records whose C the cool stage did not identify (session 25; the shorter-lag root, the higher C, kept): {0} of {1}", notIdentified, done));
            if (errC.Count > 0)
            {
                output.WriteLine("telemetry fit against the values the witness needs | signed range | |error| median / 95th pct / worst");
                Summary(output, "C (relative)", errC);
                Summary(output, "G_cs (relative)", errG);
                Summary(output, "G_ca (share of G_cs)", errA);
                Summary(output, "lag (s)", errL);
                output.WriteLine("telemetry fit against the direct (simulated-fixture) fit | signed range | |difference| median / 95th pct / worst");
                Summary(output, "C (relative)", dC);
                Summary(output, "G_cs (relative)", dG);
                Summary(output, "G_ca (share of G_cs)", dA);
                Summary(output, "lag (s)", dL);
            }

            return 0;
        }

        /// <summary>
        /// The values an exact record of <paramref name="pad"/> holds (run seed <paramref name="seed"/>): C, G_cs and G_ca as the
        /// board's sense (its scale) and S3 (its spot on the element) see them — what calibrate's tables compare each fit with.
        /// </summary>
        private static (double CapacityJPerK, double ConductanceWPerK, double RoomConductanceWPerK) Needed(PadParameters pad, int seed, SimulatedElementSensor sensor)
        {
            double k = ElementCalibrationSource.SenseScale(pad, seed);
            double s = 1.0 + sensor.SpotFraction;
            double g = pad.CoreToSurfaceWPerK * k;
            return (pad.CoreCapacityJPerK * k / s, g, (pad.CoreToAmbientWPerK * k / s) + (g * ((1.0 / s) - 1.0)));
        }

        private static void Summary(TextWriter output, string name, List<double> errors)
        {
            var abs = errors.Select(Math.Abs).OrderBy(x => x).ToList();
            double Pct(double q) => abs[Math.Min(abs.Count - 1, (int)Math.Ceiling(q * abs.Count) - 1)];
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} | {1:+0.000;-0.000} .. {2:+0.000;-0.000} | {3:0.000} / {4:0.000} / {5:0.000}", name, errors.Min(), errors.Max(), Pct(0.5), Pct(0.95), abs[^1]));
        }
    }
}
