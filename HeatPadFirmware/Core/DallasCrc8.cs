using System;

namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The Dallas/Maxim 1-Wire CRC-8 (Maxim application note 27; DS18B20 datasheet, "CRC generation"):
    /// polynomial x⁸ + x⁵ + x⁴ + 1, bits taken least significant first (so the register shifts right and the
    /// polynomial appears reflected as 0x8C), initial value 0, no final XOR. Known check value: the ASCII
    /// bytes "123456789" give 0xA1 (CRC-8/MAXIM-DOW in the CRC catalogue).
    /// <para>Bitwise and table-free: 8 shifts per byte, 72 for a scratchpad, nothing allocated.</para>
    /// </summary>
    public static class DallasCrc8
    {
        /// <summary>x⁸ + x⁵ + x⁴ + 1 with the x⁸ term dropped and the bit order reversed (0x31 → 0x8C).</summary>
        private const byte ReflectedPolynomial = 0x8C;

        /// <summary>Feeds one byte into a running CRC and returns the new CRC.</summary>
        /// <param name="crc">CRC so far (0 before the first byte).</param>
        /// <param name="value">Next byte, as sent on the bus (least significant bit first).</param>
        public static byte Update(byte crc, byte value)
        {
            int register = crc;
            int data = value;
            for (int bit = 0; bit < 8; bit++)
            {
                // The bit leaving the register, XOR the incoming data bit, decides whether the polynomial is applied.
                bool feedback = ((register ^ data) & 0x01) != 0;
                register >>= 1;
                if (feedback)
                {
                    register ^= ReflectedPolynomial;
                }

                data >>= 1;
            }

            return (byte)register;
        }

        /// <summary>
        /// CRC of <paramref name="count"/> bytes of <paramref name="data"/> starting at <paramref name="offset"/>.
        /// A block followed by its own CRC byte gives 0.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range does not lie inside <paramref name="data"/>.</exception>
        public static byte Compute(byte[] data, int offset, int count)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException("count", "the range must lie inside data");
            }

            byte crc = 0;
            for (int i = offset; i < offset + count; i++)
            {
                crc = Update(crc, data[i]);
            }

            return crc;
        }
    }
}
