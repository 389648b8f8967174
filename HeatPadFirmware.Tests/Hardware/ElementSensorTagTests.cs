using HeatPadFirmware.Core;
using HeatPadFirmware.Hardware;
using Xunit;

namespace HeatPadFirmware.Tests.Hardware
{
    /// <summary>
    /// The element sensor is told from the surface pair by two EEPROM bytes (<see cref="ElementSensorTag"/>): the tag is
    /// recognised only in a scratchpad that passes its checks, and it can be neither the reset markers nor a plain alarm
    /// set-up.
    /// </summary>
    public class ElementSensorTagTests
    {
        /// <summary>A 12-bit scratchpad reading 25 °C with TH / TL as given and a correct (or broken) CRC.</summary>
        private static byte[] Scratchpad(byte highAlarm, byte lowAlarm, bool goodCrc = true)
        {
            var bytes = new byte[] { 0x90, 0x01, highAlarm, lowAlarm, 0x7F, 0xFF, 0x10, 0x10, 0x00 };
            byte crc = DallasCrc8.Compute(bytes, 0, 8);
            bytes[8] = goodCrc ? crc : (byte)(crc ^ 0x01);
            return bytes;
        }

        [Fact]
        public void HoldsTag_RecognisesTheTagInAScratchpadThatPassesItsCrc()
        {
            Assert.True(ElementSensorTag.HoldsTag(Scratchpad(ElementSensorTag.HighAlarmByte, ElementSensorTag.LowAlarmByte), 0));
        }

        [Fact]
        public void HoldsTag_RefusesTheTagBytesBehindABadCrc_SoAGlitchNeverMakesASurfaceSensorTheElements()
        {
            Assert.False(ElementSensorTag.HoldsTag(Scratchpad(ElementSensorTag.HighAlarmByte, ElementSensorTag.LowAlarmByte, goodCrc: false), 0));
        }

        [Fact]
        public void HoldsTag_RefusesOtherUserBytes_AndTheTagSwapped()
        {
            Assert.False(ElementSensorTag.HoldsTag(Scratchpad(0x4B, 0x46), 0));
            Assert.False(ElementSensorTag.HoldsTag(Scratchpad(ElementSensorTag.LowAlarmByte, ElementSensorTag.HighAlarmByte), 0));
            Assert.False(ElementSensorTag.HoldsTag(Scratchpad(ElementSensorTag.HighAlarmByte, 0x46), 0));
        }

        [Fact]
        public void TheTag_IsNoResetMarker_SoTheMarkerCheckStillRevealsAnElementSensorsReset()
        {
            // The markers are chosen against the EEPROM's bytes: with the tag there, they must differ from it.
            Assert.NotEqual(ElementSensorTag.HighAlarmByte, Ds18b20Scratchpad.HighAlarmMarkerFor(ElementSensorTag.HighAlarmByte));
            Assert.NotEqual(ElementSensorTag.LowAlarmByte, Ds18b20Scratchpad.LowAlarmMarkerFor(ElementSensorTag.LowAlarmByte));
        }

        [Fact]
        public void TheTag_IsALowAlarmAboveTheHighAlarm_WithinThePackagesUnsignedRange()
        {
            Assert.True(ElementSensorTag.LowAlarmByte > ElementSensorTag.HighAlarmByte);
            Assert.InRange(ElementSensorTag.HighAlarmByte, 0, 125);
            Assert.InRange(ElementSensorTag.LowAlarmByte, 0, 125);
        }

        [Fact]
        public void IsReadable_IsFalseForABadCrc_SoAFailedReadIsNeverTakenAsUntagged()
        {
            Assert.False(ElementSensorTag.IsReadable(Scratchpad(0x4B, 0x46, goodCrc: false), 0));
            Assert.True(ElementSensorTag.IsReadable(Scratchpad(0x4B, 0x46), 0));
        }
    }
}
