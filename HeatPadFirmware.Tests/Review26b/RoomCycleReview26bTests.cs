using System;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review26b
{
    /// <summary>
    /// Review 26b: room25's watch judges 600-s block means against A's mean over the baseline's 60-s reference window: a room
    /// cycling about a steady level is judged against the phase the baseline caught. docs/safety.md "Review 26b".
    /// </summary>
    public class RoomCycleReview26bTests
    {
        /// <summary>The watch fed a 120-s baseline and the run's 4,500 s (1-s ticks) of A reading the room exactly, 22 + amp·cos(2π(t − phase)/period).</summary>
        private static FixtureRoomWatch Feed(double ampK, int periodS, double phaseS)
        {
            var watch = new FixtureRoomWatch();
            for (long t = 1; t <= 4620; t++)
            {
                bool baseline = t <= 120;
                var air = SensorReading.Valid(22.0 + (ampK * Math.Cos(2.0 * Math.PI * (t - phaseS) / periodS)));
                watch.Observe(t * 1000L, baseline ? ElementFixtureStage.Baseline : ElementFixtureStage.Heat, baseline ? t * 1000L : (t - 120) * 1000L, ElementFixtureRun.ReferenceS, ElementFixtureRun.BaselineS, air);
            }

            return watch;
        }

        [Fact(Skip = "Review 26b LOW (disclosed in part by room25): a bedroom-like thermostat cycle +/-0.5 K every 15 min is refused when the 60-s baseline window falls near a peak (A moved 0.636 K at the peak phase: the baseline 0.49 K over the level, the blocks 0.21 K): idealised A, 52 of 60 phases refused at 900 s, 60 of 60 at 1,200-3,600 s; even +/-0.2 K over 30 / 60 min refuses 24 / 36 of 60 phases; room25's own records in such rooms are within 0.975..1.021 of the needed G_cs")]
        public void A_room_cycling_half_a_kelvin_every_fifteen_minutes_about_a_steady_level_is_not_refused_whatever_the_phase()
        {
            FixtureRoomWatch w = Feed(0.5, 900, 90.0);
            Assert.False(w.Moved, FormattableString.Invariant($"A moved {w.RoomMoveK:F3} K"));
        }

        [Fact]
        public void A_room_cycling_half_a_kelvin_every_fifteen_minutes_with_the_baseline_at_its_level_is_not_refused()
        {
            // Guard: the blocks average the cycle (0.21 K), so only the baseline's phase refuses it.
            FixtureRoomWatch w = Feed(0.5, 900, 90.0 - 225.0);
            Assert.False(w.Moved);
            Assert.InRange(w.RoomMoveK, 0.15, 0.25);
        }
    }
}
