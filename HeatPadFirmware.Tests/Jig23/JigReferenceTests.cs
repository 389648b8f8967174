using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Fix22;
using HeatPadFirmware.Tests.Review22a;
using HeatPadFirmware.Tests.Review21c;
using HeatPadFirmware.Tests.Review22b;
using Xunit;

namespace HeatPadFirmware.Tests.Jig23
{
    /// <summary>
    /// Session 23 (jig23): the fixture jig's reference probe R (<see cref="FixtureJigReference"/>) proves both pair sensors pressed
    /// (review 23a HIGH 2) and bounds the surface whatever S3's spot and the room do (review 23a's MEDIUMs). The runs go through
    /// review 22b's and review 22a's harnesses, which drive the device's core (ElementFixtureRun: also changed by rec23 in session
    /// 23). docs/safety.md "Session 23: the pair proven pressed at the fixture (jig23)".
    /// </summary>
    public class JigReferenceTests
    {
        [Theory]
        [InlineData(0.9)]
        [InlineData(0.8)]
        public void Both_pair_sensors_loose_alike_make_no_record_on_any_calibrate_pad_even_with_the_probe_at_the_low_end_of_its_tolerance(double contact)
        {
            // Measured (PairPressedScan, 304 runs per row): both at 0.9 read 0.915-0.921 of a probe at 0.98; every run aborted at the cue.
            foreach (var (name, pad) in CalibrateCommand.Pads())
            {
                var h = new FitReviewHarness { Contact1 = _ => contact, Contact2 = _ => contact, Jig = j => j.Share = FixtureJigReference.MinProbeShare };
                h.Run(pad, 11);
                Assert.True(h.LastRun!.Stage == ElementFixtureStage.Aborted && h.LastRun.AbortFault == FaultCode.SensorDetached, $"{name}: {h.LastRun.Stage}, pair share {h.LastRun.Jig.LowShare:F3}");
            }
        }

        [Fact]
        public void Both_pair_sensors_loose_alike_at_nine_tenths_make_no_record_on_random_bench_pads()
        {
            foreach (var (name, pad) in FixtureBoundScan.BenchPads(3, 8))
            {
                var h = new FitReviewHarness { Contact1 = _ => 0.9, Contact2 = _ => 0.9, Jig = j => j.Share = FixtureJigReference.MinProbeShare };
                h.Run(pad, 11);
                Assert.True(h.LastRun!.Stage == ElementFixtureStage.Aborted, $"{name}: {h.LastRun.Stage}");
            }
        }

        [Theory]
        [InlineData(0.98, -0.5, 10.0)]
        [InlineData(1.0, 0.5, 3.0)]
        public void A_correct_run_with_the_probe_anywhere_in_its_tolerance_still_makes_a_record_on_every_calibrate_pad(double share, double offsetC, double lagS)
        {
            foreach (var (name, pad) in CalibrateCommand.Pads())
            {
                var h = new FitReviewHarness { Jig = j => { j.Share = share; j.OffsetC = offsetC; j.LagS = lagS; } };
                string log = h.Run(pad, 12);
                var (code, _, error) = Fit21.TelemetryFit.Record(log, FitReviewHarness.Rom);
                Assert.True(code == 0, $"{name}: {h.LastRun!.Stage} {h.LastRun.AbortFault} {error}");
            }
        }

        [Fact]
        public void Without_the_jigs_probe_the_heat_never_starts()
        {
            var h = new FitReviewHarness { Jig = j => j.Absent = true };
            h.Run(PadFile.LoadShipped("nominal-12v"), 11);
            Assert.Equal(ElementFixtureStage.Aborted, h.LastRun!.Stage);
            Assert.Equal(FaultCode.SensorLost, h.LastRun.AbortFault);
            Assert.False(h.LastRun.Jig.HasBaseline); // ended within the baseline: the probe is read from the first tick
        }

