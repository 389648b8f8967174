using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Faults
{
    /// <summary>Replays one session of the `faults` campaign's normal-life group (its room and pads as the campaign draws them).</summary>
    internal static class NormalLifeReplay
    {
        /// <summary>
        /// Asserts that the session raises no fault and that its true surface never stands more than
        /// <see cref="OverSetpointWatch.NoticeC"/> (0.3 °C, issue 3's overshoot figure) over the setpoint in a heat phase.
        /// </summary>
        public static void AssertNoFaultAndWithinNoticeOverTheSetpoint(int session)
        {
            var pads = LifeRoom.PadsIn(PadFile.LoadAllShipped(), LifeRoom.Of(session));
            var watch = new OverSetpointWatch();
            FaultCode fault = FaultCampaign.RunNormalLife(pads, session, onTick: watch.Observe);
            watch.EndSession(session);

            Assert.Equal(FaultCode.None, fault);
            Assert.True(watch.WorstC <= OverSetpointWatch.NoticeC, "session " + session + ": surface " + watch.WorstC.ToString("F3") + " C over the setpoint");
        }
    }
}
