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
        private const string Board = "240AC4A1B2C3";

        private static string Record(string rom = Rom, string capacity = "412.5", string conductance = "3.875", string roomConductance = "0.42", string lag = "6", string newline = "\n")
        {
            return Sealed(ElementCalibrationRecord.Header + newline
                + "rom=" + rom + newline
                + "board=" + Board + newline
                + "sense_zero_counts=196.5" + newline
                + "capacity_j_per_k=" + capacity + newline
                + "conductance_w_per_k=" + conductance + newline
                + "room_conductance_w_per_k=" + roomConductance + newline
                + "lag_s=" + lag + newline, newline);
        }

        // The body with its checksum line: the CRC of the canonical text (trimmed non-blank lines, each with '\n').
        private static string Sealed(string body, string newline = "\n")
        {
            var canonical = new System.Text.StringBuilder();
            foreach (string line in body.Split('\n'))
            {
                string t = line.Trim();
                if (t.Length > 0)
                {
                    int eq = t.IndexOf('=');
                    canonical.Append(eq > 0 ? t.Substring(0, eq).Trim() + "=" + t.Substring(eq + 1).Trim() : t).Append('\n');
                }
            }

            Assert.True(Crc32.TryComputeAscii(canonical.ToString(), out uint crc));
            return body + "crc32=" + crc.ToString("X8") + newline;
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
        public void A_wrong_header_a_missing_key_an_unknown_key_or_a_key_given_twice_makes_it_malformed_even_with_a_matching_checksum()
        {
            string body = ElementCalibrationRecord.Header + "\nrom=" + Rom + "\nboard=" + Board + "\nsense_zero_counts=196.5\ncapacity_j_per_k=412.5\nconductance_w_per_k=3.875\nroom_conductance_w_per_k=0.42\nlag_s=6\n";
            Assert.Equal(ElementCalibrationLoad.Loaded, ElementCalibrationRecord.Parse(Sealed(body), Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(Sealed(body.Replace("v3", "v4")), Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(Sealed(body.Replace("lag_s=6\n", string.Empty)), Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(Sealed(body + "spot=0.1\n"), Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(Sealed(body + "lag_s=7\n"), Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(Sealed(body + "rom=" + Rom + "\n"), Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(Sealed(body + "just a line\n"), Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(Record(rom: "28FF4C1A6116031"), Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(Record(rom: "28FF4C1A6116031G"), Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(Sealed(ElementCalibrationRecord.Header + "\n"), Rom, out _));
        }

        [Fact]
        public void A_record_without_its_checksum_line_a_line_after_it_or_a_checksum_that_is_not_8_hex_digits_is_malformed()
        {
            string good = Record();
            string body = good.Substring(0, good.IndexOf("crc32=", System.StringComparison.Ordinal));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(body, Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(good + "lag_s=6\n", Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(body + "crc32=1234567\n", Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(body + "crc32=1234567G\n", Rom, out _));
        }

        [Theory]
        [InlineData("capacity_j_per_k=412.5", "capacity_j_per_k=42.5")]
        [InlineData("capacity_j_per_k=412.5", "capacity_j_per_k=413.5")]
        [InlineData("conductance_w_per_k=3.875", "conductance_w_per_k=3.785")]
        [InlineData("lag_s=6", "lag_s=9")]
        [InlineData("rom=28FF4C1A61160312", "rom=28FF4C1A61160313")]
        public void A_record_changed_after_it_was_written_is_corrupt_and_gives_no_calibration(string line, string changed)
        {
            string changedRecord = Record().Replace(line, changed);
            string rom = changed.StartsWith("rom=", System.StringComparison.Ordinal) ? changed.Substring(4) : Rom;
            Assert.Equal(ElementCalibrationLoad.Corrupt, ElementCalibrationRecord.Parse(changedRecord, rom, out ElementCalibration c));
            Assert.Null(c);
        }

        [Fact]
        public void A_record_of_the_first_format_without_a_checksum_is_refused_and_named_at_boot()
        {
            string old = ElementCalibrationRecord.LegacyHeader + "\nrom=" + Rom + "\ncapacity_j_per_k=412.5\nconductance_w_per_k=3.875\nroom_conductance_w_per_k=0.42\nlag_s=6\n";
            Assert.Equal(ElementCalibrationLoad.Unchecked, ElementCalibrationRecord.Parse(old, Rom, out ElementCalibration c));
            Assert.Null(c);
            Assert.Contains("without checksum", ElementCalibrationRecord.NameOf(ElementCalibrationLoad.Unchecked));
            Assert.Contains("not used", ElementCalibrationRecord.NameOf(ElementCalibrationLoad.Corrupt));
        }

        [Theory]
        [InlineData(196.5, ElementCalibrationLoad.Loaded)]
        [InlineData(199.0, ElementCalibrationLoad.Loaded)]      // +1.3 %: the same board's zero, within the window
        [InlineData(193.0, ElementCalibrationLoad.Loaded)]      // -1.8 %
        [InlineData(201.0, ElementCalibrationLoad.OtherBoard)]  // +2.3 %: another board
        [InlineData(180.0, ElementCalibrationLoad.OtherBoard)]  // -8.4 %: an ESP32 with a high Vref
        [InlineData(0.0, ElementCalibrationLoad.OtherBoard)]    // the sense could not be opened
        public void The_record_is_used_only_on_the_board_whose_sense_zero_it_carries(double zeroNow, ElementCalibrationLoad expected)
        {
            Assert.Equal(expected, ElementCalibrationRecord.Parse(Record(), Rom, zeroNow, out ElementCalibration c));
            Assert.Equal(expected == ElementCalibrationLoad.Loaded, c != null);
        }

        [Fact]
        public void A_record_without_the_boards_sense_zero_is_malformed()
        {
            string body = ElementCalibrationRecord.Header + "\nrom=" + Rom + "\nboard=" + Board + "\ncapacity_j_per_k=412.5\nconductance_w_per_k=3.875\nroom_conductance_w_per_k=0.42\nlag_s=6\n";
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(Sealed(body), Rom, 196.5, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(Sealed(body.Replace("lag_s=6\n", "lag_s=6\nsense_zero_counts=0\n")), Rom, 196.5, out _));
            Assert.Contains("other controller board", ElementCalibrationRecord.NameOf(ElementCalibrationLoad.OtherBoard));
        }

        [Fact]
        public void A_v2_record_bound_by_the_sense_zero_alone_is_refused_and_named_at_boot()
        {
            string v2 = Sealed(ElementCalibrationRecord.BoardlessHeader + "\nrom=" + Rom + "\nsense_zero_counts=196.5\ncapacity_j_per_k=412.5\nconductance_w_per_k=3.875\nroom_conductance_w_per_k=0.42\nlag_s=6\n");
            Assert.Equal(ElementCalibrationLoad.NoBoardIdentity, ElementCalibrationRecord.Parse(v2, Rom, Board, 196.5, out ElementCalibration c, out _));
            Assert.Null(c);
            Assert.Contains("make the record again", ElementCalibrationRecord.NameOf(ElementCalibrationLoad.NoBoardIdentity));
        }

        [Fact]
        public void A_v3_record_without_the_board_or_with_a_board_that_is_not_12_hex_digits_is_malformed()
        {
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(Sealed(Record().Substring(0, Record().IndexOf("crc32=", System.StringComparison.Ordinal)).Replace("board=" + Board + "\n", string.Empty)), Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(Sealed(Record().Substring(0, Record().IndexOf("crc32=", System.StringComparison.Ordinal)).Replace(Board, "240AC4A1B2C")), Rom, out _));
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(Sealed(Record().Substring(0, Record().IndexOf("crc32=", System.StringComparison.Ordinal)).Replace(Board, "240AC4A1B2CG")), Rom, out _));
        }

        [Theory]
        [InlineData("240AC4A1B2C3", 196.5, ElementCalibrationLoad.Loaded)]
        [InlineData("240ac4a1b2c3", 199.0, ElementCalibrationLoad.Loaded)]         // either case; the zero within 2 %
        [InlineData("240AC4A1B2C4", 196.5, ElementCalibrationLoad.OtherBoard)]     // another ESP32, the same sense zero
        [InlineData("", 196.5, ElementCalibrationLoad.OtherBoard)]                 // this board's MAC could not be read
        [InlineData("240AC4A1B2C3", 201.0, ElementCalibrationLoad.SenseChanged)]   // this board, its sense zero moved +2.3 %
        [InlineData("240AC4A1B2C3", 0.0, ElementCalibrationLoad.SenseChanged)]     // this board, the sense could not be opened
        public void The_record_is_used_only_on_the_board_whose_identity_it_carries_with_its_sense_unchanged(string boardNow, double zeroNow, ElementCalibrationLoad expected)
        {
            Assert.Equal(expected, ElementCalibrationRecord.Parse(Record(), Rom, boardNow, zeroNow, out ElementCalibration c, out string detail));
            Assert.Equal(expected == ElementCalibrationLoad.Loaded, c != null);
            Assert.Equal(expected == ElementCalibrationLoad.OtherBoard ? Board : null, detail);
        }

        [Theory]
        [InlineData("412.5", "3.875", "-1.2", "6")]    // G_ca -0.31 of G_cs: under the spot error's reach (review 21c: a pair off the surface fits -0.76 to -0.97)
        [InlineData("412.5", "3.875", "-3.8", "6")]    // G_ca -0.98 of G_cs, in IsValid's range
        [InlineData("412.5", "3.875", "0.42", "0")]    // lag 0 s (review 21c: the pair off the surface)
        [InlineData("412.5", "3.875", "0.42", "0.5")]  // lag under 1 s
        public void Values_in_range_but_physically_impossible_are_refused_with_the_reason(string capacity, string conductance, string roomConductance, string lag)
        {
            Assert.Equal(ElementCalibrationLoad.Implausible, ElementCalibrationRecord.Parse(Record(capacity: capacity, conductance: conductance, roomConductance: roomConductance, lag: lag), Rom, Board, 196.5, out ElementCalibration c, out string detail));
            Assert.Null(c);
            Assert.False(string.IsNullOrEmpty(detail));
            Assert.True(detail.Contains("room conductance", System.StringComparison.Ordinal) || detail.Contains("lag", System.StringComparison.Ordinal), detail);
        }

        [Fact]
        public void Values_at_the_edge_of_the_physical_range_are_loaded()
        {
            Assert.Equal(ElementCalibrationLoad.Loaded, ElementCalibrationRecord.Parse(Record(roomConductance: "-1.1", lag: "1"), Rom, Board, 196.5, out ElementCalibration c, out _));
            Assert.Equal(-1.1, c.RoomConductanceWPerK);
        }

        [Fact]
        public void A_character_outside_ascii_makes_the_record_malformed()
        {
            Assert.Equal(ElementCalibrationLoad.Malformed, ElementCalibrationRecord.Parse(Record().Replace("lag_s=6", "lag_s=6\u00b0"), Rom, out _));
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
