using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Fix22;
using HeatPadFirmware.Tests.Rec24;
using HeatPadFirmware.Tests.Review22b;
using HeatPadFirmware.Tests.Room25;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Review26b
{
    /// <summary>
    /// Review 26b, by hand (remove the Skip): rooms that move where room25's 600-s blocks do not look (the cool stage's last
    /// 300 s after the last whole block, ~4,321-4,620 s of the run) or just inside the bound, on the 6 shipped pads + bench
    /// family 3 (20), sensor seeds 11-12 (review 25b's / room25's pads). Per condition: the device's end (room25), the base's
    /// record (rec24's fit, accepted by ElementFitChecks: what main makes of the same log, no room watch) and the change's
    /// (capc25's calibrate --telemetry, only when the device run was done), G_cs and C over the needed.
    /// <c>REVIEW26B_ONLY=... dotnet test --filter FullyQualifiedName~Review26b.RoomTailScan26b --logger "console;verbosity=detailed"</c>
    /// </summary>
    public class RoomTailScan26b
    {
        private readonly ITestOutputHelper _out;

        public RoomTailScan26b(ITestOutputHelper output) => _out = output;

        internal static IEnumerable<(string Name, Func<FitReviewHarness> Make)> Conditions()
        {
            yield return ("steady", () => new FitReviewHarness());
            foreach (double d in new[] { -2.0, -1.0, 1.0, 2.0 })
            {
                double dd = d;
                yield return (FormattableString.Invariant($"tail step {dd:+0.0;-0.0} K at 4,330 s"), () => new FitReviewHarness { RoomAt = RoomDriftScan.Step(dd, 4330) });
            }

            foreach (double d in new[] { -0.55, 0.55 })
            {
                double dd = d;
                yield return (FormattableString.Invariant($"step {dd:+0.00;-0.00} K at 4,030 s (last block mean 0.27)"), () => new FitReviewHarness { RoomAt = RoomDriftScan.Step(dd, 4030) });
            }

            foreach (double d in new[] { -0.8, 0.8 })
            {
                double dd = d;
                yield return (FormattableString.Invariant($"cool ramp {dd:+0.0;-0.0} K over 3,720-4,620 s"), () => new FitReviewHarness { RoomAt = RoomDriftScan.Ramp(dd, 3720, 4620) });
            }

            // capc25's cool stage (3,720-4,620 s): what its fit accepts.
            yield return ("draft on the surface x1.3 from the cool stage", () => new FitReviewHarness { AirScale = t => t >= 3720 ? 1.3 : 1.0 });
            yield return ("draft on the surface x0.7 from the cool stage (covered)", () => new FitReviewHarness { AirScale = t => t >= 3720 ? 0.7 : 1.0 });
            yield return ("plate lifted 100 s into the cool stage", () => new FitReviewHarness { PlateLiftAfterS = 1300 });
            yield return ("plate lifted 400 s into the cool stage", () => new FitReviewHarness { PlateLiftAfterS = 1600 });
            yield return ("pair loose alike 0.9", () => new FitReviewHarness { Contact1 = _ => 0.9, Contact2 = _ => 0.9 });
            yield return ("S3 spot x0.85", () => new FitReviewHarness { SpotScale = 0.85 });
            yield return ("S3 spot x1.15", () => new FitReviewHarness { SpotScale = 1.15 });
            yield return ("room cycling +/-0.5 K period 900 s", () => new FitReviewHarness { RoomAt = t => 22.0 + (0.5 * Math.Cos(2.0 * Math.PI * (t - 90) / 900.0)) });
            yield return ("room cycling +/-0.5 K period 600 s", () => new FitReviewHarness { RoomAt = t => 22.0 + (0.5 * Math.Cos(2.0 * Math.PI * (t - 90) / 600.0)) });
            yield return ("room cycling +/-1.0 K period 600 s", () => new FitReviewHarness { RoomAt = t => 22.0 + (1.0 * Math.Cos(2.0 * Math.PI * (t - 90) / 600.0)) });
            yield return ("room cycling +/-1.0 K period 300 s", () => new FitReviewHarness { RoomAt = t => 22.0 + (1.0 * Math.Cos(2.0 * Math.PI * (t - 90) / 300.0)) });

            foreach (double d in new[] { -0.29, 0.29 })
            {
                double dd = d;
                yield return (FormattableString.Invariant($"step {dd:+0.00;-0.00} K at 600 s (inside the bound)"), () => new FitReviewHarness { RoomAt = RoomDriftScan.Step(dd, 600) });
            }
        }

        [Fact(Skip = "Scan, run by hand: prints docs/safety.md 'Review 26b' room table")]
        public void Print_records_from_rooms_moving_where_the_blocks_do_not_look()
        {
            var inv = CultureInfo.InvariantCulture;
            string? only = Environment.GetEnvironmentVariable("REVIEW26B_ONLY");
            bool each = Environment.GetEnvironmentVariable("REVIEW26B_RUNS") == "1";
            foreach (var (condition, make) in Conditions().Where(c => only == null || c.Name.Contains(only, StringComparison.Ordinal)))
            {
                int runs = 0, done = 0, baseN = 0, newN = 0;
                var bg = new List<double>();
                var bc = new List<double>();
                var ng = new List<double>();
                var nc = new List<double>();
                double moveHi = 0;
                foreach (var (name, pad) in RoomDriftScan.Pads())
                {
                    for (int seed = 11; seed <= 12; seed++)
                    {
                        runs++;
                        FitReviewHarness h = make();
                        string log = h.Run(pad, seed);
                        ElementFixtureRun last = h.LastRun!;
                        bool isDone = last.Stage == ElementFixtureStage.Done;
                        done += isDone ? 1 : 0;
                        moveHi = Math.Max(moveHi, last.Room.RoomMoveK);
                        ElementCalibration needed = RecordVerdicts.Record(RecordSource.Needed, pad, seed)!;
                        ElementCalibration? b = BaseRecord(log);
                        var (code, record, _) = Fit21.TelemetryFit.Record(log, RecordVerdicts.Rom);
                        ElementCalibration? n = isDone && code == 0 ? record : null;
                        if (b != null)
                        {
                            baseN++;
                            bg.Add(b.ConductanceWPerK / needed.ConductanceWPerK);
                            bc.Add(b.CapacityJPerK / needed.CapacityJPerK);
                        }

                        if (n != null)
                        {
                            newN++;
                            ng.Add(n.ConductanceWPerK / needed.ConductanceWPerK);
                            nc.Add(n.CapacityJPerK / needed.CapacityJPerK);
                        }

                        if (each)
                        {
                            _out.WriteLine(string.Format(inv, "run | {0} | {1} {2} | {3} | A {4:F3} | base {5} | change {6}", condition, name, seed, isDone ? "done" : "aborted " + RoomDriftScan.EndName(last), last.Room.RoomMoveK, Cell(b, needed), Cell(n, needed)));
                        }
                    }
                }

                _out.WriteLine(string.Format(inv, "sum | {0} | runs {1} | done {2} | A moved up to {3:F2} K | base {4} G {5} C {6} | change {7} G {8} C {9}", condition, runs, done, moveHi, baseN, Range(bg), Range(bc), newN, Range(ng), Range(nc)));
            }
        }

        internal static string Cell(ElementCalibration? c, ElementCalibration needed) => c == null ? "refused" : string.Format(CultureInfo.InvariantCulture, "G {0:F3} C {1:F3}", c.ConductanceWPerK / needed.ConductanceWPerK, c.CapacityJPerK / needed.CapacityJPerK);

        internal static string Range(List<double> v) => v.Count == 0 ? "-" : string.Format(CultureInfo.InvariantCulture, "{0:F3}..{1:F3}", v.Min(), v.Max());

        /// <summary>The base's record of <paramref name="log"/> (rec24's fit, main's calibrate --telemetry before capc25), null when refused.</summary>
        internal static ElementCalibration? BaseRecord(string log)
        {
            if (!FixtureTelemetry.TryRead(new StringReader(log), RecordVerdicts.Rom, out ElementFixtureSeries run, out _))
            {
                return null;
            }

            ElementCalibration rec24 = ElementCalibrationFixture.Fit(run.ElementC, run.FitPairC(), run.PowerW(), run.HeatStartS, run.PlateOnS, run.PairReferencedToElement);
            return rec24.IsValid && ElementFitChecks.Check(run, rec24).All(c => c.Passed) ? rec24 : null;
        }
    }
}
