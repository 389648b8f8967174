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
    /// shunt into an INA181A2 (gain 50, so 0.25 V/A) whose REF pin holds the output at about 0.30 V with no current,
    /// an RC low-pass (10 kΩ, 10 µF: 100 ms, twenty 200 Hz PWM periods) and ESP32 ADC1 at 11 dB; the supply through a
    /// 100 k / 18 k divider to a second ADC1 channel. The counts go through the firmware's own
    /// <see cref="HeaterSenseConversion.FromCounts"/> with a zero measured as the device measures it (no current).
    /// The current is the mean over the interval: duty·V/R with the cut-off closed, V/R with the switch shorted,
    /// 0 when open. Errors, each with its source, drawn once per board from the seed:
    /// <list type="bullet">
    /// <item>ESP32 ADC characteristic: 142 mV + counts × Vref × 196602 / 2^28, the chip's Vref uniform in
    /// 1000–1200 mV (Espressif esp_adc_cal_esp32.c), read by the firmware at the nominal 1100 mV: ±9 % slope error,
    /// everything under 142 mV reads 0;</item>
    /// <item>REF level: 0.30 V ± 4 % (3V3 rail ±3 %, 1 % divider);</item>
    /// <item>amplifier offset: σ 50 µV clamped to the ±150 µV maximum, input-referred (TI INA181, SBOS793);</item>
    /// <item>gain error: uniform ±1 % (INA181: ±1 % max; 1 % divider resistors);</item>
    /// <item>ADC noise: seeded Gaussian σ 1 mV per (16-sample averaged) read, quantised to whole counts.</item>
    /// </list>
    /// Allocates nothing per read.
    /// </summary>
    public sealed class SimulatedHeaterSense
    {
        /// <summary>Nominal REF level of the amplifier's output at zero current, V.</summary>
        public const double ReferenceV = 0.30;

        /// <summary>ADC noise per (averaged) read, V.</summary>
        public const double AdcNoiseV = 0.001;

        /// <summary>Lowest and highest chip Vref, V (Espressif: 1000–1200 mV).</summary>
        public const double MinVrefV = 1.0;

        /// <summary>Highest chip Vref, V.</summary>
        public const double MaxVrefV = 1.2;

        private readonly GaussianNoise _noise;
        private readonly double _offsetV;
        private readonly double _currentGain;
        private readonly double _supplyGain;
        private readonly double _referenceV;
        private readonly double _chipVoltsPerCount;
        private readonly double _zeroCounts;

        /// <summary>A sense with this board's chip, offset and gain errors drawn from <paramref name="seed"/>.</summary>
        public SimulatedHeaterSense(int seed)
            : this(seed, double.NaN)
        {
        }

        /// <summary>As <see cref="SimulatedHeaterSense(int)"/>, with the chip's Vref given (V, 1.0..1.2) instead of drawn (NaN: drawn).</summary>
        public SimulatedHeaterSense(int seed, double chipVrefV)
        {
            _noise = new GaussianNoise(unchecked(seed * 7919 + 104729));
            var random = new Random(unchecked(seed * 31 + 17));
            _offsetV = Math.Clamp(50e-6 * _noise.NextStandard(), -150e-6, 150e-6);
            _currentGain = 1.0 + (0.02 * (random.NextDouble() - 0.5));
            _supplyGain = 1.0 + (0.02 * (random.NextDouble() - 0.5));
            _referenceV = ReferenceV * (1.0 + (0.08 * (random.NextDouble() - 0.5)));
            double vref = double.IsNaN(chipVrefV) ? MinVrefV + ((MaxVrefV - MinVrefV) * random.NextDouble()) : chipVrefV;
            _chipVoltsPerCount = HeaterSenseConversion.AdcVoltsPerCount * vref / HeaterSenseConversion.NominalVrefV;
            _zeroCounts = Counts(AmplifierOutputV(0.0), 0.0);
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
            double currentCounts = Failure switch
            {
                HeaterSenseFailure.StuckAtZero => 0.0,
                HeaterSenseFailure.StuckAtFullScale => 4095.0,
                _ => Counts(AmplifierOutputV(currentA), AdcNoiseV * _noise.NextStandard()),
            };
            double supplyCounts = Counts(pad.SupplyVoltageV * HeaterSenseConversion.SupplyDividerRatio * _supplyGain, AdcNoiseV * _noise.NextStandard());
            return HeaterSenseConversion.FromCounts(currentCounts, _zeroCounts, supplyCounts);
        }

        private double AmplifierOutputV(double currentA)
        {
            return Math.Max(0.0, (((currentA * HeaterSenseConversion.ShuntOhm) + _offsetV) * HeaterSenseConversion.AmplifierGain * _currentGain) + _referenceV);
        }

        private double Counts(double volts, double noiseV)
        {
            double counts = Math.Round((volts + noiseV - HeaterSenseConversion.AdcOffsetV) / _chipVoltsPerCount);
            return Math.Clamp(counts, 0.0, 4095.0);
        }
    }
}
