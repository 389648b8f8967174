using System.IO;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Hardware;
using Xunit;

namespace HeatPadFirmware.Tests.Review22b
{
    /// <summary>
    /// Review 22b of fit21 (records that cannot be wrong): the fit's physical checks on bad fixture runs they were not shaped on
    /// (<see cref="FitReviewHarness"/>; the six shipped pads, seeds 11–12, against each pad's correct record), the device's load
    /// check, the board identity and the System.Net package. Findings are skipped tests that fail on fit21; the rest are guards.
    /// docs/safety.md "Review 22b: records that cannot be wrong (fit21)".
    /// </summary>
    public class FitReviewTests
    {
        // Review 22b MEDIUM, mended in session 22 (fit22): ElementFitChecks' pair_agreement refuses it (12 of 12 here; 184 of 184
        // calibrate --device pads, seeds 11-14). Was: 12 of 12 records, G_cs x1.28-1.37, room share 0.24-0.33 under the correct one.
        [Fact]
        public void A_fixture_run_with_one_pair_sensor_loosely_touching_makes_no_record_or_a_right_one()
        {
            foreach (string pad in FitReviewScan.Shipped)
            {
                for (int seed = 11; seed <= 12; seed++)
                {
                    var (code, record, _) = FitReviewScan.Calibrate("one pair sensor loose 0.5", pad, seed);
                    if (code == 0)
                    {
                        var (_, gcs, share) = FitReviewScan.ErrorOf(record!, pad, seed);
                        Assert.True(gcs < 1.10 && share > -0.10, $"{pad} {seed}: one pair sensor at half contact made a record with G_cs x{gcs:F3} and the room share {share:+0.000;-0.000} off the pad's correct record");
                    }
                }
            }
        }

        [Fact]
        public void A_record_from_a_loosely_touching_pair_passes_the_devices_own_load_check()
        {
            // What the load check cannot see (the finding above): the loose pair's record is in range and plausible, so it loads.
            // Since session 22 (fit22) the PC's pair_agreement refuses the run; the record here is the run's raw fit, as a PC
            // that skipped the checks would write it: only the PC's checks stand between such a run and the device.
            // Since session 23 (jig23) the device itself ends that run at the cue (the jig's probe), so the loose run is the
            // simulated fixture's with sensor 1 at half its rise (the PC's figures are the same: review 22b's FitReviewScan).
            var (code, _, _) = FitReviewScan.Calibrate("one pair sensor loose 0.5", "nominal-12v", 11);
            Assert.Equal(2, code);
            ElementFixtureSeries run = ElementCalibrationFixture.Run(PadFile.LoadShipped("nominal-12v"), 11);
            double room1 = System.Linq.Enumerable.Average(System.Linq.Enumerable.Take(run.Reading1C, run.HeatStartS));
            for (int k = 0; k < run.Length; k++)
            {
                run.Reading1C[k] = room1 + (0.5 * (run.Reading1C[k] - room1));
            }

            ElementCalibration record = run.Fit();
            string text = ElementCalibrationRecordWriter.Write(FitReviewHarness.Rom, FixtureTelemetry.SimulatedBoardHex, ElementCalibrationRecordWriter.NominalSenseZeroCounts, record!);
            Assert.Equal(ElementCalibrationLoad.Loaded, ElementCalibrationRecord.Parse(text, FitReviewHarness.Rom, FixtureTelemetry.SimulatedBoardHex, ElementCalibrationRecordWriter.NominalSenseZeroCounts, out _, out _));
        }

        [Theory]
        [InlineData("both pair sensors loose 0.5")]
        [InlineData("one pair sensor off")]
        [InlineData("pair 1 invalid 30 s mid-heat")]
        [InlineData("S3 invalid 5 s mid-heat")]
        [InlineData("plate lifted 300 s after laid")]
        [InlineData("body 1 W/K at 34 C")]
        public void A_bad_fixture_run_the_checks_were_not_shaped_on_makes_no_record_on_any_shipped_pad(string condition)
        {
            foreach (string pad in FitReviewScan.Shipped)
            {
                for (int seed = 11; seed <= 12; seed++)
                {
                    var (code, record, _) = FitReviewScan.Calibrate(condition, pad, seed);
                    Assert.True(code != 0 && record == null, $"{pad} {seed} {condition}: a record was written");
                }
            }
        }

