using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Fix22;
using HeatPadFirmware.Tests.Jig23;
using HeatPadFirmware.Tests.Review21c;
using HeatPadFirmware.Tests.Review22a;
using HeatPadFirmware.Tests.Review22b;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Review25a
{
    /// <summary>
    /// Review 25a: jig23's reference probe R and air probe A outside the jig's claimed tolerance, the ways a real jig gives.
    /// Bound rows: review 23a's covered set-up (jig23's JigBoundScan.Covered, S3 spot −0.6 offset −0.5: the case only R's bound
    /// holds), the shipped six and the 120 random pads of bench families 3–8 at the seed given. Pair rows: review 22b's harness
    /// (jig23's PairPressedScan), the same 126 pads: how the runs end and the records the PC accepts. Run by hand: remove the
    /// Skip, then <c>dotnet test --filter FullyQualifiedName~Review25a.JigAttackScan --logger "console;verbosity=detailed"</c>
    /// (REVIEW25A_ONLY: only rows whose name contains it).
    /// </summary>
    public class JigAttackScan
    {
        private readonly ITestOutputHelper _out;

        public JigAttackScan(ITestOutputHelper output) => _out = output;

        internal static List<(string Name, PadParameters Pad)> Pads() => FixtureBoundScan.ShippedPads().Concat(FixtureBoundScan.BenchPads(3, 8)).ToList();

        internal static IEnumerable<(string Name, int Seed, Func<FixtureHarness22a> Make)> BoundRows()
        {
            Action<SimulatedJigProbe> W = JigBoundScan.Worst;
            foreach (int seed in new[] { 11, 12 })
            {
                yield return ($"seed {seed} R at tolerance", seed, () => JigBoundScan.Covered(-0.6, -0.5, W));
                yield return ($"seed {seed} R share 0.9", seed, () => JigBoundScan.Covered(-0.6, -0.5, j => { W(j); j.Share = 0.9; }));
                yield return ($"seed {seed} R share 0.8", seed, () => JigBoundScan.Covered(-0.6, -0.5, j => { W(j); j.Share = 0.8; }));
                yield return ($"seed {seed} R lag 20 s", seed, () => JigBoundScan.Covered(-0.6, -0.5, j => { W(j); j.LagS = 20; }));
                yield return ($"seed {seed} R lag 30 s", seed, () => JigBoundScan.Covered(-0.6, -0.5, j => { W(j); j.LagS = 30; }));
                yield return ($"seed {seed} R low by 1.5 C", seed, () => JigBoundScan.Covered(-0.6, -0.5, j => { W(j); j.OffsetC = -1.5; }));
                yield return ($"seed {seed} R share 0.9 lag 30 s offset -1.5", seed, () => JigBoundScan.Covered(-0.6, -0.5, j => { W(j); j.Share = 0.9; j.LagS = 30; j.OffsetC = -1.5; }));
                yield return ($"seed {seed} R share 0.8 lag 30 s offset -1.5", seed, () => JigBoundScan.Covered(-0.6, -0.5, j => { W(j); j.Share = 0.8; j.LagS = 30; j.OffsetC = -1.5; }));
            }

            yield return ("seed 11 R share 0.9, room 22 -> 12 C at 600 s", 11, () => { var h = JigBoundScan.Covered(-0.6, -0.5, j => { W(j); j.Share = 0.9; }); h.RoomAt = t => t >= 600 ? 12.0 : 22.0; return h; });
            yield return ("seed 11 R at tolerance, ticks 0.8-1.2 s + 20 s stall at 900", 11, () => { var h = JigBoundScan.Covered(-0.6, -0.5, W); h.TickMs = t => t == 900 ? 20000L : 800L + (400L * ((t * 7919) % 5) / 4); return h; });
            yield return ("seed 11 R share 0.9, supply 13.2 V from 300 s", 11, () => { var h = JigBoundScan.Covered(-0.6, -0.5, j => { W(j); j.Share = 0.9; }); h.SupplyV = t => t >= 300 ? 13.2 : 12.0; return h; });
        }

        internal static IEnumerable<(string Name, Func<FitReviewHarness> Make)> PairRows()
        {
            yield return ("correct, R drawn", () => new FitReviewHarness());
            yield return ("correct, R lag 20 s", () => new FitReviewHarness { Jig = j => j.LagS = 20 });
            yield return ("correct, R lag 30 s", () => new FitReviewHarness { Jig = j => j.LagS = 30 });
            yield return ("correct, R share 0.9", () => new FitReviewHarness { Jig = j => j.Share = 0.9 });
            yield return ("correct, A in the plume (share 0.25)", () => new FitReviewHarness { JigAir = a => a.Share = 0.25 });
            yield return ("correct, A in the plume (share 0.4)", () => new FitReviewHarness { JigAir = a => a.Share = 0.4 });
            yield return ("correct, R lag 30 s, A plume 0.25", () => new FitReviewHarness { Jig = j => j.LagS = 30, JigAir = a => a.Share = 0.25 });
            yield return ("correct, room 16, R lag 30 s", () => new FitReviewHarness { RoomC = 16, Jig = j => j.LagS = 30 });
            foreach (double c in new[] { 0.8, 0.85, 0.9 })
            {
                yield return ($"loose both {c:F2}, R share 0.9", () => new FitReviewHarness { Contact1 = _ => c, Contact2 = _ => c, Jig = j => j.Share = 0.9 });
                yield return ($"loose both {c:F2}, R share 0.8", () => new FitReviewHarness { Contact1 = _ => c, Contact2 = _ => c, Jig = j => j.Share = 0.8 });
                yield return ($"loose both {c:F2}, R share 0.98, A draft (share -0.25)", () => new FitReviewHarness { Contact1 = _ => c, Contact2 = _ => c, Jig = j => j.Share = 0.98, JigAir = a => a.Share = -0.25 });
                yield return ($"loose both {c:F2}, R share 1.0, A draft (share -0.4)", () => new FitReviewHarness { Contact1 = _ => c, Contact2 = _ => c, Jig = j => j.Share = 1.0, JigAir = a => a.Share = -0.4 });
            }
        }

        [Fact(Skip = "Review 25a scan, run by hand (see the class)")]
        public void Bound()
        {
            string only = Environment.GetEnvironmentVariable("REVIEW25A_ONLY") ?? string.Empty;
            var pads = Pads();
            foreach (var row in BoundRows().Where(x => only.Length == 0 || x.Name.Contains(only, StringComparison.Ordinal)))
            {
                var results = new FixtureProbe[pads.Count];
                Parallel.For(0, pads.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => results[i] = row.Make().Run(pads[i].Pad, row.Seed));
                var tally = new FixtureScanTally();
                for (int i = 0; i < pads.Count; i++)
                {
                    tally.Add(pads[i].Name, results[i]);
                }

                _out.WriteLine(tally.Line("bound | " + row.Name));
            }
        }

        [Fact(Skip = "Review 25a scan, run by hand (see the class)")]
        public void Pair()
        {
            string only = Environment.GetEnvironmentVariable("REVIEW25A_ONLY") ?? string.Empty;
            var pads = Pads();
            foreach (var g in PairRows().Where(x => only.Length == 0 || x.Name.Contains(only, StringComparison.Ordinal)))
            {
                Jig23.PairPressedScan.PairScanRow r = Jig23.PairPressedScan.RunRow(g.Make, pads.Select(p => (p.Name, p.Pad, 11)).ToList());
                _out.WriteLine($"pair | {g.Name} | runs {pads.Count} | {r.ByEnd} | records accepted {r.Accepted} | shares: lower {r.LowShares} higher {r.HighShares}");
            }
        }
    }
}
