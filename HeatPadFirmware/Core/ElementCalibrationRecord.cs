namespace HeatPadFirmware.Core
{
    /// <summary>What reading the pad's stored element calibration gave (<see cref="ElementCalibrationRecord.Parse(string, string, double, out ElementCalibration)"/>).</summary>
    public enum ElementCalibrationLoad
    {
        /// <summary>No record (no file, or an empty one): the witness learns at a cold start and latches nothing.</summary>
        Absent = 0,

        /// <summary>A well-formed record of this pad's element sensor with every value in range: the witness uses it.</summary>
        Loaded = 1,

        /// <summary>A well-formed record of another element sensor (the pad or its sensor was changed): not used.</summary>
        OtherPad = 2,

        /// <summary>Not a record this firmware reads (header, a key, a number): not used.</summary>
        Malformed = 3,

        /// <summary>A record of this pad whose values lie outside <see cref="ElementCalibration.IsValid"/>'s ranges: not used.</summary>
        OutOfRange = 4,

        /// <summary>
        /// A record of the first format (<see cref="ElementCalibrationRecord.LegacyHeader"/>, session 19), which has no checksum:
        /// not used (review 20a: a digit changed in range loaded and moved the witness); the pad needs its record made again.
        /// </summary>
        Unchecked = 5,

        /// <summary>A well-formed record whose <c>crc32</c> line does not match its text (a changed digit, a cut line): not used.</summary>
        Corrupt = 6,

        /// <summary>
        /// A record of this pad made on another controller board: the heater sense's zero measured at this boot differs from the
        /// record's by more than <see cref="ElementCalibrationRecord.MaxSenseZeroShiftFraction"/> (review 20b: the record carries
        /// the board's sense scale). Not used.
        /// </summary>
        OtherBoard = 7,

        /// <summary>
        /// A record whose values are in range but physically impossible (<see cref="ElementCalibration.ImplausibleReason"/>;
        /// session 21: a hand edit, a bad fixture run the PC let through, a PC-side bug): not used.
        /// </summary>
        Implausible = 8,

        /// <summary>
        /// A record of the second format (<see cref="ElementCalibrationRecord.BoardlessHeader"/>, session 20): bound to the board
        /// only by its sense-zero fingerprint, which 14.9 % of other boards pass with sense scales up to 17.9 % apart (review 21c).
        /// Not used (session 21): the pad needs its record made again on this board.
        /// </summary>
        NoBoardIdentity = 9,

        /// <summary>
        /// A record of this pad and this board (its identity matches) whose heater-sense zero moved by more than
        /// <see cref="ElementCalibrationRecord.MaxSenseZeroShiftFraction"/> since: the sense was repaired or drifts, so its scale
        /// may have moved too. Not used.
        /// </summary>
        SenseChanged = 10,
    }

    /// <summary>
    /// The text record of a pad's element calibration (session 19), measured at assembly and stored on the controller
    /// (hardware/README.md, "Calibrating the element witness"): a header line, then one <c>key=value</c> per line —
    /// <c>rom</c> (the element sensor's 64-bit ROM code, 16 hex digits, as the boot line prints it), <c>board</c> (session 21: the
    /// controller board's identity, its ESP32's MAC address, <see cref="BoardKey"/>), <c>sense_zero_counts</c> (the controller
    /// board's heater-sense zero: <see cref="MaxSenseZeroShiftFraction"/>), <c>capacity_j_per_k</c>,
    /// <c>conductance_w_per_k</c>, <c>room_conductance_w_per_k</c>, <c>lag_s</c> — and last <c>crc32=</c> 8 hex digits: the
    /// <see cref="Crc32"/> of the record's canonical text before it (the header and each <c>key=value</c> line with surrounding
    /// spaces trimmed, each followed by one '\n'; blank lines and '\r' left out, so a copy through Windows line ends still
    /// matches). Session 20 (review 20a): a record whose text does not match its checksum is not used
    /// (<see cref="ElementCalibrationLoad.Corrupt"/>), nor is a record of the first format, which had none
    /// (<see cref="ElementCalibrationLoad.Unchecked"/>). Numbers are decimal with '.' and an
    /// optional sign, no exponent, no thousands separator, so the interpreter and the PC read them alike whatever their
    /// culture. The record is tied to the element sensor's ROM code: a controller moved to another pad, or a pad whose
    /// element sensor was replaced, does not use a calibration measured on other hardware (<see cref="ElementCalibrationLoad.OtherPad"/>),
    /// and to the controller board (session 21, review 21c: the record carries the board's sense scale; a record of another
    /// board is <see cref="ElementCalibrationLoad.OtherBoard"/>, a v2 record, bound by the sense zero alone,
    /// <see cref="ElementCalibrationLoad.NoBoardIdentity"/>). Values in range but physically impossible are
    /// <see cref="ElementCalibrationLoad.Implausible"/>.
    /// Parsed once at boot (allocates; never per tick). Anything but <see cref="ElementCalibrationLoad.Loaded"/> leaves the
    /// witness as a pad without calibration has it: learning, reporting, latching nothing.
    /// </summary>
    public static class ElementCalibrationRecord
    {
        /// <summary>
        /// The first line of a record of this format (session 21: v3, with the <see cref="BoardKey"/> line; session 20 added the
        /// <see cref="ChecksumKey"/> line).
        /// </summary>
        public const string Header = "heatpad-element-calibration v3";

        /// <summary>The first line of the session-20 format, bound to the board by its sense zero only: recognised to say so, never used.</summary>
        public const string BoardlessHeader = "heatpad-element-calibration v2";

        /// <summary>The first line of the session-19 format, which had no checksum: recognised to say so, never used.</summary>
        public const string LegacyHeader = "heatpad-element-calibration v1";

        /// <summary>
        /// Key of the controller board's heater-sense zero when the record was made, mean ADC counts (the current channel with no
        /// current possible: the INA181's REF level read by this ESP32's ADC, hardware/README.md "Heater current and supply sense").
        /// </summary>
        public const string SenseZeroKey = "sense_zero_counts";

        /// <summary>
        /// Largest relative difference between the sense zero measured at boot and the record's, fraction (0.02). The zero is REF
        /// (0.30 V ±4 %: the 3V3 rail ±3 % and two 1 % resistors, HeaterSenseConversion.ZeroMinV) over the ESP32's ADC scale (Vref
        /// 1.0–1.2 V, ±9 % between chips); on one board it repeats within the ADC's noise over 64 conversions (≈ 0.2 %) and the
        /// rail's drift. Session 20 used it as the board's fingerprint; it is not an identity (review 21c: 14.9 % of other boards
        /// pass it, their sense scales up to 17.9 % apart), so session 21 binds the record to the board's MAC (<see cref="BoardKey"/>)
        /// and keeps this check for what it does see: on the same board, a zero moved by more than 2 % means a sense repaired or
        /// drifting (<see cref="ElementCalibrationLoad.SenseChanged"/>).
        /// </summary>
        public const double MaxSenseZeroShiftFraction = 0.02;

        /// <summary>
        /// Key of the controller board's identity (session 21): the ESP32's Wi-Fi station MAC address, 12 hex digits, as the boot
        /// line <c># board: </c> prints it. Espressif programs each chip's base MAC into eFuse at the factory; nanoFramework's
        /// ESP32 port builds the interface's configuration block from it (<c>esp_read_mac(ESP_MAC_WIFI_STA)</c>, which is the
        /// base MAC) and reports it as <c>NetworkInterface.PhysicalAddress</c> (hardware/README.md, "Calibrating the element
        /// witness"; docs/device.md). The record carries this board's sense scale (review 20b), so it is used only on this board.
        /// </summary>
        public const string BoardKey = "board";

        /// <summary>Digits of a board identity written in hex (6 bytes of MAC address).</summary>
        public const int BoardHexDigits = 12;

        /// <summary>Key of the record's checksum, the last line: CRC-32 of the canonical text before it, 8 hex digits.</summary>
        public const string ChecksumKey = "crc32";

        /// <summary>Digits of the checksum written in hex (32 bits).</summary>
        public const int ChecksumHexDigits = 8;

        /// <summary>Key of the element sensor's ROM code.</summary>
        public const string RomKey = "rom";

        /// <summary>Key of the element's capacity, J/K.</summary>
        public const string CapacityKey = "capacity_j_per_k";

        /// <summary>Key of the element-surface conductance, W/K.</summary>
        public const string ConductanceKey = "conductance_w_per_k";

        /// <summary>Key of the element-room conductance, W/K.</summary>
        public const string RoomConductanceKey = "room_conductance_w_per_k";

        /// <summary>Key of the element sensor's lag, s.</summary>
        public const string LagKey = "lag_s";

        /// <summary>Digits of a ROM code written in hex (8 bytes).</summary>
        public const int RomHexDigits = 16;

        /// <summary>Longest record read, characters (a record is about 200; anything much longer is not one).</summary>
        public const int MaxLength = 1024;

        /// <summary>Most digits in a number (before and after the point together): beyond a double's 15-17 significant digits nothing is gained.</summary>
        private const int MaxDigits = 18;

        /// <summary>
        /// As <see cref="Parse(string, string, string, double, out ElementCalibration, out string)"/> without the board checks (the
        /// PC's reading of a record it wrote; the device always passes its identity and its sense zero).
        /// </summary>
        public static ElementCalibrationLoad Parse(string text, string elementRomHex, out ElementCalibration calibration)
        {
            string detail;
            return Parse(text, elementRomHex, null, double.NaN, out calibration, out detail);
        }

        /// <summary>
        /// As <see cref="Parse(string, string, string, double, out ElementCalibration, out string)"/> with the sense-zero check but
        /// not the identity's (tests of the fingerprint).
        /// </summary>
        public static ElementCalibrationLoad Parse(string text, string elementRomHex, double senseZeroCounts, out ElementCalibration calibration)
        {
            string detail;
            return Parse(text, elementRomHex, null, senseZeroCounts, out calibration, out detail);
        }

        /// <summary>
        /// Reads <paramref name="text"/> (null or empty: <see cref="ElementCalibrationLoad.Absent"/>) for the element sensor whose
        /// ROM code is <paramref name="elementRomHex"/> (16 hex digits, either case) on the board <paramref name="boardHex"/> (its
        /// identity, 12 hex digits, either case; empty when it could not be read: no record matches; null: not checked, the PC
        /// only). <paramref name="calibration"/> is the calibration only when the answer is <see cref="ElementCalibrationLoad.Loaded"/>,
        /// else null. <paramref name="senseZeroCounts"/>: this board's heater-sense zero measured at this boot, mean counts (0 when
        /// the sense could not be opened: no board matches; NaN: not checked, the PC only). <paramref name="detail"/>: for
        /// <see cref="ElementCalibrationLoad.Implausible"/> why, for <see cref="ElementCalibrationLoad.OtherBoard"/> the record's
        /// board, else null. Never throws.
        /// </summary>
        public static ElementCalibrationLoad Parse(string text, string elementRomHex, string boardHex, double senseZeroCounts, out ElementCalibration calibration, out string detail)
        {
            calibration = null;
            detail = null;
            if (text == null || text.Length == 0)
            {
                return ElementCalibrationLoad.Absent;
            }

            if (text.Length > MaxLength)
            {
                return ElementCalibrationLoad.Malformed;
            }

            string[] lines = text.Split('\n');
            bool headerSeen = false;
            bool checksumSeen = false;
            uint written = 0;
            uint register = Crc32.Initial;
            string rom = null;
            double capacity = double.NaN;
            double conductance = double.NaN;
            double roomConductance = double.NaN;
            double lag = double.NaN;
            double recordZero = double.NaN;
            string board = null;
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                if (!headerSeen)
                {
                    if (line == LegacyHeader)
                    {
                        return ElementCalibrationLoad.Unchecked;
                    }

                    if (line == BoardlessHeader)
                    {
                        return ElementCalibrationLoad.NoBoardIdentity;
                    }

                    if (line != Header || !Crc32.UpdateAscii(ref register, line) || !Crc32.UpdateAscii(ref register, "\n"))
                    {
                        return ElementCalibrationLoad.Malformed;
                    }

                    headerSeen = true;
                    continue;
                }

                // Nothing may follow the checksum: it covers everything before it.
                if (checksumSeen)
                {
                    return ElementCalibrationLoad.Malformed;
                }

                int equals = line.IndexOf('=');
                if (equals <= 0)
                {
                    return ElementCalibrationLoad.Malformed;
                }

                string key = line.Substring(0, equals).Trim();
                string value = line.Substring(equals + 1).Trim();
                if (key == ChecksumKey)
                {
                    if (!TryParseHex32(value, out written))
                    {
                        return ElementCalibrationLoad.Malformed;
                    }

                    checksumSeen = true;
                    continue;
                }

                if (!Crc32.UpdateAscii(ref register, key) || !Crc32.UpdateAscii(ref register, "=") || !Crc32.UpdateAscii(ref register, value) || !Crc32.UpdateAscii(ref register, "\n"))
                {
                    return ElementCalibrationLoad.Malformed;
                }

                if (key == RomKey)
                {
                    if (rom != null || !IsRomHex(value))
                    {
                        return ElementCalibrationLoad.Malformed;
                    }

                    rom = value;
                }
                else if (key == BoardKey)
                {
                    if (board != null || !IsHex(value, BoardHexDigits))
                    {
                        return ElementCalibrationLoad.Malformed;
                    }

                    board = value;
                }
                else if (key == SenseZeroKey)
                {
                    double zero;
                    if (!double.IsNaN(recordZero) || !TryParseDecimal(value, out zero) || !(zero > 0.0))
                    {
                        return ElementCalibrationLoad.Malformed;
                    }

                    recordZero = zero;
                }
                else if (!TakeNumber(key, value, ref capacity, ref conductance, ref roomConductance, ref lag))
                {
                    return ElementCalibrationLoad.Malformed;
                }
            }

            if (!headerSeen || !checksumSeen)
            {
                return ElementCalibrationLoad.Malformed;
            }

            if (Crc32.Finish(register) != written)
            {
                return ElementCalibrationLoad.Corrupt;
            }

            if (rom == null || board == null || double.IsNaN(recordZero) || double.IsNaN(capacity) || double.IsNaN(conductance) || double.IsNaN(roomConductance) || double.IsNaN(lag))
            {
                return ElementCalibrationLoad.Malformed;
            }

            if (elementRomHex == null || !SameRom(rom, elementRomHex))
            {
                return ElementCalibrationLoad.OtherPad;
            }

            // The board's identity (the PC passes null: not checked; a device that could not read its own passes "": no match).
            if (boardHex != null && !SameRom(board, boardHex))
            {
                detail = board;
                return ElementCalibrationLoad.OtherBoard;
            }

            // The board's sense zero now against the record's (the PC passes NaN: not checked): a sense repaired or drifting.
            if (!double.IsNaN(senseZeroCounts))
            {
                double shift = (senseZeroCounts - recordZero) / recordZero;
                if (!(shift <= MaxSenseZeroShiftFraction && shift >= -MaxSenseZeroShiftFraction))
                {
                    return boardHex == null ? ElementCalibrationLoad.OtherBoard : ElementCalibrationLoad.SenseChanged;
                }
            }

            var read = new ElementCalibration(capacity, conductance, roomConductance, lag);
            if (!read.IsValid)
            {
                return ElementCalibrationLoad.OutOfRange;
            }

            string implausible = read.ImplausibleReason;
            if (implausible != null)
            {
                detail = implausible;
                return ElementCalibrationLoad.Implausible;
            }

            calibration = read;
            return ElementCalibrationLoad.Loaded;
        }

        /// <summary>The answer's name for the boot line (<c># element calibration: NAME</c>).</summary>
        public static string NameOf(ElementCalibrationLoad load)
        {
            switch (load)
            {
                case ElementCalibrationLoad.Loaded:
                    return "loaded";
                case ElementCalibrationLoad.OtherPad:
                    return "other element sensor (not used)";
                case ElementCalibrationLoad.Malformed:
                    return "malformed (not used)";
                case ElementCalibrationLoad.OutOfRange:
                    return "out of range (not used)";
                case ElementCalibrationLoad.Unchecked:
                    return "old record without checksum (not used: make the record again)";
                case ElementCalibrationLoad.Corrupt:
                    return "checksum mismatch (not used)";
                case ElementCalibrationLoad.OtherBoard:
                    return "other controller board (not used: calibrate this pad with this board)";
                case ElementCalibrationLoad.Implausible:
                    return "physically impossible values (not used: repeat the fixture run)";
                case ElementCalibrationLoad.NoBoardIdentity:
                    return "v2 record without the board's identity (not used: make the record again on this board)";
                case ElementCalibrationLoad.SenseChanged:
                    return "this board's heater sense changed since the record (sense zero moved; not used: calibrate again)";
                default:
                    return "absent";
            }
        }

        // One numeric key into its slot; false for an unknown key, a key given twice or a value that is not a plain decimal.
        private static bool TakeNumber(string key, string value, ref double capacity, ref double conductance, ref double roomConductance, ref double lag)
        {
            double number;
            if (!TryParseDecimal(value, out number))
            {
                return false;
            }

            if (key == CapacityKey)
            {
                return Take(ref capacity, number);
            }

            if (key == ConductanceKey)
            {
                return Take(ref conductance, number);
            }

            if (key == RoomConductanceKey)
            {
                return Take(ref roomConductance, number);
            }

            if (key == LagKey)
            {
                return Take(ref lag, number);
            }

            return false;
        }

        private static bool Take(ref double slot, double number)
        {
            if (!double.IsNaN(slot))
            {
                return false;
            }

            slot = number;
            return true;
        }

        /// <summary>
        /// A plain decimal: an optional sign, digits, at most one '.', at least one digit, at most <see cref="MaxDigits"/> digits.
        /// Parsed digit by digit (the runtimes' own parsers differ in culture and in what they accept).
        /// </summary>
        public static bool TryParseDecimal(string text, out double value)
        {
            value = 0.0;
            if (text == null || text.Length == 0)
            {
                return false;
            }

            int i = 0;
            bool negative = false;
            if (text[0] == '-' || text[0] == '+')
            {
                negative = text[0] == '-';
                i = 1;
            }

            double whole = 0.0;
            double fraction = 0.0;
            double scale = 1.0;
            bool point = false;
            int digits = 0;
            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '.')
                {
                    if (point)
                    {
                        return false;
                    }

                    point = true;
                    continue;
                }

                if (c < '0' || c > '9')
                {
                    return false;
                }

                digits++;
                if (digits > MaxDigits)
                {
                    return false;
                }

                if (point)
                {
                    scale *= 10.0;
                    fraction = (fraction * 10.0) + (c - '0');
                }
                else
                {
                    whole = (whole * 10.0) + (c - '0');
                }
            }

            if (digits == 0)
            {
                return false;
            }

            value = whole + (fraction / scale);
            if (negative)
            {
                value = -value;
            }

            return true;
        }

        /// <summary>
        /// The record's checksum line's value: exactly <see cref="ChecksumHexDigits"/> hex digits, either case, into
        /// <paramref name="value"/>.
        /// </summary>
        public static bool TryParseHex32(string text, out uint value)
        {
            value = 0;
            if (text == null || text.Length != ChecksumHexDigits)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                int digit = HexDigitValue(text[i]);
                if (digit < 0)
                {
                    return false;
                }

                value = (value << 4) | (uint)digit;
            }

            return true;
        }

        // The value of one hex digit, either case (0..15), or -1 for any other character.
        private static int HexDigitValue(char c)
        {
            c = Upper(c);
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        }

        private static bool IsRomHex(string text)
        {
            return IsHex(text, RomHexDigits);
        }

        private static bool IsHex(string text, int digits)
        {
            if (text.Length != digits)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (HexDigitValue(text[i]) < 0)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool SameRom(string a, string b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (Upper(a[i]) != Upper(b[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static char Upper(char c)
        {
            return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
        }
    }
}
