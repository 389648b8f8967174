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
    /// before that. Until the reading has once left the room band under heat, the work is counted since power-on
    /// instead (a heat-up cut short by an off press and restarted still owes the reading its degree), forgotten
    /// while no heat is wanted at the fastest rate a shipped pad loses its stored heat (<see cref="UnseenForgetS"/>).
    /// A reading that never moved is as much an open element as a detached sensor: such a trip sets
    /// <see cref="NeverMoved"/>, and the supervisor names it heating_failed as the heating watch
    /// (<see cref="HeatingFailedCheck"/>) would, only sooner (its 240 s window let a sensor that fell off in the
    /// first minute of a heat-up heat a folded pad unseen for 241 s; issue 4 asks under 180 s).
    /// </summary>
    public sealed class RoomReadingCheck
    {
        /// <summary>Band above the room in which a reading counts as "at the room", 1.0 °C: 16 DS18B20 steps, 20× the noise σ.</summary>
        public const double NearRoomC = 1.0;

        /// <summary>
        /// Work bound before this pad's first heat-up was seen, and cap of the learned bound, 160 full-power
        /// seconds: 1.43× the slowest shipped pad (folded-covered at 10.8 V needs 112 s of full power to move its
        /// reading 1 °C from the room, simulated), and with the ticks before the cut-off opens still under issue 4's
        /// 3 minutes of unseen heat (180 s here gave 182 s of heat after a restart).
        /// </summary>
        public const double DefaultMaxWorkS = 160.0;

        /// <summary>
        /// Time constant, s, with which work counted before the reading ever moved is forgotten while no heat is
        /// wanted, 50 s: the fastest loss of stored heat of the shipped pads (usb-10w: 120 J/K over 2.3 W/K to body
        /// and room, 52 s; strong-60w 62 s, nominal-12v 89 s). Forgetting faster than any pad cools keeps the count
        /// under the heat the pad still holds, so a restart never owes less than a real pad needs.
        /// </summary>
        public const double UnseenForgetS = 50.0;

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
        private double _unseenWorkS;
        private bool _neverMoved;

        /// <summary>True when the last trip came before the reading had ever left the room band under heat (an open element looks the same).</summary>
        public bool NeverMoved
        {
            get { return _neverMoved; }
        }

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
                ForgetUnseen(dtS);
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

            if (!_heatSeen)
            {
                // Until this pad has shown its heat at the sensor, the work is counted since power-on (less what
                // the heat-off stretches forgot): a heat-up cut short by an off press gave the pad its heat already.
                _unseenWorkS += workS;
                if (_roomC <= MaxRoomC && _unseenWorkS >= _maxWorkS)
                {
                    _neverMoved = true;
                    return true;
                }

                return false;
            }

            if (!atRoom || _roomC > MaxRoomC)
            {
                _workS = 0.0;
                return false;
            }

            _workS += workS;
            if (_workS >= _maxWorkS)
            {
                _neverMoved = false;
                return true;
            }

            return false;
        }

        /// <summary>
        /// Forgets the work counted since heat started; the room, the learned bound and the work counted before the
        /// reading ever moved stay (the last is forgotten only as the pad cools, while no heat is wanted).
        /// </summary>
        public void Reset()
        {
            _workS = 0.0;
            _learning = false;
            _lastHeatWanted = false;
        }

        private void ForgetUnseen(double dtS)
        {
            // First-order loss of the stored heat, at the fastest shipped pad's rate (UnseenForgetS); a long gap forgets all.
            double share = dtS / UnseenForgetS;
            _unseenWorkS = share >= 1.0 ? 0.0 : _unseenWorkS * (1.0 - share);
        }
    }
}
