namespace HeatPadFirmware.Core
{
    /// <summary>
    /// CRC-32 as in IEEE 802.3, zlib and PNG (CRC-32/ISO-HDLC in the CRC catalogue): polynomial 0x04C11DB7 taken least
    /// significant bit first (reflected 0xEDB88320), initial value 0xFFFFFFFF, final XOR 0xFFFFFFFF. Known check value: the
    /// ASCII bytes "123456789" give 0xCBF43926. Used for the integrity line of the element calibration record
    /// (<see cref="ElementCalibrationRecord"/>, review 20a): any single changed byte, and any burst up to 32 bits, changes it.
    /// <para>Bitwise and table-free (8 shifts per byte, about 200 bytes a record, once at boot): nothing allocated; only
    /// <c>uint</c> arithmetic, the same on nanoFramework and on the PC.</para>
    /// </summary>
    public static class Crc32
    {
        /// <summary>The register before the first byte.</summary>
        public const uint Initial = 0xFFFFFFFFu;

        /// <summary>0x04C11DB7 with its bit order reversed.</summary>
        private const uint ReflectedPolynomial = 0xEDB88320u;

        /// <summary>Feeds one byte into the running register <paramref name="register"/> (start at <see cref="Initial"/>).</summary>
        public static uint Update(uint register, byte value)
        {
            register ^= value;
            for (int bit = 0; bit < 8; bit++)
            {
                bool low = (register & 1u) != 0;
                register >>= 1;
                if (low)
                {
                    register ^= ReflectedPolynomial;
                }
            }

            return register;
        }

        /// <summary>The CRC of a finished register: <paramref name="register"/> XOR 0xFFFFFFFF.</summary>
        public static uint Finish(uint register)
        {
            return register ^ 0xFFFFFFFFu;
        }

        /// <summary>
        /// Feeds the characters of <paramref name="text"/> as single bytes (the record is ASCII). Returns false, leaving
        /// <paramref name="register"/> unspecified, when a character is outside 0-127.
        /// </summary>
        public static bool UpdateAscii(ref uint register, string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c > (char)127)
                {
                    return false;
                }

                register = Update(register, (byte)c);
            }

            return true;
        }

        /// <summary>The CRC of the ASCII text <paramref name="text"/>; false when it holds a character outside 0-127.</summary>
        public static bool TryComputeAscii(string text, out uint crc)
        {
            uint register = Initial;
            bool ascii = UpdateAscii(ref register, text);
            crc = Finish(register);
            return ascii;
        }
    }
}
