using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review21c;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Fit21
{
    /// <summary>
    /// Session 21 (fit21): the fit checks' figures on the correct runs and on review 21c's bad runs (run by hand: remove the Skip,
    /// then <c>dotnet test --filter FullyQualifiedName~Fit21.FitCheckScan --logger "console;verbosity=detailed"</c>). Prints, per
    /// run, every check's figure, and per check the range over the correct runs and how many runs of each group it refuses.
    /// </summary>
    public class FitCheckScan
    {
        private const string Rom = "28FF23A10F1603C1";
        private static readonly string[] Shipped = { "folded-covered", "free-air", "nominal-12v", "strong-60w", "thick-slow", "usb-10w" };
        private readonly ITestOutputHelper _out;

        public FitCheckScan(ITestOutputHelper output) => _out = output;

        /// <summary>The checks of one run's telemetry; null when the log does not read or the fit is out of range (refused before the checks).</summary>
        internal static List<ElementFitCheck>? ChecksOf(string log, out string why)
        {
            if (!FixtureTelemetry.TryRead(new StringReader(log), Rom, out ElementFixtureSeries run, out why))
            {
                return null;
            }

            ElementCalibration fit = run.Fit();
            if (!fit.IsValid)
            {
                why = "out of range";
                return null;
            }

            return ElementFitChecks.Check(run, fit);
        }

        [Fact(Skip = "fit21 scan, run by hand (see the class)")]
        public void Scan()
        {
            var groups = new List<(string Group, string Condition, Func<PadParameters, int, string> Log, bool Shipped)>();
            string Dev(PadParameters p, int seed, double room, double supply, int lead)
            {
                var w = new StringWriter();
                DeviceFixtureSimulation.Run(p, seed, w, Rom, plateLeadS: lead, supplyV: p.RatedVoltageV * supply, roomC: room);
                return w.ToString();
            }

            string Har(PadParameters p, int seed, Func<FixtureHarness> make)
            {
                var w = new StringWriter();
                FixtureHarness h = make();
                h.Telemetry = w;
                h.Run(p, seed);
                return w.ToString();
            }

            groups.Add(("correct", "room 22", (p, s) => Dev(p, s, 22, 1.0, 0), false));
            groups.Add(("correct", "room 16", (p, s) => Dev(p, s, 16, 1.0, 0), false));
            groups.Add(("correct", "room 18", (p, s) => Dev(p, s, 18, 1.0, 0), false));
            groups.Add(("correct", "room 20", (p, s) => Dev(p, s, 20, 1.0, 0), false));
            groups.Add(("correct", "room 24", (p, s) => Dev(p, s, 24, 1.0, 0), false));
            groups.Add(("correct", "room 28", (p, s) => Dev(p, s, 28, 1.0, 0), false));
            groups.Add(("correct", "supply x0.9", (p, s) => Dev(p, s, 22, 0.9, 0), false));
            groups.Add(("correct", "supply x1.1", (p, s) => Dev(p, s, 22, 1.1, 0), false));
            groups.Add(("correct", "plate 30 s after the press", (p, s) => Dev(p, s, 22, 1.0, -30), false));
            groups.Add(("correct", "ticks 0.8-1.2 s", (p, s) => { var rnd = new Random(s * 7 + 5); return Har(p, s, () => new FixtureHarness { TickMs = _ => 800 + rnd.Next(401) }); }, true));
            groups.Add(("correct", "13.2 -> 10.8 V at 1,500 s", (p, s) => Har(p, s, () => new FixtureHarness { SupplyV = t => t < 1500 ? 13.2 : 10.8 }), true));
            groups.Add(("correct", "10.8 -> 13.2 V at 2,600 s", (p, s) => Har(p, s, () => new FixtureHarness { SupplyV = t => t < 2600 ? 10.8 : 13.2 }), true));
            groups.Add(("correct", "chip Vref 1.2 V", (p, s) => Har(p, s, () => new FixtureHarness { ChipVrefV = 1.2 }), true));
            groups.Add(("correct", "chip Vref 1.0 V", (p, s) => Har(p, s, () => new FixtureHarness { ChipVrefV = 1.0 }), true));
            groups.Add(("near", "pad 1 C over a 22 C room", (p, s) => Har(p, s, () => new FixtureHarness { PadStartC = 23.0 }), true));
            groups.Add(("near", "pad 1 C under a 22 C room", (p, s) => Har(p, s, () => new FixtureHarness { PadStartC = 21.0 }), true));
            groups.Add(("near", "pad 0.5 C under a 22 C room", (p, s) => Har(p, s, () => new FixtureHarness { PadStartC = 21.5 }), true));
            groups.Add(("bad", "pair off the surface from power-on", (p, s) => Har(p, s, () => new FixtureHarness { PairDetachedFromStart = true }), true));
            groups.Add(("bad", "no plate laid", (p, s) => Har(p, s, () => new FixtureHarness { LayPlate = false }), true));
            groups.Add(("bad", "pad 24 C in a 16 C room", (p, s) => Har(p, s, () => new FixtureHarness { RoomC = 16.0, PadStartC = 24.0 }), true));
            groups.Add(("bad", "pad 16.5 C in a 22 C room", (p, s) => Har(p, s, () => new FixtureHarness { PadStartC = 16.5 }), true));
            groups.Add(("bad", "pad 20 C in a 28 C room", (p, s) => Har(p, s, () => new FixtureHarness { RoomC = 28.0, PadStartC = 20.0 }), true));

            var pads = CalibrateCommand.Pads();
            foreach (var g in groups)
            {
                var values = new Dictionary<string, List<double>>();
                var refusedBy = new Dictionary<string, int>();
                int runs = 0, before = 0, refused = 0;
                foreach (var (name, pad) in g.Shipped ? Shipped.Select(n => (n, PadFile.LoadShipped(n))).ToList() : pads)
                {
                    for (int seed = 11; seed <= 14; seed++)
                    {
                        runs++;
                        List<ElementFitCheck>? checks = ChecksOf(g.Log(pad, seed), out string why);
                        if (checks == null)
                        {
                            before++;
                            _out.WriteLine($"run | {g.Group} | {g.Condition} | {name} {seed} | refused before the checks: {why}");
                            continue;
                        }

                        if (checks.Any(c => !c.Passed))
                        {
                            refused++;
                        }

                        foreach (var c in checks)
                        {
                            (values.TryGetValue(c.Name, out var l) ? l : values[c.Name] = new List<double>()).Add(c.Value);
                            refusedBy[c.Name] = (refusedBy.TryGetValue(c.Name, out int n) ? n : 0) + (c.Passed ? 0 : 1);
                        }

                        _out.WriteLine($"run | {g.Group} | {g.Condition} | {name} {seed} | " + string.Join(" ", checks.Select(c => $"{c.Name}={c.Value:F3}{(c.Passed ? string.Empty : "!")}")));
                    }
                }

                _out.WriteLine($"sum | {g.Group} | {g.Condition} | runs {runs} | refused before the checks {before} | refused by the checks {refused} | " + string.Join(" ", values.Select(kv => $"{kv.Key} {kv.Value.Min():F3}..{kv.Value.Max():F3} ({refusedBy[kv.Key]})")));
            }
        }
    }
}
