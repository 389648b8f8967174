using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Session 8 (issue 4): a cold pack in a contrast cool phase pulls the reading down faster than any heated fit expects,
    /// and before the pack became a known input the learner switched its structure to the candidate that best explained that
    /// fall (thick-slow: a 35 s sensor lag fitted as 6 s; bench seed 1's random-019 on the body: lag 38 → 6 s, rise
    /// 20 → 114 °C); the re-learning at the next heat froze it as the witness, whose probes answered −0.17..0.09 and put a pad
    /// that only lost heat to the pack in doubt (near-ceiling re-heats never reached their level; pocket sessions 470387 and
    /// 570336 named <c>sensor_detached</c>). The pack input (the learner fits the pack of the cool phases the program
    /// announces) removed that. A gate that kept such a witness from probing (the "unproven witness", merged and reverted in
    /// session 8) also silenced it for a strip loosening while no heat was wanted (review 9: 48–56 °C with no fault), so a
    /// pack the program does not announce still puts the coupling in doubt: a false alarm or a level not reached, never heat.
    /// </summary>
    public class WitnessFittedToColdPackTests
    {
        private const int BenchSeed = 1;

        private static BenchPadCondition BenchCondition(string name, string condition)
        {
            return BenchPadFamily.Walk(BenchPadFamily.Build(50, BenchSeed), BenchSeed).Single(pc => pc.Name == name && pc.Condition == condition);
        }

        [Fact]
        public void Firmware_ReachesTheLevel_InTheReheatAfterAColdPack_OnANearCeilingPad()
        {
            // random-019 on the body at level 2: full power settles 0.3 °C over the 40 °C setpoint. On main the witness fitted
            // to the pack paused the heat 30 s every 2 minutes and the surface sat at 38.0–38.9 °C for the rest of the phase.
            const int level = 2;
            BenchPadCondition pc = BenchCondition("random-019", "body");

            ReheatResult r = ReheatRunner.Run("firmware", pc.Pad, pc.Name, pc.Condition, level, pc.SensorSeed(level), 308.0);

            Assert.True(r.HasFigure, "the case has no re-heat figure");
            Assert.Equal("", r.Fault);
            Assert.True(r.RiseS.HasValue, "the re-heat never reached the level");
        }

        [Theory(Skip = "known limit (session 8): a cold pack the program does not announce, left on into the restarted heat, is a fall under heat the witness cannot tell from a sensor leaving the pad. The witness is no longer the fit of the unheated fall (PadModelLearner.UnprovenAdoption: thick-slow's is the structure adopted under heat, lag 22 s, rise 58 C), but with the pack still on under heat its reading falls 2 C behind it in 2 min, the probe answers -1.95 and the coupling goes into doubt; the probe's pause spoils the re-learning's fit (1.0 C RMS), and the conservative control holds 38-39.2 C under 40 (thick-slow L2; folded-covered L2: 3 probes, 33.3 C), as on main. The unproven-witness gate that passed it was reverted: it also silenced the witness for a loosening strip (review 9).")]
        [InlineData("thick-slow", 2, 8)]
        [InlineData("folded-covered", 2, 20)]
        public void Firmware_ReachesTheLevel_AfterAColdPackTheProgramDidNotAnnounce(string padName, int level, int heatMinutes)
        {
            // The heat program announces no cold pack (only the cool phases of hot-cold and contrast do), so the learner fits
            // one laid on during an off interval as the pad's own dynamics, as every pack was before session 8's pack input:
            // heat, an off press, the pack on for 2 min, a restart with the pack left on for 2 min more. Without the unproven
            // witness (measured, session 8): thick-slow's witness asked 1 probe, the coupling went into doubt and the level was
            // not reached in 30 min (39.2 C under 40); folded-covered's asked 3, doubt, 34.3 C. With it: no witness probe,
            // the level reached 413 s and 773 s after the restart (a gate reverted for review 9's loosening strips).
            const int packS = 120;
            const int leftOnS = 120;
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new FaultRun(pad, 7 + level);
            run.Start(level, TherapyProgram.Heat);
            double airWPerK = run.Pad.SurfaceToAmbientWPerK;
            long offMs = run.NowMs + (heatMinutes * 60000L);
            long restartMs = offMs + (packS * 1000L);
            long packOffMs = restartMs + (leftOnS * 1000L);
            long endMs = restartMs + (30 * 60000L);
            bool reached = false;
            while (run.NowMs < endMs && run.Last.Fault == FaultCode.None)
            {
                ButtonId press = run.NowMs == offMs || run.NowMs == restartMs ? ButtonId.Power : ButtonId.None;
                bool packOn = run.NowMs > offMs && run.NowMs < packOffMs;
                run.Pad.SurfaceToAmbientWPerK = packOn ? FaultCampaign.ColdPackWPerK : airWPerK;
                run.Tick(1000, null, press);
                reached |= run.NowMs > restartMs && run.Last.HasSetpoint && run.Pad.SurfaceC >= run.Last.SetpointC - 0.5;
            }

            Assert.True(reached, "the level was not reached after the restart");
            Assert.Equal(FaultCode.None, run.Last.Fault);
        }

        [Theory]
        [InlineData("free-air", 3, 45.0)]
        [InlineData("free-air", 4, 47.5)]
        public void Coupling_StillNamesBothSensorsLoosening_WhoseCoolPhaseFitMissesByLessThanAColdPacks(string padName, int level, double peakBoundC)
        {
            // Faults seed 1's cases from 300 s in 2- and 1-min cool phases: the learner switches its structure in the first
            // cool phase as the pair starts to loosen, and its fit ends that phase at 0.16–0.17 °C. With the credible limit
            // (0.12 °C) as the bound the witness went silent and both ran on with no fault to 51.2 and 54.2 °C.
            // Level 4's peak moved with the cold pack as a known input (session 8; docs/safety.md, BothSensorsLooseningShortPhases row):
            // the announced cool phase's pack term takes the loosening's extra fall (ratio 0.61 → 0.21), the structure no longer
            // switches there but under heat at 406 s, on the loosening readings (rise 62 °C); the witness restarts there, its
            // first probe (536 s) answers 1.10 against that fit at 0.74 °C RMS and confirms, and the doubt comes at 1,326 s
            // with the surface at 50.0 °C (42.3 °C before the pack input). Session 9: the fit was credible at the switch (0.08 °C
            // RMS at 405 s) and went to 0.72 °C by the probe; an answer against a witness whose fit no longer explains the
            // readings is a coarse one (SensorCouplingCheck.ConfirmRatio): the witness keeps its top, asks again, and the pair
            // is named at 2,780 s with the surface at 46.5 °C.
            string[] names = PadFile.LoadAllShipped().Select(p => p.Name).ToArray();
            int seed = FaultsCommand.CaseSeeds(names, 1)[(padName, level, 300.0, FaultKind.BothSensorsLooseningShortPhases)];

            FaultCaseResult result = FaultCampaign.RunCase(padName, PadFile.LoadShipped(padName), level, FaultKind.BothSensorsLooseningShortPhases, 300.0, seed);

            Assert.Equal(FaultCode.SensorDetached, result.Fault);
            Assert.True(result.PeakSurfaceC < peakBoundC, FormattableString($"surface peaked at {result.PeakSurfaceC:0.0} C"));
        }

        private static string FormattableString(System.FormattableString s)
        {
            return System.FormattableString.Invariant(s);
        }
    }
}
