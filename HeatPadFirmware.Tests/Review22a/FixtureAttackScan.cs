using System;
using System.Collections.Generic;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review21c;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Review22a
{
    /// <summary>
    /// Review 22a (by hand; prints one line a run): the device fixture (fix21's ElementFixtureRun) under the conditions its author
    /// listed as untested. Remove a Skip and run
    /// <c>dotnet test --filter FullyQualifiedName~Review22a.FixtureAttackScan --logger "console;verbosity=detailed"</c>.
    /// </summary>
    public class FixtureAttackScan
    {
        internal static readonly string[] Shipped = { "folded-covered", "free-air", "nominal-12v", "strong-60w", "thick-slow", "usb-10w" };
        private const string ByHand = "Review 22a scan, run by hand (see the class summary)";
        private readonly ITestOutputHelper _out;

        public FixtureAttackScan(ITestOutputHelper output) => _out = output;

        private void Group(string what, IEnumerable<(string Name, PadParameters Pad)> pads, int seed, Func<FixtureHarness22a> make)
        {
            int runs = 0, done = 0, burns = 0;
            double worstPeak = double.NegativeInfinity, worstDose = 0.0;
            string worst = "";
            var ends = new SortedDictionary<string, int>();
            foreach (var (name, pad) in pads)
            {
                FixtureProbe r = make().Run(pad, seed);
                runs++;
                string end = r.Stage == ElementFixtureStage.Aborted ? r.AbortFault.ToString() : r.Stage.ToString();
                ends[end] = ends.TryGetValue(end, out int n) ? n + 1 : 1;
                done += r.Stage == ElementFixtureStage.Done ? 1 : 0;
                burns += r.Dose >= 0.25 || r.PeakSurfaceC >= 48.0 ? 1 : 0;
                if (r.Dose > worstDose || (r.Dose == worstDose && r.PeakSurfaceC > worstPeak))
                {
                    worstDose = r.Dose;
                    worstPeak = r.PeakSurfaceC;
                    worst = name + ": " + r;
                }

                worstPeak = Math.Max(worstPeak, r.PeakSurfaceC);
            }

            _out.WriteLine(FormattableString.Invariant($"{what} | runs {runs} done {done} | ends {string.Join(", ", ends)} | peak {worstPeak:F1} C worst dose {worstDose:F3} | dose>=0.25 or peak>=48: {burns} | worst {worst}"));
        }

        private static IEnumerable<(string, PadParameters)> ShippedPads()
        {
            foreach (string n in Shipped)
            {
                yield return (n, PadFile.LoadShipped(n));
            }
        }

        private static IEnumerable<(string, PadParameters)> BenchPads(int firstFamily, int lastFamily)
        {
            for (int f = firstFamily; f <= lastFamily; f++)
            {
                foreach (var (name, pad) in BenchPadFamily.Build(20, f))
                {
                    if (name.StartsWith("random", StringComparison.Ordinal))
                    {
                        yield return ("f" + f + "-" + name, pad);
                    }
                }
            }
        }

        [Fact(Skip = ByHand)]
        public void LoosePair()
        {
            foreach (double f in new[] { 0.2, 0.3, 0.4, 0.5, 0.7 })
            {
                foreach (double cover in new[] { 1.0, 0.5, 0.2 })
                {
                    foreach (double body in new[] { 0.0, 0.5, 1.5, 3.0 })
                    {
                        foreach (bool plate in new[] { true, false })
                        {
                            Group($"loose pair f {f} cover {cover} body {body} plate {plate}", ShippedPads(), 11, () => new FixtureHarness22a
                            {
                                PairCoupling = f, FreeAir = cover == 1.0, CoverAt = _ => cover, CoreCoverScale = cover, BodyWPerKAt = _ => body, HasBody = body > 0,
                                ChipVrefV = 1.2, LayPlate = plate,
                            });
                        }
                    }
                }
            }
        }

        [Fact(Skip = ByHand)]
        public void LoosePairSeeds()
        {
            foreach (int seed in new[] { 11, 12, 13, 14 })
            {
                foreach (double f in new[] { 0.3, 0.5 })
                {
                    foreach (double body in new[] { 0.0, 0.5 })
                    {
                        Group($"seed {seed} loose pair f {f} cover 0.2 body {body} plate true", ShippedPads(), seed, () => new FixtureHarness22a
                        {
                            PairCoupling = f, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, BodyWPerKAt = _ => body, HasBody = body > 0, ChipVrefV = 1.2,
                        });
                        Group($"seed {seed} loose pair f {f} cover 0.2 body {body} bench f1-2", CalibrateCommand.Pads(), seed, () => new FixtureHarness22a
                        {
                            PairCoupling = f, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, BodyWPerKAt = _ => body, HasBody = body > 0, ChipVrefV = 1.2,
                        });
                    }
                }
            }
        }

        [Fact(Skip = ByHand)]
        public void S3InvalidAtTheCue()
        {
            foreach (bool invalid in new[] { false, true })
            {
                // no plate, the pair off from the press, a cover arriving at the press (x0.2 / x0.5), with or without a body
                foreach (double cover in new[] { 1.0, 0.5, 0.2 })
                {
                    foreach (double body in new[] { 0.0, 0.5 })
                    {
                        Group($"S3 invalid at cue {invalid}: no plate, pair off from press, cover {cover} from the cue, body {body}", ShippedPads(), 11, () =>
                        {
                            var h = new FixtureHarness22a { S3InvalidAtCue = invalid, LayPlate = false, PairCouplingFromPress = 0.0, ChipVrefV = 1.2, BodyWPerKAt = _ => body, HasBody = body > 0 };
                            h.CoverAt = t => t >= 120 + ElementFixtureRun.HeatS ? cover : 1.0;
                            return h;
                        });
                    }
                }

                Group($"S3 invalid at cue {invalid}: correct run", ShippedPads(), 11, () => new FixtureHarness22a { S3InvalidAtCue = invalid });
                Group($"S3 invalid at cue {invalid}: no plate, pair on, free air (review 21c R)", ShippedPads(), 11, () => new FixtureHarness22a { S3InvalidAtCue = invalid, LayPlate = false, ChipVrefV = 1.2 });
            }
        }

        [Fact(Skip = ByHand)]
        public void S3Errors()
        {
            foreach (double spot in new[] { -0.3, -0.2, -0.15, 0.0, 0.15 })
            {
                foreach (double offset in new[] { -0.5, 0.5 })
                {
                    Group($"S3 spot {spot} offset {offset} lag 10: correct", ShippedPads(), 11, () => new FixtureHarness22a { S3LagS = 10, S3Spot = spot, S3OffsetC = offset });
                    foreach (double body in new[] { 0.5, 1.5 })
                    {
                        Group($"S3 spot {spot} offset {offset} lag 10: pair off from power-on, body {body}, cover 0.2, no press", ShippedPads(), 11, () => new FixtureHarness22a
                        {
                            S3LagS = 10, S3Spot = spot, S3OffsetC = offset, PairCoupling = 0.0, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, BodyWPerKAt = _ => body, HasBody = true, ChipVrefV = 1.2, LayPlate = false, PressDelayS = -1,
                        });
                    }

                    Group($"S3 spot {spot} offset {offset} lag 10: loose pair 0.4, cover 0.2, plate", ShippedPads(), 11, () => new FixtureHarness22a
                    {
                        S3LagS = 10, S3Spot = spot, S3OffsetC = offset, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2,
                    });
                }
            }
        }

        [Fact(Skip = ByHand)]
        public void Arrivals()
        {
            int cue = 120 + ElementFixtureRun.HeatS;
            foreach (int at in new[] { 60, 300, 550 })
            {
                foreach (double body in new[] { 0.5, 1.5, 3.0 })
                {
                    // a person lies on in the wait for the press; nobody presses (the pair off from the cue, i.e. never reading it)
                    Group($"wait: body {body} from cue+{at}, pair off from power-on? no; cover 0.3 with the body, press never", ShippedPads(), 11, () => new FixtureHarness22a
                    {
                        BodyWPerKAt = t => t >= cue + at ? body : 0.0, HasBody = true, CoverAt = t => t >= cue + at ? 0.3 : 1.0, PressDelayS = -1, LayPlate = false, ChipVrefV = 1.2,
                    });
                    // a person lies on in the wait, then somebody presses (the body proves the 'plate'), the pair off from the press
                    Group($"wait: body {body} from cue+{at}, cover 0.3, press at cue+{at + 30}, no plate, pair off from press", ShippedPads(), 11, () => new FixtureHarness22a
                    {
                        BodyWPerKAt = t => t >= cue + at ? body : 0.0, HasBody = true, CoverAt = t => t >= cue + at ? 0.3 : 1.0, PressDelayS = at + 30, LayPlate = false, PairCouplingFromPress = 0.0, ChipVrefV = 1.2,
                    });
                }

                foreach (double cover in new[] { 0.5, 0.2 })
                {
                    Group($"wait: cover {cover} from cue+{at}, press never", ShippedPads(), 11, () => new FixtureHarness22a { CoverAt = t => t >= cue + at ? cover : 1.0, PressDelayS = -1, LayPlate = false, ChipVrefV = 1.2 });
                }
            }

            foreach (int after in new[] { 150, 300, 600 })
            {
                // plate proved, then lifted; a cover or a body follows (pair off from the press)
                foreach (double cover in new[] { 1.0, 0.5, 0.2 })
                {
                    foreach (double body in new[] { 0.0, 0.5, 1.5 })
                    {
                        Group($"plate: lifted {after} s after press, then cover {cover} body {body}, pair off from press", ShippedPads(), 11, () =>
                        {
                            var h = new FixtureHarness22a { PlateLiftAfterPressS = after, PairCouplingFromPress = 0.0, ChipVrefV = 1.2, HasBody = body > 0 };
                            int liftTick = cue + 5 + after;
                            h.CoverAt = t => t >= liftTick ? cover : 1.0;
                            h.BodyWPerKAt = t => t >= liftTick ? body : 0.0;
                            return h;
                        });
                    }
                }
            }
        }

        [Fact(Skip = ByHand)]
        public void RoomsAndPads()
        {
            foreach (double room in new[] { 12.0, 14.0, 16.0, 24.0, 26.0, 28.0, 30.0 })
            {
                foreach (double start in new[] { double.NaN, 38.0, 45.0 })
                {
                    Group($"room {room} pad start {start}: correct", ShippedPads(), 11, () => new FixtureHarness22a { RoomC = room, PadStartC = start });
                    Group($"room {room} pad start {start}: loose pair 0.4 cover 0.2 plate", ShippedPads(), 11, () => new FixtureHarness22a { RoomC = room, PadStartC = start, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2 });
                    Group($"room {room} pad start {start}: pair on, cover 0.2, plate", ShippedPads(), 11, () => new FixtureHarness22a { RoomC = room, PadStartC = start, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2 });
                    Group($"room {room} pad start {start}: pair off, body 0.5, cover 0.2, no press", ShippedPads(), 11, () => new FixtureHarness22a { RoomC = room, PadStartC = start, PairCoupling = 0.0, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, BodyWPerKAt = _ => 0.5, HasBody = true, ChipVrefV = 1.2, LayPlate = false, PressDelayS = -1 });
                }
            }
        }

        [Fact(Skip = ByHand)]
        public void BenchFamilies()
        {
            Group("bench families 3-8 (120 random pads): correct", BenchPads(3, 8), 11, () => new FixtureHarness22a());
            Group("bench families 3-8: correct, chip Vref 1.2", BenchPads(3, 8), 11, () => new FixtureHarness22a { ChipVrefV = 1.2 });
            Group("bench families 3-8: pair on, cover 0.2, plate", BenchPads(3, 8), 11, () => new FixtureHarness22a { FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2 });
            Group("bench families 3-8: loose pair 0.4, cover 0.2, plate", BenchPads(3, 8), 11, () => new FixtureHarness22a { PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2 });
            Group("bench families 3-8: pair off, body 0.5, cover 0.2, no press", BenchPads(3, 8), 11, () => new FixtureHarness22a { PairCoupling = 0.0, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, BodyWPerKAt = _ => 0.5, HasBody = true, ChipVrefV = 1.2, LayPlate = false, PressDelayS = -1 });
            Group("bench families 3-8: no plate, pair off from press, body 0.5 cover 0.2", BenchPads(3, 8), 11, () => new FixtureHarness22a { LayPlate = false, PairCouplingFromPress = 0.0, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, BodyWPerKAt = _ => 0.5, HasBody = true, ChipVrefV = 1.2 });
        }

        [Fact(Skip = ByHand)]
        public void UsbPadSupplies()
        {
            PadParameters usb = PadFile.LoadShipped("usb-10w");
            foreach (double v in new[] { 5.0, 5.5, 7.0, 9.0, 10.8, 12.0, 13.2 })
            {
                var one = new[] { ("usb-10w", usb) };
                Group($"usb-10w at {v} V: correct", one, 11, () => new FixtureHarness22a { SupplyV = _ => v });
                Group($"usb-10w at {v} V: correct, chip Vref 1.2", one, 11, () => new FixtureHarness22a { SupplyV = _ => v, ChipVrefV = 1.2 });
                Group($"usb-10w at {v} V: pair on, cover 0.2", one, 11, () => new FixtureHarness22a { SupplyV = _ => v, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2 });
                Group($"usb-10w at {v} V: loose pair 0.4, cover 0.2", one, 11, () => new FixtureHarness22a { SupplyV = _ => v, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2 });
                Group($"usb-10w at {v} V: pair off, body 0.5, cover 0.2, no press", one, 11, () => new FixtureHarness22a { SupplyV = _ => v, PairCoupling = 0.0, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, BodyWPerKAt = _ => 0.5, HasBody = true, ChipVrefV = 1.2, LayPlate = false, PressDelayS = -1 });
            }
        }
    }
}
