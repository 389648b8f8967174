using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    public class SupervisorSafetyTests
    {
        [Fact]
        public void Supervisor_StopsHeatWithinFiveSeconds_WhenTheSensorIsDisconnected()
        {
            FaultCaseResult result = FaultCampaign.RunCase("nominal-12v", PadFile.LoadShipped("nominal-12v"), 5, FaultKind.SensorDisconnect, 600, 7);
            Assert.Equal(FaultCode.SensorLost, result.Fault);
            Assert.True(result.NoHeatAfterS <= 5.0, $"heat stopped after {result.NoHeatAfterS} s");
        }

        [Fact]
        public void Supervisor_LatchesFrozenReading_AndStopsHeatWithinTwoMinutes()
        {
            FaultCaseResult result = FaultCampaign.RunCase("nominal-12v", PadFile.LoadShipped("nominal-12v"), 3, FaultKind.FrozenReading, 60, 7);
            Assert.Equal(FaultCode.FrozenReading, result.Fault);
            Assert.True(result.NoHeatAfterS <= 120.0, $"heat stopped after {result.NoHeatAfterS} s");
        }

        [Fact]
        public void Supervisor_LatchesSensorDetached_WhenTheSensorFallsOffDuringTheHold()
        {
            // Both sensors fall off (the sensor strip): a common cause the pair cannot outvote.
            FaultCaseResult result = FaultCampaign.RunCase("strong-60w", PadFile.LoadShipped("strong-60w"), 5, FaultKind.BothSensorsDetached, 600, 7);
            Assert.Equal(FaultCode.SensorDetached, result.Fault);
            Assert.True(result.PeakSurfaceC < 48.0, $"surface peaked at {result.PeakSurfaceC} C");
        }

        [Theory]
        [InlineData(FaultKind.PowerOnValue)]
        [InlineData(FaultKind.SupplySag)]
        [InlineData(FaultKind.SupplySurge)]
        [InlineData(FaultKind.StalledTicks)]
        public void Supervisor_DoesNotTrip_OnNormalLifeEvents(FaultKind kind)
        {
            FaultCaseResult result = FaultCampaign.RunCase("nominal-12v", PadFile.LoadShipped("nominal-12v"), 4, kind, 600, 7);
            Assert.Equal(FaultCode.None, result.Fault);
        }

        [Fact]
        public void Supervisor_DoesNotTrip_OnAWeakPadThatPlateausBelowTarget()
        {
            FaultCaseResult result = FaultCampaign.RunCase("usb-10w", PadFile.LoadShipped("usb-10w"), 5, FaultKind.PowerOnValue, 1800, 7);
            Assert.Equal(FaultCode.None, result.Fault);
        }

        [Fact]
        public void Supervisor_KeepsTheSurfaceBurnDoseUnderAQuarter_ForAnAdversarialUserOverEightHours()
        {
            var (dose, _) = FaultCampaign.RunAdversarial(PadFile.LoadShipped("nominal-12v"), 8.0, 3);
            Assert.True(dose <= 0.25, $"dose {dose}");
            Assert.True(dose > 0.0, "the adversarial user must reach the dose range for the test to mean anything");
        }
    }
}
