using System;
using System.CommandLine;
using System.Globalization;
using System.IO;

namespace HeatPadFirmware.Simulator.Bench
{
    /// <summary>
    /// <c>structfit</c> (session 25, core25): which degree of freedom the learner's candidate structure lacks on a bench case.
    /// Records the firmware's run of the case (<see cref="StructureFit.Record"/>) and prints, per sensor lag (the bank's four
    /// members and the pair's mean true lag), the best residual RMS of each structure set: the bank as
    /// <see cref="HeatPadFirmware.Core.PadModelLearner"/> holds it, the bank with one degree of freedom changed or added, and the
    /// pad's true structure. A set that fits to the true structure's floor at the lag member nearest the sensors' is one that
    /// no longer needs a "wrong" lag member as slack.
    /// </summary>
    public static class StructureFitCommand
    {
        /// <summary>
        /// The continuous refinement's table (session 26, refine26): on the record up to the first landing's stop
        /// (<see cref="StructureFit.FirstStop"/>, what the firmware has when it lands) and on the whole record, the bank's best
        /// member over its four lags, that member refined in τc, τs, surface loss and lag (<see cref="StructureFit.Refine"/>),
        /// and refined with the core loss ratio freed too; each with its residual RMS over that window and the residual the
        /// pad's own structure leaves at the pair's mean lag over the same window (the floor); in brackets the RMS of each
        /// fit's modelled surface against the pad's true surface over the window, °C (what the fit would steer by).
        /// </summary>
        public static void WriteRefined(StructureFit fit, TextWriter output)
        {
            CultureInfo inv = CultureInfo.InvariantCulture;
            int stop = fit.FirstStop();
            output.WriteLine("| window | floor: true structure at the mean lag | bank's best member (tc/ts/rs/lag) | refined (tc/ts/rs/lag) | refined with rc (tc/ts/rs/rc/lag) |");
            output.WriteLine("|---|---|---|---|---|");
            foreach (int samples in new[] { stop, fit.Samples })
            {
                if (samples < 2)
                {
                    output.WriteLine("| no first stop in the record | | | | |");
                    continue;
                }

                StructureFit head = fit.Head(samples);
                StructureFit.Result floor = head.Fit(head.TrueStructure, head.MeanSensorLagS);
                StructureFit.Refined refined = head.RefineFromBank(out StructureFit.Refined grid);
                StructureFit.Refined withRc = head.RefineFromBank(out _, 400, true);
                output.WriteLine(string.Format(inv, "| {0} s ({1}) | {2:F4} [{3:F3}] | {4} | {5} | {6} |",
                    samples, samples == stop ? "to the first stop" : "whole record", floor.ResidualRmsC, floor.SurfaceRmsC, Describe(grid, false), Describe(refined, false), Describe(withRc, true)));
            }
        }

        private static string Describe(StructureFit.Refined r, bool withCoreLoss)
        {
            CultureInfo inv = CultureInfo.InvariantCulture;
            if (double.IsPositiveInfinity(r.Fit.ResidualRmsC))
            {
                return "none";
            }

            StructureFit.Structure s = r.Fit.Structure;
            return withCoreLoss
                ? string.Format(inv, "{0:F4} [{6:F3}] ({1:0.#}/{2:0.#}/{3:0.###}/{4:0.###}/{5:0.#})", r.Fit.ResidualRmsC, s.CoreTauS, s.SurfaceTauS, s.SurfaceLossRatio, s.CoreLossRatio, r.SensorLagS, r.Fit.SurfaceRmsC)
                : string.Format(inv, "{0:F4} [{5:F3}] ({1:0.#}/{2:0.#}/{3:0.###}/{4:0.#})", r.Fit.ResidualRmsC, s.CoreTauS, s.SurfaceTauS, s.SurfaceLossRatio, r.SensorLagS, r.Fit.SurfaceRmsC);
        }

        /// <summary>The learner's grid (Core/PadModelLearner.cs: CoreTausS, SurfaceTausS, SurfaceLossRatios, SensorLagsS, CoreLossRatio 0.2).</summary>
        public static readonly double[] BankCoreTausS = { 8.0, 20.0, 50.0, 120.0, 270.0 };

        /// <summary>The learner's surface time constants, s.</summary>
        public static readonly double[] BankSurfaceTausS = { 30.0, 80.0, 200.0, 500.0, 1200.0 };

        /// <summary>The learner's surface loss ratios.</summary>
        public static readonly double[] BankSurfaceLossRatios = { 0.15, 0.5, 1.0, 2.0, 4.0 };

        /// <summary>The learner's sensor lags, s.</summary>
        public static readonly double[] BankSensorLagsS = { 6.0, 12.0, 22.0, 38.0 };

        /// <summary>The learner's fixed core loss ratio.</summary>
        public const double BankCoreLossRatio = 0.2;

        /// <summary>One structure set of the table: its name and grid.</summary>
        public sealed record StructureSet(string Name, double[] CoreTausS, double[] SurfaceTausS, double[] SurfaceLossRatios, double[] CoreLossRatios, double[] CoreShares);

