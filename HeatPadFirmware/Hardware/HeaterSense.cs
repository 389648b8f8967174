using System;
using System.Device.Adc;
using HeatPadFirmware.Core;
using nanoFramework.Hardware.Esp32;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// The heater current and supply sense (hardware/README.md, "Heater current and supply sense"): two ADC1
    /// channels read with nanoFramework's System.Device.Adc, averaged and handed to
    /// <see cref="HeaterSenseConversion.FromCounts"/> in the core, which knows the ESP32's offset-and-slope
    /// characteristic. Thin on purpose: the core decides what a reading means.
    /// <para>What <see cref="AdcChannel.ReadValue"/> returns on a plain ESP32 (nf-interpreter,
    /// targets/ESP32/_nanoCLR/System.Device.Adc/sys_dev_adc_native_System_Device_Adc_AdcController.cpp and
    /// ..._AdcChannel.cpp; ESP-IDF v5.5 components/driver/deprecated/adc_legacy.c): OpenChannel configures ADC1 to
    /// 12 bit and ADC_ATTEN_DB_12 (IDF 5's name for the 11 dB setting), ReadValue is adc1_get_raw: raw counts
    /// 0..4095, with no esp_adc_cal / adc_cali conversion and no hardware calibration code (the ESP32 has no
    /// SOC_ADC_CALIBRATION_V1_SUPPORTED). MaxValue reports 4095, MinValue 0, ResolutionInBits 12; ReadRatio is only
    /// ReadValue / MaxValue. Channels 0–7 are ADC1's, in the chip's order: channel 4 is GPIO 32, channel 5 GPIO 33
    /// (targets/ESP32/_common/ESP32_DeviceMapping.cpp, Esp32_ADC_DevicePinMap).</para>
    /// <para>ADC pins are fixed on the ESP32 and are never mapped: Configuration.SetPinFunction rejects every ADC
    /// function with an ArgumentException (targets/ESP32/_common/DeviceMapping_common.cpp, Esp32_SetMappedDevicePins
    /// has no ADC case), which would leave the pad without its witness and so without heat. The constructor only checks
    /// that each function names the channel it opens.</para>
    /// <para>The zero of the current channel is measured once here, at power-on, while the cut-off is open and
    /// the heater PWM is 0 (Program.cs creates this after both), so no current can flow: the difference from it
    /// cancels the ADC's offset, the amplifier's REF level and its offset. An implausible zero makes every
    /// reading invalid, and the core then allows no heat.</para>
    /// <para>Each channel is the mean of <see cref="SamplesPerRead"/> conversions (the ESP32 ADC has a few mV of
    /// noise; Espressif recommends multisampling). A read that throws is an invalid reading.</para>
    /// </summary>
    internal sealed class HeaterSense
    {
        /// <summary>nanoFramework ADC channel of <see cref="BoardPins.HeaterCurrentSense"/>: 4 (GPIO 32 = ADC1 channel 4; nanoFramework's channels 0–9 are ADC1's, 10–19 ADC2's).</summary>
        public const int CurrentAdcChannel = 4;

        /// <summary>nanoFramework ADC channel of <see cref="BoardPins.SupplySense"/>: 3 (GPIO 39 = ADC1 channel 3).</summary>
        public const int SupplyAdcChannel = 3;

        /// <summary>Conversions averaged per channel and tick, 16 (about 1 ms of the 1 s tick).</summary>
        public const int SamplesPerRead = 16;

        /// <summary>Conversions averaged for the power-on zero, 64.</summary>
        public const int SamplesPerZero = 64;

        private readonly AdcChannel _current;
        private readonly AdcChannel _supply;
        private readonly double _zeroCounts;

        /// <summary>
        /// Opens the two ADC1 channels after checking that each function names its channel, and measures the
        /// current channel's zero. Call only with the cut-off open and the heater PWM at 0.
        /// </summary>
        /// <param name="controller">The ADC controller (nanoFramework has one logical controller for ADC1 and ADC2).</param>
        /// <param name="currentPin">GPIO of the current channel (<see cref="BoardPins.HeaterCurrentSense"/>).</param>
        /// <param name="currentFunction">ADC function naming that channel (<see cref="BoardPins.HeaterCurrentSenseFunction"/>); only checked, never mapped.</param>
        /// <param name="currentChannel">nanoFramework channel number of the current channel, 0..7.</param>
        /// <param name="supplyPin">GPIO of the supply channel (<see cref="BoardPins.SupplySense"/>).</param>
        /// <param name="supplyFunction">ADC function naming that channel (<see cref="BoardPins.SupplySenseFunction"/>); only checked, never mapped.</param>
        /// <param name="supplyChannel">nanoFramework channel number of the supply channel, 0..7.</param>
        /// <exception cref="InvalidOperationException">A function does not name its channel.</exception>
        /// <exception cref="Exception">The native driver refused a channel (OpenChannel reports CLR_E_PIN_UNAVAILABLE or CLR_E_INVALID_PARAMETER as an exception).</exception>
        public HeaterSense(AdcController controller, int currentPin, DeviceFunction currentFunction, int currentChannel, int supplyPin, DeviceFunction supplyFunction, int supplyChannel)
        {
            CheckWiring(currentPin, currentFunction, currentChannel);
            CheckWiring(supplyPin, supplyFunction, supplyChannel);

            // OpenChannel throws when the native side refuses the channel; it never returns null.
            _current = controller.OpenChannel(currentChannel);
            _supply = controller.OpenChannel(supplyChannel);
            _zeroCounts = MeanCounts(_current, SamplesPerZero);
        }

        /// <summary>
        /// The current channel's zero measured at power-on, mean counts: the board's fingerprint in the element calibration
        /// record (<see cref="ElementCalibrationRecord.SenseZeroKey"/>; the REF level over this ESP32's ADC scale).
        /// </summary>
        public double ZeroCounts
        {
            get { return _zeroCounts; }
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

        /// <summary>
        /// Throws unless <paramref name="function"/> is ADC1 channel <paramref name="channel"/> (ADC1_CH0..ADC1_CH7 are
        /// consecutive in nanoFramework.Hardware.Esp32's DeviceFunction). That the channel is the board's
        /// <paramref name="pin"/> is fixed in silicon (channel 4 = GPIO 32, 3 = GPIO 39) and checked by a host test
        /// against the firmware's Esp32_ADC_DevicePinMap, not here, where a check resting on that native table could
        /// only ever refuse the witness.
        /// </summary>
        private static void CheckWiring(int pin, DeviceFunction function, int channel)
        {
            if (channel < 0 || channel > 7 || function != (DeviceFunction)((int)DeviceFunction.ADC1_CH0 + channel))
            {
                throw new InvalidOperationException("ADC channel " + channel.ToString() + " on GPIO " + pin.ToString() + " is not the ADC1 channel its function names");
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
