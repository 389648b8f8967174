using System;
using System.Text;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Sensor
{
    public class DallasCrc8Tests
    {
        [Fact]
        public void Crc_OfTheCatalogueCheckString_Is0xA1()
        {
            // CRC-8/MAXIM-DOW check value from the CRC catalogue: "123456789" → 0xA1.
            byte[] check = Encoding.ASCII.GetBytes("123456789");

            Assert.Equal(0xA1, DallasCrc8.Compute(check, 0, check.Length));
            Assert.Equal(0xA1, ReferenceCrc8.Compute(check, 0, check.Length));
        }

        [Fact]
        public void Crc_OfTheApplicationNote27RomCode_Is0xA2()
        {
            // Maxim AN27's worked example: family 0x02, serial 0x000001B81C, CRC 0xA2 (bytes in bus order).
            byte[] rom = { 0x02, 0x1C, 0xB8, 0x01, 0x00, 0x00, 0x00 };

            Assert.Equal(0xA2, DallasCrc8.Compute(rom, 0, rom.Length));
        }

        [Fact]
        public void Crc_MatchesTheLongDivisionReference_OnSeededRandomBlocks()
        {
            var random = new Random(1234);
            for (int trial = 0; trial < 500; trial++)
            {
                byte[] block = new byte[random.Next(0, 20)];
                random.NextBytes(block);

                Assert.Equal(ReferenceCrc8.Compute(block, 0, block.Length), DallasCrc8.Compute(block, 0, block.Length));
            }
        }

        [Fact]
        public void Crc_OfABlockFollowedByItsCrc_IsZero()
        {
            byte[] block = { 0x91, 0x01, 0x4B, 0x46, 0x7F, 0xFF, 0x0C, 0x10, 0x00 };
            block[8] = DallasCrc8.Compute(block, 0, 8);

            Assert.Equal(0, DallasCrc8.Compute(block, 0, 9));
        }

        [Fact]
        public void Crc_HonoursOffsetAndCount()
        {
            byte[] padded = { 0xEE, 0x31, 0x32, 0x33, 0xEE };
            byte[] plain = { 0x31, 0x32, 0x33 };

            Assert.Equal(DallasCrc8.Compute(plain, 0, 3), DallasCrc8.Compute(padded, 1, 3));
        }

        [Fact]
        public void Crc_RejectsARangeOutsideTheArray_WithAClearError()
        {
            Assert.Throws<ArgumentNullException>(() => DallasCrc8.Compute(null!, 0, 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => DallasCrc8.Compute(new byte[4], 2, 3));
            Assert.Throws<ArgumentOutOfRangeException>(() => DallasCrc8.Compute(new byte[4], -1, 1));
        }
    }
}
