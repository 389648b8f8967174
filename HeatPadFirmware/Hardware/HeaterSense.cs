using System;
using System.Device.Adc;
using HeatPadFirmware.Core;
using nanoFramework.Hardware.Esp32;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// The heater current and supply sense (hardware/README.md, "Heater current and supply sense"): two ADC1
    /// channels read with nanoFramework's System.Device.Adc (raw 12-bit counts, 11 dB attenuation, uncalibrated),
    /// averaged and handed to <see cref="HeaterSenseConversion.FromCounts"/> in the core, which knows the ESP32's
    /// offset-and-slope characteristic. Thin on purpose: the core decides what a reading means.
    /// <para>The zero of the current channel is measured once here, at power-on, while the cut-off is open and
    /// the heater PWM is 0 (Program.cs creates this after both), so no current can flow: the difference from it
    /// cancels the ADC's offset, the amplifier's REF level and its offset. An implausible zero makes every
    /// reading invalid, and the core then allows no heat.</para>
    /// <para>Each channel is the mean of <see cref="SamplesPerRead"/> conversions (the ESP32 ADC has a few mV of
    /// noise; Espressif recommends multisampling). A read that throws is an invalid reading.</para>
    /// </summary>
    internal sealed class HeaterSense
    {
        /// <summary>nanoFramework ADC channel of <see cref="BoardPins.HeaterCurrentSense"/> (GPIO 32 = ADC1_CH4; channels 0–7 are ADC1's).</summary>
        public const int CurrentAdcChannel = 4;

        /// <summary>nanoFramework ADC channel of <see cref="BoardPins.SupplySense"/> (GPIO 33 = ADC1_CH5).</summary>
        public const int SupplyAdcChannel = 5;

        /// <summary>Conversions averaged per channel and tick, 16 (about 1 ms of the 1 s tick).</summary>
        public const int SamplesPerRead = 16;

        /// <summary>Conversions averaged for the power-on zero, 64.</summary>
        public const int SamplesPerZero = 64;

        private readonly AdcChannel _current;
        private readonly AdcChannel _supply;
        private readonly double _zeroCounts;

        /// <summary>
        /// Maps the two pins to their ADC1 functions, opens the channels and measures the current channel's zero.
        /// Call only with the cut-off open and the heater PWM at 0.
        /// </summary>
        /// <exception cref="InvalidOperationException">A channel could not be opened.</exception>
        public HeaterSense(AdcController controller, int currentPin, DeviceFunction currentFunction, int currentChannel, int supplyPin, DeviceFunction supplyFunction, int supplyChannel)
        {
            Configuration.SetPinFunction(currentPin, currentFunction);
            Configuration.SetPinFunction(supplyPin, supplyFunction);
            _current = controller.OpenChannel(currentChannel);
            _supply = controller.OpenChannel(supplyChannel);
            if (_current == null || _supply == null)
            {
                throw new InvalidOperationException("heater sense ADC channels not available");
            }

            _zeroCounts = MeanCounts(_current, SamplesPerZero);
        }

        /// <summary>Reads both channels; invalid when a conversion fails or the core refuses the counts.</summary>
        public HeaterSenseReading Read()
        {
            try
            {
                return HeaterSenseConversion.FromCounts(MeanCounts(_current, SamplesPerRead), _zeroCounts, MeanCounts(_supply, SamplesPerRead));
            }
            catch (Exception)
            {
                return HeaterSenseReading.Invalid;
            }
        }

        private static double MeanCounts(AdcChannel channel, int samples)
        {
            int sum = 0;
            for (int i = 0; i < samples; i++)
            {
                sum += channel.ReadValue();
            }

            return (double)sum / samples;
        }
    }
}
