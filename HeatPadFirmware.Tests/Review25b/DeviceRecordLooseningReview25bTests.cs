using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Tests.Rec24;
using Xunit;

namespace HeatPadFirmware.Tests.Review25b
{
    /// <summary>
    /// Review 25b (rec24): the five loosening runs of faults seed 1 past 48 °C on strong-60w (the pad whose device record's C is
    /// the furthest from the needed, ×0.2–0.35) with rec24's device record of each case's pad and seed: a verdict is latched and
    /// the surface peaks no higher than with the Factory record (<see cref="DeviceRecordLooseningScan"/>: over all 160 loosening
    /// cases of strong-60w and usb-10w, no verdict lost and no peak raised).
    /// </summary>
    public class DeviceRecordLooseningReview25bTests
    {
        [Theory]
        [InlineData(FaultKind.BothSensorsLoosening, 4, 48.27)]
        [InlineData(FaultKind.BothSensorsLoosening, 5, 48.94)]
        [InlineData(FaultKind.BothSensorsLooseningShortPhases, 5, 48.91)]
        [InlineData(FaultKind.TwoPaceLoosening, 5, 48.78)]
        [InlineData(FaultKind.TwoPaceLooseningReversed, 5, 48.19)]
        public void The_S3_referenced_device_record_latches_a_strong_pad_loosening_verdict_at_no_higher_peak_than_the_Factory_record(FaultKind kind, int level, double factoryPeakC)
        {
            var (seed, pad) = RecordVerdicts.Case("strong-60w", kind, level, 60.0);
            ElementCalibration? record = RecordVerdicts.Record(RecordSource.Device, pad, seed);
            Assert.NotNull(record);
            FaultCaseResult r = RecordVerdicts.Run("strong-60w", kind, level, 60.0, record);
            Assert.NotEqual(FaultCode.None, r.Fault);
            Assert.True(r.PeakSurfaceC <= factoryPeakC + 0.005, FormattableString.Invariant($"peak {r.PeakSurfaceC:F2} C against the Factory record's {factoryPeakC:F2} C"));
        }
    }
}
