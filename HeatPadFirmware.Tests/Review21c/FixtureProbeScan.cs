using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Review21c
{
    /// <summary>Review 21c's scan of the device fixture under the conditions not varied by its author (run by hand; prints figures).</summary>
    public class FixtureProbeScan
    {
        private static readonly string[] Pads = { "folded-covered", "free-air", "nominal-12v", "strong-60w", "thick-slow", "usb-10w" };
        private readonly ITestOutputHelper _out;

        public FixtureProbeScan(ITestOutputHelper output) => _out = output;

        [Fact(Skip = "Review 21c scan, run by hand: remove this Skip and run dotnet test --filter FullyQualifiedName~Review21c.FixtureProbeScan --logger \"console;verbosity=detailed\"")]
        public void Scan()
        {
            void Row(string what, Func<FixtureHarness> make)
            {
                foreach (string name in Pads)
                {
                    for (int seed = 11; seed <= 12; seed++)
                    {
                        FixtureProbe r = make().Run(PadFile.LoadShipped(name), seed);
                        _out.WriteLine($"{what} | {name} {seed} | {r}");
                    }
                }
            }

            foreach (double body in new[] { 0.5, 1.5, 3.0 })
            {
                Row($"H body {body} W/K covered, pair off from start, never pressed", () => new FixtureHarness { BodyWPerK = body, FreeAir = false, SurfaceToAmbientScale = 0.2, CoreToAmbientScale = 0.2, ChipVrefV = 1.2, LayPlate = false, PairDetachedFromStart = true, PressDelayS = -1 });
                Row($"P body {body} W/K covered x0.3, pair on, presses at cue", () => new FixtureHarness { BodyWPerK = body, FreeAir = false, SurfaceToAmbientScale = 0.3, CoreToAmbientScale = 0.3, ChipVrefV = 1.2, LayPlate = false });
            }

            Row("Q plate 60 s before the press", () => new FixtureHarness { PlateLeadS = 60 });
            foreach (bool without in new[] { false, true })
            {
                string tag = without ? "without relaxation" : "fix20";
                Row($"K {tag}: covered, pair off at the press", () => new FixtureHarness { WithoutRelaxation = without, FreeAir = false, SurfaceToAmbientScale = 0.2, CoreToAmbientScale = 0.2, ChipVrefV = 1.2, LayPlate = false, PairDetachedInPlate = true });
                Row($"L {tag}: body 0.5 W/K covered, pair off at the press", () => new FixtureHarness { WithoutRelaxation = without, BodyWPerK = 0.5, FreeAir = false, SurfaceToAmbientScale = 0.2, CoreToAmbientScale = 0.2, ChipVrefV = 1.2, LayPlate = false, PairDetachedInPlate = true });
                Row($"M {tag}: body 0.5 W/K, pair off at the press", () => new FixtureHarness { WithoutRelaxation = without, BodyWPerK = 0.5, FreeAir = false, ChipVrefV = 1.2, LayPlate = false, PairDetachedInPlate = true });
                Row($"N {tag}: free air no plate, pair off at the press", () => new FixtureHarness { WithoutRelaxation = without, ChipVrefV = 1.2, LayPlate = false, PairDetachedInPlate = true });
                Row($"O {tag}: plate laid, shipped", () => new FixtureHarness { WithoutRelaxation = without });
            }
        }

        [Fact(Skip = "Review 21c scan, run by hand (as Scan)")]
        public void FitScan()
        {
            void Fit(string what, Func<FixtureHarness> make)
            {
                foreach (string name in Pads)
                {
                    var log = new System.IO.StringWriter();
                    FixtureHarness h = make();
                    h.Telemetry = log;
                    FixtureProbe r = h.Run(PadFile.LoadShipped(name), 11);
                    ElementCalibration direct = ElementCalibrationFixture.Calibrate(PadFile.LoadShipped(name), 11);
                    var output = new System.IO.StringWriter();
                    var error = new System.IO.StringWriter();
                    int code = HeatPadFirmware.Simulator.Commands.CalibrateCommand.FitTelemetry(output, error, new System.IO.StringReader(log.ToString()), "28FF23A10F1603C1");
                    string fit = "refused: " + error.ToString().Trim().Replace("\n", " / ");
                    if (code == 0 && ElementCalibrationRecord.Parse(output.ToString(), "28FF23A10F1603C1", out ElementCalibration c) == ElementCalibrationLoad.Loaded)
                    {
                        fit = $"record: C x{c.CapacityJPerK / direct.CapacityJPerK:F3} G_cs x{c.ConductanceWPerK / direct.ConductanceWPerK:F3} G_ca {(c.RoomConductanceWPerK - direct.RoomConductanceWPerK) / direct.ConductanceWPerK:F3} of G_cs, lag {c.LagS} vs {direct.LagS}";
                    }

                    _out.WriteLine($"fit {what} | {name} | {r.Stage} {r.AbortFault} | {fit}");
                }
            }

            Fit("nominal", () => new FixtureHarness());
            Fit("pair off from start", () => new FixtureHarness { PairDetachedFromStart = true });
            Fit("no plate laid", () => new FixtureHarness { LayPlate = false });
            Fit("pad 20 C in a 28 C room", () => new FixtureHarness { RoomC = 28.0, PadStartC = 20.0 });
            Fit("pad 16.5 C in a 22 C room", () => new FixtureHarness { PadStartC = 16.5 });
            Fit("pad 24 C in a 16 C room", () => new FixtureHarness { RoomC = 16.0, PadStartC = 24.0 });
            Fit("ticks 0.8-1.2 s", () => { var rnd = new Random(5); return new FixtureHarness { TickMs = _ => 800 + rnd.Next(401) }; });
            Fit("supply 13.2 -> 10.8 at 1500 s", () => new FixtureHarness { SupplyV = t => t < 1500 ? 13.2 : 10.8 });
        }

        [Fact(Skip = "Review 21c scan, run by hand (as Scan)")]
        public void FingerprintScan()
        {
            const int n = 400;
            var zero = new double[n];
            var scale = new double[n];
            var t = typeof(SimulatedHeaterSense);
            var f = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance;
            for (int i = 0; i < n; i++)
            {
                var s = new SimulatedHeaterSense(i + 1);
                zero[i] = (double)t.GetField("_zeroCounts", f)!.GetValue(s)!;
                double gain = (double)t.GetField("_currentGain", f)!.GetValue(s)!;
                double vpc = (double)t.GetField("_chipVoltsPerCount", f)!.GetValue(s)!;
                scale[i] = gain * HeaterSenseConversion.AdcVoltsPerCount / vpc;
            }

            int pairs = 0, pass = 0, pass5 = 0, pass8 = 0;
            double worst = 0.0;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    if (i == j) continue;
                    pairs++;
                    double shift = (zero[j] - zero[i]) / zero[i];
                    if (Math.Abs(shift) <= ElementCalibrationRecord.MaxSenseZeroShiftFraction)
                    {
                        pass++;
                        double d = Math.Abs(scale[j] / scale[i] - 1.0);
                        worst = Math.Max(worst, d);
                        if (d > 0.05) pass5++;
                        if (d > 0.08) pass8++;
                    }
                }
            }

            _out.WriteLine($"fingerprint | boards {n} ordered pairs {pairs} pass 2% {pass} ({100.0 * pass / pairs:F1} %) of which scale differs > 5 %: {pass5}, > 8 %: {pass8}; worst scale difference among passing {100 * worst:F1} %");
        }
    }
}
