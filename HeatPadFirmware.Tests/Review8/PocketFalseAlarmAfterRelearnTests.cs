using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review8
{
    /// <summary>
    /// Review 8, finding 5 (MEDIUM): campaign seed 4's pocket-group session 470387 (thick-slow level 2, contrast, the cold pack
    /// over pocket 1) latched <c>sensor_detached</c> on main after the re-learning landed, and seed 5's 570336 (thick-slow level
    /// 4, the user up from 780 s, the pack over pocket 1, room 20.3 °C) did too. Traced in session 8: the learner switched its
    /// structure to a fit of the cold pack in the first cool phase (lag 6 s for 35 s, full-power rise 84 and 113 °C for 29),
    /// the first re-learning froze it as the witness, its probes answered −0.14 / −0.06 and put the coupling in doubt, and
    /// the unsettled-doubt watch counted the work held by the doubt cap (0.74 / 0.54) while the cycles of heat and pack kept
    /// the reading from gaining 3 °C. The controller was on its adopted model (not provisional) from 642 s on in 470387. Fixed
    /// by the learner taking the announced cold pack as a known input (session 8): the pack is fitted as the pack, no structure
    /// switches to it. (A gate in the coupling check did it first and was reverted: it also silenced a loosening strip.)
    /// </summary>
    public class PocketFalseAlarmAfterRelearnTests
    {
        [Fact]
        public void Core_RaisesNoFalseAlarm_InThePocketGroupSession470387_WithTheColdPackOverPocket1()
        {
            FaultCode fault = FaultCampaign.RunContrastLife(PadFile.LoadAllShipped(), 470387, pocketSpread: true);

            Assert.Equal(FaultCode.None, fault);
        }

        [Fact]
        public void Core_RaisesNoFalseAlarm_InThePocketGroupSession570336_InItsDrawnRoom()
        {
            var pads = LifeRoom.PadsIn(PadFile.LoadAllShipped(), LifeRoom.Of(570336));

            FaultCode fault = FaultCampaign.RunContrastLife(pads, 570336, pocketSpread: true);

            Assert.Equal(FaultCode.None, fault);
        }
    }
}