        /// <summary>The sets compared, the bank first, then one degree of freedom at a time, then the pad's own structure (last, filled per case).</summary>
        public static StructureSet[] Sets(StructureFit.Structure truth)
        {
            double[] rc = { BankCoreLossRatio };
            double[] none = { 0.0 };
            return new[]
            {
                new StructureSet("bank", BankCoreTausS, BankSurfaceTausS, BankSurfaceLossRatios, rc, none),
                new StructureSet("core tau 8 -> 12 s", new[] { 12.0, 20.0, 50.0, 120.0, 270.0 }, BankSurfaceTausS, BankSurfaceLossRatios, rc, none),
                new StructureSet("core tau 8 -> 12 s, surface loss 0.5 -> 0.6", new[] { 12.0, 20.0, 50.0, 120.0, 270.0 }, BankSurfaceTausS, new[] { 0.15, 0.6, 1.0, 2.0, 4.0 }, rc, none),
                new StructureSet("core loss ratio {0.06, 0.2}", BankCoreTausS, BankSurfaceTausS, BankSurfaceLossRatios, new[] { 0.06, 0.2 }, none),
                new StructureSet("core loss ratio {0.05, 0.1, 0.2, 0.4}", BankCoreTausS, BankSurfaceTausS, BankSurfaceLossRatios, new[] { 0.05, 0.1, 0.2, 0.4 }, none),
                new StructureSet("sensor sees core share {0, 0.1, 0.2, 0.3}", BankCoreTausS, BankSurfaceTausS, BankSurfaceLossRatios, rc, new[] { 0.0, 0.1, 0.2, 0.3 }),
                new StructureSet("surface loss 9 members", BankCoreTausS, BankSurfaceTausS, new[] { 0.15, 0.3, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0, 4.0 }, rc, none),
                new StructureSet("the pad's true structure", new[] { truth.CoreTauS }, new[] { truth.SurfaceTauS }, new[] { truth.SurfaceLossRatio }, new[] { truth.CoreLossRatio }, none),
            };
        }

        /// <summary>Adds the <c>structfit</c> command to <paramref name="root"/>.</summary>
        public static void Configure(RootCommand root)
        {
            var command = new Command("structfit", "Offline fit of candidate structures (the learner's bank, one added degree of freedom at a time, the true pad) to one bench case's readings.");
            var seedOption = BenchFamilyOptions.Seed("Seed of the bench's random family and sensor noise");
            var caseOption = new Option<string>("--case") { Description = "Bench case pad:condition:level", DefaultValueFactory = _ => "strong-60w:body:4" };
            var secondsOption = new Option<int>("--seconds") { Description = "Seconds recorded after the heat starts (60..7200)", DefaultValueFactory = _ => 600 };
            secondsOption.Validators.Add(result =>
            {
                if (HeatPadFirmware.Simulator.Commands.OptionValue.TryGet(result, out int s) && (s < 60 || s > 7200))
                {
                    result.AddError($"--seconds must be 60..7200, got {s}");
                }
            });
            command.Options.Add(seedOption);
            command.Options.Add(caseOption);
            var refineOption = new Option<bool>("--refine") { Description = "Also refine the bank's best member continuously (tc, ts, surface loss, lag; then with the core loss ratio) on the record up to the first landing's stop and on the whole record (session 26)" };
            command.Options.Add(secondsOption);
            command.Options.Add(refineOption);
            command.SetAction(parse => Execute(parse.GetValue(seedOption), parse.GetValue(caseOption) ?? string.Empty, parse.GetValue(secondsOption), Console.Out, Console.Error, parse.GetValue(refineOption)));
            root.Subcommands.Add(command);
        }

        /// <summary>Runs the fit and writes the table; 0, or 2 for an unknown case.</summary>
        public static int Execute(int seed, string caseName, int seconds, TextWriter output, TextWriter error, bool refine = false)
        {
            StructureFit fit;
            try
            {
                fit = StructureFit.Record(seed, caseName, seconds);
            }
            catch (ArgumentException e)
            {
                error.WriteLine(e.Message);
                return 2;
            }

            CultureInfo inv = CultureInfo.InvariantCulture;
            StructureFit.Structure truth = fit.TrueStructure;
            double meanLag = Math.Round(fit.MeanSensorLagS, 1);
            output.WriteLine(string.Format(inv, "{0}, seed {1}, {2} s from the heat's start: true tc {3:F1} s, ts {4:F1} s, rs {5:F3}, rc {6:F3}, sensors {7:F1} / {8:F1} s (mean {9:F1})",
                fit.CaseName, seed, seconds, truth.CoreTauS, truth.SurfaceTauS, truth.SurfaceLossRatio, truth.CoreLossRatio, fit.Pad.SensorLagS, fit.Pad.SecondSensorLagS, meanLag));
            double[] lags = { BankSensorLagsS[0], BankSensorLagsS[1], BankSensorLagsS[2], BankSensorLagsS[3], meanLag };
            output.WriteLine("| structure set | " + string.Join(" | ", Array.ConvertAll(lags, l => "lag " + l.ToString("0.#", inv) + " s")) + " |");
            output.WriteLine("|---|" + string.Concat(Array.ConvertAll(lags, _ => "---|")));
            foreach (StructureSet set in Sets(truth))
            {
                string row = "| " + set.Name + " |";
                foreach (double lag in lags)
                {
                    StructureFit.Result r = fit.Best(set.CoreTausS, set.SurfaceTausS, set.SurfaceLossRatios, set.CoreLossRatios, set.CoreShares, lag);
                    row += double.IsPositiveInfinity(r.ResidualRmsC)
                        ? " none |"
                        : string.Format(inv, " {0:F4} ({1:0.##}/{2:0.##}/{3:0.###}/{4:0.###}/{5:0.#}) |", r.ResidualRmsC, r.Structure.CoreTauS, r.Structure.SurfaceTauS, r.Structure.SurfaceLossRatio, r.Structure.CoreLossRatio, r.Structure.CoreShare);
                }

                output.WriteLine(row);
            }

            output.WriteLine("Residual RMS in C of the best accepted fit (tc/ts/rs/rc/core share of that fit).");
            if (refine)
            {
                WriteRefined(fit, output);
            }

            return 0;
        }
    }
}
