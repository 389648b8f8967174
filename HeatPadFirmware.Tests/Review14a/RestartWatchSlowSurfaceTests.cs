using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review12;
using Xunit;

namespace HeatPadFirmware.Tests.Review14a
{
    /// <summary>
    /// Review 14a, the misses session 13's restart rise watch after an off press leaves (<see cref="DetachedOntoWarmingSurfaceScenario"/>:
    /// 600 s of heat, both sensors leave the pad in the off press and settle on a surface warming on its own from room + offset,
    /// the user presses on after the off and the sensors stay there; watched 900 s).
    /// </summary>
    public class RestartWatchSlowSurfaceTests
    {
        private static DetachedOntoWarmingSurfaceScenario.Outcome Run(string padName, string condition, int level, double rampCPerS, int offS, double offsetC)
        {
            return DetachedOntoWarmingSurfaceScenario.Run(BenchPadFamily.InCondition(PadFile.LoadShipped(padName), condition), level, rampCPerS, offS, 900, offsetC);
        }

        /// <summary>
        /// Guard, what the long-off watch gains (offs of 600-1,200 s onto a surface warming 0.001-0.003 °C/s): watch13 8cdaf1f
        /// names these in 85 / 97 / 161 s at 31.4 / 39.9 / 34.4 °C; main a8847d4 at 541 s, 54.5 °C (nominal-12v air), 630 s,
        /// 59.5 °C (strong-60w air), never in 900 s, 38.9 °C (folded-covered). Review 14a's scan (not committed: the 6 shipped
        /// pads and random-000..009 of seed 1, body/air, L1/L5, offs 300-1,800 s at 0.001-0.003 °C/s, and offs 60 / 150 s landing
        /// 3.5-6 °C over the room at 0-0.01 °C/s: 2,304 runs): named within 180 s main 158, watch13 456; named later than main 0.
        /// </summary>
        [Theory]
        [InlineData("nominal-12v", "air", 5, 0.002, 600, 0.1)]
        [InlineData("strong-60w", "air", 5, 0.001, 1200, 0.1)]
        [InlineData("folded-covered", "body", 5, 0.003, 600, 0.1)]
        public void Firmware_NamesSensorsOffASlowlyWarmingSurface_AfterALongOff(string padName, string condition, int level, double rampCPerS, int offS, double offsetC)
        {
            var o = Run(padName, condition, level, rampCPerS, offS, offsetC);
            Assert.Equal(FaultCode.SensorDetached, o.Fault);
            Assert.True(o.FaultAfterS <= 180.0, "named " + o.FaultAfterS + " s after the restart");
            Assert.True(o.PeakSurfaceC < 48.0, "surface reached " + o.PeakSurfaceC + " °C");
        }

        /// <summary>
        /// Finding (LOW: main misses them as well): a reading past the band when the heat returns — an off of 1,200-1,800 s onto a
        /// surface warming 0.002-0.003 °C/s (3-5 °C over the room by then; watch13 8cdaf1f keeps 3 °C after a long off), or
        /// sensors landing 4.5 °C over the room in a 60 / 150 s off (over the 4 °C band). Never named in 900 s on main a8847d4 nor
        /// on watch13 8cdaf1f: nominal-12v body 44.7 °C, free-air 42.8 °C, strong-60w body 44.0 °C, nominal-12v air 43.0 °C, the
        /// heat on unseen the whole 900 s. In the scan above 1,848 of 2,304 runs stay unnamed or late (main 2,147); the hottest
        /// 50.4 °C (thick-slow in the air, 3.5-6 °C over the room, 0.01 °C/s: named at 777 s on both). 8cdaf1f's 3 °C after a long
        /// off gave back some of cb4ad58's gain: offs of 1,200 s at 0.003 °C/s and 1,800 s at 0.002 °C/s were named on 32 of 64
        /// runs each with 4 °C, on none with 3 °C (as on main).
        /// </summary>
        [Theory(Skip = "Review 14a finding (pre-existing, not fixed by watch13): sensors on a surface past the band when the heat returns (long off onto a surface warming 0.002-0.003 C/s, or landing 4.5 C over the room) are never named in 900 s: 42.8-44.7 C, main a8847d4 alike")]
        [InlineData("nominal-12v", "body", 5, 0.003, 1800, 0.1)]
        [InlineData("free-air", "air", 5, 0.003, 1800, 0.1)]
        [InlineData("strong-60w", "body", 5, 0.005, 60, 4.5)]
        [InlineData("nominal-12v", "air", 5, 0.005, 150, 4.5)]
        public void Firmware_NamesSensorsOffAWarmingSurface_PastTheBand(string padName, string condition, int level, double rampCPerS, int offS, double offsetC)
        {
            var o = Run(padName, condition, level, rampCPerS, offS, offsetC);
            Assert.Equal(FaultCode.SensorDetached, o.Fault);
            Assert.True(o.FaultAfterS <= 180.0, "named " + o.FaultAfterS + " s after the restart");
            Assert.True(o.PeakSurfaceC < 48.0, "surface reached " + o.PeakSurfaceC + " °C");
        }
    }
}
