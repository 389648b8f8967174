using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Rec24;
using HeatPadFirmware.Tests.Review25b;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Capc25
{
    /// <summary>
    /// Session 25 (capc25), by hand (remove the Skip): the telemetry fit's C and G_cs against the values the witness needs,
    /// rec24's record (the heat and plate stages' C and lag: <see cref="ElementCalibrationFixture.Fit(double[], double[], double[], int, int, bool)"/>
    /// on the S3-referenced pair) against capc25's (C and the lag from the cool stage: <c>calibrate --telemetry</c>), |error|
    /// median / 95th / worst by pad, and how many records the cool stage did not identify C for. Two tables
    /// (<c>CAPC25_SCAN</c>): <c>ticks</c> — calibrate --device's 46 pads × seeds 11–14 under review 21c's harness, steady 1 s
    /// ticks and ticks 0.8–1.2 s (<c>Random(seed × 7 + 5)</c>, as Rec24.TickFitScan); <c>room</c> — review 25b's room-drift
    /// conditions (review 22b's FitReviewHarness.RoomAt, the shipped six + 20 bench pads of family 3, seeds 11–12).
    /// <c>CAPC25_SCAN=ticks dotnet test --filter FullyQualifiedName~Capc25.CapacityFitScan --logger "console;verbosity=detailed"</c>.
    /// </summary>
    public class CapacityFitScan
    {
        private readonly ITestOutputHelper _output;

        public CapacityFitScan(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact(Skip = "Scan, run by hand (ticks about 4 min, room about 3 min): prints the tables of docs/safety.md 'Session 25: the record's C (capc25)'")]
        public void Print_the_capacity_errors_by_pad_rec24_against_the_cool_stage_fit()
        {
            string which = Environment.GetEnvironmentVariable("CAPC25_SCAN") ?? "ticks";
            if (which == "ticks")
            {
                foreach (bool irregular in new[] { false, true })
                {
                    var rows = new List<Row>();
                    foreach (var (name, pad) in CalibrateCommand.Pads())
                    {
                        for (int seed = 11; seed <= 14; seed++)
                        {
                            rows.Add(Measure(name.Contains("random", StringComparison.Ordinal) ? "bench pads (40)" : name, Fit21.IrregularTicks.Telemetry(pad, seed, irregular), pad, seed));
                        }
                    }

                    Print(irregular ? "ticks 0.8-1.2 s" : "steady 1 s ticks", rows);
                }
            }
            else
            {
                foreach (string condition in new[] { "correct" }.Concat(AcceptedRecordScan.DriftConditions))
                {
                    var rows = new List<Row>();
                    foreach (var (name, pad) in AcceptedRecordScan.Pads())
                    {
                        for (int seed = 11; seed <= 12; seed++)
                        {
                            string log = AcceptedRecordScan.Make(condition).Run(pad, seed);
                            rows.Add(Measure(name.Contains("random", StringComparison.Ordinal) ? "bench pads f3 (20)" : name, log, pad, seed));
                        }
                    }

                    Print(condition, rows);
                }
            }
        }

        private static Row Measure(string group, string log, PadParameters pad, int seed)
        {
            ElementCalibration needed = RecordVerdicts.Record(RecordSource.Needed, pad, seed)!;
            if (!FixtureTelemetry.TryRead(new StringReader(log), RecordVerdicts.Rom, out ElementFixtureSeries run, out _))
            {
                return new Row(group, double.NaN, double.NaN, double.NaN, double.NaN, false);
            }

            ElementCalibration rec24 = ElementCalibrationFixture.Fit(run.ElementC, run.FitPairC(), run.PowerW(), run.HeatStartS, run.PlateOnS, run.PairReferencedToElement);
            var (code, record, error) = Fit21.TelemetryFit.Record(log, RecordVerdicts.Rom);
            bool rec24Accepted = rec24.IsValid && ElementFitChecks.Check(run, rec24).All(c => c.Passed);
            return new Row(
                group,
                rec24Accepted ? (rec24.CapacityJPerK / needed.CapacityJPerK) - 1.0 : double.NaN,
                rec24Accepted ? (rec24.ConductanceWPerK / needed.ConductanceWPerK) - 1.0 : double.NaN,
                code == 0 ? (record!.CapacityJPerK / needed.CapacityJPerK) - 1.0 : double.NaN,
                code == 0 ? (record!.ConductanceWPerK / needed.ConductanceWPerK) - 1.0 : double.NaN,
                code == 0 && error.Contains(CalibrateCommand.CapacityNotIdentifiedNote, StringComparison.Ordinal));
        }

        private void Print(string title, List<Row> rows)
        {
            _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1} runs; rec24's records {2}, capc25's {3} ({4} with C not identified)", title, rows.Count, rows.Count(r => !double.IsNaN(r.CRec24)), rows.Count(r => !double.IsNaN(r.CNew)), rows.Count(r => r.NotIdentified)));
            _output.WriteLine("pad | C rec24 | C capc25 | G_cs rec24 | G_cs capc25 (|error| against the needed: median / 95th / worst; C capc25 signed range)");
            foreach (var group in rows.GroupBy(r => r.Group).Append(rows.GroupBy(_ => "all").First()))
            {
                var g = group.ToList();
                var signed = g.Select(r => r.CNew).Where(x => !double.IsNaN(x)).DefaultIfEmpty(double.NaN);
                _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} | {1} | {2} ({3:+0.000;-0.000} .. {4:+0.000;-0.000}) | {5} | {6}", group.Key, Stats(g.Select(r => r.CRec24)), Stats(g.Select(r => r.CNew)), signed.Min(), signed.Max(), Stats(g.Select(r => r.GRec24)), Stats(g.Select(r => r.GNew))));
            }
        }

        private static string Stats(IEnumerable<double> values)
        {
            var a = values.Where(x => !double.IsNaN(x)).Select(Math.Abs).OrderBy(x => x).ToList();
            if (a.Count == 0)
            {
                return "-";
            }

            double Pct(double q) => a[Math.Min(a.Count - 1, (int)Math.Ceiling(q * a.Count) - 1)];
            return string.Format(CultureInfo.InvariantCulture, "{0:0.000} / {1:0.000} / {2:0.000}", Pct(0.5), Pct(0.95), a[^1]);
        }

        private sealed record Row(string Group, double CRec24, double GRec24, double CNew, double GNew, bool NotIdentified);
    }
}
