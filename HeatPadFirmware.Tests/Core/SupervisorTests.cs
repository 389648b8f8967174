using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Core
{
    public class SupervisorTests
    {
        [Fact]
        public void OneInvalidRead_StopsHeatAtOnce_WithoutAFault()
        {
            var driver = new CoreDriver();
            driver.Press(ButtonId.Power, 35.0);
            driver.Hold(35.0, 5);
            CoreOutputs outputs = driver.Tick(null);
            Assert.Equal(0.0, outputs.DutyFraction);
            Assert.Equal(FaultCode.None, outputs.Fault);
            Assert.Equal(SessionPhase.Heat, outputs.Phase);
            Assert.True(driver.Tick(35.0).DutyFraction > 0.0);
        }

        [Fact]
        public void FourInvalidReadsInARow_LatchSensorLost_AndOpenTheCutoff()
        {
            var driver = new CoreDriver();
            driver.Press(ButtonId.Power);
            driver.Hold(35.0, 5);
            for (int i = 0; i < SafetyLimits.SensorLostConsecutiveReads - 1; i++)
            {
                Assert.Equal(FaultCode.None, driver.Tick(null).Fault);
            }

            CoreOutputs outputs = driver.Tick(null);
            Assert.Equal(FaultCode.SensorLost, outputs.Fault);
            Assert.Equal(SessionPhase.Fault, outputs.Phase);
            Assert.False(outputs.HeaterEnabled);
            Assert.Equal(0.0, outputs.DutyFraction);
            Assert.Equal(BuzzerCue.Fault, outputs.Cue);
            Assert.Equal((int)FaultCode.SensorLost, outputs.FaultBlinkCount);

            // The fault stays latched when the sensor comes back.
            outputs = driver.Hold(35.0, 30);
            Assert.Equal(FaultCode.SensorLost, outputs.Fault);
            Assert.Equal(0.0, outputs.DutyFraction);
        }

        [Fact]
        public void InterleavedInvalidReads_NeverLatch()
        {
            var driver = new CoreDriver();
            driver.Press(ButtonId.Power, 35.0);
            for (int i = 0; i < 200; i++)
            {
                // The valid reads flicker by one LSB as a real sensor's do: a reading frozen bit-for-bit while
                // the heater works between them is a fault of its own (FrozenReadingCheck).
                driver.Tick(i % 4 == 3 ? 35.0 + (0.0625 * ((i / 4) % 2)) : (double?)null);
            }

            Assert.Equal(FaultCode.None, driver.Last.Fault);
        }

        [Theory]
        [InlineData(47.0, true)]
        [InlineData(46.9375, false)]
        public void OverTemperature_LatchesAtTheLimit_EvenWhileOff(double temperatureC, bool expectFault)
        {
            var driver = new CoreDriver();
            CoreOutputs outputs = driver.Tick(temperatureC);
            Assert.Equal(expectFault ? FaultCode.OverTemperature : FaultCode.None, outputs.Fault);
        }

        [Fact]
        public void Fault_IgnoresEveryButton_ButALongPowerPress()
        {
            var driver = new CoreDriver();
            driver.Tick(50.0);
            Assert.Equal(SessionPhase.Fault, driver.Press(ButtonId.Power, 35.0).Phase);
            Assert.Equal(SessionPhase.Fault, driver.Press(ButtonId.Up, 35.0).Phase);
            Assert.Equal(SessionPhase.Fault, driver.Press(ButtonId.Program, 35.0).Phase);
            CoreOutputs outputs = driver.Press(ButtonId.Power, 35.0, isLong: true);
            Assert.Equal(SessionPhase.Off, outputs.Phase);
            Assert.Equal(FaultCode.None, outputs.Fault);
        }

        [Theory]
        [InlineData(40.0)]
        [InlineData(45.0)]
        [InlineData(null)]
        public void LongPowerPress_DoesNotClearAFault_UntilThePadIsCoolAndTheSensorValid(double? temperatureC)
        {
            var driver = new CoreDriver();
            driver.Tick(48.0);
            CoreOutputs outputs = driver.Tick(temperatureC, ButtonId.Power, isLong: true);
            Assert.Equal(SessionPhase.Fault, outputs.Phase);
            Assert.Equal(FaultCode.OverTemperature, outputs.Fault);
        }

        [Fact]
        public void InvalidConfiguration_RefusesToHeat_AndSaysWhy()
        {
            var config = new TherapyConfig();
            config.LevelSetpointsC[4] = 46.0;
            var driver = new CoreDriver(config);
            Assert.Contains("LevelSetpointsC[4]", driver.Core.ConfigurationError);
            CoreOutputs outputs = driver.Press(ButtonId.Power);
            Assert.Equal(FaultCode.InvalidConfiguration, outputs.Fault);
            Assert.Equal(0.0, outputs.DutyFraction);
            Assert.False(outputs.HeaterEnabled);
            outputs = driver.Press(ButtonId.Power, 25.0, isLong: true);
            Assert.Equal(FaultCode.InvalidConfiguration, outputs.Fault);
        }

        [Fact]
        public void Heartbeat_Toggles_OnlyWhileTheCutoffMayClose()
        {
            var driver = new CoreDriver();
            Assert.False(driver.Tick(30.0).CutoffHeartbeat);
            Assert.False(driver.Tick(30.0).CutoffHeartbeat);
            driver.Press(ButtonId.Power);
            bool first = driver.Tick(30.0).CutoffHeartbeat;
            bool second = driver.Tick(30.0).CutoffHeartbeat;
            Assert.NotEqual(first, second);
            driver.Press(ButtonId.Power);
            Assert.False(driver.Tick(30.0).CutoffHeartbeat);
            Assert.False(driver.Tick(30.0).CutoffHeartbeat);
        }
    }

    public class TherapyConfigTests
    {
        [Fact]
        public void DefaultConfiguration_IsValid()
        {
            Assert.Null(new TherapyConfig().Validate());
        }

        [Theory]
        [InlineData("DefaultLevel", 0)]
        [InlineData("DefaultLevel", 6)]
        [InlineData("HeatProgramMinutes", 91)]
        [InlineData("HotColdHeatMinutes", 0)]
        [InlineData("HotColdCoolMinutes", 31)]
        [InlineData("ContrastHeatMinutes", 0)]
        [InlineData("ContrastHeatMinutes", 4)]
        [InlineData("HotColdHeatMinutes", 4)]
        [InlineData("HeatProgramMinutes", 4)]
        [InlineData("ContrastCoolMinutes", 16)]
        [InlineData("ContrastCycles", 11)]
        public void OutOfRangeValue_IsRefused_NamingTheField(string field, int value)
        {
            var config = new TherapyConfig();
            typeof(TherapyConfig).GetField(field)!.SetValue(config, value);
            string? error = config.Validate();
            Assert.NotNull(error);
            Assert.StartsWith(field, error);
        }

        [Fact]
        public void SetpointsThatDoNotIncrease_AreRefused()
        {
            var config = new TherapyConfig();
            config.LevelSetpointsC[2] = 39.0;
            Assert.Equal("LevelSetpointsC must increase with the level", config.Validate());
        }

        [Fact]
        public void ANaNSetpoint_IsRefused()
        {
            var config = new TherapyConfig();
            config.LevelSetpointsC[0] = double.NaN;
            Assert.StartsWith("LevelSetpointsC[0]", config.Validate());
        }
    }
}
