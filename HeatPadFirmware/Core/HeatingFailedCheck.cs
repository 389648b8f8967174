namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Heating failed: sustained power and no warming (an open element, a broken wire). Built like Marlin's
    /// and Klipper's heating watch (the reading must gain 2 °C every 40–60 s after a target rise,
    /// heater-safety reference) but with the window derived from the slowest shipped pad, and armed only
    /// where a warming is owed, so that a weak pad that plateaus below target at full power never trips:
    /// <list type="bullet">
    /// <item>A stretch of hard work (duty ≥ <see cref="HardDutyFraction"/>) arms the watch, unless the reading
    /// already sits at the level earlier full power proved to be this pad's plateau.</item>
    /// <item>While armed the reading must gain <see cref="GainC"/> over its lowest value within
    /// <see cref="WindowS"/> of hard work; then the watch disarms until the work stops.</item>
    /// <item>A disarmed stretch re-arms when the reading falls <see cref="RearmDropC"/> below its peak while
    /// the heater still works hard (the element opened mid-session).</item>
    /// </list>
    /// </summary>
    public sealed class HeatingFailedCheck
    {
        /// <summary>Duty that counts as hard work, 0.8: the old PID is at full power 4 °C below target, and a 20 % margin stays for a model controller trimming near its ceiling.</summary>
        public const double HardDutyFraction = 0.8;

        /// <summary>Gain owed by an armed watch, 1.0 °C: 16 LSB of the DS18B20, 20× the noise σ; Marlin and Klipper ask 2 °C of hotter, faster heaters.</summary>
        public const double GainC = 1.0;

        /// <summary>
        /// Hard-work seconds an armed watch waits for <see cref="GainC"/>, 240 s. The slowest shipped pad
        /// (thick-slow, 400 + 1000 J/K, 35 s sensor lag) gains 1 °C at the sensor in 151 s from 34 °C at
        /// 10.8 V; folded-covered in 133 s: 240 s is 1.6× that and gives a fault within the 5 min.
        /// </summary>
        public const double WindowS = 240.0;

        /// <summary>A stretch starting within 1.0 °C of a proven plateau owes no gain (a weak pad restarted at its ceiling).</summary>
        public const double PlateauMarginC = 1.0;

        /// <summary>Fall below the stretch's peak that re-arms a satisfied watch, 2.0 °C: more than noise and supply ripple, less than a pad falls toward skin temperature when its element opens.</summary>
        public const double RearmDropC = 2.0;

        private bool _inStretch;
        private bool _armed;
        private double _hardS;
        private double _lowestC;
        private double _peakC;
        private bool _hasPlateau;
        private double _plateauC;

        /// <summary>
        /// Feeds one trusted reading, the seconds since the last (≥ 0) and the duty applied over them, and
        /// whether heat is wanted. True when heating has failed.
        /// </summary>
        public bool Update(double temperatureC, double dtS, double lastDutyFraction, bool heatWanted)
        {
            if (!heatWanted || !(lastDutyFraction >= HardDutyFraction))
            {
                _inStretch = false;
                _armed = false;
                return false;
            }

            if (!_inStretch)
            {
                _inStretch = true;
                _peakC = temperatureC;
                Arm(temperatureC, !(_hasPlateau && temperatureC >= _plateauC - PlateauMarginC));
            }

            if (temperatureC > _peakC)
            {
                _peakC = temperatureC;
            }

            if (!_armed)
            {
                // Full power holding the reading here proves this pad reaches at least this far.
                if (!_hasPlateau || temperatureC > _plateauC)
                {
                    _hasPlateau = true;
                    _plateauC = temperatureC;
                }

                if (temperatureC <= _peakC - RearmDropC)
                {
                    _peakC = temperatureC;
                    Arm(temperatureC, true);
                }

                return false;
            }

            _hardS += dtS;
            if (temperatureC < _lowestC)
            {
                _lowestC = temperatureC;
            }

            if (temperatureC >= _lowestC + GainC)
            {
                _armed = false;
                return false;
            }

            return _hardS >= WindowS;
        }

        /// <summary>Forgets the history, the proven plateau included.</summary>
        public void Reset()
        {
            _inStretch = false;
            _armed = false;
            _hasPlateau = false;
        }

        private void Arm(double temperatureC, bool armed)
        {
            _armed = armed;
            _hardS = 0.0;
            _lowestC = temperatureC;
        }
    }
}
