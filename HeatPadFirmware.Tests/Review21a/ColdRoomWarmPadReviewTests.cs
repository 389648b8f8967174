using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review19a;
using Xunit;

namespace HeatPadFirmware.Tests.Review21a
{
    /// <summary>
    /// Review 21a: the calibrated witness's latch (wit20) on a whole view (the pair on the surface, no fault), in rooms the
    /// session-20 scan pinned only with the pad at the room: the core's own Factory record, 1,800 s of 1 s ticks. The scan
    /// (Review21aScan.Scan, rooms 12 / 22 / 30, pad -17..+18 °C) found folded-covered free-air L3 latching sensor_detached
    /// in a 12-16 °C room; the run without a calibration latches the same fault at the same second (main's own check, not
    /// the witness). Guard: the calibrated run equals the uncalibrated one.
    /// </summary>
    public class ColdRoomWarmPadReviewTests
    {
        private static (FaultCode Fault, int AtS) Run(string padName, string condition, int level, int seed, double roomC, double padWarmerC, ElementCalibrationKind kind)
        {
            PadParameters shipped = PadFile.LoadShipped(padName);
            PadParameters pad = HostileElementReadingTests.InCondition(shipped, condition).With(ambientC: roomC, initialC: roomC + padWarmerC, bodyC: Math.Max(roomC, shipped.BodyC));
            var r = Review21aScan.Run(pad, seed, level, kind: kind);
            return (r.Fault, r.AtS);
        }

        [Theory]
        [InlineData(12.0, 0.0)]
        [InlineData(12.0, 2.0)]
        [InlineData(12.0, 4.0)]
        [InlineData(12.0, 6.0)]
        [InlineData(12.0, 8.0)]
        [InlineData(14.0, 4.0)]
        [InlineData(16.0, 4.0)]
        [InlineData(12.0, -4.0)]
        public void ACoolRoomAndAPadAtOrOverIt_CalibratedLatch_AddsNoFaultToTheUncalibratedRun(double roomC, double warmC)
        {
            var uncalibrated = Run("folded-covered", "air", 3, 21035, roomC, warmC, ElementCalibrationKind.None);
            var calibrated = Run("folded-covered", "air", 3, 21035, roomC, warmC, ElementCalibrationKind.Factory);

            // Since lie20's stand-down (merged after this review's base), the calibrated pad may also withhold the uncalibrated
            // run's readings-only latch of this healthy whole view (the pair on the surface): no fault then, and the surface
            // held, not heated unseen. Any fault the calibrated run does latch is the uncalibrated run's, at its second.
            if (calibrated.Fault == FaultCode.None)
            {
                Assert.InRange(PeakSurfaceC("folded-covered", "air", 3, 21035, roomC, warmC, calibrated.AtS), 0.0, SafetyLimits.OverTemperatureC);
            }
            else
            {
                Assert.Equal(uncalibrated, calibrated);
            }
        }

        private static double PeakSurfaceC(string padName, string condition, int level, int seed, double roomC, double padWarmerC, int seconds)
        {
            PadParameters shipped = PadFile.LoadShipped(padName);
            PadParameters pad = HostileElementReadingTests.InCondition(shipped, condition).With(ambientC: roomC, initialC: roomC + padWarmerC, bodyC: Math.Max(roomC, shipped.BodyC));
            var run = new FaultRun(pad, seed);
            run.FitElementSensor(ElementCalibrationKind.Factory);
            run.Start(level);
            double peakC = run.Pad.SurfaceC;
            for (int s = 1; s <= seconds; s++)
            {
                run.TickPair(1000, run.Sensor.Read(run.NowMs + 1000), run.SecondSensor.Read(run.NowMs + 1000));
                peakC = Math.Max(peakC, run.Pad.SurfaceC);
            }

            return peakC;
        }
    }
}
