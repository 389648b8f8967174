using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review21c;
using HeatPadFirmware.Tests.Review22b;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Rec22
{
    /// <summary>
    /// Session 22 (rec22): the <c>heat_trend</c> figure on the 46 <c>calibrate --device</c> pads × seeds 11–14: 14 correct
    /// conditions, the simulated fixture's direct run and two loosening pairs (1 → 0.5 over 800 s and over 2,400 s of the heat
    /// stage). Per group: the runs, those read and fitted, those whose other nine checks pass (the records merge22 made), those
    /// that pass all ten, and heat_trend's range over the fitted runs and over those the nine pass.
    /// Run by hand: remove the Skip, then
    /// <c>dotnet test --filter FullyQualifiedName~Rec22.HeatTrendScan --logger "console;verbosity=detailed"</c>.
    /// </summary>
    public class HeatTrendScan
    {
        private const string Rom = "28FF23A10F1603C1";
        private readonly ITestOutputHelper _out;

        public HeatTrendScan(ITestOutputHelper output) => _out = output;

        // The same runs as fit22's scan, read the same way.
        private static string Device(PadParameters p, int seed, double room, double supply, int lead) =>
            Fit22.PairAgreementScan.Device(p, seed, room, supply, lead);

        private static string Harness(PadParameters p, int seed, FixtureHarness h) => Fit22.PairAgreementScan.Harness21c(p, seed, h);

        private static FitReviewHarness Loosening(double overS) => new FitReviewHarness
        {
            Contact1 = t => t < 120 ? 1.0 : Math.Max(0.5, 1.0 - ((t - 120) / overS)),
            Contact2 = t => t < 120 ? 1.0 : Math.Max(0.5, 1.0 - ((t - 120) / overS)),
        };

        internal static List<(string Name, Func<PadParameters, int, string> Log)> Groups()
        {
            var g = new List<(string, Func<PadParameters, int, string>)>();
            foreach (double room in new[] { 16.0, 22.0, 24.0 })
            {
                g.Add(($"correct device room {room:F0}", (p, s) => Device(p, s, room, 1.0, 0)));
            }

            g.Add(("correct device supply x0.9", (p, s) => Device(p, s, 22, 0.9, 0)));
            g.Add(("correct device supply x1.1", (p, s) => Device(p, s, 22, 1.1, 0)));
            g.Add(("correct device plate 30 s after the press", (p, s) => Device(p, s, 22, 1.0, -30)));
            g.Add(("correct device plate 20 s before the press", (p, s) => Device(p, s, 22, 1.0, 20)));
            g.Add(("correct harness ticks 0.8-1.2 s", (p, s) => { var rnd = new Random((s * 7) + 5); return Harness(p, s, new FixtureHarness { TickMs = _ => 800 + rnd.Next(401) }); }));
            g.Add(("correct harness 13.2 -> 10.8 V at 1,500 s", (p, s) => Harness(p, s, new FixtureHarness { SupplyV = t => t < 1500 ? 13.2 : 10.8 })));
            g.Add(("correct harness 10.8 -> 13.2 V at 2,600 s", (p, s) => Harness(p, s, new FixtureHarness { SupplyV = t => t < 2600 ? 10.8 : 13.2 })));
            g.Add(("correct harness22b", (p, s) => new FitReviewHarness().Run(p, s)));
            g.Add(("disturbed harness22b folded (air x0.5)", (p, s) => new FitReviewHarness { SurfaceToAmbientScale = 0.5 }.Run(p, s)));
            g.Add(("disturbed harness22b draft air x1..2 every 60 s", (p, s) => new FitReviewHarness { AirScale = t => (t / 60) % 2 == 0 ? 1.0 : 2.0 }.Run(p, s)));
            g.Add(("disturbed harness22b plate 60 s late", (p, s) => new FitReviewHarness { PlateDelayS = 60 }.Run(p, s)));
            g.Add(("simulated fixture's direct run (30 W, what calibrate --record checks), written as telemetry", (p, s) =>
            {
                var w = new StringWriter();
                HeatPadFirmware.Simulator.Output.FixtureTelemetry.Write(w, ElementCalibrationFixture.Run(p, s), Rom, ElementCalibrationFixture.FixturePowerW);
                return w.ToString();
            }));
            g.Add(("loosening 1 -> 0.5 over 800 s", (p, s) => Loosening(1600.0).Run(p, s)));
            g.Add(("loosening 1 -> 0.5 over 2,400 s", (p, s) => Loosening(4800.0).Run(p, s)));
            return g;
        }

        [Fact(Skip = "rec22 scan, run by hand (see the class)")]
        public void Scan()
        {
            var pads = CalibrateCommand.Pads();
            foreach (var g in Groups())
            {
                var jobs = pads.SelectMany(pp => Enumerable.Range(11, 4).Select(s => (pp.Name, pp.Pad, Seed: s))).ToList();
                var results = new (List<ElementFitCheck>? Checks, string Why)[jobs.Count];
                Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
                {
                    List<ElementFitCheck>? checks = Fit21.FitCheckScan.ChecksOf(g.Log(jobs[i].Pad, jobs[i].Seed), out string why);
                    results[i] = (checks, why);
                });

                var fitted = results.Where(r => r.Checks != null).Select(r => r.Checks!).ToList();
                int nine = fitted.Count(c => c.Where(x => x.Name != "heat_trend").All(x => x.Passed));
                int ten = fitted.Count(c => c.All(x => x.Passed));
                var trend = fitted.Select(c => c.Single(x => x.Name == "heat_trend").Value).ToList();
                var trendNine = fitted.Where(c => c.Where(x => x.Name != "heat_trend").All(x => x.Passed)).Select(c => c.Single(x => x.Name == "heat_trend").Value).ToList();
                string R(List<double> l) => l.Count == 0 ? "-" : FormattableString.Invariant($"{l.Min():+0.000;-0.000} .. {l.Max():+0.000;-0.000}");
                _out.WriteLine($"sum | {g.Name} | {jobs.Count} | {fitted.Count} | {nine} | {ten} | {R(trend)} | {R(trendNine)}");
            }
        }
    }
}
