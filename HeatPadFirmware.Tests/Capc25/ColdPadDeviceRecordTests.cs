using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Capc25
{
    /// <summary>
    /// Session 25 (capc25): the four rows of <see cref="Element.ColdPadMisScaledRecordTests"/> (folded-covered L5, the pad 10 °C
    /// under its room, supply 1.1 × rated, every value of the record × 1.10, pair lags 35 / 20 / 40 s and a 30 °C room) with the
    /// C the device's own fixture run gives that pad and seed (<c>calibrate --telemetry</c>, C and the lag from the cool stage)
    /// instead of the direct fit's — damp24 showed the true C alone clears all four. Drives the device fixture run
    /// (DeviceFixtureSimulation, room25's area) and the calibrated witness (ecap25's): a change to either moves these rows.
    /// </summary>
    public class ColdPadDeviceRecordTests
    {
        internal static long VerdictAtS(double pairLagS, double roomC, int mode)
        {
            var (seed, pad, _) = Element.ColdPadMisScaledRecordTests.ColdPadCase(pairLagS, roomC);
            var run = new FaultRun(pad, seed);
            run.FitElementSensor(ElementCalibrationKind.None);
            ElementCalibration fixture = ElementCalibrationFixture.Calibrate(pad, seed);
            ElementCalibration device = DeviceRecords.Capc25(pad, seed)!;
            Assert.NotNull(device);
            // mode 0: the device's C alone in the direct fit's record; 1: its C and lag (the cool stage's pair); 2: the device's record whole.
            ElementCalibration record = mode == 2 ? device : new ElementCalibration(device.CapacityJPerK, fixture.ConductanceWPerK, fixture.RoomConductanceWPerK, mode == 1 ? device.LagS : fixture.LagS);
            run.Core.CalibrateElement(ElementCalibrationSource.Scaled(record, 1.10, 1.0, 1.0));
            return Element.ColdPadMisScaledRecordTests.RunToVerdictS(run, pad);
        }

        [Theory]
        [InlineData(35.0, double.NaN)]
        [InlineData(20.0, double.NaN)]
        [InlineData(40.0, double.NaN)]
        [InlineData(35.0, 30.0)]
        public void FoldedCoveredL5_TenDegreesUnderTheRoom_SenseNinePercentLow_TheDevicesWholeRecord_LatchesNoFalseDetached(double pairLagS, double roomC)
        {
            // Measured (capc25, 4c2dbff): the device's record of this pad and seed is C 147 J/K (the pad's effective 135: +9 %,
            // the folded pad's bedding on its surface), G_cs 2.13, G_ca 0.68 W/K, lag 6 s (true 7.07): no row latches (main's
            // direct fit, C 91 J/K and lag 15 s: 1,434 / 1,451 / 1,476 / 1,078 s).
            long atS = VerdictAtS(pairLagS, roomC, 2);
            Assert.True(atS < 0, $"the witness named the healthy pair at {atS} s");
        }

        [Theory(Skip = "Session 25 (capc25), measured on 4c2dbff: the device's C (147 J/K, +9 % on this folded pad) put alone into the direct fit's "
            + "record (lag 15 s) latches all four rows at 100 s, in the cold start's first heat; with the device's lag too (6 s) but the direct "
            + "fit's G_cs / G_ca (2.20 / 0.75 W/K against the device's 2.13 / 0.68) the 35 s and 40 s rows latch at 1,377 / 1,335 s, the 20 s "
            + "and 30 C rows none. The device's record whole latches none (the test above): C, its lag and G_ca come as one fit, and a C "
            + "too high is not tolerated by itself (with a long lag it fails at the start).")]
        [InlineData(35.0, double.NaN, 0)]
        [InlineData(20.0, double.NaN, 0)]
        [InlineData(40.0, double.NaN, 0)]
        [InlineData(35.0, 30.0, 0)]
        [InlineData(35.0, double.NaN, 1)]
        [InlineData(20.0, double.NaN, 1)]
        [InlineData(40.0, double.NaN, 1)]
        [InlineData(35.0, 30.0, 1)]
        public void FoldedCoveredL5_TenDegreesUnderTheRoom_SenseNinePercentLow_DeviceFittedCapacityInTheDirectRecord_LatchesNoFalseDetached(double pairLagS, double roomC, int mode)
        {
            long atS = VerdictAtS(pairLagS, roomC, mode);
            Assert.True(atS < 0, $"the witness named the healthy pair at {atS} s");
        }
    }
}
