namespace HeatPadFirmware.Core
{
    /// <summary>
    /// An ACTIVE test of a reading that has not changed by one bit while heat went in. In the hold band a
    /// frozen reading and perfect control look the same from outside (review finding 6: a quiet DS18B20 on a
    /// held pad sits on one 1/16 °C step for minutes), so <see cref="FrozenReadingCheck"/> cannot judge it
    /// there. The supervisor has the last word on the duty, so it asks the pad: after
    /// <see cref="ProbeAfterS"/> of a bit-identical reading with heat going in, the duty is held at 0
    /// (<see cref="HoldsDutyAtZero"/>) until the reading moves. A real pad cools without heat and a real
    /// sensor shows it within its lag; a reading that still has not moved after <see cref="ProbeMaxS"/>
    /// without heat is frozen. Heat stops within <see cref="ProbeAfterS"/> of any freeze by construction (the
    /// issue asks for 2 minutes); a working quiet sensor costs only the dip of one DS18B20 step. Time and work
    /// count only while heat is wanted, and carry across the stretches without heat: only a change of the
    /// reading restarts them, so the heat a frozen reading lets through does not depend on how the session is
    /// cut into phases.
    /// </summary>
    public sealed class FrozenReadingProbe
    {
        /// <summary>
        /// Bit-identical time with heat going in that starts the probe, 90 s: 120 conversions at 750 ms without
        /// one LSB of change. Heat stops within 2 minutes of a freeze (issue 4) with 30 s to spare. Each probe costs
        /// a noiseless sensor on a held pad one dip (simulated, 40 min holds on the shipped pads: mean surface error
        /// up to +0.3 °C on the slowest pads, nothing at the bench's 0.03 °C noise); 60 s doubled that cost.
        /// </summary>
        public const double ProbeAfterS = 90.0;

        /// <summary>Heater work in the frozen span that makes a probe worth its dip, 2 full-power seconds (Σ duty·Δt): without heat a frozen reading is harmless.</summary>
        public const double MinWorkS = 2.0;

        /// <summary>
        /// Longest probe, 240 s without heat: the slowest shipped pad (folded-covered, 2500 J/K surface, 15 s
        /// sensor lag) held at 38 °C must cool by one 1/16 °C step at the sensor in this time, core heat
        /// draining into the surface first. A frozen reading is already harmless during the probe; this only
        /// decides when the user is told.
        /// </summary>
        public const double ProbeMaxS = 240.0;

        private bool _hasLast;
        private double _lastC;
        private double _frozenS;
        private double _frozenWorkS;
        private bool _probing;
        private double _probeS;

        /// <summary>True while the probe holds the duty at 0 to see the reading move.</summary>
        public bool HoldsDutyAtZero
        {
            get { return _probing; }
        }

        /// <summary>
        /// Feeds one trusted reading (°C), the seconds since the last trusted one (≥ 0), the mean duty applied
        /// over them (0..1) and whether heat is wanted. True when the reading did not move during a whole probe.
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, bool heatWanted)
        {
            if (!_hasLast || temperatureC != _lastC)
            {
                _hasLast = true;
                _lastC = temperatureC;
                _frozenS = 0.0;
                _frozenWorkS = 0.0;
                _probing = false;
                return false;
            }

            if (!heatWanted)
            {
                // No heat flows, so nothing to hold and nothing to count; but the evidence stays. A reading that stays
                // bit-identical through a cool-down, an off press or a cleared fault (where a real pad cools and its
                // sensor shows it) is no less frozen when heat comes back: restarting here let repeated 1-min heat
                // phases heat a frozen reading's pad without end (session 2 review, contrast phases).
                return false;
            }

            if (_probing)
            {
                _probeS += dtS;
                return _probeS >= ProbeMaxS;
            }

            _frozenS += dtS;
            _frozenWorkS += dtS * HeaterDutyLimits.Clamp(dutyFraction);
            if (_frozenS >= ProbeAfterS && _frozenWorkS >= MinWorkS)
            {
                _probing = true;
                _probeS = 0.0;
            }

            return false;
        }

        /// <summary>Forgets the history and ends any probe (a cleared fault: the clear itself asks for a changed reading after a frozen one).</summary>
        public void Reset()
        {
            _hasLast = false;
            _probing = false;
            _frozenS = 0.0;
            _frozenWorkS = 0.0;
        }
    }
}
