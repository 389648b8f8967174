using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Twins
{
    /// <summary>
    /// EXPERIMENT (session 11): <c>stopset</c>: for every reachable bench case, the learner's plausible set at the first stop of
    /// full power against the true pad: how wide the set's coast peaks spread and how far the best and the cautious fit's
    /// coast peak lie from the pad's.
    /// </summary>
    public static class StopSetCommand
    {
        /// <summary>Adds the command to <paramref name="root"/>.</summary>
        public static void Configure(RootCommand root)
        {
            var command = new Command("stopset", "EXPERIMENT: the plausible set at the first stop of full power, every reachable case.");
            var padsOption = BenchFamilyOptions.RandomPads("Number of random pads (0..1000), as bench");
            var seedOption = BenchFamilyOptions.Seed("Seed, as bench");
            command.Options.Add(padsOption);
            command.Options.Add(seedOption);
            command.SetAction(parse => Execute(parse.GetValue(padsOption), parse.GetValue(seedOption)));
            root.Subcommands.Add(command);
        }

        private static int Execute(int randomPads, int seed)
        {
            CultureInfo inv = CultureInfo.InvariantCulture;
            var config = new TherapyConfig();
            var pads = BenchPadFamily.Build(randomPads, seed);
            var rows = new List<(bool Random, string Case, double Rise, int Plausible, int Within30, int Within3, double Spread, double Spread30, double BestGap, double CautiousGap, double StopFrac, double BestLagRatio)>();
            foreach (BenchPadCondition pc in BenchPadFamily.Walk(pads, seed))
            {
                PadParameters p = pc.Pad;
                for (int level = 1; level <= TherapyConfig.LevelCount; level++)
                {
                    double setpoint = config.SetpointOfLevelC(level);
                    if (!PhysicalBound.Compute(p, setpoint, out double boundS, out _))
                    {
                        continue;
                    }

                    double runS = Math.Min(BenchRunner.MaxRunS, boundS * 2 + BenchRunner.HoldS + BenchRunner.SettleS);
                    StopSnapshot snap = StopSnapshot.Run(p, level, setpoint, pc.SensorSeed(level), runS);
                    int stop = snap.StopTick;
                    if (stop < 0 || snap.Candidates.Count == 0)
                    {
                        continue;
                    }

                    const int horizon = 600;
                    var truth = new PadMember(p, snap.Duty.Take(stop).ToArray(), snap.Closed.Take(stop).ToArray(), horizon);
                    double truthPeak = truth.FreeC.Take(horizon).Max();
                    if (truthPeak >= setpoint - PhysicalBound.BandC)
                    {
                        // The stop already lands the pad: nothing to identify.
                    }

                    var peaks = new List<double>();
                    for (int k = 0; k < snap.Candidates.Count; k++)
                    {
                        var m = new ModelMember("c", snap.Candidates[k], snap.CandidateCoreC[k], snap.CandidateSurfaceC[k], horizon);
                        peaks.Add(m.FreeC.Take(horizon).Max());
                    }

                    int w30 = Math.Min(snap.WithinCounts[3], peaks.Count);
                    int w3 = Math.Min(snap.WithinCounts[5], peaks.Count);
                    var p30 = peaks.Take(Math.Max(1, w30)).ToList();
                    rows.Add((pc.IsRandom, pc.Name + " " + pc.Condition + " L" + level, snap.RiseS / boundS, peaks.Count, w30, w3, peaks.Max() - peaks.Min(), p30.Max() - p30.Min(),
                        peaks[0] - truthPeak, peaks.Max() - truthPeak, (stop - snap.StartTick) / boundS, snap.Candidates[0].SensorLagS / p.SensorLagS));
                }

                Console.Error.Write(".");
            }

            Console.Error.WriteLine();
            foreach (bool random in new[] { true, false })
            {
                var r = rows.Where(x => x.Random == random).ToList();
                Console.WriteLine(string.Format(inv, "{0}: {1} stops. plausible median {2:0}, within 30 units {3:0}, within 3 {4:0}; coast-peak spread of the set median {5:0.00} C (90% {6:0.00}), within 30 units {7:0.00};"
                    + " |best - truth| median {8:0.00} C, <=0.25 C in {9}; cautious - truth median {10:0.00} C, <=0.25 C in {11}; stop at median {12:0.000} of the bound; best lag within x1.35 in {13}",
                    random ? "random" : "shipped", r.Count, Median.Of(r.Select(x => (double)x.Plausible).ToList()), Median.Of(r.Select(x => (double)x.Within30).ToList()),
                    Median.Of(r.Select(x => (double)x.Within3).ToList()), Median.Of(r.Select(x => x.Spread).ToList()), Pct(r.Select(x => x.Spread), 0.9),
                    Median.Of(r.Select(x => x.Spread30).ToList()), Median.Of(r.Select(x => Math.Abs(x.BestGap)).ToList()), r.Count(x => Math.Abs(x.BestGap) <= 0.25),
                    Median.Of(r.Select(x => x.CautiousGap).ToList()), r.Count(x => x.CautiousGap <= 0.25), Median.Of(r.Select(x => x.StopFrac).ToList()),
                    r.Count(x => x.BestLagRatio >= 1 / 1.35 && x.BestLagRatio <= 1.35)));
                var slow = r.Where(x => x.Rise > 1.15).ToList();
                foreach (var x in slow)
                {
                    Console.WriteLine(string.Format(inv, "  slow {0,-24} rise {1:0.000} plausible {2} w30 {3} spread {4:0.00} best {5:+0.00;-0.00} cautious {6:+0.00;-0.00} stop {7:0.00}", x.Case, x.Rise, x.Plausible, x.Within30, x.Spread, x.BestGap, x.CautiousGap, x.StopFrac));
                }
            }

            return 0;
        }

        private static double Pct(IEnumerable<double> values, double q)
        {
            var s = values.OrderBy(v => v).ToList();
            return s.Count == 0 ? double.NaN : s[Math.Min(s.Count - 1, (int)(q * s.Count))];
        }
    }
}
