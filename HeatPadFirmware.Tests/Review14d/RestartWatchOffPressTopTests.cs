using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review12;
using HeatPadFirmware.Tests.Review14a;
using Xunit;

namespace HeatPadFirmware.Tests.Review14d
{
    /// <summary>
    /// Review 14d, cap13 (RoomReadingCheck.RestartWatchOffPressTopC: after the user's off press of at most 180 s the 4 °C band
    /// opens the restart rise watch only up to 32.5 °C, never under room + 3 °C). Base c19a7e6 (watch13, uncapped 4 °C band) vs
    /// main 761eece (cap13). Review's scan (not committed), both sensors off the pad in the off press
    /// (<see cref="DetachedOntoWarmingSurfaceScenario"/>: level 2 / 5, 600 s heat, watched 600 s): 5 shipped pads + random-000,
    /// body / air, rooms 27 / 28 / 29 / 29.5 / 30 °C, offs 45 / 90 / 135 / 180 s, the surface 0.1 °C over the room warming
    /// 0.005 / 0.01 °C/s, or landing 2 / 2.5 / 3 / 3.5 °C over it flat or warming 0.005 (2.5 and 3.5: also 0.01) °C/s: 6,720 runs.
    /// Named within 180 s under 48 °C: base 2,234, main 1,848; 386 lost (29 °C 74, 29.5 °C 156, 30 °C 156; offs 45-135 s), none
    /// gained; rooms 27 / 28 °C byte-identical (room + 4 °C under 32.5 °C). Of the 386, main never names 314 in 600 s (the
    /// rest: frozen_reading 355-401 s after the restart); 155 of them peak at 48 °C or more, worst 55.05 °C.
    /// The same grid on 10 more random pads (random-002, -006, ..., -038; rooms 29-30 °C only, 5,760 runs): base 1,550, main
    /// 1,067; 483 lost (29 °C 96, 29.5 °C 202, 30 °C 185), none gained; main never names 404 in 600 s, 17 peak at 48 °C or
    /// more, worst random-002 air L5 30 °C off 45 s, 2.5 °C + 0.01 °C/s: base 147 s at 45.4 °C, main never, 51.2 °C.
    /// cap13 was reverted after this review: the rows below guard main (uncapped band) in 27–30 °C rooms.
    /// </summary>
    public class RestartWatchOffPressTopTests
    {
        private static DetachedOntoWarmingSurfaceScenario.Outcome Detached(string padName, string condition, int level, double roomC, int offS, double offsetC, double rampCPerS)
        {
            var pad = BenchPadFamily.InCondition(PadFile.LoadShipped(padName), condition).With(ambientC: roomC, initialC: roomC);
            return DetachedOntoWarmingSurfaceScenario.Run(pad, level, rampCPerS, offS, 600, offsetC);
        }

        /// <summary>
        /// Finding (the cost cap13 names, measured): sensors that left the pad onto a surface landing 2.5-3.5 °C over a 29-30 °C
        /// room are over 32.5 °C at the restart, so the watch no longer opens. Base c19a7e6 / main 761eece:
        /// thick-slow air L5 30 °C off 45 s, 2.5 °C + 0.01 °C/s: named 161 s at 46.3 °C / never in 600 s, 55.05 °C;
        /// folded-covered body L5 30 °C off 90 s, 2.5 °C + 0.01 °C/s: 161 s at 43.8 °C / never, 51.2 °C;
        /// folded-covered body L2 29.5 °C off 90 s, 3 °C + 0.005 °C/s: 161 s at 41.9 °C / never, 44.9 °C;
        /// nominal-12v air L5 30 °C off 45 s, 2.5 °C flat: 84 s at 47.25 °C / frozen_reading 401 s, 53.2 °C.
        /// (strong-60w air L5 30 °C off 45 s, 2.5 °C flat, already over 48 °C on base: 97 s at 53.4 °C / frozen_reading 401 s, 58.8 °C.)
        /// The 27 / 28 °C rows: rooms where the cap did not bite (room + 4 °C is at most 32 °C); base and cap13 named them alike,
        /// thick-slow air 161 s at 46.5 °C, nominal-12v air 133 s at 44.7 °C.
        /// </summary>
        // Guard since cap13 was reverted (session 13); skipped while it was on main: Review 14d finding: cap13 761eece no longer names sensors landed 2.5-3.5 C over a 29-30 C room (base c19a7e6 named in 84-161 s under 48 C; main never in 600 s, up to 55.05 C)
        [Theory]
        [InlineData("thick-slow", "air", 5, 30.0, 45, 2.5, 0.01)]
        [InlineData("folded-covered", "body", 5, 30.0, 90, 2.5, 0.01)]
        [InlineData("folded-covered", "body", 2, 29.5, 90, 3.0, 0.005)]
        [InlineData("nominal-12v", "air", 5, 30.0, 45, 2.5, 0.0)]
        [InlineData("thick-slow", "air", 5, 27.0, 45, 2.5, 0.01)]
        [InlineData("thick-slow", "air", 5, 28.0, 45, 2.5, 0.01)]
        [InlineData("nominal-12v", "air", 5, 28.0, 90, 3.0, 0.005)]
        public void Firmware_NamesSensorsLandedOverTheRoom_InA27To30CRoom(string padName, string condition, int level, double roomC, int offS, double offsetC, double rampCPerS)
        {
            var o = Detached(padName, condition, level, roomC, offS, offsetC, rampCPerS);
            Assert.Equal(FaultCode.SensorDetached, o.Fault);
            Assert.True(o.FaultAfterS <= 180.0, "named " + o.FaultAfterS + " s after the restart");
            Assert.True(o.PeakSurfaceC < 48.0, "surface reached " + o.PeakSurfaceC + " °C");
        }
    }
}
