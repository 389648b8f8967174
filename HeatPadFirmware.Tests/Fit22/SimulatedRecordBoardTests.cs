using System;
using System.Globalization;
using System.IO;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Output;
using Xunit;

namespace HeatPadFirmware.Tests.Fit22
{
    /// <summary>
    /// Session 22 (fit22, review 22b MEDIUM): a simulated pad's record (<c>calibrate --record</c>) is bound to the simulator's
    /// board only, a locally administered MAC no ESP32 carries; a real board's record comes from its own run's log.
    /// </summary>
    public class SimulatedRecordBoardTests
    {
        private const string Rom = "28FF23A10F1603C1";

        [Theory]
        [InlineData("3C71BF0A1B2C")]
        [InlineData("240AC4A1B2C3")]
        [InlineData("02AC4A1B2C3E")]
        public void Calibrate_record_refuses_to_bind_a_simulated_pads_record_to_any_other_board(string board)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.Equal(2, CalibrateCommand.ExecuteRecord(output, error, "thick-slow", Rom, 11, board));
            Assert.Equal(string.Empty, output.ToString());
            Assert.Contains("cannot bind it to a real board", error.ToString());
            Assert.Contains("--telemetry", error.ToString());
        }

        [Fact]
        public void Calibrate_record_binds_its_record_to_the_simulators_board_which_no_other_board_loads()
        {
            var output = new StringWriter();
            Assert.Equal(0, CalibrateCommand.ExecuteRecord(output, new StringWriter(), "thick-slow", Rom, 11));
            double zero = ElementCalibrationRecordWriter.NominalSenseZeroCounts;
            Assert.Equal(ElementCalibrationLoad.Loaded, ElementCalibrationRecord.Parse(output.ToString(), Rom, FixtureTelemetry.SimulatedBoardHex, zero, out _, out _));
            Assert.Equal(ElementCalibrationLoad.OtherBoard, ElementCalibrationRecord.Parse(output.ToString(), Rom, "3C71BF0A1B2C", zero, out _, out _));
        }

        [Fact]
        public void The_simulators_board_is_a_locally_administered_MAC_which_no_ESP32_station_address_is()
        {
            // IEEE 802: bit 1 of the first octet set = locally administered; Espressif programs universally administered base MACs.
            int first = int.Parse(FixtureTelemetry.SimulatedBoardHex.Substring(0, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            Assert.Equal(ElementCalibrationRecord.BoardHexDigits, FixtureTelemetry.SimulatedBoardHex.Length);
            Assert.True((first & 0x02) != 0, "the simulator's board MAC is universally administered: a real ESP32 could carry it");
            Assert.True((first & 0x01) == 0, "the simulator's board MAC is a multicast address");
        }
    }
}
