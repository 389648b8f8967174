using System.Collections.Generic;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review14a
{
    /// <summary>
    /// Review 14a, session 13's 4 °C band of the restart rise watch after the user's off press of at most 180 s
    /// (RoomReadingCheck.RestartWatchOffPressBandC): a pad the user gets up from and sets down on a surface at the room (a tile
    /// floor, a stone or metal table: 3-6 W/K from the surface to it) cools toward the room through the off, and reads 3-4 °C over
    /// it when the user presses on again: the 4 °C band opens the watch where 3 °C did not, and the surface's pull keeps the
    /// reading from showing the heat in time. It is the restart scan's pack left on (<see cref="RestartScan.RunAttached"/>),
    /// with a lighter sink than its 8 / 40 / 160 W/K packs (watch13's own count there: +10 with 8 W/K).
    /// </summary>
    public class RestartWatchSetDownTests
    {
        private static PadParameters Pad(string name)
        {
            foreach (var (n, p) in BenchPadFamily.Build(40, 1))
            {
                if (n == name)
                {
                    return p;
                }
            }

            throw new KeyNotFoundException(name);
        }

        /// <summary>Guard: the surface left at the restart (the user picks the pad up again): no latch on watch13 8cdaf1f nor on main a8847d4.</summary>
        [Theory]
        [InlineData("random-001", true, 5, 150)]
        [InlineData("random-017", false, 5, 150)]
        [InlineData("random-008", false, 2, 150)]
        public void Core_KeepsHeating_PadLiftedOffASurfaceAtTheRestart(string padName, bool learnOnBody, int level, int offS)
        {
            var o = RestartScan.RunAttached(Pad(padName), learnOnBody, level, offS, 6.0, 0, 1);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.AfterS + " s after the restart");
        }

        /// <summary>
        /// Finding (LOW: the sink-left-on class main already latches on most such pads, widened): a 6 W/K surface at the room
        /// left under the pad through a 150 s off and the heat after it. Measured, this run: main a8847d4 no latch on any row in
        /// 600 s; watch13 8cdaf1f sensor_detached 100 / 129 / 147 / 161 s after the restart, the
        /// true surface 26.0-26.3 °C. Review 14a's scan (not committed: the 6 shipped pads and random-000..019 of seed 1,
        /// body/air learned, L2/L5, offs 60 / 150 s, a surface at the room or 1 / 2.5 °C over it, 3 / 6 W/K, left on: 1,248 runs):
        /// main 188 latches, watch13 244 (+56 new, 8 sooner; the reading 2.9-4.1 °C over the room at the restart), all at
        /// surfaces under 28 °C.
        /// </summary>
        [Theory(Skip = "Review 14a finding: watch13's 4 C band after an off press opens the restart watch on a pad set down on a surface at the room (6 W/K, left on): sensor_detached 100-161 s after the restart at 26.0-26.3 C (main a8847d4: no latch)")]
        [InlineData("random-001", true, 5, 150)]
        [InlineData("random-017", false, 5, 150)]
        [InlineData("random-008", false, 2, 150)]
        [InlineData("random-006", false, 5, 150)]
        public void Core_KeepsHeating_PadLeftOnASurfaceAtTheRoom(string padName, bool learnOnBody, int level, int offS)
        {
            var o = RestartScan.RunAttached(Pad(padName), learnOnBody, level, offS, 6.0, RestartScan.NeverLifted, 1);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.AfterS + " s after the restart, surface " + o.PeakSurfaceC.ToString("0.0") + " C");
        }
    }
}
