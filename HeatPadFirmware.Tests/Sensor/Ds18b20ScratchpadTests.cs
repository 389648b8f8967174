using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Sensor
{
    public class Ds18b20ScratchpadTests
    {
        private const byte Config12Bit = 0x7F;
        private const byte FactoryHighAlarm = 0x4B;
        private const byte FactoryLowAlarm = 0x46;

        /// <summary>A scratchpad as a DS18B20 sends it; the CRC byte comes from the independent reference.</summary>
        private static byte[] Scratchpad(int raw, byte configuration = Config12Bit, byte highAlarm = FactoryHighAlarm, byte lowAlarm = FactoryLowAlarm)
        {
            byte[] bytes = { (byte)(raw & 0xFF), (byte)((raw >> 8) & 0xFF), highAlarm, lowAlarm, configuration, 0xFF, 0x0C, 0x10, 0x00 };
            bytes[8] = ReferenceCrc8.Compute(bytes, 0, 8);
            return bytes;
        }

        // The datasheet's "Temperature/Data Relationship" table.
        [Theory]
        [InlineData(0x07D0, 125.0)]
        [InlineData(0x0550, 85.0)]
        [InlineData(0x0191, 25.0625)]
        [InlineData(0x00A2, 10.125)]
        [InlineData(0x0008, 0.5)]
        [InlineData(0x0000, 0.0)]
        [InlineData(0xFFF8, -0.5)]
        [InlineData(0xFF5E, -10.125)]
        [InlineData(0xFE6F, -25.0625)]
        [InlineData(0xFC90, -55.0)]
        public void Decode_GivesTheDatasheetTemperature(int raw, double expectedC)
        {
            bool ok = Ds18b20Scratchpad.TryDecode(Scratchpad(raw), 0, out double temperatureC, out int bits, out bool isPowerOn);

            Assert.True(ok);
            Assert.Equal(expectedC, temperatureC);
            Assert.Equal(12, bits);
            Assert.Equal(raw == 0x0550, isPowerOn);
        }

        [Fact]
        public void Decode_AcceptsAKnownGoodScratchpad_ReadInsideALargerBuffer()
        {
            // +25.0625 °C, factory alarms, 12 bit; the CRC is worked out independently and written literally.
            byte crc = ReferenceCrc8.Compute(new byte[] { 0x91, 0x01, 0x4B, 0x46, 0x7F, 0xFF, 0x0C, 0x10 }, 0, 8);
            byte[] buffer = { 0xAA, 0xAA, 0x91, 0x01, 0x4B, 0x46, 0x7F, 0xFF, 0x0C, 0x10, crc, 0xAA };

            Assert.True(Ds18b20Scratchpad.TryDecode(buffer, 2, out double temperatureC, out _, out _));
            Assert.Equal(25.0625, temperatureC);
        }

        [Fact]
        public void Decode_DetectsEverySingleBitFlip()
        {
            byte[] good = Scratchpad(0x0191);
            for (int bit = 0; bit < 9 * 8; bit++)
            {
                byte[] corrupted = (byte[])good.Clone();
                corrupted[bit / 8] ^= (byte)(1 << (bit % 8));

                Assert.False(Ds18b20Scratchpad.TryDecode(corrupted, 0, out _, out _, out _), "bit " + bit + " flipped but accepted");
            }
        }

        [Fact]
        public void Decode_RejectsAnOpenGroundBus_AllOnes()
        {
            byte[] openBus = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF };

            Assert.False(Ds18b20Scratchpad.TryDecode(openBus, 0, out _, out _, out _));
        }

        [Fact]
        public void Decode_RejectsAShortedBus_AllZeros_EvenThoughItsCrcPasses()
        {
            byte[] shorted = new byte[9];

            Assert.Equal(0, ReferenceCrc8.Compute(shorted, 0, 8));
            Assert.False(Ds18b20Scratchpad.TryDecode(shorted, 0, out _, out _, out _));
        }

        [Theory]
        [InlineData(0x1F, 9)]
        [InlineData(0x3F, 10)]
        [InlineData(0x5F, 11)]
        [InlineData(0x7F, 12)]
        public void Decode_ReadsTheResolutionFromTheConfigurationRegister(byte configuration, int expectedBits)
        {
            Assert.True(Ds18b20Scratchpad.TryDecode(Scratchpad(0x0190, configuration), 0, out _, out int bits, out _));
            Assert.Equal(expectedBits, bits);
        }

        [Theory]
        [InlineData(0x1F, 25.0)]
        [InlineData(0x3F, 25.25)]
        [InlineData(0x5F, 25.375)]
        [InlineData(0x7F, 25.4375)]
        public void Decode_IgnoresTheBitsTheDatasheetLeavesUndefinedAtLowResolution(byte configuration, double expectedC)
        {
            // 0x0197 = 25.4375 °C; at 9/10/11 bit the lowest 3/2/1 bits are undefined and must not count.
            Assert.True(Ds18b20Scratchpad.TryDecode(Scratchpad(0x0197, configuration), 0, out double temperatureC, out _, out _));
            Assert.Equal(expectedC, temperatureC);
        }

        [Theory]
        [InlineData(0xFF)]
        [InlineData(0x7E)]
        [InlineData(0x60)]
        public void Decode_RejectsAConfigurationRegisterWhoseFixedBitsAreWrong(byte configuration)
        {
            Assert.False(Ds18b20Scratchpad.TryDecode(Scratchpad(0x0191, configuration), 0, out _, out _, out _));
        }

        [Theory]
        [InlineData(0x07D1)]
        [InlineData(0x7FF0)]
        [InlineData(0xFC8F)]
        [InlineData(0x8000)]
        public void Decode_RejectsValuesOutsideTheSensorsRange_EvenWithAGoodCrc(int raw)
        {
            Assert.False(Ds18b20Scratchpad.TryDecode(Scratchpad(raw), 0, out _, out _, out _));
        }

        [Fact]
        public void Decode_RejectsAMissingOrTooShortBuffer()
        {
            Assert.False(Ds18b20Scratchpad.TryDecode(null!, 0, out _, out _, out _));
            Assert.False(Ds18b20Scratchpad.TryDecode(new byte[8], 0, out _, out _, out _));
            Assert.False(Ds18b20Scratchpad.TryDecode(Scratchpad(0x0191), 1, out _, out _, out _));
            Assert.False(Ds18b20Scratchpad.TryDecode(Scratchpad(0x0191), -1, out _, out _, out _));
        }

        [Fact]
        public void RomCode_IsValid_ForTheDs18b20FamilyWithAMatchingCrc()
        {
            byte[] rom = { 0x28, 0xFF, 0x64, 0x1E, 0x0F, 0x16, 0x03, 0x00 };
            rom[7] = ReferenceCrc8.Compute(rom, 0, 7);

            Assert.True(Ds18b20Scratchpad.IsValidRomCode(rom, 0));
        }

        [Fact]
        public void RomCode_IsRejected_ForAnotherFamilyOrABadCrcOrAShortedBus()
        {
            byte[] otherFamily = { 0x10, 0xFF, 0x64, 0x1E, 0x0F, 0x16, 0x03, 0x00 };
            otherFamily[7] = ReferenceCrc8.Compute(otherFamily, 0, 7);
            byte[] badCrc = { 0x28, 0xFF, 0x64, 0x1E, 0x0F, 0x16, 0x03, 0x00 };
            badCrc[7] = (byte)(ReferenceCrc8.Compute(badCrc, 0, 7) ^ 0x01);

            Assert.False(Ds18b20Scratchpad.IsValidRomCode(otherFamily, 0));
            Assert.False(Ds18b20Scratchpad.IsValidRomCode(badCrc, 0));
            Assert.False(Ds18b20Scratchpad.IsValidRomCode(new byte[8], 0));
            Assert.False(Ds18b20Scratchpad.IsValidRomCode(new byte[7], 0));
        }

        [Theory]
        [InlineData(0x4B, 0x46)]
        [InlineData(0x7D, 0x7B)]
        [InlineData(0x00, 0xFF)]
        public void Markers_DifferFromTheEepromValues_AndStayWithinZeroTo125(byte eepromHigh, byte eepromLow)
        {
            byte high = Ds18b20Scratchpad.HighAlarmMarkerFor(eepromHigh);
            byte low = Ds18b20Scratchpad.LowAlarmMarkerFor(eepromLow);

            Assert.NotEqual(eepromHigh, high);
            Assert.NotEqual(eepromLow, low);
            Assert.InRange(high, 0, 125);
            Assert.InRange(low, 0, 125);
        }

        [Fact]
        public void HoldsConfiguration_OnlyWhenMarkersAndTwelveBitsAreThere()
        {
            Assert.True(Ds18b20Scratchpad.HoldsConfiguration(Scratchpad(0x0550, Config12Bit, 0x7D, 0x7B), 0, 0x7D, 0x7B));
            Assert.False(Ds18b20Scratchpad.HoldsConfiguration(Scratchpad(0x0550, Config12Bit, 0x4B, 0x7B), 0, 0x7D, 0x7B));
            Assert.False(Ds18b20Scratchpad.HoldsConfiguration(Scratchpad(0x0550, Config12Bit, 0x7D, 0x46), 0, 0x7D, 0x7B));
            Assert.False(Ds18b20Scratchpad.HoldsConfiguration(Scratchpad(0x0550, 0x5F, 0x7D, 0x7B), 0, 0x7D, 0x7B));
            Assert.False(Ds18b20Scratchpad.HoldsConfiguration(new byte[9], 0, 0x00, 0x00));
        }

        [Fact]
        public void Evaluate_GivesAValidReading_AfterACompletedConversion()
        {
            SensorReading reading = Ds18b20Scratchpad.Evaluate(Scratchpad(0x0280), 0, true, FactoryHighAlarm, FactoryLowAlarm, out bool reconfigure);

            Assert.True(reading.IsValid);
            Assert.Equal(40.0, reading.TemperatureC);
            Assert.False(reconfigure);
        }

        [Fact]
        public void Evaluate_RejectsThePowerOnValue_WhenTheSensorResetSinceItWasConfigured()
        {
            // After a brown-out the DS18B20 reloads TH/TL from EEPROM: the firmware's markers are gone.
            byte[] afterReset = Scratchpad(0x0550, Config12Bit, FactoryHighAlarm, FactoryLowAlarm);

            SensorReading reading = Ds18b20Scratchpad.Evaluate(afterReset, 0, true, 0x7D, 0x7B, out bool reconfigure);

            Assert.False(reading.IsValid);
            Assert.True(reconfigure);
        }

        [Fact]
        public void Evaluate_KeepsAGenuine85C_WhenTheMarkersShowNoReset()
        {
            byte[] hot = Scratchpad(0x0550, Config12Bit, 0x7D, 0x7B);

            SensorReading reading = Ds18b20Scratchpad.Evaluate(hot, 0, true, 0x7D, 0x7B, out bool reconfigure);

            Assert.True(reading.IsValid);
            Assert.Equal(85.0, reading.TemperatureC);
            Assert.False(reconfigure);
        }

        [Fact]
        public void Evaluate_RejectsEveryValue_WhenNoConversionCompleted()
        {
            SensorReading reading = Ds18b20Scratchpad.Evaluate(Scratchpad(0x0280, Config12Bit, 0x7D, 0x7B), 0, false, 0x7D, 0x7B, out _);

            Assert.False(reading.IsValid);
        }

        [Fact]
        public void Evaluate_AsksForReconfiguration_WhenTheResolutionIsNotTwelveBits()
        {
            SensorReading reading = Ds18b20Scratchpad.Evaluate(Scratchpad(0x0280, 0x5F, 0x7D, 0x7B), 0, true, 0x7D, 0x7B, out bool reconfigure);

            Assert.True(reading.IsValid);
            Assert.True(reconfigure);
        }

        [Fact]
        public void Evaluate_GivesAnInvalidReading_ForACorruptScratchpad()
        {
            byte[] corrupt = Scratchpad(0x0280, Config12Bit, 0x7D, 0x7B);
            corrupt[0] ^= 0x04;

            SensorReading reading = Ds18b20Scratchpad.Evaluate(corrupt, 0, true, 0x7D, 0x7B, out bool reconfigure);

            Assert.False(reading.IsValid);
            Assert.False(reconfigure);
        }
    }
}
