using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Fix22;
using HeatPadFirmware.Tests.Review22a;
using HeatPadFirmware.Tests.Review21c;
using Xunit;

namespace HeatPadFirmware.Tests.Review23a
{
    /// <summary>
    /// Review 23a (fix22's bounded fixture run): the conditions its authors did not vary, driven through FixtureHarness22a (review
    /// 22a's harness with a room that can change during the run), sensor seed 11, chip Vref 1.2 V where a burn is sought. The
    /// bar is fix22's own: the true surface under 43.5 °C (BurnDose.DoseFloorC 43 °C + 0.5) and no burn dose (under 0.25).
    /// docs/safety.md "Review 23a".
    /// </summary>
    public class FixtureReview23aTests
    {
        private const double SurfaceBarC = 43.5;
        private const double DoseBar = 0.25;

        private static PadParameters Pad(string name) => PadFile.LoadShipped(name);

        [Fact] // Review 23a MEDIUM, un-skipped by jig23: the jig's probe bounds the surface whatever S3's spot (was: strong-60w 45.0 C, dose 0.394)
        public void S3_reading_six_tenths_of_the_elements_rise_does_not_let_a_covered_pad_with_a_loose_pair_reach_a_burn_dose()
        {
            FixtureProbe r = new FixtureHarness22a
            {
                S3LagS = 5, S3Spot = -0.4, S3OffsetC = 0.0, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2,
            }.Run(Pad("strong-60w"), 11);
            Assert.True(r.PeakSurfaceC < SurfaceBarC && r.Dose < DoseBar, r.ToString());
        }

        [Fact] // Review 23a MEDIUM, un-skipped by jig23: the probe's bound takes the lowest room, not S3's baseline (was: strong-60w 44.7 C, dose 0.281)
        public void A_room_cooling_six_kelvin_during_the_run_does_not_let_a_covered_pad_with_a_loose_pair_reach_a_burn_dose()
        {
            FixtureProbe r = new FixtureHarness22a
            {
                RoomAt = t => t >= 600 ? 16.0 : 22.0, S3LagS = 10, S3Spot = -0.3, S3OffsetC = -0.5, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2,
            }.Run(Pad("strong-60w"), 11);
            Assert.True(r.PeakSurfaceC < SurfaceBarC && r.Dose < DoseBar, r.ToString());
        }

        [Theory]
        [InlineData(16.0, 1.0)]
        [InlineData(16.0, 2.0)]
        [InlineData(20.0, 2.0)]
        [InlineData(20.0, 2.5)]
        [InlineData(24.0, 1.0)]
        public void A_pad_warmer_than_its_room_by_less_than_the_drift_check_sees_stays_under_the_dose_floor(double roomC, double excessK)
        {
            foreach (var (name, pad) in FixtureBoundScan.ShippedPads())
            {
                FixtureProbe r = new FixtureHarness22a
                {
                    RoomC = roomC, PadStartC = roomC + excessK, S3LagS = 10, S3Spot = -0.3, S3OffsetC = -0.5, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2,
                }.Run(pad, 11);
                Assert.True(r.PeakSurfaceC < SurfaceBarC && r.Dose == 0.0, name + ": " + r);
            }
        }

        [Theory]
        [InlineData(3.0)]
        [InlineData(6.0)]
        [InlineData(10.0)]
        public void A_room_cooling_during_the_run_with_the_seeded_element_sensor_keeps_a_covered_pad_with_a_loose_pair_under_the_dose_floor(double fallK)
        {
            foreach (var (name, pad) in FixtureBoundScan.ShippedPads())
            {
                FixtureProbe r = new FixtureHarness22a
                {
                    RoomAt = t => t >= 600 ? 22.0 - fallK : 22.0, PairCoupling = 0.4, FreeAir = false, CoverAt = _ => 0.2, CoreCoverScale = 0.2, ChipVrefV = 1.2,
                }.Run(pad, 11);
                Assert.True(r.PeakSurfaceC < SurfaceBarC && r.Dose == 0.0, name + ": " + r);
            }
        }

        [Fact]
        public void The_harness_room_change_reaches_the_pad()
        {
            // The room is set through ThermalPad's private field: a pair off the surface reads the room, 22 °C throughout, 12 °C after the fall.
            double lastWarm = double.NaN, lastCold = double.NaN;
            new FixtureHarness22a { PairCoupling = 0.0, Observe = (now, st, s, c, a, b, e) => lastWarm = a.IsValid ? a.TemperatureC : lastWarm }.Run(Pad("free-air"), 11);
            new FixtureHarness22a { PairCoupling = 0.0, RoomAt = t => t >= 600 ? 12.0 : 22.0, Observe = (now, st, s, c, a, b, e) => lastCold = a.IsValid ? a.TemperatureC : lastCold }.Run(Pad("free-air"), 11);
            Assert.True(Math.Abs(lastWarm - 22.0) < 1.0 && Math.Abs(lastCold - 12.0) < 1.0, FormattableString.Invariant($"{lastWarm:F1} vs {lastCold:F1}"));
        }
    }
}
