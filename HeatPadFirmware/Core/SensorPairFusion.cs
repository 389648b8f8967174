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
    /// from the first. A sensor that reads low is dangerous, one that reads high only under-heats: past a disagreement
    /// of <see cref="HotterAboveC"/> the fused reading IS the hotter one, so a loosening sensor is outvoted within a
    /// degree and the pad is regulated on the sensor still on it. Within <see cref="MeanBelowC"/> the two are the same
    /// measurement and their mean halves the noise power without a bias (the hotter of two equal noisy readings would
    /// read about 0.56 σ high and hold the pad that much low); in between the mean blends linearly toward the hotter, so
    /// the controller sees no step when a sensor starts to drift off.</para>
    /// <para>Given two identical readings every output equals that reading: a pad with its sensors in agreement
    /// behaves exactly as with one.</para>
    /// </summary>
    public static class SensorPairFusion
    {
        /// <summary>
        /// Readings this close (°C, ≥ 0) are averaged: 0.5 °C is the DS18B20's stated accuracy from −10 to +85 °C
        /// (datasheet ±0.5 °C), within which two good sensors may differ for no reason at all.
        /// </summary>
        public const double MeanBelowC = 0.5;

        /// <summary>
        /// Readings this far apart or more (°C, &gt; <see cref="MeanBelowC"/>) give the hotter: 1.0 °C is the most two
        /// sensors within their ±0.5 °C accuracy may differ (datasheet), so a larger gap means one of them is not
        /// reading the pad, and only the hotter can be the one that is.
        /// </summary>
        public const double HotterAboveC = 1.0;

        /// <summary>
        /// The reading the controller and the model-based checks use, °C: the mean, the hotter, or a blend (see the
        /// class). With one trusted reading, that one; with none, invalid.
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

            double hotter = a > b ? a : b;
            double gapC = a > b ? a - b : b - a;
            double mean = 0.5 * (a + b);
            double weight = (gapC - MeanBelowC) / (HotterAboveC - MeanBelowC);
            weight = weight < 0.0 ? 0.0 : (weight > 1.0 ? 1.0 : weight);
            return SensorReading.Valid(mean + weight * (hotter - mean));
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
