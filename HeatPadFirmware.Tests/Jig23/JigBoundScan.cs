using System;
using System.Collections.Generic;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Fix22;
using HeatPadFirmware.Tests.Review21c;
using HeatPadFirmware.Tests.Review22a;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Jig23
{
    /// <summary>
    /// Session 23 (jig23): review 23a's two MEDIUMs widened — S3 reading far under the element's rise, and a room cooling during the
    /// run — with the pair loose 0.4 under a cover ×0.2 (core ×0.2), chip Vref 1.2 V, sensor seed 11, the jig's probe at the
    /// low end of its tolerance (share 0.98, offset −0.5 °C, lag 10 s) unless a row says otherwise; the shipped six and the 120
    /// random pads of bench families 3–8. Per row: runs, ends, hottest true surface / element, worst dose, runs with the surface
    /// ≥ 43 °C, runs past fix21's bar (dose ≥ 0.25 or ≥ 48 °C). Run by hand: remove the Skip, then
    /// <c>dotnet test --filter FullyQualifiedName~Jig23.JigBoundScan --logger "console;verbosity=detailed"</c>.
    /// </summary>
    public class JigBoundScan
    {
        private readonly ITestOutputHelper _out;

        public JigBoundScan(ITestOutputHelper output) => _out = output;

        /// <summary>The jig's probe at the low end of its tolerance: share 0.98, offset −0.5 °C, lag 10 s.</summary>
        internal static void Worst(SimulatedJigProbe j)
        {
            j.Share = FixtureJigReference.MinProbeShare;
            j.OffsetC = -0.5;
            j.LagS = 10;
        }

        /// <summary>Review 23a's MEDIUM set-up: the pair loose 0.4 under a cover ×0.2 (core ×0.2), chip Vref 1.2 V, S3 lag 10 s at the spot and offset given.</summary>
        internal static FixtureHarness22a Covered(double spot, double offsetC, Action<SimulatedJigProbe> jig) => new FixtureHarness22a
        {
            S3LagS = 10, S3Spot = spot, S3OffsetC = offsetC, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2, Jig = jig,
        };

        internal static IEnumerable<(string Name, Func<FixtureHarness22a> Make)> Rows()
        {
            foreach (double spot in new[] { -0.3, -0.4, -0.5, -0.6, -0.8 })
            {
                foreach (double offset in new[] { 0.0, -0.5 })
                {
                    yield return (FormattableString.Invariant($"S3 spot {spot:F1} offset {offset:F1}"), () => Covered(spot, offset, Worst));
                }
            }

            foreach (int at in new[] { 200, 600 })
            {
                foreach (double to in new[] { 19.0, 16.0, 12.0 })
                {
                    yield return (FormattableString.Invariant($"room 22 -> {to:F0} C at {at} s, S3 spot -0.3 offset -0.5"), () => { var h = Covered(-0.3, -0.5, Worst); h.RoomAt = t => t >= at ? to : 22.0; return h; });
                }
            }

            yield return ("room 22 -> 12 C over 600-3,000 s, S3 spot -0.5 offset -0.5", () => { var h = Covered(-0.5, -0.5, Worst); h.RoomAt = t => t < 600 ? 22.0 : Math.Max(12.0, 22.0 - ((t - 600) / 240.0)); return h; });
            yield return ("room 22 -> 12 C at 600 s, S3 spot -0.6 offset -0.5", () => { var h = Covered(-0.6, -0.5, Worst); h.RoomAt = t => t >= 600 ? 12.0 : 22.0; return h; });
            yield return ("probe outside tolerance: lag 30 s, S3 spot -0.6 offset -0.5", () => Covered(-0.6, -0.5, j => { Worst(j); j.LagS = 30; }));
            yield return ("probe outside tolerance: share 0.9, S3 spot -0.6 offset -0.5", () => Covered(-0.6, -0.5, j => { Worst(j); j.Share = 0.9; }));
            yield return ("pair off, person 0.5 W/K, cover x0.2, S3 spot -0.6 offset -0.5", () => { var h = Covered(-0.6, -0.5, Worst); h.PairCoupling = 0.0; h.BodyWPerKAt = _ => 0.5; h.HasBody = true; return h; });
            yield return ("correct run, S3 spot -0.6, probe drawn", () => new FixtureHarness22a { S3LagS = 10, S3Spot = -0.6, S3OffsetC = -0.5 });
        }

        [Fact(Skip = "Session 23 scan, run by hand (see the class)")]
        public void Scan()
        {
            var pads = FixtureBoundScan.ShippedPads().Concat(FixtureBoundScan.BenchPads(3, 8)).ToList();
            foreach (var row in Rows())
            {
                var tally = new FixtureScanTally();
                foreach (var (name, pad) in pads)
                {
                    tally.Add(name, row.Make().Run(pad, 11));
                }

                _out.WriteLine(tally.Line("row | " + row.Name));
            }
        }

        [Fact(Skip = "Session 23 scan, run by hand (see the class)")]
        public void RoomDrift()
        {
            // The cue's check takes each sensor's rise over its own baseline: a room that changes during the heat adds its change
            // to every rise alike. Free air, the pair at c of the surface's rise (both alike), R at 0.98 / 1.0; room 22 C, then
            // 22 + d from 600 s. Per row: how the runs ended.
            var pads = FixtureBoundScan.ShippedPads().Concat(FixtureBoundScan.BenchPads(3, 8)).ToList();
            foreach (double c in new[] { 1.0, 0.9 })
            {
                foreach (double share in new[] { 0.98, 1.0 })
                {
                    foreach (double d in new[] { -6.0, -3.0, -1.0, 1.0, 2.0, 3.0, 4.0 })
                    {
                        var ends = new SortedDictionary<string, int>(StringComparer.Ordinal);
                        foreach (var (name, pad) in pads)
                        {
                            var h = new FixtureHarness22a { PairCoupling = c, RoomAt = t => t >= 600 ? 22.0 + d : 22.0, Jig = j => j.Share = share, ExtraTicks = 0 };
                            FixtureProbe r = h.Run(pad, 11);
                            string end = r.Stage == ElementFixtureStage.Aborted ? r.AbortFault.ToString() : r.Stage.ToString();
                            ends[end] = ends.TryGetValue(end, out int n) ? n + 1 : 1;
                        }

                        _out.WriteLine(FormattableString.Invariant($"drift | pair {c:F2} R {share:F2} room {d:+0;-0} K at 600 s | runs {pads.Count} | ends {string.Join(", ", ends)}"));
                    }
                }
            }
        }
    }
}
