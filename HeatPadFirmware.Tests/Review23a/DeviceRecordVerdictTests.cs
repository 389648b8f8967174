using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review23a
{
    /// <summary>
    /// Review 23a: the records fix22's bounded fixture run makes (its held power reads G_cs low: free-air ×0.970–0.998 of the
    /// direct fit, ×0.931 under a cover ×0.5, strong-60w ×0.937–0.960, `calibrate --device --cases`) against the calibrated
    /// witness's loosening verdicts of faults seed 1 (the flags `--element-sensor --element-calibration Factory`; the Factory
    /// record is the direct fit, so the device's record is it × the ratio: `--element-record-gcs`). These tests set the
    /// simulator's global element-sensor switches: skipped, run by hand alone with the filter
    /// <c>dotnet test --filter FullyQualifiedName~Review23a.DeviceRecordVerdictTests</c> (Skip removed). docs/safety.md "Review 23a".
    /// </summary>
    public class DeviceRecordVerdictTests
    {
        private static FaultCaseResult Run(string padName, FaultKind kind, int level, double onsetS, double gcsScale)
        {
            ElementSensorOption.Fitted = true;
            ElementSensorOption.Calibration = ElementCalibrationKind.Factory;
            ElementSensorOption.RecordConductanceScale = gcsScale;
            try
            {
                var pads = PadFile.LoadAllShipped();
                var seeds = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1);
                PadParameters pad = pads.First(p => p.Name == padName).Pad;
                return FaultCampaign.RunCase(padName, pad, level, kind, onsetS, seeds[(padName, level, onsetS, kind)]);
            }
            finally
            {
                ElementSensorOption.RecordConductanceScale = 1.0;
                ElementSensorOption.Fitted = false;
                ElementSensorOption.Calibration = ElementCalibrationKind.None;
            }
        }

        [Fact(Skip = "Review 23a HIGH (by the brief's rule: a later verdict past 48 C, against M21F's Factory record; a board with no record is later still): fix22's held power reads G_cs low (free-air x0.970-0.998 of the direct fit on correct runs, x0.931 under a cover x0.5 the cue does not refuse; main's fixed 25 W within 0.8 %), and a record at x0.97 makes 12 of the 17 loosening runs past 48 C of faults seed 1 later by 1-53 s, up to +0.7 K (free-air TwoPaceLoosening L5 @60 s: no heat at 510 -> 552 s, peak 53.4 -> 54.1 C; Reversed 468 -> 508 s, 52.7 -> 53.4 C); at x0.931 15 later by 4-153 s, up to +1.7 K. None newly past 48 C at x0.96-0.97")]
        public void A_record_with_the_conductance_fix22s_held_power_reads_does_not_make_a_loosening_verdict_past_48_C_later()
        {
            FaultCaseResult factory = Run("free-air", FaultKind.TwoPaceLoosening, 5, 60.0, 1.0);
            FaultCaseResult device = Run("free-air", FaultKind.TwoPaceLoosening, 5, 60.0, 0.97);
            Assert.True(device.NoHeatAfterS <= factory.NoHeatAfterS && device.PeakSurfaceC <= factory.PeakSurfaceC + 0.2, factory + " vs " + device);
        }
        [Fact(Skip = "Review 23a HIGH (a false alarm in normal use the base does not have): both pair sensors loose alike at the fixture pass every fit check (fit22's figure: G_cs x1.08-1.47), and with the device entry back such a record can be made; with --element-record-gcs 1.47 the lying-down group (400 sessions each, M21F 1 / 0 false trips) trips 127 (seed 1) and 125 (seed 2), sensor_detached from 302 s (thick-slow 57, folded-covered 40, free-air 16, nominal-12v 12, strong-60w 2 on seed 1); x1.2 (pair loose alike 0.8): 23 on seed 1; x1.08 (0.9): 8 on seed 1. This session (seed 130007, thick-slow, 22.2 C, L1, lain on at 972 s) latches sensor_detached at 302 s. Session 23 (jig23): such a record is no longer made — the jig's reference probe ends every run whose pair sensors rose under 0.93 of its rise (both loose alike at 0.8 / 0.85 / 0.9: 304 of 304 runs each refused, Jig23.JigReferenceTests / PairPressedScan); this test, the witness fed the scaled record, still fails as measured")]
        public void A_record_from_a_pair_loose_alike_at_the_fixture_does_not_trip_a_normal_lying_down_session()
        {
            ElementSensorOption.RecordConductanceScale = 1.47;
            try
            {
                var pads = LifeRoom.PadsIn(PadFile.LoadAllShipped(), LifeRoom.Of(130007));
                var (_, fault, faultAtS) = LieDownLife.Run(pads, 130007, fitElement: r => r.FitElementSensor(ElementCalibrationKind.Factory));
                Assert.True(fault == FaultCode.None, fault + " at " + faultAtS + " s");
            }
            finally
            {
                ElementSensorOption.RecordConductanceScale = 1.0;
            }
        }
    }
}
