using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>The pad's second sensor: no one-sensor mode, and a sensor that reads low hides heat from nothing.</summary>
    public class SecondSensorTests
    {
        [Fact]
        public void Core_NeverHeats_AndLatchesSensorLost_WhenTheSecondSensorNeverAnswers()
        {
            var driver = new CoreDriver { SecondSensorMissing = true };
            driver.Press(ButtonId.Power, 25.0);
            double maxDuty = 0.0;
            for (int s = 0; s < 60; s++)
            {
                maxDuty = System.Math.Max(maxDuty, driver.Tick(25.0 + (s % 2) * 0.0625).DutyFraction);
            }

            Assert.True(driver.Last.Fault == FaultCode.SensorLost, $"fault {driver.Last.Fault} phase {driver.Last.Phase}");
            Assert.Equal(0.0, maxDuty);
        }

        [Fact]
        public void Core_LatchesSensorLost_WithinTheLimit_WhenTheSecondSensorStopsAnsweringWhileHeating()
        {
            var driver = new CoreDriver();
            driver.Press(ButtonId.Power, 25.0);
            driver.Hold(25.0, 30);
            Assert.Equal(FaultCode.None, driver.Last.Fault);
            Assert.True(driver.Last.DutyFraction > 0.0, "the pad heats while both sensors answer");

            driver.SecondSensorMissing = true;
            int ticks = 0;
            while (driver.Last.Fault == FaultCode.None && ticks < 30)
            {
                driver.Tick(25.0 + (ticks % 2) * 0.0625);
                ticks++;
            }

            Assert.Equal(FaultCode.SensorLost, driver.Last.Fault);
            Assert.True(ticks <= SafetyLimits.SensorLostConsecutiveReads, $"{ticks} ticks to latch");
            Assert.Equal(0.0, driver.Last.DutyFraction);
        }

        [Fact]
        public void Core_LatchesOverTemperature_WhenOnlyTheSecondSensorReadsOverTheLimit()
        {
            var driver = new CoreDriver { SecondOffsetC = 0.0 };
            driver.Press(ButtonId.Power, 30.0);
            driver.Hold(30.0, 10);
            Assert.Equal(FaultCode.None, driver.Last.Fault);

            // Sensor 1 has slipped off the pad and reads 36 °C; sensor 2 is on it and climbs past the limit in plausible steps.
            double secondC = 36.0;
            while (driver.Last.Fault == FaultCode.None && secondC < SafetyLimits.OverTemperatureC + 2.0)
            {
                secondC += 0.25;
                driver.SecondOffsetC = secondC - 36.0;
                driver.Tick(36.0);
            }

            Assert.Equal(FaultCode.OverTemperature, driver.Last.Fault);
            Assert.True(secondC >= SafetyLimits.OverTemperatureC && secondC < SafetyLimits.OverTemperatureC + 0.5, $"latched at {secondC} °C on sensor 2");
        }

        [Fact]
        public void Supervisor_JudgesTheHotterSensor_AndHandsTheControllerTheHotter_WhenTheTwoDisagree()
        {
            var split = new Supervisor();
            var agreed = new Supervisor();
            long nowMs = 0;
            SensorReading fused = SensorReading.Invalid;
            for (int s = 0; s < 600; s++)
            {
                nowMs += 1000;
                double lowC = 36.0 + (s % 2) * 0.0625;
                fused = split.Observe(nowMs, SensorReading.Valid(lowC), SensorReading.Valid(lowC + 10.0), 0.0, false, true, 44.0, false, 0.0);
                agreed.Observe(nowMs, SensorReading.Valid(lowC), SensorReading.Valid(lowC), 0.0, false, true, 44.0, false, 0.0);
            }

            Assert.InRange(fused.TemperatureC, 46.0 - SensorPairFusion.MaxBelowHotterC, 46.0625 - SensorPairFusion.MaxBelowHotterC);
            Assert.InRange(split.HotterReading.TemperatureC, 46.0, 46.0625);
            Assert.True(split.FactoredBurnDose > 0.0, "ten minutes at 46 °C on sensor 2 count as dose");
            Assert.Equal(0.0, agreed.FactoredBurnDose);
        }

        [Fact]
        public void Supervisor_ClearsAFault_OnlyWhenBothSensorsReadValidAndCool()
        {
            var supervisor = new Supervisor();
            supervisor.Latch(FaultCode.SensorLost);

            Assert.False(supervisor.TryClear(SensorReading.Valid(25.0), SensorReading.Invalid));
            Assert.False(supervisor.TryClear(SensorReading.Invalid, SensorReading.Valid(25.0)));
            Assert.False(supervisor.TryClear(SensorReading.Valid(25.0), SensorReading.Valid(41.0)));
            Assert.Equal(FaultCode.SensorLost, supervisor.Fault);
            Assert.True(supervisor.TryClear(SensorReading.Valid(25.0), SensorReading.Valid(25.5)));
            Assert.Equal(FaultCode.None, supervisor.Fault);
        }
    }
}
