using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Faults
{
    /// <summary>
    /// <c>restarts</c>: review 10's restart scan (<see cref="RestartScan"/>) over the shipped pads and a seeded random family —
    /// the false alarms of every rule that judges a restart (sensors on the pad) and the naming of sensors that left the pad
    /// in the off (both sensors off). A figure, not a test: every rule about restarts, off presses or readings near the room
    /// is measured here before it lands.
    /// </summary>
    public static class RestartsCommand
    {
        /// <summary>Levels scanned: the highest and a low one.</summary>
        public static readonly int[] Levels = { 5, 2 };

        /// <summary>Off lengths scanned, s: a quick off and a longer one with the user up.</summary>
        public static readonly int[] OffsS = { 45, 90 };

        /// <summary>Cold packs on the pad during the off, W/K to the room: light, firm, an ice pack pressed on.</summary>
        public static readonly double[] PacksWPerK = { 8.0, 40.0, 160.0 };

        /// <summary>When the pack is lifted, s after the last restart: at it, 30 s later, never.</summary>
        public static readonly int[] LiftsS = { 0, 30, RestartScan.NeverLifted };

        /// <summary>Packs of the detached part, lifted at the restart: the pad restarts from a little or a lot cooled.</summary>
        public static readonly double[] DetachedPacksWPerK = { 8.0, 160.0 };

        /// <summary>The detached part's bound on the surface, °C: issue 4's 48 °C, before which no heat may flow unseen (<see cref="FaultCampaign.SingleFaultSurfaceC"/>).</summary>
        public const double DetachedSurfaceLimitC = FaultCampaign.SingleFaultSurfaceC;

        /// <summary>The detached part's bound on the time to the latch after the restart, s: issue 4's 3 minutes.</summary>
        public const double DetachedNamedWithinS = 180.0;

        /// <summary>Adds the <c>restarts</c> command to <paramref name="root"/>.</summary>
        public static void Configure(RootCommand root)
        {
            var command = new Command("restarts", "Restart scan: off presses with the user up and a cold pack, then on again; false alarms with the sensors on the pad, and how soon sensors that left the pad in the off are named.");
            var padsOption = new Option<int>("--pads") { Description = "Random-family pads besides the shipped ones (0-200)", DefaultValueFactory = _ => 40 };
            padsOption.Validators.Add(r =>
            {
                if (HeatPadFirmware.Simulator.Commands.OptionValue.TryGet(r, out int count) && (count < 0 || count > 200))
                {
                    r.AddError("--pads must be between 0 and 200");
                }
            });
            var seedOption = new Option<int>("--seed") { Description = "Random family's seed (the bench's)", DefaultValueFactory = _ => 1 };
            var jsonOption = new Option<bool>("--json") { Description = "Write the results as JSON instead of a table" };
            var casesOption = new Option<bool>("--cases") { Description = "Also list every latch with the sensors on the pad and every run with them off" };
            command.Options.Add(padsOption);
            command.Options.Add(seedOption);
            command.Options.Add(jsonOption);
            command.Options.Add(casesOption);
            command.SetAction(p => Execute(p.GetValue(padsOption), p.GetValue(seedOption), p.GetValue(jsonOption), p.GetValue(casesOption), Console.Out, Console.Error));
            root.Subcommands.Add(command);
        }

        /// <summary>The scan's pads: the shipped pads as their files give them, then <paramref name="randomCount"/> of the bench's random family.</summary>
        public static List<PadParameters> Pads(int randomCount, int seed)
        {
            var pads = PadFile.LoadAllShipped().Select(p => p.Pad).ToList();
            pads.AddRange(BenchPadFamily.Build(randomCount, seed).Skip(PadFile.ShippedNames.Count).Select(p => p.Pad));
            return pads;
        }

        /// <summary>Runs the scan and writes the table (or JSON with <paramref name="json"/>) to <paramref name="output"/>. Exit code 0.</summary>
        public static int Execute(int randomCount, int seed, bool json, bool listCases, TextWriter output, TextWriter progress)
        {
            List<PadParameters> pads = Pads(randomCount, seed);
            var attached = new List<(string Case, double PackWPerK, int LiftS, RestartScan.Outcome Outcome)>();
            var detached = new List<(string Case, RestartScan.Outcome Outcome)>();
            int total = pads.Count * ((2 * Levels.Length * OffsS.Length * PacksWPerK.Length * LiftsS.Length * 2) + (2 * Levels.Length * OffsS.Length * DetachedPacksWPerK.Length * 2));
            int done = 0;
            foreach (PadParameters pad in pads)
            {
                foreach (bool body in new[] { true, false })
                {
                    foreach (int level in Levels)
                    {
                        foreach (int offS in OffsS)
                        {
                            foreach (int offPresses in new[] { 1, 2 })
                            {
                                foreach (double pack in PacksWPerK)
                                {
                                    foreach (int lift in LiftsS)
                                    {
                                        RestartScan.Outcome o = RestartScan.RunAttached(pad, body, level, offS, pack, lift, offPresses);
                                        attached.Add((CaseName(pad, body, level, offS, offPresses, pack, lift), pack, lift, o));
                                        Progress(progress, ++done, total);
                                    }
                                }

                                foreach (double pack in DetachedPacksWPerK)
                                {
                                    RestartScan.Outcome o = RestartScan.RunDetached(pad, body, level, offS, pack, 0, offPresses);
                                    detached.Add((CaseName(pad, body, level, offS, offPresses, pack, 0), o));
                                    Progress(progress, ++done, total);
                                }
                            }
                        }
                    }
                }
            }

            progress.WriteLine();
            string scope = Inv($"{pads.Count} pads ({PadFile.ShippedNames.Count} shipped + {pads.Count - PadFile.ShippedNames.Count} of the random family, seed {seed}), learned on the body / in free air for {RestartScan.LearnHeatS} s, levels {string.Join("/", Levels)}, offs of {string.Join("/", OffsS)} s with the user up, 1-2 off presses; run seed {RestartScan.RunSeed}; watched {RestartScan.WatchS} s after the last restart");
            var named = detached.Where(d => d.Outcome.Fault != FaultCode.None && d.Outcome.AfterS > 0).Select(d => d.Outcome.AfterS).OrderBy(s => s).ToList();
            int notNamed = detached.Count(d => d.Outcome.Fault == FaultCode.None);
            int late = detached.Count(d => d.Outcome.Fault == FaultCode.None || d.Outcome.AfterS > DetachedNamedWithinS);
            double peakC = detached.Where(d => !double.IsNaN(d.Outcome.PeakSurfaceC)).Select(d => d.Outcome.PeakSurfaceC).DefaultIfEmpty(double.NaN).Max();
            int hot = detached.Count(d => d.Outcome.PeakSurfaceC > DetachedSurfaceLimitC);
            if (json)
            {
                var doc = new
                {
                    scope,
                    attached = new
                    {
                        runs = attached.Count,
                        latched = attached.Count(a => a.Outcome.Fault != FaultCode.None),
                        byLift = LiftsS.Select(l => new { lift = LiftName(l), runs = attached.Count(a => a.LiftS == l), latched = ByCode(attached.Where(a => a.LiftS == l).Select(a => a.Outcome)) }),
                        cases = listCases ? attached.Where(a => a.Outcome.Fault != FaultCode.None).Select(a => new { a.Case, fault = FaultCodeNames.Of(a.Outcome.Fault), afterS = Num(a.Outcome.AfterS) }) : null,
                    },
                    detached = new
                    {
                        runs = detached.Count,
                        latched = ByCode(detached.Select(d => d.Outcome)),
                        notNamed,
                        namedAfterS = new { median = named.Count == 0 ? (double?)null : Median.Of(named), worst = named.Count == 0 ? (double?)null : named[^1] },
                        overNamedWithinS = late,
                        peakSurfaceC = Num(peakC),
                        overSurfaceLimit = hot,
                        cases = listCases ? detached.Select(d => new { d.Case, fault = FaultCodeNames.Of(d.Outcome.Fault), afterS = Num(d.Outcome.AfterS), peakSurfaceC = Num(d.Outcome.PeakSurfaceC) }) : null,
                    },
                };
                output.WriteLine(JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true }));
                return 0;
            }

            output.WriteLine("HeatPadFirmware restarts: " + scope);
            output.WriteLine(Inv($"Sensors on the pad (any latch is a false alarm, or the pack left on into the heat): {attached.Count} runs, latched {attached.Count(a => a.Outcome.Fault != FaultCode.None)}"));
            foreach (int lift in LiftsS)
            {
                var group = attached.Where(a => a.LiftS == lift).ToList();
                output.WriteLine(Inv($"  pack {LiftName(lift),-24} {group.Count,5} runs, latched {group.Count(a => a.Outcome.Fault != FaultCode.None),5}{Codes(group.Select(a => a.Outcome))}"));
            }

            int early = attached.Count(a => a.Outcome.Fault != FaultCode.None && !(a.Outcome.AfterS > 0));
            output.WriteLine(Inv($"  of which in the learning heat or between two offs: {early}"));
            output.WriteLine(Inv($"Sensors off the pad from the first off press (pack {string.Join("/", DetachedPacksWPerK)} W/K lifted at the restart): {detached.Count} runs, latched {detached.Count - notNamed}{Codes(detached.Select(d => d.Outcome))}, not named in {RestartScan.WatchS} s {notNamed}"));
            output.WriteLine(named.Count == 0
                ? "  named after the restart: none"
                : Inv($"  named after the restart: median {Median.Of(named):0} s, worst {named[^1]:0} s; over {DetachedNamedWithinS:0} s or never {late}; peak surface {peakC:0.0} C, over {DetachedSurfaceLimitC:0} C {hot}"));
            if (listCases)
            {
                output.WriteLine();
                output.WriteLine("Latches with the sensors on the pad (seconds after the last restart; negative: before it):");
                foreach (var a in attached.Where(a => a.Outcome.Fault != FaultCode.None))
                {
                    output.WriteLine(Inv($"  {a.Case}: {FaultCodeNames.Of(a.Outcome.Fault)} {a.Outcome.AfterS:0}"));
                }

                output.WriteLine("Sensors off the pad (seconds after the last restart, peak surface since):");
                foreach (var d in detached)
                {
                    output.WriteLine(Inv($"  {d.Case}: {(d.Outcome.Fault == FaultCode.None ? "none" : FaultCodeNames.Of(d.Outcome.Fault))} {d.Outcome.AfterS:0} peak {d.Outcome.PeakSurfaceC:0.00}"));
                }
            }

            return 0;
        }

        private static string CaseName(PadParameters pad, bool body, int level, int offS, int offPresses, double pack, int lift)
        {
            return Inv($"{pad.Name} {(body ? "body" : "air")} L{level} off {offS} s x{offPresses} pack {pack:0} W/K {LiftName(lift)}");
        }

        private static string LiftName(int liftS)
        {
            return liftS == RestartScan.NeverLifted ? "left on" : liftS == 0 ? "lifted at the restart" : Inv($"lifted {liftS} s after");
        }

        private static Dictionary<string, int> ByCode(IEnumerable<RestartScan.Outcome> outcomes)
        {
            return outcomes.Where(o => o.Fault != FaultCode.None).GroupBy(o => FaultCodeNames.Of(o.Fault)).ToDictionary(g => g.Key, g => g.Count());
        }

        private static string Codes(IEnumerable<RestartScan.Outcome> outcomes)
        {
            Dictionary<string, int> codes = ByCode(outcomes);
            return codes.Count == 0 ? "" : " (" + string.Join(", ", codes.OrderByDescending(k => k.Value).Select(k => k.Key + " " + k.Value)) + ")";
        }

        private static double? Num(double value)
        {
            return double.IsNaN(value) || double.IsInfinity(value) ? null : value;
        }

        private static string Inv(FormattableString s)
        {
            return s.ToString(CultureInfo.InvariantCulture);
        }

        private static void Progress(TextWriter progress, int done, int total)
        {
            if (done % 50 != 0 && done != total)
            {
                return;
            }

            progress.Write(ProgressBar.Text(done, total));
        }
    }
}
