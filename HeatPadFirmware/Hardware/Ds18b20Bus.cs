using System;
using HeatPadFirmware.Core;
using Iot.Device.Ds18b20;
using nanoFramework.Device.OneWire;
using nanoFramework.Hardware.Esp32;
using UnitsNet;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// The one DS18B20 on the 1-Wire bus (UART2 = COM3, RX and TX tied to DQ). The Ds18b20 package finds
    /// the sensor and writes its configuration; the reading cycle is our own, because the package's read
    /// blocks ≈ 1 s, reads 2 of the 9 scratchpad bytes and checks no CRC (heater-safety reference).
    /// <para>Cycle, one step per tick and never waiting for the sensor: read the scratchpad of the
    /// conversion started on the previous tick (Match ROM 0x55 + address, Read Scratchpad 0xBE, 9 bytes),
    /// hand the bytes to <see cref="Ds18b20Scratchpad.Evaluate"/>, then start the next conversion (Match ROM,
    /// Convert T 0x44). With 1 s ticks the conversion has had ≈ 1 s against the 750 ms it needs at 12 bit.
    /// Bus time per tick is about 30 byte slots, ≈ 20–30 ms.</para>
    /// <para>Every failure becomes an invalid reading; the core's supervisor counts them (4 in a row latch
    /// a sensor fault). Nothing here throws after construction.</para>
    /// </summary>
    internal sealed class Ds18b20Bus
    {
        /// <summary>Longest conversion at 12 bit, 750 ms (DS18B20 datasheet, tCONV).</summary>
        public const int ConversionTimeMs = 750;

        /// <summary>After this many failed reads in a row the sensor is searched for again (a reseated plug, a new sensor).</summary>
        private const int RediscoverAfterFailures = 10;

        /// <summary>While no sensor is known, search again every this many ticks.</summary>
        private const int RediscoverEveryTicks = 10;

        private const byte SkipRomCommand = 0xCC;
        private const byte MatchRomCommand = 0x55;
        private const byte ConvertTCommand = 0x44;
        private const byte ReadScratchpadCommand = 0xBE;

        private readonly OneWireHost _host;
        private readonly byte[] _scratchpad = new byte[Ds18b20Scratchpad.Length];
        private Ds18b20 _sensor;
        private byte[] _address;
        private byte _highMarker;
        private byte _lowMarker;
        private bool _conversionPending;
        private long _conversionStartedMs;
        private int _consecutiveFailures;
        private int _ticksWithoutSensor;

        /// <summary>Maps the UART pins and opens the 1-Wire host (only one may exist).</summary>
        public Ds18b20Bus(int rxPin, DeviceFunction rxFunction, int txPin, DeviceFunction txFunction)
        {
            Configuration.SetPinFunction(rxPin, rxFunction);
            Configuration.SetPinFunction(txPin, txFunction);
            _host = new OneWireHost();
        }

        /// <summary>True while a configured sensor is known.</summary>
        public bool HasSensor
        {
            get { return _address != null; }
        }

        /// <summary>
        /// Looks for a DS18B20, checks its ROM code, configures it (12 bit, TH/TL markers) and starts the
        /// first conversion. False when no sensor answered properly; <see cref="Read"/> keeps trying.
        /// </summary>
        public bool Discover()
        {
            _address = null;
            _sensor = null;
            _conversionPending = false;
            try
            {
                // The package's search loops FindNextDevice until it meets family 0x28. On a DQ shorted low
                // every search bit reads as a conflict and that loop would not end, so first make sure the
                // bus answers a reset and echoes a byte (a shorted bus echoes 0x00, an empty one no presence).
                if (!_host.TouchReset() || _host.WriteByte(SkipRomCommand) == 0)
                {
                    return false;
                }

                Ds18b20 sensor = new Ds18b20(_host, null, false, TemperatureResolution.VeryHigh);
                if (!sensor.Initialize() || !Ds18b20Scratchpad.IsValidRomCode(sensor.Address, 0))
                {
                    return false;
                }

                _sensor = sensor;
                byte[] address = sensor.Address;

                // Right after power-up TH and TL hold the sensor's EEPROM values: choose markers that differ
                // (from bytes that passed the CRC, or the choice could match the EEPROM by accident).
                double ignoredC;
                int ignoredBits;
                bool ignoredPowerOn;
                if (!ReadScratchpadOf(address) || !Ds18b20Scratchpad.TryDecode(_scratchpad, 0, out ignoredC, out ignoredBits, out ignoredPowerOn))
                {
                    _sensor = null;
                    return false;
                }

                _highMarker = Ds18b20Scratchpad.HighAlarmMarkerFor(_scratchpad[Ds18b20Scratchpad.HighAlarmIndex]);
                _lowMarker = Ds18b20Scratchpad.LowAlarmMarkerFor(_scratchpad[Ds18b20Scratchpad.LowAlarmIndex]);
                Configure();

                // Read it back: the configuration must have taken before any reading is trusted.
                if (!ReadScratchpadOf(address) || !Ds18b20Scratchpad.HoldsConfiguration(_scratchpad, 0, _highMarker, _lowMarker))
                {
                    _sensor = null;
                    return false;
                }

                if (sensor.IsParasitePowered)
                {
                    // UART 1-Wire has no strong pull-up for conversions: wire VDD (hardware/README.md).
                    Console.WriteLine("# sensor: parasite powered, wire VDD to 3.3 V");
                }

                _address = address;
                _consecutiveFailures = 0;
                StartConversion();
                return true;
            }
            catch (Exception ex)
            {
                Console.WriteLine("# sensor: discovery failed: " + ex.Message);
                _address = null;
                _sensor = null;
                return false;
            }
        }

        /// <summary>
        /// This tick's reading: the result of the conversion started on an earlier tick, then the next
        /// conversion is started. Invalid when no sensor is known, no conversion has completed, or the bytes
        /// fail the core's checks. Returns within a few tens of milliseconds.
        /// </summary>
        /// <param name="nowMs">The tick's time from <see cref="DeviceClock"/> (taken before this call).</param>
        public SensorReading Read(long nowMs)
        {
            if (_address == null)
            {
                _ticksWithoutSensor++;
                if (_ticksWithoutSensor >= RediscoverEveryTicks)
                {
                    _ticksWithoutSensor = 0;
                    Discover();
                }

                return SensorReading.Invalid;
            }

            SensorReading reading = SensorReading.Invalid;
            try
            {
                if (_conversionPending && nowMs - _conversionStartedMs < ConversionTimeMs)
                {
                    // A tick earlier than the conversion time: let the conversion finish, report nothing.
                    return SensorReading.Invalid;
                }

                if (_conversionPending)
                {
                    _conversionPending = false;
                    if (ReadScratchpadOf(_address))
                    {
                        bool reconfigure;
                        reading = Ds18b20Scratchpad.Evaluate(_scratchpad, 0, true, _highMarker, _lowMarker, out reconfigure);
                        if (reconfigure)
                        {
                            Configure();
                        }
                    }
                }

                StartConversion();
            }
            catch (Exception)
            {
                _conversionPending = false;
                reading = SensorReading.Invalid;
            }

            CountFailures(reading);
            return reading;
        }

        private void CountFailures(SensorReading reading)
        {
            if (reading.IsValid)
            {
                _consecutiveFailures = 0;
                return;
            }

            _consecutiveFailures++;
            if (_consecutiveFailures >= RediscoverAfterFailures)
            {
                _consecutiveFailures = 0;
                _address = null;
                _ticksWithoutSensor = RediscoverEveryTicks;
            }
        }

        private void Configure()
        {
            // Scratchpad only (no Copy Scratchpad to EEPROM): after a reset the EEPROM values come back,
            // which is how the markers reveal the reset.
            _sensor.TemperatureHighAlarm = Temperature.FromDegreesCelsius(_highMarker);
            _sensor.TemperatureLowAlarm = Temperature.FromDegreesCelsius(_lowMarker);
            _sensor.TemperatureResolution = TemperatureResolution.VeryHigh;
            _sensor.ConfigurationWrite(false);
        }

        private void StartConversion()
        {
            if (!_host.TouchReset() || !Select(_address) || _host.WriteByte(ConvertTCommand) == 0)
            {
                return;
            }

            // Stamped after the command went out, so the elapsed time measured next tick is never too long.
            _conversionStartedMs = DeviceClock.NowMs();
            _conversionPending = true;
        }

        private bool ReadScratchpadOf(byte[] address)
        {
            if (!_host.TouchReset() || !Select(address) || _host.WriteByte(ReadScratchpadCommand) == 0)
            {
                return false;
            }

            for (int i = 0; i < _scratchpad.Length; i++)
            {
                _scratchpad[i] = _host.ReadByte();
            }

            return true;
        }

        /// <summary>Match ROM and the 8 address bytes; false when any byte's echo differs (DQ held low, collision).</summary>
        private bool Select(byte[] address)
        {
            if (_host.WriteByte(MatchRomCommand) == 0)
            {
                return false;
            }

            for (int i = 0; i < Ds18b20Scratchpad.RomCodeLength; i++)
            {
                if (_host.WriteByte(address[i]) == 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
