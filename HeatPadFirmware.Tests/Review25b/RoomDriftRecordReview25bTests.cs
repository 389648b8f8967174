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
        [Theory(Skip = "Review 25b MEDIUM: a room cooling 2 K over the fixture run (22 -> 20 C, linear from 120 s to 2,520 s): rec24's records G_cs up to x1.157 of the needed (main x1.090); over x1.08 in 22 of 52 runs (main 3; 6 shipped + 20 bench pads f3, seeds 11-12; shipped: free-air 11 x1.113 / main x1.072, usb-10w 11 x1.139 / x1.086). A -3 K step at 600 s: x1.210 (main x1.172), 23 over x1.08 (main 13). A record at G_cs x1.157 trips the lying-down group, seeds 1-3, 19/11/16 = 46 of 1,200 against x1.090's 8/5/9 = 22 (Factory 1/0/2 = 3); session by session (each session's own fixture run in that room, thick-slow / free-air / usb-10w, seeds 1,3,5, 599 sessions) main's records trip 29, rec24's 22, Factory 4: pre-existing in both fits, rec24 adds no trips")]
        [InlineData("room -2 C over the run")]
        [InlineData("room -3 C step at 600 s")]
        public void A_room_cooling_during_the_fixture_run_gets_no_S3_referenced_record_further_above_the_needed_G_cs_than_mains(string condition)
        {
            double mainWorst = 0.0, recWorst = 0.0;
            foreach (var (name, pad) in FixtureBoundScan.ShippedPads())
            {
                for (int seed = 11; seed <= 12; seed++)
                {
                    string log = AcceptedRecordScan.Make(condition).Run(pad, seed);
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
