using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review13b
{
    /// <summary>
    /// Review 13b, false alarms of session 12's restart rise watch in uses the campaign and review 10's restart scan do not run.
    /// Measured base 2828373 vs main 646f2ff (identical in every scan): contrast program, 5-min heat phases, cool phases of
    /// 1-3 min (a "no heat" stretch under RestartWatchMaxOffS) with a 8 or 40 W/K cold pack on the pad, lifted 0/10/20/40 s
    /// into each heat phase, 6 shipped + 16 random pads (seed 1), body/air, levels 1/5: 2,688 runs, 0 latches. Restart scan
    /// variants: rooms 16 / 29 °C with the pack lifted 10/20 s after the restart and the user lying back down: 2,688 runs, 4
    /// latches both (random-011, 16 °C room, 160 W/K pack: implausible_reading 1 s after the restart, pre-existing); supply
    /// stepped to 0.9 / 1.1 × rated at the restart: 2,688 runs, 0 both; the pack lifted 30/45/60 s after the restart (22 °C):
    /// 2,016 runs, 59 sensor_detached both (all at lift 45-60 s, named 43-45 s after the restart, before the watch's bound).
    /// These guards keep the contrast case.
    /// </summary>
    public class RestartWatchFalseAlarmTests
    {
        [Theory]
        [InlineData("nominal-12v", "body", 1, 2, 20)]
        [InlineData("strong-60w", "air", 5, 2, 40)]
        [InlineData("thick-slow", "body", 5, 3, 20)]
        [InlineData("folded-covered", "air", 1, 1, 40)]
        public void Contrast_ColdPackLiftedLateInEachHeatPhase_NoLatch(string padName, string condition, int level, int coolMinutes, int lagS)
        {
            var pad = BenchPadFamily.InCondition(PadFile.LoadShipped(padName), condition);
            var config = new TherapyConfig { ContrastHeatMinutes = 5, ContrastCoolMinutes = coolMinutes, ContrastCycles = 3 };
            var run = new FaultRun(pad, 7, config);
            double airWPerK = run.Pad.SurfaceToAmbientWPerK;
            run.Start(level, TherapyProgram.Contrast);
            int heatS = 0;
            int phasesWithPack = 0;
            for (int s = 0; s < 3 * 60 * (5 + coolMinutes) + 60; s++)
            {
                SessionPhase phase = run.Last.Phase;
                heatS = phase == SessionPhase.Heat ? heatS + 1 : 0;
                bool packOn = phase == SessionPhase.Cool || (phase == SessionPhase.Heat && s > 300 && heatS <= lagS);
                if (packOn && phase == SessionPhase.Heat && heatS == 1)
                {
                    phasesWithPack++;
                }

                run.Pad.SurfaceToAmbientWPerK = packOn ? FaultCampaign.ColdPackWPerK * (lagS >= 40 ? 5.0 : 1.0) : airWPerK;
                run.Tick(1000, null);
                Assert.True(run.Last.Fault == FaultCode.None, "latched " + run.Last.Fault + " at " + s + " s, " + heatS + " s into a heat phase");
            }

            Assert.True(phasesWithPack >= 2, "heat phases entered with the pack on: " + phasesWithPack);
        }
    }
}
