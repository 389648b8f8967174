using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Core
{
    public class SelfTestTests
    {
        [Fact]
        public void SelfTest_Passes_WithTheSignatureKeptInTheCore()
        {
            uint signature = SelfTest.ComputeSignature(new TherapyConfig());
            Assert.True(signature == SelfTest.ExpectedSignature,
                $"SelfTest.ExpectedSignature is stale: the core now computes 0x{signature:X8}. If the change of behaviour is intended, set ExpectedSignature = 0x{signature:X8} in Core/SelfTest.cs in the same commit.");
            Assert.True(SelfTest.Run());
        }

        [Theory]
        [InlineData(FaultCode.OverTemperature)]
        [InlineData(FaultCode.SensorLost)]
        [InlineData(FaultCode.HeaterStuckOn)]
        [InlineData(FaultCode.SensorsDisagree)]
        public void SelfTestScenario_LatchesEachTripItPromises_SoTheSignatureCoversTheSafetyPath(FaultCode fault)
        {
            SelfTest.ComputeSignature(new TherapyConfig(), out uint faultsSeen);
            Assert.True((faultsSeen & (1u << (int)fault)) != 0, $"the self-test scenario no longer latches {fault}");
        }

        [Fact]
        public void SelfTestScenario_LatchesNoFaultItDoesNotDescribe()
        {
            SelfTest.ComputeSignature(new TherapyConfig(), out uint faultsSeen);
            uint described = (1u << (int)FaultCode.None) | (1u << (int)FaultCode.OverTemperature) | (1u << (int)FaultCode.SensorLost) | (1u << (int)FaultCode.HeaterStuckOn) | (1u << (int)FaultCode.SensorsDisagree);
            Assert.Equal(0u, faultsSeen & ~described);
        }

        [Fact]
        public void SelfTest_IsRepeatable_AndLeavesNoStateBehind()
        {
            Assert.Equal(SelfTest.ComputeSignature(new TherapyConfig()), SelfTest.ComputeSignature(new TherapyConfig()));
        }

        [Theory]
        [InlineData(1, 40.0625)]
        [InlineData(2, 41.4375)]
        public void SelfTest_Bites_WhenAControlValueChanges(int levelIndex, double setpointC)
        {
            var changed = new TherapyConfig();
            changed.LevelSetpointsC[levelIndex] = setpointC;
            Assert.NotEqual(SelfTest.ComputeSignature(new TherapyConfig()), SelfTest.ComputeSignature(changed));
        }

        [Fact]
        public void SelfTest_IgnoresSettingsItDoesNotExercise_ButBitesOnTheDefaultLevel()
        {
            var changed = new TherapyConfig();
            changed.ContrastCycles = 2;
            Assert.Equal(SelfTest.ComputeSignature(new TherapyConfig()), SelfTest.ComputeSignature(changed));
            changed.DefaultLevel = 3;
            Assert.NotEqual(SelfTest.ComputeSignature(new TherapyConfig()), SelfTest.ComputeSignature(changed));
        }
    
        [Fact]
        public void AFailedSelfTest_LatchesAFaultThatNoPressClears_AndThePadNeverHeats()
        {
            var driver = new CoreDriver();
            driver.Core.ReportSelfTestFailed();
            CoreOutputs outputs = driver.Press(ButtonId.Power, 25.0);
            Assert.Equal(FaultCode.SelfTestFailed, outputs.Fault);
            Assert.Equal("self_test", FaultCodeNames.Of(outputs.Fault));
            Assert.Equal(0.0, outputs.DutyFraction);
            Assert.False(outputs.HeaterEnabled);
            outputs = driver.Press(ButtonId.Power, 25.0, isLong: true);
            Assert.Equal(SessionPhase.Fault, outputs.Phase);
            Assert.Equal(FaultCode.SelfTestFailed, outputs.Fault);
            Assert.Equal(11, outputs.FaultBlinkCount);
        }
    }
}
