using System;
using HeatPadFirmware.Core;
using Iot.Device.Ds18b20;
using nanoFramework.Device.OneWire;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// The element sensor's tag on the bus (<see cref="ElementSensorTag"/>): reading it from a sensor's EEPROM during a
    /// search, and writing it once at assembly. Discovery only, never in a control tick; nothing here throws.
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
        /// Whether the sensor with <paramref name="romCode"/> holds the element tag in its EEPROM: Recall E² (the EEPROM's
        /// TH / TL back into the scratchpad, over whatever reset markers a configuration wrote there), then the 9-byte
        /// scratchpad with its CRC, up to <see cref="TagReadAttempts"/> times. <see cref="ElementTagRead.Failed"/> when no
        /// attempt gave a scratchpad that passed its checks: that is not "untagged", and the caller uses the sensor in
        /// neither role. A sensor recalled here loses its markers, so only sensors not attached to a slot are asked
        /// (<see cref="Ds18b20Pair.Discover"/>); attaching writes the markers afresh.
        /// </summary>
        /// <param name="host">The bus.</param>
        /// <param name="romCode">The sensor's 8-byte ROM code.</param>
        /// <param name="scratchpad">A 9-byte buffer (overwritten).</param>
        public static ElementTagRead ReadTag(OneWireHost host, byte[] romCode, byte[] scratchpad)
        {
            for (int attempt = 0; attempt < TagReadAttempts; attempt++)
            {
                if (TryRecall(host, romCode, scratchpad))
                {
                    return ElementSensorTag.IsTag(scratchpad[Ds18b20Scratchpad.HighAlarmIndex], scratchpad[Ds18b20Scratchpad.LowAlarmIndex])
                        ? ElementTagRead.Tagged
                        : ElementTagRead.Untagged;
                }
            }

            return ElementTagRead.Failed;
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
        /// Writes the tag into the EEPROM of the sensor with <paramref name="romCode"/> (Write Scratchpad, then Copy
        /// Scratchpad, through the Ds18b20 package's <c>ConfigurationWrite(true)</c>, which waits the EEPROM's 10 ms
        /// write time, DS18B20 datasheet tWR), then recalls it to check. The assembly does this once per pad with the
        /// element sensor alone on the bus (<see cref="Ds18b20Pair.TagLoneSensor"/>). True when the recall shows the tag.
        /// </summary>
        public static bool WriteTag(OneWireHost host, byte[] romCode, byte[] scratchpad)
        {
            try
            {
                byte[] address = new byte[Ds18b20Scratchpad.RomCodeLength];
                for (int i = 0; i < address.Length; i++)
                {
                    address[i] = romCode[i];
                }

                Ds18b20 device = new Ds18b20(host, address, true, TemperatureResolution.VeryHigh);
                Ds18b20OnBus.WriteConfiguration(device, ElementSensorTag.HighAlarmByte, ElementSensorTag.LowAlarmByte, true);
                return ReadTag(host, address, scratchpad) == ElementTagRead.Tagged;
            }
            catch (Exception)
            {
                return false;
            }
        }
    }
}