        [Fact]
        public void A_probe_lifted_off_the_surface_ends_the_run_at_the_cue_without_a_record()
        {
            var h = new FitReviewHarness { Jig = j => j.Share = 0.9 };
            h.Run(PadFile.LoadShipped("free-air"), 11);
            Assert.Equal(ElementFixtureStage.Aborted, h.LastRun!.Stage);
            Assert.True(h.LastRun.Jig.HighShare > FixtureJigReference.MaxPairShareOfProbe, h.LastRun.Jig.HighShare.ToString("F3", System.Globalization.CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData(-0.5, -0.5)]
        [InlineData(-0.6, -0.5)]
        [InlineData(-0.8, 0.0)]
        public void S3_reading_far_under_the_elements_rise_does_not_let_a_covered_pad_with_a_loose_pair_reach_the_dose_floor(double spot, double offsetC)
        {
            // Review 23a: spot -0.5 offset -0.5 reached 50.3 C dose 8.7, -0.6 57.3 C dose 330 (strong-60w, loose 0.4, cover x0.2).
            foreach (var (name, pad) in FixtureBoundScan.ShippedPads())
            {
                FixtureProbe r = JigBoundScan.Covered(spot, offsetC, JigBoundScan.Worst).Run(pad, 11);
                Assert.True(r.PeakSurfaceC < 43.5 && r.Dose == 0.0, name + ": " + r);
            }
        }

        [Theory]
        [InlineData(6.0)]
        [InlineData(10.0)]
        public void A_room_cooling_during_the_run_with_S3_at_its_worst_keeps_a_covered_pad_with_a_loose_pair_under_the_dose_floor(double fallK)
        {
            // Review 23a: 22 -> 12 C reached 46.4 C, dose 0.77-0.91 on the shipped six.
            foreach (var (name, pad) in FixtureBoundScan.ShippedPads())
            {
                FixtureHarness22a h = JigBoundScan.Covered(-0.3, -0.5, JigBoundScan.Worst);
                h.RoomAt = t => t >= 600 ? 22.0 - fallK : 22.0;
                FixtureProbe r = h.Run(pad, 11);
                Assert.True(r.PeakSurfaceC < 43.5 && r.Dose == 0.0, name + ": " + r);
            }
        }

        [Theory]
        [InlineData(1600.0)]
        [InlineData(4800.0)]
        public void A_pair_loosening_over_the_heat_stage_is_ended_at_the_cue_by_the_jigs_probe(double overS)
        {
            // rec22's loosening pair (1 -> 0.5 over 800 / 2,400 s), which the PC's heat_trend refuses: the device now ends it first.
            foreach (string name in new[] { "random-016", "thick-slow", "folded-covered" })
            {
                var h = new FitReviewHarness
                {
                    Contact1 = t => t < 120 ? 1.0 : System.Math.Max(0.5, 1.0 - ((t - 120) / overS)),
                    Contact2 = t => t < 120 ? 1.0 : System.Math.Max(0.5, 1.0 - ((t - 120) / overS)),
                };
                h.Run(CalibrateCommand.Pads().First(x => x.Name == name).Pad, 11);
                Assert.True(h.LastRun!.Stage == ElementFixtureStage.Aborted && h.LastRun.AbortFault == FaultCode.SensorDetached, name + ": " + h.LastRun.Stage);
            }
        }

        [Fact]
        public void Without_the_jigs_air_probe_the_heat_never_starts()
        {
            var h = new FitReviewHarness { JigAir = j => j.Absent = true };
            h.Run(PadFile.LoadShipped("nominal-12v"), 11);
            Assert.Equal(ElementFixtureStage.Aborted, h.LastRun!.Stage);
            Assert.False(h.LastRun.Jig.HasBaseline);
        }

        [Theory]
        [InlineData(3.0)]
        [InlineData(-3.0)]
        public void A_room_changing_three_kelvin_during_the_heat_lets_no_pair_loose_alike_at_nine_tenths_pass_and_ends_a_correct_run_by_the_room_not_the_pairs_check(double changeK)
        {
            // Against rises over the baselines alone, a room warming 2-3 K let a pair at 0.9 pass on every pad (RoomDrift); the air
            // probe A takes the room's change out of every rise. Session 25 (room25): such a room now ends every run at the first
            // 600-s block after the change (A's block mean 0.6 K off its baseline, FixtureRoomWatch.MaxRoomMoveK 0.3), before the
            // cue: the record such a room makes is G_cs x0.86-x1.21 of the needed (review 25b). Until then: the loose pair ended
            // at the cue by the pair's check, the correct run not ended at the cue.
            foreach (var (name, pad) in FixtureBoundScan.ShippedPads())
            {
                var looseHarness = new FixtureHarness22a { PairCoupling = 0.9, RoomAt = t => t >= 600 ? 22.0 + changeK : 22.0, Jig = j => j.Share = FixtureJigReference.MinProbeShare, ExtraTicks = 0 };
                FixtureProbe loose = looseHarness.Run(pad, 11);
                Assert.True(loose.Stage == ElementFixtureStage.Aborted && looseHarness.LastRun!.AbortReason == ElementFixtureAbortReason.RoomMoved, name + " loose: " + loose);
                var correctHarness = new FixtureHarness22a { RoomAt = t => t >= 600 ? 22.0 + changeK : 22.0, Jig = j => j.Share = FixtureJigReference.MinProbeShare, ExtraTicks = 0 };
                FixtureProbe correct = correctHarness.Run(pad, 11);
                Assert.True(correct.Stage == ElementFixtureStage.Aborted && correct.AbortFault == FaultCode.None && correctHarness.LastRun!.AbortReason == ElementFixtureAbortReason.RoomMoved, name + " correct: " + correct);
            }
        }
    }
}
