namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Decodes and judges the DS18B20's 9-byte scratchpad and its 8-byte ROM code (Maxim DS18B20 datasheet,
    /// "Memory", "Configuration Register", "CRC Generation"). The device adapter only moves bytes over the
    /// bus; every decision on whether those bytes are a temperature is taken here, where it is tested.
    /// <para>Scratchpad layout: 0 temperature LSB, 1 temperature MSB, 2 TH (alarm high), 3 TL (alarm low),
    /// 4 configuration, 5–7 reserved, 8 CRC-8 of bytes 0–7.</para>
    /// Nothing here allocates.
    /// </summary>
    public static class Ds18b20Scratchpad
    {
        /// <summary>Bytes in the scratchpad, CRC included.</summary>
        public const int Length = 9;

        /// <summary>Bytes in a ROM code: family, 48-bit serial, CRC.</summary>
        public const int RomCodeLength = 8;

        /// <summary>DS18B20 family code, the first ROM byte.</summary>
        public const byte FamilyCode = 0x28;

        /// <summary>Index of the TH (alarm high) byte.</summary>
        public const int HighAlarmIndex = 2;

        /// <summary>Index of the TL (alarm low) byte.</summary>
        public const int LowAlarmIndex = 3;

        /// <summary>Index of the configuration register.</summary>
        public const int ConfigurationIndex = 4;

        /// <summary>Index of the CRC byte.</summary>
        public const int CrcIndex = 8;

        /// <summary>
        /// The temperature register's power-on reset value, 0x0550 = +85.0 °C (datasheet, "Operation —
        /// Measuring Temperature"). It is also a legal reading, so it is flagged rather than rejected here.
        /// </summary>
        public const int PowerOnRawValue = 0x0550;

        /// <summary>Resolution the firmware configures and expects, in bits (0.0625 °C, 750 ms conversion).</summary>
        public const int ExpectedResolutionBits = 12;

        /// <summary>Lowest temperature the DS18B20 measures, −55 °C (datasheet operating range).</summary>
        public const double MinTemperatureC = -55.0;

        /// <summary>Highest temperature the DS18B20 measures, +125 °C (datasheet operating range).</summary>
        public const double MaxTemperatureC = 125.0;

        /// <summary>−55 °C in register counts (1/16 °C each).</summary>
        private const int MinRawValue = -880;

        /// <summary>+125 °C in register counts (1/16 °C each).</summary>
        private const int MaxRawValue = 2000;

        /// <summary>
        /// Configuration register bits that are fixed in silicon: bit 7 reads 0 and bits 0–4 read 1
        /// (datasheet, "Configuration Register"). Only bits 5–6 (R0, R1) carry the resolution.
        /// </summary>
        private const int ConfigurationFixedMask = 0x9F;

        /// <summary>What <see cref="ConfigurationFixedMask"/> must read.</summary>
        private const int ConfigurationFixedValue = 0x1F;

        /// <summary>
        /// Decodes a scratchpad. False when the bytes are not a trustworthy reading: the range does not fit
        /// the array, all nine bytes are 0xFF (open bus or open ground: nothing pulls DQ low) or 0x00 (DQ
        /// shorted to ground — the CRC of zeros is zero, so the CRC alone would pass it), the CRC-8 of bytes
        /// 0–7 differs from byte 8, the configuration register's fixed bits are wrong, or the value lies
        /// outside −55..+125 °C.
        /// </summary>
        /// <param name="scratchpad">Bytes as read after Read Scratchpad (0xBE), byte 0 first.</param>
        /// <param name="offset">Index of byte 0 in <paramref name="scratchpad"/>.</param>
        /// <param name="temperatureC">The temperature in °C (−55..125, steps of 1/16 °C), 0 when false.</param>
        /// <param name="resolutionBits">The configured resolution, 9..12 bits, 0 when false.</param>
        /// <param name="isPowerOnValue">
        /// True when the register holds the power-on value 0x0550 (+85 °C): the caller must not trust it
        /// unless it knows a conversion really ran since the sensor last powered up.
        /// </param>
        public static bool TryDecode(byte[] scratchpad, int offset, out double temperatureC, out int resolutionBits, out bool isPowerOnValue)
        {
            temperatureC = 0.0;
            resolutionBits = 0;
            isPowerOnValue = false;

            if (!Fits(scratchpad, offset, Length) || IsUniform(scratchpad, offset, Length, 0xFF) || IsUniform(scratchpad, offset, Length, 0x00))
            {
                return false;
            }

            if (DallasCrc8.Compute(scratchpad, offset, Length - 1) != scratchpad[offset + CrcIndex])
            {
                return false;
            }

            int configuration = scratchpad[offset + ConfigurationIndex];
            if ((configuration & ConfigurationFixedMask) != ConfigurationFixedValue)
            {
                return false;
            }

            // R1:R0 = 00, 01, 10, 11 → 9, 10, 11, 12 bits.
            int bits = 9 + ((configuration >> 5) & 0x03);

            // 16-bit two's complement, LSB = 1/16 °C; the cast to short sign-extends bits 11–15.
            int raw = (short)((scratchpad[offset + 1] << 8) | scratchpad[offset]);

            // Below 12 bits the lowest 12 − bits bits are undefined (datasheet, "Measuring Temperature").
            int undefinedBits = 12 - bits;
            int definedRaw = raw & ~((1 << undefinedBits) - 1);

            if (definedRaw < MinRawValue || definedRaw > MaxRawValue)
            {
                return false;
            }

            temperatureC = definedRaw / 16.0;
            resolutionBits = bits;
            isPowerOnValue = raw == PowerOnRawValue;
            return true;
        }

        /// <summary>
        /// True when <paramref name="romCode"/> holds a DS18B20 ROM code: family 0x28 and the CRC-8 of bytes
        /// 0–6 equal to byte 7. False for a null or too short array.
        /// </summary>
        public static bool IsValidRomCode(byte[] romCode, int offset)
        {
            if (!Fits(romCode, offset, RomCodeLength))
            {
                return false;
            }

            return romCode[offset] == FamilyCode
                && DallasCrc8.Compute(romCode, offset, RomCodeLength - 1) == romCode[offset + RomCodeLength - 1];
        }

        /// <summary>
        /// Judges one scratchpad read that follows a Convert T and turns it into the core's reading.
        /// <para>The firmware writes marker values into TH and TL (scratchpad only, never copied to EEPROM).
        /// A DS18B20 that browns out and resets reloads TH, TL and the configuration from its EEPROM and
        /// shows 85 °C in the temperature register, so a marker mismatch says "this sensor reset since it was
        /// configured" — the silent reset that BrewBlox's driver checks for.</para>
        /// <para>Invalid when the conversion was not completed, the bytes do not decode
        /// (<see cref="TryDecode"/>), or the value is the power-on 85 °C on a sensor that reset. A genuine
        /// 85 °C with the markers intact is returned as valid: the supervisor's over-temperature limit then
        /// handles it.</para>
        /// </summary>
        /// <param name="scratchpad">The 9 bytes read.</param>
        /// <param name="offset">Index of byte 0.</param>
        /// <param name="conversionCompleted">
        /// True when a Convert T was accepted on the bus at least the conversion time (750 ms at 12 bit) before this read.
        /// </param>
        /// <param name="expectedHighAlarm">The TH marker the firmware wrote.</param>
        /// <param name="expectedLowAlarm">The TL marker the firmware wrote.</param>
        /// <param name="needsConfiguration">
        /// True when the bytes decoded but the sensor no longer holds the firmware's configuration (markers
        /// lost or resolution not <see cref="ExpectedResolutionBits"/>): the caller should write it again.
        /// </param>
        public static SensorReading Evaluate(
            byte[] scratchpad,
            int offset,
            bool conversionCompleted,
            byte expectedHighAlarm,
            byte expectedLowAlarm,
            out bool needsConfiguration)
        {
            needsConfiguration = false;

            double temperatureC;
            int resolutionBits;
            bool isPowerOnValue;
            if (!TryDecode(scratchpad, offset, out temperatureC, out resolutionBits, out isPowerOnValue))
            {
                return SensorReading.Invalid;
            }

            bool markersIntact = MarkersMatch(scratchpad, offset, expectedHighAlarm, expectedLowAlarm);
            needsConfiguration = !markersIntact || resolutionBits != ExpectedResolutionBits;

            if (!conversionCompleted)
            {
                // Whatever the register holds is old (or the power-on value): not this tick's temperature.
                return SensorReading.Invalid;
            }

            if (isPowerOnValue && !markersIntact)
            {
                return SensorReading.Invalid;
            }

            return SensorReading.Valid(temperatureC);
        }

        /// <summary>
        /// True when the scratchpad decodes and holds the firmware's configuration: the TH/TL markers and
        /// <see cref="ExpectedResolutionBits"/>. Used right after writing the configuration, to read it back.
        /// </summary>
        public static bool HoldsConfiguration(byte[] scratchpad, int offset, byte expectedHighAlarm, byte expectedLowAlarm)
        {
            double temperatureC;
            int resolutionBits;
            bool isPowerOnValue;
            return TryDecode(scratchpad, offset, out temperatureC, out resolutionBits, out isPowerOnValue)
                && resolutionBits == ExpectedResolutionBits
                && MarkersMatch(scratchpad, offset, expectedHighAlarm, expectedLowAlarm);
        }

        /// <summary>
        /// The TH marker to write, given the TH the sensor loaded from its EEPROM at power-up: 125 (0x7D), or
        /// 124 when the EEPROM already holds 125 — a marker equal to the EEPROM value could not reveal a reset.
        /// Markers stay within 0..125: the Ds18b20 package range-checks alarms to −55..125 °C and writes them
        /// with a double-to-byte cast, which C# leaves unspecified for negative values.
        /// </summary>
        public static byte HighAlarmMarkerFor(byte eepromHighAlarm)
        {
            return eepromHighAlarm == 0x7D ? (byte)0x7C : (byte)0x7D;
        }

        /// <summary>
        /// The TL marker to write: 123 (0x7B), or 122 when the EEPROM already holds 123. With TL above every
        /// reading the sensor always flags an alarm, which only matters to Alarm Search (0xEC), never used here.
        /// </summary>
        public static byte LowAlarmMarkerFor(byte eepromLowAlarm)
        {
            return eepromLowAlarm == 0x7B ? (byte)0x7A : (byte)0x7B;
        }

        private static bool MarkersMatch(byte[] scratchpad, int offset, byte expectedHighAlarm, byte expectedLowAlarm)
        {
            return scratchpad[offset + HighAlarmIndex] == expectedHighAlarm && scratchpad[offset + LowAlarmIndex] == expectedLowAlarm;
        }

        private static bool Fits(byte[] data, int offset, int count)
        {
            return data != null && offset >= 0 && offset <= data.Length - count;
        }

        private static bool IsUniform(byte[] data, int offset, int count, byte value)
        {
            for (int i = offset; i < offset + count; i++)
            {
                if (data[i] != value)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
