namespace HeatPadFirmware.Tests.Review17a
{
    /// <summary>How the board's heater sense is calibrated.</summary>
    public enum SenseCalibration
    {
        /// <summary>The run seed's own sense (seed 11: the lead's tests' sense; it reads the element's power about 14 % low).</summary>
        Seed11,

        /// <summary>Reads the power highest: chip Vref 1.0 V, current and supply gains the highest of 20,000 seeds (about +23 %: 1.21 × 1.02).</summary>
        ReadsHigh,

        /// <summary>Reads the power lowest: chip Vref 1.2 V, current and supply gains the lowest of 20,000 seeds (about −18 %: 0.84 × 0.98).</summary>
        ReadsLow,
    }
}
