using System;
using System.Device.Adc;
using HeatPadFirmware.Core;
using nanoFramework.Hardware.Esp32;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// The heater current and supply sense (hardware/README.md, "Heater current and supply sense"): two ADC1
    /// channels read with nanoFramework's System.Device.Adc, converted to amperes and volts and handed to the
    /// core as a <see cref="HeaterSenseReading"/>. Thin on purpose: the core decides what a reading means.
    /// <para>Scale: the current channel sees the INA181A2's output, 50 × the voltage over the 5 mΩ shunt, i.e.
    /// 0.25 V/A; the supply channel sees 18/118 of the supply (100 kΩ over 18 kΩ). The ESP32's ADC1 in
    /// nanoFramework reads 12 bits (MaxValue 4095) at 11 dB attenuation, about 3.1 V full scale, linear from
    /// 150 mV to 2450 mV (Espressif ESP32 ADC guide): 0.6–9.8 A and 1.0–16 V.</para>
    /// <para>Each channel is the mean of <see cref="SamplesPerRead"/> conversions (the ESP32 ADC has a few mV
    /// of noise; Espressif recommends multisampling). A read that throws is an invalid reading: the core then
    /// allows no heat.</para>
    /// </summary>
    internal sealed class HeaterSense
    {
        /// <summary>nanoFramework ADC channel of <see cref="BoardPins.HeaterCurrentSense"/> (GPIO 32 = ADC1_CH4; channels 0–7 are ADC1's).</summary>
        public const int CurrentAdcChannel = 4;

        /// <summary>nanoFramework ADC channel of <see cref="BoardPins.SupplySense"/> (GPIO 33 = ADC1_CH5).</summary>
        public const int SupplyAdcChannel = 5;

        /// <summary>Amperes per ADC volt on the current channel: 1 / (5 mΩ × 50) = 4 A/V.</summary>
        public const double AmperesPerVolt = 4.0;

        /// <summary>Supply volts per ADC volt: (100 kΩ + 18 kΩ) / 18 kΩ.</summary>
        public const double SupplyPerAdcVolt = 118.0 / 18.0;

        /// <summary>ADC full scale at the default 11 dB attenuation, V (ESP32 datasheet: about 3.1 V).</summary>
        public const double AdcFullScaleV = 3.1;

        /// <summary>Conversions averaged per channel and tick, 16 (about 1 ms of the 1 s tick).</summary>
        public const int SamplesPerRead = 16;

        private readonly AdcChannel _current;
        private readonly AdcChannel _supply;
        private readonly double _voltsPerCount;

        /// <summary>
        /// Maps the two pins to their ADC1 functions and opens the channels.
        /// </summary>
        /// <exception cref="InvalidOperationException">A channel could not be opened.</exception>
        public HeaterSense(AdcController controller, int currentPin, DeviceFunction currentFunction, int currentChannel, int supplyPin, DeviceFunction supplyFunction, int supplyChannel)
        {
            Configuration.SetPinFunction(currentPin, currentFunction);
            Configuration.SetPinFunction(supplyPin, supplyFunction);
            _current = controller.OpenChannel(currentChannel);
            _supply = controller.OpenChannel(supplyChannel);
            int maxValue = controller.MaxValue;
            if (_current == null || _supply == null || maxValue <= 0)
            {
                throw new InvalidOperationException("heater sense ADC channels not available");
            }

            _voltsPerCount = AdcFullScaleV / maxValue;
        }

        /// <summary>Reads both channels; invalid when a conversion fails.</summary>
        public HeaterSenseReading Read()
        {
            try
            {
                double currentV = Mean(_current);
                double supplyV = Mean(_supply);
                return HeaterSenseReading.Valid(currentV * AmperesPerVolt, supplyV * SupplyPerAdcVolt);
            }
            catch (Exception)
            {
                return HeaterSenseReading.Invalid;
            }
        }

        private double Mean(AdcChannel channel)
        {
            int sum = 0;
            for (int i = 0; i < SamplesPerRead; i++)
            {
                sum += channel.ReadValue();
            }

            return sum * _voltsPerCount / SamplesPerRead;
        }
    }
}
