namespace HeatPadFirmware.Core
{
    /// <summary>The heater duty limits, in one place; nothing else clamps the duty differently.</summary>
    public static class HeaterDutyLimits
    {
        /// <summary>Lowest duty: 0, heater off.</summary>
        public const double MinDutyFraction = 0.0;

        /// <summary>Highest duty the controller may ask for: 1.0, the heater's full rated power.</summary>
        public const double MaxDutyFraction = 1.0;

        /// <summary>Clamps a requested duty into [<see cref="MinDutyFraction"/>, <see cref="MaxDutyFraction"/>]; NaN → 0.</summary>
        public static double Clamp(double dutyFraction)
        {
            return CoreMath.Clamp(dutyFraction, MinDutyFraction, MaxDutyFraction);
        }
    }
}
