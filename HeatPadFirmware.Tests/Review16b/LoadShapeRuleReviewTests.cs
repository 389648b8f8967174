using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review14c;
using Xunit;
using Shape = HeatPadFirmware.Tests.Review16b.ShapedLooseningScenario.Shape;

namespace HeatPadFirmware.Tests.Review16b
{
    /// <summary>
    /// Review 16b of lie15's load-shape rule (SensorCouplingCheck: a latching probe's fine answer whose end lies more than
    /// ScaledShapeRatio (0.1) under its mid-point keeps the doubt and its cap but counts toward no latch, NoResponseRatio's
    /// confirm included). Pads of bench family seed 1 (sensor biases zeroed), seed 11, 1 s ticks. Base figures: main 08a949e
    /// (the rule off); change figures: lie15 (e71fc4f).
    /// Found: a loosening that slows down as it goes (a sensor that slips and then creeps to rest: w = 1 − 0.7 √(t / pace)) bends
    /// the probe's trend, which extrapolates the fall before the probe: the reading falls less than the trend through the
    /// probe, so the answer falls through it too (mid-point 0.26 → end −0.40; 0.43 → 0.01). Main latched those at once under
    /// NoResponseRatio; lie15 exempts them as a body's shape, keeps the doubt cap, and the cap ends the hard work the next
    /// latching probe needs, so the next latching verdict comes thousands of seconds later or never.
    /// </summary>
    public class LoadShapeRuleReviewTests
    {
        private static PadParameters Pad(string name, string condition)
        {
            return FirstLandingPerturbation.Pad(name, condition);
        }

        [Fact]
        public void FoldedCoveredInAir_PairSlippingThenCreeping_IsNamedWithin300s()
        {
            var outcome = ShapedLooseningScenario.Run(Pad("folded-covered", "air"), 3, 1200, Shape.SquareRoot, 600.0);

            Assert.True(outcome.Fault != FaultCode.None && outcome.FaultAfterS <= 300, outcome.Fault + " " + outcome.FaultAfterS + " s after the onset, peak " + outcome.PeakC.ToString("F2") + " C");
        }

        [Fact]
        public void FoldedCoveredOnBody_Room22_Noise01_PairSlippingThenCreeping_IsNamedWithin300s()
        {
            var pad = Pad("folded-covered", "body").With(ambientC: 22.0, sensorNoiseC: 0.1);
            var outcome = ShapedLooseningScenario.Run(pad, 3, 900, Shape.SquareRoot, 900.0);

            Assert.True(outcome.Fault != FaultCode.None && outcome.FaultAfterS <= 300, outcome.Fault + " " + outcome.FaultAfterS + " s after the onset, peak " + outcome.PeakC.ToString("F2") + " C");
        }

        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        [InlineData(5)]
        public void FoldedCoveredOnBody_PairSlippingThenCreeping_IsNamedWithin300s(int level)
        {
            var outcome = ShapedLooseningScenario.Run(Pad("folded-covered", "body"), level, 700, Shape.SquareRoot, 300.0);

            Assert.True(outcome.Fault != FaultCode.None && outcome.FaultAfterS <= 300, outcome.Fault + " " + outcome.FaultAfterS + " s after the onset, peak " + outcome.PeakC.ToString("F2") + " C");
        }

        [Theory(Skip = "Review 16b, MEDIUM (lie15's load-shape rule), the two-low-answers path: folded-covered in air, both sensors slipping then creeping from 700 s (w = 1 - 0.7 sqrt(t / 300 s)): sensor_detached 1,929 / 1,925 / 610 s after the onset on main (L1 / L3 / L5), 2,844 / 2,782 / 2,654 s on lie15 (peaks 34.62 / 36.37 / 34.22 C -> 34.24 / 35.12 / 34.55 C); keeping NoResponseRatio's confirm does not restore these (the latching answers stay over 0.2) Still so with the narrower rule review 16b measured, landed in session 15 (the no-response latch kept for answers that vanish)")]
        [InlineData(1, 2000)]
        [InlineData(3, 2000)]
        [InlineData(5, 700)]
        public void FoldedCoveredInAir_PairSlippingThenCreepingFrom700s_IsNamedAsSoonAsOnMain(int level, int withinS)
        {
            var outcome = ShapedLooseningScenario.Run(Pad("folded-covered", "air"), level, 700, Shape.SquareRoot, 300.0);

            Assert.True(outcome.Fault != FaultCode.None && outcome.FaultAfterS <= withinS, outcome.Fault + " " + outcome.FaultAfterS + " s after the onset, peak " + outcome.PeakC.ToString("F2") + " C");
        }

        [Fact(Skip = "Review 16b, HIGH by the brief's letter (a later verdict, peak over 48 C), MEDIUM in substance: strong-60w in air L3, both sensors loosening from 900 s at a 3,600-s pace (the campaign's linear w), a 9 W/K body lying down 3 s after the first probe after the onset (second 2,452; the surface had already stood 243 s over 48 C, peak 49.69 C, before any probe: pre-existing, identical on both): main names sensor_detached 316 s after the lying down (answers 0.60 / 0.53, 0.67 / 0.47), lie15 606 s after (0.67 / 0.47 exempted, two more probes); surface 33.8 C through the extra 290 s, over-48 seconds unchanged Still so with the narrower rule review 16b measured, landed in session 15 (the no-response latch kept for answers that vanish)")]
        public void StrongInAir_SlowPairLoosening_BodyLyingDownAtTheProbe_IsNamedWithin360sOfLyingDown()
        {
            var outcome = ShapedLooseningScenario.Run(Pad("strong-60w", "air"), 3, 900, Shape.Linear, 3600.0, 2, 9.0, 3);

            Assert.True(outcome.LainAtS > 0, "no probe after the onset");
            int afterLyingS = outcome.FaultAfterS + 900 - outcome.LainAtS;
            Assert.True(outcome.Fault != FaultCode.None && afterLyingS <= 360, outcome.Fault + " " + afterLyingS + " s after the lying down, peak " + outcome.PeakC.ToString("F2") + " C, " + outcome.Over48S + " s over 48 C");
        }
    }
}
