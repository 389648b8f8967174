using System;
using System.Collections.Generic;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Issue 4, session 9: both sensors detached during a 60 s off press, heat restarted. The room witness
    /// (<see cref="RoomReadingCheck"/>) counted folded-covered's bound of 160 full-power s from the restart (222 s after the
    /// onset); within 3 min it needs a bound under 118 s (62 s from the off press to the restart's first tick). The idea
    /// measured here: the unheated time before the restart bounds what any cold pack can have taken out of the pad. Measured
    /// on the simulated physics: the shipped pads and 500 pads of the bench's random family (seed 1) off the body, exact
    /// two-node integration and a noise-free lagged sensor; heated (full power to 44.5 °C, then held) 2, 5 or 15 min, off with a
    /// cold pack of 8–1000 W/K on the surface for 30 s–5 min, lifted, full power, against N, the full-power seconds the pad's
    /// first heat-up from the room needs to move the reading <see cref="RoomReadingCheck.NearRoomC"/>; only the cases where
    /// the pack brought the reading into the room band count.
    /// <para>To leave the band an attached restart after a 60 s off needs up to 0.97–1.0 N (strong-60w: its core drains in
    /// 11 s), against folded-covered's 1.04 N: no bound in the unheated time and N alone. But the witness hands a count whose
    /// reading rose <see cref="RoomReadingCheck.PadRiseC"/> in the band to its defaults, so a restart bound need only exceed
    /// the work to that rise: after 30–90 s off at most 0.79 of max(N, 72 s) (supply changed between learning and restart
    /// included), and folded-covered's own N is 113 s at 90 % supply: <see cref="RoomReadingCheck.RestartLearnedFactor"/>.
    /// The learned model cannot sharpen it: its core drain time and the observer's core heat are off by more than × 1.2, on
    /// both sides.</para>
    /// </summary>
    public class RestartAfterPackBoundTests
    {
        private const double StepS = 0.5;
        private const double LevelFiveC = 44.5;
        private const double OffS = 60.0;
        private const double ThreeMinuteBoundS = 180.0 - 62.0;
        private const int RandomPads = 500;
        private static readonly double[] PackWPerK = { 8.0, 40.0, 160.0, 1000.0 };
        private static readonly double[] HeatS = { 120.0, 300.0, 900.0 };
        private static readonly double[] Supplies = { 0.9, 1.1 };

        private readonly ITestOutputHelper _output;

        /// <summary>Takes xunit's output, where the tests print the figures they measured.</summary>
        public RestartAfterPackBoundTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void RoomWitness_HasNoRestartBoundOnLeavingTheBand_WhenAPadsCoreDrainsWithinTheOneMinuteOff()
        {
            double foldedAllowedRatio = FoldedAllowedRatio();
            double worstAt60 = 0.0;
            foreach (double offS in new[] { 30.0, OffS, 120.0, 300.0 })
            {
                double worst = 0.0;
                string worstPad = string.Empty;
                foreach (PadParameters pad in OffBodyPads())
                {
                    foreach (double supply in Supplies)
                    {
                        double coldStartS = ColdStartS(pad, supply);
                        double ratio = WorstRestart(pad, supply, offS).LeaveS / coldStartS;
                        if (ratio > worst)
                        {
                            worst = ratio;
                            worstPad = pad.Name;
                        }
                    }
                }

                _output.WriteLine($"off {offS} s: an attached restart needs up to {worst:0.000} N to leave the band ({worstPad})");
                if (offS == OffS)
                {
                    worstAt60 = worst;
                }
            }

            _output.WriteLine($"folded-covered allows {foldedAllowedRatio:0.000} N");
            // Measured: 0.97-1.0 N (strong-60w) against 1.04 N: a bound in N between them has no 10 % margin on either side.
            Assert.True(worstAt60 < foldedAllowedRatio, $"worst {worstAt60:0.000}, allowed {foldedAllowedRatio:0.000}");
            Assert.True(worstAt60 * 1.1 > foldedAllowedRatio, $"worst {worstAt60:0.000}, allowed {foldedAllowedRatio:0.000}");
        }

        [Fact]
        public void RoomWitness_RestartBound_StaysOverEveryAttachedRise_AndUnderFoldedCoveredsThreeMinutes()
        {
            // A count whose reading rose PadRiseC in the band is judged on the defaults, so the restart bound need only exceed
            // the work an attached reading needs to rise that much: RestartLearnedFactor x max(N, OffBodyMinWorkS), asked in
            // full-power seconds and in rated work at the learning supply both (so a supply lower at the restart than at the
            // learning, v1 > v2, stretches it by (v1 / v2)^2).
            double worst = 0.0;
            string worstCase = string.Empty;
            foreach (PadParameters pad in OffBodyPads())
            {
                foreach (double learnSupply in Supplies)
                {
                    double coldStartS = ColdStartS(pad, learnSupply);
                    foreach (double restartSupply in Supplies)
                    {
                        double stretch = Math.Max(1.0, (learnSupply * learnSupply) / (restartSupply * restartSupply));
                        double boundS = RoomReadingCheck.RestartLearnedFactor * Math.Max(coldStartS, RoomReadingCheck.OffBodyMinWorkS) * stretch;
                        foreach (double offS in new[] { 30.0, OffS, RoomReadingCheck.RestartMaxOffS })
                        {
                            double ratio = WorstRestart(pad, learnSupply, offS, restartSupply).RiseS / boundS;
                            if (ratio > worst)
                            {
                                worst = ratio;
                                worstCase = $"{pad.Name} {learnSupply}->{restartSupply} off {offS} s, N {coldStartS} s";
                            }
                        }
                    }
                }
            }

            double foldedBoundS = RoomReadingCheck.RestartLearnedFactor * ColdStartS(PadFile.LoadShipped("folded-covered"), 0.9);
            _output.WriteLine($"attached rise {RoomReadingCheck.PadRiseC} C after 30-{RoomReadingCheck.RestartMaxOffS} s off: up to {worst:0.000} of the restart bound ({worstCase}); folded-covered's bound at 90 % supply {foldedBoundS} s");
            // Measured: 0.80 of the bound (margin x1.25); folded-covered 113 s from the restart, 62 + 113 = 175 s after the off press.
            Assert.True(worst * 1.2 < 1.0, $"worst {worst:0.000} ({worstCase})");
            Assert.True(foldedBoundS <= ThreeMinuteBoundS, $"folded-covered {foldedBoundS} s");
        }

        [Fact]
        public void FoldedCovered_NeedsUnderTheThreeMinuteBound_AfterAOneMinuteOffWithAnyPack_ButByLessThanAFifthAtNinetyPercentSupply()
        {
            PadParameters folded = PadFile.LoadShipped("folded-covered");
            foreach (double supply in Supplies)
            {
                double coldStartS = ColdStartS(folded, supply);
                double restartS = WorstRestart(folded, supply, OffS).LeaveS;
                _output.WriteLine($"supply {supply}: N {coldStartS} s, attached restart {restartS} s ({restartS / coldStartS:0.000} N), window {ThreeMinuteBoundS / restartS:0.00}");

                // Measured: 0.88 N (99.5 s) at 90 % supply, window x1.19; 0.85 N (76.5 s) at 110 %, x1.54.
                Assert.True(restartS < ThreeMinuteBoundS, $"{supply}: attached restart {restartS} s");
                Assert.InRange(restartS / coldStartS, 0.8, 0.95);
                Assert.True(ThreeMinuteBoundS / restartS < (supply < 1.0 ? 1.2 : 1.6), $"{supply}: window {ThreeMinuteBoundS / restartS:0.00}");
            }
        }

        [Fact]
        public void LearnedModel_MissesTheCoreHeatOnBothSides_ByMoreThanFoldedCoveredsWindow()
        {
            // A bound from the learned model needs its core estimate at the heat's stop and its core drain time (the pack
            // drains the core through the core-surface path: C_core / (G_cs + G_core-loss)) within folded-covered's x1.19 (attached 0.88 N to leave the band at 90 % supply).
            // Measured on the firmware: folded-covered level 5 (seed 1) at the 300 s onset, the observer holds 7 K of the core's
            // 31 K over the room and the model drains the core in 225 s (true 48 s); at 1800 s it drains it in 17 s. Thick-slow
            // level 3 (seed 3) at 120 s: the observer holds 48 K for the true 19 K, and a bound built on it would fall under what
            // an attached restart needs.
            double foldedDrainS = DrainS(PadFile.LoadShipped("folded-covered"));
            var (foldedCore300, foldedObserved300, foldedModelDrain300) = CoreAt("folded-covered", 5, 1, 300);
            var (_, _, foldedModelDrain1800) = CoreAt("folded-covered", 5, 1, 1800);
            var (slowCore120, slowObserved120, _) = CoreAt("thick-slow", 3, 3, 120);
            _output.WriteLine($"folded-covered 300 s: core +{foldedCore300:0.0} K, observed +{foldedObserved300:0.0} K, drain {foldedModelDrain300:0.0} s (true {foldedDrainS:0.0}); 1800 s: drain {foldedModelDrain1800:0.0} s; thick-slow 120 s: core +{slowCore120:0.0} K, observed +{slowObserved120:0.0} K");

            Assert.True(foldedObserved300 < foldedCore300 / 1.2, "under-seen core");
            Assert.True(foldedModelDrain300 > foldedDrainS * 1.2, "slow drain");
            Assert.True(foldedModelDrain1800 > 0.0 && foldedModelDrain1800 < foldedDrainS / 1.2, "fast drain");
            Assert.True(slowObserved120 > slowCore120 * 1.2, "over-seen core");
        }

        [Fact]
        public void RoomWitness_NamesNoAttachedSensor_WhenAPackBroughtFoldedCoveredsReadingToTheRoomInAOneMinuteOff()
        {
            // Heat 5 min at level 5 on a 90 % supply, off 60 s with a 1000 W/K pack, lifted, heat again: the check as it stands.
            PadParameters folded = PadFile.LoadShipped("folded-covered");
            const double supply = 0.9;
            var pad = new PadAndSensor(folded, supply);
            var check = new RoomReadingCheck();
            double fullPowerW = folded.HeaterPowerW * supply * supply;
            bool tripped = false;
            bool restartedInBand = false;
            double restartWorkS = 0.0;
            for (int s = 1; s <= 300 + (int)OffS + 600 && !tripped; s++)
            {
                bool off = s > 300 && s <= 300 + (int)OffS;
                pad.Pad.SurfaceToAmbientWPerK = off ? 1000.0 : folded.SurfaceToAmbientWPerK;
                double duty = !off && pad.Pad.SurfaceC < LevelFiveC ? 1.0 : 0.0;
                pad.Second(duty);
                bool inBand = pad.ReadingC <= folded.AmbientC + RoomReadingCheck.NearRoomC;
                if (s == 300 + (int)OffS + 1)
                {
                    restartedInBand = inBand;
                }

                if (s > 300 + OffS && inBand)
                {
                    restartWorkS += duty;
                }

                tripped = check.Update(pad.ReadingC, 1.0, duty, !off, fullPowerW, duty * supply * supply);
            }

            // The pack brought the attached reading into the room band; the restart needs ~100 full-power s to leave it again.
            Assert.True(restartedInBand);
            Assert.InRange(restartWorkS, 80.0, ThreeMinuteBoundS);
            Assert.False(tripped);
        }

        /// <summary>The largest restart bound, as a fraction of folded-covered's cold start at 90 % supply, that stops its detached strip within 3 min.</summary>
        private static double FoldedAllowedRatio()
        {
            return ThreeMinuteBoundS / ColdStartS(PadFile.LoadShipped("folded-covered"), 0.9);
        }

        private static IEnumerable<PadParameters> OffBodyPads()
        {
            foreach (var (name, pad) in BenchPadFamily.Build(RandomPads, 1))
            {
                yield return BenchPadFamily.InCondition(pad, "air").With(name: name);
            }
        }

        /// <summary>Full-power seconds from the room until the reading leaves the room band, at <paramref name="supplyFraction"/> of the rated supply.</summary>
        private static double ColdStartS(PadParameters p, double supplyFraction)
        {
            var pad = new PadAndSensor(p, supplyFraction);
            return pad.FullPowerUntilOutOfBand().LeaveS;
        }

        /// <summary>
        /// The most full-power seconds any pack (<see cref="PackWPerK"/>) and heating time (<see cref="HeatS"/>) ask of the
        /// restart after <paramref name="offS"/> unheated with the pack on, to leave the band and to rise in it, over the cases
        /// where the pack brought the reading into the band.
        /// </summary>
        private static (double LeaveS, double RiseS) WorstRestart(PadParameters p, double supplyFraction, double offS)
        {
            return WorstRestart(p, supplyFraction, offS, supplyFraction);
        }

        /// <summary>As <see cref="WorstRestart(PadParameters, double, double)"/>, the supply changed to <paramref name="restartSupplyFraction"/> for the restart.</summary>
        private static (double LeaveS, double RiseS) WorstRestart(PadParameters p, double supplyFraction, double offS, double restartSupplyFraction)
        {
            double leaveS = 0.0;
            double riseS = 0.0;
            foreach (double heatS in HeatS)
            {
                foreach (double packWPerK in PackWPerK)
                {
                    var pad = new PadAndSensor(p, supplyFraction);
                    for (int s = 0; s < heatS; s++)
                    {
                        pad.Second(pad.Pad.SurfaceC < LevelFiveC ? 1.0 : 0.0);
                    }

                    pad.Pad.SurfaceToAmbientWPerK = packWPerK;
                    for (int s = 0; s < offS; s++)
                    {
                        pad.Second(0.0);
                    }

                    pad.Pad.SurfaceToAmbientWPerK = p.SurfaceToAmbientWPerK;
                    pad.Pad.SupplyVoltageV = p.RatedVoltageV * restartSupplyFraction;
                    if (pad.ReadingC > p.AmbientC + RoomReadingCheck.NearRoomC)
                    {
                        continue;
                    }

                    var restart = pad.FullPowerUntilOutOfBand();
                    leaveS = Math.Max(leaveS, restart.LeaveS);
                    riseS = Math.Max(riseS, restart.RiseS);
                }
            }

            return (leaveS, riseS);
        }

        private static double DrainS(PadParameters p)
        {
            return p.CoreCapacityJPerK / (p.CoreToSurfaceWPerK + p.CoreToAmbientWPerK);
        }

        /// <summary>The true core's and the observer's excess over the room (K), and the learned model's core drain time (s; 0 without a model) after <paramref name="seconds"/> of a heat session.</summary>
        private static (double CoreK, double ObservedK, double ModelDrainS) CoreAt(string padName, int level, int seed, int seconds)
        {
            PadParameters p = PadFile.LoadShipped(padName);
            var run = new FaultRun(p, seed);
            run.Start(level);
            for (int s = 0; s < seconds; s++)
            {
                run.Tick(1000, null);
            }

            HeatController controller = run.Core.Controller;
            double modelDrainS = controller.HasModel ? controller.Learner.Model.CoreTauS / (1.0 + controller.Learner.Model.CoreLossRatio) : 0.0;
            return (run.Pad.CoreC - p.AmbientC, controller.Observer.CoreC - p.AmbientC, modelDrainS);
        }

        /// <summary>
        /// A pad with a noise-free lagged sensor read once a second, and the reading smoothed as the room witness smooths it
        /// (<see cref="RoomReadingCheck.RiseSmoothingS"/>) with its lowest value since it came back to the room band.
        /// </summary>
        private sealed class PadAndSensor
        {
            private readonly double _lagS;
            private readonly double _roomC;
            private double _smoothC;
            private double _lowC = double.MaxValue;

            public PadAndSensor(PadParameters p, double supplyFraction)
            {
                Pad = new ThermalPad(p.With(supplyVoltageV: p.RatedVoltageV * supplyFraction));
                ReadingC = Pad.SurfaceC;
                _smoothC = ReadingC;
                _lagS = p.SensorLagS;
                _roomC = p.AmbientC;
            }

            public ThermalPad Pad { get; }

            public double ReadingC { get; private set; }

            /// <summary>One second at <paramref name="dutyFraction"/>, then one reading.</summary>
            public void Second(double dutyFraction)
            {
                for (double t = 0.0; t < 1.0; t += StepS)
                {
                    Pad.Step(StepS, dutyFraction, true);
                    ReadingC += (Pad.SurfaceC - ReadingC) * (1.0 - Math.Exp(-StepS / _lagS));
                }

                _smoothC += (ReadingC - _smoothC) * (1.0 / (RoomReadingCheck.RiseSmoothingS + 1.0));
                bool inBand = ReadingC <= _roomC + RoomReadingCheck.NearRoomC;
                _lowC = inBand ? Math.Min(_lowC, _smoothC) : double.MaxValue;
            }

            /// <summary>Full power until the reading leaves the band: the seconds it took, and those until the smoothed reading rose <see cref="RoomReadingCheck.PadRiseC"/> over its lowest in the band (the leave when sooner).</summary>
            public (double LeaveS, double RiseS) FullPowerUntilOutOfBand()
            {
                double seconds = 0.0;
                double riseS = -1.0;
                while (ReadingC <= _roomC + RoomReadingCheck.NearRoomC && seconds < 3600.0)
                {
                    Second(1.0);
                    seconds += 1.0;
                    if (riseS < 0.0 && _smoothC >= _lowC + RoomReadingCheck.PadRiseC)
                    {
                        riseS = seconds;
                    }
                }

                return (seconds, riseS < 0.0 ? seconds : riseS);
            }
        }
    }
}
