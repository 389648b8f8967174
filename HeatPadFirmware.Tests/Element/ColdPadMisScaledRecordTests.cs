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
        private static long VerdictAtS(double pairLagS, double roomC, double recordScale)
        {
            var pads = PadFile.LoadAllShipped();
            int seed = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1)[("folded-covered", 5, 1800.0, FaultKind.BothSensorsLoosening)];
            PadParameters shipped = pads.First(p => p.Name == "folded-covered").Pad;
            double room = double.IsNaN(roomC) ? shipped.AmbientC : roomC;
            PadParameters pad = shipped.With(sensorLagS: pairLagS, secondSensorLagS: pairLagS * 1.15, supplyVoltageV: shipped.RatedVoltageV * 1.1, ambientC: room, initialC: room - 10.0);
            var run = new FaultRun(pad, seed);
            run.FitElementSensor(ElementCalibrationKind.None);
            run.Core.CalibrateElement(ElementCalibrationSource.Scaled(ElementCalibrationFixture.Calibrate(pad, seed), recordScale, 1.0, 1.0));
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

        [Theory(Skip = "Session 22 (loose22) finding, still on main; session 23 (cold23): driven directly, main latches sensor_detached on "
            + "the healthy pair at 1,434 / 1,451 / 1,476 / 1,078 s (rows below). Traced: the controller's power fall near the setpoint "
            + "(90 -> 23 W over 60 s) - the margin's 0.1 x drop falls with the power at once, while the estimate stays 4.4 C over the true "
            + "surface (the balance's own overshoot after a power fall, ~2.5 C even with the exact record at the room, plus the record's "
            + "sense error 0.1 x P / G_cs and the room 2.25 C beyond the span, 0.77 C). The margin's drop held through the 40 s lag on a "
            + "fall clears all four, but makes 154 of 480 loosening runs of faults seed 1 later (record x1.10; up to 431 s): not landed.")]
        [InlineData(35.0, double.NaN)]
        [InlineData(20.0, double.NaN)]
        [InlineData(40.0, double.NaN)]
        [InlineData(35.0, 30.0)]
        public void FoldedCoveredL5_TenDegreesUnderTheRoom_SenseNinePercentLow_LatchesNoFalseDetached(double pairLagS, double roomC)
        {
            long atS = VerdictAtS(pairLagS, roomC, 1.10);
            Assert.True(atS < 0, $"the witness named the healthy pair at {atS} s");
        }
    }
}
