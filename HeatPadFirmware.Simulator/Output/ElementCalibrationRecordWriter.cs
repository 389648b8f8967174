using System;
using System.Globalization;
using System.Text;
using HeatPadFirmware.Core;

namespace HeatPadFirmware.Simulator.Output
{
    /// <summary>
    /// Writes an element calibration as the text record the device reads at boot (<see cref="ElementCalibrationRecord"/>,
    /// the file <c>I:\element-calibration.txt</c>): plain decimals with a point and no exponent, whatever the PC's culture,
    /// so the device's digit-by-digit parser reads them; the last line is the record's <c>crc32</c> (session 20).
    /// </summary>
    public static class ElementCalibrationRecordWriter
    {
        // Up to 12 decimals, no exponent: 10-3,000 J/K and 0.2-30 W/K keep 15+ significant digits.
        private const string NumberFormat = "0.0###########";

        /// <summary>
        /// The heater-sense zero of a board at the nominal REF (0.30 V) and Vref (1.1 V), mean counts: what a simulated record
        /// carries (the simulator does not model the ADC's counts; a real run's record carries the board's own, from its log).
        /// </summary>
        public static readonly double NominalSenseZeroCounts = Math.Round((0.30 - HeaterSenseConversion.AdcOffsetV) / HeaterSenseConversion.AdcVoltsPerCount, 2);

        /// <summary>
        /// The record of <paramref name="calibration"/> for the element sensor <paramref name="romHex"/> (16 hex digits) on the board
        /// <paramref name="boardHex"/> (its MAC, 12 hex digits) of the nominal sense zero.
        /// </summary>
        public static string Write(string romHex, string boardHex, ElementCalibration calibration)
        {
            return Write(romHex, boardHex, NominalSenseZeroCounts, calibration);
        }

        /// <summary>
        /// The record of <paramref name="calibration"/> for the element sensor <paramref name="romHex"/> (16 hex digits) on the
        /// board <paramref name="boardHex"/> (its MAC, 12 hex digits) whose heater-sense zero is <paramref name="senseZeroCounts"/>
        /// mean counts (&gt; 0).
        /// </summary>
        public static string Write(string romHex, string boardHex, double senseZeroCounts, ElementCalibration calibration)
        {
            ArgumentNullException.ThrowIfNull(calibration);
            if (romHex == null || romHex.Length != ElementCalibrationRecord.RomHexDigits)
            {
                throw new ArgumentException("the element sensor's ROM code is 16 hex digits", nameof(romHex));
            }

            if (boardHex == null || boardHex.Length != ElementCalibrationRecord.BoardHexDigits)
            {
                throw new ArgumentException("the board's identity is 12 hex digits", nameof(boardHex));
            }

            var text = new StringBuilder();
            text.Append(ElementCalibrationRecord.Header).Append('\n');
            if (!(senseZeroCounts > 0.0))
            {
                throw new ArgumentException("the board's sense zero is a positive count", nameof(senseZeroCounts));
            }

            text.Append(ElementCalibrationRecord.RomKey).Append('=').Append(romHex.ToUpperInvariant()).Append('\n');
            text.Append(ElementCalibrationRecord.BoardKey).Append('=').Append(boardHex.ToUpperInvariant()).Append('\n');
            Line(text, ElementCalibrationRecord.SenseZeroKey, senseZeroCounts);
            Line(text, ElementCalibrationRecord.CapacityKey, calibration.CapacityJPerK);
            Line(text, ElementCalibrationRecord.ConductanceKey, calibration.ConductanceWPerK);
            Line(text, ElementCalibrationRecord.RoomConductanceKey, calibration.RoomConductanceWPerK);
            Line(text, ElementCalibrationRecord.LagKey, calibration.LagS);

            // The checksum of the text so far, which is already the canonical form the device recomputes (trimmed lines, '\n').
            Crc32.TryComputeAscii(text.ToString(), out uint crc);
            text.Append(ElementCalibrationRecord.ChecksumKey).Append('=').Append(crc.ToString("X8", CultureInfo.InvariantCulture)).Append('\n');
            return text.ToString();
        }

        private static void Line(StringBuilder text, string key, double value)
        {
            text.Append(key).Append('=').Append(value.ToString(NumberFormat, CultureInfo.InvariantCulture)).Append('\n');
        }
    }
}
