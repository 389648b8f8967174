using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review12
{
    /// <summary>
    /// Review 12, the refuted witness (SensorCouplingCheck.WitnessRefutedC, session 11, 06903b5: a reading more than 10 °C over
    /// the witness's own full-power ceiling disables the witness's probes and cap). Its premise: "a loosening or detached sensor
    /// reads less than the pad, never more". But the witness's ceiling is low whenever the witness was learned under a sink
    /// that is gone: a cold pack on the pad at the start of a session. Once the pack is lifted the attached readings stand
    /// over that ceiling + 10 °C, the witness is refuted before anything loosens, and a later loosening is judged without it.
    /// <see cref="PackThenLooseningScenario"/>, level 5, body. Every moved row below was measured again on the merged main with
    /// WitnessRefutedC set out of reach (1000 °C): all return to a990cff's figures, so the move is that constant's alone.
    /// </summary>
    public class PackThenLooseningTests
    {
        [Theory(Skip = "Review 12 finding (HIGH): a cold pack on nominal-12v at the start of a level-5 session on the body, lifted, "
            + "both sensors loosening later (campaign pace, 600 s). Fault after the onset / true surface peak, a990cff -> 0be3eae: "
            + "8 W/K 200 s onset 900: 284 s / 45.89 C -> 441 s / 47.73 C; 8 W/K 450 s onset 900: 232 s / 45.32 -> 433 s / 47.74; "
            + "8 W/K 450 s onset 1500: 268 s / 45.82 -> 434 s / 47.75; 40 W/K 200 s onset 900: heating_failed 392 s / 46.00 -> "
            + "sensor_detached 560 s / 48.16 C (over 48 C). The witness learned under the pack (sensor 1's reading over its ceiling + 10 C for "
            + "110-459 s after the onset) is refuted by WitnessRefutedC; with the constant out of reach the a990cff figures return.")]
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

        [Theory(Skip = "Review 12 finding (HIGH, same cause, the largest figure): the free-air pad on the body, cold pack for 450 s, "
            + "both sensors loosening from 900 s: 8 W/K: a990cff sensor_detached 332 s after the onset / 48.53 C -> 0be3eae 593 s / "
            + "55.00 C; 40 W/K: unnamed in 3600 s on both, peak 51.98 -> 55.92 C. Scan of 26 pads (shipped + 20 of the random "
            + "family, seed 12) x 8/40 W/K: 8 runs moved (free-air, nominal-12v, strong-60w, random-004): 6 worse, 1 better (strong-60w 40 W/K), 1 mixed (random-004 8 W/K: 676 -> 638 s, 45.21 -> 45.69 C).")]
        [InlineData(8.0, 600.0, 49.0)]
        [InlineData(40.0, 3600.0, 52.5)]
        public void Firmware_NamesAFreeAirPadsLooseningAfterAPackLifted_AsBefore(double packWPerK, double namedByS, double peakUnderC)
        {
            var o = PackThenLooseningScenario.Run("free-air", 5, packWPerK, 450, 900);
            Assert.True(o.PeakSurfaceC <= peakUnderC, "peak " + o.PeakSurfaceC + " C");
            Assert.True(o.Fault != FaultCode.None || namedByS >= 3600.0, "no fault");
            Assert.True(double.IsNaN(o.FaultAfterS) || o.FaultAfterS <= namedByS, "named " + o.FaultAfterS + " s after the onset");
        }

        [Theory(Skip = "Review 12 finding (MEDIUM, same cause): thick-slow, 40 W/K pack for 200 s, loosening from 1500 s: a990cff "
            + "heating_failed 444 s after the onset / 44.31 C -> 0be3eae sensor_detached 531 s / 46.19 C; 40 W/K 450 s: 508 s / "
            + "46.26 -> 544 s / 48.26 C; 20 W/K 450 s: 461 s / 44.76 -> 533 s / 46.49. strong-60w 8 W/K 200 s onset 900: 480 s / "
            + "48.30 -> 574 s / 49.24 C.")]
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

        [Theory]
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
            + "76.0 C (a990cff) / 76.8 C (0be3eae); with a 40 W/K pack sensor_detached at 586 s, 51.47 C on both.")]
        public void Firmware_NamesAFoldedPadsLooseningAfterAPackLifted_Under48C()
        {
            var o = PackThenLooseningScenario.Run("folded-covered", 5, 20.0, 450, 1500);
            Assert.NotEqual(FaultCode.None, o.Fault);
            Assert.True(o.PeakSurfaceC <= 48.0, "peak " + o.PeakSurfaceC + " C");
        }
    }
}
