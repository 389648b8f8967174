using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Twins
{
    /// <summary>
    /// <c>twins</c>: the identifiability limit of the bench. For every reachable case of the bench's random family
    /// (same pads, conditions, levels and sensor seeds as <c>bench</c>), finds the pad's twins
    /// (<see cref="TwinConstruction"/>), runs the bench's firmware on the pad and on each twin with the same sensor
    /// seed (same readings → same duty), and computes the pair's floor (<see cref="PairFloor"/>, 0.3 °C cap): the
    /// slowest of the two rises, against its own physical bound, that the best controller applying one duty to both
    /// can reach. Prints where the firmware's worst runs stand against their floors.
    /// </summary>
    public static class TwinsCommand
    {
        /// <summary>Rise ratio target of issue 3 (worst ≤ 1.15).</summary>
        public const double IssueWorstRise = 1.15;

        // One hour of rich duty (seed 7) for the open-loop check of every pair: noise off, the bench's 1 s step.
        private static readonly double[] RichDuty = TwinReadings.RichDuty(7, 3600);

        /// <summary>Adds the <c>twins</c> command to <paramref name="root"/>.</summary>
        public static void Configure(RootCommand root)
        {
            var command = new Command("twins", "Twin pads the firmware cannot tell apart, and the rise floor they put under any controller.");
            var padsOption = BenchFamilyOptions.RandomPads("Number of random pads (0..1000), as bench");
            var seedOption = BenchFamilyOptions.Seed("Seed of the random pad family and of the sensor noise, as bench");
            var jsonOption = new Option<bool>("--json") { Description = "Write every case as JSON to stdout instead of the table" };
            var lagOption = new Option<double>("--sensor-lag") { Description = "Give every random pad this sensor lag, s (5..40; 0 = as drawn, the bench's family): the family's corners" };
            lagOption.Validators.Add(result =>
            {
                if (HeatPadFirmware.Simulator.Commands.OptionValue.TryGet(result, out double lag) && lag != 0.0 && !(lag >= TwinConstruction.MinSensorLagS && lag <= TwinConstruction.MaxSensorLagS))
                {
                    result.AddError($"--sensor-lag must be 5..40 s (or 0: as drawn), got {lag}");
                }
            });
            command.Options.Add(padsOption);
            command.Options.Add(seedOption);
            command.Options.Add(jsonOption);
            command.Options.Add(lagOption);
            command.SetAction(parse => Execute(parse.GetValue(padsOption), parse.GetValue(seedOption), parse.GetValue(jsonOption), parse.GetValue(lagOption), Console.Out, Console.Error));
            root.Subcommands.Add(command);
        }

        /// <summary>One twin of one case.</summary>
        public sealed record TwinResult(
            double SensorLagS,
            double CoreCapacityJPerK,
            double SurfaceCapacityJPerK,
            double CoreToSurfaceWPerK,
            double SurfaceToBodyWPerK,
            bool InFamilyRanges,
            double TwinBoundS,
            double FloorOriginal,
            double FloorTwin,
            double Floor,
            string Lagging,
            double RichDutyReadingDifferenceC,
            double RichDutySurfaceDifferenceC,
            double MaxReadingDifferenceC,
            double FirstReadingDifferenceS,
            double FirstDutyDifferenceS,
            int DutyTicksDifferent,
            bool ApproachIdentical,
            double FirmwareTwinRise,
            double FirmwareTwinOvershootC,
            int Programs,
            int Unproven);

        /// <summary>One bench case (random pad, condition, level) with its twins and the firmware's figures.</summary>
        public sealed record CaseResult(
            string PadName,
            string Condition,
            int Level,
            double SetpointC,
            int Seed,
            double BoundS,
            double SelfFloorIssueCap,
            double SelfFloorBandCap,
            double FirmwareRise,
            double FirmwareOvershootC,
            List<TwinResult> Twins)
        {
            /// <summary>Largest pair floor over the twins with <paramref name="inFamily"/> (or over all when false); NaN without twins.</summary>
            public double Floor(bool inFamily)
            {
                var floors = Twins.Where(t => !inFamily || t.InFamilyRanges).Select(t => t.Floor).ToList();
                return floors.Count == 0 ? double.NaN : floors.Max();
            }
        }

        /// <summary>
        /// Runs the analysis; returns 0. <paramref name="sensorLagS"/> 0 keeps the family as drawn, 5..40 gives every random
        /// pad that sensor lag.
        /// </summary>
        public static int Execute(int randomPads, int seed, bool json, double sensorLagS, TextWriter output, TextWriter error)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            List<CaseResult> cases = Analyse(randomPads, seed, sensorLagS, error);
            error.WriteLine();
            if (json)
            {
                output.WriteLine(JsonSerializer.Serialize(cases, new JsonSerializerOptions
                {
                    WriteIndented = true,
                    NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
                }));
            }
            else
            {
                WriteTable(output, cases, randomPads, seed, sensorLagS, clock.Elapsed.TotalSeconds);
            }

            return 0;
        }

        /// <summary>
        /// Every reachable random-family case of <c>bench --pads <paramref name="randomPads"/> --seed <paramref name="seed"/></c>,
        /// analysed; with <paramref name="sensorLagS"/> &gt; 0 every random pad gets that sensor lag (same sensor seeds).
        /// </summary>
        public static List<CaseResult> Analyse(int randomPads, int seed, double sensorLagS, TextWriter progress)
        {
            var config = new TherapyConfig();
            var pads = BenchPadFamily.Build(randomPads, seed);
            var cases = new List<CaseResult>();
            int done = 0;
            foreach (BenchPadCondition pc in BenchPadFamily.Walk(pads, seed))
            {
                // The bench's walk, so every case gets the bench's sensor seed.
                bool random = pc.IsRandom;
                PadParameters p = random && sensorLagS > 0.0 ? pc.Pad.With(sensorLagS: sensorLagS) : pc.Pad;
                List<TwinPad> twins = random ? TwinConstruction.Find(p) : null;
                for (int level = 1; level <= TherapyConfig.LevelCount; level++)
                {
                    double setpoint = config.SetpointOfLevelC(level);
                    if (!random || !PhysicalBound.Compute(p, setpoint, out double boundS, out double boundOvershootC))
                    {
                        continue;
                    }

                    cases.Add(AnalyseCase(pc.Name, pc.Condition, p, level, setpoint, pc.SensorSeed(level), boundS, boundOvershootC, twins));
                }

                if (random)
                {
                    done++;
                    progress.Write($"\rtwins: {done}/{randomPads * 2} pad conditions");
                }
            }

            return cases;
        }

        private static CaseResult AnalyseCase(string name, string condition, PadParameters p, int level, double setpointC, int sensorSeed,
            double boundS, double boundOvershootC, List<TwinPad> twins)
        {
            var benchCase = new BenchCase(name, condition, p, level, setpointC, sensorSeed, 0);
            BenchResult firmware = BenchRunner.Run(BenchRunner.Firmware, benchCase, true, boundS, boundOvershootC, null, twins.Count > 0);
            PairFloor.Result selfIssue = PairFloor.Compute(new[] { p }, 0, setpointC, PairFloor.IssueCapC);
            PairFloor.Result selfBand = PairFloor.Compute(new[] { p }, 0, setpointC, PhysicalBound.BandC);
            var results = new List<TwinResult>();
            foreach (TwinPad twin in twins)
            {
                var pair = new[] { p, twin.Pad };
                PairFloor.Result onOriginal = PairFloor.Compute(pair, 0, setpointC, PairFloor.IssueCapC);
                PairFloor.Result onTwin = PairFloor.Compute(pair, 1, setpointC, PairFloor.IssueCapC);
                PhysicalBound.Compute(twin.Pad, setpointC, out double twinBoundS, out double twinOvershootC);
                var twinCase = new BenchCase(name + "-twin", condition, twin.Pad, level, setpointC, sensorSeed, 0);
                BenchResult onTwinFirmware = BenchRunner.Run(BenchRunner.Firmware, twinCase, true, twinBoundS, twinOvershootC, null, true);
                Compare(firmware.Trace, onTwinFirmware.Trace, out double readingDifferenceC, out double firstReadingS, out double firstDutyS, out int dutyTicksDifferent);
                bool twinLags = onTwin.Ratio > onOriginal.Ratio;
                double richReadingC = TwinReadings.MaxReadingDifferenceC(p.With(sensorNoiseC: 0.0), twin.Pad.With(sensorNoiseC: 0.0), s => RichDuty[s],
                    RichDuty.Length, 1, out double richSurfaceC);
                results.Add(new TwinResult(
                    twin.Pad.SensorLagS, twin.Pad.CoreCapacityJPerK, twin.Pad.SurfaceCapacityJPerK, twin.Pad.CoreToSurfaceWPerK, twin.Pad.SurfaceToBodyWPerK,
                    twin.InFamilyRanges, twinBoundS, onOriginal.Ratio, onTwin.Ratio, Math.Max(onOriginal.Ratio, onTwin.Ratio),
                    twinLags ? "twin" : "original", richReadingC, richSurfaceC, readingDifferenceC, firstReadingS, firstDutyS, dutyTicksDifferent,
                    double.IsNaN(firstDutyS) || firstDutyS > Math.Max(firmware.RiseS ?? double.PositiveInfinity, onTwinFirmware.RiseS ?? double.PositiveInfinity),
                    onTwinFirmware.RiseRatio ?? double.NaN, onTwinFirmware.OvershootC, onOriginal.Programs + onTwin.Programs,
                    onOriginal.Unproven + onTwin.Unproven));
            }

            return new CaseResult(name, condition, level, setpointC, sensorSeed, boundS, selfIssue.Ratio, selfBand.Ratio,
                firmware.RiseRatio ?? double.NaN, firmware.OvershootC, results);
        }

        // Largest |reading difference| the two firmware runs saw, °C, the first times (since the setpoint, s; NaN: never)
        // a reading and a duty differed, and the ticks whose duty differed; over the shorter run (each run lasts twice its
        // pad's bound + 25 min, as in the bench).
        private static void Compare(BenchTrace a, BenchTrace b, out double readingDifferenceC, out double firstReadingS, out double firstDutyS,
            out int dutyTicksDifferent)
        {
            readingDifferenceC = 0.0;
            firstReadingS = double.NaN;
            firstDutyS = double.NaN;
            dutyTicksDifferent = 0;
            int n = Math.Min(a.TimeS.Count, b.TimeS.Count);
            for (int i = 0; i < n; i++)
            {
                double difference = Math.Abs(a.ReadingC[i] - b.ReadingC[i]);
                if (difference > 0.0)
                {
                    readingDifferenceC = Math.Max(readingDifferenceC, difference);
                    firstReadingS = double.IsNaN(firstReadingS) ? a.TimeS[i] : firstReadingS;
                }

                if (a.Duty[i] != b.Duty[i])
                {
                    dutyTicksDifferent++;
                    firstDutyS = double.IsNaN(firstDutyS) ? a.TimeS[i] : firstDutyS;
                }
            }

        }

        private static void WriteTable(TextWriter output, List<CaseResult> cases, int randomPads, int seed, double sensorLagS, double seconds)
        {
            CultureInfo inv = CultureInfo.InvariantCulture;
            var withTwin = cases.Where(c => c.Twins.Count > 0).ToList();
            var withFamilyTwin = cases.Where(c => c.Twins.Any(t => t.InFamilyRanges)).ToList();
            var pairs = cases.SelectMany(c => c.Twins).ToList();
            output.WriteLine(string.Format(inv, "HeatPadFirmware twins: {0} random pads (seed {1}{2}), levels 1-5, body and free air; {3} reachable cases in {4:0} s",
                randomPads, seed, sensorLagS > 0.0 ? string.Format(inv, ", every sensor lag {0:0.#} s", sensorLagS) : "", cases.Count, seconds));
            output.WriteLine("A twin gives the same readings for the same heater power (sensor lag <-> one of the pad's two time constants).");
            output.WriteLine("Floor = slowest rise of the pair / its own physical bound that one duty for both can reach with both surfaces <= setpoint + 0.3 C.");
            output.WriteLine();
            output.WriteLine(string.Format(inv, "Cases with a twin: {0} of {1} (physical: positive RC network, sensor lag 5-40 s); {2} with a twin inside the family's spreads (capacities x0.5-x3, body 2-8 W/K). Twins: {3}.",
                withTwin.Count, cases.Count, withFamilyTwin.Count, pairs.Count));
            if (pairs.Count > 0)
            {
                var firstReading = pairs.Select(t => double.IsNaN(t.FirstReadingDifferenceS) ? double.MaxValue : t.FirstReadingDifferenceS).ToList();
                output.WriteLine(string.Format(inv, "Firmware on pad and twin, same sensor seed: readings identical over the whole (shorter) run on {0} of {1} pairs, duty identical on {2};"
                    + " duty identical until both surfaces reached the band on {3}. Where readings part, the first is a 1/16 C rounding flip (median {4:0} s; the unrounded"
                    + " readings differ by < 1 mK, the simulator's 1 s step) and the closed loops then drift (largest reading difference {5:0.000} C).",
                    pairs.Count(t => double.IsNaN(t.FirstReadingDifferenceS)), pairs.Count, pairs.Count(t => t.DutyTicksDifferent == 0),
                    pairs.Count(t => t.ApproachIdentical), Median.Of(pairs.Where(t => !double.IsNaN(t.FirstReadingDifferenceS)).Select(t => t.FirstReadingDifferenceS).ToList()),
                    pairs.Max(t => t.MaxReadingDifferenceC)));
            }

            if (pairs.Count > 0)
            {
                output.WriteLine(string.Format(inv, "Open loop, 1 h of rich duty, noise off, the bench's 1 s step: unrounded readings at most {0:0.000} mK apart; true surfaces up to {1:0.00} C apart (median pair {2:0.00} C).",
                    pairs.Max(t => t.RichDutyReadingDifferenceC) * 1000, pairs.Max(t => t.RichDutySurfaceDifferenceC), Median.Of(pairs.Select(t => t.RichDutySurfaceDifferenceC).ToList())));
            }

            foreach (bool inFamily in new[] { true, false })
            {
                var floors = cases.Select(c => c.Floor(inFamily)).Where(f => !double.IsNaN(f)).ToList();
                output.WriteLine(string.Format(inv, "Pair floors, {0,-20} {1,4} cases: median {2:0.000}, worst {3:0.000}, over {4:0.00}: {5}",
                    inFamily ? "in-family twins:" : "all physical twins:", floors.Count, Median.Of(floors.ToList()), floors.Count > 0 ? floors.Max() : double.NaN,
                    IssueWorstRise, floors.Count(f => f > IssueWorstRise)));
            }

            output.WriteLine(string.Format(inv, "Pair floors: {0} linear programs; trial times counted feasible without proof (simplex rounding; they can only lower a floor): {1}.",
                pairs.Sum(t => t.Programs), pairs.Sum(t => t.Unproven)));
            var selfIssue = cases.Select(c => c.SelfFloorIssueCap).Where(f => !double.IsNaN(f)).ToList();
            var selfBand = cases.Select(c => c.SelfFloorBandCap).Where(f => !double.IsNaN(f)).ToList();
            output.WriteLine(string.Format(inv, "Pad alone (no twin), 0.3 C cap: median {0:0.000}, worst {1:0.000}. LP check, pad alone with the bound's 0.5 C cap: {2:0.000}..{3:0.000} (1 = the bound; whole-second steps).",
                Median.Of(selfIssue.ToList()), selfIssue.Count > 0 ? selfIssue.Max() : double.NaN, selfBand.Count > 0 ? selfBand.Min() : double.NaN, selfBand.Count > 0 ? selfBand.Max() : double.NaN));
            var fwRises = cases.Where(c => !double.IsNaN(c.FirmwareRise)).Select(c => c.FirmwareRise).ToList();
            output.WriteLine(string.Format(inv, "Firmware (bench's runs of these cases): median rise {0:0.000}, worst {1:0.000}, over 1.15: {2}, not reached: {3}, max overshoot {4:0.00} C.",
                Median.Of(fwRises.ToList()), fwRises.Count > 0 ? fwRises.Max() : double.NaN, fwRises.Count(r => r > IssueWorstRise),
                cases.Count(c => double.IsNaN(c.FirmwareRise)), cases.Count > 0 ? cases.Max(c => c.FirmwareOvershootC) : double.NaN));
            output.WriteLine();
            output.WriteLine("Firmware's worst runs beside their floors (pair floor: largest over the case's twins; '-' = no twin):");
            output.WriteLine("  case                     rise   overshoot  pair floor (family / any)  alone 0.3 C  firmware on twin (rise, overshoot)");
            var worst = cases.OrderByDescending(c => double.IsNaN(c.FirmwareRise) ? 99 : c.FirmwareRise).Take(10)
                .Concat(cases.OrderByDescending(c => c.FirmwareOvershootC).Take(5)).Distinct().ToList();
            foreach (CaseResult c in worst)
            {
                string twinRuns = c.Twins.Count == 0 ? "-" : string.Join("; ", c.Twins.Select(t => string.Format(inv, "{0}, {1:0.00} C", Ratio(t.FirmwareTwinRise), t.FirmwareTwinOvershootC)));
                output.WriteLine(string.Format(inv, "  {0,-24} {1,5}  {2,6:0.00} C  {3,8} / {4,-8}           {5,6:0.000}      {6}",
                    c.PadName + " " + c.Condition + " L" + c.Level, Ratio(c.FirmwareRise), c.FirmwareOvershootC, Ratio(c.Floor(true)), Ratio(c.Floor(false)),
                    c.SelfFloorIssueCap, twinRuns));
            }

            output.WriteLine();
            output.WriteLine("Highest pair floors:");
            foreach (CaseResult c in withTwin.OrderByDescending(c => c.Floor(false)).Take(5))
            {
                TwinResult t = c.Twins.OrderByDescending(x => x.Floor).First();
                output.WriteLine(string.Format(inv, "  {0,-24} floor {1:0.000} ({2} lags; twin: lag {3:0.0} s, Cc {4:0} J/K, Cs {5:0} J/K, Gcs {6:0.00} W/K, body {7:0.00} W/K, {8})  firmware {9} / on twin {10}",
                    c.PadName + " " + c.Condition + " L" + c.Level, t.Floor, t.Lagging, t.SensorLagS, t.CoreCapacityJPerK, t.SurfaceCapacityJPerK, t.CoreToSurfaceWPerK,
                    t.SurfaceToBodyWPerK, t.InFamilyRanges ? "in family" : "outside the spreads", Ratio(c.FirmwareRise), Ratio(t.FirmwareTwinRise)));
            }
        }

        private static string Ratio(double value)
        {
            return double.IsNaN(value) ? "-" : value.ToString("0.000", CultureInfo.InvariantCulture);
        }
    }
}
