using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review8
{
    /// <summary>
    /// Review 8, finding 5 (MEDIUM, known to the lead, not yet held by a test): campaign seed 4's pocket-group session
    /// 470387 (thick-slow level 2, contrast, the cold pack over pocket 1) latches <c>sensor_detached</c> on main and nothing
    /// on parent b302b42 (checked: the test passes there). The witness frozen at the first re-learning is an earlier model than the one the parent's learner
    /// re-adopted later; its full-power ceiling fell under 0.6 of the highest, so the unsettled-doubt watch counted from
    /// 2,430 s instead of 3,420 s. The witness never leaves that state (findings 1 and 3: frozen for good, with a residual
    /// over the credible limit), so a session long enough always gets there.
    /// </summary>
    public class PocketFalseAlarmAfterRelearnTests
    {
        [Fact(Skip = "review 8 finding 5 (MEDIUM): pocket-group session 470387 (faults seed 4, thick-slow L2 contrast, cold pack over pocket 1) latches sensor_detached on main (the no-model path's full power, capped by the coupling doubt, counts as capped work for the unsettled watch), none on the parent; open")]
        public void Core_RaisesNoFalseAlarm_InThePocketGroupSession470387_WithTheColdPackOverPocket1()
        {
            FaultCode fault = FaultCampaign.RunContrastLife(PadFile.LoadAllShipped(), 470387, pocketSpread: true);

            Assert.Equal(FaultCode.None, fault);
        }
    }
}
