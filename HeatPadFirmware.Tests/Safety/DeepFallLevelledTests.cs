using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review13;
using HeatPadFirmware.Tests.Review14b;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Session 14 (trips14, issue 4): the heating watch's deep fall (<see cref="HeatingFailedCheck.DeepFallC"/> under a setpoint the
    /// pad reached) on a pad that met a new sink. A body lying down on a pad pre-heated in free air, a user lying back down just
    /// before a restart in a warm room, and a cool room's witness probes (600865: the probes' pauses halved the heat) pulled the
    /// reading 5.5-6.5 °C under the setpoint at full power, where the pad levelled off or turned back up slower than the
    /// 1 °C in 240 s the watch owes: heating_failed, a false alarm. With the element's current witnessed (trusted, its
    /// resistance learned: heat flows), a deep fall's watch is now satisfied when the reading, within
    /// <see cref="HeatingFailedCheck.FallReleaseC"/> of where the watch armed, turns up <see cref="HeatingFailedCheck.TurnUpC"/>
    /// or stands level for <see cref="HeatingFailedCheck.LevelHoldS"/> of hard work. A reading that sank further (a loosening
    /// pair: free-air's fell 4.1 °C under its arming) still owes its degree.
    /// </summary>
    public class DeepFallLevelledTests
    {
        private const double SetpointC = 44.5;

        /// <summary>A heat-up to the setpoint, a hold there, then full power with the reading following <paramref name="readingAt"/> (s from the fall's start); the second of the latch (−1: none in <paramref name="watchS"/>).</summary>
        private static int SecondsToLatch(Func<int, double> readingAt, bool elementWitnessed, bool currentWitnessed, int watchS = 900)
        {
            var check = new HeatingFailedCheck();
            for (int s = 0; s < 300; s++)
            {
                Assert.False(check.Update(30.0 + (14.5 * s / 300.0), 1.0, 1.0, true, SetpointC, elementWitnessed, currentWitnessed));
            }

            for (int s = 0; s < 120; s++)
            {
                Assert.False(check.Update(SetpointC, 1.0, 0.5, true, SetpointC, elementWitnessed, currentWitnessed));
            }

            for (int s = 1; s <= watchS; s++)
            {
                if (check.Update(readingAt(s), 1.0, 1.0, true, SetpointC, elementWitnessed, currentWitnessed))
                {
                    return s;
                }
            }

            return -1;
        }

        /// <summary>A body laid on: the reading falls from the setpoint to <paramref name="plateauC"/> with a 30 s time constant and stays.</summary>
        private static Func<int, double> FallTo(double plateauC)
        {
            return s => plateauC + ((SetpointC - plateauC) * Math.Exp(-s / 30.0));
        }

        [Fact]
        public void HeatingFailedCheck_StandsDown_WhenADeepFallLevelsOffWithTheCurrentWitnessed()
        {
            // Armed at 39.5 °C, levelled at 38.6 °C (0.9 °C further): the pad's new plateau under a body.
            Assert.Equal(-1, SecondsToLatch(FallTo(38.6), elementWitnessed: false, currentWitnessed: true));
        }

        [Fact]
        public void HeatingFailedCheck_StandsDown_WhenADeepFallTurnsUpWithTheCurrentWitnessed()
        {
            Func<int, double> fall = FallTo(38.6);
            // Armed 56 s into the fall at 39.5 °C; from 150 s the reading climbs 0.005 °C/s (1 °C would take 200 s more: 294 s of the 240).
            Assert.Equal(-1, SecondsToLatch(s => s < 150 ? fall(s) : fall(150) + (0.005 * (s - 150)), elementWitnessed: false, currentWitnessed: true));
        }

        [Fact]
        public void HeatingFailedCheck_StillLatches_ALevelledDeepFallWithoutTheCurrentWitness()
        {
            int latchS = SecondsToLatch(FallTo(38.6), elementWitnessed: false, currentWitnessed: false);
            Assert.InRange(latchS, 240, 400);
        }

        [Fact]
        public void HeatingFailedCheck_StillLatches_WhenTheReadingSankFurtherThanTheReleaseBeforeLevelling()
        {
            // A loosening pair's reading (the coupling in doubt, so no 1.5 °C stand-down): armed at 39.5 °C, sinks to 36.0 °C, then flat.
            int latchS = SecondsToLatch(FallTo(36.0), elementWitnessed: false, currentWitnessed: true);
            Assert.InRange(latchS, 240, 500);
        }

        [Fact]
        public void HeatingFailedCheck_StillLatches_WhenTheReadingKeepsSinkingSlowly()
        {
            // 39.5 °C and falling 0.005 °C/s at full power: never level, never up, within 1.5 °C of the arming for 240 s.
            int latchS = SecondsToLatch(s => s < 60 ? SetpointC - (5.5 * s / 60.0) : 39.0 - (0.005 * (s - 60)), elementWitnessed: false, currentWitnessed: true);
            Assert.InRange(latchS, 240, 400);
        }

        [Fact]
        public void Core_RaisesNoFault_NormalLifeSession600865()
        {
            // Seed 6, thick-slow level 5 at 16.2 °C, the user up at 95 s; main latched heating_failed at 2,593 s, reading 39.3 °C.
            const int seed = 600865;
            double roomC = LifeRoom.Of(seed);
            var pads = LifeRoom.PadsIn(PadFile.LoadAllShipped(), roomC);
            Assert.Equal("thick-slow", pads[new Random(seed).Next(pads.Length)].Name);
            Assert.Equal(FaultCode.None, FaultCampaign.RunNormalLife(pads, seed));
        }

        /// <summary>Session 13's lying-down scan on stale13 (docs/safety.md): thick-slow pre-heated in the air, lain on at 900 s. Main: heating_failed at 1,458 / 1,343 s.</summary>
        [Theory]
        [InlineData(4.0)]
        [InlineData(6.0)]
        public void Core_RaisesNoFault_ThickSlowPreHeatedInTheAir_LainOnAt900s(double bodyWPerK)
        {
            var o = FirstLandingScenario.Run(FirstLandingScenario.Pad("thick-slow", "air"), 5, FirstLandingScenario.Change.BodyOn, 900, bodyWPerK);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.FaultAtS + " s");
        }

        /// <summary>
        /// Review 14b's lying-down scan (<see cref="LieDownScenario"/>, pads started in the air, 3,600 s): a sample of the 39 of its 55
        /// heating_failed runs that run without a fault now (main latched at the second given).
        /// </summary>
        [Theory]
        [InlineData("nominal-12v", 22.0, 3, 0.9, 600, 3)] // main 953 s
        [InlineData("thick-slow", 22.0, 3, 0.9, 1200, 3)] // main 1,645 s
        [InlineData("thick-slow", 22.0, 5, 0.9, 1200, 1)] // main 1,857 s
        [InlineData("random-001", 22.0, 3, 0.9, 600, 2)] // main 960 s
        [InlineData("random-004", 22.0, 3, 1.0, 600, 1)] // main 995 s
        [InlineData("random-008", 22.0, 3, 1.0, 600, 2)] // main 942 s
        public void Core_RaisesNoFault_LyingDownOnAPadPreHeatedInTheAir(string padName, double roomC, int level, double supplyFraction, int lieAtS, int contactTimes)
        {
            var o = LieDown(padName, roomC, level, supplyFraction, lieAtS, contactTimes);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.FaultAtS + " s");
        }

        /// <summary>The scan's heating_failed runs still latched: the reading sank 1.6-2.7 °C under where the deep fall armed before it levelled.</summary>
        [Theory(Skip = "Open (session 14): 15 of review 14b's 55 lying-down heating_failed runs still latch at the same second - the reading sank 1.6-2.7 C past where the deep-fall watch armed (FallReleaseC 1.5 C bounds the stand-down; a loosening pair sank 4.1 C) before levelling, e.g. thick-slow L5 22 C lain on at 1,200 s with 2 x contact: 1,619 s, 37.7 C")]
        [InlineData("thick-slow", 22.0, 5, 1.0, 1200, 2)]
        [InlineData("random-001", 22.0, 5, 1.0, 600, 1)]
        [InlineData("random-010", 22.0, 3, 1.0, 600, 1)]
        public void Core_RaisesNoFault_LyingDownOnAPadPreHeatedInTheAir_DeeperFall(string padName, double roomC, int level, double supplyFraction, int lieAtS, int contactTimes)
        {
            var o = LieDown(padName, roomC, level, supplyFraction, lieAtS, contactTimes);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.FaultAtS + " s");
        }

        [Fact]
        public void Core_StillNamesTheLooseningPair_ThatSankFarUnderTheDeepFallsArming()
        {
            // faults seed 1, BothSensorsLoosening free-air L1 @60 s: the pair's reading sank 4.1 °C under where the deep fall armed
            // (32.97 -> 28.88 °C, surface 44-46 °C) and then turned up as the coupling stopped fading; named heating_failed at 730 s.
            var pads = PadFile.LoadAllShipped();
            int seed = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1)[("free-air", 1, 60.0, FaultKind.BothSensorsLoosening)];
            FaultCaseResult r = FaultCampaign.RunCase("free-air", PadFile.LoadShipped("free-air"), 1, FaultKind.BothSensorsLoosening, 60, seed);
            Assert.Equal(FaultCode.HeatingFailed, r.Fault);
            Assert.Equal(730.0, r.NoHeatAfterS);
        }

        private static LieDownScenario.Outcome LieDown(string padName, double roomC, int level, double supplyFraction, int lieAtS, int contactTimes)
        {
            PadParameters raw = padName.StartsWith("random-", StringComparison.Ordinal)
                ? BenchPadFamily.Build(16, 1).First(p => p.Name == padName).Pad
                : PadFile.LoadShipped(padName);
            PadParameters pad = BenchPadFamily.InCondition(raw, "air").With(ambientC: roomC, initialC: roomC);
            double contactWPerK = raw.SurfaceToBodyWPerK > 0.0 ? raw.SurfaceToBodyWPerK : 3.0;
            return LieDownScenario.Run(pad, level, lieAtS, contactTimes * contactWPerK, 3600, supplyFraction);
        }
    }
}
