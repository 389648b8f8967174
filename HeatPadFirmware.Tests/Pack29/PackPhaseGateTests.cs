using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Pack29
{
    /// <summary>
    /// Session 29 (pack29, measured, not landed; docs/control.md "Session 29: a pack-phase gate for the kept model"):
    /// main's re-learning at the re-heat's start on the one pad where a statistic known before the re-heat (the pack fit
    /// cut the adopted model's rise by more than 100 C against the heat phase's) picked out rows the kept pack-fitted model
    /// mends, with margin, on bench seeds 1-6.
    /// </summary>
    public class PackPhaseGateTests
    {
        [Fact]
        public void MainsRelearning_OvershootsTheStrong60wAirReheat_WhereThePackFitCutTheRise()
        {
            // Bench seed 1's row (sensor seed 7951, first rise 114 s), level 2. Main re-learns at the re-heat's start:
            // overshoot 0.168 C, rise ratio 1.323. Form K (keep the pack-fitted model, residual <= 0.12 C) measured
            // 0.018 C / 1.185 on the same row; the pack fit's rise there is 31.6 C, 129.6 C under the heat phase's fit
            // (the gate "rise cut by more than 100 C" keeps K on it). A change to the re-heat's start that moves this row
            // must be measured against those figures.
            PadParameters p = PadFile.LoadShipped("strong-60w");
            ReheatResult r = ReheatRunner.Run("firmware", p, "strong-60w", "air", 2, 7951, 114.0, null);
            Assert.Equal("", r.Fault);
            Assert.InRange(r.OvershootC, 0.16, 0.18);
            Assert.NotNull(r.RiseRatio);
            Assert.InRange(r.RiseRatio.Value, 1.30, 1.35);
        }

        [Fact]
        public void MainsRelearning_OvershootsTheNominalBodyReheat_LessThanKWouldOneLossStepOutsideGateH()
        {
            // Bench seed 1's row (sensor seed 7935, first rise 118 s), level 1. Main re-learns at the re-heat's start:
            // overshoot 0.173 C. Form K measured 0.234 C here (hotter on every seed 1-6). The nearest hotter row to form H
            // (hold duty <= 0.50 and surface loss ratio <= 0.5): it holds at duty 0.354 and its fit's surface loss ratio is
            // 1, one grid step of the bank past H's threshold. A gate that admits it makes this row hotter than main.
            PadParameters p = PadFile.LoadShipped("nominal-12v");
            ReheatResult r = ReheatRunner.Run("firmware", p, "nominal-12v", "body", 1, 7935, 118.0, null);
            Assert.Equal("", r.Fault);
            Assert.InRange(r.OvershootC, 0.16, 0.19);
        }
    }
}
