using System;
using System.Collections.Generic;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Fix22;
using HeatPadFirmware.Tests.Review22a;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Review23a
{
    /// <summary>
    /// Review 23a (by hand): the conditions fix22 did not vary, on the shipped six (sensor seed 11, chip Vref 1.2 V). Remove the
    /// Skip and run <c>dotnet test --filter FullyQualifiedName~Review23a.FixtureAttack23aScan --logger "console;verbosity=detailed"</c>.
    /// </summary>
    public class FixtureAttack23aScan
    {
        private const string ByHand = "Review 23a scan, run by hand (see the class summary)";
        private readonly ITestOutputHelper _out;

        public FixtureAttack23aScan(ITestOutputHelper output) => _out = output;

        internal static (int Runs, int Done, double PeakSurfaceC, double PeakElementC, double Dose, string Worst) Group(IEnumerable<(string Name, PadParameters Pad)> pads, int seed, Func<FixtureHarness22a> make)
        {
            int runs = 0, done = 0;
            double worstPeak = double.NegativeInfinity, worstDose = 0.0, worstElement = double.NegativeInfinity;
            string worst = "";
            foreach (var (name, pad) in pads)
            {
                var r = make().Run(pad, seed);
                runs++;
                done += r.Stage == ElementFixtureStage.Done ? 1 : 0;
                if (r.PeakSurfaceC > worstPeak)
                {
                    worstPeak = r.PeakSurfaceC;
                    worst = name + ": " + r;
                }

                worstDose = Math.Max(worstDose, r.Dose);
                worstElement = Math.Max(worstElement, r.PeakElementC);
            }

            return (runs, done, worstPeak, worstElement, worstDose, worst);
        }

        private void Line(string what, IEnumerable<(string Name, PadParameters Pad)> pads, Func<FixtureHarness22a> make)
        {
            var g = Group(pads, 11, make);
            _out.WriteLine(FormattableString.Invariant($"{what} | runs {g.Runs} done {g.Done} | peak surface {g.PeakSurfaceC:F1} C element {g.PeakElementC:F1} C dose {g.Dose:F3} | hottest {g.Worst}"));
        }

        [Fact(Skip = ByHand)]
        public void S3BelowTheBoundsSpot()
        {
            foreach (double spot in new[] { -0.3, -0.4, -0.5, -0.6 })
            {
                foreach (double lag in new[] { 10.0, 20.0, 30.0 })
                {
                    Line($"S3 spot {spot} offset -0.5 lag {lag}: loose pair 0.4, cover 0.2", FixtureBoundScan.ShippedPads(), () => new FixtureHarness22a
                    {
                        S3LagS = lag, S3Spot = spot, S3OffsetC = -0.5, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2,
                    });
                    Line($"S3 spot {spot} offset -0.5 lag {lag}: pair off, body 0.5, cover 0.2, no press", FixtureBoundScan.ShippedPads(), () => new FixtureHarness22a
                    {
                        S3LagS = lag, S3Spot = spot, S3OffsetC = -0.5, PairCoupling = 0.0, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, BodyWPerKAt = _ => 0.5, HasBody = true, ChipVrefV = 1.2, LayPlate = false, PressDelayS = -1,
                    });
                }
            }
        }

        [Fact(Skip = ByHand)]
        public void RoomCoolingDuringTheRun()
        {
            foreach (double drop in new[] { 3.0, 6.0, 10.0 })
            {
                foreach (int at in new[] { 200, 600 })
                {
                    Line($"room 22 -> {22 - drop} at {at} s: loose pair 0.4, cover 0.2, S3 spot -0.3 offset -0.5 lag 10", FixtureBoundScan.ShippedPads(), () => new FixtureHarness22a
                    {
                        RoomAt = t => t >= at ? 22.0 - drop : 22.0, S3LagS = 10, S3Spot = -0.3, S3OffsetC = -0.5, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2,
                    });
                }
            }
        }

        [Fact(Skip = ByHand)]
        public void PadWarmerThanItsRoomUnderTheDrift()
        {
            foreach (double room in new[] { 12.0, 16.0 })
            {
                foreach (double excess in new[] { 1.0, 2.0, 3.0, 4.0, 6.0 })
                {
                    Line($"room {room} pad at +{excess} K: loose pair 0.4, cover 0.2, S3 spot -0.3 offset -0.5 lag 10", FixtureBoundScan.ShippedPads(), () => new FixtureHarness22a
                    {
                        RoomC = room, PadStartC = room + excess, S3LagS = 10, S3Spot = -0.3, S3OffsetC = -0.5, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2,
                    });
                }
            }
        }
        [Fact(Skip = ByHand)]
        public void LessStackedConditions()
        {
            foreach (double spot in new[] { -0.35, -0.4, -0.5 })
            {
                Line($"S3 spot {spot} offset 0 lag 5: loose pair 0.4, cover 0.2", FixtureBoundScan.ShippedPads(), () => new FixtureHarness22a
                {
                    S3LagS = 5, S3Spot = spot, S3OffsetC = 0.0, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2,
                });
                Line($"S3 spot {spot} offset 0 lag 5: pair on, cover 0.2", FixtureBoundScan.ShippedPads(), () => new FixtureHarness22a
                {
                    S3LagS = 5, S3Spot = spot, S3OffsetC = 0.0, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2,
                });
                Line($"S3 spot {spot} offset 0 lag 5: correct (free air, plate)", FixtureBoundScan.ShippedPads(), () => new FixtureHarness22a
                {
                    S3LagS = 5, S3Spot = spot, S3OffsetC = 0.0,
                });
                Line($"bench 3-8: S3 spot {spot} offset -0.5 lag 10: loose pair 0.4, cover 0.2", FixtureBoundScan.BenchPads(3, 8), () => new FixtureHarness22a
                {
                    S3LagS = 10, S3Spot = spot, S3OffsetC = -0.5, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2,
                });
            }

            foreach (double drop in new[] { 3.0, 6.0, 10.0 })
            {
                Line($"room 22 -> {22 - drop} at 600 s, seeded S3: loose pair 0.4, cover 0.2", FixtureBoundScan.ShippedPads(), () => new FixtureHarness22a
                {
                    RoomAt = t => t >= 600 ? 22.0 - drop : 22.0, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2,
                });
                Line($"room 22 -> {22 - drop} at 600 s, seeded S3: correct", FixtureBoundScan.ShippedPads(), () => new FixtureHarness22a
                {
                    RoomAt = t => t >= 600 ? 22.0 - drop : 22.0,
                });
                Line($"bench 3-8: room 22 -> {22 - drop} at 600 s, S3 spot -0.3 offset -0.5 lag 10: loose pair 0.4, cover 0.2", FixtureBoundScan.BenchPads(3, 8), () => new FixtureHarness22a
                {
                    RoomAt = t => t >= 600 ? 22.0 - drop : 22.0, S3LagS = 10, S3Spot = -0.3, S3OffsetC = -0.5, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2,
                });
            }

            foreach (double room in new[] { 18.0, 20.0, 24.0 })
            {
                foreach (double excess in new[] { 1.0, 2.0, 2.5 })
                {
                    Line($"room {room} pad at +{excess} K: loose pair 0.4, cover 0.2, S3 spot -0.3 offset -0.5 lag 10", FixtureBoundScan.ShippedPads(), () => new FixtureHarness22a
                    {
                        RoomC = room, PadStartC = room + excess, S3LagS = 10, S3Spot = -0.3, S3OffsetC = -0.5, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2,
                    });
                }
            }
        }
    }
}
