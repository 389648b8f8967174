using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Core
{
    /// <summary>The record's checksum (<see cref="Crc32"/>) is the CRC-32 everybody else computes: zlib's, IEEE 802.3's.</summary>
    public class Crc32Tests
    {
        [Theory]
        [InlineData("123456789", 0xCBF43926u)]   // the CRC catalogue's check value of CRC-32/ISO-HDLC
        [InlineData("", 0x00000000u)]
        [InlineData("a", 0xE8B7BE43u)]           // zlib.crc32(b"a")
        [InlineData("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
        public void The_crc_of_ascii_text_is_the_standard_crc32(string text, uint expected)
        {
            Assert.True(Crc32.TryComputeAscii(text, out uint crc));
            Assert.Equal(expected, crc);
        }

        [Fact]
        public void A_character_outside_ascii_is_refused()
        {
            Assert.False(Crc32.TryComputeAscii("40\u00b0C", out _));
        }
    }
}
