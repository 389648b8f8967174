using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Review14a;
using Xunit;

namespace HeatPadFirmware.Tests.Review17c
{
    /// <summary>
    /// Review 17c, finding 2 (LOW: a new false fault, but only in a room cooling 0.003-0.004 °C/s, 11-14 °C an hour: a window
    /// thrown open on a winter night). Review 14a's warming-room scenario run with the room COOLING from the off press
    /// (<see cref="WarmingRoomRestartScenario"/> with a negative ramp; the user up, the pad in free air or under an 8 W/K pack
    /// lifted at the restart). On thick-slow the reading's rise at the watch's bound, less the room's fall, stays under 0.15 of the
    /// learned model's response (<see cref="RoomReadingCheck.RestartWatchResponseFraction"/>; its first form, counted from the restart, was reverted after this review, and the second, counted from the reading's low, landed: the cases below are guards): session 16's watch latches
    /// <c>sensor_detached</c> 121-161 s after the restart where main 8d44873 kept heating (peaks 34.8-37.5 °C). Scratch scan
    /// (thick-slow / nominal-12v / usb-10w, body / air learned, L1/L3/L5, offs 200-1,000 s, free air or packs 8/16/40 W/K,
    /// ramps -0.0025..-0.004 °C/s, 2,592 runs): 26 new latches, all thick-slow (6 learned on the body with the pack, 6 on the body
    /// in free air, 12 learned in free air), none at -0.0025; at -0.0005..-0.002 °C/s (the six shipped pads, packs 8/40 W/K lifted at the restart, the user up or lying back down, 576 runs) none.
    /// </summary>
    public class RestartWatchCoolingRoomTests
    {
        // With the response watch's first form (counted from the restart; reverted after this review), measured:
        // Review 17c finding 2 (LOW), measured: thick-slow, the room cooling 0.003-0.004 C/s from the off press: main 8d44873 no fault
        // (peaks 34.8-37.5 C); session 16's response watch latches sensor_detached (body L1 off 300 s pack 8, -0.004 C/s: 125 s;
        // air L5 off 900 s free air, -0.003 C/s: 161 s; air L1 off 800 s, -0.004 C/s: 161 s)

        [Theory]
        [InlineData(true, 1, 300, 8.0, -0.004)]
        [InlineData(false, 5, 900, 1.2, -0.003)]
        [InlineData(false, 1, 800, 1.2, -0.004)]
        public void Core_RaisesNoFault_ThickSlow_AfterALongOff_InAFastCoolingRoom(bool learnOnBody, int level, int offS, double packWPerK, double rampCPerS)
        {
            var o = WarmingRoomRestartScenario.Run("thick-slow", learnOnBody, level, offS, packWPerK, rampCPerS);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.AfterS + " s after the restart, peak " + o.PeakSurfaceC.ToString("0.0") + " C");
        }

        /// <summary>The same runs at half the cooling, 0.002 °C/s (7 °C an hour): no fault on main or on the change (guard).</summary>
        [Theory]
        [InlineData(true, 1, 300, 8.0, -0.002)]
        [InlineData(false, 5, 900, 1.2, -0.002)]
        [InlineData(false, 1, 800, 1.2, -0.002)]
        public void Core_RaisesNoFault_ThickSlow_AfterALongOff_InASlowlyCoolingRoom(bool learnOnBody, int level, int offS, double packWPerK, double rampCPerS)
        {
            var o = WarmingRoomRestartScenario.Run("thick-slow", learnOnBody, level, offS, packWPerK, rampCPerS);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.AfterS + " s after the restart, peak " + o.PeakSurfaceC.ToString("0.0") + " C");
        }
    }
}
