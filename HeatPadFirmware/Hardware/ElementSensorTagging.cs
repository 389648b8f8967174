using System;
using HeatPadFirmware.Core;
using Iot.Device.Ds18b20;
using nanoFramework.Device.OneWire;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// The tags on the bus (<see cref="SensorTags"/>: the element sensor's, <see cref="ElementSensorTag"/>, and since session 26
    /// the fixture jig's probes R and A): reading a sensor's recalled EEPROM bytes during a search, and writing a tag once —
    /// the element's at the pad's assembly, a jig probe's when the jig is built. Discovery and commissioning only, never in a
    /// control tick; nothing here throws.
    /// </summary>
    internal static class ElementSensorTagging
    {
        private const byte RecallEepromCommand = 0xB8;

        /// <summary>
        /// Read slots to wait for a Recall E² to finish: the DS18B20 answers 0 while recalling and 1 when done (datasheet,
        /// "Recall E²"); the recall takes microseconds, one byte slot (8 read slots, ≈ 0.7 ms on the UART driver) is
        /// normally enough, and 4 bound the loop on a bus that never answers.
        /// </summary>
        private const int RecallPollBytes = 4;

        /// <summary>
        /// Attempts at reading one sensor's tag before it counts as unreadable, 3: a single bus glitch (an echo mismatch, a
        /// CRC-failed scratchpad) must not decide a sensor's role (review 19a), and a sensor that fails three times in a row
        /// is left out of both roles until the next search.
        /// </summary>
        private const int TagReadAttempts = 3;

        /// <summary>
        /// The sensor's EEPROM bytes, recalled: Recall E² (the EEPROM's TH / TL back into the scratchpad, over whatever reset
        /// markers a configuration wrote there), then the 9-byte scratchpad with its CRC, up to <see cref="TagReadAttempts"/>
        /// times. True when an attempt gave a scratchpad that passed its checks (CRC, fixed bits, range), which is then in
        /// <paramref name="scratchpad"/> for the core to classify (<see cref="BusSensorRoles.Add"/>); false is not "untagged":
        /// the caller uses the sensor in no role. A sensor recalled here loses its markers, so only sensors not attached to a
        /// slot are asked (<see cref="Ds18b20Pair.Discover"/>); attaching writes the markers afresh.
        /// </summary>
        /// <param name="host">The bus.</param>
        /// <param name="romCode">The sensor's 8-byte ROM code.</param>
        /// <param name="scratchpad">A 9-byte buffer (overwritten).</param>
        public static bool ReadRecalled(OneWireHost host, byte[] romCode, byte[] scratchpad)
        {
            for (int attempt = 0; attempt < TagReadAttempts; attempt++)
            {
                if (TryRecall(host, romCode, scratchpad))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the sensor with <paramref name="romCode"/> holds the element tag in its EEPROM (<see cref="ReadRecalled"/>).
        /// <see cref="ElementTagRead.Failed"/> when no attempt gave a scratchpad that passed its checks: that is not
        /// "untagged", and the caller uses the sensor in neither role.
        /// </summary>
        /// <param name="host">The bus.</param>
        /// <param name="romCode">The sensor's 8-byte ROM code.</param>
        /// <param name="scratchpad">A 9-byte buffer (overwritten).</param>
        public static ElementTagRead ReadTag(OneWireHost host, byte[] romCode, byte[] scratchpad)
        {
            if (!ReadRecalled(host, romCode, scratchpad))
            {
                return ElementTagRead.Failed;
            }

            return ElementSensorTag.IsTag(scratchpad[Ds18b20Scratchpad.HighAlarmIndex], scratchpad[Ds18b20Scratchpad.LowAlarmIndex])
                ? ElementTagRead.Tagged
                : ElementTagRead.Untagged;
        }

        /// <summary>One Recall E² and scratchpad read; true when the scratchpad passed its checks (CRC, fixed bits, range).</summary>
        private static bool TryRecall(OneWireHost host, byte[] romCode, byte[] scratchpad)
        {
            try
            {
                if (!host.TouchReset() || !Ds18b20OnBus.Select(host, romCode) || host.WriteByte(RecallEepromCommand) == 0)
                {
                    return false;
                }

                bool recalled = false;
                for (int i = 0; i < RecallPollBytes && !recalled; i++)
                {
                    recalled = host.ReadByte() != 0;
                }

                return recalled && Ds18b20OnBus.ReadScratchpad(host, romCode, scratchpad) && ElementSensorTag.IsReadable(scratchpad, 0);
            }
            catch (Exception)
            {
                return false;
            }
        }

        /// <summary>
        /// Writes the element tag into the EEPROM of the sensor with <paramref name="romCode"/> and checks it
        /// (<see cref="WriteKind"/>). The assembly does this once per pad with the element sensor alone on the bus
        /// (<see cref="Ds18b20Pair.TagLoneSensor"/>). True when the recall shows the tag.
        /// </summary>
        public static bool WriteTag(OneWireHost host, byte[] romCode, byte[] scratchpad)
        {
            return WriteKind(host, romCode, scratchpad, SensorTagKind.Element);
        }

        /// <summary>
        /// Writes <paramref name="kind"/>'s tag (<see cref="SensorTags"/>) into the EEPROM of the sensor with
        /// <paramref name="romCode"/> (Write Scratchpad, then Copy Scratchpad, through the Ds18b20 package's
        /// <c>ConfigurationWrite(true)</c>, which waits the EEPROM's 10 ms write time, DS18B20 datasheet tWR), then recalls it
        /// and asks the core what the sensor now holds. True when that is <paramref name="kind"/>; false for
        /// <see cref="SensorTagKind.Untagged"/> (there is no tag to write) and on any failure. Callers make sure the sensor is
        /// alone on the bus (<see cref="Ds18b20Pair.TagLoneSensor"/>, <see cref="Ds18b20Pair.TagLoneJigProbe"/>).
        /// </summary>
        public static bool WriteKind(OneWireHost host, byte[] romCode, byte[] scratchpad, SensorTagKind kind)
        {
            if (kind == SensorTagKind.Untagged)
            {
                return false;
            }

            try
            {
                byte[] address = new byte[Ds18b20Scratchpad.RomCodeLength];
                for (int i = 0; i < address.Length; i++)
                {
                    address[i] = romCode[i];
                }

                Ds18b20 device = new Ds18b20(host, address, true, TemperatureResolution.VeryHigh);
                Ds18b20OnBus.WriteConfiguration(device, SensorTags.HighAlarmByteOf(kind), SensorTags.LowAlarmByteOf(kind), true);
                return ReadRecalled(host, address, scratchpad)
                    && SensorTags.Classify(scratchpad[Ds18b20Scratchpad.HighAlarmIndex], scratchpad[Ds18b20Scratchpad.LowAlarmIndex]) == kind;
            }
            catch (Exception)
            {
                return false;
            }
        }
    }
}
