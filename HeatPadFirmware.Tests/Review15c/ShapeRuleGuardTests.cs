using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review14b;
using Xunit;

namespace HeatPadFirmware.Tests.Review15c
{
    /// <summary>
    /// Review 15c's passing guards on couple14 (the re-approach cap kept while the witness stands 2 °C over the reading; the
    /// loosening's flat probe shape): what the scans found unchanged or better. Scenario: <see cref="LieDownScenario"/> (seed 11,
    /// 1 s ticks).
    /// </summary>
    public class ShapeRuleGuardTests
    {
        // Rule (1) (the cap kept) did not hold a lightly lain-on pad lower: light-contact scan (1,296 runs, 0.33 / 0.66 x contact)
        // and the get-up-during-a-probe scan (1,144 runs): no run's mean deficit over the last 20 min moved by more than 0.18 C.
        // Measured on both trees (free air, L5, 22 C, lain on at 600 s with 0.66 x 3 W/K): nominal-12v 5.87 C, strong-60w 5.89 C
        // under the 44.5 C setpoint (the base's own under-heating, review 14b). Guard: no fault, no deeper than the base + 0.1 C.
        [Theory]
        [InlineData("nominal-12v", 5.87)]
        [InlineData("strong-60w", 5.89)]
        public void LightContact_AfterAFreeAirHeatUp_IsHeldNoLowerThanTheBase(string padName, double baseMeanUnderC)
        {
            var r = LieDownScenario.Run(LieDownScenario.Pad(padName, "air"), 5, 600, 0.66 * 3.0, 3600);
            Assert.True(r.Fault == FaultCode.None, r.Fault + " at " + r.FaultAtS + " s");
            Assert.True(r.MeanUnderLastC <= baseMeanUnderC + 0.1, "mean under the setpoint " + r.MeanUnderLastC.ToString("F2") + " C");
        }

        // Better with couple14 (a guard): strong-60w started in free air in a 16 C room, L5, lain on at 600 s (3 W/K), up at 1,200 s,
        // both sensors loosening from 1,200 s over 3,600 s: base heating_failed at 3,007 s with the true surface 754 s over 48 C
        // (peak 52.10 C); couple14 sensor_detached at 3,763 s, peak 46.98 C, none over 48 C. Loosening scan (960 runs: 30 pads,
        // lain on at 240 / 600 s, up 600 s later, both loosening 300 s before or at the getting up at 1,800 / 3,600 s paces, rooms
        // 22 / 16 C, L3 / L5): named 781 -> 796, none lost, runs over 48 C 81 -> 78; hotter only nominal-12v / free-air L3 lain on
        // at 240 s (48.64 -> 48.68 C, named sooner), as couple14's own got-up scan said.
        [Fact]
        public void StrongPad_InACoolRoom_LooseningAfterTheGettingUp_StaysUnder48C()
        {
            PadParameters pad = BenchPadFamily.InCondition(PadFile.LoadShipped("strong-60w").With(ambientC: 16.0), "air");
            var r = LieDownScenario.Run(pad, 5, 600, 3.0, 1200 + 3600, 1.0, 1200, 2, 1200, 3600.0);
            Assert.True(r.Fault != FaultCode.None, "no fault; peak " + r.PeakAfterOnsetC.ToString("F2") + " C");
            Assert.True(r.Over48S == 0, r.Over48S + " s over 48 C, peak " + r.PeakAfterOnsetC.ToString("F2") + " C, " + r.Fault + " at " + r.FaultAtS + " s");
        }
    }
}
