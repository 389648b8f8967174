namespace HeatPadFirmware.Core
{
    /// <summary>
    /// A detached sensor reads the room. A sensor that falls off the pad settles at the room air, and heat going
    /// in then never moves it: the pad heats unseen (review finding 4: detached while off, 240 s of full power
    /// took strong-60w from 34 to 49 °C; detached during the heat-up, the reading fell back to the room and
    /// nothing tripped). The room is taken as the lowest trusted reading since power-on (the pad starts at rest;
    /// a detached sensor follows the room air down). While heat is wanted and the reading stays within
    /// <see cref="NearRoomC"/> of the room, the heater work (Σ duty·Δt) is counted; a real pad leaves that band
    /// after a bounded work. The bound is learned from this pad's own first heat-up from the room
    /// (<see cref="LearnedFactor"/> × its work + <see cref="LearnedMarginS"/>), and is <see cref="DefaultMaxWorkS"/>
    /// before that. The check watches only after the reading has once left the room band under heat: a reading
    /// that never moved since power-on is as much an open element as a detached sensor, and the heating watch
    /// (<see cref="HeatingFailedCheck"/>) names it.
    /// </summary>
    public sealed class RoomReadingCheck
    {
        /// <summary>Band above the room in which a reading counts as "at the room", 1.0 °C: 16 DS18B20 steps, 20× the noise σ.</summary>
        public const double NearRoomC = 1.0;

        /// <summary>
        /// Work bound before this pad's first heat-up was seen, 180 full-power seconds: 1.6× the slowest shipped
        /// pad (folded-covered at 10.8 V needs 112 s of full power to move its reading 1 °C from the room, simulated).
        /// </summary>
        public const double DefaultMaxWorkS = 180.0;

        /// <summary>Factor on the work this pad needed to leave the room band on its first heat-up, 2.</summary>
        public const double LearnedFactor = 2.0;

        /// <summary>Margin added to the learned bound, 20 full-power seconds (one sensor lag of the slowest shipped pad's 35 s, halved: the start of a heat-up is partly in the lag).</summary>
        public const double LearnedMarginS = 20.0;

        /// <summary>
        /// Highest room estimate the check trusts, 30 °C: a pad switched on warm (a restart after a session) takes
        /// its own warmth for the room, and holding at that reading would look like heat that shows nothing.
        /// </summary>
        public const double MaxRoomC = 30.0;

        private bool _hasRoom;
        private double _roomC;
        private double _workS;
        private bool _lastHeatWanted;
        private bool _heatSeen;
        private bool _learning;
        private double _learnWorkS;
        private bool _hasLearned;
        private double _maxWorkS = DefaultMaxWorkS;

        /// <summary>The work bound in force, full-power seconds (0..<see cref="DefaultMaxWorkS"/>).</summary>
        public double MaxWorkS
        {
            get { return _maxWorkS; }
        }

        /// <summary>
        /// Feeds one trusted reading (°C), the seconds since the last trusted one (≥ 0), the mean duty applied over
        /// them (0..1) and whether heat is wanted. True when heat went in with the reading stuck at the room.
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, bool heatWanted)
        {
            if (!_hasRoom || temperatureC < _roomC)
            {
                _hasRoom = true;
                _roomC = temperatureC;
            }

            bool atRoom = temperatureC <= _roomC + NearRoomC;
            double workS = dtS * HeaterDutyLimits.Clamp(dutyFraction);
            bool heatStarts = heatWanted && !_lastHeatWanted;
            _lastHeatWanted = heatWanted;
            if (!heatWanted)
            {
                _workS = 0.0;
                _learning = false;
                return false;
            }

            if (heatStarts && !_hasLearned && atRoom)
            {
                // The first heat-up is learned only when it starts from the room.
                _learning = true;
                _learnWorkS = 0.0;
            }

            if (_learning)
            {
                if (atRoom)
                {
                    _learnWorkS += workS;
                }
                else
                {
                    _learning = false;
                    _hasLearned = true;
                    double learnedS = (LearnedFactor * _learnWorkS) + LearnedMarginS;
                    _maxWorkS = learnedS < DefaultMaxWorkS ? learnedS : DefaultMaxWorkS;
                }
            }

            if (!atRoom && heatWanted)
            {
                _heatSeen = true;
            }

            // Until this pad has shown its heat at the sensor, a reading stuck at the room under power is as much
            // an open element as a detached sensor; the heating watch names it (HeatingFailedCheck).
            if (!atRoom || _roomC > MaxRoomC || !_heatSeen)
            {
                _workS = 0.0;
                return false;
            }

            _workS += workS;
            return _workS >= _maxWorkS;
        }

        /// <summary>Forgets the work counted since heat started; the room and the learned bound stay (they hold until power-off).</summary>
        public void Reset()
        {
            _workS = 0.0;
            _learning = false;
            _lastHeatWanted = false;
        }
    }
}
