using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Element
{
    /// <summary>
    /// Session 22 (loose22) found, session 23 (cold23) traced and a fix measured, not landed (docs/safety.md "Session 23: the
    /// cold-pad false detach traced to the power's fall, and the margin's width (cold23)"): a healthy first heat-up of folded-covered L5 with the pad 10 °C under its room, the supply at 1.1 × rated
    /// and the fixture's record as a board whose sense reads 9 % low sees it (every parameter × 1.10). On main the calibrated
    /// witness latched sensor_detached at 1,435 s (35 s pair lags; 20 s: 1,450 s, 40 s: 1,479 s, in a 30 °C room 1,076 s): when
    /// the controller cut the power near the setpoint, the margin's drop term fell with the power at once while the estimate
    /// stood 4.4 °C over the true surface (the balance's own overshoot after a power fall, the sense error on the power held
    /// before it, the room 2 °C beyond the span). The run is driven directly (no global switch): the element sensor fitted
    /// without a record, then the mis-read record given before the first tick.
    /// </summary>
    public class ColdPadMisScaledRecordTests
    {
        /// <summary>
        /// The rows' pad: folded-covered with pair lags <paramref name="pairLagS"/> / ×1.15, supply 1.1 × rated, switched on 10 °C
        /// under its room (<paramref name="roomC"/>, NaN: the pad's own), and faults seed 1's BothSensorsLoosening L5 @1,800 s case
        /// seed. <paramref name="shipped"/>: the shipped pad it was made from (the fixture runs on it).
        /// </summary>
        internal static (int Seed, PadParameters Pad, PadParameters Shipped) ColdPadCase(double pairLagS, double roomC)
        {
            var pads = PadFile.LoadAllShipped();
            int seed = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1)[("folded-covered", 5, 1800.0, FaultKind.BothSensorsLoosening)];
            PadParameters shipped = pads.First(p => p.Name == "folded-covered").Pad;
            double room = double.IsNaN(roomC) ? shipped.AmbientC : roomC;
            PadParameters pad = shipped.With(sensorLagS: pairLagS, secondSensorLagS: pairLagS * 1.15, supplyVoltageV: shipped.RatedVoltageV * 1.1, ambientC: room, initialC: room - 10.0);
            return (seed, pad, shipped);
        }

        /// <summary>
        /// Runs <paramref name="run"/> (its record given) as the rows do: supply 1.1 × rated, level 5, up to 1,800 s; the second the
        /// calibrated witness gave its verdict, or −1 with no fault at all.
        /// </summary>
        internal static long RunToVerdictS(FaultRun run, PadParameters pad)
        {
            run.Pad.SupplyVoltageV = pad.RatedVoltageV * 1.1;
            run.Start(5);
            for (int s = 1; s <= 1800 && run.Last.Fault == FaultCode.None; s++)
            {
                run.TickPair(1000, run.Sensor.Read(run.NowMs + 1000), run.SecondSensor.Read(run.NowMs + 1000));
                if (run.Core.Supervisor.ElementWitness.Verdict)
                {
                    return run.NowMs / 1000;
                }
            }

            Assert.Equal(FaultCode.None, run.Last.Fault);
            return -1;
        }

        private static long VerdictAtS(double pairLagS, double roomC, double recordScale)
        {
            return VerdictAtS(pairLagS, roomC, recordScale, false, false);
        }

        // trueCapacity / trueRoomConductance: the fixture's record with its C (or G_ca) replaced by the pad's true effective
        // value as the element sensor reads it (the Oracle record's), before the x recordScale (session 24, damp24).
        private static long VerdictAtS(double pairLagS, double roomC, double recordScale, bool trueCapacity, bool trueRoomConductance)
        {
            var (seed, pad, _) = ColdPadCase(pairLagS, roomC);
            var run = new FaultRun(pad, seed);
            run.FitElementSensor(ElementCalibrationKind.None);
            ElementCalibration fixture = ElementCalibrationFixture.Calibrate(pad, seed);
            ElementCalibration truth = ElementCalibrationSource.For(ElementCalibrationKind.Oracle, pad, run.ElementSensor, seed);
            var record = new ElementCalibration(
                trueCapacity ? truth.CapacityJPerK : fixture.CapacityJPerK,
                fixture.ConductanceWPerK,
                trueRoomConductance ? truth.RoomConductanceWPerK : fixture.RoomConductanceWPerK,
                fixture.LagS);
            run.Core.CalibrateElement(ElementCalibrationSource.Scaled(record, recordScale, 1.0, 1.0));
            return RunToVerdictS(run, pad);
        }

        [Theory(Skip = "Session 22 (loose22) finding, still on main; session 23 (cold23): driven directly, main latches sensor_detached on "
            + "the healthy pair at 1,434 / 1,451 / 1,476 / 1,078 s (rows below), in the minute after the controller's power fall near the "
            + "setpoint. Session 24 (damp24): the fall's overshoot is the fixture record's (C 91 J/K against the pad's effective 135, lag 15 "
            + "against 7.07 s): with the pad's true values the estimate's error moves +0.4 C through the fall, with the record +2.2 C; on this "
            + "run the error (+8.3 C: the record x1.10 and the room 10 C under) does not rise after the fall, the margin's 0.1 x drop falls "
            + "under it. The estimate held at its pre-fall rise rate through the fall: 1,434 / 1,452 / 1,476 / 1,079 s; held flat: 3 of 4 "
            + "still latch. The record's C alone, or its G_ca alone, from the pad's true values clears all four (the next test).")]
        [InlineData(35.0, double.NaN)]
        [InlineData(20.0, double.NaN)]
        [InlineData(40.0, double.NaN)]
        [InlineData(35.0, 30.0)]
        public void FoldedCoveredL5_TenDegreesUnderTheRoom_SenseNinePercentLow_LatchesNoFalseDetached(double pairLagS, double roomC)
        {
            long atS = VerdictAtS(pairLagS, roomC, 1.10);
            Assert.True(atS < 0, $"the witness named the healthy pair at {atS} s");
        }

        [Theory]
        [InlineData(35.0, double.NaN, true, false)]
        [InlineData(20.0, double.NaN, true, false)]
        [InlineData(40.0, double.NaN, true, false)]
        [InlineData(35.0, 30.0, true, false)]
        [InlineData(35.0, double.NaN, false, true)]
        [InlineData(20.0, double.NaN, false, true)]
        [InlineData(40.0, double.NaN, false, true)]
        [InlineData(35.0, 30.0, false, true)]
        public void FoldedCoveredL5_TenDegreesUnderTheRoom_SenseNinePercentLow_RecordCapacityOrRoomConductanceTrue_LatchesNoFalseDetached(double pairLagS, double roomC, bool trueCapacity, bool trueRoomConductance)
        {
            // Session 24 (damp24): the finding above rests on the fixture record's own errors, not on the balance: the same runs
            // with the record's C (91 -> 135 J/K) or its G_ca (0.75 -> 0.56 W/K) taken from the pad's true values, the rest of the
            // record and its x1.10 as before, never latch (measured on a8584cf, all eight rows).
            long atS = VerdictAtS(pairLagS, roomC, 1.10, trueCapacity, trueRoomConductance);
            Assert.True(atS < 0, $"the witness named the healthy pair at {atS} s");
        }
    }
}
