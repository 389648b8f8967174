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
            var seed = new Option<int>("--seed") { Description = "With --record: the seed of the pad's sensors and sense (default 11)", DefaultValueFactory = _ => 11 };
            var command = new Command("calibrate", "Simulate the element calibration fixture on every shipped and bench pad and print the measured errors.");
            command.Options.Add(cases);
            command.Options.Add(record);
            command.Options.Add(rom);
            command.Options.Add(seed);
            command.SetAction(r => r.GetValue(record) is string padName
                ? ExecuteRecord(Console.Out, Console.Error, padName, r.GetValue(rom), r.GetValue(seed))
                : Execute(Console.Out, r.GetValue(cases)));
            root.Subcommands.Add(command);
        }

        /// <summary>Prints the table; exit code 0.</summary>
        public static int Execute(TextWriter output, bool cases)
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
                    double k = ElementCalibrationSource.SenseScale(pad, seed);
                    double s = 1.0 + sensor.SpotFraction;
                    double c = pad.CoreCapacityJPerK * k / s;
                    double g = pad.CoreToSurfaceWPerK * k;
                    double a = (pad.CoreToAmbientWPerK * k / s) + (g * ((1.0 / s) - 1.0));
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
        /// <paramref name="romHex"/>; exit code 0, or 2 with a message for an unknown pad, a malformed ROM code or a fit the
        /// device would refuse.
        /// </summary>
        public static int ExecuteRecord(TextWriter output, TextWriter error, string padName, string romHex, int seed)
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

            ElementCalibration fit = ElementCalibrationFixture.Calibrate(PadFile.LoadShipped(padName), seed);
            if (!fit.IsValid)
            {
                error.WriteLine("calibrate: the fixture's fit is out of range for " + padName + " (the device would not use it); repeat the fixture run");
                return 2;
            }

            output.Write(ElementCalibrationRecordWriter.Write(romHex, fit));
            return 0;
        }

        private static void Summary(TextWriter output, string name, List<double> errors)
        {
            var abs = errors.Select(Math.Abs).OrderBy(x => x).ToList();
            double Pct(double q) => abs[Math.Min(abs.Count - 1, (int)Math.Ceiling(q * abs.Count) - 1)];
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} | {1:+0.000;-0.000} .. {2:+0.000;-0.000} | {3:0.000} / {4:0.000} / {5:0.000}", name, errors.Min(), errors.Max(), Pct(0.5), Pct(0.95), abs[^1]));
        }
    }
}
