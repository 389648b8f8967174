using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Review17c;
using Xunit;

namespace HeatPadFirmware.Tests.Review17d
{
    /// <summary>
    /// Review 17d, finding 1 (MEDIUM: a false <c>sensor_detached</c> with the sensors on the pad and the pack already lifted).
    /// bed16b's second variant (the restart watch's rise and the learned model's response both counted from the reading's lowest
    /// smoothed value since the watch opened; latch at the bound under 0.15 of the response) on review 17c's long-off scenario
    /// (<see cref="LongOffRestartScenario"/>): thick-slow learned on the body, a LIGHT cold pack (4-6 W/K) through an 800-1,200 s
    /// off in a 12-14 °C room, lifted 80-110 s after the restart. The variant latches 90-94 s after the restart (surface
    /// 13.2-16.7 °C) where main 799107c keeps heating (peaks 25.5-29.0 °C); the latch time does not move with the lift (80 / 90 /
    /// 100 / 110 s all latch at the same second), so lifting the pack 80 s in does not save the run. Scratch scan (thick-slow,
    /// rooms 12 / 14 / 16 °C, body / air learned, L1 / L3 / L5, offs 600 / 800 / 1,000 / 1,200 s, packs 2 / 4 / 6 W/K, lifted 80 /
    /// 90 / 100 / 110 s after the restart, 864 runs): 38 new latches vs main (main none), all learned on the body, 28 in a 12 °C
    /// room, 10 in 14 °C, none in 16 °C, none with 2 W/K; 16 of them latched at or after the lift, 22 with the pack still on.
    /// Review 17c's class (rooms 14-22 °C, L5, lifted 10-90 s) saw 2; the same corner at L1 / L3 (432-run scan: rooms 14 / 18 /
    /// 22 °C, lifted 10-90 s) 2 new (14 °C, 800 s off, 4 W/K, lifted 90 s, latched 94 s) — the class widens in colder rooms and
    /// at every level. Skipped: open on main since the variant landed at the end of session 16 (main 799107c, before it, passes them).
    /// </summary>
    public class RestartWatchLightPackColdRoomTests
    {
        private const string Finding =
            "Review 17d finding 1 (MEDIUM), measured: thick-slow learned on the body, 4-6 W/K pack through an 800-1,200 s off in a " +
            "12-14 C room, lifted 80-90 s after the restart: main 799107c no fault (peaks 25.5-29.0 C); bed16b variant 2 latches " +
            "sensor_detached 90-94 s after the restart, after the lift (38 new of 864 scan runs, 16 after the lift)";

        [Theory(Skip = Finding)]
        [InlineData(12.0, 1, 800, 4.0, 80)]
        [InlineData(12.0, 3, 1000, 4.0, 90)]
        [InlineData(12.0, 5, 1000, 6.0, 80)]
        [InlineData(14.0, 5, 800, 4.0, 80)]
        [InlineData(14.0, 1, 800, 4.0, 90)]
        public void Core_RaisesNoFault_LightPackLiftedLate_AfterALongOff_InAColdRoom(double roomC, int level, int offS, double packWPerK, int liftS)
        {
            var o = LongOffRestartScenario.Run("thick-slow", roomC, true, level, offS, packWPerK, liftS);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.AfterS + " s after the restart, peak " + o.PeakSurfaceC.ToString("0.0") + " C");
        }
    }
}
