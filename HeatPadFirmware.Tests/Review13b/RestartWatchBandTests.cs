using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review12;
using Xunit;

namespace HeatPadFirmware.Tests.Review13b
{
    /// <summary>
    /// Review 13b, the restart rise watch's gates on the room (RoomReadingCheck.RestartWatchBandC = 3 °C over the room estimate,
    /// RoomReadingCheck.MaxRoomC = 30 °C): <see cref="DetachedOntoWarmingSurfaceScenario"/> with the surface offset over the room, level 5, 600 s heat, a 60 s off, both sensors
    /// off the pad onto a surface warming on its own from room + offset. Measured base 2828373 vs main 646f2ff, 900 s watched.
    /// </summary>
    public class RestartWatchBandTests
    {
        private static DetachedOntoWarmingSurfaceScenario.Outcome Run(string padName, string condition, double roomC, double offsetC, double rampCPerS)
        {
            var pad = BenchPadFamily.InCondition(PadFile.LoadShipped(padName), condition).With(ambientC: roomC, initialC: roomC);
            return DetachedOntoWarmingSurfaceScenario.Run(pad, 5, rampCPerS, 60, 900, offsetC);
        }

        /// <summary>Guard: a 29 °C room, the surface 0.1 °C over it: main names it in 84 s at 46.2 °C (base never: 56.3 °C).</summary>
        [Fact]
        public void Firmware_NamesSensorsOffAWarmingSurface_InA29CRoom()
        {
            var o = Run("nominal-12v", "air", 29.0, 0.1, 0.01);
            Assert.Equal(FaultCode.SensorDetached, o.Fault);
            Assert.True(o.FaultAfterS <= 120.0, "named " + o.FaultAfterS + " s after the restart");
            Assert.True(o.PeakSurfaceC < 48.0, "surface reached " + o.PeakSurfaceC + " °C");
        }

        /// <summary>
        /// A room over MaxRoomC (30.5 °C) closes the watch: never named in 900 s, base and main identical: strong-60w air
        /// r = 0.005 67.9 °C, r = 0.01 63.3 °C; nominal-12v air r = 0.005 63.7 °C, r = 0.01 57.5 °C; strong-60w body r = 0.005
        /// 50.3 °C. In a 29 °C room main names the same runs in 72-97 s.
        /// Session 13, measured and not landed: the watch trusting room estimates up to 31 °C names them 84-97 s after the restart,
        /// but strong-60w in the air then peaks at 53.2 °C (from a 30.5 °C start, 97 s of 60 W); nominal-12v 46.8 °C, strong-60w on
        /// the body 47.2 °C. And a pad switched on warm at 31 °C in a 16 / 26 °C room (the same estimate) latched 34 new false
        /// sensor_detached with the pack lifted in the restart scan's run (folded-covered, thick-slow, random pads learned on the
        /// body, 107-382 s): the reading then sits far over the true room and its losses eat the heat the watch asks it to show;
        /// at 33 °C, 66 more.
        /// </summary>
        [Theory(Skip = "Review 13b: main and base never name it (strong-60w air, room 30.5 C: 67.9 C unnamed in 900 s); the watch needs the room estimate <= MaxRoomC 30 C")]
        [InlineData("strong-60w", 0.005)]
        [InlineData("strong-60w", 0.01)]
        [InlineData("nominal-12v", 0.005)]
        public void Firmware_NamesSensorsOffAWarmingSurface_InA30_5CRoom(string padName, double rampCPerS)
        {
            var o = Run(padName, "air", 30.5, 0.1, rampCPerS);
            Assert.Equal(FaultCode.SensorDetached, o.Fault);
            Assert.True(o.PeakSurfaceC < 48.0, "surface reached " + o.PeakSurfaceC + " °C");
        }

        /// <summary>
        /// Sensors landing on a surface 2.5 °C over the room (inside the 3 °C band) are still over the band when the heat comes
        /// back 60 s later: their lag from the hot pad (15 s / 20 s: 0.3-0.9 °C left) and the surface's own rise put the reading
        /// past room + 3 °C, so the watch never opens. Base and main identical, 22 °C room: thick-slow air r = 0.01 named at
        /// 777 s, 50.4 °C; thick-slow body r = 0.01 never, 49.6 °C; strong-60w air r = 0.01 never, 46.8 °C; 29 °C room,
        /// nominal-12v air r = 0.005 never, 49.8 °C. With the surface 0.1 °C over the room main names these in 84-161 s.
        /// Session 13 (RoomReadingCheck.RestartWatchOffPressBandC: 4 °C after the user's off press): named 161 / 123 / 132 s after
        /// the restart at 42.0 / 43.8 / 46.5 °C.
        /// </summary>
        [Theory]
        [InlineData("thick-slow", "air", 22.0, 0.01)]
        [InlineData("thick-slow", "body", 22.0, 0.01)]
        [InlineData("nominal-12v", "air", 29.0, 0.005)]
        public void Firmware_NamesSensorsOffASurface2_5COverTheRoom_Under48C(string padName, string condition, double roomC, double rampCPerS)
        {
            var o = Run(padName, condition, roomC, 2.5, rampCPerS);
            Assert.Equal(FaultCode.SensorDetached, o.Fault);
            Assert.True(o.FaultAfterS <= 180.0, "named " + o.FaultAfterS + " s after the restart");
            Assert.True(o.PeakSurfaceC < 48.0, "surface reached " + o.PeakSurfaceC + " °C");
        }
    }
}
