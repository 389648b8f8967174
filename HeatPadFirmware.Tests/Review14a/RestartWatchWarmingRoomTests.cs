using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review14a
{
    /// <summary>
    /// Review 14a, session 13's long-off gate of the restart rise watch (RoomReadingCheck.RestartWatchOffRiseC): after the user's
    /// off press of more than 180 s the watch opens when the reading rose 0.25 °C on its own in the off — meant to tell a sensor
    /// resting on a surface that warms by itself from an attached pad, which "only cools with the heat off". A room that warms
    /// through the off (the heating coming on in the morning, 0.001-0.003 °C/s = 3.6-10.8 °C an hour) warms an attached pad and
    /// its reading too: the gate opens on exactly the case it was built to keep out — thick-slow learned on the body, a cold pack
    /// through a long off, lifted at the restart, its whole mass cold (session 13: 34 of 5,520 such runs latched at 121-125 s
    /// without the gate). <see cref="WarmingRoomRestartScenario"/>.
    /// </summary>
    public class RestartWatchWarmingRoomTests
    {
        /// <summary>
        /// Guard, the same runs in a room that holds still (0 °C/s), or one that warmed the reading past 3 °C over the room by the
        /// restart (1,200 s at 0.003 °C/s: watch13 cb4ad58 latched these at 121 s, its 8cdaf1f keeps 3 °C after a long off): no
        /// latch on watch13 8cdaf1f nor on main.
        /// </summary>
        [Theory]
        [InlineData(5, 600, 40.0, 0.0)]
        [InlineData(5, 1200, 8.0, 0.0)]
        [InlineData(1, 1800, 8.0, 0.0)]
        [InlineData(5, 1200, 40.0, 0.003)]
        [InlineData(5, 1200, 8.0, 0.003)]
        public void Core_KeepsHeating_ThickSlowAfterALongOffUnderAColdPack_InAStillRoomOrPast3C(int level, int offS, double packWPerK, double roomRampCPerS)
        {
            var o = WarmingRoomRestartScenario.Run("thick-slow", true, level, offS, packWPerK, roomRampCPerS);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.AfterS + " s after the restart");
        }

        /// <summary>
        /// Finding (MEDIUM, a new false alarm in a plausible normal use): the room warms 0.001-0.003 °C/s through an off of
        /// 600-1,800 s with a cold pack on the pad, the pack lifted as the user presses on, the sensors on the pad. The pad's
        /// reading follows the room up (the pack pins the surface to it), rises 0.25 °C over its lowest of the off, and the watch
        /// opens on the long off; the whole cold mass then shows the heat after the watch's bound. Measured, this scenario:
        /// main a8847d4 no latch in 600 s on every row; watch13 (cb4ad58 and 8cdaf1f alike) sensor_detached 121 s after the restart
        /// (L5) / 125 s (L1), the true surface at 25.0-26.2 °C. The same runs with the room held (the guard above) do not latch on either.
        /// Review 14a's scan with the simulator's room itself moved (not committed: 22 pads — the 6 shipped and random-000..015 of
        /// seed 1 — body/air learned, L1/L5, offs 300/600/1,200/1,800 s, room 0.001/0.003/0.01 °C/s, no pack / 8 / 40 W/K lifted at
        /// the restart, the user up or lying back down: 6,336 runs): main 7 latches (all pre-existing: 6 over_temperature with the
        /// room 18 °C up at 0.01 °C/s, random-003 L5 off 300 s 8 W/K sensor_detached 86 s); watch13 cb4ad58 21 (+14); watch13
        /// 8cdaf1f (3 °C band after a long off) 17: +10 sensor_detached, all thick-slow learned on the body, the user up, pack
        /// 8/40 W/K lifted at the restart, offs 300-1,800 s, 0.001-0.01 °C/s, the reading 1.1-2.9 °C over the room at the restart,
        /// 121-125 s, surface under 28 °C. With the user lying back down at the restart, or without a pack: none on either.
        /// </summary>
        [Theory(Skip = "Review 14a finding: watch13's RestartWatchOffRiseC opens the restart watch when a warming room lifts an attached pad's reading in a long off: thick-slow learned on the body, cold pack lifted at the restart, sensor_detached 121-125 s at 25.0-26.2 C (main a8847d4: no latch)")]
        [InlineData(5, 600, 40.0, 0.003)]
        [InlineData(5, 1800, 8.0, 0.001)]
        [InlineData(1, 1800, 8.0, 0.001)]
        [InlineData(5, 1200, 40.0, 0.001)]
        public void Core_KeepsHeating_ThickSlowAfterALongOffUnderAColdPack_InAWarmingRoom(int level, int offS, double packWPerK, double roomRampCPerS)
        {
            var o = WarmingRoomRestartScenario.Run("thick-slow", true, level, offS, packWPerK, roomRampCPerS);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.AfterS + " s after the restart, surface " + o.PeakSurfaceC.ToString("0.0") + " C");
        }
    }
}