        // Session 22 (fix22) moved this condition out of the theory above: it failed once the fixture held the element under 43 C
        // (S3 rising 12-15 K, fix21's device tracking line never fires; free-air 11 made a record). Mended in session 22 (rec22):
        // the fit's heat_trend check refuses it (docs/safety.md "Session 22: records fitted right from the bounded run (rec22)").
        [Fact]
        public void A_pair_loosening_over_the_heat_stage_makes_no_record_on_any_shipped_pad()
        {
            A_bad_fixture_run_the_checks_were_not_shaped_on_makes_no_record_on_any_shipped_pad("pair loosening 1 -> 0.5 over the heat stage");
        }

        [Theory(Skip = "fix22 (session 22) finding: with the element held under 43 C (S3 rising 12-15 K instead of 20-29 K at 25 W) the fit's G_cs is 3-7 % low on disturbed runs: first failing pad per condition — plate 60 s late strong-60w 11 x0.926, plate 110 s late strong-60w 12 x1.038, folded (air x0.5) free-air 11 x0.953, draft x1..2 / 60 s strong-60w 11 x0.954, draft x1..1.5 / 30 s x0.939, draft in the baseline x0.926, pad 0.3 C under / over the room free-air 11 x0.958 / strong-60w 11 x0.933 (fit21 on main: x0.984..1.029). calibrate --device: G_cs against the needed values median 0.036 / 95th 0.065 (main 0.022 / 0.056)")]
        [InlineData("plate 60 s late")]
        [InlineData("plate 110 s late")]
        [InlineData("plate lifted 600 s after laid")]
        [InlineData("covered (air x0.3)")]
        [InlineData("folded (air x0.5)")]
        [InlineData("draft air x1..2 every 60 s")]
        [InlineData("draft air x1..1.5 every 30 s")]
        [InlineData("draft in the baseline only (air x3 at 30-90 s)")]
        [InlineData("pad 0.3 C under a 22 C room")]
        [InlineData("pad 0.3 C over a 22 C room")]
        public void Every_record_a_disturbed_but_sound_fixture_run_makes_has_the_pads_conductance_within_three_and_a_half_percent(string condition)
        {
            // Measured: G_cs x0.984..1.029, the room share within 0.032 of the correct record's, wherever a record was made.
            foreach (string pad in FitReviewScan.Shipped)
            {
                for (int seed = 11; seed <= 12; seed++)
                {
                    var (code, record, _) = FitReviewScan.Calibrate(condition, pad, seed);
                    if (code == 0)
                    {
                        var (_, gcs, share) = FitReviewScan.ErrorOf(record!, pad, seed);
                        Assert.True(gcs > 0.965 && gcs < 1.035 && share > -0.04 && share < 0.04, $"{pad} {seed} {condition}: G_cs x{gcs:F3}, room share {share:+0.000;-0.000}");
                    }
                }
            }
        }

        [Fact]
        public void A_board_whose_identity_could_not_be_read_loads_no_record()
        {
            var (code, record, _) = FitReviewScan.Calibrate("correct", "nominal-12v", 11);
            Assert.Equal(0, code);
            string text = ElementCalibrationRecordWriter.Write(FitReviewHarness.Rom, FixtureTelemetry.SimulatedBoardHex, ElementCalibrationRecordWriter.NominalSenseZeroCounts, record!);
            double zero = ElementCalibrationRecordWriter.NominalSenseZeroCounts;
            Assert.Equal(ElementCalibrationLoad.Loaded, ElementCalibrationRecord.Parse(text, FitReviewHarness.Rom, FixtureTelemetry.SimulatedBoardHex.ToLowerInvariant(), zero, out _, out _));
            Assert.NotEqual(ElementCalibrationLoad.Loaded, ElementCalibrationRecord.Parse(text, FitReviewHarness.Rom, string.Empty, zero, out ElementCalibration c, out _));
            Assert.Null(c);
            Assert.NotEqual(ElementCalibrationLoad.Loaded, ElementCalibrationRecord.Parse(text, FitReviewHarness.Rom, "000000000000", zero, out _, out _));
            Assert.Equal(ElementCalibrationLoad.SenseChanged, ElementCalibrationRecord.Parse(text, FitReviewHarness.Rom, FixtureTelemetry.SimulatedBoardHex, zero * 1.021, out _, out _));
            Assert.Equal(ElementCalibrationLoad.NoBoardIdentity, ElementCalibrationRecord.Parse(text.Replace(ElementCalibrationRecord.Header, ElementCalibrationRecord.BoardlessHeader), FitReviewHarness.Rom, FixtureTelemetry.SimulatedBoardHex, zero, out _, out _));
        }

