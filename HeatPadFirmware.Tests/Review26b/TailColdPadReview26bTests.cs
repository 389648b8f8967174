using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review22b;
using HeatPadFirmware.Tests.Room25;
using Xunit;

namespace HeatPadFirmware.Tests.Review26b
{
    /// <summary>
    /// Review 26b: capc25's ColdPadDeviceRecordTests rows (folded-covered L5, the pad 10 C under its room, supply x1.1, record
    /// x1.10, pair lags 35 / 20 / 40 s, a 30 C room) with the record the device's fixture run (review 22b's harness) makes when
    /// the room warms in the cool stage's last ~300 s, which room25's watch never judges (C low: the witness overshoots after a
    /// power fall). docs/safety.md "Review 26b".
    /// </summary>
    public class TailColdPadReview26bTests
    {
        internal static long VerdictAtS(double pairLagS, double roomC, double tailStepK)
        {
            var (seed, pad, shipped) = Element.ColdPadMisScaledRecordTests.ColdPadCase(pairLagS, roomC);
            var h = new FitReviewHarness { RoomAt = tailStepK == 0.0 ? _ => 22.0 : RoomDriftScan.Step(tailStepK, 4330) };
            string log = h.Run(shipped, seed);
            if (tailStepK != 0.0)
            {
                // Since the lead's mend of review 26b's MEDIUM (FixtureRoomWatch.JudgeTail) a room stepping 2 K in the cool
                // stage's tail ends the run room_moved: no record, so nothing to latch with.
                Assert.Equal(ElementFixtureStage.Aborted, h.LastRun!.Stage);
                Assert.Equal(ElementFixtureAbortReason.RoomMoved, h.LastRun!.AbortReason);
                return -1;
            }

            Assert.Equal(ElementFixtureStage.Done, h.LastRun!.Stage);
            ElementCalibration? record = TailRecordVerdictScan26b.Capc25Record(log);
            Assert.NotNull(record);
            var run = new FaultRun(pad, seed);
            run.FitElementSensor(ElementCalibrationKind.None);
            run.Core.CalibrateElement(ElementCalibrationSource.Scaled(record!, 1.10, 1.0, 1.0));
            return Element.ColdPadMisScaledRecordTests.RunToVerdictS(run, pad);
        }

        [Theory]
        [InlineData(35.0, double.NaN, 0.0)]
        [InlineData(20.0, double.NaN, 0.0)]
        [InlineData(40.0, double.NaN, 0.0)]
        [InlineData(35.0, 30.0, 0.0)]
        [InlineData(35.0, double.NaN, 2.0)]
        [InlineData(20.0, double.NaN, 2.0)]
        [InlineData(40.0, double.NaN, 2.0)]
        [InlineData(35.0, 30.0, 2.0)]
        public void FoldedCoveredL5_TenDegreesUnderTheRoom_TheRecordOfARoomWarmingInTheCoolStagesTail_LatchesNoFalseDetached(double pairLagS, double roomC, double tailStepK)
        {
            long atS = VerdictAtS(pairLagS, roomC, tailStepK);
            Assert.True(atS < 0, $"the witness named the healthy pair at {atS} s");
        }
    }
}
