namespace HeatPadFirmware.Core
{
    /// <summary>
    /// A reading frozen bit-for-bit while the heater works: a stuck sensor or driver returning a cached
    /// value (Marlin guards the same with its variance monitor, heater-safety reference). A real DS18B20 on a
    /// heated pad changes its 1/16 °C register within seconds (noise σ 0.03–0.04 °C on the shipped pads), so a
    /// value held unchanged for minutes while energy goes in cannot be a measurement.
    /// </summary>
    public sealed class FrozenReadingCheck
    {
        /// <summary>
        /// Heater work, in full-power seconds (Σ duty·Δt), that a frozen reading may absorb: 40 s. With the
        /// shortest span <see cref="MinFrozenS"/> this is "mean duty ≥ 0.67 for a minute".
        /// </summary>
        public const double MaxFrozenDutyS = 40.0;

        /// <summary>Shortest frozen span that may trip, 60 s: 80 readings at 750 ms without one LSB of change.</summary>
        public const double MinFrozenS = 60.0;

        /// <summary>
        /// Longest frozen span while any heat goes in (≥ <see cref="AnyHeatDutyS"/>), 100 s: the issue asks
        /// for no heat within 2 minutes of a freeze whatever the duty.
        /// </summary>
        public const double MaxFrozenS = 100.0;

        /// <summary>Heater work that counts as "heat goes in" for <see cref="MaxFrozenS"/>, 5 full-power seconds.</summary>
        public const double AnyHeatDutyS = 5.0;

        private bool _hasLast;
        private double _lastC;
        private double _frozenS;
        private double _frozenDutyS;

        /// <summary>
        /// Feeds one trusted reading with the time since the last one (<paramref name="dtS"/>, ≥ 0) and the
        /// duty that was applied over it. True when the reading is frozen beyond the limits.
        /// </summary>
        public bool Update(double temperatureC, double dtS, double lastDutyFraction)
        {
            if (!_hasLast || temperatureC != _lastC)
            {
                _hasLast = true;
                _lastC = temperatureC;
                _frozenS = 0.0;
                _frozenDutyS = 0.0;
                return false;
            }

            _frozenS += dtS;
            _frozenDutyS += dtS * HeaterDutyLimits.Clamp(lastDutyFraction);
            if (_frozenS >= MinFrozenS && _frozenDutyS >= MaxFrozenDutyS)
            {
                return true;
            }

            return _frozenS >= MaxFrozenS && _frozenDutyS >= AnyHeatDutyS;
        }

        /// <summary>Forgets the history.</summary>
        public void Reset()
        {
            _hasLast = false;
            _frozenS = 0.0;
            _frozenDutyS = 0.0;
        }
    }
}
