using System;
using HeatPadFirmware.Core;

namespace HeatPadFirmware.Simulator.Pad
{
    /// <summary>How a simulated heater sense is broken (faults campaign).</summary>
    public enum HeaterSenseFailure
    {
        /// <summary>Works.</summary>
        None,

        /// <summary>The current channel reads 0 whatever flows (amplifier unpowered, shunt trace open on the sense side).</summary>
        StuckAtZero,

        /// <summary>The current channel reads the ADC's full scale (amplifier output shorted to 3.3 V).</summary>
        StuckAtFullScale,
    }

    /// <summary>
    /// The board's heater current and supply sense as the firmware reads it (hardware/README.md): a 5 mΩ low-side
    /// shunt into an INA181A2 (gain 50, so 0.25 V/A), an RC low-pass (10 kΩ, 10 µF: 100 ms, ten 100 Hz PWM
    /// periods) and ESP32 ADC1 at 11 dB; the supply through a 100 k / 18 k divider to a second ADC1 channel.
    /// The current is the mean over the interval: duty·V/R with the cut-off closed, V/R with the switch shorted,
    /// 0 when open — the pad's own electrical power divided by the supply. Errors, each with its source:
    /// <list type="bullet">
    /// <item>amplifier offset: one draw per board, σ 50 µV clamped to the ±150 µV maximum (TI INA181 datasheet,
    /// SBOS793: V_OS ±150 µV max), referred to the input;</item>
    /// <item>gain error: one draw per board, uniform ±1 % (INA181: ±1 % max; 1 % divider resistors);</item>
    /// <item>ADC: seeded Gaussian noise σ 1 mV per read (the ESP32 ADC's few-mV noise averaged over 16 samples,
    /// as Espressif's ADC guide recommends multisampling), quantised to 12 bits over 3.1 V (0.76 mV), clamped at
    /// 0 (the amplifier cannot go below ground) and full scale.</item>
    /// </list>
    /// Allocates nothing per read.
    /// </summary>
    public sealed class SimulatedHeaterSense
    {
        /// <summary>Shunt resistance, Ω (5 mΩ).</summary>
        public const double ShuntOhm = 0.005;

        /// <summary>Amplifier gain, V/V (INA181A2: 50).</summary>
        public const double AmplifierGain = 50.0;

        /// <summary>ADC full scale at 11 dB attenuation, V (ESP32: about 3.1 V; linear to 2.45 V).</summary>
        public const double AdcFullScaleV = 3.1;

        /// <summary>ADC steps (12 bit).</summary>
        public const int AdcCounts = 4095;

        /// <summary>Supply divider ratio, 18 k / (100 k + 18 k).</summary>
        public const double DividerRatio = 18.0 / 118.0;

        /// <summary>ADC noise per (averaged) read, V.</summary>
        public const double AdcNoiseV = 0.001;

        private readonly GaussianNoise _noise;
        private readonly double _offsetV;
        private readonly double _currentGain;
        private readonly double _supplyGain;

        /// <summary>A sense with this board's offset and gain errors drawn from <paramref name="seed"/>.</summary>
        public SimulatedHeaterSense(int seed)
        {
            _noise = new GaussianNoise(unchecked(seed * 7919 + 104729));
            var random = new Random(unchecked(seed * 31 + 17));
            _offsetV = Math.Clamp(50e-6 * _noise.NextStandard(), -150e-6, 150e-6);
            _currentGain = 1.0 + (0.02 * (random.NextDouble() - 0.5));
            _supplyGain = 1.0 + (0.02 * (random.NextDouble() - 0.5));
        }

        /// <summary>How the sense is broken (settable at any time).</summary>
        public HeaterSenseFailure Failure { get; set; }

        /// <summary>The true mean current, A, for this pad state (no sense errors).</summary>
        public static double TrueCurrentA(ThermalPad pad, double dutyFraction, bool cutoffClosed)
        {
            ArgumentNullException.ThrowIfNull(pad);
            return pad.SupplyVoltageV > 0.0 ? pad.HeaterPowerW(dutyFraction, cutoffClosed) / pad.SupplyVoltageV : 0.0;
        }

        /// <summary>Reads the sense at the end of an interval over which <paramref name="dutyFraction"/> and <paramref name="cutoffClosed"/> held.</summary>
        public HeaterSenseReading Read(ThermalPad pad, double dutyFraction, bool cutoffClosed)
        {
            double currentA = TrueCurrentA(pad, dutyFraction, cutoffClosed);
            double amplifierV = Math.Max(0.0, ((currentA * ShuntOhm) + _offsetV) * AmplifierGain * _currentGain);
            double currentAdcV = Failure switch
            {
                HeaterSenseFailure.StuckAtZero => 0.0,
                HeaterSenseFailure.StuckAtFullScale => AdcFullScaleV,
                _ => Adc(amplifierV),
            };
            double supplyAdcV = Adc(pad.SupplyVoltageV * DividerRatio * _supplyGain);
            return HeaterSenseReading.Valid(currentAdcV / (ShuntOhm * AmplifierGain), supplyAdcV / DividerRatio);
        }

        private double Adc(double volts)
        {
            double noisy = volts + (AdcNoiseV * _noise.NextStandard());
            double counts = Math.Round(Math.Clamp(noisy, 0.0, AdcFullScaleV) / AdcFullScaleV * AdcCounts);
            return counts / AdcCounts * AdcFullScaleV;
        }
    }
}
