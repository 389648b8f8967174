using System;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review22b;
using Xunit;

namespace HeatPadFirmware.Tests.Fit22
{
    /// <summary>
    /// Session 22 (fit22, review 22b MEDIUM): the fit refuses a fixture run whose pair sensors do not rise alike
    /// (<see cref="ElementFitChecks.MinPairAgreement"/>): one of them loosely touching the surface. What it cannot see: both
    /// equally loose (the fit's equation holds exactly for a surface seen at a share of its rise). docs/safety.md "Session 22".
    /// </summary>
    public class PairAgreementTests
    {
        private static (int Code, ElementCalibration? Record, string Error) Calibrate(FitReviewHarness h, PadParameters pad, int seed)
            => Fit21.TelemetryFit.Record(h.Run(pad, seed), FitReviewHarness.Rom);

        [Theory]
        [InlineData(0.5)]
        [InlineData(0.85)]
        public void A_run_with_one_pair_sensor_loosely_touching_is_refused_on_every_calibrate_pad_with_pair_agreement_named(double contact)
        {
            // Measured (PairAgreementScan, seeds 11-14): one sensor at a share c of the surface's rise shows pair_agreement c +- 0.003;
            // 0.5 and 0.85: 184 of 184 refused. Seed 11 of each of the 46 pads here.
            foreach (var (name, pad) in CalibrateCommand.Pads())
            {
                var (code, record, error) = Calibrate(new FitReviewHarness { Contact2 = _ => contact }, pad, 11);
                Assert.True(code == 2 && record == null, $"{name}: one pair sensor at {contact} contact made a record");
                // Session 23 (jig23): the device's jig check ends such a run at the cue (one sensor under 0.93 of the jig probe's rise)
                // before the PC's pair_agreement sees it: either refusal is a refusal.
                Assert.True(error.Contains("no record: pair_agreement: the pair's sensors rose", StringComparison.Ordinal) || error.Contains("the run was aborted", StringComparison.Ordinal), error);
            }
        }

        [Fact]
        public void A_pair_sensor_at_nineteen_twentieths_contact_still_makes_a_record_whose_conductance_is_within_review_20bs_held_range()
        {
            // Measured: one sensor at 0.95 passes pair_agreement (0.947-0.953) on 184 of 184 runs, G_cs x1.002-1.051 against the
            // pad's correct record, inside review 20b's held G_cs x0.85-1.10. With fix22's bounded heat stage (the power turned
            // down near the element bound) the records are less precise: nominal sensor seed 12 gives up to x1.066 (merge22), so the
            // assertion is review 20b's range, not fit22's measured x1.06.
            foreach (string name in FitReviewScan.Shipped)
            {
                PadParameters pad = PadFile.LoadShipped(name);
                var (code, record, error) = Calibrate(new FitReviewHarness { Contact1 = _ => 0.95 }, pad, 12);
                Assert.True(code == 0, $"{name}: {error}");
                double g = record!.ConductanceWPerK / ElementCalibrationFixture.Calibrate(pad, 12).ConductanceWPerK;
                Assert.InRange(g, 0.90, 1.10);
            }
        }

        [Fact]
        public void The_fit_takes_a_surface_seen_at_a_share_of_its_rise_for_a_pad_of_that_conductance_share_over()
        {
            // Why no check of the element's heat balance sees an equally loose pair: with the pair reading room + c (S - room),
            // P = C dE/dt + G (E - S) + Ga (E - room) is the same equation as C dE/dt + (G / c)(E - S_read) + (G + Ga - G / c)(E - room).
            ElementFixtureSeries run = ElementCalibrationFixture.Run(PadFile.LoadShipped("nominal-12v"), 11);
            ElementCalibration right = run.Fit();
            const double C = 0.8;
            double room1 = run.Reading1C.Take(run.HeatStartS).Average();
            double room2 = run.Reading2C.Take(run.HeatStartS).Average();
            for (int k = 0; k < run.Length; k++)
            {
                run.Reading1C[k] = room1 + (C * (run.Reading1C[k] - room1));
                run.Reading2C[k] = room2 + (C * (run.Reading2C[k] - room2));
            }

            ElementCalibration loose = run.Fit();
            Assert.InRange(loose.ConductanceWPerK / (right.ConductanceWPerK / C), 0.98, 1.02);
            Assert.InRange(loose.RoomConductanceWPerK - (right.ConductanceWPerK + right.RoomConductanceWPerK - (right.ConductanceWPerK / C)), -0.02 * right.ConductanceWPerK, 0.02 * right.ConductanceWPerK);
            Assert.InRange(loose.CapacityJPerK / right.CapacityJPerK, 0.98, 1.02);
            Assert.Equal(right.LagS, loose.LagS);
            Assert.True(ElementFitChecks.Check(run, loose).All(c => c.Passed), "a pair equally loose at 0.8 fails a check");
        }

        [Fact(Skip = "fit22: both pair sensors EQUALLY loose pass every check, pair_agreement included (their rises agree 0.992-1.000): records on every calibrate --device pad, seeds 11-14, against the pad's correct record: both at 0.95: 184 of 184, G_cs x1.026-1.079; 0.9: 184, x1.079-1.140; 0.8: 184, x1.198-1.285; 0.7: 183, x1.343-1.466 (room share -0.32..-0.40 off); 0.5: 1 (room_share refuses 182). The fit's equation holds exactly for a surface seen at a share c (G_cs / c), so no check of the element's heat balance can see it; only the surface's side could (the plate's conductance, not known on a real pad). Pressed on by the plate after a loose heat stage: see docs/safety.md Session 22")]
        public void A_run_with_both_pair_sensors_equally_loose_makes_no_record_or_a_right_one()
        {
            foreach (var (name, pad) in CalibrateCommand.Pads())
            {
                var (code, record, _) = Calibrate(new FitReviewHarness { Contact1 = _ => 0.8, Contact2 = _ => 0.8 }, pad, 11);
                if (code == 0)
                {
                    double g = record!.ConductanceWPerK / ElementCalibrationFixture.Calibrate(pad, 11).ConductanceWPerK;
                    Assert.True(g < 1.10, $"{name}: both pair sensors at 0.8 contact made a record with G_cs x{g:F3}");
                }
            }
        }
    }
}
