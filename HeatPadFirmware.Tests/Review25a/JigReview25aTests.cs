using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Fix22;
using HeatPadFirmware.Tests.Jig23;
using HeatPadFirmware.Tests.Review21c;
using HeatPadFirmware.Tests.Review22a;
using Xunit;

namespace HeatPadFirmware.Tests.Review25a
{
    /// <summary>Review 25a: jig23's reference probe R and air probe A attacked (docs/safety.md "Review 25a").</summary>
    public class JigReview25aTests
    {
        private static PadParameters NominalPad()
        {
            foreach (var (name, pad) in FixtureBoundScan.ShippedPads())
            {
                if (name == "nominal-12v")
                {
                    return pad;
                }
            }

            throw new System.InvalidOperationException("no nominal-12v");
        }

        /// <summary>A covered pad (cover ×0.2, core ×0.2) with the pair at the coupling given, R at its tolerance's low end.</summary>
        private static FixtureHarness22a Covered(double pairCoupling) => new FixtureHarness22a
        {
            PairCoupling = pairCoupling, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, Jig = JigBoundScan.Worst,
        };

        [Fact]
        public void A_covered_pad_with_its_pair_pressed_is_refused_at_the_plate_cue_as_over_temperature()
        {
            FixtureProbe r = Covered(1.0).Run(NominalPad(), 11);

            Assert.Equal(ElementFixtureStage.Aborted, r.Stage);
            Assert.Equal(FaultCode.OverTemperature, r.AbortFault);
        }

        [Fact(Skip = "Review 25a LOW: at the plate cue the cover check's OverTemperature is overwritten by the jig's SensorDetached when the pair is also loose (covered nominal-12v, pair 0.5, seed 11: fault SensorDetached, the cover not named; base ffe95cf: OverTemperature)")]
        public void A_covered_pad_with_its_pair_loose_is_still_refused_as_over_temperature()
        {
            FixtureProbe pressed = Covered(1.0).Run(NominalPad(), 11);
            FixtureProbe loose = Covered(0.5).Run(NominalPad(), 11);

            Assert.Equal(ElementFixtureStage.Aborted, loose.Stage);
            Assert.Equal(pressed.Ticks, loose.Ticks);
            Assert.Equal(FaultCode.OverTemperature, loose.AbortFault);
        }
    }
}
