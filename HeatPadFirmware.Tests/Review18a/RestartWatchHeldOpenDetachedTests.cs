using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review18a
{
    /// <summary>
    /// Review 18a: bed17's extension of the long off's restart watch (RestartWatchExtensionPaceFraction 0.1,
    /// RestartWatchExtensionMaxS 60: a reading short of 0.15 of the learned model's response at the
    /// bound but rising at 0.1 of the model's pace or more is watched on up to 60 more full-power seconds) on detached sensors
    /// resting on bedding the pad warms (<see cref="HeldWatchRestartScenario"/>, review 15b's scenario with lags and rooms of its
    /// own), outside bed17's subset (L1 / L5, 7 pads, the pads' own lags): levels 2-4, bench seed 1 random pads, lags 30 / 50 s.
    /// Figures: base = main 0fc0655, change = main 5ab2ff1 (bed17 merged); scratch scan (6 shipped pads + random-000..019, body /
    /// air, L2 / L3 / L4, offs 300 / 1,200 s, bedding 0.002 °C/s + 10 / 20 / 30 % of the pad's excess, tau 30 / 120 s, lags the
    /// pad's / 30 / 50 s; 5,616 runs, 3,600 s watched): 92 runs moved, all later or not named, none earlier: 69 later by up to
    /// 60 s, 17 later by more (to 851-2,239 s), 5 named by the base 149-161 s after the restart not named in 3,600 s; every peak
    /// under 48 °C in the pads' own rooms (highest 46.96 °C, strong-60w on the body). bed17 was reverted after this review: every
    /// case here passes on main again and guards the next form of the restart watch (skipped while bed17 stood).
    /// </summary>
    public class RestartWatchHeldOpenDetachedTests
    {
        /// <summary>
        /// Finding MEDIUM-1 (a detached pair the base named, not named in 3,600 s; peaks under 48 °C): random-006 (bench seed 1)
        /// learned in the air, a 1,200 s off, bedding 0.002 °C/s + 30 % of the pad's excess (tau 120 s), the pad's own lags:
        /// base sensor_detached 161 s (L2 / L3) / 159 s (L4) after the restart at 27.8 °C; change not named in 3,600 s, peak
        /// 43.37 °C. With 50 s lags random-013 L3 / L4: base 151 / 149 s (28.5 °C), change not named in 3,600 s, 43.06 °C. With 30 s
        /// lags random-006 L2-L4: base 159-161 s, change 2,232-2,239 s (43.31 °C).
        /// </summary>
        [Theory]
        [InlineData("random-006", 2, 0.0, 221.0)]
        [InlineData("random-006", 3, 0.0, 221.0)]
        [InlineData("random-006", 4, 0.0, 219.0)]
        [InlineData("random-006", 3, 30.0, 221.0)]
        [InlineData("random-013", 3, 50.0, 211.0)]
        [InlineData("random-013", 4, 50.0, 209.0)]
        public void Firmware_NamesDetachedSensorsOnBeddingAnswering30Percent_WithinAMinuteOfTheBase(string padName, int level, double lagS, double boundS)
        {
            var pad = HeldWatchRestartScenario.Pad(padName, "air");
            var o = HeldWatchRestartScenario.Run(pad, level, 1200, 0.002, 0.3, 120.0, 3600, lagS);
            Assert.True(o.Fault == FaultCode.SensorDetached && o.AfterS <= boundS, o.Fault + " at " + o.AfterS + " s after the restart, peak " + o.PeakSurfaceC.ToString("0.00") + " C");
        }

        /// <summary>
        /// Finding MEDIUM-2 (named more than 60 s later; peaks under 48 °C): a 300 s off, bedding 0.002 °C/s + 10-20 % of the pad's
        /// excess (tau 30 s). strong-60w on the body L2 (the pad's lags): base 97 s (45.24 °C), change 1,420 s (46.34 °C);
        /// thick-slow in the air L3: base 161 s (39.04 °C), change 877 s (44.43 °C); random-008 on the body L3: base 117 s
        /// (35.95 °C), change 931 s (39.28 °C); random-005 in the air L2, 20 %, 30 s lags: base 103 s (33.35 °C), change 2,062 s
        /// (39.88 °C); random-010 in the air L4, 20 %, 30 s lags: base 129 s, change 1,182 s (39.91 °C).
        /// </summary>
        [Theory]
        [InlineData("strong-60w", "body", 2, 0.1, 0.0, 157.0)]
        [InlineData("thick-slow", "air", 3, 0.1, 0.0, 221.0)]
        [InlineData("random-008", "body", 3, 0.1, 0.0, 177.0)]
        [InlineData("random-005", "air", 2, 0.2, 30.0, 163.0)]
        [InlineData("random-010", "air", 4, 0.2, 30.0, 189.0)]
        public void Firmware_NamesDetachedSensorsOnBedding_WithinAMinuteOfTheBase(string padName, string condition, int level, double fraction, double lagS, double boundS)
        {
            var pad = HeldWatchRestartScenario.Pad(padName, condition);
            var o = HeldWatchRestartScenario.Run(pad, level, 300, 0.002, fraction, 30.0, 3600, lagS);
            Assert.True(o.Fault == FaultCode.SensorDetached && o.AfterS <= boundS, o.Fault + " at " + o.AfterS + " s after the restart, peak " + o.PeakSurfaceC.ToString("0.00") + " C");
        }

        /// <summary>
        /// Finding HIGH-1 (a detached pair the base named under 48 °C, named 20 minutes later past 48 °C): nominal-12v in the air
        /// (free-air the same figures, on the body and in the air) in a 30 °C room (the highest the watch judges,
        /// <see cref="RoomReadingCheck.MaxRoomC"/>), L5, a 300 s off, bedding warming 0.002 °C/s + 20 % of the pad's excess (tau
        /// 30 s), sensors lagging 30 s. Base: sensor_detached 84 s after the restart, surface 40.8 °C. Change: the held watch ends
        /// as pad seen, the surface passes 48 °C 623 s after the restart (23 s at 48 °C or more, peak 48.19 °C), sensor_detached
        /// only at 1,321 s. (L3: 86 s at 40.6 °C → 1,517 s, 47.67 °C.) Scratch scan of the 30 °C room (6 shipped + random-000..019,
        /// body / air, L1 / L3 / L5, offs 300 / 1,200 s, 0.002 °C/s, 5-30 % of the pad's excess, tau 30 / 120 s, lags the pad's /
        /// 30 / 50 s; 7,488 runs): 334 moved, all later or not named, none earlier: 296 later by up to 60 s, 26 later by more,
        /// 11 not named in 3,600 s (base 83-147 s; peaks 40.0-47.6 °C); 6 with more time at 48 °C or over (this and HIGH-2).
        /// </summary>
        [Fact]
        public void Firmware_NamesDetachedSensorsOnBeddingInA30CRoom_BeforeTheSurfaceReaches48C()
        {
            var pad = HeldWatchRestartScenario.Pad("nominal-12v", "air", 30.0);
            var o = HeldWatchRestartScenario.Run(pad, 5, 300, 0.002, 0.2, 30.0, 3600, 30.0);
            Assert.True(o.Fault == FaultCode.SensorDetached && o.AfterS <= 144.0, o.Fault + " at " + o.AfterS + " s after the restart, peak " + o.PeakSurfaceC.ToString("0.00") + " C");
            Assert.True(double.IsNaN(o.Over48S), "surface at 48 C " + o.Over48S + " s after the restart, peak " + o.PeakSurfaceC.ToString("0.00") + " C");
        }

        /// <summary>
        /// Finding HIGH-2 (the verdict up to 48 s later with the surface already past 48 °C: the extension's 60 full-power seconds
        /// run at full power on a surface over 48 °C): strong-60w in the air in a 30 °C room, a 300 s off. Bedding 0.002 °C/s +
        /// 20 % of the pad's excess (tau 30 s), 50 s lags: L1 base sensor_detached 97 s, 3 s at 48 °C or more, peak 48.37 °C;
        /// change 145 s, 51 s, 52.22 °C. L3: 97 s, 5 s, 48.59 °C → 142 s, 50 s, 52.18 °C. 30 % (tau 120 s), the pad's lags, L1:
        /// 97 s, 3 s, 48.37 °C → 125 s, 31 s, 49.65 °C. The surface passes 48 °C 93-95 s after the restart on both.
        /// </summary>
        [Theory]
        [InlineData(1, 0.2, 30.0, 50.0)]
        [InlineData(3, 0.2, 30.0, 50.0)]
        [InlineData(1, 0.3, 120.0, 0.0)]
        public void Firmware_NamesDetachedSensorsOnBeddingInA30CRoom_WithinSecondsOfTheSurfacePassing48C(int level, double fraction, double tauS, double lagS)
        {
            var pad = HeldWatchRestartScenario.Pad("strong-60w", "air", 30.0);
            var o = HeldWatchRestartScenario.Run(pad, level, 300, 0.002, fraction, tauS, 3600, lagS);
            Assert.True(o.Fault == FaultCode.SensorDetached && o.AfterS <= 100.0, o.Fault + " at " + o.AfterS + " s after the restart");
            Assert.True(o.SecondsOver48 <= 10 && o.PeakSurfaceC < 49.0, o.SecondsOver48 + " s at 48 C or more, peak " + o.PeakSurfaceC.ToString("0.00") + " C");
        }

        /// <summary>
        /// Finding MEDIUM-3 (30 °C room, a detached pair the base named not named in 3,600 s; peaks under 48 °C): a 300 s off,
        /// bedding 0.002 °C/s + 20 % of the pad's excess (tau 30 s). strong-60w on the body L1, 50 s lags: base 97 s (46.14 °C),
        /// change never (47.59 °C); nominal-12v on the body L1, 30 s lags: base 83 s (40.25 °C), change never (44.70 °C).
        /// </summary>
        [Theory]
        [InlineData("strong-60w", 50.0, 157.0)]
        [InlineData("nominal-12v", 30.0, 143.0)]
        public void Firmware_NamesDetachedSensorsOnBeddingInA30CRoom_WithinAMinuteOfTheBase(string padName, double lagS, double boundS)
        {
            var pad = HeldWatchRestartScenario.Pad(padName, "body", 30.0);
            var o = HeldWatchRestartScenario.Run(pad, 1, 300, 0.002, 0.2, 30.0, 3600, lagS);
            Assert.True(o.Fault == FaultCode.SensorDetached && o.AfterS <= boundS, o.Fault + " at " + o.AfterS + " s after the restart, peak " + o.PeakSurfaceC.ToString("0.00") + " C");
        }

        /// <summary>
        /// Finding HIGH-3 (a press inside the extension: the user turns the heat down as the restart's first minutes pass):
        /// strong-60w on the body in its own room, L2, a 300 s off, bedding 0.002 °C/s + 10 % of the pad's excess (tau 30 s), the
        /// pad's lags, Down pressed at 95-97 s after the restart (L1). Base: sensor_detached 97 s after the restart, 45.24 °C.
        /// Change: the watch held past its bound ends as pad seen; the surface passes 48 °C 170 s after the restart and stays at
        /// 48 °C or more 541 s (peak 49.35 °C); sensor_detached only at 710 s. (Without the presses: 97 s → 1,420 s, 46.34 °C.)
        /// Scratch scan (the 731 runs of the 5,616-run scan the base named 80-200 s after the restart, each with Down × 3 at 95 s):
        /// 92 moved, 18 later by more than 60 s, 5 not named in 3,600 s, this one past 48 °C.
        /// </summary>
        [Fact]
        public void Firmware_NamesDetachedSensorsOnBedding_WhenTheLevelIsTurnedDownAtTheBound()
        {
            var pad = HeldWatchRestartScenario.Pad("strong-60w", "body");
            var o = HeldWatchRestartScenario.Run(pad, 2, 300, 0.002, 0.1, 30.0, 3600, 0.0, levelAtS: 95, levelPresses: -3);
            Assert.True(o.Fault == FaultCode.SensorDetached && o.AfterS <= 157.0, o.Fault + " at " + o.AfterS + " s after the restart, peak " + o.PeakSurfaceC.ToString("0.00") + " C");
            Assert.True(double.IsNaN(o.Over48S), "surface at 48 C " + o.Over48S + " s after the restart (" + o.SecondsOver48 + " s), peak " + o.PeakSurfaceC.ToString("0.00") + " C");
        }

        /// <summary>
        /// Finding HIGH-4 (a second off / on inside the extension: an off press ends the held watch — UpdateRestartWatch clears it
        /// when no heat is wanted — and the short off's watch that follows does not name the pair): strong-60w on the body, L2, a
        /// 300 s off, bedding 0.002 °C/s + 10 % of the pad's excess (tau 120 s), 30 s lags, off pressed 100 s after the restart,
        /// on again 10 s later. Base: sensor_detached 97 s (before the press), 45.24 °C. Change: 207 s, the surface at 48 °C from
        /// 206 s (2 s, peak 48.04 °C). MEDIUM in the same class: strong-60w in the air L3, tau 30 s, the pad's lags: 97 s →
        /// 2,430 s (46.40 °C); off at 130 s for 30 s (731 runs): 53 later by more than 60 s, 2 not named in 3,600 s.
        /// </summary>
        [Fact]
        public void Firmware_NamesDetachedSensorsOnBedding_WhenTheUserPressesOffAndOnAtTheBound()
        {
            var pad = HeldWatchRestartScenario.Pad("strong-60w", "body");
            var o = HeldWatchRestartScenario.Run(pad, 2, 300, 0.002, 0.1, 120.0, 3600, 30.0, secondOffAtS: 100, secondOffS: 10);
            Assert.True(o.Fault == FaultCode.SensorDetached && o.AfterS <= 157.0, o.Fault + " at " + o.AfterS + " s after the restart, peak " + o.PeakSurfaceC.ToString("0.00") + " C");
            Assert.True(double.IsNaN(o.Over48S), "surface at 48 C " + o.Over48S + " s after the restart, peak " + o.PeakSurfaceC.ToString("0.00") + " C");
        }

        /// <summary>Finding HIGH-4's MEDIUM companion: strong-60w in the air, L3, tau 30 s, the pad's lags, off at 100 s for 10 s: base 97 s (41.08 °C), change 2,430 s (46.40 °C).</summary>
        [Fact]
        public void Firmware_NamesDetachedSensorsOnBedding_WhenTheUserPressesOffAndOnAtTheBound_InTheAir()
        {
            var pad = HeldWatchRestartScenario.Pad("strong-60w", "air");
            var o = HeldWatchRestartScenario.Run(pad, 3, 300, 0.002, 0.1, 30.0, 3600, 0.0, secondOffAtS: 100, secondOffS: 10);
            Assert.True(o.Fault == FaultCode.SensorDetached && o.AfterS <= 157.0, o.Fault + " at " + o.AfterS + " s after the restart, peak " + o.PeakSurfaceC.ToString("0.00") + " C");
        }

        /// <summary>
        /// Guard (passes on base and change): detached sensors at rest on a surface that does not answer the pad (fraction 0) with
        /// noisy readings (uniform ± 0.17 °C, seed 5) — noise must not fake the extension's pace — are named at the bound as on the
        /// base: strong-60w on the body L1 / L3 97 s (45.2 °C), nominal-12v in the air L5 84 s (34.1 °C), random-005 in the air L5
        /// 103 s (34.4 °C). Scratch scan (26 pads, body / air, L1 / L3 / L5, offs 300 / 1,200 s, 0.001 / 0.003 °C/s, fractions 0 /
        /// 5 %, noise 0.05 / 0.1, lags the pad's / 30 s; 4,992 runs): 56 moved, all later by at most 60 s (3 with fraction 0).
        /// </summary>
        [Theory]
        [InlineData("strong-60w", "body", 1, 100.0)]
        [InlineData("strong-60w", "body", 3, 100.0)]
        [InlineData("nominal-12v", "air", 5, 90.0)]
        [InlineData("random-005", "air", 5, 110.0)]
        public void Firmware_NamesDetachedSensorsAtRestWithNoisyReadings_AtTheBound(string padName, string condition, int level, double boundS)
        {
            var pad = HeldWatchRestartScenario.Pad(padName, condition);
            var o = HeldWatchRestartScenario.Run(pad, level, 300, level == 5 ? 0.003 : 0.001, 0.0, 60.0, 300, 0.0, noiseC: 0.1);
            Assert.True(o.Fault == FaultCode.SensorDetached && o.AfterS <= boundS, o.Fault + " at " + o.AfterS + " s after the restart");
            Assert.True(o.PeakSurfaceC < 48.0, "surface reached " + o.PeakSurfaceC.ToString("0.0") + " C");
        }

        /// <summary>
        /// Finding HIGH-5 (the clearest: a detached pair the base named under 48 °C, named by the change only after the surface
        /// passed 48 °C — the extension's up to 60 full-power seconds on a 60 W pad): strong-60w in the air in a warm room (26-29 °C),
        /// bedding 0.002 °C/s + 10-20 % of the pad's excess. Base: sensor_detached 97 s after the restart, peak 45.0-47.4 °C, never
        /// 48 °C. Change: 133-145 s; the surface passes 48 °C 102-121 s after the restart, 13-44 s at 48 °C or more, peak
        /// 49.3-51.3 °C. Rows: 28 °C L5 300 s off 10 % tau 30 s the pad's lags (46.90 → 51.18 °C, 28 s); 29 °C L1 300 s 20 % tau
        /// 30 s 50 s lags (47.43 → 51.27 °C, 44 s); 26 °C L5 300 s 10 % (45.02 → 49.27 °C, 13 s); 27 °C L1 300 s 20 % 50 s lags
        /// (45.56 → 49.15 °C, 27 s). Scratch scan (strong-60w body / air, rooms 24 / 26 / 27 / 28 / 29 °C, L1-L5, offs 300 / 600 /
        /// 1,200 s, 10 / 20 / 30 %, tau 30 / 120 s, lags the pad's / 30 / 50 s; 2,700 runs): 202 moved, none earlier; 35 now pass
        /// 48 °C before the latch where the base did not (peaks 48.03-51.27 °C, 4-44 s over; rooms 26-29 °C, all in the air); 4 on
        /// the body not named in 3,600 s (base 97 s; peaks 46.2-47.1 °C).
        /// </summary>
        [Theory]
        [InlineData(28.0, 5, 0.1, 0.0)]
        [InlineData(29.0, 1, 0.2, 50.0)]
        [InlineData(26.0, 5, 0.1, 0.0)]
        [InlineData(27.0, 1, 0.2, 50.0)]
        public void Firmware_NamesDetachedSensorsOnBeddingInAWarmRoom_BeforeTheSurfaceReaches48C(double roomC, int level, double fraction, double lagS)
        {
            var pad = HeldWatchRestartScenario.Pad("strong-60w", "air", roomC);
            var o = HeldWatchRestartScenario.Run(pad, level, 300, 0.002, fraction, 30.0, 3600, lagS);
            Assert.True(o.Fault == FaultCode.SensorDetached && o.AfterS <= 100.0, o.Fault + " at " + o.AfterS + " s after the restart");
            Assert.True(double.IsNaN(o.Over48S), "surface at 48 C " + o.Over48S + " s after the restart (" + o.SecondsOver48 + " s), peak " + o.PeakSurfaceC.ToString("0.00") + " C");
        }
    }
}
