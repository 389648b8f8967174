using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Pad;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Review22b
{
    /// <summary>
    /// Review 22b (fit21): the fit's physical checks on bad fixture runs they were not shaped on (<see cref="FitReviewHarness"/>),
    /// and the error of every record they let through against the pad's correct record (<c>ElementCalibrationFixture.Calibrate</c>,
    /// what the simulator's <c>--element-calibration Factory</c> gives). Run by hand: remove the Skip, then
    /// <c>dotnet test --filter FullyQualifiedName~Review22b.FitReviewScan --logger "console;verbosity=detailed"</c>.
    /// Rows <c>run | condition | pad seed | outcome</c> and <c>sum | condition | ...</c>.
    /// </summary>
    public class FitReviewScan
    {
        internal static readonly string[] Shipped = { "folded-covered", "free-air", "nominal-12v", "strong-60w", "thick-slow", "usb-10w" };
        private readonly ITestOutputHelper _out;

        public FitReviewScan(ITestOutputHelper output) => _out = output;

        /// <summary>The conditions the scan and the tests share, by name.</summary>
        internal static FitReviewHarness Make(string condition) => condition switch
        {
            "correct" => new FitReviewHarness(),
            "one pair sensor off" => new FitReviewHarness { Contact1 = _ => 0.0 },
            "one pair sensor loose 0.5" => new FitReviewHarness { Contact1 = _ => 0.5 },
            "both pair sensors loose 0.7" => new FitReviewHarness { Contact1 = _ => 0.7, Contact2 = _ => 0.7 },
            "both pair sensors loose 0.5" => new FitReviewHarness { Contact1 = _ => 0.5, Contact2 = _ => 0.5 },
            "pair loosening 1 -> 0.5 over the heat stage" => new FitReviewHarness { Contact1 = t => t < 120 ? 1.0 : Math.Max(0.5, 1.0 - ((t - 120) / 1600.0)), Contact2 = t => t < 120 ? 1.0 : Math.Max(0.5, 1.0 - ((t - 120) / 1600.0)) },
            "pair 1 invalid 30 s mid-heat" => new FitReviewHarness { Pair1Invalid = t => t >= 1000 && t < 1030 },
            "S3 invalid 5 s mid-heat" => new FitReviewHarness { ElementInvalid = t => t >= 1000 && t < 1005 },
            "plate 60 s late" => new FitReviewHarness { PlateDelayS = 60 },
            "plate 110 s late" => new FitReviewHarness { PlateDelayS = 110 },
            "plate lifted 300 s after laid" => new FitReviewHarness { PlateLiftAfterS = 300 },
            "plate lifted 600 s after laid" => new FitReviewHarness { PlateLiftAfterS = 600 },
            "covered (air x0.3)" => new FitReviewHarness { SurfaceToAmbientScale = 0.3 },
            "folded (air x0.5)" => new FitReviewHarness { SurfaceToAmbientScale = 0.5 },
            "body 1 W/K at 34 C" => new FitReviewHarness { BodyWPerK = 1.0 },
            "body 3 W/K at 34 C" => new FitReviewHarness { BodyWPerK = 3.0 },
            "S3 spot x1.3" => new FitReviewHarness { SpotScale = 1.3 },
            "S3 spot x0.7" => new FitReviewHarness { SpotScale = 0.7 },
            "draft air x1..2 every 60 s" => new FitReviewHarness { AirScale = t => (t / 60) % 2 == 0 ? 1.0 : 2.0 },
            "draft air x1..1.5 every 30 s" => new FitReviewHarness { AirScale = t => (t / 30) % 2 == 0 ? 1.0 : 1.5 },
            "draft in the baseline only (air x3 at 30-90 s)" => new FitReviewHarness { AirScale = t => t >= 30 && t < 90 ? 3.0 : 1.0 },
            "pad 0.3 C under a 22 C room" => new FitReviewHarness { PadStartC = 21.7 },
            "pad 0.3 C over a 22 C room" => new FitReviewHarness { PadStartC = 22.3 },
            _ => throw new ArgumentException(condition),
        };

        internal static readonly string[] Conditions =
        {
            "correct", "one pair sensor off", "one pair sensor loose 0.5", "both pair sensors loose 0.7", "both pair sensors loose 0.5",
            "pair loosening 1 -> 0.5 over the heat stage", "pair 1 invalid 30 s mid-heat", "S3 invalid 5 s mid-heat", "plate 60 s late",
            "plate 110 s late", "plate lifted 300 s after laid", "plate lifted 600 s after laid", "covered (air x0.3)", "folded (air x0.5)",
            "body 1 W/K at 34 C", "body 3 W/K at 34 C", "S3 spot x1.3", "S3 spot x0.7", "draft air x1..2 every 60 s",
            "draft air x1..1.5 every 30 s", "draft in the baseline only (air x3 at 30-90 s)", "pad 0.3 C under a 22 C room", "pad 0.3 C over a 22 C room",
        };

        /// <summary>One run through calibrate --telemetry: the exit code, the record (or null), the error text.</summary>
        internal static (int Code, ElementCalibration? Record, string Error) Calibrate(string condition, string pad, int seed)
        {
            return Fit21.TelemetryFit.Record(Make(condition).Run(PadFile.LoadShipped(pad), seed), FitReviewHarness.Rom);
        }

        /// <summary>The record's C, G_cs, G_ca against the pad's correct record (ratios; G_ca as the difference in G_cs shares) .</summary>
        internal static (double C, double Gcs, double RoomShareDelta) ErrorOf(ElementCalibration record, string pad, int seed)
        {
            ElementCalibration right = ElementCalibrationFixture.Calibrate(PadFile.LoadShipped(pad), seed);
            return (record.CapacityJPerK / right.CapacityJPerK, record.ConductanceWPerK / right.ConductanceWPerK,
                (record.RoomConductanceWPerK / record.ConductanceWPerK) - (right.RoomConductanceWPerK / right.ConductanceWPerK));
        }

        [Fact(Skip = "review 22b scan, run by hand (see the class)")]
        public void Scan()
        {
            string only = Environment.GetEnvironmentVariable("REVIEW22B_ONLY") ?? string.Empty;
            foreach (string condition in Conditions.Where(c => only.Length == 0 || c.Contains(only, StringComparison.Ordinal)))
            {
                int runs = 0, made = 0;
                var refusedBy = new Dictionary<string, int>();
                double cMin = double.PositiveInfinity, cMax = double.NegativeInfinity, gMin = double.PositiveInfinity, gMax = double.NegativeInfinity, aMin = double.PositiveInfinity, aMax = double.NegativeInfinity;
                foreach (string pad in Shipped)
                {
                    for (int seed = 11; seed <= 12; seed++)
                    {
                        runs++;
                        var (code, record, error) = Calibrate(condition, pad, seed);
                        if (record != null)
                        {
                            made++;
                            var (c, g, a) = ErrorOf(record, pad, seed);
                            cMin = Math.Min(cMin, c); cMax = Math.Max(cMax, c); gMin = Math.Min(gMin, g); gMax = Math.Max(gMax, g); aMin = Math.Min(aMin, a); aMax = Math.Max(aMax, a);
                            _out.WriteLine($"run | {condition} | {pad} {seed} | record: C x{c:F3} G_cs x{g:F3} room share {a:+0.000;-0.000} lag {record.LagS:F0} s");
                        }
                        else
                        {
                            string[] names = error.Split('\n').Where(l => l.StartsWith("calibrate: no record: ", StringComparison.Ordinal)).Select(l => l.Substring(22, l.IndexOf(':', 22) - 22)).ToArray();
                            foreach (string n in names.Length > 0 ? names : new[] { "(before the checks)" })
                            {
                                refusedBy[n] = (refusedBy.TryGetValue(n, out int k) ? k : 0) + 1;
                            }

                            _out.WriteLine($"run | {condition} | {pad} {seed} | refused (code {code}): {(names.Length > 0 ? string.Join(",", names) : error.Trim().Split('\n')[0])}");
                        }
                    }
                }

                _out.WriteLine($"sum | {condition} | runs {runs} | records {made} | refused by {string.Join(" ", refusedBy.Select(kv => kv.Key + " " + kv.Value))} | records' C x{cMin:F3}..{cMax:F3} G_cs x{gMin:F3}..{gMax:F3} room share {aMin:+0.000;-0.000}..{aMax:+0.000;-0.000}");
            }
        }
    }
}
