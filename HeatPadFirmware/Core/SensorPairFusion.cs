namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Fuses the pad's two trusted sensor readings into the one the controller and the model-based checks use,
    /// and names the hotter one for the limits that must see the worst case. Pure and stateless: nothing is
    /// allocated, the same inputs give the same outputs.
    /// <para>Why two (session 5): a sensor that loosens from the pad reads low, and every witness learned from that
    /// one reading learns a weaker pad — a folded pad ran to 76–83 °C in the simulated campaign with no fault. Under
    /// the single-fault rule (IEC 60335-1: safety may not rest on one component) one sensor loosening, detaching or
    /// freezing is a single fault, so a second sensor of the same construction is the witness that does not learn
    /// from the first. A sensor that reads low is dangerous, one that reads high only under-heats.</para>
    /// <para>The rule: the larger of the two readings' mean and the hotter reading less <see cref="MaxBelowHotterC"/>.
    /// Within 2 × <see cref="MaxBelowHotterC"/> (0.5 °C, the DS18B20's stated accuracy) that is the mean, which halves the
    /// noise power without a bias (the hotter of two equal noisy readings would read about 0.56 σ high and hold the pad
    /// that much low); further apart it follows the hotter reading 0.25 °C under it, so a loosening sensor is outvoted
    /// and the pad is regulated on the sensor still on it, at most 0.25 °C over where that sensor alone would hold it.
    /// The rule never falls when neither reading falls and moves at most as much as the reading that moved (session 5
    /// review, finding 5: a blend that reached the hotter at 1.0 °C apart had a slope of 2 there and made the duty
    /// chatter 0.26 RMS on sensors a steady 0.75 °C apart).</para>
    /// <para>Given two identical readings every output equals that reading: a pad with its sensors in agreement
    /// behaves exactly as with one.</para>
    /// </summary>
    public static class SensorPairFusion
    {
        /// <summary>
        /// How far under the hotter reading the fused one may lie, 0.25 °C (≥ 0): half the ±0.5 °C band within which the
        /// DS18B20 datasheet places a sensor (−10..+85 °C), so two good sensors up to 0.5 °C apart are simply averaged.
        /// </summary>
        public const double MaxBelowHotterC = 0.25;

        /// <summary>
        /// The reading the controller and the model-based checks use, °C: max(mean, hotter − <see cref="MaxBelowHotterC"/>)
        /// (see the class). With one trusted reading, that one; with none, invalid.
        /// </summary>
        public static SensorReading Fuse(SensorReading first, SensorReading second)
        {
            if (!first.IsValid)
            {
                return second;
            }

            if (!second.IsValid)
            {
                return first;
            }

            double a = first.TemperatureC;
            double b = second.TemperatureC;
            if (a == b)
            {
                return first;
            }

            double mean = 0.5 * (a + b);
            return SensorReading.Valid(CoreMath.Max(mean, CoreMath.Max(a, b) - MaxBelowHotterC));
        }

        /// <summary>
        /// The hotter trusted reading, °C (with one trusted reading, that one; with none, invalid): what the
        /// over-temperature limit, the burn dose and the "pad hot" indicator judge, so that a sensor reading low
        /// never hides heat from them.
        /// </summary>
        public static SensorReading Hotter(SensorReading first, SensorReading second)
        {
            if (!first.IsValid)
            {
                return second;
            }

            if (!second.IsValid)
            {
                return first;
            }

            return second.TemperatureC > first.TemperatureC ? second : first;
        }
    }
}
