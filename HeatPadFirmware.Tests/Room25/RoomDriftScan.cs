using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Fix22;
using HeatPadFirmware.Tests.Review22b;
using HeatPadFirmware.Tests.Review25b;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Room25
{
    /// <summary>
    /// Session 25 (room25), by hand (remove the Skip): the device's fixture run in a room that moves during the run (review 22b's
    /// FitReviewHarness.RoomAt), each run's log fitted main's way and rec24's (review 25b's AcceptedRecordScan), G_cs against the
    /// values the witness needs; the device's end (done, or aborted and why) and the air probe's largest move as the run judged it.
    /// Pads: the 6 shipped + the 20 of bench family 3 (ROOM25_FAMILIES=3-8 for the 120 of families 3–8), sensor seeds 11–12.
    /// <c>dotnet test --filter FullyQualifiedName~Room25.RoomDriftScan --logger "console;verbosity=detailed"</c>; ROOM25_ONLY
    /// filters the conditions (a substring), ROOM25_RUNS=1 prints every run.
    /// </summary>
    public class RoomDriftScan
    {
        private readonly ITestOutputHelper _out;

        public RoomDriftScan(ITestOutputHelper output) => _out = output;

        /// <summary>A room ramping by <paramref name="d"/> K from <paramref name="fromS"/> to <paramref name="toS"/> s, then held.</summary>
        internal static Func<int, double> Ramp(double d, int fromS, int toS) => t => 22.0 + (d * Math.Min(1.0, Math.Max(0, t - fromS) / (double)(toS - fromS)));

        /// <summary>A room stepping by <paramref name="d"/> K at <paramref name="atS"/> s (and back at <paramref name="backS"/>, when positive).</summary>
        internal static Func<int, double> Step(double d, int atS, int backS = -1) => t => t >= atS && (backS < 0 || t < backS) ? 22.0 + d : 22.0;

        internal static IEnumerable<(string Name, Func<FitReviewHarness> Make)> Conditions()
        {
            yield return ("steady", () => new FitReviewHarness());
            foreach (double d in new[] { -2.0, -1.0, -0.5, -0.3, 0.3, 0.5, 1.0, 2.0 })
            {
                double dd = d;
                yield return (FormattableString.Invariant($"ramp {dd:+0.0;-0.0} K over 120-2,520 s"), () => new FitReviewHarness { RoomAt = Ramp(dd, 120, 2520) });
            }

            foreach (double d in new[] { -1.0, -0.5 })
            {
                double dd = d;
                yield return (FormattableString.Invariant($"ramp {dd:+0.0;-0.0} K over 120-4,600 s"), () => new FitReviewHarness { RoomAt = Ramp(dd, 120, 4600) });
            }

            foreach (double d in new[] { -3.0, -1.0, -0.5, 0.5, 1.0 })
            {
                double dd = d;
                yield return (FormattableString.Invariant($"step {dd:+0.0;-0.0} K at 600 s"), () => new FitReviewHarness { RoomAt = Step(dd, 600) });
            }

            foreach (int at in new[] { 200, 1500, 2600, 3200, 3800 })
            {
                foreach (double d in new[] { -0.5, 0.5 })
                {
                    int a = at;
                    double dd = d;
                    yield return (FormattableString.Invariant($"stage step {dd:+0.0;-0.0} K at {a} s"), () => new FitReviewHarness { RoomAt = Step(dd, a) });
                }
            }

            foreach (double d in new[] { -0.4, -0.3, 0.3, 0.4 })
            {
                double dd = d;
                yield return (FormattableString.Invariant($"stage step {dd:+0.0;-0.0} K at 2600 s"), () => new FitReviewHarness { RoomAt = Step(dd, 2600) });
                yield return (FormattableString.Invariant($"stage step {dd:+0.0;-0.0} K at 1500 s"), () => new FitReviewHarness { RoomAt = Step(dd, 1500) });
                yield return (FormattableString.Invariant($"ramp {dd:+0.0;-0.0} K over 120-4,600 s"), () => new FitReviewHarness { RoomAt = Ramp(dd, 120, 4600) });
            }

            foreach (double amp in new[] { 0.25, 0.5 })
            {
                foreach (int period in new[] { 600, 900, 1800 })
                {
                    double aa = amp;
                    int pp = period;

                    // Phase: the baseline's reference window (60-120 s) at the cycle's peak, the worst for A's baseline.
                    yield return (FormattableString.Invariant($"cycling +/-{aa:F2} K, period {pp} s (a thermostat)"), () => new FitReviewHarness { RoomAt = t => 22.0 + (aa * Math.Cos(2.0 * Math.PI * (t - 90) / pp)) });
                }
            }

            yield return ("door: -2.0 K for 120 s at 1,500 s", () => new FitReviewHarness { RoomAt = Step(-2.0, 1500, 1620) });
            yield return ("door: -2.0 K for 120 s at 2,700 s", () => new FitReviewHarness { RoomAt = Step(-2.0, 2700, 2820) });

            yield return ("step -1.0 K at 2,600 s (plate)", () => new FitReviewHarness { RoomAt = Step(-1.0, 2600) });
            yield return ("step -1.0 K at 3,800 s (cool)", () => new FitReviewHarness { RoomAt = Step(-1.0, 3800) });
            yield return ("dip -1.0 K 600-1,800 s", () => new FitReviewHarness { RoomAt = Step(-1.0, 600, 1800) });
            yield return ("ramp -2.0 K over 120-2,520 s, loose alike 0.95", () => new FitReviewHarness { Contact1 = _ => 0.95, Contact2 = _ => 0.95, RoomAt = Ramp(-2.0, 120, 2520) });
            yield return ("steady, A lag 60 s", () => new FitReviewHarness { JigAir = a => a.LagS = 60 });
            yield return ("steady, A offset +0.5 / -0.5 C", () => new FitReviewHarness { JigAir = a => a.OffsetC = 0.5 });
            yield return ("steady, A in the plume 0.1", () => new FitReviewHarness { JigAir = a => a.Share = 0.1 });
            yield return ("steady, A in the plume 0.25", () => new FitReviewHarness { JigAir = a => a.Share = 0.25 });
            yield return ("steady, A in the plume 0.4", () => new FitReviewHarness { JigAir = a => a.Share = 0.4 });
            yield return ("steady, A in a draft -0.25", () => new FitReviewHarness { JigAir = a => a.Share = -0.25 });
        }

        internal static IEnumerable<(string Name, HeatPadFirmware.Simulator.Pad.PadParameters Pad)> Pads()
        {
            string? families = Environment.GetEnvironmentVariable("ROOM25_FAMILIES");
            if (families == null)
            {
                return FixtureBoundScan.ShippedPads().Concat(FixtureBoundScan.BenchPads(3, 3));
            }

            string[] f = families.Split('-');
            return FixtureBoundScan.ShippedPads().Concat(FixtureBoundScan.BenchPads(int.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[^1], CultureInfo.InvariantCulture)));
        }

        /// <summary>How the run ended when aborted: the room's reason, else the fault's name, else "none" (the operator, no press, the baseline's room).</summary>
        internal static string EndName(ElementFixtureRun run) => run.AbortReason != ElementFixtureAbortReason.None ? ElementFixtureAbortNames.Of(run.AbortReason) : FaultCodeNames.Of(run.AbortFault);

        [Fact(Skip = "Scan, run by hand (about 5 min): prints the room-drift table of docs/safety.md 'Session 25: the fixture's room (room25)'")]
        public void Print_the_records_a_moving_room_gives_and_what_the_run_refuses()
        {
            var inv = CultureInfo.InvariantCulture;
            string? only = Environment.GetEnvironmentVariable("ROOM25_ONLY");
            bool each = Environment.GetEnvironmentVariable("ROOM25_RUNS") == "1";
            foreach (var (condition, make) in Conditions().Where(c => only == null || c.Name.Contains(only, StringComparison.Ordinal)))
            {
                int runs = 0, done = 0, main = 0, rec = 0, main3 = 0, main5 = 0, main8 = 0, rec3 = 0, rec5 = 0, rec8 = 0;
                double mainLo = double.PositiveInfinity, mainHi = double.NegativeInfinity, recLo = double.PositiveInfinity, recHi = double.NegativeInfinity;
                double moveHi = 0.0;
                var ends = new SortedDictionary<string, int>(StringComparer.Ordinal);
                foreach (var (name, pad) in Pads())
                {
                    for (int seed = 11; seed <= 12; seed++)
                    {
                        runs++;
                        FitReviewHarness h = make();
                        string log = h.Run(pad, seed);
                        ElementFixtureRun last = h.LastRun!;
                        string end = last.Stage == ElementFixtureStage.Done ? "done" : "aborted " + EndName(last);
                        ends[end] = ends.TryGetValue(end, out int n) ? n + 1 : 1;
                        done += last.Stage == ElementFixtureStage.Done ? 1 : 0;
                        moveHi = Math.Max(moveHi, last.Room.RoomMoveK);
                        ElementCalibration needed = Rec24.RecordVerdicts.Record(Rec24.RecordSource.Needed, pad, seed)!;
                        ElementCalibration? m = AcceptedRecordScan.MainRecord(log);
                        ElementCalibration? r = AcceptedRecordScan.Rec24Record(log);
                        string Cell(ElementCalibration? c) => c == null ? "refused" : string.Format(inv, "G {0:F3} C {1:F3}", c.ConductanceWPerK / needed.ConductanceWPerK, c.CapacityJPerK / needed.CapacityJPerK);
                        if (each)
                        {
                            _out.WriteLine(string.Format(inv, "run | {0} | {1} {2} | {3} | A moved {4:F3} K | main {5} | rec24 {6}", condition, name, seed, end, last.Room.RoomMoveK, Cell(m), Cell(r)));
                        }

                        if (m != null)
                        {
                            main++;
                            double g = m.ConductanceWPerK / needed.ConductanceWPerK;
                            mainLo = Math.Min(mainLo, g);
                            mainHi = Math.Max(mainHi, g);
                            main3 += Math.Abs(g - 1.0) > 0.03 ? 1 : 0;
                            main5 += Math.Abs(g - 1.0) > 0.05 ? 1 : 0;
                            main8 += Math.Abs(g - 1.0) > 0.08 ? 1 : 0;
                        }

                        if (r != null)
                        {
                            rec++;
                            double g = r.ConductanceWPerK / needed.ConductanceWPerK;
                            recLo = Math.Min(recLo, g);
                            recHi = Math.Max(recHi, g);
                            rec3 += Math.Abs(g - 1.0) > 0.03 ? 1 : 0;
                            rec5 += Math.Abs(g - 1.0) > 0.05 ? 1 : 0;
                            rec8 += Math.Abs(g - 1.0) > 0.08 ? 1 : 0;
                        }
                    }
                }

                _out.WriteLine(string.Format(inv, "sum | {0} | runs {1} | done {2} | {3} | A moved up to {4:F2} K | main {5} ({6:F3}..{7:F3}; off >3/5/8 %: {8}/{9}/{10}) | rec24 {11} ({12:F3}..{13:F3}; off >3/5/8 %: {14}/{15}/{16})", condition, runs, done, string.Join(", ", ends.Select(e => e.Key + " " + e.Value)), moveHi, main, mainLo, mainHi, main3, main5, main8, rec, recLo, recHi, rec3, rec5, rec8));
            }
        }
    }
}
