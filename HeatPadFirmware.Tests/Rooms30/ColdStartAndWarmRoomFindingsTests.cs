using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Rooms30
{
    /// <summary>
    /// Session 30 (rooms30, docs/safety.md "Session 30: a pad switched on cold, and normal life in warm rooms"): what the two new
    /// campaign rooms found on main, pinned at main's figures. A mend that names the cold start or clears the warm rooms' trips
    /// moves these and must say so (the skipped review 29b test, <c>Review29b/ColdStartLooseningReviewTests</c>, is the goal).
    /// </summary>
    public class ColdStartAndWarmRoomFindingsTests
    {
        private static readonly (string Name, PadParameters Pad)[] Shipped = PadFile.LoadAllShipped();

        private static FaultCaseResult FoldedCoveredLevel5At600(double initialC)
        {
            int seed = FaultsCommand.CaseSeeds(Shipped.Select(p => p.Name).ToArray(), 1)[("folded-covered", 5, 600.0, FaultKind.BothSensorsLoosening)];
            PadParameters pad = Shipped.First(p => p.Name == "folded-covered").Pad.With(initialC: initialC);
            return FaultCampaign.RunCase("folded-covered", pad, 5, FaultKind.BothSensorsLoosening, 600.0, seed);
        }

        // faults --seed 1 --cases --cold-start 10: this row is the hottest of the 1,200 loosening rows. Traced (session 30): the pair
        // loosens while the cold pad is still heating up; the loosened reading (22 + w x (surface - 22)) keeps rising 0.25-0.3 C a
        // minute with the surface, so the heating watch's gain is met; after the coupling probe's pause the reading is within 5 C
        // of the level full power proved, so no gain is owed; and the room the detached checks judge against is the lowest reading
        // since power-on, 11.94 C, 14-20 C under the loosened pair. At the room, the same row is named heating_failed 1,855 s after
        // the onset (the reading fell more than 5 C under what full power proved, so the watch is owed its degree and the flat
        // reading of a pair parted from a surface no longer heating fails it).
        [Fact]
        public void PairLoosening_OnAPadSwitchedOnTenDegreesUnderItsRoom_RunsUnnamedOnMain_WhereAtTheRoomItIsNamed()
        {
            FaultCaseResult cold = FoldedCoveredLevel5At600(12.0);
            FaultCaseResult warm = FoldedCoveredLevel5At600(FaultsCommand.ShippedRoomC);

            Assert.Equal(FaultCode.None, cold.Fault);
            Assert.InRange(cold.PeakSurfaceC, 79.5, 79.7);
            Assert.Equal(FaultCode.HeatingFailed, warm.Fault);
            Assert.Equal(1855.0, warm.FaultAfterOnsetS);
            Assert.True(warm.PeakSurfaceC < 48.0, "at the room: " + warm.PeakSurfaceC.ToString("F2") + " C");
        }

        // faults --life-room-max 30, lying-down seed 5: thick-slow level 5 at 11.05 V in a 29.4 C room, lain on at 323 s (5.42 W/K),
        // up again at 1,489 s; the controller, holding against the body, overshoots once it is gone and the reading reaches the
        // 47 C over-temperature limit at 1,737 s (the true surface 2.5 C over the level's 44.5 C, the lying-down group's worst
        // over-setpoint on that seed). Not a false verdict on the surface: an overshoot the 16-26 C rooms never showed in this
        // group (issue 3's ground, left alone here). The same with the element sensor and a factory calibration.
        [Fact]
        public void LyingDown_InA29DegreeRoom_UserGettingUp_OvershootsToTheOverTemperatureLimit()
        {
            const int seed = 530407;
            double roomC = LifeRoom.OfUpTo(seed, 30.0);
            double peakC = double.MinValue;
            var (draw, fault, faultAtS) = LieDownLife.Run(LifeRoom.PadsIn(Shipped, roomC), seed, r => peakC = Math.Max(peakC, r.Pad.SurfaceC));

            Assert.Equal(29.4, roomC);
            Assert.Equal(("thick-slow", 5, 1489), (draw.PadName, draw.Level, draw.UpAtS));
            Assert.Equal(FaultCode.OverTemperature, fault);
            Assert.Equal(1737, faultAtS);
            Assert.True(peakC > 46.9, "surface peak " + peakC.ToString("F2") + " C");
        }

        // faults --life-room-max 30 --element-sensor --element-calibration Factory: 24 of the 26 lying-down latches on seeds 1-6
        // are in rooms over 26 C (17 on thick-slow), where the plain pad latches the same sessions at the same second: the
        // calibrated witness's stand-down (session 20), which takes the 16-26 C group from 116 to 5, did not reach them. Session 31
        // (warm31) traced them to the heat-balance check, which the session-20 stand-down never covered, and withholds it while the
        // witness affirms with its gap grown at most 2 C: 130298 and 230274 now run to the end with the record; 130300 (its gap
        // grown 2.07 C) still latches at the same second (pinned on main as all three latching at the plain pad's second;
        // Warm31.WarmRoomBalanceLatchTests holds the trace). The plain pad's latch is unchanged.
        [Theory]
        [InlineData(130298, 1453, true)]
        [InlineData(130300, 3194, false)]
        [InlineData(230274, 1720, true)]
        public void LyingDown_OnThickSlowInA29To30DegreeRoom_LatchesOnThePlainPad_AndWithTheFactoryRecordWhereTheWitnessGapGrewPastTheBound(int seed, int latchedAtS, bool runsOnWithTheRecord)
        {
            double roomC = LifeRoom.OfUpTo(seed, 30.0);
            var plain = LieDownLife.Run(LifeRoom.PadsIn(Shipped, roomC), seed);
            var calibrated = LieDownLife.Run(LifeRoom.PadsIn(Shipped, roomC), seed, fitElement: r => r.FitElementSensor(ElementCalibrationKind.Factory));

            Assert.InRange(roomC, 29.0, 30.0);
            Assert.Equal("thick-slow", plain.Draw.PadName);
            Assert.Equal((FaultCode.SensorDetached, latchedAtS), (plain.Fault, plain.FaultAtS));
            if (runsOnWithTheRecord)
            {
                Assert.True(calibrated.Fault == FaultCode.None, FaultCodeNames.Of(calibrated.Fault) + " at " + calibrated.FaultAtS + " s");
            }
            else
            {
                Assert.Equal((FaultCode.SensorDetached, latchedAtS), (calibrated.Fault, calibrated.FaultAtS));
            }
        }
    }
}
