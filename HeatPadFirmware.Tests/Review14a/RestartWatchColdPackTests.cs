using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review14a
{
    /// <summary>
    /// Review 14a, session 13's long-off gate of the restart rise watch (RoomReadingCheck.RestartWatchOffRiseC) under a real
    /// cold pack (<see cref="WarmingColdPackRestartScenario"/>): a pack from the fridge warms toward the room on its own, so the
    /// attached pad's reading under it rises in the off by itself — the rise the gate takes for sensors resting on a surface
    /// that warms. The gate was built to keep exactly this case out (thick-slow learned on the body, a cold pack through a long
    /// off, lifted at the restart: its whole mass cold, the reading shows the heat after the watch's bound); the restart scan
    /// only runs packs at the room's temperature, whose pad only cools.
    /// </summary>
    public class RestartWatchColdPackTests
    {
        /// <summary>Guard: shorter offs, other pads: no latch on watch13 8cdaf1f nor on main a8847d4.</summary>
        [Theory]
        [InlineData("thick-slow", 5, 300, 12.0, 600.0, 40.0)]
        [InlineData("nominal-12v", 5, 1200, 12.0, 600.0, 40.0)]
        [InlineData("folded-covered", 5, 1200, 12.0, 1800.0, 8.0)]
        [InlineData("strong-60w", 1, 1800, 12.0, 600.0, 8.0)]
        public void Core_KeepsHeating_AfterALongOffUnderAWarmingColdPack(string padName, int level, int offS, double packC, double packTauS, double packWPerK)
        {
            var o = WarmingColdPackRestartScenario.Run(padName, level, offS, packC, packTauS, packWPerK);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.AfterS + " s after the restart");
        }

        /// <summary>
        /// Finding (MEDIUM, a new false alarm in a plausible normal use: a cold pack between two heat sessions, as the contrast
        /// program does, done by hand with the off button): a 12 °C pack, 8 or 40 W/K, warming with a 10 / 30 min time constant,
        /// on thick-slow through an off of 600-1,800 s, lifted at the restart, sensors on the pad. Measured, this scenario: main
        /// a8847d4 no latch in 600 s; watch13 (cb4ad58 and 8cdaf1f alike) sensor_detached 121 s after the restart (L5) / 125 s
        /// (L1), the true surface 19.3-23.2 °C. The reading under the pack had pulled the room estimate down (it is the lowest
        /// reading since power-on), so the reading at the restart sits near that estimate: 3 °C is no bar.
        /// Review 14a's scan (not committed: the 6 shipped pads and random-000..015 of seed 1, learned on the body / in free air,
        /// L1/L5, offs 120/300/600/1,200/1,800 s, packs at 5 / 12 °C, 10 / 30 min, 8 / 40 W/K, the user up or lying back down at
        /// the restart: 7,040 runs): main 40 latches, watch13 52: +12 sensor_detached, all thick-slow learned on the body, 12 °C
        /// pack, offs 600-1,800 s, the user up, 121-125 s. The 40 pre-existing are implausible_reading 1 s after the restart on
        /// usb-10w learned on the body under a 5 °C, 40 W/K pack (both trees).
        /// </summary>
        [Theory(Skip = "Review 14a finding: a fridge-cold pack warming on the pad in a long off lifts the attached reading 0.25 C and opens watch13's long-off restart watch: thick-slow learned on the body latches sensor_detached 121-125 s after the restart at 19.3-23.2 C (main a8847d4: no latch)")]
        [InlineData(5, 600, 12.0, 600.0, 40.0)]
        [InlineData(5, 1200, 12.0, 1800.0, 8.0)]
        [InlineData(1, 1800, 12.0, 600.0, 8.0)]
        [InlineData(5, 1800, 12.0, 1800.0, 8.0)]
        public void Core_KeepsHeating_ThickSlowAfterALongOffUnderAWarmingColdPack(int level, int offS, double packC, double packTauS, double packWPerK)
        {
            var o = WarmingColdPackRestartScenario.Run("thick-slow", level, offS, packC, packTauS, packWPerK);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.AfterS + " s after the restart, surface " + o.PeakSurfaceC.ToString("0.0") + " C");
        }
    }
}
