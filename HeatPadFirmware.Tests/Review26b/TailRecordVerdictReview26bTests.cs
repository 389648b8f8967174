using System.Globalization;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Tests.Rec24;
using HeatPadFirmware.Tests.Review22b;
using HeatPadFirmware.Tests.Room25;
using Xunit;

namespace HeatPadFirmware.Tests.Review26b
{
    /// <summary>
    /// Review 26b: the record the device's fixture run makes when the room steps in the cool stage's last ~300 s (which room25's
    /// watch never judges, and from which capc25 now fits C and the lag), on faults seed 1's TwoPaceLooseningReversed
    /// nominal-12v L5 @60 s (Rec24's table): no heat later than with the same run's record in a steady room. docs/safety.md "Review 26b".
    /// </summary>
    public class TailRecordVerdictReview26bTests
    {
        private const FaultKind Kind = FaultKind.TwoPaceLooseningReversed;
        private const string Pad = "nominal-12v";

        private static double NoHeatAfterS(double stepK)
        {
            var (seed, p) = RecordVerdicts.Case(Pad, Kind, 5, 60.0);
            var h = new FitReviewHarness { RoomAt = stepK == 0.0 ? _ => 22.0 : RoomDriftScan.Step(stepK, 4330) };
            string log = h.Run(p, seed);
            Assert.Equal(ElementFixtureStage.Done, h.LastRun!.Stage);
            ElementCalibration? record = TailRecordVerdictScan26b.Capc25Record(log);
            Assert.NotNull(record);
            return RecordVerdicts.Run(Pad, Kind, 5, 60.0, record).NoHeatAfterS;
        }

        [Theory]
        [InlineData(-1.0)]
        [InlineData(-2.0)]
        public void A_room_stepping_in_the_cool_stages_tail_gives_no_record_to_name_the_loosening_pair_late(double stepK)
        {
            // Review 26b HIGH (conditional), mended by the lead in session 25 (FixtureRoomWatch.JudgeTail): before the mend the
            // run was done and its capc25 record named this pair at 658 / 663 s against 553 s steady (541 s main); now the run's
            // last partial block is judged and the run ends room_moved, no record.
            var (seed, p) = RecordVerdicts.Case(Pad, Kind, 5, 60.0);
            var h = new FitReviewHarness { RoomAt = RoomDriftScan.Step(stepK, 4330) };
            h.Run(p, seed);
            Assert.Equal(ElementFixtureStage.Aborted, h.LastRun!.Stage);
            Assert.Equal(ElementFixtureAbortReason.RoomMoved, h.LastRun!.AbortReason);
        }

        [Theory]
        [InlineData(-0.3)]
        [InlineData(0.3)]
        public void A_record_from_a_room_stepping_within_the_bound_in_the_cool_stages_tail_names_the_loosening_pair_no_later_than_the_steady_rooms(double stepK)
        {
            double steady = NoHeatAfterS(0.0);
            double stepped = NoHeatAfterS(stepK);
            Assert.True(stepped <= steady + 15.0, string.Format(CultureInfo.InvariantCulture, "no heat after {0:F0} s with the stepped room's record against {1:F0} s steady", stepped, steady));
        }
    }
}
