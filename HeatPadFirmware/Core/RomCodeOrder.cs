namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The order of two DS18B20 ROM codes by which the pad's surface pair is numbered (sensor 1 = the lower): byte by byte in
    /// bus order (byte 0, the family code, first; then the 48-bit serial from its lowest byte; the CRC last), each byte
    /// unsigned, which is also the order of their printed form. Nothing here allocates.
    /// </summary>
    public static class RomCodeOrder
    {
        /// <summary>Negative when <paramref name="a"/> is lower, 0 when equal, positive when higher (both 8-byte codes).</summary>
        public static int Compare(byte[] a, byte[] b)
        {
            for (int i = 0; i < Ds18b20Scratchpad.RomCodeLength; i++)
            {
                if (a[i] != b[i])
                {
                    return a[i] < b[i] ? -1 : 1;
                }
            }

            return 0;
        }
    }
}
