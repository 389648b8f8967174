using System;
using System.Globalization;
using System.IO;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Element
{
    /// <summary>
    /// What the PC writes at assembly (<c>calibrate --record</c>, <see cref="ElementCalibrationRecordWriter"/>) is what the
    /// device reads at boot (<see cref="ElementCalibrationRecord.Parse(string, string, out ElementCalibration)"/>): the same values, on every shipped pad, in any culture.
    /// </summary>
    public class ElementCalibrationRecordRoundTripTests
    {
        private const string Rom = "28FF23A10F1603C1";
        private const string Board = "240AC4A1B2C3";

        [Fact]
        public void Every_shipped_pads_fixture_calibration_is_read_back_by_the_device_as_written()
        {
            foreach (string name in PadFile.ShippedNames)
            {
                ElementCalibration fit = ElementCalibrationFixture.Calibrate(PadFile.LoadShipped(name), 11);
                Assert.True(fit.IsValid, name);
                string record = ElementCalibrationRecordWriter.Write(Rom, Board, fit);
                Assert.Equal(ElementCalibrationLoad.Loaded, ElementCalibrationRecord.Parse(record, Rom, out ElementCalibration read));
                Assert.Equal(fit.CapacityJPerK, read.CapacityJPerK, 1e-9);
                Assert.Equal(fit.ConductanceWPerK, read.ConductanceWPerK, 1e-9);
                Assert.Equal(fit.RoomConductanceWPerK, read.RoomConductanceWPerK, 1e-9);
                Assert.Equal(fit.LagS, read.LagS, 1e-9);
            }
        }

        [Fact]
        public void A_record_written_on_a_PC_set_to_a_comma_culture_still_reads()
        {
            CultureInfo before = CultureInfo.CurrentCulture;
            try
            {
                // A culture with a decimal comma (built from the invariant one: the test host may run without ICU).
                var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
                comma.NumberFormat.NumberDecimalSeparator = ",";
                comma.NumberFormat.NumberGroupSeparator = ".";
                CultureInfo.CurrentCulture = comma;
                Assert.Equal("0,5", 0.5.ToString());
                string record = ElementCalibrationRecordWriter.Write(Rom, Board, new ElementCalibration(412.5, 3.875, -0.125, 6.0));
                Assert.DoesNotContain(",", record);
                Assert.Equal(ElementCalibrationLoad.Loaded, ElementCalibrationRecord.Parse(record, Rom, out ElementCalibration read));
                Assert.Equal(-0.125, read.RoomConductanceWPerK);
            }
            finally
            {
                CultureInfo.CurrentCulture = before;
            }
        }

        [Fact]
        public void Calibrate_record_prints_the_record_of_a_shipped_pad_and_refuses_an_unknown_pad_or_a_bad_rom_code()
        {
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.Equal(0, CalibrateCommand.ExecuteRecord(output, error, "thick-slow", Rom.ToLowerInvariant(), 11));
            Assert.Equal(ElementCalibrationLoad.Loaded, ElementCalibrationRecord.Parse(output.ToString(), Rom, out _));
            Assert.Equal(string.Empty, error.ToString());

            Assert.Equal(2, CalibrateCommand.ExecuteRecord(new StringWriter(), error, "no-such-pad", Rom, 11));
            Assert.Contains("unknown pad", error.ToString());
            var badRom = new StringWriter();
            Assert.Equal(2, CalibrateCommand.ExecuteRecord(new StringWriter(), badRom, "thick-slow", "28FF23A10F1603CZ", 11));
            Assert.Contains("16 hex digits", badRom.ToString());
        }

        [Fact]
        public void The_writer_refuses_a_rom_code_that_is_not_16_digits_or_a_board_that_is_not_12()
        {
            Assert.Throws<ArgumentException>(() => ElementCalibrationRecordWriter.Write("28FF", Board, new ElementCalibration(412.5, 3.875, 0.4, 6.0)));
            Assert.Throws<ArgumentException>(() => ElementCalibrationRecordWriter.Write(Rom, "240AC4A1B2", new ElementCalibration(412.5, 3.875, 0.4, 6.0)));
        }

        [Fact]
        public void The_record_calibrate_writes_is_loaded_on_its_board_and_refused_on_another()
        {
            string record = ElementCalibrationRecordWriter.Write(Rom, Board, new ElementCalibration(412.5, 3.875, 0.4, 6.0));
            double zero = ElementCalibrationRecordWriter.NominalSenseZeroCounts;
            Assert.Equal(ElementCalibrationLoad.Loaded, ElementCalibrationRecord.Parse(record, Rom, Board.ToLowerInvariant(), zero, out _, out _));
            Assert.Equal(ElementCalibrationLoad.OtherBoard, ElementCalibrationRecord.Parse(record, Rom, "240AC4A1B2C4", zero, out ElementCalibration c, out string detail));
            Assert.Null(c);
            Assert.Equal(Board, detail);
            Assert.Equal(ElementCalibrationLoad.OtherBoard, ElementCalibrationRecord.Parse(record, Rom, string.Empty, zero, out _, out _));
        }
    }
}
