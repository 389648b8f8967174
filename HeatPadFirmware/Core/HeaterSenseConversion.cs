namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Raw ESP32 ADC1 counts of the heater current and supply channels → a <see cref="HeaterSenseReading"/>. The
    /// device adapter (Hardware/HeaterSense.cs) and the simulator both convert through here, so the simulator
    /// measures exactly what the firmware reads.
    /// <para>The ESP32's ADC is not a 0 V-based ideal converter: at 11 dB attenuation, uncalibrated, a count maps to
    /// about 142 mV + counts × Vref × 196602 / (65536 × 4096) — 0.806 mV per count at the nominal Vref of 1100 mV —
    /// and only below 2880 counts (above it Espressif's characteristic turns into a lookup table); Vref differs
    /// from chip to chip between 1000 and 1200 mV (Espressif ESP-IDF esp_adc_cal_esp32.c: adc1_vref_atten_offset
    /// 142, adc1_vref_atten_scale 196602, LUT_LOW_THRESH 2880, LUT_VREF_LOW/HIGH 1000/1200). Inputs below 142 mV
    /// all read 0.</para>
    /// <para>So the current amplifier's REF pin holds its output at about 0.30 V with no current (hardware/README.md),
    /// well inside the linear range, and the zero is measured at power-on with the cut-off open (no current can
    /// flow); the current is the difference from that zero, which cancels the ADC's offset, the REF tolerance and
    /// the amplifier's offset. What stays is the slope's chip spread (±9 %), which the current checks' margins and
    /// the learned element conductance absorb, and which makes the supply reading good to about ±9 % only.</para>
    /// </summary>
    public static class HeaterSenseConversion
    {
        /// <summary>ADC input at 0 counts, V: 0.142 (esp_adc_cal, 11 dB).</summary>
        public const double AdcOffsetV = 0.142;

        /// <summary>Nominal ADC reference, V: 1.1 (esp_adc_cal's default Vref; chips range 1.0–1.2 V).</summary>
        public const double NominalVrefV = 1.1;

        /// <summary>ADC volts per count at the nominal Vref 1100 mV, 11 dB: 1.1 × 196602 / (65536 × 4096) ≈ 0.806 mV.</summary>
        public const double AdcVoltsPerCount = NominalVrefV * 196602.0 / (65536.0 * 4096.0);

        /// <summary>Highest count of the linear characteristic, 2880 (≈ 2.46 V); above it a reading is refused.</summary>
        public const double LinearMaxCounts = 2880.0;

        /// <summary>Lowest count taken as a live amplifier output, 1: 0 counts means the input is under 142 mV, below the REF level — a dead amplifier or supply.</summary>
        public const double MinLiveCounts = 1.0;

        /// <summary>Current-sense shunt, Ω: 5 mΩ (hardware/README.md, R26).</summary>
        public const double ShuntOhm = 0.005;

        /// <summary>Current-sense amplifier gain, V/V: 50 (INA181A2).</summary>
        public const double AmplifierGain = 50.0;

        /// <summary>Amperes per ADC volt on the current channel: 1 / (5 mΩ shunt × gain 50) = 4 A/V.</summary>
        public const double AmperesPerVolt = 1.0 / (ShuntOhm * AmplifierGain);

        /// <summary>Supply divider ratio, 18 kΩ / (100 kΩ + 18 kΩ) (R29, R28).</summary>
        public const double SupplyDividerRatio = 18.0 / 118.0;

        /// <summary>Supply volts per ADC volt: (100 kΩ + 18 kΩ) / 18 kΩ.</summary>
        public const double SupplyPerAdcVolt = 1.0 / SupplyDividerRatio;

        /// <summary>
        /// Lowest plausible zero-current level, V: 0.26. REF is 0.30 V from a 10 k / 1 k divider on 3V3 (±3 % rail,
        /// 1 % parts: 0.288–0.312 V), read at the nominal Vref by chips of 1000–1200 mV: 0.276–0.329 V. The window is
        /// kept narrow so that a zero measured while current still leaks (a warm reboot before the cut-off opened)
        /// is refused rather than subtracted from every later reading: above the window by 0.02 V is 0.08 A.
        /// </summary>
        public const double ZeroMinV = 0.26;

        /// <summary>Highest plausible zero-current level, V: 0.35.</summary>
        public const double ZeroMaxV = 0.35;

        /// <summary>ADC input, V, for a mean count at the nominal Vref (0..4095 counts).</summary>
        public static double AdcVolts(double meanCounts)
        {
            return AdcOffsetV + (meanCounts * AdcVoltsPerCount);
        }

        /// <summary>True when <paramref name="zeroCounts"/> (the current channel with no current possible) is where the REF pin puts it.</summary>
        public static bool IsZeroPlausible(double zeroCounts)
        {
            if (!(zeroCounts >= MinLiveCounts && zeroCounts <= LinearMaxCounts))
            {
                return false;
            }

            double volts = AdcVolts(zeroCounts);
            return volts >= ZeroMinV && volts <= ZeroMaxV;
        }

        /// <summary>
        /// The reading for mean counts of the current channel (<paramref name="currentCounts"/>), its power-on zero
        /// (<paramref name="zeroCounts"/>) and the supply channel (<paramref name="supplyCounts"/>). Invalid when the
        /// zero is implausible, a channel is outside the live linear range (a dead amplifier reads 0, a shorted one the
        /// top) or a value is not a number.
        /// </summary>
        public static HeaterSenseReading FromCounts(double currentCounts, double zeroCounts, double supplyCounts)
        {
            if (!IsZeroPlausible(zeroCounts) || !IsLive(currentCounts) || !IsLive(supplyCounts))
            {
                return HeaterSenseReading.Invalid;
            }

            double currentA = (currentCounts - zeroCounts) * AdcVoltsPerCount * AmperesPerVolt;
            double supplyV = AdcVolts(supplyCounts) * SupplyPerAdcVolt;
            return HeaterSenseReading.Valid(currentA, supplyV);
        }

        private static bool IsLive(double counts)
        {
            return counts >= MinLiveCounts && counts <= LinearMaxCounts;
        }
    }
}
