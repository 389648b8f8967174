namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Latched faults. The number is also the fault LED's blink count, so it is stable: add new codes
    /// at the end.
    /// </summary>
    public enum FaultCode
    {
        /// <summary>No fault.</summary>
        None = 0,

        /// <summary>The reading passed <see cref="SafetyLimits.OverTemperatureC"/>.</summary>
        OverTemperature = 1,

        /// <summary><see cref="SafetyLimits.SensorLostConsecutiveReads"/> invalid reads in a row.</summary>
        SensorLost = 2,

        /// <summary>The configuration failed its range check at start-up: the pad refuses to heat.</summary>
        InvalidConfiguration = 3,
    }

    /// <summary>Protocol names of <see cref="FaultCode"/>.</summary>
    public static class FaultCodeNames
    {
        /// <summary>"over_temperature", "sensor_lost", "invalid_configuration", or "none".</summary>
        public static string Of(FaultCode fault)
        {
            switch (fault)
            {
                case FaultCode.OverTemperature:
                    return "over_temperature";
                case FaultCode.SensorLost:
                    return "sensor_lost";
                case FaultCode.InvalidConfiguration:
                    return "invalid_configuration";
                default:
                    return "none";
            }
        }

        /// <summary>
        /// True when a long press of power may clear the fault (with a valid reading below
        /// <see cref="SafetyLimits.FaultClearBelowC"/>). A bad configuration cannot be cleared by a press.
        /// </summary>
        public static bool IsClearableByUser(FaultCode fault)
        {
            return fault == FaultCode.OverTemperature || fault == FaultCode.SensorLost;
        }
    }
}
