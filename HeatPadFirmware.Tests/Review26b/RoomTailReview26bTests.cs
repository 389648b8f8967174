using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Fix22;
using HeatPadFirmware.Tests.Review22b;
using HeatPadFirmware.Tests.Room25;
using Xunit;

namespace HeatPadFirmware.Tests.Review26b
{
    /// <summary>
    /// Review 26b: room25's FixtureRoomWatch judges A's 600-s blocks from the heat's start, and the run (heat 2,400 s, plate
    /// 1,200 s, cool 900 s = 4,500 s) ends inside the eighth block: the cool stage's last ~300 s are never judged, and capc25 now
    /// fits C from that stage. docs/safety.md "Review 26b".
    /// </summary>
    public class RoomTailReview26bTests
    {
        private static ElementFixtureRun RunShipped(Func<int, double> roomAt, int seed = 11)
        {
            var (_, pad) = FixtureBoundScan.ShippedPads().First();
            var h = new FitReviewHarness { RoomAt = roomAt };
            h.Run(pad, seed);
            return h.LastRun!;
        }

        [Fact]
        public void A_room_that_steps_two_kelvin_in_the_cool_stages_last_five_minutes_is_refused()
        {
            ElementFixtureRun run = RunShipped(RoomDriftScan.Step(2.0, 4330));
            Assert.Equal(ElementFixtureStage.Aborted, run.Stage);
            Assert.Equal(ElementFixtureAbortReason.RoomMoved, run.AbortReason);
        }

        [Fact]
        public void A_room_that_steps_half_a_kelvin_early_in_the_cool_stage_is_refused()
        {
            // Guard: the judged blocks do see the cool stage's first 600 s (3,720-4,320 s of the run).
            ElementFixtureRun run = RunShipped(RoomDriftScan.Step(0.5, 3800));
            Assert.Equal(ElementFixtureStage.Aborted, run.Stage);
            Assert.Equal(ElementFixtureAbortReason.RoomMoved, run.AbortReason);
        }

        [Fact]
        public void A_steady_room_leaves_the_shipped_pads_run_done()
        {
            ElementFixtureRun run = RunShipped(_ => 22.0);
            Assert.Equal(ElementFixtureStage.Done, run.Stage);
            Assert.True(run.Room.RoomMoveK < 0.05, run.Room.RoomMoveK.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
