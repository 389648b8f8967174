namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The tags that tell the DS18B20s on the pad's one 1-Wire bus apart: two user bytes, TH and TL, written once into a
    /// sensor's EEPROM (Write Scratchpad 0x4E, Copy Scratchpad 0x48) and recalled into its scratchpad at power-up and by Recall
    /// E² 0xB8 (Maxim DS18B20 datasheet 19-7487, "Memory": "if the DS18B20 alarm function is not used, the TH and TL registers
    /// can serve as general-purpose memory"). The ROM code cannot serve: it is lasered at the factory and says nothing about
    /// where a sensor sits. Three tags: the pad's element sensor S3 (session 18) and the fixture jig's probes R and A
    /// (session 26); a sensor with none of them is a candidate for the pad's surface pair.
    /// <para><b>Why these bytes.</b> Every tag is a low alarm <i>above</i> its high alarm (TL &gt; TH), which no alarm set-up
    /// chooses (the DS18B20 flags an alarm when T ≥ TH or T ≤ TL: with TL above TH every reading alarms), so no sensor that an
    /// earlier use left with real alarm limits holds one, and a tag written with its two bytes swapped is a plain alarm window,
    /// never another tag. The datasheet gives no factory value for TH / TL (Figure 9, "Memory Map": the power-up state "depends
    /// on value(s) stored in EEPROM"; only the configuration register's power-up default, 12 bit, is stated); what parts hold
    /// from their maker was surveyed on over 1,000 parts (C. Petrich, github.com/cpetrich/counterfeit_DS18B20, README, initial
    /// scratchpads): Maxim's and families B1 / B2 TH 0x4B, TL 0x46 (75 / 70 °C, a normal window); family C 0x55 / 0x00; family
    /// D 0x55 / 0x05; family E no EEPROM, 0xFF / 0xFF. Every tag differs from each of these, from the others and from the
    /// firmware's reset markers (0x7A–0x7D, <see cref="Ds18b20Scratchpad.HighAlarmMarkerFor"/>, written to the scratchpad
    /// only, never to EEPROM) in at least 3 of its 16 bits, and all stay within 0..125, the range the Ds18b20 package writes
    /// without a sign problem. A recalled byte is trusted only from a scratchpad that passes its CRC
    /// (<see cref="Ds18b20Scratchpad.TryDecode"/>): a glitch decides no role (<see cref="BusSensorRoles"/>).</para>
    /// <list type="table">
    /// <item><term>S3, the element sensor</term><description>TH 0x45 (69 °C, "E"), TL 0x57 (87 °C, "W").</description></item>
    /// <item><term>R, the jig's reference probe</term><description>TH 0x4A (74 °C, "J"), TL 0x52 (82 °C, "R").</description></item>
    /// <item><term>A, the jig's air probe</term><description>TH 0x41 (65 °C, "A"), TL 0x4A (74 °C, "J").</description></item>
    /// </list>
    /// Nothing here allocates.
    /// </summary>
    public static class SensorTags
    {
        /// <summary>S3's TH, 69 °C as the sensor's signed byte (0x45).</summary>
        public const byte ElementHighAlarmByte = 0x45;

        /// <summary>S3's TL, 87 °C (0x57): above TH on purpose.</summary>
        public const byte ElementLowAlarmByte = 0x57;

        /// <summary>R's TH, 74 °C (0x4A).</summary>
        public const byte JigReferenceHighAlarmByte = 0x4A;

        /// <summary>R's TL, 82 °C (0x52): above TH on purpose.</summary>
        public const byte JigReferenceLowAlarmByte = 0x52;

        /// <summary>A's TH, 65 °C (0x41).</summary>
        public const byte JigAirHighAlarmByte = 0x41;

        /// <summary>A's TL, 74 °C (0x4A): above TH on purpose.</summary>
        public const byte JigAirLowAlarmByte = 0x4A;

        /// <summary>What the recalled EEPROM bytes say: one of the three tags, or <see cref="SensorTagKind.Untagged"/> for any other pair.</summary>
        /// <param name="eepromHighAlarm">TH as recalled from EEPROM (scratchpad byte 2), from a scratchpad that passed its checks.</param>
        /// <param name="eepromLowAlarm">TL as recalled from EEPROM (scratchpad byte 3).</param>
        public static SensorTagKind Classify(byte eepromHighAlarm, byte eepromLowAlarm)
        {
            if (eepromHighAlarm == ElementHighAlarmByte && eepromLowAlarm == ElementLowAlarmByte)
            {
                return SensorTagKind.Element;
            }

            if (eepromHighAlarm == JigReferenceHighAlarmByte && eepromLowAlarm == JigReferenceLowAlarmByte)
            {
                return SensorTagKind.JigReference;
            }

            if (eepromHighAlarm == JigAirHighAlarmByte && eepromLowAlarm == JigAirLowAlarmByte)
            {
                return SensorTagKind.JigAir;
            }

            return SensorTagKind.Untagged;
        }

        /// <summary>The TH byte of <paramref name="kind"/>'s tag; 0 for <see cref="SensorTagKind.Untagged"/> (no tag to write).</summary>
        public static byte HighAlarmByteOf(SensorTagKind kind)
        {
            switch (kind)
            {
                case SensorTagKind.Element:
                    return ElementHighAlarmByte;
                case SensorTagKind.JigReference:
                    return JigReferenceHighAlarmByte;
                case SensorTagKind.JigAir:
                    return JigAirHighAlarmByte;
                default:
                    return 0;
            }
        }

        /// <summary>The TL byte of <paramref name="kind"/>'s tag; 0 for <see cref="SensorTagKind.Untagged"/>.</summary>
        public static byte LowAlarmByteOf(SensorTagKind kind)
        {
            switch (kind)
            {
                case SensorTagKind.Element:
                    return ElementLowAlarmByte;
                case SensorTagKind.JigReference:
                    return JigReferenceLowAlarmByte;
                case SensorTagKind.JigAir:
                    return JigAirLowAlarmByte;
                default:
                    return 0;
            }
        }
    }
}
