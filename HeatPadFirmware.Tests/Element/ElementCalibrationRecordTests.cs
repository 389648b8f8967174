using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Element
{
    /// <summary>
    /// The stored element calibration's text record (<see cref="ElementCalibrationRecord"/>): what the device reads at boot
    /// and hands the witness only when it is this pad's, whole and in range.
    /// </summary>
    public class ElementCalibrationRecordTests
    {
        private const string Rom = "28FF4C1A61160312";

        private static string Record(string rom = Rom, string capacity = "412.5", string conductance = "3.875", string roomConductance = "0.42", string lag = "6", string newline = "\n")
        {
            return ElementCalibrationRecord.Header + newline
                + "rom=" + rom + newline
                + "capacity_j_per_k=" + capacity + newline
                + "conductance_w_per_k=" + conductance + newline
                + "room_conductance_w_per_k=" + roomConductance + newline
                + "lag_s=" + lag + newline;
        }

        [Fact]
        public void A_whole_record_of_this_element_sensor_is_loaded_with_its_values()
        {
            Assert.Equal(ElementCalibrationLoad.Loaded, ElementCalibrationRecord.Parse(Record(), Rom, out ElementCalibration c));
            Assert.NotNull(c);
            Assert.Equal(412.5, c.CapacityJPerK);
            Assert.Equal(3.875, c.ConductanceWPerK);
            Assert.Equal(0.42, c.RoomConductanceWPerK);
            Assert.Equal(6.0, c.LagS);
            Assert.True(c.IsValid);
        }

        [Fact]
        public void Windows_line_ends_blank_lines_spaces_and_the_rom_code_in_lower_case_read_the_same()
        {
            string text = "\r\n" + Record(rom: Rom.ToLowerInvariant(), capacity: " 412.5 ", newline: "\r\n") + "\r\n\r\n";
            Assert.Equal(ElementCalibrationLoad.Loaded, ElementCalibrationRecord.Parse(text, Rom, out ElementCalibration c));
            Assert.Equal(412.5, c.CapacityJPerK);
        }

        [Fact]
        public void A_negative_room_term_within_its_range_is_read_as_negative()
        {
            Assert.Equal(ElementCalibrationLoad.Loaded, ElementCalibrationRecord.Parse(Record(roomConductance: "-0.25"), Rom, out ElementCalibration c));
            Assert.Equal(-0.25, c.RoomConductanceWPerK);
        }

        [Fact]
        public void No_file_or_an_empty_one_is_absent_and_gives_no_calibration()
        {
            Assert.Equal(ElementCalibrationLoad.Absent, ElementCalibrationRecord.Parse(null, Rom, out ElementCalibration a));
            Assert.Null(a);
            Assert.Equal(ElementCalibrationLoad.Absent, ElementCalibrationRecord.Parse(string.Empty, Rom, out ElementCalibration b));
            Assert.Null(b);
        }

        [Fact]
        public void A_record_of_another_element_sensor_is_not_used()
        {
            Assert.Equal(ElementCalibrationLoad.OtherPad, ElementCalibrationRecord.Parse(Record(), "28FF4C1A61160313", out ElementCalibration c));
            Assert.Null(c);
        }

        [Fact]
        public void Without_a_rom_code_of_the_fitted_sensor_nothing_is_used()
        {
            Assert.Equal(ElementCalibrationLoad.OtherPad, ElementCalibrationRecord.Parse(Record(), null, out ElementCalibration c));
            Assert.Null(c);
        }

        [Theory]
        [InlineData("1e3")]
        [InlineData("4,5")]
        [InlineData("1.2.3")]
        [InlineData("")]
        [InlineData("-")]
        [InlineData(".")]
        [InlineData("NaN")]
        [InlineData("Infinity")]
        [InlineData("12 5")]
        [InlineData("0x1F")]
        [InlineData("1234567890123456789")]
        public void A_number_that_is_not_a_plain_decimal_makes_the_record_malformed(string capacity)
        {
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(Record(capacity: capacity), Rom, out ElementCalibration c));
            Assert.Null(c);
        }

        [Fact]
        public void A_wrong_header_a_missing_key_an_unknown_key_or_a_key_given_twice_makes_it_malformed()
        {
            string good = Record();
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(good.Replace("v1", "v2"), Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(good.Replace("lag_s=6\n", string.Empty), Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(good + "spot=0.1\n", Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(good + "lag_s=7\n", Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(good + "rom=" + Rom + "\n", Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(good + "just a line\n", Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(Record(rom: "28FF4C1A6116031"), Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(Record(rom: "28FF4C1A6116031G"), Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(ElementCalibrationRecord.Header + "\n", Rom, out _));
        }

        [Fact]
        public void A_record_longer_than_any_real_one_is_malformed_without_being_read()
        {
            string padded = Record() + new string(' ', ElementCalibrationRecord.MaxLength);
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(padded, Rom, out ElementCalibration c));
            Assert.Null(c);
        }

        [Theory]
        [InlineData("5", "3.875", "0.42", "6")]        // capacity under 10 J/K
        [InlineData("412.5", "0.1", "0.02", "6")]     // G_cs under 0.2 W/K
        [InlineData("412.5", "3.875", "4.5", "6")]    // G_ca over G_cs
        [InlineData("412.5", "3.875", "0.42", "31")]  // lag over 30 s
        [InlineData("412.5", "3.875", "0.42", "-1")]  // negative lag
        public void Values_of_this_pad_outside_the_calibrations_ranges_are_not_used(string capacity, string conductance, string roomConductance, string lag)
        {
            Assert.Equal(ElementCalibrationLoad.OutOfRange, ElementCalibrationRecord.Parse(Record(capacity: capacity, conductance: conductance, roomConductance: roomConductance, lag: lag), Rom, out ElementCalibration c));
            Assert.Null(c);
        }

        [Theory]
        [InlineData("0.1", 0.1)]
        [InlineData("+2.5", 2.5)]
        [InlineData("-0.0625", -0.0625)]
        [InlineData("3000", 3000.0)]
        [InlineData("7.", 7.0)]
        [InlineData(".5", 0.5)]
        [InlineData("123.456789", 123.456789)]
        public void Plain_decimals_read_to_the_nearest_double(string text, double expected)
        {
            Assert.True(ElementCalibrationRecord.TryParseDecimal(text, out double value));
            Assert.Equal(expected, value);
        }

        [Fact]
        public void Every_answer_has_a_name_for_the_boot_line()
        {
            Assert.Equal("loaded", ElementCalibrationRecord.NameOf(ElementCalibrationLoad.Loaded));
            Assert.Equal("absent", ElementCalibrationRecord.NameOf(ElementCalibrationLoad.Absent));
            Assert.Contains("not used", ElementCalibrationRecord.NameOf(ElementCalibrationLoad.OtherPad));
            Assert.Contains("not used", ElementCalibrationRecord.NameOf(ElementCalibrationLoad.Malformed));
            Assert.Contains("not used", ElementCalibrationRecord.NameOf(ElementCalibrationLoad.OutOfRange));
        }
    }
}
