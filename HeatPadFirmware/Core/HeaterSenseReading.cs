namespace HeatPadFirmware.Core
{
    /// <summary>
    /// One tick's heater current and supply voltage from the current-sense amplifier and the supply divider
    /// (hardware/README.md, "Heater current and supply sense"): valid with both values, or invalid (the ADC
    /// read failed). The reading covers the end of the interval since the last tick, over which the duty of the
    /// previous tick was applied (the RC filter's 100 ms time constant averages the 200 Hz PWM).
    /// </summary>
    public struct HeaterSenseReading
    {
        /// <summary>True when <see cref="CurrentA"/> and <see cref="SupplyV"/> hold real readings.</summary>
        public readonly bool IsValid;

        /// <summary>Mean heater current, A (0 with no heat; about 0..12 A is what the board can measure). Meaningful only when <see cref="IsValid"/>.</summary>
        public readonly double CurrentA;

        /// <summary>Supply voltage at the heater connector, V (design 10.8..13.2 V; the divider measures 0..20 V). Meaningful only when <see cref="IsValid"/>.</summary>
        public readonly double SupplyV;

        private HeaterSenseReading(bool isValid, double currentA, double supplyV)
        {
            IsValid = isValid;
            CurrentA = currentA;
            SupplyV = supplyV;
        }

        /// <summary>A valid reading. A non-finite value makes the reading invalid.</summary>
        public static HeaterSenseReading Valid(double currentA, double supplyV)
        {
            if (!CoreMath.IsFinite(currentA) || !CoreMath.IsFinite(supplyV))
            {
                return new HeaterSenseReading(false, 0.0, 0.0);
            }

            return new HeaterSenseReading(true, currentA, supplyV);
        }

        /// <summary>A failed read: the core allows no heat on it.</summary>
        public static HeaterSenseReading Invalid
        {
            get { return new HeaterSenseReading(false, 0.0, 0.0); }
        }
    }
}
