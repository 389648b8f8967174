using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Element
{
    /// <summary>
    /// Session 22 (loose22), found on main while measuring the slowest-lag relief (docs/safety.md "Session 22: the calibrated
    /// witness's slowest-lag allowance and margin, measured"): the committed calibrated witness on a healthy first heat-up inside
    /// the budget session 20's room span was sized for (the pad 10 °C under its room, the board's sense 9 % low against the
    /// fixture's), at 1.1 × rated.
    /// </summary>
    public class ColdPadMisScaledRecordTests
    {
        [Fact(Skip = "Session 22 (loose22), on main: folded-covered L5, the pad 10 C under its room, supply 1.1 x rated, the record read "
            + "by a board whose sense reads 9 % low (record x 1.10), both pair sensors lagging 35 / 40.25 s, the pair healthy to 1,800 s: "
            + "the calibrated witness latches sensor_detached at 1,435 s (20 s pairs 1,450 s, 40 s 1,479 s, in a 30 C room 1,076 s; 10 s "
            + "pairs or 1.0 x rated: none). The estimate stands 4.4 C over the true surface through the same means (the room 2 C beyond "
            + "the 8 C span, and the sense): session 20 cleared this budget on the lying-down group only. Heat off, no burn. Sets the "
            + "simulator's global element-sensor switch and record scale: run alone.")]
        public void FoldedCoveredL5_TenDegreesUnderTheRoom_SenseNinePercentLow_LatchesNoFalseDetached()
        {
            ElementSensorOption.Fitted = true;
            ElementSensorOption.Calibration = ElementCalibrationKind.Factory;
            ElementSensorOption.RecordSenseScale = 1.10;
            try
            {
                var pads = PadFile.LoadAllShipped();
                var seeds = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1);
                PadParameters pad0 = pads.First(p => p.Name == "folded-covered").Pad;
                PadParameters pad = pad0.With(sensorLagS: 35.0, secondSensorLagS: 35.0 * 1.15, supplyVoltageV: pad0.RatedVoltageV * 1.1, initialC: pad0.AmbientC - 10.0);
                long detachedAtS = -1;
                FaultCampaign.RunCase("folded-covered", pad, 5, FaultKind.BothSensorsLoosening, 1800.0, seeds[("folded-covered", 5, 1800.0, FaultKind.BothSensorsLoosening)], onTick: run =>
                {
                    if (detachedAtS < 0 && run.NowMs < 1800000 && run.Core.Supervisor.ElementWitness.Verdict)
                    {
                        detachedAtS = run.NowMs / 1000;
                    }
                });
                Assert.True(detachedAtS < 0, $"the witness named the healthy pair at {detachedAtS} s");
            }
            finally
            {
                ElementSensorOption.Fitted = false;
                ElementSensorOption.Calibration = ElementCalibrationKind.None;
                ElementSensorOption.RecordSenseScale = 1.0;
            }
        }
    }
}
