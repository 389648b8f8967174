using HeatPadFirmware.Core;

namespace HeatPadFirmware.Tests.Weak33
{
    /// <summary>
    /// The two figures of the withdrawn paced far fall's gate, kept for the findings that pin why it was withdrawn (session 33; docs/safety.md
    /// "Session 33: the paced far fall withdrawn"): far32 asked the pace of a pad whose learned full power was at most 20 W, weak33's form U
    /// only while its learned full-power ceiling was also under the burn dose's floor. Neither is in Core any more: a weak pad, by its power
    /// or by the ceiling its readings taught, is no pad that cannot burn (review 33a).
    /// </summary>
    public static class WeakPadGate
    {
        /// <summary>far32's weak pad: learned full power at most 20 W (its <c>WeakPadGate.FullPowerW</c>).</summary>
        public const double FullPowerW = 20.0;

        /// <summary>weak33's form U: a learned full-power ceiling under 43 °C, the burn dose's floor (its <c>PacedFarFallMaxCeilingC</c>).</summary>
        public const double CeilingC = BurnDose.DoseFloorC;
    }
}
