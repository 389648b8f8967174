using System;
using System.Collections.Generic;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review21c;
using HeatPadFirmware.Tests.Review22a;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Fix22
{
    /// <summary>
    /// Session 22 (fix22, by hand; one line a group of runs): the device fixture's heat stage with the element held under
    /// <see cref="ElementFixtureRun.MaxElementBoundC"/>, under review 22a's conditions and the brief's (FixtureHarness22a; sensor
    /// seed 11 unless named, chip Vref 1.2 V where a burn is sought). Remove a Skip and run
    /// <c>dotnet test --filter FullyQualifiedName~Fix22.FixtureBoundScan --logger "console;verbosity=detailed"</c>.
    /// </summary>
    public class FixtureBoundScan
    {
        private const string ByHand = "Session 22 scan, run by hand (see the class summary)";
        private readonly ITestOutputHelper _out;

        public FixtureBoundScan(ITestOutputHelper output) => _out = output;

        internal static IEnumerable<(string Name, PadParameters Pad)> ShippedPads()
        {
            foreach (string n in FixtureAttackScan.Shipped)
            {
                yield return (n, PadFile.LoadShipped(n));
            }
        }

        internal static IEnumerable<(string Name, PadParameters Pad)> BenchPads(int firstFamily, int lastFamily)
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

        private void Group(string what, IEnumerable<(string Name, PadParameters Pad)> pads, int seed, Func<FixtureHarness22a> make)
        {
            var tally = new FixtureScanTally();
            foreach (var (name, pad) in pads)
            {
                tally.Add(name, make().Run(pad, seed));
            }

            _out.WriteLine(tally.Line(what));
        }

        [Fact(Skip = ByHand)]
        public void LoosePairCoversAndBodies()
        {
            foreach (double f in new[] { 0.2, 0.4, 0.7, 1.0 })
            {
                foreach (double cover in new[] { 0.5, 0.2 })
                {
                    foreach (double body in new[] { 0.0, 0.5, 1.5, 3.0 })
                    {
                        foreach (bool plate in new[] { true, false })
                        {
                            Group($"pair f {f} cover {cover} body {body} plate {plate}", ShippedPads(), 11, () => new FixtureHarness22a
                            {
                                PairCoupling = f, FreeAir = false, CoverAt = _ => cover, CoreCoverScale = cover, BodyWPerKAt = _ => body, HasBody = body > 0, ChipVrefV = 1.2, LayPlate = plate,
                            });
                        }
                    }
                }
            }
        }

        [Fact(Skip = ByHand)]
        public void BenchFamilies()
        {
            Group("bench 3-8 (120 random pads): correct", BenchPads(3, 8), 11, () => new FixtureHarness22a());
            Group("bench 3-8: correct, chip Vref 1.2", BenchPads(3, 8), 11, () => new FixtureHarness22a { ChipVrefV = 1.2 });
            Group("bench 3-8: loose pair 0.4, cover 0.2", BenchPads(3, 8), 11, () => new FixtureHarness22a { PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2 });
            Group("bench 3-8: loose pair 0.4, cover 0.5, body 0.5", BenchPads(3, 8), 11, () => new FixtureHarness22a { PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.5, CoreCoverScale = 0.5, BodyWPerKAt = _ => 0.5, HasBody = true, ChipVrefV = 1.2 });
            Group("bench 3-8: pair on, cover 0.2", BenchPads(3, 8), 11, () => new FixtureHarness22a { FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2 });
            Group("bench 3-8: pair off, body 0.5, cover 0.2, no press", BenchPads(3, 8), 11, () => new FixtureHarness22a { PairCoupling = 0.0, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, BodyWPerKAt = _ => 0.5, HasBody = true, ChipVrefV = 1.2, LayPlate = false, PressDelayS = -1 });
            Group("bench 3-8: loose pair 0.4, cover 0.2, S3 spot -0.3 offset -0.5 lag 10", BenchPads(3, 8), 11, () => new FixtureHarness22a { S3LagS = 10, S3Spot = -0.3, S3OffsetC = -0.5, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2 });
            Group("bench 3-8: correct, S3 spot +0.15 offset +0.5 lag 10", BenchPads(3, 8), 11, () => new FixtureHarness22a { S3LagS = 10, S3Spot = 0.15, S3OffsetC = 0.5 });
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
                        Group($"seed {seed} loose pair f {f} cover 0.2 body {body}: the 46 pads of calibrate --device", CalibrateCommand.Pads(), seed, () => new FixtureHarness22a
                        {
                            PairCoupling = f, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, BodyWPerKAt = _ => body, HasBody = body > 0, ChipVrefV = 1.2,
                        });
                    }
                }
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
                    Group($"S3 spot {spot} offset {offset} lag 10: loose pair 0.4, cover 0.2", ShippedPads(), 11, () => new FixtureHarness22a
                    {
                        S3LagS = 10, S3Spot = spot, S3OffsetC = offset, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2,
                    });
                    Group($"S3 spot {spot} offset {offset} lag 10: pair off, body 0.5, cover 0.2, no press", ShippedPads(), 11, () => new FixtureHarness22a
                    {
                        S3LagS = 10, S3Spot = spot, S3OffsetC = offset, PairCoupling = 0.0, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, BodyWPerKAt = _ => 0.5, HasBody = true, ChipVrefV = 1.2, LayPlate = false, PressDelayS = -1,
                    });
                }
            }
        }

        [Fact(Skip = ByHand)]
        public void RoomsSuppliesTicks()
        {
            foreach (double room in new[] { 16.0, 20.0, 24.0, 24.5, 28.0 })
            {
                Group($"room {room}: correct", ShippedPads(), 11, () => new FixtureHarness22a { RoomC = room });
                Group($"room {room}: loose pair 0.4, cover 0.2", ShippedPads(), 11, () => new FixtureHarness22a { RoomC = room, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2 });
            }

            foreach (var (room, start) in new[] { (16.0, 24.0), (16.0, 20.0), (22.0, 16.5), (28.0, 20.0), (12.0, 17.0) })
            {
                Group($"room {room} pad at {start}: correct", ShippedPads(), 11, () => new FixtureHarness22a { RoomC = room, PadStartC = start });
                Group($"room {room} pad at {start}: loose pair 0.4, cover 0.2", ShippedPads(), 11, () => new FixtureHarness22a { RoomC = room, PadStartC = start, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2 });
                Group($"room {room} pad at {start}: loose pair 0.4, cover 0.2, S3 spot -0.3 offset -0.5 lag 10", ShippedPads(), 11, () => new FixtureHarness22a { RoomC = room, PadStartC = start, S3LagS = 10, S3Spot = -0.3, S3OffsetC = -0.5, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2 });
            }

            var supplies = new (string Name, Func<int, double> V)[]
            {
                ("x0.9 of rated", _ => double.NaN), ("10.8 V", _ => 10.8), ("13.2 V", _ => 13.2), ("13.2 -> 10.8 V at 1,500 s", t => t < 1500 ? 13.2 : 10.8), ("10.8 -> 13.2 V at 1,500 s", t => t < 1500 ? 10.8 : 13.2),
            };
            foreach (var (name, v) in supplies)
            {
                Group($"supply {name}: correct", ShippedPads(), 11, () => new FixtureHarness22a { SupplyV = v });
                Group($"supply {name}: loose pair 0.4, cover 0.2", ShippedPads(), 11, () => new FixtureHarness22a { SupplyV = v, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2 });
            }

            foreach (int tickSeed in new[] { 5, 6 })
            {
                Group($"ticks 0.8-1.2 s (seed {tickSeed}): correct", ShippedPads(), 11, () => { var r = new Random(tickSeed); return new FixtureHarness22a { TickMs = _ => 800 + r.Next(401) }; });
                Group($"ticks 0.8-1.2 s (seed {tickSeed}): loose pair 0.4, cover 0.2", ShippedPads(), 11, () => { var r = new Random(tickSeed); return new FixtureHarness22a { TickMs = _ => 800 + r.Next(401), PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2 }; });
                Group($"ticks 0.8-1.2 s (seed {tickSeed}): pair on, cover 0.2, body 0.5", ShippedPads(), 11, () => { var r = new Random(tickSeed); return new FixtureHarness22a { TickMs = _ => 800 + r.Next(401), FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, BodyWPerKAt = _ => 0.5, HasBody = true, ChipVrefV = 1.2 }; });
            }

            Group("a 6 s stall every 600 s: loose pair 0.4, cover 0.2", ShippedPads(), 11, () => new FixtureHarness22a { TickMs = t => t % 600 == 599 ? 6000 : 1000, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2 });
            PadParameters usb = PadFile.LoadShipped("usb-10w");
            foreach (double v in new[] { 5.0, 7.0, 10.8, 13.2 })
            {
                Group($"usb-10w at {v} V: correct", new[] { ("usb-10w", usb) }, 11, () => new FixtureHarness22a { SupplyV = _ => v });
                Group($"usb-10w at {v} V: loose pair 0.4, cover 0.2", new[] { ("usb-10w", usb) }, 11, () => new FixtureHarness22a { SupplyV = _ => v, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2 });
            }
        }

        [Fact(Skip = ByHand)]
        public void Arrivals()
        {
            int cue = 120 + ElementFixtureRun.HeatS;
            foreach (int at in new[] { 300, 1200, cue + 60, cue + 300 })
            {
                foreach (double body in new[] { 0.5, 3.0 })
                {
                    Group($"body {body} + cover 0.3 arriving at {at} s, loose pair 0.4 from then, press at the cue + 5 s, no plate", ShippedPads(), 11, () => new FixtureHarness22a
                    {
                        BodyWPerKAt = t => t >= at ? body : 0.0, HasBody = true, CoverAt = t => t >= at ? 0.3 : 1.0, LayPlate = false, ChipVrefV = 1.2, PairCouplingFromPress = 0.4,
                    });
                }

                Group($"cover 0.2 arriving at {at} s, no press", ShippedPads(), 11, () => new FixtureHarness22a { CoverAt = t => t >= at ? 0.2 : 1.0, PressDelayS = -1, LayPlate = false, ChipVrefV = 1.2 });
            }
        }
    }
}
