namespace HeatPadFirmware.Tests.Sensor
{
    /// <summary>
    /// An independent Dallas/Maxim CRC-8 for checking the firmware's: textbook polynomial long division
    /// over GF(2), most significant bit first, on the message with every byte's bits reversed (1-Wire sends
    /// LSB first), then the remainder reversed back. Different algorithm, same mathematics.
    /// </summary>
    internal static class ReferenceCrc8
    {
        /// <summary>x⁸ + x⁵ + x⁴ + 1 with the x⁸ term: 1 0011 0001.</summary>
        private const int Generator = 0x131;

        public static byte Compute(byte[] data, int offset, int count)
        {
            // Remainder of M(x)·x⁸ divided by the generator: shift each message bit in, reduce when degree 8 appears.
            int remainder = 0;
            for (int i = offset; i < offset + count; i++)
            {
                int reversed = Reverse(data[i]);
                for (int bit = 7; bit >= 0; bit--)
                {
                    remainder = (remainder << 1) | ((reversed >> bit) & 1);
                    if ((remainder & 0x100) != 0)
                    {
                        remainder ^= Generator;
                    }
                }
            }

            // Multiply by x⁸: eight zero bits through the same division.
            for (int bit = 0; bit < 8; bit++)
            {
                remainder <<= 1;
                if ((remainder & 0x100) != 0)
                {
                    remainder ^= Generator;
                }
            }

            return (byte)Reverse((byte)remainder);
        }

        private static int Reverse(byte value)
        {
            int result = 0;
            for (int bit = 0; bit < 8; bit++)
            {
                result = (result << 1) | ((value >> bit) & 1);
            }

            return result;
        }
    }
}
