using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Review12;
using Xunit;

namespace HeatPadFirmware.Tests.Review13b
{
    /// <summary>
    /// Review 13b, session 12's restart rise watch (RoomReadingCheck.RestartWatchMaxOffS = 180 s): the watch opens only when
    /// heat comes back after at most 180 s with no heat. Review 12's scenario (<see cref="DetachedOntoWarmingSurfaceScenario"/>:
    /// both sensors leave the pad in an off press and rest on a surface warming on its own) with the off press held a little
    /// longer than 180 s falls back to the pre-session-12 behaviour: never named within 900 s while the true surface climbs
    /// past 48 °C. A cliff at 180 s: the same run with a 170 s off is named in 84-97 s under 44 °C.
    /// </summary>
    public class RestartWatchOffLengthTests
    {
        /// <summary>Guard: an off of 170 s (inside the watch) is named within 120 s, the surface under 48 °C.</summary>
        [Theory]
        [InlineData("strong-60w", "air", 5)]
        [InlineData("strong-60w", "air", 1)]
        [InlineData("nominal-12v", "air", 5)]
        [InlineData("nominal-12v", "air", 1)]
        public void Firmware_NamesSensorsOffAWarmingSurface_AfterA170sOff(string padName, string condition, int level)
        {
            var o = DetachedOntoWarmingSurfaceScenario.Run(padName, condition, level, 0.005, 170);
            Assert.Equal(FaultCode.SensorDetached, o.Fault);
            Assert.True(o.FaultAfterS <= 120.0, "named " + o.FaultAfterS + " s after the restart");
            Assert.True(o.PeakSurfaceC < 48.0, "surface reached " + o.PeakSurfaceC + " °C");
        }

        /// <summary>
        /// Measured (base 2828373 and main 646f2ff identical, watch 900 s from the restart, r = 0.005 °C/s): off 185 s, never
        /// named: strong-60w air L5 58.3 °C, L1 58.2 °C; nominal-12v air L5 53.4 °C, L1 53.0 °C; off 240 s, never named:
        /// strong-60w air L5 57.3 °C, nominal-12v air L5 51.9 °C. With a 170 s off main names them in 84-97 s at 35.8-43.4 °C.
        /// Session 13 (RoomReadingCheck.RestartWatchOffRiseC: the off press in which the reading rose on its own opens the watch
        /// past 180 s): named 84-97 s after the restart at 37.0-43.0 °C.
        /// </summary>
        [Theory]
        [InlineData("strong-60w", "air", 5, 185)]
        [InlineData("strong-60w", "air", 1, 185)]
        [InlineData("nominal-12v", "air", 5, 185)]
        [InlineData("strong-60w", "air", 5, 240)]
        public void Firmware_NamesSensorsOffAWarmingSurface_AfterAnOffJustPast180s(string padName, string condition, int level, int offS)
        {
            var o = DetachedOntoWarmingSurfaceScenario.Run(padName, condition, level, 0.005, offS);
            Assert.Equal(FaultCode.SensorDetached, o.Fault);
            Assert.True(o.FaultAfterS <= 180.0, "named " + o.FaultAfterS + " s after the restart");
            Assert.True(o.PeakSurfaceC < 48.0, "surface reached " + o.PeakSurfaceC + " °C");
        }
    }
}
