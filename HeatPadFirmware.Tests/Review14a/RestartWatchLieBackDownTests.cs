using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review14a
{
    /// <summary>
    /// Review 14a, session 13's 4 °C band of the restart rise watch after the user's off press (RoomReadingCheck.RestartWatchOffPressBandC,
    /// offs of at most 180 s since watch13 8cdaf1f): in a warm room a user lying back down on the pad just before pressing on
    /// brings the attached reading toward the skin's 34 °C, within 4 °C of a 30 °C room — the case 8cdaf1f took out of the
    /// long-off watch (random-016/-028/-029/-032, 600 s off), still there for an off of 180 s. <see cref="LieBackDownRestartScenario"/>.
    /// </summary>
    public class RestartWatchLieBackDownTests
    {
        /// <summary>Guard: the same pads in a 26 °C room, or after a 90 s off: no latch on watch13 8cdaf1f nor on main a8847d4.</summary>
        [Theory]
        [InlineData("random-026", "body", 26.0, 5, 180, 15)]
        [InlineData("random-029", "air", 26.0, 5, 180, 60)]
        [InlineData("random-031", "air", 30.0, 5, 90, 60)]
        public void Core_KeepsHeating_UserLyingBackDownBeforeTheRestart(string padName, string condition, double roomC, int level, int offS, int lieDownBeforeOnS)
        {
            var o = LieBackDownRestartScenario.Run(padName, condition, roomC, level, offS, lieDownBeforeOnS);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.AfterS + " s after the restart");
        }

        /// <summary>
        /// Finding (MEDIUM, a new false alarm in a plausible normal use: a warm summer bedroom, the user back on the pad after a
        /// 3-minute break): 30 °C room, off 180 s, lying back down 15 / 60 s before pressing on. Measured, this scenario: main
        /// a8847d4 no latch in 600 s; watch13 8cdaf1f sensor_detached 322 / 327 / 379 s after the restart, the true surface
        /// 35.1-35.4 °C (the reading 3.75-3.81 °C over the room at the restart: inside 4 °C, outside main's 3 °C).
        /// Review 14a's scan (not committed: the 46 pads of the restarts command, body/air learned, rooms 26 / 28 / 30 °C, L2/L5,
        /// offs 90 / 180 / 600 s, lying back down 15 / 60 s before the restart, no pack / a 40 W/K pack lifted as the user lies
        /// down: 6,624 runs): main 0 latches, watch13 8cdaf1f 6 (random-026 body, random-029 air, random-031 air; all 30 °C, off
        /// 180 s, no pack; levels 2 and 5 alike). Watch13's 8cdaf1f keeps 3 °C for the offs over 180 s for this very reason.
        /// </summary>
        [Theory(Skip = "Review 14a finding: in a 30 C room a user lying back down before pressing on after a 180 s off keeps the reading within watch13's 4 C band: sensor_detached 322-379 s after the restart at 35.1-35.4 C (main a8847d4: no latch)")]
        [InlineData("random-026", "body", 30.0, 5, 180, 15)]
        [InlineData("random-029", "air", 30.0, 5, 180, 60)]
        [InlineData("random-031", "air", 30.0, 2, 180, 60)]
        public void Core_KeepsHeating_UserLyingBackDownBeforeTheRestart_InA30CRoom(string padName, string condition, double roomC, int level, int offS, int lieDownBeforeOnS)
        {
            var o = LieBackDownRestartScenario.Run(padName, condition, roomC, level, offS, lieDownBeforeOnS);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.AfterS + " s after the restart, surface " + o.PeakSurfaceC.ToString("0.0") + " C");
        }
    }
}
