namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Burn dose at the skin as a fraction of the burn threshold, after Springborg et al. 2021
    /// (PLOS ONE 16(7):e0254790), a fit of Moritz &amp; Henriques (1947):
    /// <code>ln t_burn[s] = −28.3 · ln T[°C] + 116.4</code>
    /// (45 °C → about 97 min, 44 °C → about 3 h, 48 °C → about 16 min). The dose accumulates
    /// Σ Δt / t_burn(T) over the time spent at or above <see cref="DoseFloorC"/>, where the burn data start;
    /// 1.0 is the fitted threshold of a first-degree burn.
    /// </summary>
    public static class BurnDose
    {
        /// <summary>Below 43 °C no dose is counted: the burn data start there (Moritz &amp; Henriques; ISO 13732-1 quotes 43 °C for 8 h).</summary>
        public const double DoseFloorC = 43.0;

        /// <summary>Slope of the Springborg 2021 fit, ln s per ln °C.</summary>
        private const double FitSlope = -28.3;

        /// <summary>Intercept of the Springborg 2021 fit, ln s.</summary>
        private const double FitIntercept = 116.4;

        /// <summary>Time to the fitted burn threshold at a constant <paramref name="temperatureC"/> (≥ 1 °C), in seconds.</summary>
        public static double ThresholdSeconds(double temperatureC)
        {
            return CoreMath.Exp((FitSlope * CoreMath.Log(temperatureC)) + FitIntercept);
        }

        /// <summary>
        /// Dose added by <paramref name="dtS"/> seconds (≥ 0) at <paramref name="temperatureC"/>: 0 below
        /// <see cref="DoseFloorC"/>, else dtS / ThresholdSeconds(T).
        /// </summary>
        public static double Increment(double temperatureC, double dtS)
        {
            if (!(temperatureC >= DoseFloorC) || !(dtS > 0.0))
            {
                return 0.0;
            }

            return dtS / ThresholdSeconds(temperatureC);
        }
    }
}
