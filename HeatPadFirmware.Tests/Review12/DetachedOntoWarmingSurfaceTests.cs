using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review12
{
    /// <summary>
    /// Review 12, the room witness's straight-line rise (RoomReadingCheck.PadRiseSlopeCPerS, session 11): a least-squares rise
    /// of 0.004 °C/s over 40 s in the room band counts as the pad's 0.25 °C step and gives the count to the default bounds
    /// (160 full-power s). Its premise: "a sensor off the pad settles at the room air (slope ≤ 0)". A sensor that left the pad
    /// during an off press and rests on a surface warming steadily on its own (bedding, the pad's warm air, a room warming)
    /// breaks it: <see cref="DetachedOntoWarmingSurfaceScenario"/>, level 5, 600 s heat, 60 s off.
    /// </summary>
    public class DetachedOntoWarmingSurfaceTests
    {
        [Theory(Skip = "Review 12 finding (HIGH): both sensors off the pad during a 60 s off press, resting on a surface warming "
            + "0.005-0.007 C/s (0.3-0.4 C/min), level 5. Measured, fault after the restart and true surface peak, base a990cff -> "
            + "merged main 0be3eae: nominal-12v air r=0.005: 84 s / 43.05 C -> 300 s / 52.31 C; r=0.0055: 84 s / 43.05 -> 300 s / "
            + "52.31; r=0.007: 73 s / 42.38 -> 300 s / 52.31 (free-air pad, body and air, r=0.005-0.006: 84-85 s / 43.1 C -> 300 s "
            + "/ 52.31 C). The slope rule sets padRose, the restart bound (72 full-power s) gives way to the default 160 s, the "
            + "reading leaves the band at about 120 s and the room check never judges; sensor_detached only at 300 s. With "
            + "PadRiseSlopeCPerS set out of reach on 0be3eae every case here returns to a990cff's figures (the rule's alone).")]
        [InlineData("nominal-12v", "air", 0.005)]
        [InlineData("nominal-12v", "air", 0.0055)]
        [InlineData("nominal-12v", "air", 0.007)]
        [InlineData("free-air", "body", 0.005)]
        [InlineData("free-air", "air", 0.006)]
        public void Firmware_NamesSensorsOffAWarmingSurface_Within180s_Under48C(string padName, string condition, double rampCPerS)
        {
            var o = DetachedOntoWarmingSurfaceScenario.Run(padName, condition, 5, rampCPerS);
            Assert.NotEqual(FaultCode.None, o.Fault);
            Assert.True(o.FaultAfterS <= 180.0, "named " + o.FaultAfterS + " s after the restart");
            Assert.True(o.PeakSurfaceC <= 48.0, "peak " + o.PeakSurfaceC + " C");
        }

        [Theory(Skip = "Review 12 finding (MEDIUM, same cause, under 48 C): thick-slow on the body, sensors off onto a surface "
            + "warming 0.006-0.007 C/s during a 60 s off: base a990cff named sensor_detached 73 s after the restart (43.34 C), "
            + "merged main 300 s (45.71 C); 45 s off at 0.0055 C/s: 98 s (43.70 C) -> 300 s (45.91 C).")]
        [InlineData(60, 0.006)]
        [InlineData(60, 0.007)]
        [InlineData(45, 0.0055)]
        public void Firmware_NamesThickSlowSensorsOffAWarmingSurface_Within180s(int offS, double rampCPerS)
        {
            var o = DetachedOntoWarmingSurfaceScenario.Run("thick-slow", "body", 5, rampCPerS, offS);
            Assert.NotEqual(FaultCode.None, o.Fault);
            Assert.True(o.FaultAfterS <= 180.0, "named " + o.FaultAfterS + " s after the restart");
        }

        [Theory(Skip = "Review 12 finding (HIGH, breadth): the same scenario over 46 pads (shipped + 40 of the bench's random family, "
            + "seed 12) x body/air x 0.005/0.0065 C/s (184 runs): 89 moved, every one later; 20 of them unnamed in 900 s after the "
            + "restart (a990cff: all named 70-106 s). E.g. random-000 air 0.0065: 70 s / 40.64 C -> 300 s / 47.87 C; random-012 air "
            + "0.005: 102 s / 42.16 -> 300 s / 47.18; random-014 air 0.0065: 78 s / 35.70 -> unnamed, 40.89 C; random-013 body "
            + "0.005: 72 s / 34.08 -> unnamed, 34.51 C.")]
        [InlineData("random-000", "air", 0.0065)]
        [InlineData("random-012", "air", 0.005)]
        [InlineData("random-014", "air", 0.0065)]
        [InlineData("random-013", "body", 0.005)]
        public void Firmware_NamesSensorsOffAWarmingSurface_OnRandomFamilyPads_Within120s(string padName, string condition, double rampCPerS)
        {
            PadParameters? pad = null;
            foreach (var np in BenchPadFamily.Build(40, 12))
            {
                if (np.Name == padName)
                {
                    pad = BenchPadFamily.InCondition(np.Pad, condition);
                }
            }

            Assert.NotNull(pad);
            var o = DetachedOntoWarmingSurfaceScenario.Run(pad!, 5, rampCPerS);
            Assert.NotEqual(FaultCode.None, o.Fault);
            Assert.True(o.FaultAfterS <= 120.0, "named " + o.FaultAfterS + " s after the restart");
        }

        [Theory]
        [InlineData("strong-60w", "body", 72)]
        [InlineData("strong-60w", "air", 72)]
        [InlineData("nominal-12v", "air", 72)]
        [InlineData("free-air", "body", 72)]
        [InlineData("usb-10w", "air", 72)]
        [InlineData("folded-covered", "air", 101)]
        public void Firmware_NamesSensorsSettledAtTheRoomDuringAnOff_AsBefore(string padName, string condition, int namedByS)
        {
            // What holds: sensors off the pad that settle at the room air (slope 0) are named sensor_detached on the restart
            // rule as at a990cff (measured both trees: 72 s, folded-covered 101 s).
            var o = DetachedOntoWarmingSurfaceScenario.Run(padName, condition, 5, 0.0);
            Assert.Equal(FaultCode.SensorDetached, o.Fault);
            Assert.InRange(o.FaultAfterS, 60.0, namedByS);
        }

        [Theory]
        [InlineData("strong-60w", "air", 0.005)]
        [InlineData("strong-60w", "body", 0.006)]
        [InlineData("nominal-12v", "body", 0.005)]
        public void Firmware_NamesSensorsOffAWarmingSurface_OnStrongPads_AsBefore(string padName, string condition, double rampCPerS)
        {
            // What holds: strong-60w (both conditions) and nominal-12v on the body were named at 72 s, 44.9-45.2 / 42.4 C,
            // on both trees for these ramps (sensor 2 one step lower, 20 s settle: its line does not reach the slope in time).
            var o = DetachedOntoWarmingSurfaceScenario.Run(padName, condition, 5, rampCPerS);
            Assert.Equal(FaultCode.SensorDetached, o.Fault);
            Assert.InRange(o.FaultAfterS, 60.0, 72.0);
            Assert.True(o.PeakSurfaceC <= 46.0, "peak " + o.PeakSurfaceC + " C");
        }
    }
}
