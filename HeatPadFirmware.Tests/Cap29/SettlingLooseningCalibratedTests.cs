using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Cap29
{
    /// <summary>
    /// Session 29 (cap29; docs/safety.md "Session 29: the element sensor on the settling partial loosening"): the lead's
    /// session-28 gap — both sensors loosening at 900 s to a fraction w of the surface's rise over the room and staying there — on a
    /// pad with the element sensor and its factory record (<c>--element-sensor --element-calibration Factory</c>). Of the scan's
    /// 324 runs (16 / 22 / 28 °C rooms) the plain pad leaves 10 unnamed past 48 °C; the calibrated pad names 5 of them (the
    /// held-divergence watch, session 26, or the heating watch) and caps 4 under 48 °C, and 1 passes 48 °C for 148 s before
    /// the held-divergence watch names it. The cap holds the true surface at 46–47 °C for the rest of the hour on the unnamed
    /// runs, where 9 of 324 still take more than the fitted burn threshold's dose (findings below, skipped).
    /// </summary>
    public class SettlingLooseningCalibratedTests
    {
        [Theory]
        // pad, room °C, level, final w; the plain pad's peak (unnamed); the calibrated pad's latch second and fault; its peak.
        [InlineData("folded-covered", 28.0, 3, 0.5, 55.41, 1241, FaultCode.SensorDetached, 43.74)]
        [InlineData("folded-covered", 28.0, 5, 0.5, 58.98, 1166, FaultCode.SensorDetached, 45.20)]
        [InlineData("folded-covered", 28.0, 5, 0.65, 53.59, 1410, FaultCode.SensorDetached, 46.23)]
        [InlineData("folded-covered", 28.0, 5, 0.8, 48.76, 1208, FaultCode.SensorDetached, 45.90)]
        [InlineData("thick-slow", 28.0, 5, 0.65, 51.68, 1491, FaultCode.HeatingFailed, 46.26)]
        public void ASettlingLoosening_ThePlainPadLetsPast48_IsNamedUnder48WithTheFactoryRecord(
            string padName, double roomC, int level, double finalWeight, double plainPeakC, int calibratedFaultS, FaultCode calibratedFault, double calibratedPeakC)
        {
            SettlingLooseningRun.Outcome plain = SettlingLooseningRun.Run(padName, roomC, level, finalWeight, factoryRecord: false);
            SettlingLooseningRun.Outcome calibrated = SettlingLooseningRun.Run(padName, roomC, level, finalWeight, factoryRecord: true);

            Assert.Equal(FaultCode.None, plain.Fault);
            Assert.Equal(plainPeakC, plain.PeakSurfaceC, 0.01);
            Assert.Equal(calibratedFault, calibrated.Fault);
            Assert.True(calibrated.FaultS <= calibratedFaultS, "named at " + calibrated.FaultS + " s, main " + calibratedFaultS + " s");
            Assert.True(calibrated.PeakSurfaceC <= calibratedPeakC + 0.01, "peak " + calibrated.PeakSurfaceC + " °C, main " + calibratedPeakC + " °C");
            Assert.Equal(0, calibrated.SecondsOver48);
        }

        [Theory]
        // pad, room °C, level, final w; the plain pad's peak (unnamed); the calibrated pad's peak (unnamed, capped).
        [InlineData("thick-slow", 22.0, 3, 0.65, 50.96, 46.80)]
        [InlineData("thick-slow", 22.0, 5, 0.8, 50.16, 46.61)]
        [InlineData("thick-slow", 28.0, 3, 0.65, 48.82, 47.22)]
        [InlineData("thick-slow", 28.0, 5, 0.8, 48.65, 46.56)]
        public void ASettlingLoosening_ThePlainPadLetsPast48_IsCappedUnder48WithTheFactoryRecord(
            string padName, double roomC, int level, double finalWeight, double plainPeakC, double calibratedPeakC)
        {
            SettlingLooseningRun.Outcome plain = SettlingLooseningRun.Run(padName, roomC, level, finalWeight, factoryRecord: false);
            SettlingLooseningRun.Outcome calibrated = SettlingLooseningRun.Run(padName, roomC, level, finalWeight, factoryRecord: true);

            Assert.Equal(FaultCode.None, plain.Fault);
            Assert.Equal(plainPeakC, plain.PeakSurfaceC, 0.01);
            Assert.True(plain.SecondsOver48 > 0);
            Assert.True(calibrated.PeakSurfaceC <= calibratedPeakC + 0.01, "peak " + calibrated.PeakSurfaceC + " °C, main " + calibratedPeakC + " °C");
            Assert.Equal(0, calibrated.SecondsOver48);
            // The cap, not a verdict, is what bounds these: it holds the duty for most of the hour after the onset.
            Assert.True(calibrated.CapHoldingS > 1000, "cap held " + calibrated.CapHoldingS + " s");
        }

        [Fact]
        public void FoldedCovered28L3At065_IsNamedByTheHeldDivergence_NoLaterAndNoLongerPast48ThanMain()
        {
            // Main: sensor_detached at 1,809 s by the held-divergence watch, the true surface past 48 °C for 148 s (peak 48.36 °C,
            // dose 0.349). The plain pad runs the hour unnamed (peak 49.12 °C, 2,896 s past 48 °C, dose 5.61).
            SettlingLooseningRun.Outcome calibrated = SettlingLooseningRun.Run("folded-covered", 28.0, 3, 0.65, factoryRecord: true);

            Assert.Equal(FaultCode.SensorDetached, calibrated.Fault);
            Assert.True(calibrated.ByHeldDivergence);
            Assert.True(calibrated.FaultS <= 1809, "named at " + calibrated.FaultS + " s");
            Assert.True(calibrated.SecondsOver48 <= 148, calibrated.SecondsOver48 + " s past 48 °C");
        }

        [Fact(Skip = "Finding (session 29, cap29): the calibrated pad lets this settling loosening past 48 °C for 148 s (peak 48.36 °C) before the held-divergence watch names it at 1,809 s; issue 4 wants no second past 48 °C.")]
        public void FoldedCovered28L3At065_WithTheFactoryRecord_NeverPasses48()
        {
            SettlingLooseningRun.Outcome calibrated = SettlingLooseningRun.Run("folded-covered", 28.0, 3, 0.65, factoryRecord: true);

            Assert.Equal(0, calibrated.SecondsOver48);
        }

        [Fact(Skip = "Finding (session 29, cap29): capped at 46-47 °C and never named, the true surface takes 1.317 of the fitted burn threshold's dose in the 75 min (main; 9 of the scan's 324 runs pass 1.0 with the record, 14 on the plain pad); the cap's 45.5 °C ceiling is an hour's burn, not a bound.")]
        public void ThickSlow28L5At08_WithTheFactoryRecord_IsNamedOrStaysUnderTheBurnThreshold()
        {
            SettlingLooseningRun.Outcome calibrated = SettlingLooseningRun.Run("thick-slow", 28.0, 5, 0.8, factoryRecord: true);

            Assert.True(calibrated.Fault != FaultCode.None || calibrated.SurfaceDose < 1.0, "dose " + calibrated.SurfaceDose);
        }
    }
}
