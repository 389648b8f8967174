using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Review17c;
using Xunit;

namespace HeatPadFirmware.Tests.Review17d
{
    /// <summary>
    /// Review 17d, finding 2 (LOW: the pack-left-on class, review 17c's finding 3, in a 30 °C room and at L3). bed16b's second
    /// variant on <see cref="LongOffRestartScenario"/> in a 30 °C room: a 40 W/K pack kept on 90 s into the heat after a 200-800 s
    /// off latches <c>sensor_detached</c> 84-85 s after the restart, the pack still on (surface 31.1 °C), where main 799107c keeps
    /// heating (peaks 42.1-44.6 °C). Scratch scan (the six shipped pads, 30 °C, body / air learned, L1 / L3 / L5, offs 200 / 400 /
    /// 800 s, packs 4 / 8 / 40 W/K lifted 10 / 30 / 90 s after the restart, 972 runs): 15 new (nominal-12v learned in the air,
    /// free-air body / air; L3 and L5; all 40 W/K lifted at 90 s); lifted 45 / 60 / 75 s (8,100 runs: shipped + random-001..019,
    /// rooms 26 / 28 / 30 °C, packs 8 / 16 / 40 W/K) none new. Review 17c's finding 3 rescanned on the variant (shipped +
    /// random-001..019, rooms 16 / 22 °C, body / air, L1 / L5, 300 s off, packs 8 / 40 W/K lifted 60 / 90 / 120 s, 1,200 runs):
    /// 31 new, 30 with the pack on, 1 after the lift (random-017, 22 °C, body, L5, lifted 90 s: review 17c's open case).
    /// Skipped: open on main since the variant landed at the end of session 16 (main 799107c, before it, passes them).
    /// </summary>
    public class RestartWatchWarmRoomPackKeptTests
    {
        private const string Finding =
            "Review 17d finding 2 (LOW), measured: 30 C room, 40 W/K pack kept 90 s into the heat after a 200-800 s off: main 799107c " +
            "no fault (peaks 42.1-44.6 C); bed16b variant 2 latches sensor_detached 84-85 s after the restart with the pack still on " +
            "(15 new of 972 scan runs)";

        [Theory(Skip = Finding)]
        [InlineData("free-air", true, 3, 200)]
        [InlineData("free-air", false, 5, 800)]
        [InlineData("nominal-12v", false, 3, 400)]
        public void Core_RaisesNoFault_PackKept90sIntoTheHeat_AfterALongOff_InA30CRoom(string padName, bool learnOnBody, int level, int offS)
        {
            var o = LongOffRestartScenario.Run(padName, 30.0, learnOnBody, level, offS, 40.0, 90);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.AfterS + " s after the restart, peak " + o.PeakSurfaceC.ToString("0.0") + " C");
        }
    }
}
