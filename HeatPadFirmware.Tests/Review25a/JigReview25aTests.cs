using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Fix22;
using HeatPadFirmware.Tests.Jig23;
using HeatPadFirmware.Tests.Review21c;
using HeatPadFirmware.Tests.Review22a;
using HeatPadFirmware.Tests.Review22b;
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

        [Fact]
        public void A_covered_pad_with_its_pair_loose_is_still_refused_as_over_temperature()
        {
            FixtureProbe pressed = Covered(1.0).Run(NominalPad(), 11);
            FixtureProbe loose = Covered(0.5).Run(NominalPad(), 11);

            Assert.Equal(ElementFixtureStage.Aborted, loose.Stage);
            Assert.Equal(pressed.Ticks, loose.Ticks);
            Assert.Equal(FaultCode.OverTemperature, loose.AbortFault);
        }
            private static System.Collections.Generic.IEnumerable<(string Name, PadParameters Pad)> Shipped() => FixtureBoundScan.ShippedPads();

        /// <summary>Review 23a's covered set-up with S3 at spot −0.6 offset −0.5 (only R's bound holds the surface), R as set.</summary>
        private static FixtureHarness22a CoveredS3Low(System.Action<SimulatedJigProbe> jig) => JigBoundScan.Covered(-0.6, -0.5, j => { JigBoundScan.Worst(j); jig(j); });

        [Fact(Skip = "Review 25a HIGH (by the brief's scale; not a regression against ffe95cf): R lifted to share 0.8 (outside its 0.98 tolerance; the device cannot see it before the cue) lets a covered pad with S3 at spot -0.6 pass the burn floor: shipped folded-covered 43.4 C dose 0.022; 126 pads (shipped six + bench 3-8) seed 11: 124 >= 43 C, hottest 46.4 C, worst dose 0.345, 100 past fix21's bar (R at tolerance: 42.6 C, 0; share 0.8 + lag 30 s + offset -1.5: 49.9 C, dose 1.06, 123 past the bar). Base ffe95cf, the same S3: 57.3 C dose 330 (review 23a)")]
        public void R_lifted_to_eight_tenths_keeps_the_covered_surface_under_the_burn_floor()
        {
            foreach (var (name, pad) in Shipped())
            {
                FixtureProbe r = CoveredS3Low(j => j.Share = 0.8).Run(pad, 11);
                Assert.True(r.PeakSurfaceC < BurnDose.DoseFloorC && r.Dose == 0.0, $"{name}: surface {r.PeakSurfaceC:F1} C dose {r.Dose:F3}");
            }
        }

        [Fact]
        public void R_at_its_tolerance_keeps_the_covered_surface_under_the_burn_floor_with_irregular_ticks_and_a_stall()
        {
            foreach (var (name, pad) in Shipped())
            {
                var h = CoveredS3Low(_ => { });
                h.TickMs = t => t == 900 ? 20000L : 800L + (400L * ((t * 7919) % 5) / 4);
                FixtureProbe r = h.Run(pad, 12);
                Assert.True(r.PeakSurfaceC < BurnDose.DoseFloorC && r.Dose == 0.0, $"{name}: surface {r.PeakSurfaceC:F1} C dose {r.Dose:F3}");
            }
        }

        [Fact(Skip = "Review 25a MEDIUM: R lifted to 0.9 with the pair loose alike at 0.85 (the foot and the pair on the same thick fabric) makes a record: shares 0.944-0.947, 126 of 126 pads done and accepted (R 0.8 with the pair at 0.8: 126 of 126); the record carries G_cs x1.18 / x1.25 (review 23a HIGH 2). Base ffe95cf: every loose pair accepted")]
        public void A_pair_loose_alike_at_0_85_is_refused_when_R_is_lifted_to_0_9()
        {
            foreach (var (name, pad) in Shipped())
            {
                var h = new FitReviewHarness { Contact1 = _ => 0.85, Contact2 = _ => 0.85, Jig = j => j.Share = 0.9 };
                h.Run(pad, 11);
                Assert.True(h.LastRun!.Stage == ElementFixtureStage.Aborted, $"{name}: {h.LastRun.Stage}, shares {h.LastRun.Jig.LowShare:F3}");
            }
        }

        [Fact]
        public void A_pair_loose_alike_at_0_9_is_refused_when_the_air_probe_is_in_a_draft()
        {
            foreach (var (name, pad) in Shipped())
            {
                var h = new FitReviewHarness { Contact1 = _ => 0.9, Contact2 = _ => 0.9, Jig = j => j.Share = 0.98, JigAir = a => a.Share = -0.25 };
                h.Run(pad, 11);
                Assert.True(h.LastRun!.Stage == ElementFixtureStage.Aborted, $"{name}: {h.LastRun.Stage}, shares {h.LastRun.Jig.LowShare:F3}");
            }
        }

        [Fact]
        public void A_correct_run_with_R_aged_to_a_30_s_lag_still_makes_a_record_and_with_A_in_the_plume_is_refused_as_room_moved()
        {
            // Session 25 (room25): was "..._and_A_in_the_plume_still_makes_a_record". A reading 0.4 of the surface's rise moves its
            // 600-s block means 3.6 K from its baseline (0.1 of the rise: 0.9 K), which the run cannot tell from a room warming that
            // much (review 25b: a room moving 2 K made records G_cs x0.86-x1.21 of the needed); FixtureRoomWatch refuses the run
            // (no record, heater off), and the jig keeps A off the plume (hardware/README.md).
            foreach (var (name, pad) in Shipped())
            {
                var h = new FitReviewHarness { Jig = j => j.LagS = 30 };
                string log = h.Run(pad, 13);
                Assert.True(h.LastRun!.Stage == ElementFixtureStage.Done, $"{name}: {h.LastRun.Stage} {h.LastRun.AbortFault}");
                Assert.Equal(0, Fit21.TelemetryFit.Record(log, FitReviewHarness.Rom).Code);

                var plume = new FitReviewHarness { Jig = j => j.LagS = 30, JigAir = a => a.Share = 0.4 };
                plume.Run(pad, 13);
                Assert.True(plume.LastRun!.Stage == ElementFixtureStage.Aborted && plume.LastRun.AbortReason == ElementFixtureAbortReason.RoomMoved, $"{name} plume: {plume.LastRun.Stage} {plume.LastRun.AbortReason}");
            }
        }
    }
}
