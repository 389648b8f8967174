using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review11
{
    /// <summary>
    /// Review 11, item 1 on the whole core: a cold pack left on a shipped pad on the body from the start of a level-3 heat
    /// session (the simulator's pack: <see cref="ThermalPad.SurfaceToAmbientWPerK"/> raised to the pack's conductance), 1 s
    /// ticks, seed 11, watched 1800 s.
    /// </summary>
    public class PackLeftOnWholeCoreTests
    {
        private static (FaultCode Fault, int AtS, double MaxJudgedWPerK) Run(string padName, double packWPerK)
        {
            PadParameters p = BenchPadFamily.InCondition(PadFile.LoadShipped(padName), "body");
            var run = new FaultRun(p, 11);
            run.Start(3);
            run.Pad.SurfaceToAmbientWPerK = packWPerK;
            double maxJudged = 0.0;
            int t = 0;
            for (; t < 1800 && run.Last.Fault == FaultCode.None; t++)
            {
                run.Tick(1000, null);
                maxJudged = System.Math.Max(maxJudged, run.Core.Supervisor.HeatBalance.HoldingConductanceWPerK);
            }

            return (run.Last.Fault, t, maxJudged);
        }

        [Theory(Skip = "Review 11 finding (HIGH for the 8 W/K pack: a new latch where the pad still heats, surface ~30 C, and "
            + "no other check trips): HeatBalanceCheck latches sensor_detached under a pack left on. Measured: nominal-12v "
            + "8 W/K at 958 s (7.50 W/K judged), 40 W/K at 718 s (28.33); strong-60w 8 W/K none in 1800 s but 6.37 W/K judged "
            + "(margin 1.02), 40 W/K at 822 s (24.33); usb-10w 8 W/K none (2.85). 160 W/K (and usb-10w 40 W/K) latch "
            + "heating_failed at 161-241 s before the check judges - existing behaviour, not this check's. Session 11: a 60 s "
            + "confirming heat pause judged against the learned model was measured and not landed (nominal-12v 8 W/K and "
            + "strong-60w 40 W/K still latched, loosening verdicts refuted; docs/safety.md, known gaps of session 10).")]
        [InlineData("nominal-12v", 8.0)]
        [InlineData("nominal-12v", 40.0)]
        [InlineData("strong-60w", 40.0)]
        public void Firmware_DoesNotNameSensorDetached_WhenAColdPackIsLeftOnThroughAHeatSession(string padName, double packWPerK)
        {
            var r = Run(padName, packWPerK);
            Assert.NotEqual(FaultCode.SensorDetached, r.Fault);
        }

        [Theory]
        [InlineData("nominal-12v", 8.0)]
        [InlineData("nominal-12v", 40.0)]
        [InlineData("strong-60w", 40.0)]
        public void Firmware_NamesSensorDetached_UnderAColdPackLeftOn_Measured(string padName, double packWPerK)
        {
            var r = Run(padName, packWPerK);
            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.InRange(r.AtS, 600, 1000);
        }

        [Fact]
        public void HeatBalanceCheck_JudgesAStrongPadUnderALightPackJustUnderItsBound()
        {
            // strong-60w, 8 W/K: HeatBalanceCheck latches nothing in 1800 s (highest figure judged 6.37 W/K against 6.5,
            // margin 1.02), but since session 11 HeatEnergyCheck names it: the pack left on under heat takes the element's
            // energy unseen (a cost of that check, measured and recorded in docs/safety.md: the pack-left-on known gap widens).
            var r = Run("strong-60w", 8.0);
            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.True(r.MaxJudgedWPerK <= HeatBalanceCheck.MaxHoldingConductanceWPerK, "heat balance judged " + r.MaxJudgedWPerK + " W/K");
        }
    }
}
