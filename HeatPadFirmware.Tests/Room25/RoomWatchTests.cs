using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Fix22;
using HeatPadFirmware.Tests.Review22b;
using Xunit;

namespace HeatPadFirmware.Tests.Room25
{
    /// <summary>
    /// Session 25 (room25): the fixture run refuses a room that moved (<see cref="FixtureRoomWatch"/>): the jig's air probe A's
    /// 600-s block means against its baseline, from the heat's start to the run's end. docs/safety.md "Session 25: the fixture's room".
    /// </summary>
    public class RoomWatchTests
    {
        private static readonly SensorReading Room22 = SensorReading.Valid(22.0);

        /// <summary>Feeds the watch a 120-s baseline at 22 °C, then <paramref name="afterS"/> s of A at <paramref name="airAt"/>(s), ticks of <paramref name="tickMs"/>(i) ms.</summary>
        private static FixtureRoomWatch Feed(Func<long, SensorReading> airAt, int afterS, Func<int, long>? tickMs = null)
        {
            var watch = new FixtureRoomWatch();
            long nowMs = 0;
            for (int i = 0; nowMs < (120 + afterS) * 1000L; i++)
            {
                nowMs += tickMs == null ? 1000L : tickMs(i);
                bool baseline = nowMs <= 120000L;
                watch.Observe(nowMs, baseline ? ElementFixtureStage.Baseline : ElementFixtureStage.Heat, baseline ? nowMs : nowMs - 120000L, ElementFixtureRun.ReferenceS, ElementFixtureRun.BaselineS, baseline ? Room22 : airAt(nowMs));
            }

            return watch;
        }

        [Fact]
        public void An_air_probe_that_reads_its_baseline_throughout_leaves_the_room_unmoved()
        {
            FixtureRoomWatch w = Feed(_ => Room22, 4600);
            Assert.False(w.Moved);
            Assert.False(w.Lost);
            Assert.Equal(0.0, w.RoomMoveK, 6);
        }

        [Theory]
        [InlineData(0.35, true)]
        [InlineData(-0.35, true)]
        [InlineData(0.25, false)]
        [InlineData(-0.25, false)]
        public void A_block_mean_past_three_tenths_of_a_kelvin_from_the_baseline_moves_the_room_and_one_within_does_not(double moveK, bool moved)
        {
            FixtureRoomWatch w = Feed(_ => SensorReading.Valid(22.0 + moveK), 1300);
            Assert.Equal(moved, w.Moved);
            Assert.Equal(Math.Abs(moveK), w.RoomMoveK, 6);
        }

        [Fact]
        public void A_two_minute_dip_of_one_kelvin_is_judged_by_its_ten_minute_mean_and_passes()
        {
            // 1 K for 120 s of a 600-s block moves its mean 0.2 K: a door opened briefly moves no record (docs: 0.98-1.00).
            FixtureRoomWatch w = Feed(now => now >= 300000L && now < 420000L ? SensorReading.Valid(21.0) : Room22, 1300);
            Assert.False(w.Moved);
            Assert.InRange(w.RoomMoveK, 0.19, 0.21);
        }

        [Fact]
        public void Irregular_ticks_judge_the_blocks_by_time_not_by_count()
        {
            FixtureRoomWatch w = Feed(_ => SensorReading.Valid(22.4), 700, i => 800L + (400L * (i % 3) / 2));
            Assert.True(w.Moved);
        }

        [Fact]
        public void A_whole_block_without_a_valid_air_reading_leaves_the_room_unknown()
        {
            FixtureRoomWatch w = Feed(now => now < 400000L ? Room22 : SensorReading.Invalid, 1300);
            Assert.True(w.Lost);
            Assert.False(w.Moved);
        }

