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

        /// <summary>Readings out of range, the DS18B20 power-on value or jumps faster than a pad can change, <see cref="SafetyLimits.SensorLostConsecutiveReads"/> in a row (<see cref="PlausibilityCheck"/>).</summary>
        ImplausibleReading = 4,

        /// <summary>The reading stayed bit-for-bit the same while the heater worked (<see cref="FrozenReadingCheck"/>).</summary>
        FrozenReading = 5,

        /// <summary>No warming under sustained power: the element is open (<see cref="HeatingFailedCheck"/>).</summary>
        HeatingFailed = 6,

        /// <summary>The reading fell faster than the pad can cool: the sensor no longer sees the pad (<see cref="SensorDetachedCheck"/>).</summary>
        SensorDetached = 7,

        /// <summary>The reading rose with the duty at 0: the heater switch is shorted; only a power cycle clears it (<see cref="HeaterStuckOnCheck"/>).</summary>
        HeaterStuckOn = 8,

        /// <summary>More than <see cref="SafetyLimits.MaxHeatMinutesPerSession"/> minutes of heat in one session (<see cref="SessionHeatLimit"/>).</summary>
        SessionHeatLimit = 9,

        /// <summary>The burn dose since power-on reached its limit; heat stays capped until it decays (<see cref="BurnDoseLimiter"/>).</summary>
        BurnDoseLimit = 10,

        /// <summary>
        /// The power-on self-test (<see cref="SelfTest"/>) computed a different signature: this runtime does not
        /// compute what the PC tested, so the pad never heats until a power cycle passes the test.
        /// </summary>
        SelfTestFailed = 11,

        /// <summary>No heater current while the duty was high: the element or its connector is open (<see cref="HeaterCurrentCheck"/>).</summary>
        HeaterOpen = 12,

        /// <summary>The heater current/supply sense read invalid or impossible values: no heat without the witness (<see cref="HeaterCurrentCheck"/>).</summary>
        HeaterSenseFailed = 13,

        /// <summary>The supply was above <see cref="HeaterCurrentCheck.MaxSupplyV"/>: heat beyond the design (<see cref="HeaterCurrentCheck"/>).</summary>
        SupplyOutOfRange = 14,

        /// <summary>The pad's two sensors read apart by more than their accuracy and lag allow: one of them is off the pad (<see cref="SensorAgreementCheck"/>).</summary>
        SensorsDisagree = 15,

        /// <summary>The pad's two sensor readings followed a moving pad bit for bit: one sensor is being read into both slots (<see cref="SensorsIdenticalCheck"/>).</summary>
        SensorsIdentical = 16,
    }

    /// <summary>Protocol names of <see cref="FaultCode"/>.</summary>
    public static class FaultCodeNames
    {
        /// <summary>
        /// "over_temperature", "sensor_lost", "invalid_configuration", "implausible_reading", "frozen_reading",
        /// "heating_failed", "sensor_detached", "heater_stuck_on", "session_heat_limit", "burn_dose_limit", "self_test", "heater_open", "heater_sense_failed",
        /// "supply_out_of_range", "sensors_disagree", "sensors_identical", or "none".
        /// </summary>
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
                case FaultCode.ImplausibleReading:
                    return "implausible_reading";
                case FaultCode.FrozenReading:
                    return "frozen_reading";
                case FaultCode.HeatingFailed:
                    return "heating_failed";
                case FaultCode.SensorDetached:
                    return "sensor_detached";
                case FaultCode.HeaterStuckOn:
                    return "heater_stuck_on";
                case FaultCode.SessionHeatLimit:
                    return "session_heat_limit";
                case FaultCode.BurnDoseLimit:
                    return "burn_dose_limit";
                case FaultCode.SelfTestFailed:
                    return "self_test";
                case FaultCode.HeaterOpen:
                    return "heater_open";
                case FaultCode.HeaterSenseFailed:
                    return "heater_sense_failed";
                case FaultCode.SupplyOutOfRange:
                    return "supply_out_of_range";
                case FaultCode.SensorsDisagree:
                    return "sensors_disagree";
                case FaultCode.SensorsIdentical:
                    return "sensors_identical";
                default:
                    return "none";
            }
        }

        /// <summary>
        /// True when a long press of power may clear the fault (with a valid reading below
        /// <see cref="SafetyLimits.FaultClearBelowC"/>). A bad configuration cannot be cleared by a press,
        /// nor a stuck heater switch: the hardware is broken, only a power cycle (and a repair) may try again.
        /// Clearing the burn-dose fault does not clear the dose: heat stays capped until it decays. An open element,
        /// a failed sense or a high supply may be cleared (a reseated connector, a glitch): if the cause is still
        /// there the sense latches it again, and no heat flows on an untrusted sense meanwhile.
        /// </summary>
        public static bool IsClearableByUser(FaultCode fault)
        {
            return fault != FaultCode.None && fault != FaultCode.InvalidConfiguration && fault != FaultCode.HeaterStuckOn && fault != FaultCode.SelfTestFailed;
        }
    }
}
