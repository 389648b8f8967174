using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Faults;
using Xunit;

namespace HeatPadFirmware.Tests.Lcap30
{
    /// <summary>
    /// Session 30 (lcap30; docs/safety.md "Session 30: the falling element's estimate, traced"): the surface cap's estimate on a
    /// falling element. Session 29's form C (the element reading's mean less the meaned drop when that is the hotter) bounds the
    /// settling partial loosening on a calibrated pad, but on thick-slow it reads the controller's own duty falls up to 3.5 °C over
    /// the true surface, so the cap holds healthy level-4/5 holds: the burn-dose step-down comes later (hotter rows at a 1,800 s
    /// onset), and the held-divergence watch, judging only on ticks the cap holds, compares a rise's gap with a fall's (a new latch
    /// under button chatter). Form G (the mean only while the pair reads more than the affirmation band under the estimate)
    /// keeps C's gains on the settling kinds and drops those costs, but is not landed: 8 loosening rows are named later (7 by
    /// 2–16 s). These tests run main's code on the rows that decided it and pin main's figures; each comment gives C's and G's.
    /// Every run: <c>faults --seed 1 --cases --element-sensor --element-calibration Factory</c>'s case (shipped pads, 22 °C).
    /// </summary>
    public class FallingElementEstimateTests
    {
        private static FaultCaseResult RunCalibrated(FaultKind kind, string padName, int level, double onsetS)
            => CalibratedCampaignCase.Run(kind, padName, level, onsetS);

        [Fact]
        public void ButtonChatterOnThickSlow_LatchesNothing_OnMain()
        {
            // Main: no latch, peak 44.54 °C. Form C: sensor_detached 631 s after the onset (heat stopped at 627 s) by the
            // held-divergence watch: C's estimate read thick-slow's own duty falls up to 3.5 °C over the surface, so the cap held
            // nearly every tick of a fall (main's only single-tick spikes), and with the watch's hold open since 654 s its lowest
            // gap, taken on the rise, was compared with the second fall's at 1,220 s (growth 2.37 °C). Form G: no latch, 44.54 °C.
            FaultCaseResult result = RunCalibrated(FaultKind.ButtonChatter, "thick-slow", 4, 600.0);

            Assert.Equal(FaultCode.None, result.Fault);
            Assert.Equal(44.54, result.PeakSurfaceC, 0.01);
        }

        [Fact]
        public void FoldedThickSlowL5At1800_PeaksAt44_2_OnMain()
        {
            // Main: no latch, peak 44.19 °C: the burn-dose limiter stepped the setpoint down to 42.5 °C at 1,686 s, the fold at
            // 1,800 s finds the surface at 43.6 °C and a 52 °C element. Form C: peak 45.31 °C: its cap trimmed the level-5 hold
            // (the estimate over the ceiling on the controller's own falls), the dose came slower, the step-down came at 1,739 s
            // and the fold found the surface at 44.2 °C with a 56 °C element (the duty was 0 from the step-down: the cap let no
            // heat through after the fold). Form G: 44.19 °C, as main.
            FaultCaseResult result = RunCalibrated(FaultKind.Folded, "thick-slow", 5, 1800.0);

            Assert.Equal(FaultCode.None, result.Fault);
            Assert.Equal(44.19, result.PeakSurfaceC, 0.01);
        }

        [Fact]
        public void TwoPaceLooseningThickSlowL5At1800_IsNamedAt538s_OnMain()
        {
            // Main: sensor_detached 538 s after the onset by the held-divergence watch (growth 2.12 °C over 10 held ticks),
            // peak 44.54 °C. Form C: 756 s, 44.61 °C. Form G: 607 s, 44.97 °C — the only row G leaves hotter: from 2,050 s the
            // pair is more than 2 °C under the estimate, G's higher estimate makes the cap hold other ticks, and the watch's count
            // restarts on a held tick whose growth dips under GrowthC (1.83 °C at 2,350 s).
            FaultCaseResult result = RunCalibrated(FaultKind.TwoPaceLoosening, "thick-slow", 5, 1800.0);

            Assert.Equal(FaultCode.SensorDetached, result.Fault);
            Assert.Equal(538.0, result.FaultAfterOnsetS, 0.5);
            Assert.Equal(44.54, result.PeakSurfaceC, 0.01);
        }

        [Fact]
        public void SettlingLoosening80FoldedCoveredL5At300_Passes48ForLongerThanFiveMinutes_OnMain()
        {
            // Main: unnamed, peak 48.68 °C, 322 s past 48 °C (the campaign's longest settling run at 22 °C): once the cap cut the
            // duty the reading fell with it and the estimate (this tick's reading less the meaned drop) read 46.3 °C at a 48.7 °C
            // surface, while the reading's mean less the same drop read 48.3 °C. Forms C and G: peak 47.22 °C, never past 48 °C.
            FaultCaseResult result = RunCalibrated(FaultKind.SettlingLoosening80, "folded-covered", 5, 300.0);

            Assert.Equal(FaultCode.None, result.Fault);
            Assert.Equal(48.68, result.PeakSurfaceC, 0.01);
            Assert.Equal(322.0, result.SecondsOver48C, 0.5);
        }

        [Fact(Skip = "Finding (session 30, lcap30): main's cap lets this settling loosening past 48 °C for 322 s (peak 48.68 °C); form G holds it at 47.22 °C but names 8 loosening rows of faults1 later (7 by 2-16 s, TwoPace thick-slow L5 @1800 s by 69 s and 0.43 °C hotter), so it is not landed.")]
        public void SettlingLoosening80FoldedCoveredL5At300_NeverPasses48()
        {
            FaultCaseResult result = RunCalibrated(FaultKind.SettlingLoosening80, "folded-covered", 5, 300.0);

            Assert.Equal(0.0, result.SecondsOver48C);
        }
    }
}
