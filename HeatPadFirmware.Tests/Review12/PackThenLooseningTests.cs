using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review12
{
    /// <summary>
    /// Review 12, the refuted witness (SensorCouplingCheck.WitnessRefutedC, session 11, 06903b5, reverted after this review: a reading more than 10 °C over
    /// the witness's own full-power ceiling disables the witness's probes and cap). Its premise: "a loosening or detached sensor
    /// reads less than the pad, never more". But the witness's ceiling is low whenever the witness was learned under a sink
    /// that is gone: a cold pack on the pad at the start of a session. Once the pack is lifted the attached readings stand
    /// over that ceiling + 10 °C, the witness is refuted before anything loosens, and a later loosening is judged without it.
    /// <see cref="PackThenLooseningScenario"/>, level 5, body. Every moved row below was measured again on the merged main with
    /// WitnessRefutedC set out of reach (1000 °C): all return to a990cff's figures, so the move is that constant's alone.
    /// </summary>
    public class PackThenLooseningTests
    {
        [Theory]
        [InlineData(8.0, 200, 900, 300.0, 46.5)]
        [InlineData(8.0, 450, 900, 300.0, 46.5)]
        [InlineData(8.0, 450, 1500, 300.0, 46.5)]
        [InlineData(40.0, 200, 900, 450.0, 47.0)]
        public void Firmware_NamesALooseningAfterAPackLifted_AsSoonAsBefore(double packWPerK, int packS, int onsetS, double namedByS, double peakUnderC)
        {
            var o = PackThenLooseningScenario.Run("nominal-12v", 5, packWPerK, packS, onsetS);
            Assert.NotEqual(FaultCode.None, o.Fault);
            Assert.True(o.FaultAfterS <= namedByS, "named " + o.FaultAfterS + " s after the onset");
            Assert.True(o.PeakSurfaceC <= peakUnderC, "peak " + o.PeakSurfaceC + " C");
        }

        [Theory]
        [InlineData(8.0, 600.0, 49.0)]
        [InlineData(40.0, 3600.0, 52.5)]
        public void Firmware_NamesAFreeAirPadsLooseningAfterAPackLifted_AsBefore(double packWPerK, double namedByS, double peakUnderC)
        {
            var o = PackThenLooseningScenario.Run("free-air", 5, packWPerK, 450, 900);
            Assert.True(o.PeakSurfaceC <= peakUnderC, "peak " + o.PeakSurfaceC + " C");
            Assert.True(o.Fault != FaultCode.None || namedByS >= 3600.0, "no fault");
            Assert.True(double.IsNaN(o.FaultAfterS) || o.FaultAfterS <= namedByS, "named " + o.FaultAfterS + " s after the onset");
        }

        [Theory]
        [InlineData("thick-slow", 40.0, 200, 1500, 500.0, 45.5)]
        [InlineData("thick-slow", 40.0, 450, 1500, 520.0, 47.0)]
        [InlineData("strong-60w", 8.0, 200, 900, 520.0, 48.5)]
        public void Firmware_NamesALooseningAfterAPackLifted_OtherPads_AsSoonAsBefore(string padName, double packWPerK, int packS, int onsetS, double namedByS, double peakUnderC)
        {
            var o = PackThenLooseningScenario.Run(padName, 5, packWPerK, packS, onsetS);
            Assert.NotEqual(FaultCode.None, o.Fault);
            Assert.True(o.FaultAfterS <= namedByS, "named " + o.FaultAfterS + " s after the onset");
            Assert.True(o.PeakSurfaceC <= peakUnderC, "peak " + o.PeakSurfaceC + " C");
        }

        [Fact]
        public void TheWitnessLearnedUnderAPack_IsRefutedByAttachedReadings_WhileTheSensorsLoosen()
        {
            // The mechanism: nominal-12v, 8 W/K for 450 s, loosening from 900 s; sensor 1's loosening reading stands over the
            // witness's ceiling + WitnessRefutedC for over 100 s after the onset (measured 250 s on 0be3eae, 110 s at a990cff:
            // the state is reached on both trees; only session 11 acts on it).
            var o = PackThenLooseningScenario.Run("nominal-12v", 5, 8.0, 450, 900);
            Assert.True(o.RefutedS >= 100, "refuted " + o.RefutedS + " s");
        }

        [Theory(Skip = "Named only with session 11's WitnessRefutedC (0be3eae), reverted after review 12's HIGH-1: strong-60w after a 20-40 W/K pack runs unnamed for 3600 s again (a990cff: peak 48.9-49.3 C)")]
        [InlineData(40.0, 200, 900)]
        [InlineData(40.0, 450, 900)]
        [InlineData(20.0, 200, 1500)]
        public void Firmware_NamesAStrongPadsLooseningAfterAPackLifted(double packWPerK, int packS, int onsetS)
        {
            // What holds (and improved): strong-60w after a 20-40 W/K pack went unnamed for 3600 s at a990cff (peak 48.9-49.3 C);
            // merged main names it 634-646 s after the onset (peak 49.27-49.33 C, the loosening family's known gap of issue 4).
            var o = PackThenLooseningScenario.Run("strong-60w", 5, packWPerK, packS, onsetS);
            Assert.NotEqual(FaultCode.None, o.Fault);
            Assert.InRange(o.FaultAfterS, 600.0, 660.0);
        }

        [Fact(Skip = "Review 12, pre-existing (not session 11's; same figures at a990cff and 0be3eae), severe: folded-covered on the "
            + "body, 20 W/K pack for 450 s, both sensors loosening from 1500 s: no fault in 3600 s after the onset, true surface "
            + "76.0 C (a990cff) / 76.8 C (0be3eae); with a 40 W/K pack sensor_detached at 586 s, 51.47 C on both. Still no fault with session 11's HeatEnergyCheck merged. "
            + "Session 13: a fall-under-heat rule (5 C under full power) named it at 341 s / 47.75 C but was reverted (45 false latches of 288 "
            + "lying down on a pre-heated pad); HeatEnergyCheck cannot reach 30 kJ before 48 C here (26.6 kJ in): docs/safety.md, Session 13.")]
        public void Firmware_NamesAFoldedPadsLooseningAfterAPackLifted_Under48C()
        {
            var o = PackThenLooseningScenario.Run("folded-covered", 5, 20.0, 450, 1500);
            Assert.NotEqual(FaultCode.None, o.Fault);
            Assert.True(o.PeakSurfaceC <= 48.0, "peak " + o.PeakSurfaceC + " C");
        }
    }
}