        [Fact]
        public void A_room_moving_after_the_run_is_done_is_not_judged()
        {
            var w = new FixtureRoomWatch();
            w.Observe(60000, ElementFixtureStage.Baseline, 61000, ElementFixtureRun.ReferenceS, ElementFixtureRun.BaselineS, Room22);
            for (long s = 121; s < 1400; s++)
            {
                w.Observe(s * 1000L, ElementFixtureStage.Done, (s - 121) * 1000L, ElementFixtureRun.ReferenceS, ElementFixtureRun.BaselineS, SensorReading.Valid(25.0));
            }

            Assert.False(w.Moved);
        }

        [Theory]
        [InlineData("room -2 C over the run")]
        [InlineData("room -3 C step at 600 s")]
        [InlineData("room +2 C over the run")]
        public void A_room_that_moves_during_the_run_ends_it_as_room_moved_with_the_heater_off_and_no_record(string condition)
        {
            // Review 25b: these rooms made records G_cs x0.86-x1.21 of the needed (rec24's fit), x1.16 / x1.21 on the shipped pads.
            foreach (var (name, pad) in FixtureBoundScan.ShippedPads())
            {
                FitReviewHarness h = Review25b.AcceptedRecordScan.Make(condition);
                string log = h.Run(pad, 11);
                ElementFixtureRun run = h.LastRun!;
                Assert.True(run.Stage == ElementFixtureStage.Aborted && run.AbortReason == ElementFixtureAbortReason.RoomMoved, $"{name}: {run.Stage} {run.AbortFault} {run.AbortReason}, A moved {run.Room.RoomMoveK:F2} K");
                Assert.Contains(",aborted,25.0,room_moved", log, StringComparison.Ordinal);
                string lastT = log.TrimEnd().Split('\n')[^2];
                Assert.Contains(",0.000,", lastT, StringComparison.Ordinal);
                var (code, _, error) = Fit21.TelemetryFit.Run(log);
                Assert.NotEqual(0, code);
                Assert.Contains("room_moved", error, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void A_room_warming_four_tenths_of_a_kelvin_in_the_plate_stage_is_refused_on_every_run()
        {
            // The G_cs-low direction (a low G_cs puts the witness's surface estimate low): +0.4 K from 2,600 s gave records down to
            // x0.942 of the needed, +0.5 K x0.930 (steady 0.979-1.002).
            foreach (var (name, pad) in FixtureBoundScan.ShippedPads())
            {
                for (int seed = 11; seed <= 12; seed++)
                {
                    var h = new FitReviewHarness { RoomAt = RoomDriftScan.Step(0.4, 2600) };
                    h.Run(pad, seed);
                    Assert.True(h.LastRun!.AbortReason == ElementFixtureAbortReason.RoomMoved, $"{name} {seed}: {h.LastRun.Stage}, A moved {h.LastRun.Room.RoomMoveK:F2} K");
                }
            }
        }

        [Theory]
        [InlineData("steady")]
        [InlineData("thermostat")]
        public void A_correct_run_in_a_steady_room_or_a_small_thermostat_cycle_is_not_refused(string room)
        {
            // The shipped six and bench family 3, seeds 11-12 (52 runs); a thermostat cycling +-0.25 K every 10 minutes, the
            // baseline at its peak: A's block means move 0.24 K, every record within 0.979-1.006 of the needed.
            foreach (var (name, pad) in RoomDriftScan.Pads())
            {
                for (int seed = 11; seed <= 12; seed++)
                {
                    var h = room == "steady" ? new FitReviewHarness() : new FitReviewHarness { RoomAt = t => 22.0 + (0.25 * Math.Cos(2.0 * Math.PI * (t - 90) / 600.0)) };
                    h.Run(pad, seed);
                    Assert.True(h.LastRun!.Stage == ElementFixtureStage.Done, $"{name} {seed}: {h.LastRun.Stage} {h.LastRun.AbortFault} {h.LastRun.AbortReason}, A moved {h.LastRun.Room.RoomMoveK:F2} K");
                }
            }
        }
    }
}
