using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Twins
{
    /// <summary>
    /// <c>groupfloor</c>: where the firmware's slow runs lose their time. For every bench case (random family and shipped
    /// pads, same walk and seeds as <c>bench</c>) whose firmware rise is over <c>--over</c> × the physical bound, takes the
    /// controller's plausible candidates at the first stop of full power (<see cref="StopSnapshot"/>) and solves the
    /// <see cref="GroupFloor"/> program from that moment: the earliest time one common duty brings the targets to
    /// setpoint − 0.5 °C while the true pad and every candidate stay ≤ setpoint + 0.3 °C. Targets: the truth alone
    /// (no candidates: the truth floor), the truth with every candidate under the cap, and every member (the robust
    /// floor: what a controller that only knows the set can guarantee), also for the narrower sets the learner holds
    /// (300 / 30 noise units, the best fit alone). With <c>--joint</c>, also the joint min–max floor of every twin pair
    /// against the single-target pair floor of <see cref="PairFloor"/>.
    /// </summary>
    public static class GroupFloorCommand
    {
        /// <summary>Longest time from the stop the programs try, s.</summary>
        public const int MaxFromStopS = 3600;

        /// <summary>Adds the command to <paramref name="root"/>.</summary>
        public static void Configure(RootCommand root)
        {
            var command = new Command("groupfloor", "The firmware's slow runs against the best common duty for its plausible set at the stop of full power.");
            var padsOption = BenchFamilyOptions.RandomPads("Number of random pads (0..1000), as bench");
            var seedOption = BenchFamilyOptions.Seed("Seed, as bench");
            var overOption = new Option<double>("--over") { Description = "Analyse runs whose rise ratio is over this (1..10)", DefaultValueFactory = _ => 1.15 };
            var jointOption = new Option<bool>("--joint") { Description = "Also the joint pair floor of every twin pair (slow: minutes)" };
            overOption.Validators.Add(result =>
            {
                if (HeatPadFirmware.Simulator.Commands.OptionValue.TryGet(result, out double v) && !(v >= 1.0 && v <= 10.0))
                {
                    result.AddError($"--over must be 1..10, got {v}");
                }
            });
            command.Options.Add(padsOption);
            command.Options.Add(seedOption);
            command.Options.Add(overOption);
            command.Options.Add(jointOption);
            command.SetAction(parse => Execute(parse.GetValue(padsOption), parse.GetValue(seedOption), parse.GetValue(overOption), parse.GetValue(jointOption),
                Console.Out, Console.Error));
            root.Subcommands.Add(command);
        }

        /// <summary>
        /// The floors of one slow run, seconds from the stop of full power (−1: none within <see cref="MaxFromStopS"/>).
        /// <see cref="LadderCounts"/>[i] / <see cref="LadderFloorS"/>[i]: the candidates within <see cref="StopSnapshot.NoiseLadder"/>[i] noise
        /// units of the best fit at the stop, and the robust floor (truth and each of them in the band) over them.
        /// </summary>
        public sealed record SlowRun(
            string Case,
            double BoundS,
            double FirmwareRise,
            double OvershootC,
            int StopS,
            double FirmwareRemainingS,
            double TruthCoastPeakC,
            double CautiousCoastPeakC,
            double CautiousLagS,
            double TruthLagS,
            string SetLagsS,
            int TruthFloorS,
            int GroupTruthFloorS,
            int[] LadderCounts,
            int[] LadderFloorS,
            double[] LadderSpreadC,
            double BestSurfaceErrorC,
            List<PairWithTruth> Pairs,
            double SetPeakUnderFirmwareC,
            double TruthPeakUnderFirmwareC,
            string LpDuty,
            string FirmwareDuty)
        {
            /// <summary>Rise ratio of a floor measured from the stop (NaN for none).</summary>
            public double Ratio(int floorS)
            {
                return floorS < 0 ? double.NaN : (StopS + floorS) / BoundS;
            }

            /// <summary>Index of the widest band of the ladder whose robust floor is within <paramref name="limit"/> × the bound; −1 when none.</summary>
            public int WidestWithin(double limit)
            {
                for (int i = 0; i < LadderFloorS.Length; i++)
                {
                    if (LadderFloorS[i] >= 0 && Ratio(LadderFloorS[i]) <= limit)
                    {
                        return i;
                    }
                }

                return -1;
            }
        }

        /// <summary>One candidate at the stop beside the truth: its coast peak and surface minus the truth's (°C), its sensor lag over the truth's, and the robust floor of the two (rise ratio; NaN: none within 1 h).</summary>
        public sealed record PairWithTruth(double CoastPeakGapC, double SurfaceGapC, double LagRatio, double RobustRise);

        /// <summary>Runs the analysis and writes the table; returns 0.</summary>
        public static int Execute(int randomPads, int seed, double over, bool joint, TextWriter output, TextWriter error)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            CultureInfo inv = CultureInfo.InvariantCulture;
            List<SlowRun> runs = Analyse(randomPads, seed, over, error);
            error.WriteLine();
            output.WriteLine(string.Format(inv, "HeatPadFirmware groupfloor: bench seed {0}, {1} random pads + shipped; firmware runs over {2:0.00} x the bound: {3} ({4:0} s)",
                seed, randomPads, over, runs.Count, clock.Elapsed.TotalSeconds));
            output.WriteLine("From the first stop of full power (stop = s since the setpoint). Floors: s from the stop to setpoint - 0.5 C with one common duty,");
            output.WriteLine("every member <= setpoint + 0.3 C until 30 min after: truth = the true pad alone; grp>truth = the truth's band with the cap on the truth");
            output.WriteLine("and the whole plausible set; then the robust floor (truth AND every candidate in the band) over the candidates within");
            output.WriteLine("1000 (the plausible set) / 300 / 100 / 30 / 10 / 3 / 1 / 0 noise units of the best fit: count:floor. '-' = none within 1 h.");
            output.WriteLine("  case                      rise  stop fw-left | truth grp>truth | robust floor per band (count:s)                      | coast peak truth / cautious (its lag) | lag truth | set's lags");
            foreach (SlowRun r in runs)
            {
                string ladder = string.Join(" ", r.LadderCounts.Select((n, i) => (n + ":" + S(r.LadderFloorS[i])).PadLeft(6)));
                output.WriteLine(string.Format(inv, "  {0,-24} {1,5:0.000} {2,5} {3,6:0} | {4,5} {5,9} | {6} | {7,6:0.00} / {8,6:0.00} ({9,3:0} s) | {10,5:0} s | {11}",
                    r.Case, r.FirmwareRise, r.StopS, r.FirmwareRemainingS, S(r.TruthFloorS), S(r.GroupTruthFloorS), ladder, r.TruthCoastPeakC, r.CautiousCoastPeakC,
                    r.CautiousLagS, r.TruthLagS, r.SetLagsS));
            }

            output.WriteLine();
            output.WriteLine("As rise ratios ((stop + floor) / bound): firmware, truth, grp>truth, robust over the plausible set; widest band (noise units) whose robust floor is <= 1.15 / <= 1.05;");
            output.WriteLine("coast-peak spread (truth and the band's fits, C) of the plausible set / of the widest band within 1.15; best fit's surface - true surface at the stop, C;");
            output.WriteLine("under the firmware's own duty from the stop to its rise, then none: the highest surface the plausible set predicts / the truth's, C over the setpoint");
            foreach (SlowRun r in runs)
            {
                int w115 = r.WidestWithin(1.15), w105 = r.WidestWithin(1.05);
                output.WriteLine(string.Format(inv, "  {0,-24} {1,6:0.000} {2,6} {3,6} {4,6} | {5,5} ({6,2} fits) / {7,5} ({8,2} fits) | spread {9,5:0.00} / {10,5} | best fit {11,6:0.00} | fw duty: set {12,5:0.00} truth {13,5:0.00}",
                    r.Case, r.FirmwareRise, Q(r, r.TruthFloorS), Q(r, r.GroupTruthFloorS), Q(r, r.LadderFloorS[0]), w115 < 0 ? "-" : StopSnapshot.NoiseLadder[w115].ToString(inv),
                    w115 < 0 ? 0 : r.LadderCounts[w115], w105 < 0 ? "-" : StopSnapshot.NoiseLadder[w105].ToString(inv), w105 < 0 ? 0 : r.LadderCounts[w105],
                    r.LadderSpreadC[0], w115 < 0 ? "-" : r.LadderSpreadC[w115].ToString("0.00", inv), r.BestSurfaceErrorC, r.SetPeakUnderFirmwareC, r.TruthPeakUnderFirmwareC));
            }

            output.WriteLine();
            output.WriteLine("Duty from the stop (s from the stop: F = full power, 0 = off, p0.42 = partial, mean duty): the truth-alone LP, the robust LP over the");
            output.WriteLine("widest band that reaches 1.15, and the firmware up to its rise + 60 s");
            foreach (SlowRun r in runs)
            {
                output.WriteLine("  " + r.Case);
                output.WriteLine("    LP:       " + r.LpDuty);
                output.WriteLine("    firmware: " + r.FirmwareDuty);
            }

            // Summary over the runs whose stop was decided on a plausible set before the band.
            var decided = runs.Where(r => r.StopS >= 0 && r.LadderCounts[0] > 0 && r.FirmwareRemainingS > 0).ToList();
            int last = StopSnapshot.NoiseLadder.Length - 1;
            output.WriteLine();
            output.WriteLine(string.Format(inv, "Summary: {0} slow runs stopped full power on a plausible set before the band. Firmware from the stop: median {1:0} s; truth floor: median {2:0} s"
                + " (ratio worst {3:0.000}); truth's band under the whole set's cap: {4} runs; robust over the whole set: {5}; robust within 1.15 over the fits within 300 / 100 / 30 / 10 / 3 / 1 / 0 units:"
                + " {6}; best fit alone not within 1.15: {7}. Under the firmware's own landing duty the set predicts a peak of median {8:0.00} C over the setpoint (the truth {9:0.00} C).",
                decided.Count, decided.Count == 0 ? double.NaN : Median.Of(decided.Select(r => r.FirmwareRemainingS).ToList()),
                decided.Count == 0 ? double.NaN : Median.Of(decided.Where(r => r.TruthFloorS >= 0).Select(r => (double)r.TruthFloorS).ToList()),
                decided.Where(r => r.TruthFloorS >= 0).Select(r => r.Ratio(r.TruthFloorS)).DefaultIfEmpty(double.NaN).Max(),
                decided.Count(r => r.GroupTruthFloorS >= 0), decided.Count(r => r.LadderFloorS[0] >= 0),
                string.Join(" / ", Enumerable.Range(1, last).Select(i => decided.Count(r => r.LadderFloorS[i] >= 0 && r.Ratio(r.LadderFloorS[i]) <= 1.15))),
                decided.Count(r => !(r.LadderFloorS[last] >= 0 && r.Ratio(r.LadderFloorS[last]) <= 1.15)),
                decided.Count == 0 ? double.NaN : Median.Of(decided.Select(r => r.SetPeakUnderFirmwareC).ToList()),
                decided.Count == 0 ? double.NaN : Median.Of(decided.Select(r => r.TruthPeakUnderFirmwareC).ToList())));

            var allPairs = runs.SelectMany(r => r.Pairs).ToList();
            output.WriteLine();
            output.WriteLine(string.Format(inv, "Each plausible candidate alone with the truth ({0} pairs): share whose robust floor is <= 1.15 x the bound, by the gap of its coast peak over the truth's", allPairs.Count));
            double[] edges = { double.NegativeInfinity, -1.0, -0.5, -0.25, 0.0, 0.25, 0.5, 1.0, 2.0, double.PositiveInfinity };
            for (int i = 0; i + 1 < edges.Length; i++)
            {
                var bin = allPairs.Where(x => x.CoastPeakGapC >= edges[i] && x.CoastPeakGapC < edges[i + 1]).ToList();
                output.WriteLine(string.Format(inv, "  coast-peak gap {0,6} .. {1,-6} C: {2,4} pairs, {3,4} <= 1.15, {4,4} <= 1.05; median lag ratio {5:0.00}",
                    double.IsInfinity(edges[i]) ? "" : edges[i].ToString("0.00", inv), double.IsInfinity(edges[i + 1]) ? "" : edges[i + 1].ToString("0.00", inv), bin.Count,
                    bin.Count(x => x.RobustRise <= 1.15), bin.Count(x => x.RobustRise <= 1.05), bin.Count == 0 ? double.NaN : Median.Of(bin.Select(x => x.LagRatio).ToList())));
            }

            output.WriteLine("The same pairs by the candidate's sensor lag over the truth's:");
            double[] lagEdges = { 0.0, 0.5, 0.75, 1.0 / 1.5, 1.5, 2.0, 3.0, double.PositiveInfinity };
            Array.Sort(lagEdges);
            for (int i = 0; i + 1 < lagEdges.Length; i++)
            {
                var bin = allPairs.Where(x => x.LagRatio >= lagEdges[i] && x.LagRatio < lagEdges[i + 1]).ToList();
                output.WriteLine(string.Format(inv, "  lag ratio {0,5:0.00} .. {1,-5:0.00}: {2,4} pairs, {3,4} <= 1.15, {4,4} <= 1.05; median |coast-peak gap| {5:0.00} C",
                    lagEdges[i], lagEdges[i + 1], bin.Count, bin.Count(x => x.RobustRise <= 1.15), bin.Count(x => x.RobustRise <= 1.05),
                    bin.Count == 0 ? double.NaN : Median.Of(bin.Select(x => Math.Abs(x.CoastPeakGapC)).ToList())));
            }

            if (joint)
            {
                WriteJoint(randomPads, seed, output, error);
            }

            return 0;
        }

        private static string S(int s)
        {
            return s < 0 ? "-" : s.ToString(CultureInfo.InvariantCulture);
        }

        private static string Q(SlowRun r, int floorS)
        {
            return floorS < 0 ? "-" : r.Ratio(floorS).ToString("0.000", CultureInfo.InvariantCulture);
        }

        /// <summary>Every bench case over <paramref name="over"/> × its bound, analysed at its first stop of full power.</summary>
        public static List<SlowRun> Analyse(int randomPads, int seed, double over, TextWriter progress)
        {
            var config = new TherapyConfig();
            var pads = BenchPadFamily.Build(randomPads, seed);
            var runs = new List<SlowRun>();
            int done = 0;
            foreach (BenchPadCondition pc in BenchPadFamily.Walk(pads, seed))
            {
                // The bench's walk, so every case gets the bench's sensor seed.
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
                    double rise = snap.RiseS / boundS;
                    if (!(rise <= over))
                    {
                        runs.Add(AnalyseRun(pc.Name + " " + pc.Condition + " L" + level, p, setpoint, boundS, snap));
                    }
                }

                done++;
                progress.Write($"\rgroupfloor: {done}/{pads.Count * 2} pad conditions, {runs.Count} slow runs");
            }

            return runs;
        }

        /// <summary>The floors of one run at its first stop of full power (all −1 when full power never stopped).</summary>
        public static SlowRun AnalyseRun(string label, PadParameters p, double setpointC, double boundS, StopSnapshot snap)
        {
            double bandC = setpointC - PhysicalBound.BandC;
            double capC = setpointC + PairFloor.IssueCapC;
            int stop = snap.StopTick;
            int rungs = StopSnapshot.NoiseLadder.Length;
            if (stop < 0)
            {
                return new SlowRun(label, boundS, snap.RiseS / boundS, snap.OvershootC, -1, double.NaN, double.NaN, double.NaN, double.NaN, p.SensorLagS, "",
                    -1, -1, new int[rungs], Enumerable.Repeat(-1, rungs).ToArray(), new double[rungs], double.NaN, new List<PairWithTruth>(), double.NaN, double.NaN, "", "");
            }

            int horizon = MaxFromStopS + PairFloor.CoastS;
            var truth = new PadMember(p, snap.Duty.Take(stop).ToArray(), snap.Closed.Take(stop).ToArray(), horizon);
            var candidates = new List<FloorMember>();
            for (int k = 0; k < snap.Candidates.Count; k++)
            {
                candidates.Add(new ModelMember("candidate " + k, snap.Candidates[k], snap.CandidateCoreC[k], snap.CandidateSurfaceC[k], horizon));
            }

            int Floor(int count, bool allTargets, out GroupFloor.Solution solution)
            {
                var members = new List<FloorMember> { truth };
                members.AddRange(candidates.Take(count));
                int[] targets = allTargets ? Enumerable.Range(0, members.Count).ToArray() : new[] { 0 };
                return GroupFloor.EarliestCommonS(members, targets, bandC, capC, MaxFromStopS, out solution, out _);
            }

            int truthFloor = Floor(0, false, out GroupFloor.Solution truthSolution);
            int groupTruth = Floor(candidates.Count, false, out _);
            var counts = new int[rungs];
            var floors = new int[rungs];
            var solutions = new GroupFloor.Solution[rungs];
            var cache = new Dictionary<int, (int Floor, GroupFloor.Solution Solution)>();
            for (int i = 0; i < rungs; i++)
            {
                counts[i] = Math.Min(snap.WithinCounts[i], candidates.Count);
                if (!cache.TryGetValue(counts[i], out var found))
                {
                    int f = Floor(counts[i], true, out GroupFloor.Solution solution);
                    found = (f, solution);
                    cache[counts[i]] = found;
                }

                floors[i] = found.Floor;
                solutions[i] = found.Solution;
            }

            double cautiousPeak = double.NegativeInfinity, cautiousLag = double.NaN;
            for (int k = 0; k < candidates.Count; k++)
            {
                double peak = candidates[k].FreeC.Take(PairFloor.CoastS).Max();
                if (peak > cautiousPeak)
                {
                    cautiousPeak = peak;
                    cautiousLag = snap.Candidates[k].SensorLagS;
                }
            }

            // Spread of the coast peaks (duty 0 from the stop) over the truth and each band's candidates, °C.
            double truthPeak = truth.FreeC.Take(PairFloor.CoastS).Max();
            var spreads = new double[rungs];
            for (int i = 0; i < rungs; i++)
            {
                var peaks = candidates.Take(counts[i]).Select(m => m.FreeC.Take(PairFloor.CoastS).Max()).Append(truthPeak).ToList();
                spreads[i] = peaks.Max() - peaks.Min();
            }

            // Each candidate alone with the truth: how far its view may be from the truth's for a fast robust landing.
            var pairs = new List<PairWithTruth>();
            for (int k = 0; k < candidates.Count; k++)
            {
                int f = GroupFloor.EarliestCommonS(new[] { truth, candidates[k] }, new[] { 0, 1 }, bandC, capC, MaxFromStopS, out _, out _);
                pairs.Add(new PairWithTruth(candidates[k].FreeC.Take(PairFloor.CoastS).Max() - truthPeak, candidates[k].FreeC[0] - truth.FreeC[0],
                    snap.Candidates[k].SensorLagS / p.SensorLagS, f < 0 ? double.NaN : (stop - snap.StartTick + f) / boundS));
            }

            // The plausible set's own prediction of the firmware's landing (its recorded duty from the stop until the truth
            // reached the band, then none, like the programs' duty): the highest surface any candidate expects, and the
            // truth's, over the setpoint, °C.
            var recorded = new double[horizon];
            int landedS = double.IsNaN(snap.RiseS) ? horizon : Math.Min(horizon, (int)(snap.RiseS - (stop - snap.StartTick)));
            for (int i = 0; i < landedS && stop + i < snap.Duty.Count; i++)
            {
                recorded[i] = snap.Duty[stop + i];
            }

            var path = new double[horizon + 1];
            double setPeak = double.NegativeInfinity;
            foreach (FloorMember m in candidates)
            {
                m.Simulate(recorded, horizon, path);
                setPeak = Math.Max(setPeak, path.Max());
            }

            truth.Simulate(recorded, horizon, path);
            double truthUnderFirmware = path.Max() - setpointC;

            double bestError = candidates.Count > 0 ? candidates[0].FreeC[0] - truth.FreeC[0] : double.NaN;
            var lags = snap.Candidates.GroupBy(m => m.SensorLagS).OrderBy(g => g.Key).Select(g => g.Key.ToString("0", CultureInfo.InvariantCulture) + "x" + g.Count());
            double firmwareLeft = snap.RiseS - (stop - snap.StartTick);
            int shownS = double.IsNaN(snap.RiseS) ? 1800 : Math.Max(0, (int)firmwareLeft + 60);
            var firmwareDuty = snap.Duty.Skip(stop).Take(shownS).ToArray();
            var run = new SlowRun(label, boundS, snap.RiseS / boundS, snap.OvershootC, stop - snap.StartTick, firmwareLeft, truth.FreeC.Take(PairFloor.CoastS).Max() - setpointC,
                cautiousPeak - setpointC, cautiousLag, p.SensorLagS, string.Join(" ", lags), truthFloor, groupTruth, counts, floors, spreads, bestError, pairs, setPeak - setpointC, truthUnderFirmware, "", Segments(firmwareDuty));
            int widest = run.WidestWithin(TwinsCommand.IssueWorstRise);
            string lp = "truth alone: " + (truthSolution == null ? "-" : Segments(truthSolution.DutyPerSecond));
            if (widest >= 0 && solutions[widest] != null)
            {
                lp += "; robust over " + counts[widest] + " fit(s) (" + StopSnapshot.NoiseLadder[widest].ToString(CultureInfo.InvariantCulture) + " units): " + Segments(solutions[widest].DutyPerSecond);
            }

            return run with { LpDuty = lp };
        }

        /// <summary>A duty per second as segments: "0-35 F, 35-120 0, 120-300 p0.42" (F ≥ 0.99, 0 ≤ 0.01, otherwise the mean).</summary>
        public static string Segments(double[] duty)
        {
            var text = new StringBuilder();
            int i = 0;
            while (i < duty.Length)
            {
                int kind = Kind(duty[i]);
                int j = i;
                double sum = 0.0;
                while (j < duty.Length && Kind(duty[j]) == kind)
                {
                    sum += duty[j];
                    j++;
                }

                if (text.Length > 0)
                {
                    text.Append(", ");
                }

                string value = kind == 2 ? "F" : kind == 0 ? "0" : "p" + (sum / (j - i)).ToString("0.00", CultureInfo.InvariantCulture);
                text.Append(i.ToString(CultureInfo.InvariantCulture)).Append('-').Append(j.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(value);
                i = j;
            }

            return text.ToString();
        }

        private static int Kind(double duty)
        {
            return duty >= 0.99 ? 2 : duty <= 0.01 ? 0 : 1;
        }

        private static void WriteJoint(int randomPads, int seed, TextWriter output, TextWriter error)
        {
            CultureInfo inv = CultureInfo.InvariantCulture;
            var config = new TherapyConfig();
            var pads = BenchPadFamily.Build(randomPads, seed);
            var differences = new List<(string Case, double Single, double Joint)>();
            int done = 0;
            foreach (BenchPadCondition pc in BenchPadFamily.Walk(pads, seed))
            {
                if (!pc.IsRandom)
                {
                    continue;
                }

                PadParameters p = pc.Pad;
                List<TwinPad> twins = TwinConstruction.Find(p);
                for (int level = 1; level <= TherapyConfig.LevelCount && twins.Count > 0; level++)
                {
                    double setpoint = config.SetpointOfLevelC(level);
                    if (!PhysicalBound.Compute(p, setpoint, out double boundS, out _))
                    {
                        continue;
                    }

                    foreach (TwinPad twin in twins)
                    {
                        if (!PhysicalBound.Compute(twin.Pad, setpoint, out double twinBoundS, out _))
                        {
                            continue;
                        }

                        var pair = new[] { p, twin.Pad };
                        double single = Math.Max(PairFloor.Compute(pair, 0, setpoint, PairFloor.IssueCapC).Ratio, PairFloor.Compute(pair, 1, setpoint, PairFloor.IssueCapC).Ratio);
                        const double maxRatio = 2.0;
                        int horizon = (int)Math.Ceiling(maxRatio * Math.Max(boundS, twinBoundS)) + PairFloor.CoastS + 1;
                        var members = new FloorMember[] { new PadMember(p, null, null, horizon), new PadMember(twin.Pad, null, null, horizon) };
                        double jointRatio = GroupFloor.JointRatio(members, new[] { 0, 1 }, new[] { boundS, twinBoundS }, setpoint - PhysicalBound.BandC,
                            setpoint + PairFloor.IssueCapC, 1e-4, maxRatio, out _);
                        differences.Add((pc.Name + " " + pc.Condition + " L" + level, single, jointRatio));
                    }
                }

                done++;
                error.Write($"\rjoint pair floors: {done}/{randomPads * 2} pad conditions");
            }

            error.WriteLine();
            var valid = differences.Where(d => !double.IsNaN(d.Single) && !double.IsNaN(d.Joint)).ToList();
            output.WriteLine();
            output.WriteLine(string.Format(inv, "Joint pair floor (both pads in the band, each at rho x its own bound, one LP, bisected on rho to 1e-4) against the single-target"
                + " pair floor (the larger of the two one-target floors): {0} pairs; joint - single: median {1:0.0000}, largest {2:0.0000}, smallest {7:0.0000} (blocks of T/300 s: a one-target program and the joint one cut time differently); worst joint {3:0.000}, worst single {4:0.000}; over 1.15: {5} / {6}.",
                valid.Count, valid.Count == 0 ? double.NaN : Median.Of(valid.Select(d => d.Joint - d.Single).ToList()), valid.Count == 0 ? double.NaN : valid.Max(d => d.Joint - d.Single),
                valid.Count == 0 ? double.NaN : valid.Max(d => d.Joint), valid.Count == 0 ? double.NaN : valid.Max(d => d.Single),
                valid.Count(d => d.Joint > TwinsCommand.IssueWorstRise), valid.Count(d => d.Single > TwinsCommand.IssueWorstRise),
                valid.Count == 0 ? double.NaN : valid.Min(d => d.Joint - d.Single)));
            foreach (var d in valid.OrderByDescending(d => Math.Abs(d.Joint - d.Single)).Take(5))
            {
                output.WriteLine(string.Format(inv, "  {0,-24} single {1:0.0000}  joint {2:0.0000}", d.Case, d.Single, d.Joint));
            }
        }
    }
}
