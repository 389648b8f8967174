using System.IO;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Element
{
    /// <summary>
    /// The element-calibration fixture on the device (<see cref="ElementFixtureRun"/>, session 20): it holds its power through the
    /// phases on every shipped pad with no surface near the over-temperature, and ends with the heater off whenever a safety
    /// latches, the element runs away, the room is wrong, the operator aborts or never presses.
    /// </summary>
    public class ElementFixtureRunTests
    {
        private const string Rom = "28FF23A10F1603C1";

        [Theory]
        [InlineData("folded-covered")]
        [InlineData("free-air")]
        [InlineData("nominal-12v")]
        [InlineData("strong-60w")]
        [InlineData("thick-slow")]
        [InlineData("usb-10w")]
        public void Every_shipped_pad_completes_the_fixture_with_its_surface_well_under_the_over_temperature(string name)
        {
            for (int seed = 11; seed <= 14; seed++)
            {
                DeviceFixtureOutcome o = DeviceFixtureSimulation.Run(PadFile.LoadShipped(name), seed, null, Rom);
                Assert.Equal(ElementFixtureStage.Done, o.Stage);
                Assert.True(o.PeakSurfaceC < SafetyLimits.OverTemperatureC - 5.0, name + " " + seed + ": " + o.PeakSurfaceC);
                Assert.True(o.PeakHotterReadingC < SafetyLimits.OverTemperatureC - 5.0, name + " " + seed + ": " + o.PeakHotterReadingC);
            }
        }

        // Session 22: the power is the target until S3 puts the element near ElementFixtureRun.MaxElementBoundC, then what holds it
        // there — set by the element's temperature, not by the supply.
        [Fact]
        public void The_power_held_by_the_sense_is_the_same_at_any_supply_and_never_over_the_target()
        {
            DeviceFixtureOutcome rated = DeviceFixtureSimulation.Run(PadFile.LoadShipped("nominal-12v"), 11, null, Rom, supplyV: 12.0);
            foreach (double supply in new[] { 10.8, 12.0, 13.2 })
            {
                DeviceFixtureOutcome o = DeviceFixtureSimulation.Run(PadFile.LoadShipped("nominal-12v"), 11, null, Rom, supplyV: supply);
                Assert.Equal(ElementFixtureStage.Done, o.Stage);
                Assert.InRange(o.MeanHeldPowerW, rated.MeanHeldPowerW * 0.97, rated.MeanHeldPowerW * 1.03);
                Assert.True(o.MeanHeldPowerW <= ElementFixtureRun.TargetPowerW * 1.03, o.MeanHeldPowerW.ToString());
            }
        }

        [Fact]
        public void An_operator_who_never_presses_aborts_the_run_after_the_wait_and_the_heater_stays_off()
        {
            var log = new StringWriter();
            DeviceFixtureOutcome o = DeviceFixtureSimulation.Run(PadFile.LoadShipped("nominal-12v"), 11, log, Rom, pressDelayS: -1);
            Assert.Equal(ElementFixtureStage.Aborted, o.Stage);
            Assert.Equal(ElementFixtureRun.BaselineS + ElementFixtureRun.HeatS + ElementFixtureRun.PlateWaitS + 1, o.Ticks);
            Assert.Contains("# fixture," + ((ElementFixtureRun.BaselineS + ElementFixtureRun.HeatS + ElementFixtureRun.PlateWaitS + 1) * 1000) + ",aborted", log.ToString());
        }

        [Fact]
        public void A_room_outside_the_fixtures_refuses_the_heat_at_the_end_of_the_baseline()
        {
            DeviceFixtureOutcome o = DeviceFixtureSimulation.Run(PadFile.LoadShipped("strong-60w"), 11, null, Rom, roomC: 26.0);
            Assert.Equal(ElementFixtureStage.Aborted, o.Stage);
            Assert.Equal(ElementFixtureRun.BaselineS + 1, o.Ticks);
            Assert.True(o.PeakSurfaceC < 26.5);
        }

        [Fact]
        public void A_plate_laid_half_a_minute_after_the_press_completes_the_run()
        {
            DeviceFixtureOutcome o = DeviceFixtureSimulation.Run(PadFile.LoadShipped("strong-60w"), 11, null, Rom, plateLeadS: -30);
            Assert.Equal(ElementFixtureStage.Done, o.Stage);
        }

        // The core alone, on made-up readings: a pair at the room, an element as given, a sound 60 W element's sense.
        private static (ElementFixtureRun Run, double LastDuty) Drive(int ticks, System.Func<int, double> pairC, System.Func<int, double> elementC, System.Func<int, ButtonEventQueue>? buttons = null)
        {
            var run = new ElementFixtureRun(ElementFixtureRun.TargetPowerW);
            double duty = 0.0;
            bool closed = false;
            for (int k = 1; k <= ticks; k++)
            {
                HeaterSenseReading sense = HeaterSenseReading.Valid(closed ? duty * 5.0 : 0.0, 12.0);
                CoreOutputs o = run.StepWithJig(k * 1000L, SensorReading.Valid(pairC(k)), SensorReading.Valid(pairC(k) + 0.0625), SensorReading.Valid(elementC(k)), SensorReading.Valid(pairC(k)), SensorReading.Valid(22.0), sense, buttons?.Invoke(k));
                duty = o.HeaterEnabled ? o.DutyFraction : 0.0;
                closed = o.HeaterEnabled;
                if (run.Stage == ElementFixtureStage.Aborted)
                {
                    Assert.Equal(0.0, duty);
                    Assert.False(o.HeaterEnabled);
                }
            }

            return (run, duty);
        }

        [Fact]
        public void The_pair_at_the_over_temperature_latches_the_supervisor_and_aborts_the_run_with_the_heater_off()
        {
            int heatStart = ElementFixtureRun.BaselineS + 1;
            var (run, duty) = Drive(heatStart + 60, k => k < heatStart + 30 ? 22.0 + (0.02 * System.Math.Max(0, k - heatStart)) : 47.5, k => 22.0 + (0.1 * System.Math.Max(0, k - heatStart)));
            Assert.Equal(ElementFixtureStage.Aborted, run.Stage);
            Assert.Equal(FaultCode.OverTemperature, run.AbortFault);
            Assert.Equal(0.0, duty);
        }

        [Fact]
        public void An_element_reading_over_its_fixture_limit_for_five_reads_aborts_the_run()
        {
            var (run, _) = Drive(40, k => 22.0, k => k < 20 ? 22.0 : ElementFixtureRun.MaxElementC + 1.0);
            Assert.Equal(ElementFixtureStage.Aborted, run.Stage);
        }

        [Fact]
        public void A_long_press_of_power_aborts_the_run()
        {
            var press = new ButtonEventQueue();
            press.Add(ButtonId.Power, true);
            var (run, _) = Drive(20, k => 22.0, k => 22.0, k => k == 10 ? press : new ButtonEventQueue());
            Assert.Equal(ElementFixtureStage.Aborted, run.Stage);
            Assert.Equal(FaultCode.None, run.AbortFault);
        }

        [Fact]
        public void The_heater_stays_off_through_the_baseline_and_heats_after_it()
        {
            var run = new ElementFixtureRun(ElementFixtureRun.TargetPowerW);
            for (int k = 1; k <= ElementFixtureRun.BaselineS + 3; k++)
            {
                CoreOutputs o = run.StepWithJig(k * 1000L, SensorReading.Valid(22.0), SensorReading.Valid(22.0625), SensorReading.Valid(22.0), SensorReading.Valid(22.0), SensorReading.Valid(22.0), HeaterSenseReading.Valid(0.0, 12.0), null);
                if (k <= ElementFixtureRun.BaselineS)
                {
                    Assert.Equal(0.0, o.DutyFraction);
                    Assert.Equal(ElementFixtureStage.Baseline, run.Stage);
                }
                else
                {
                    Assert.Equal(ElementFixtureStage.Heat, run.Stage);
                }
            }
        }

        [Fact]
        public void The_supervisor_of_a_normal_core_never_has_its_surface_held_by_a_fixture()
        {
            Assert.False(new HeatPadCore(new TherapyConfig()).Supervisor.SurfaceHeldByFixture);
        }
    }
}
