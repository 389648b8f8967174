using System;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Element
{
    /// <summary>
    /// <c>calibrate --telemetry LOG --rom HEX</c> (session 20): a fixture run's telemetry in the device's format, fitted with the
    /// fixture's own fit, gives the direct fit's record within the log's quantisation; a log that is not one whole run of the
    /// element sensor named gives a clear error, exit code 2 and no record.
    /// </summary>
    public class FixtureTelemetryTests
    {
        private const string Rom = "28FF23A10F1603C1";

        private static string SimulatedLog(string pad, int seed)
        {
            var log = new StringWriter();
            FixtureTelemetry.Write(log, ElementCalibrationFixture.Run(PadFile.LoadShipped(pad), seed), Rom, ElementCalibrationFixture.FixturePowerW);
            return log.ToString();
        }

        [Theory]
        [InlineData("folded-covered")]
        [InlineData("free-air")]
        [InlineData("nominal-12v")]
        [InlineData("strong-60w")]
        [InlineData("thick-slow")]
        [InlineData("usb-10w")]
        public void The_simulated_fixtures_run_written_as_telemetry_fits_back_to_the_direct_record(string pad)
        {
            // Session 24 (rec24): a run read from telemetry is fitted with its pair referenced to S3 over the baseline, the
            // direct run (the Factory record) with its pair as read; the log's round trip is judged against the direct run's
            // series fitted the telemetry's way (the same readings at full precision), not against the Factory record, which
            // differs from it by S3's offset against the pair's (G_cs of the six pads at seed 11: docs/safety.md "Session 24").
            ElementFixtureSeries series = ElementCalibrationFixture.Run(PadFile.LoadShipped(pad), 11);
            series.PairReferencedToElement = true;
            ElementCalibration direct = series.Fit();
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.Equal(0, CalibrateCommand.FitTelemetry(output, error, new StringReader(SimulatedLog(pad, 11)), Rom));
            Assert.Equal(ElementCalibrationLoad.Loaded, ElementCalibrationRecord.Parse(output.ToString(), Rom, out ElementCalibration fromLog));

            // The log keeps readings to 1e-4 °C and the sense to 1 mA / 1 mV: the fit moves by well under a percent.
            Assert.Equal(direct.LagS, fromLog.LagS);
            Assert.Equal(1.0, fromLog.CapacityJPerK / direct.CapacityJPerK, 0.005);
            Assert.Equal(1.0, fromLog.ConductanceWPerK / direct.ConductanceWPerK, 0.002);
            Assert.Equal(0.0, (fromLog.RoomConductanceWPerK - direct.RoomConductanceWPerK) / direct.ConductanceWPerK, 0.002);
        }

        [Fact]
        public void The_device_fixtures_own_run_fits_from_its_telemetry_through_calibrate_telemetry()
        {
            string path = Path.Combine(Path.GetTempPath(), "fix20-fixture-" + Guid.NewGuid().ToString("N") + ".log");
            try
            {
                using (var file = new StreamWriter(path))
                {
                    DeviceFixtureOutcome o = DeviceFixtureSimulation.Run(PadFile.LoadShipped("thick-slow"), 12, file, Rom);
                    Assert.Equal(ElementFixtureStage.Done, o.Stage);
                }

                var output = new StringWriter();
                var error = new StringWriter();
                Assert.Equal(0, CalibrateCommand.ExecuteTelemetry(output, error, path, Rom.ToLowerInvariant()));
                Assert.Equal(string.Empty, error.ToString());
                Assert.Equal(ElementCalibrationLoad.Loaded, ElementCalibrationRecord.Parse(output.ToString(), Rom, out ElementCalibration c));
                Assert.True(c.IsValid);
            }
            finally
            {
                File.Delete(path);
            }
        }

        private static (int Code, string Error, string Output) Fit(string log, string rom = Rom)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int code = CalibrateCommand.FitTelemetry(output, error, new StringReader(log), rom);
            return (code, error.ToString(), output.ToString());
        }

        [Fact]
        public void A_log_cut_short_gives_an_error_and_no_record()
        {
            string log = SimulatedLog("nominal-12v", 11);
            string cut = log.Substring(0, log.IndexOf("# fixture,3720000,cool", StringComparison.Ordinal) + 100);
            var (code, error, output) = Fit(cut);
            Assert.Equal(2, code);
            Assert.Contains("cut short", error);
            Assert.Equal(string.Empty, output);
        }

        [Fact]
        public void A_log_with_a_tick_missing_the_element_reading_or_the_sense_or_a_stall_gives_an_invalid_stretch()
        {
            string[] lines = SimulatedLog("nominal-12v", 11).Split('\n');
            int t = Array.FindIndex(lines, l => l.StartsWith("T,2000000,", StringComparison.Ordinal));
            string[] noElement = (string[])lines.Clone();
            noElement[t] = noElement[t].Substring(0, noElement[t].LastIndexOf(',') + 1);
            var (code, error, output) = Fit(string.Join("\n", noElement));
            Assert.Equal(2, code);
            Assert.Contains("invalid stretch at 2000000 ms", error);
            Assert.Equal(string.Empty, output);

            string[] noSense = (string[])lines.Clone();
            noSense[t + 1] = "# sense,2000000,,";
            Assert.Contains("no trusted heater sense", Fit(string.Join("\n", noSense)).Error);

            string stalled = string.Join("\n", lines.Where(l => !(l.StartsWith("T,", StringComparison.Ordinal) && long.Parse(l.Split(',')[1]) is > 2000000 and <= 2005000)));
            var stall = Fit(stalled);
            Assert.Equal(2, stall.Code);
            Assert.Contains("no tick for 6000 ms", stall.Error);
        }

        [Fact]
        public void A_log_of_another_element_sensor_gives_an_error_and_no_record()
        {
            var (code, error, output) = Fit(SimulatedLog("nominal-12v", 11), "28FF23A10F160300");
            Assert.Equal(2, code);
            Assert.Contains("another pad's run", error);
            Assert.Equal(string.Empty, output);
        }

        [Fact]
        public void A_normal_sessions_log_without_fixture_marks_gives_an_error_and_no_record()
        {
            string session = string.Join("\n", SimulatedLog("nominal-12v", 11).Split('\n').Where(l => !l.StartsWith("# fixture,", StringComparison.Ordinal)));
            var (code, error, output) = Fit(session);
            Assert.Equal(2, code);
            Assert.Contains("not a fixture run", error);
            Assert.Equal(string.Empty, output);
        }

        [Fact]
        public void An_aborted_run_gives_an_error_and_no_record()
        {
            var log = new StringWriter();
            DeviceFixtureSimulation.Run(PadFile.LoadShipped("nominal-12v"), 11, log, Rom, pressDelayS: -1);
            var (code, error, output) = Fit(log.ToString());
            Assert.Equal(2, code);
            Assert.Contains("aborted", error);
            Assert.Equal(string.Empty, output);
        }

        [Fact]
        public void Calibrate_telemetry_refuses_a_missing_file_and_a_bad_rom_code()
        {
            var error = new StringWriter();
            Assert.Equal(2, CalibrateCommand.ExecuteTelemetry(new StringWriter(), error, "/nonexistent/fixture.log", Rom));
            Assert.Contains("no telemetry file", error.ToString());
            var bad = new StringWriter();
            Assert.Equal(2, CalibrateCommand.ExecuteTelemetry(new StringWriter(), bad, "x.log", "28FF"));
            Assert.Contains("16 hex digits", bad.ToString());
        }
    }
}
