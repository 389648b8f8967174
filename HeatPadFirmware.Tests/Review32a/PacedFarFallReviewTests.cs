using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Detachment;
using Xunit;

namespace HeatPadFirmware.Tests.Review32a
{
    /// <summary>
    /// Review 32a (issue 4; docs/safety.md "Review 32a: far32's paced far fall"): far32 lets <see cref="SensorDetachedCheck"/>'s
    /// hard-work far fall (<see cref="SensorDetachedCheck.HardWorkFarFallC"/>) latch only while the reading falls at least
    /// (reading − room) / 60 s, on the premise that a sensor off the pad falls <em>to the room</em>, and <em>to the room the check
    /// knows</em> (the lowest trusted reading since power-on). The tests here assert main's (78b6749) behaviour; those far32 fails are
    /// skipped with far32's figures in the reason (the lead decides). Every figure: <see cref="PairDetachment"/> (seed 11; review 32a's WarmPlaceDetachment until session 34) or the
    /// check fed a synthetic trace, on main and on far32 (f191970).
    /// </summary>
    public class PacedFarFallReviewTests
    {
        // The premise where it holds: both sensors off the pad toward the room itself with the design range's slowest lag (40 s) in a
        // 12 °C room. Main and far32: sensor_detached 6 s after the onset, peak 44.92 °C (named by the faster paths, as main).
        [Fact]
        public void BothSensorsOffThePad_TowardTheRoom_WithTheSlowestDesignLag_AreNamedWithinSeconds()
        {
            var r = PairDetachment.Run(PadFile.LoadShipped("thick-slow"), 12.0, 0.0, 5, 1800, 0.0, 40.0);

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.InRange(r.AfterDetachS, 0, 15);
            Assert.Equal(0, r.Over48S);
        }

        // Both sensors slide off into a place 12 °C over a 16 °C room (under a blanket, against clothing: 28 °C) with the design
        // range's slowest lag, folded-covered L5, 1,800 s. Main: sensor_detached 37 s after the onset (the far fall), peak 44.42 °C.
        [Fact]
        public void BothSensorsOffThePad_TowardAWarmPlace_OnTheFoldedPad_AreNamedWithinAMinute()
        {
            var r = PairDetachment.Run(PadFile.LoadShipped("folded-covered"), 16.0, 0.0, 5, 1800, 12.0, 40.0);

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.InRange(r.AfterDetachS, 0, 60);
            Assert.Equal(0, r.Over48S);
        }

        // The same into a place 12 °C over a 12 °C room (24 °C), strong-60w L5 at 1,800 s. Main: sensor_detached 20 s after the onset,
        // peak 44.79 °C.
        [Fact]
        public void BothSensorsOffThePad_TowardAWarmPlace_OnTheStrongPad_InATwelveDegreeRoom_AreNamedWithinAMinute()
        {
            var r = PairDetachment.Run(PadFile.LoadShipped("strong-60w"), 12.0, 0.0, 5, 1800, 12.0, 40.0);

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.InRange(r.AfterDetachS, 0, 60);
            Assert.Equal(0, r.Over48S);
        }

        // With the pad's own sensor lags (strong-60w's, in the shipped range): a place 12 °C over a 22 °C room (34 °C, against the
        // body), L5 at 1,800 s. Main: sensor_detached 25 s after the onset, peak 44.58 °C.
        [Fact]
        public void BothSensorsOffThePad_TowardTheBody_WithTheirOwnLag_AreNamedWithinAMinute()
        {
            var r = PairDetachment.Run(PadFile.LoadShipped("strong-60w"), 22.0, 0.0, 5, 1800, 12.0, 0.0);

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.InRange(r.AfterDetachS, 0, 60);
            Assert.Equal(0, r.Over48S);
        }

        // With the pad's own sensor lags: folded-covered L5 at 1,800 s in a 16 °C room, both sensors sliding off against the body or
        // clothing 16 °C over the room (32 °C). Main: sensor_detached 19 s after the onset, peak 44.42 °C.
        [Fact]
        public void BothSensorsOffThePad_TowardTheBody_OnTheFoldedPad_WithTheirOwnLag_AreNamedWithinAMinute()
        {
            var r = PairDetachment.Run(PadFile.LoadShipped("folded-covered"), 16.0, 0.0, 5, 1800, 16.0, 0.0);

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.InRange(r.AfterDetachS, 0, 60);
            Assert.Equal(0, r.Over48S);
        }

