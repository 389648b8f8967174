using System;
using HeatPadFirmware.Core;
using Iot.Device.Ds18b20;
using nanoFramework.Device.OneWire;
using UnitsNet;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// One DS18B20 on the shared 1-Wire bus, addressed by its ROM code: its configuration (12 bit, TH/TL markers), the
    /// read of its scratchpad after a conversion, and the count of its failed reads. <see cref="Ds18b20Pair"/> holds three
    /// and owns the bus; this class never starts a conversion or searches the bus.
    /// <para>The Ds18b20 package writes the configuration and asks for the power mode; the reading is our own, because the
    /// package's read blocks ≈ 1 s, reads 2 of the 9 scratchpad bytes and checks no CRC (heater-safety reference).</para>
    /// <para>Nothing here throws: every bus failure is a false or an invalid reading.</para>
    /// </summary>
    internal sealed class Ds18b20OnBus
    {
        /// <summary>After this many failed reads in a row the sensor is dropped and the bus searched again (a reseated plug, a new sensor).</summary>
        public const int DropAfterFailures = 10;

        private const byte MatchRomCommand = 0x55;
        private const byte ReadScratchpadCommand = 0xBE;

        private readonly OneWireHost _host;
        private readonly int _number;
        private readonly byte[] _scratchpad = new byte[Ds18b20Scratchpad.Length];
        private readonly byte[] _address = new byte[Ds18b20Scratchpad.RomCodeLength];
        private Ds18b20 _device;
        private bool _present;
        private bool _everAttached;
        private byte _highMarker;
        private byte _lowMarker;
        private int _consecutiveFailures;

        /// <summary>A sensor slot with no sensor yet.</summary>
        /// <param name="host">The bus (shared with the other sensors).</param>
        /// <param name="number">1, 2 or 3: the sensor's number in messages (1 = the lower surface ROM code, 3 = the element sensor).</param>
        public Ds18b20OnBus(OneWireHost host, int number)
        {
            _host = host;
            _number = number;
        }

        /// <summary>True while a configured sensor is attached.</summary>
        public bool IsPresent
        {
            get { return _present; }
        }

        /// <summary>The ROM code this slot had last (attached now or dropped since), or null when it never had one.</summary>
        public byte[] LastAddress
        {
            get { return _everAttached ? _address : null; }
        }

        /// <summary>The sensor's number, 1, 2 or 3 (the element sensor).</summary>
        public int Number
        {
            get { return _number; }
        }

        /// <summary>True when <paramref name="romCode"/> is the sensor attached now.</summary>
        public bool IsAttachedTo(byte[] romCode)
        {
            return _present && Ds18b20SearchResult.Same(_address, romCode);
        }

        /// <summary>
        /// Takes the sensor with ROM code <paramref name="romCode"/> (a valid DS18B20 code from the search): chooses TH/TL
        /// markers that differ from what it holds now, writes them with 12 bit, and reads them back. False (and not
        /// present) when any step fails; the pair then searches again later.
        /// </summary>
        public bool Attach(byte[] romCode)
        {
            Drop();
            for (int i = 0; i < _address.Length; i++)
            {
                _address[i] = romCode[i];
            }

            _everAttached = true;
            try
            {
                // The package object keeps this slot's own address array (its constructor checks length and family only).
                Ds18b20 device = new Ds18b20(_host, _address, true, TemperatureResolution.VeryHigh);

                // Right after power-up TH and TL hold the sensor's EEPROM values: choose markers that differ
                // (from bytes that passed the CRC, or the choice could match the EEPROM by accident).
                double ignoredC;
                int ignoredBits;
                bool ignoredPowerOn;
                if (!ReadScratchpad(_host, _address, _scratchpad) || !Ds18b20Scratchpad.TryDecode(_scratchpad, 0, out ignoredC, out ignoredBits, out ignoredPowerOn))
                {
                    return false;
                }

                _device = device;
                _highMarker = Ds18b20Scratchpad.HighAlarmMarkerFor(_scratchpad[Ds18b20Scratchpad.HighAlarmIndex]);
                _lowMarker = Ds18b20Scratchpad.LowAlarmMarkerFor(_scratchpad[Ds18b20Scratchpad.LowAlarmIndex]);
                Configure();

                // Read it back: the configuration must have taken before any reading is trusted.
                if (!ReadScratchpad(_host, _address, _scratchpad) || !Ds18b20Scratchpad.HoldsConfiguration(_scratchpad, 0, _highMarker, _lowMarker))
                {
                    _device = null;
                    return false;
                }

                if (device.IsParasitePowered)
                {
                    // UART 1-Wire has no strong pull-up for conversions: wire VDD (hardware/README.md).
                    SerialTelemetry.WriteMessage("sensor " + _number.ToString() + ": parasite powered, wire VDD to 3.3 V");
                }

                _consecutiveFailures = 0;
                _present = true;
                return true;
            }
            catch (Exception ex)
            {
                SerialTelemetry.WriteMessage("sensor " + _number.ToString() + ": configuration failed: " + ex.Message);
                Drop();
                return false;
            }
        }

        /// <summary>Forgets the attached sensor (its ROM code stays in <see cref="LastAddress"/>); reads are invalid until the next attach.</summary>
        public void Drop()
        {
            _present = false;
            _device = null;
            _consecutiveFailures = 0;
        }

        /// <summary>
        /// The result of the conversion the pair started on an earlier tick, at least the conversion time ago: Match ROM
        /// + Read Scratchpad, 9 bytes, judged by <see cref="Ds18b20Scratchpad.Evaluate"/>; when it shows the sensor lost its
        /// configuration (a silent reset), the configuration is written again. Invalid when no sensor is attached.
        /// Bus time: one reset and 19 bytes (≈ 14 ms on the wire).
        /// </summary>
        public SensorReading ReadConversion()
        {
            if (!_present)
            {
                return SensorReading.Invalid;
            }

            try
            {
                if (!ReadScratchpad(_host, _address, _scratchpad))
                {
                    return SensorReading.Invalid;
                }

                bool reconfigure;
                SensorReading reading = Ds18b20Scratchpad.Evaluate(_scratchpad, 0, true, _highMarker, _lowMarker, out reconfigure);
                if (reconfigure)
                {
                    Configure();
                }

                return reading;
            }
            catch (Exception)
            {
                return SensorReading.Invalid;
            }
        }

        /// <summary>
        /// Counts this tick's reading of an attached sensor. True when it was the <see cref="DropAfterFailures"/>th invalid
        /// one in a row: the sensor has just been dropped.
        /// </summary>
        public bool CountAndDropIfFailing(SensorReading reading)
        {
            if (!_present)
            {
                return false;
            }

            if (reading.IsValid)
            {
                _consecutiveFailures = 0;
                return false;
            }

            _consecutiveFailures++;
            if (_consecutiveFailures < DropAfterFailures)
            {
                return false;
            }

            Drop();
            return true;
        }

        private void Configure()
        {
            // Scratchpad only (no Copy Scratchpad to EEPROM): after a reset the EEPROM values come back, which is how the
            // markers reveal the reset.
            WriteConfiguration(_device, _highMarker, _lowMarker, false);
        }

        /// <summary>
        /// Writes TH = <paramref name="highAlarmC"/>, TL = <paramref name="lowAlarmC"/> and 12-bit resolution into the sensor's
        /// scratchpad, and into its EEPROM too when <paramref name="toEeprom"/> (Copy Scratchpad; the package waits the EEPROM's
        /// write time). The package's ConfigurationWrite selects the sensor by Match ROM with its Address. May throw (callers catch).
        /// </summary>
        public static void WriteConfiguration(Ds18b20 device, byte highAlarmC, byte lowAlarmC, bool toEeprom)
        {
            device.TemperatureHighAlarm = Temperature.FromDegreesCelsius(highAlarmC);
            device.TemperatureLowAlarm = Temperature.FromDegreesCelsius(lowAlarmC);
            device.TemperatureResolution = TemperatureResolution.VeryHigh;
            device.ConfigurationWrite(toEeprom);
        }

        /// <summary>
        /// Reset, Match ROM <paramref name="romCode"/>, Read Scratchpad, 9 bytes into <paramref name="scratchpad"/> (not judged
        /// here). False when the reset finds no presence pulse or an echo differs. Bus time: one reset and 19 bytes.
        /// </summary>
        internal static bool ReadScratchpad(OneWireHost host, byte[] romCode, byte[] scratchpad)
        {
            if (!host.TouchReset() || !Select(host, romCode) || host.WriteByte(ReadScratchpadCommand) == 0)
            {
                return false;
            }

            for (int i = 0; i < Ds18b20Scratchpad.Length; i++)
            {
                scratchpad[i] = host.ReadByte();
            }

            return true;
        }

        /// <summary>Match ROM and the 8 address bytes; false when any byte's echo differs (DQ held low, collision).</summary>
        internal static bool Select(OneWireHost host, byte[] romCode)
        {
            if (host.WriteByte(MatchRomCommand) == 0)
            {
                return false;
            }

            for (int i = 0; i < Ds18b20Scratchpad.RomCodeLength; i++)
            {
                if (host.WriteByte(romCode[i]) == 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
