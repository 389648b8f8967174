using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Simulator.Pad;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Rec24
{
    /// <summary>
    /// Session 24 (rec24), by hand (remove the Skip): the device fixture's telemetry fit on calibrate --device's 46 pads × seeds
    /// 11–14 under review 21c's harness, steady 1 s ticks and ticks 0.8–1.2 s (<c>Random(seed × 7 + 5)</c>, Fit21's), fitted
    /// main's way (the pair as read, least residual over all lags) and rec24's (<see cref="ElementFixtureSeries.Fit"/>), G_cs and
    /// C against the needed values: |error| median / 95th / worst by pad (the shipped six; the 40 bench pads together).
    /// <c>dotnet test --filter FullyQualifiedName~Rec24.TickFitScan --logger "console;verbosity=detailed"</c>.
    /// </summary>
    public class TickFitScan
    {
        private readonly ITestOutputHelper _output;

        public TickFitScan(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact(Skip = "Scan, run by hand (about 4 min): prints the ticks table of docs/safety.md 'Session 24 (rec24)'")]
        public void Print_the_fit_errors_by_pad_with_steady_and_irregular_ticks()
        {
            foreach (bool irregular in new[] { false, true })
            {
                var rows = new SortedDictionary<string, List<(double GMain, double CMain, double GNew, double CNew)>>(StringComparer.Ordinal);
                int refusedMain = 0, refusedNew = 0, runs = 0;
                foreach (var (name, pad) in CalibrateCommand.Pads())
                {
                    string group = name.Contains("random", StringComparison.Ordinal) ? "bench pads (40)" : name;
                    for (int seed = 11; seed <= 14; seed++)
                    {
                        runs++;
                        string log = Fit21.IrregularTicks.Telemetry(pad, seed, irregular);
                        ElementCalibration needed = RecordVerdicts.Record(RecordSource.Needed, pad, seed)!;
                        if (!FixtureTelemetry.TryRead(new StringReader(log), RecordVerdicts.Rom, out ElementFixtureSeries run, out _))
                        {
                            refusedMain++;
                            refusedNew++;
                            continue;
                        }

                        var (code, _, _) = Fit21.TelemetryFit.Run(log, RecordVerdicts.Rom);
                        ElementCalibration after = run.Fit();
                        ElementCalibration before = ElementCalibrationFixture.Fit(run.ElementC, run.PairMeanC(), run.PowerW(), run.HeatStartS, run.PlateOnS);
                        refusedMain += before.IsValid ? 0 : 1;
                        refusedNew += code == 0 ? 0 : 1;
                        if (!rows.TryGetValue(group, out var list))
                        {
                            rows[group] = list = new List<(double GMain, double CMain, double GNew, double CNew)>();
                        }

                        list.Add((Math.Abs((before.ConductanceWPerK / needed.ConductanceWPerK) - 1.0), Math.Abs((before.CapacityJPerK / needed.CapacityJPerK) - 1.0),
                            Math.Abs((after.ConductanceWPerK / needed.ConductanceWPerK) - 1.0), Math.Abs((after.CapacityJPerK / needed.CapacityJPerK) - 1.0)));
                    }
                }

                _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1} runs; main's fit out of range {2}, rec24's refused {3}", irregular ? "ticks 0.8-1.2 s" : "steady 1 s ticks", runs, refusedMain, refusedNew));
                _output.WriteLine("pad | G_cs main | G_cs rec24 | C main | C rec24 (|error| against the needed: median / 95th / worst)");
                var all = rows.Values.SelectMany(x => x).ToList();
                foreach (var (group, list) in rows.Append(new KeyValuePair<string, List<(double GMain, double CMain, double GNew, double CNew)>>("all", all)))
                {
                    _output.WriteLine(group + " | " + Stats(list.Select(x => x.GMain)) + " | " + Stats(list.Select(x => x.GNew)) + " | " + Stats(list.Select(x => x.CMain)) + " | " + Stats(list.Select(x => x.CNew)));
                }
            }
        }

        private static string Stats(IEnumerable<double> values)
        {
            var a = values.OrderBy(x => x).ToList();
            double Pct(double q) => a[Math.Min(a.Count - 1, (int)Math.Ceiling(q * a.Count) - 1)];
            return string.Format(CultureInfo.InvariantCulture, "{0:0.000} / {1:0.000} / {2:0.000}", Pct(0.5), Pct(0.95), a[^1]);
        }
    }
}
