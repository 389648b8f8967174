using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Pack29
{
    /// <summary>
    /// Session 29 (pack29, measured, not landed; docs/control.md "Session 29: a pack-phase gate for the kept model"):
    /// main's re-learning at the re-heat's start on a row the kept pack-fitted model (form K) makes hotter, just outside
    /// the best gate found (form H).
    /// </summary>
    public class PackPhaseGateTests
    {
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
