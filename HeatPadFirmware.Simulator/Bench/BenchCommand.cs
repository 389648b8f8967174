using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Bench
{
    /// <summary>
    /// <c>bench</c>: the firmware controller (through the whole core) and three reference controllers
    /// (thermostat, relay-tuned Klipper-style PID, Marlin-style MPC with the true parameters) on the shipped
    /// pads and a seeded random family, levels 1–5, on the body and in free air, measured against the
    /// physical bound on the true surface temperature.
    /// </summary>
    public static class BenchCommand
    {
        private static readonly string[] Controllers = { BenchRunner.Firmware, "thermostat", "klipper-pid", "marlin-mpc" };

        /// <summary>Adds the <c>bench</c> command to <paramref name="root"/>.</summary>
        public static void Configure(RootCommand root)
        {
            var command = new Command("bench", "Run the firmware controller and reference controllers side by side on many pads.");
            var padsOption = BenchFamilyOptions.RandomPads("Number of random pads (0..1000)");
            var seedOption = BenchFamilyOptions.Seed("Seed of the random pad family and of the sensor noise");
            var jsonOption = new Option<bool>("--json") { Description = "Write every run as JSON to stdout instead of the table" };
            var plotOption = new Option<string>("--plot") { Description = "Folder for the PNG plots of the worst cases", DefaultValueFactory = _ => Path.Combine("out", "bench") };
            command.Options.Add(padsOption);
            command.Options.Add(seedOption);
            command.Options.Add(jsonOption);
            command.Options.Add(plotOption);
            var ratioOption = new Option<double>("--second-lag-ratio")
            {
                Description = "Give every pad's sensor 2 this multiple of sensor 1's lag (0.5..2; default 0: the family's draws and the pad files' lags)",
                DefaultValueFactory = _ => 0.0,
            };
            ratioOption.Validators.Add(result =>
            {
                if (HeatPadFirmware.Simulator.Commands.OptionValue.TryGet(result, out double r) && r != 0.0 && !(r >= 0.5 && r <= 2.0))
                {
                    result.AddError($"--second-lag-ratio must be 0 or 0.5..2, got {r}");
                }
            });
            command.Options.Add(ratioOption);
            var noReheatOption = new Option<bool>("--no-reheat") { Description = "Run only the first heat-up from rest (skip the re-heat after a cold pack; about half the time)" };
            command.Options.Add(noReheatOption);
            command.SetAction(parse => Execute(parse.GetValue(padsOption), parse.GetValue(seedOption), parse.GetValue(jsonOption), parse.GetValue(plotOption), Console.Out, Console.Error, parse.GetValue(ratioOption), !parse.GetValue(noReheatOption)));
            root.Subcommands.Add(command);
        }

        /// <summary>
        /// Runs the bench; returns 0, or 1 when the firmware raised a fault in a normal run (a re-heat included). <paramref name="secondLagRatio"/>:
        /// 0 for the family's own second sensors, else every pad's sensor 2 lags by this multiple of sensor 1's lag (an
        /// experiment: how much the pair's lag difference, rather than its second noise, moves the firmware's figures).
        /// <paramref name="reheat"/>: also run the re-heat after a cold pack (<see cref="ReheatSchedule"/>) on every reachable
        /// case, for every controller that ran its first heat-up; its rows follow the first heat-up's (the table's second
        /// section; in the JSON the rows with a <c>Case</c> field).
        /// </summary>
        public static int Execute(int randomPads, int seed, bool json, string plotFolder, TextWriter output, TextWriter error, double secondLagRatio = 0.0, bool reheat = true)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var config = new TherapyConfig();
            var pads = BenchPadFamily.Build(randomPads, seed);
            if (secondLagRatio > 0.0)
            {
                pads = pads.Select(p => (p.Name, p.Pad.With(secondSensorLagS: p.Pad.SensorLagS * secondLagRatio))).ToList();
            }

            var results = new List<BenchResult>();
            var reheats = new List<ReheatResult>();
            int total = pads.Count * 2;
            foreach (BenchPadCondition pc in BenchPadFamily.Walk(pads, seed))
            {
                PadParameters p = pc.Pad;
                bool tuned = TuneReference(p, config, pc.TuneSeed, out double kp, out double ki, out double kd);
                for (int level = 1; level <= TherapyConfig.LevelCount; level++)
                {
                    double setpoint = config.SetpointOfLevelC(level);
                    var c = new BenchCase(pc.Name, pc.Condition, p, level, setpoint, pc.SensorSeed(level), pc.TuneSeed);
                    bool reachable = PhysicalBound.Compute(p, setpoint, out double boundS, out double boundOvershoot);
                    double probeBoundS = double.NaN;
                    bool probeReachable = reachable && PhysicalBound.ComputeUnderProbe(p, setpoint, out probeBoundS, out _);
                    foreach (string controller in Controllers)
                    {
                        if (controller == "klipper-pid" && !tuned)
                        {
                            continue;
                        }

                        BenchResult first = BenchRunner.Run(controller, c, reachable, boundS, boundOvershoot, () => Reference(controller, p, kp, ki, kd), false);
                        if (controller == BenchRunner.Firmware && probeReachable)
                        {
                            // The firmware's row also against the bound the supervisor's probe leaves (the ratio stays the headline).
                            first = first with { ProbeBoundS = probeBoundS, ProbeRiseRatio = first.RiseS / probeBoundS };
                        }

                        results.Add(first);
                        if (reheat && reachable)
                        {
                            reheats.Add(ReheatRunner.Run(controller, c, first.RiseS, () => Reference(controller, p, kp, ki, kd), null));
                        }
                    }
                }

                Progress(error, pc.Ordinal, total);
            }

            error.WriteLine();
            if (json)
            {
                // One array: the first heat-up rows as they always were, then the re-heat rows (each with its Case field).
                var rows = new List<object>(results);
                rows.AddRange(reheats);
                output.WriteLine(SerializeRows(rows));
            }
            else
            {
                WriteTable(output, results, randomPads, seed, clock.Elapsed.TotalSeconds);
                if (reheat)
                {
                    ReheatTable.Write(output, reheats, Controllers);
                }
            }

            WritePlots(results, reheats, pads, plotFolder, config, json ? error : output);
            bool firmwareFault = results.Any(r => r.Controller == BenchRunner.Firmware && r.Fault != "") || reheats.Any(r => r.Controller == BenchRunner.Firmware && r.Fault != "");
            return firmwareFault ? 1 : 0;
        }

        /// <summary>
        /// The bench's <c>--json</c>: <paramref name="rows"/> (first heat-up rows, then <see cref="ReheatResult"/> rows) as one
        /// indented array, each row with its own type's fields; NaN and infinities as named literals.
        /// </summary>
        public static string SerializeRows(IEnumerable<object> rows)
        {
            return JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals });
        }

        private static bool TuneReference(PadParameters p, TherapyConfig config, int seed, out double kp, out double ki, out double kd)
        {
            var pad = new ThermalPad(p);
            pad.TryGetSteadyStateC(pad.HeaterPowerW(1.0, true), out _, out double steady);
            // Tune at level 3 (41.5 °C), or 2 °C under what the pad can reach at full power.
            double target = Math.Min(config.SetpointOfLevelC(3), steady - 2.0);
            if (target < p.InitialC + 3.0)
            {
                kp = ki = kd = 0;
                return false;
            }

            return RelayAutotune.Tune(p, target, seed, out kp, out ki, out kd);
        }

        private static IBenchController Reference(string controller, PadParameters p, double kp, double ki, double kd)
        {
            return controller switch
            {
                "thermostat" => new ThermostatController(),
                "klipper-pid" => new KlipperPidController(kp, ki, kd),
                _ => new MarlinMpcController(p),
            };
        }

        private static void Progress(TextWriter error, int done, int total)
        {
            error.Write(ProgressBar.Text(done, total) + " pad conditions");
        }

        private static void WriteTable(TextWriter output, List<BenchResult> results, int randomPads, int seed, double seconds)
        {
            CultureInfo inv = CultureInfo.InvariantCulture;
            output.WriteLine(string.Format(inv, "HeatPadFirmware bench: {0} random pads (seed {1}) + shipped pads, levels 1-5, body and free air; {2} runs in {3:0} s", randomPads, seed, results.Count, seconds));
            output.WriteLine("Figures on the TRUE surface. rise = time to setpoint - 0.5 C / physical bound (full power, then coast).");
            int unreachable = results.Count(r => r.Controller == BenchRunner.Firmware && !r.Reachable);
            int reachableCases = results.Count(r => r.Controller == BenchRunner.Firmware && r.Reachable);
            double maxBoundCoast = results.Where(r => r.Reachable).Select(r => r.BoundCoastOvershootC).DefaultIfEmpty(double.NaN).Max();
            if (BenchRunner.FirmwareSteps > 0)
            {
                double microseconds = BenchRunner.FirmwareStepTicks * 1e6 / System.Diagnostics.Stopwatch.Frequency / BenchRunner.FirmwareSteps;
                output.WriteLine(string.Format(inv, "Firmware HeatPadCore.Step on this host: {0:0.0} us per tick (mean of {1} ticks, Stopwatch; not a BenchmarkDotNet figure).", microseconds, BenchRunner.FirmwareSteps));
            }

            output.WriteLine(string.Format(inv, "Cases: {0} reachable, {1} unreachable (excluded from the ratios). Coast after the bound's full power peaks at most {2:+0.00;-0.00} C from the setpoint.", reachableCases, unreachable, maxBoundCoast));
            foreach (string family in new[] { "random", "shipped" })
            {
                output.WriteLine();
                output.WriteLine(family == "random" ? "Random family (the issue's figures)" : "Shipped pads");
                output.WriteLine("  controller    runs  median rise  worst rise  not reached  max overshoot  mean steady err  faults");
                foreach (string controller in Controllers)
                {
                    var rs = results.Where(r => r.Controller == controller && (r.PadName.StartsWith("random-", StringComparison.Ordinal) == (family == "random"))).ToList();
                    var reach = rs.Where(r => r.Reachable).ToList();
                    var ratios = reach.Where(r => r.RiseRatio != null).Select(r => r.RiseRatio.Value).ToList();
                    int notReached = reach.Count(r => r.RiseRatio == null);
                    double worst = ratios.Count > 0 ? ratios.Max() : double.NaN;
                    double maxOver = reach.Count > 0 ? reach.Max(r => r.OvershootC) : double.NaN;
                    var errors = reach.Where(r => r.SteadyErrorC != null).Select(r => r.SteadyErrorC.Value).ToList();
                    int faults = rs.Count(r => r.Fault != "");
                    output.WriteLine(string.Format(inv, "  {0,-12} {1,5}  {2,11:0.000}  {3,10:0.000}  {4,11}  {5,11:0.00} C  {6,13:0.000} C  {7,6}",
                        controller, rs.Count, Median.Of(ratios), worst, notReached, maxOver, errors.Count > 0 ? errors.Average() : double.NaN, faults));
                }

                output.WriteLine(ProbeLine(results.Where(r => r.Controller == BenchRunner.Firmware && r.PadName.StartsWith("random-", StringComparison.Ordinal) == (family == "random")).ToList(), inv));
            }

            output.WriteLine();
            output.WriteLine("Worst firmware runs (by rise ratio, then by overshoot):");
            var fw = results.Where(r => r.Controller == BenchRunner.Firmware && r.Reachable).ToList();
            foreach (BenchResult r in fw.OrderByDescending(r => r.RiseRatio ?? 99).Take(5).Concat(fw.OrderByDescending(r => r.OvershootC).Take(5)))
            {
                output.WriteLine(string.Format(inv, "  {0,-14} {1,-4} L{2} {3:0.0} C  bound {4,6:0} s  rise {5}  overshoot {6:0.00} C  steady {7}  {8}",
                    r.PadName, r.Condition, r.Level, r.SetpointC, r.BoundS, r.RiseRatio is double x ? x.ToString("0.000", inv) : "not reached", r.OvershootC,
                    r.SteadyErrorC is double e ? e.ToString("0.000", inv) + " C" : "n/a", r.Fault));
            }

            var faulted = results.Where(r => r.Fault != "").ToList();
            foreach (BenchResult r in faulted.Take(10))
            {
                output.WriteLine(string.Format(inv, "  FAULT {0} on {1} {2} level {3}: {4}", r.Controller, r.PadName, r.Condition, r.Level, r.Fault));
            }
        }

        /// <summary>
        /// The firmware's first heat-ups against both bounds, one line: runs over 1.15 and the median / worst ratio against the
        /// issue's bound (uninterrupted full power), then against the bound under the heater-current check's probe
        /// (<see cref="PhysicalBound.ComputeUnderProbe"/>): what the safety probe costs, apart from the controller.
        /// </summary>
        internal static string ProbeLine(List<BenchResult> firmwareRows, CultureInfo inv)
        {
            var full = firmwareRows.Where(r => r.Reachable && r.RiseRatio != null).Select(r => r.RiseRatio.Value).ToList();
            var probed = firmwareRows.Where(r => r.ProbeRiseRatio != null).Select(r => r.ProbeRiseRatio.Value).ToList();
            return string.Format(inv, "  firmware rise vs full-power bound: median {0:0.000} worst {1:0.000} over 1.15 {2}; vs bound under the current check's probe (1 tick at {3:0.0} per {4:0} s): median {5:0.000} worst {6:0.000} over 1.15 {7}",
                Median.Of(full), full.Count > 0 ? full.Max() : double.NaN, full.Count(x => x > 1.15),
                HeaterCurrentCheck.PartialMaxDutyFraction, PhysicalBound.ProbePeriodS,
                Median.Of(probed), probed.Count > 0 ? probed.Max() : double.NaN, probed.Count(x => x > 1.15));
        }

        private static void WritePlots(List<BenchResult> results, List<ReheatResult> reheats, List<(string Name, PadParameters Pad)> pads, string folder, TherapyConfig config, TextWriter output)
        {
            var written = new List<string>();
            foreach (string controller in Controllers)
            {
                var reach = results.Where(r => r.Controller == controller && r.Reachable).ToList();
                if (reach.Count == 0)
                {
                    continue;
                }

                BenchResult worstRise = reach.OrderByDescending(r => r.RiseRatio ?? 99).First();
                BenchResult worstOver = reach.OrderByDescending(r => r.OvershootC).First();
                foreach (var (kind, worst) in new[] { ("rise", worstRise), ("overshoot", worstOver) })
                {
                    PadParameters basePad = pads.First(x => x.Name == worst.PadName).Pad;
                    PadParameters p = BenchPadFamily.InCondition(basePad, worst.Condition);
                    double kp = 0, ki = 0, kd = 0;
                    if (controller == "klipper-pid")
                    {
                        TuneReference(p, config, worst.TuneSeed, out kp, out ki, out kd);
                    }

                    var c = new BenchCase(worst.PadName, worst.Condition, p, worst.Level, worst.SetpointC, worst.Seed, worst.TuneSeed);
                    BenchResult again = BenchRunner.Run(controller, c, true, worst.BoundS, worst.BoundCoastOvershootC, () => Reference(controller, p, kp, ki, kd), true);
                    string path = Path.Combine(folder, $"{controller}-worst-{kind}.png");
                    BenchPlotter.WritePng(again, path);
                    written.Add(path);
                }
            }

            WriteReheatPlots(reheats, results, pads, folder, config, written);
            output.WriteLine();
            output.WriteLine("Plots of the worst cases: " + string.Join(", ", written));
        }

        // The worst re-heat of each controller by rise ratio and by overshoot (rows with a figure), run again with a trace; the
        // plot's time runs from the re-heat's start and its bound is the one from the pad's state then.
        private static void WriteReheatPlots(List<ReheatResult> reheats, List<BenchResult> results, List<(string Name, PadParameters Pad)> pads, string folder, TherapyConfig config, List<string> written)
        {
            foreach (string controller in Controllers)
            {
                var figures = reheats.Where(r => r.Controller == controller && r.HasFigure).ToList();
                if (figures.Count == 0)
                {
                    continue;
                }

                ReheatResult worstRise = figures.OrderByDescending(r => r.RiseRatio ?? 99).First();
                ReheatResult worstOver = figures.OrderByDescending(r => r.OvershootC).First();
                foreach (var (kind, worst) in new[] { ("rise", worstRise), ("overshoot", worstOver) })
                {
                    PadParameters p = BenchPadFamily.InCondition(pads.First(x => x.Name == worst.PadName).Pad, worst.Condition);
                    double kp = 0, ki = 0, kd = 0;
                    if (controller == "klipper-pid")
                    {
                        TuneReference(p, config, worst.TuneSeed, out kp, out ki, out kd);
                    }

                    BenchResult first = results.First(r => r.Controller == controller && r.PadName == worst.PadName && r.Condition == worst.Condition && r.Level == worst.Level);
                    var c = new BenchCase(worst.PadName, worst.Condition, p, worst.Level, worst.SetpointC, worst.Seed, worst.TuneSeed);
                    var trace = new BenchTrace();
                    ReheatResult again = ReheatRunner.Run(controller, c, first.RiseS, () => Reference(controller, p, kp, ki, kd), null, trace);
                    var asRun = new BenchResult(controller, again.PadName + " re-heat after a cold pack", again.Condition, again.Level, again.TargetC, true,
                        again.BoundS, again.BoundCoastOvershootC, again.RiseS, again.RiseRatio, again.OvershootC, null, again.Fault, again.Seed, again.TuneSeed)
                    {
                        Trace = trace,
                    };
                    string path = Path.Combine(folder, $"{controller}-reheat-worst-{kind}.png");
                    BenchPlotter.WritePng(asRun, path);
                    written.Add(path);
                }
            }
        }
    }
}
