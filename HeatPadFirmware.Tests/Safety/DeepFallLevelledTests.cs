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
    /// 1 °C in 240 s the watch owes: heating_failed, a false alarm (skipped findings below). A stand-down on that level or turn-up
    /// (within <see cref="HeatingFailedCheck.FallReleaseC"/> of where the watch armed, with the element's current witnessed) ended
    /// them but named review 12's strong-60w loosening after a pack 690 s after the onset (its guard: by 520 s): a loosening
    /// pair's reading levels and turns up too. Reverted (docs/safety.md, session 14). The guard that stays: a loosening pair that
    /// sank far past the deep fall's arming is named by the heating watch.
    /// </summary>
    public class DeepFallLevelledTests
    {
        [Fact(Skip = "Session 14 finding (trips14, traced, not fixed): the heating watch's deep fall armed mid-fall and the pad levelled short of 1 C in 240 s; a level / turn-up stand-down fixed it but delayed review 12's strong-60w loosening after a pack (690 s after the onset, guard 520 s): reverted - 600865: thick-slow L5 16.2 C, heating_failed 2,593 s")]
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
        [Theory(Skip = "Session 14 finding (trips14, traced, not fixed): the heating watch's deep fall armed mid-fall and the pad levelled short of 1 C in 240 s; a level / turn-up stand-down fixed it but delayed review 12's strong-60w loosening after a pack (690 s after the onset, guard 520 s): reverted - thick-slow lain on at 900 s: heating_failed 1,458 / 1,343 s")]
        [InlineData(4.0)]
        [InlineData(6.0)]
        public void Core_RaisesNoFault_ThickSlowPreHeatedInTheAir_LainOnAt900s(double bodyWPerK)
        {
            var o = FirstLandingScenario.Run(FirstLandingScenario.Pad("thick-slow", "air"), 5, FirstLandingScenario.Change.BodyOn, 900, bodyWPerK);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.FaultAtS + " s");
        }

        /// <summary>
        /// Review 14b's lying-down scan (<see cref="LieDownScenario"/>, pads started in the air, 3,600 s): a sample of the 39 of its 55
        /// heating_failed runs that ran without a fault with the reverted stand-down (main latches at the second given).
        /// </summary>
        [Theory(Skip = "Session 14 finding (trips14, traced, not fixed): the heating watch's deep fall armed mid-fall and the pad levelled short of 1 C in 240 s; a level / turn-up stand-down fixed it but delayed review 12's strong-60w loosening after a pack (690 s after the onset, guard 520 s): reverted - 39 of review 14b's 55 lying-down heating_failed runs ran without a fault with it")]
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

        /// <summary>The scan's heating_failed runs the reverted stand-down left latched: the reading sank 1.6-2.7 °C under where the deep fall armed before it levelled.</summary>
        [Theory(Skip = "Open (session 14): 15 of review 14b's 55 lying-down heating_failed runs latched at the same second even with the reverted stand-down - the reading sank 1.6-2.7 C past where the deep-fall watch armed (FallReleaseC 1.5 C bounds the stand-down; a loosening pair sank 4.1 C) before levelling, e.g. thick-slow L5 22 C lain on at 1,200 s with 2 x contact: 1,619 s, 37.7 C")]
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
