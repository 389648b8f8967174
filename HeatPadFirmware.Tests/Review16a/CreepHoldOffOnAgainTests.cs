using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using Xunit;

namespace HeatPadFirmware.Tests.Review16a
{
    /// <summary>
    /// Review 16a, bed15's RoomReadingCheck.RestartCreepC with the sensors on the pad: a cold pack through an off press, lifted as
    /// the user presses on; the cold mass's reading rises slowly through the room band under heat (the in-band rise hands the
    /// count to the 160 s default bound), and the user presses off and on again with the reading just under the band's edge.
    /// The hold keeps the count when the reading steps over the edge, and TrackRise, seeing it out of the band, clears the
    /// in-band rise: the count (80-120 s of heat) is judged on the learned or off-body bound and latches within seconds.
    /// Before bed15, over the edge was the pad shown and ended the count. <see cref="PackLiftedOffOnAgainScenario"/>.
    /// </summary>
    public class CreepHoldOffOnAgainTests
    {
        /// <summary>
        /// Finding (HIGH: a new false sensor_detached in normal use, the pad fine and the pack lifted). Measured, these rows:
        /// base 08a949e no latch in 600 s after the second restart (surface peak 27.3-37.9 °C over the watch); bed15 1f07908 sensor_detached
        /// 5 / 17 / 18 / 9 s after it, surface 23.4-23.6 °C, the lagged reading 0.80-0.97 °C over the room at that restart. Review 16a's scan (22 pads: the 6 shipped and random-000..015 of seed 1;
        /// body / air learned, L1 / L5, first off 300 / 600 / 1,200 s with a 8 / 40 W/K pack, heat 40 / 80 / 120 s, second off 5 /
        /// 30 s): pack lifted at the first restart, 3,168 runs: base 23 latches, bed15 48 (+25, none removed: thick-slow,
        /// random-000 / -003 / -009, 3-32 s after the second restart, surface 23.2-23.6 °C); pack kept on into the first heat and
        /// lifted at the second restart, 3,168 runs: 248 -> 429 (+181, none removed; folded-covered, thick-slow, random-000..004,
        /// -009, -010, -013, -015).
        /// The fix, landed after this review (a guard since): TrackRise fed "in the band" while the hold stands
        /// (<c>TrackRise(temperatureC, dtS, atRoom || _creepHold)</c>, the hold of the tick before), so the in-band rise survives the
        /// hold: this scan byte-identical to base (23 / 248), and so is the no-pack scan below (27); these rows, the one-restart guard, RestartCreepOverBandTests, Review15b's
        /// tests (its 185 s row still named) and CreepHoldNoisyDetachedTests pass; review 16a's detached scan (CreepHoldNoisyDetachedTests'
        /// 4,320 runs) keeps bed15's gains: 5 named only now, none lost, over 48 °C 124 -> 123, never named 549 -> 544.
        /// </summary>
        [Theory]
        [InlineData("thick-slow", true, 1, 1200, 8.0, 80, 30)]
        [InlineData("random-000", true, 5, 600, 8.0, 80, 30)]
        [InlineData("random-003", true, 1, 300, 40.0, 120, 5)]
        [InlineData("random-009", true, 1, 300, 8.0, 80, 5)]
        public void Core_KeepsHeating_AfterAnOffOnPress_WhenTheReadingRoseSlowlyInTheBandAfterAColdPackWasLifted(string pad, bool learnOnBody, int level, int off1S, double packWPerK, int heatS, int off2S)
        {
            var o = PackLiftedOffOnAgainScenario.Run(pad, learnOnBody, level, off1S, packWPerK, true, heatS, off2S);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.AfterS + " s after the second restart, surface " + o.PeakSurfaceC.ToString("0.0") + " C");
        }

        /// <summary>
        /// Finding (HIGH), the same with no cold pack at all: the user up through a long off (1,200-1,800 s), the pad in free air, on,
        /// 60-120 s of heat, off 5 / 30 s and on again. Measured, these rows: base 08a949e no latch in 600 s after the second restart
        /// (surface peak 27.2-29.7 °C); bed15 1f07908 sensor_detached 15 / 11 / 25 s after it, surface 23.2-23.7 °C. Review 16a's
        /// scan (22 pads as above, body / air learned, L1 / L5, offs 600 / 1,200 / 1,800 s, heat 60 / 90 / 120 / 150 s, second off
        /// 5 / 30 s, 2,112 runs): base 27 latches, bed15 37: +10 sensor_detached (random-000 / -003 / -009 learned on the body,
        /// 4-32 s after the second restart), and 3 of base's heating_failed at 569-576 s named sensor_detached at 9-15 s instead.
        /// </summary>
        [Theory]
        [InlineData("random-000", true, 5, 1200, 60, 5)]
        [InlineData("random-009", true, 1, 1800, 90, 5)]
        [InlineData("random-003", true, 1, 1200, 60, 30)]
        public void Core_KeepsHeating_AfterAnOffOnPress_WhenTheReadingRoseSlowlyInTheBandAfterALongOff(string pad, bool learnOnBody, int level, int off1S, int heatS, int off2S)
        {
            var o = PackLiftedOffOnAgainScenario.Run(pad, learnOnBody, level, off1S, 0.0, true, heatS, off2S);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.AfterS + " s after the second restart, surface " + o.PeakSurfaceC.ToString("0.0") + " C");
        }

        /// <summary>
        /// Guard: the same pads, levels, offs and packs with one restart only (the restart scan's run, <see cref="RestartScan.RunAttached"/>:
        /// the pack lifted at it, watched 600 s): no latch on base 08a949e nor on bed15 — the second off/on press near the band's
        /// edge is what meets the hold.
        /// </summary>
        [Theory]
        [InlineData("thick-slow", true, 1, 1200, 8.0)]
        [InlineData("random-000", true, 5, 600, 8.0)]
        [InlineData("random-003", true, 1, 300, 40.0)]
        [InlineData("random-009", true, 1, 300, 8.0)]
        public void Core_KeepsHeating_AfterOneRestart_WithTheColdPackLifted(string pad, bool learnOnBody, int level, int offS, double packWPerK)
        {
            RestartScan.Outcome o = RestartScan.RunAttached(PackLiftedOffOnAgainScenario.Find(pad), learnOnBody, level, offS, packWPerK, 0, 1);
            Assert.True(o.Fault == FaultCode.None, "one restart: " + o.Fault + " at " + o.AfterS + " s");
        }
    }
}
