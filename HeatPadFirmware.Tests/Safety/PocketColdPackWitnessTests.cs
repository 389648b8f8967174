using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Session 8: a cold pack laid over one pocket of two (pocket group, campaign seed 6, session 670339) pulls the fused
    /// reading down faster than the announced pack's fit expects; the learner switched to the structure that followed that
    /// fall in the cool phase, the re-learning at the next heat froze it as the witness, and its probes put the healthy pad
    /// in doubt until the unsettled-doubt watch named <c>sensor_detached</c>. The witness is now frozen from the last
    /// structure adopted under heat when the one switched to unheated no longer explains the readings.
    /// </summary>
    public class PocketColdPackWitnessTests
    {
        [Fact]
        public void ContrastLife_RaisesNoFault_WithAColdPackOverOnePocketOfTwo_InItsDrawnRoom()
        {
            // The campaign runs every session in a room drawn from its seed (LifeRoom); in the shipped pads' 22 C this session
            // raised no fault before the change either.
            var pads = LifeRoom.PadsIn(PadFile.LoadAllShipped(), LifeRoom.Of(670339));

            FaultCode fault = FaultCampaign.RunContrastLife(pads, 670339, pocketSpread: true);

            Assert.Equal(FaultCode.None, fault);
        }
    }
}
