using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Fix22;
using Xunit;

namespace HeatPadFirmware.Tests.Review25b
{
    /// <summary>
    /// Review 25b (rec24): a room that moves during the fixture run (<see cref="Review22b.FitReviewHarness"/>). The S3 reference takes
    /// S3's offset against the pair's over the 120 s baseline only; a room cooling over the 40-min run then reads as a G_cs
    /// higher than the pad's, and rec24's fit accepts such records more often and further off than main's. docs/safety.md "Review 25b".
    /// </summary>
    public class RoomDriftRecordReview25bTests
    {
        // Review 25b MEDIUM (was skipped: rec24's records up to x1.157 / x1.210 of the needed against main's x1.090 / x1.172).
        // Un-skipped by room25: the device's run now refuses such a room (FixtureRoomWatch, room_moved), so neither fit gets a
        // record from it; the assertion below names that reason.
        [Theory]
        [InlineData("room -2 C over the run")]
        [InlineData("room -3 C step at 600 s")]
        public void A_room_cooling_during_the_fixture_run_gets_no_S3_referenced_record_further_above_the_needed_G_cs_than_mains(string condition)
        {
            double mainWorst = 0.0, recWorst = 0.0;
            foreach (var (name, pad) in FixtureBoundScan.ShippedPads())
            {
                for (int seed = 11; seed <= 12; seed++)
                {
                    Review22b.FitReviewHarness h = AcceptedRecordScan.Make(condition);
                    string log = h.Run(pad, seed);
                    Assert.True(h.LastRun!.AbortReason == ElementFixtureAbortReason.RoomMoved, FormattableString.Invariant($"{name} {seed}: {h.LastRun.Stage}, A moved {h.LastRun.Room.RoomMoveK:F2} K"));
                    ElementCalibration needed = Rec24.RecordVerdicts.Record(Rec24.RecordSource.Needed, pad, seed)!;
                    ElementCalibration? main = AcceptedRecordScan.MainRecord(log);
                    ElementCalibration? rec = AcceptedRecordScan.Rec24Record(log);
                    mainWorst = Math.Max(mainWorst, main == null ? 0.0 : (main.ConductanceWPerK / needed.ConductanceWPerK) - 1.0);
                    recWorst = Math.Max(recWorst, rec == null ? 0.0 : (rec.ConductanceWPerK / needed.ConductanceWPerK) - 1.0);
                }
            }

            Assert.True(recWorst <= mainWorst, FormattableString.Invariant($"rec24's G_cs up to x{1.0 + recWorst:F3} of the needed, main's x{1.0 + mainWorst:F3}"));
        }
    }
}