        // The check alone, its room taken 6 °C low (power-on at 16 °C in a 22 °C room): holding 40 °C at full power, the reading then
        // falls toward 22 °C with thick-slow's 35 s lag. Main and far32 latch 17 s into the fall (33.06 °C, lead 6.09 °C).
        [Fact]
        public void DetachedCheck_LatchesAtTheFarFall_WhenItsRoomWasTakenSixDegreesLow()
        {
            Assert.Equal(17, FallSecondOfLatch(16.0, 40.0, 22.0, 35.0));
        }

        // The same with the room taken 10 °C low (switched on at 12 °C, a cold start, or a cold pack colder than the room laid on the
        // pad before: the check's room is the lowest reading since power-on). Main latches 17 s into the fall.
        [Fact]
        public void DetachedCheck_LatchesAtTheFarFall_WhenItsRoomWasTakenTenDegreesLow()
        {
            Assert.Equal(17, FallSecondOfLatch(12.0, 40.0, 22.0, 35.0));
        }

        // The room known right (16 °C), the reading falling from 44 °C toward a warm place 10 °C over it (26 °C) with a 35 s lag. Main
        // latches 17 s into the fall (37.06 °C, lead 6.09 °C).
        [Fact]
        public void DetachedCheck_LatchesAtTheFarFall_WhenTheReadingFallsTowardAPlaceTenDegreesOverTheRoom()
        {
            Assert.Equal(17, FallSecondOfLatch(16.0, 44.0, 26.0, 35.0));
        }

        // faults --seed 1 --cases --cold-start 10 (the pad switched on at 12 °C in the shipped 22 °C room: the check's room is 12 °C),
        // both sensors detached from thick-slow (35 s lag) at 1,800 s, level 2. Main: sensor_detached 23 s after the onset, peak 40.1 °C.
        [Fact]
        public void BothSensorsDetached_OnTheSlowestShippedSensor_AfterAColdStart_IsNamedWithinAMinute()
        {
            FaultCaseResult r = RunColdStartRow("thick-slow", 2, 1800.0, FaultKind.BothSensorsDetached);

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.InRange(r.FaultAfterOnsetS, 0.0, 60.0);
        }

        // The same at level 1 from 600 s. Main: sensor_detached 35 s after the onset, peak 39.0 °C.
        [Fact]
        public void BothSensorsDetached_OnTheSlowestShippedSensor_AfterAColdStart_AtLevelOne_IsNamedWithinAMinute()
        {
            FaultCaseResult r = RunColdStartRow("thick-slow", 1, 600.0, FaultKind.BothSensorsDetached);

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.InRange(r.FaultAfterOnsetS, 0.0, 60.0);
        }

        private static FaultCaseResult RunColdStartRow(string padName, int level, double onsetS, FaultKind kind)
        {
            var shipped = PadFile.LoadAllShipped();
            PadParameters pad = FaultsCommand.ColdStarted(shipped, 10.0).Single(p => p.Name == padName).Pad;
            int seed = FaultsCommand.CaseSeeds(shipped.Select(p => p.Name).ToArray(), 1)[(padName, level, onsetS, kind)];
            return FaultCampaign.RunCase(padName, pad, level, kind, onsetS, seed);
        }

        // Powers on reading lowC (60 s, no heat), holds holdC at full power for 300 s, then feeds targetC + (holdC − targetC)·e^(−s/lagS)
        // (quantised) at full power for 900 s. The second of the fall the check latched at, or −1.
        private static int FallSecondOfLatch(double lowC, double holdC, double targetC, double lagS)
        {
            var check = new SensorDetachedCheck();
            for (int s = 0; s < 60; s++)
            {
                check.Update(lowC, 1.0, 0.0, false);
            }

            for (int s = 0; s < 300; s++)
            {
                Assert.False(check.Update(holdC, 1.0, 1.0, true));
            }

            for (int s = 1; s <= 900; s++)
            {
                if (check.Update(SimulatedSensor.Quantise(targetC + ((holdC - targetC) * Math.Exp(-s / lagS))), 1.0, 1.0, true))
                {
                    return s;
                }
            }

            return -1;
        }
    }
}
