using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review16a
{
    /// <summary>
    /// Review 16a, the rule itself (RoomReadingCheck.RestartCreepC): while the creep hold keeps a reading that crossed the room
    /// band's edge "in the count", TrackRise still sees the raw reading out of the band and clears the in-band rise
    /// (PadRiseC, which had handed the count to the 160 s default bound). Before bed15, out of the band ended the count, so the
    /// cleared rise never mattered; now the count stays, and is judged on the learned / off-body bound it had outgrown.
    /// An attached pad whose reading rose slowly through the band under heat (a heavy cold mass after a pack lifted), with an
    /// off / on press near the band's edge, latches at the first tick over the edge.
    /// </summary>
    public class CreepHoldPadRoseTests
    {
        private const double RoomC = 22.0;
        private const double PowerW = 60.0;

        /// <summary>
        /// Finding (the rule's mechanism fed to the check directly; in the simulator: <see cref="CreepHoldOffOnAgainTests"/>, HIGH): measured,
        /// these readings: base 08a949e no latch in 300 s after the second restart; bed15 (1f07908) sensor_detached 3 s after it,
        /// the reading 23.06 °C (one step over the band's edge), the count 113 full-power s judged on the off-body bound (72 s)
        /// instead of the default (160 s) the in-band rise had given it.
        /// </summary>
        [Fact]
        public void RoomReadingCheck_KeepsTheDefaultBound_ForAReadingThatRoseInTheBand_WhenAnOffOnPressFindsItAtTheEdge()
        {
            var check = new RoomReadingCheck();
            Assert.False(check.Update(RoomC, 1.0, 0.0, false, PowerW, 0.0, true, true));
            // First heat-up from the room: 20 full-power s in the band (learned bound 2 x 20 + 20 = 60 s), then the pad shown.
            for (int s = 1; s <= 120; s++)
            {
                Assert.False(check.Update(s <= 20 ? RoomC + 0.5 : RoomC + 8.0, 1.0, 1.0, true, PowerW, 1.0, true, true));
            }

            // The user's off press, 300 s: a cold pack takes the reading to room + 0.3 °C.
            for (int s = 1; s <= 300; s++)
            {
                Assert.False(check.Update(s <= 20 ? RoomC + 8.0 - (0.385 * s) : RoomC + 0.3, 1.0, 0.0, false, PowerW, 0.0, true, false));
            }

            // On, the pack lifted: the cold mass rises slowly through the band at full power (0.65 °C in 120 s: the in-band rise
            // of 0.25 °C hands the count to the 160 s default).
            for (int s = 1; s <= 120; s++)
            {
                Assert.False(check.Update(Quantise(RoomC + 0.3 + (0.65 * s / 120.0)), 1.0, 1.0, true, PowerW, 1.0, true, true), "first restart, " + s + " s");
            }

            // Off 5 s and on again, the reading 0.95 °C over the room.
            for (int s = 1; s <= 5; s++)
            {
                Assert.False(check.Update(Quantise(RoomC + 0.95), 1.0, 0.0, false, PowerW, 0.0, true, false));
            }

            // Heat back: the reading goes on rising at 0.03 °C/s, over the edge after 2 s (four steps over its lowest in 10 s):
            // an attached pad shown. Base 08a949e: the count ends at the edge, no latch. Bed15: latched 3 s after the restart.
            for (int s = 1; s <= 300; s++)
            {
                double readingC = Quantise(RoomC + 0.95 + (0.03 * s));
                Assert.False(check.Update(readingC, 1.0, 1.0, true, PowerW, 1.0, true, true), "latched " + s + " s after the second restart at " + readingC + " C");
            }
        }

        private static double Quantise(double c)
        {
            return System.Math.Round(c / 0.0625) * 0.0625;
        }
    }
}
