using HeatPadFirmware.Core;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// How the pad tells its element sensor (a third DS18B20 bonded to the heating element inside the laminate,
    /// hardware/README.md "The element sensor") from the two surface sensors on the same 1-Wire bus: by two bytes the
    /// assembly writes into that sensor's EEPROM once, before lamination, and that no other sensor of the pad holds.
    /// Plain C# (no nanoFramework API), so the host tests run it; <see cref="Ds18b20Pair"/> is its caller.
    /// <para>The bytes are the DS18B20's user bytes TH and TL (datasheet: "user-defined" EEPROM bytes, recalled into the
    /// scratchpad at power-up and by Recall E² 0xB8; written by Write Scratchpad 0x4E then Copy Scratchpad 0x48). The ROM
    /// code cannot serve: it is lasered at the factory and says nothing about where the sensor sits, and the surface pair
    /// is chosen by ROM order, which a replaced sensor changes.</para>
    /// <para>The tag is TH = 69 °C (0x45, "E") and TL = 87 °C (0x57, "W"): a low alarm above the high alarm, which no
    /// alarm set-up would choose, so a surface sensor that some earlier use left with custom alarms is not taken for the
    /// element's by accident. Both stay within 0..125, the range the Ds18b20 package writes without a sign problem
    /// (<see cref="Ds18b20Scratchpad.HighAlarmMarkerFor"/>), and differ from the reset markers (122..125), so the
    /// marker check that reveals a silent reset works on the element sensor as on the pair. Since session 26 the bytes
    /// live in the core with the fixture jig's two tags (<see cref="SensorTags"/>, which says why none collides with
    /// another or with a factory default), and every sensor's role on the bus is decided there (<see cref="BusSensorRoles"/>).</para>
    /// <para>Which way a wrong tag fails: a surface sensor tagged by mistake leaves the pair one short, so the core
    /// latches <c>sensor_lost</c> and allows no heat; an element sensor left untagged is one of three candidates for the
    /// pair, and the pair takes the two lowest ROM codes, so two in three such pads (every ROM order but the one where the
    /// element's code is the highest) would read the element as a surface sensor (a reading hotter than the surface: the controller holds the surface cooler, never hotter). The
    /// boot line says which sensor was taken for what.</para>
    /// </summary>
    internal static class ElementSensorTag
    {
        /// <summary>TH of the tag, 69 °C as the sensor's signed byte (0x45).</summary>
        public const byte HighAlarmByte = SensorTags.ElementHighAlarmByte;

        /// <summary>TL of the tag, 87 °C as the sensor's signed byte (0x57): above TH on purpose.</summary>
        public const byte LowAlarmByte = SensorTags.ElementLowAlarmByte;

        /// <summary>True when the recalled EEPROM bytes are the element sensor's tag.</summary>
        /// <param name="eepromHighAlarm">TH as recalled from EEPROM (scratchpad byte 2).</param>
        /// <param name="eepromLowAlarm">TL as recalled from EEPROM (scratchpad byte 3).</param>
        public static bool IsTag(byte eepromHighAlarm, byte eepromLowAlarm)
        {
            return eepromHighAlarm == HighAlarmByte && eepromLowAlarm == LowAlarmByte;
        }

        /// <summary>
        /// True when the scratchpad read right after a Recall E² passes its checks (CRC, fixed bits, range): only then do
        /// its TH / TL say anything. A scratchpad that fails them tells neither "tagged" nor "untagged"
        /// (<see cref="ElementTagRead.Failed"/>): a glitch must decide no sensor's role.
        /// </summary>
        public static bool IsReadable(byte[] scratchpad, int offset)
        {
            double temperatureC;
            int resolutionBits;
            bool isPowerOnValue;
            return Ds18b20Scratchpad.TryDecode(scratchpad, offset, out temperatureC, out resolutionBits, out isPowerOnValue);
        }

        /// <summary>True when the scratchpad read right after a Recall E² passes its checks and holds the tag.</summary>
        public static bool HoldsTag(byte[] scratchpad, int offset)
        {
            return IsReadable(scratchpad, offset)
                && IsTag(scratchpad[offset + Ds18b20Scratchpad.HighAlarmIndex], scratchpad[offset + Ds18b20Scratchpad.LowAlarmIndex]);
        }
    }
}
