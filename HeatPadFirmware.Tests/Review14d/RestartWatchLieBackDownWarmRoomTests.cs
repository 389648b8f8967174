using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Review14a;
using Xunit;

namespace HeatPadFirmware.Tests.Review14d
{
    /// <summary>
    /// Review 14d, cap13 (RoomReadingCheck.RestartWatchOffPressTopC, 32.5 °C) on review 14a's lying back down
    /// (<see cref="LieBackDownRestartScenario"/>: the user gets up at the off press, lies back down 5-120 s before pressing on,
    /// sensors attached throughout). Review's scan (not committed): the 46 pads of the restarts command, body / air, L2 / L5,
    /// rooms 28 / 28.5 / 29 / 29.5 / 30 °C, offs 60 / 90 / 120 / 150 / 180 s, lying down 5 / 15 / 30 / 60 / 120 s before the
    /// restart (shorter than the off): 19,320 runs, 600 s watched. Base c19a7e6: 31 false sensor_detached (all 30 °C: random-016
    /// air, random-026 body, random-029 air, random-031 air; offs 60-180 s; 264-379 s after the restart, surface 35.1-35.4 °C)
    /// and 2 false heating_failed; main 761eece: 0 sensor_detached, the same 2 heating_failed.
    /// </summary>
    public class RestartWatchLieBackDownWarmRoomTests
    {
        /// <summary>Guard: base c19a7e6 latched sensor_detached on each (264 / 379 / 322 / 327 s after the restart); main none in 600 s.</summary>
        [Theory(Skip = "Review 14d: with the 4 C band uncapped (main since cap13 was reverted) a user lying back down in a 30 C room latches sensor_detached 264-379 s after the restart at 35.1-35.4 C (19,320 runs in 28-30 C rooms: 31 latches, all at 30 C); cap13 (band top 32.5 C) passed these but lost 869 detached restarts in 29-30 C rooms (up to 55.05 C)")]
        [InlineData("random-016", "air", 30.0, 2, 180, 5)]
        [InlineData("random-026", "body", 30.0, 2, 150, 5)]
        [InlineData("random-029", "air", 30.0, 5, 90, 30)]
        [InlineData("random-031", "air", 30.0, 5, 60, 5)]
        [InlineData("random-026", "body", 30.0, 5, 180, 15)]
        public void Core_KeepsHeating_UserLyingBackDownInA30CRoom_ShortOff(string padName, string condition, double roomC, int level, int offS, int lieDownBeforeOnS)
        {
            var o = LieBackDownRestartScenario.Run(padName, condition, roomC, level, offS, lieDownBeforeOnS);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.AfterS + " s after the restart, surface " + o.PeakSurfaceC.ToString("0.0") + " C");
        }

        /// <summary>
        /// Finding outside cap13 (base c19a7e6 and main 761eece alike): random-024 learned in the air, L5, a 60 s off, the user
        /// lying back down 5 s before pressing on in a 28.5 / 29 °C room: heating_failed 358 s after the restart with the true
        /// surface at 41.9 °C (a false alarm in normal use). The only latches of the 19,320 runs on main. Traced in session 14
        /// (trips14): the heating watch's deep fall armed at 39.4 °C (5 °C under 44.5 °C, the reading falling from 43.5 °C under
        /// the body) and the pad levelled at 38.8 °C and turned up 0.6 °C, short of the 1 °C owed;
        /// a stand-down on that level / turn-up was measured and reverted (it delayed review 12's loosening after a pack past its
        /// guard; docs/safety.md, session 14).
        /// </summary>
        [Theory(Skip = "Review 14d finding, traced in session 14 (not fixed): random-024 air L5, 60 s off, lying back down 5 s before the restart in a 28.5-29 C room: the heating watch's deep fall armed at 39.4 C, the pad levelled at 38.8 C and turned up 0.6 C, short of 1 C in 240 s: false heating_failed 358 s after the restart, surface 41.9 C. A turn-up / level stand-down fixed it but named review 12's strong-60w loosening after a pack 690 s after the onset (guard <= 520 s); reverted")]
        [InlineData("random-024", "air", 28.5, 5, 60, 5)]
        [InlineData("random-024", "air", 29.0, 5, 60, 5)]
        public void Core_KeepsHeating_UserLyingBackDownJustBeforeTheRestart_Random024(string padName, string condition, double roomC, int level, int offS, int lieDownBeforeOnS)
        {
            var o = LieBackDownRestartScenario.Run(padName, condition, roomC, level, offS, lieDownBeforeOnS);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.AfterS + " s after the restart, surface " + o.PeakSurfaceC.ToString("0.0") + " C");
        }
    }
}