        [Fact]
        public void The_board_identity_read_catches_every_exception_and_refuses_a_blank_or_short_MAC()
        {
            // nf-interpreter: GetNetworkInterface throws (CLR_E_FAIL) when the configuration block is missing; a blank block reads zeros.
            string source = RepositoryFiles.ReadText("HeatPadFirmware/Hardware/BoardIdentity.cs");
            Assert.Contains("catch (Exception ex)", source);
            Assert.Contains("mac == null || mac.Length != MacBytes", source);
            Assert.Contains("if (allZero || allOnes)", source);
            Assert.DoesNotContain("PhysicalAddress =", source);
            string program = RepositoryFiles.ReadText("HeatPadFirmware/Program.cs");
            Assert.DoesNotContain(".PhysicalAddress =", program);
        }

        // Review 22b MEDIUM, mended by the lead (session 21): README's flashing step names the System.Net native-version pin.
        [Fact]
        public void README_flashing_steps_give_an_image_whose_System_Net_native_version_matches_the_package()
        {
            // packages.config pins nanoFramework.System.Net 1.11.54 (AssemblyNativeVersion 100.2.0.12, native checksum 0x6DFA71D6);
            // nf-interpreter 47ef80bdf (2026-07-10, #3460) moved the image's System.Net to 100.2.0.14 / 0x8EFB9944, and nanoCLR's
            // LoadAssembly refuses a checksum mismatch (CLR_E_ASSM_WRONG_CHECKSUM): the deployment, and so the app, does not load.
            string packages = RepositoryFiles.ReadText("HeatPadFirmware/packages.config");
            string readme = RepositoryFiles.ReadText("README.md");
            if (packages.Contains("id=\"nanoFramework.System.Net\" version=\"1.11.54\""))
            {
                int step = readme.IndexOf("--update", System.StringComparison.Ordinal);
                Assert.True(step > 0);
                string flashing = readme.Substring(step - 400, 1600);
                Assert.True(flashing.Contains("--fwversion", System.StringComparison.Ordinal) || flashing.Contains("System.Net", System.StringComparison.Ordinal),
                    "README's flashing step (nanoff --update: the newest image) names neither an image version nor the System.Net native-version pin");
            }
        }

        // Review 22b MEDIUM, mended in session 22 (fit22): calibrate --record refuses any board but the simulator's (a locally
        // administered MAC no ESP32 carries); a real board's record comes from its own run's log (--telemetry).
        [Fact]
        public void A_simulated_pads_record_cannot_be_bound_to_a_real_boards_MAC()
        {
            // hardware/README: "calibrate --record thick-slow --rom ... [--board MAC] still makes a simulated pad's record (nominal
            // sense zero; the board 240AC4A1B2C3 unless --board names the board's MAC from its boot line). Deploy it with nanoff".
            const string RealBoard = "3C71BF0A1B2C";
            var output = new StringWriter();
            var error = new StringWriter();
            int code = HeatPadFirmware.Simulator.Commands.CalibrateCommand.ExecuteRecord(output, error, "thick-slow", FitReviewHarness.Rom, 11, RealBoard);
            if (code == 0)
            {
                // A real board whose sense zero lies within 2 % of the nominal one loads a record no fixture run on it made.
                double zero = ElementCalibrationRecordWriter.NominalSenseZeroCounts * 1.015;
                ElementCalibrationLoad load = ElementCalibrationRecord.Parse(output.ToString(), FitReviewHarness.Rom, RealBoard, zero, out _, out _);
                Assert.True(load != ElementCalibrationLoad.Loaded, "calibrate --record --board " + RealBoard + " made a simulated pad's record that board loads (" + ElementCalibrationRecord.NameOf(load) + ")");
            }
        }
    }
}
