namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The second rule of <see cref="SensorAgreementCheck"/>: while heat is wanted, the hotter sensor has risen since
    /// the start of this heat stretch and the cooler one has not risen over the room with it → a sensor off the pad.
    /// A sensor on the pad rises with the heat whatever the body, the air or a cold pack do to its pocket (it shares the
    /// element); one off the pad stays at the room. Unlike the gap rule it needs no grace at a heat start and no 9 °C
    /// gap, so a sensor that falls off a pad still near the room is named as soon as the other has risen a degree and a
    /// half (issue 4: no heat within 3 minutes of a detachment).
    /// <para>
    /// Each sensor's reading is smoothed (<see cref="SmoothingTimeConstantS"/>); its room is the lowest smoothed reading
    /// since power-on (its own, so two sensors' ±0.5 °C offsets do not matter), trusted up to <see cref="MaxRoomC"/>.
    /// The hotter's rise is counted from its lowest smoothed reading since this heat stretch began (proof that heat
    /// reaches the pad now, not the warmth of an earlier stretch); the cooler's rise is counted over its room (so a
    /// pocket that cooled when the body or the air took it, on a pad that had been warm, still counts the heat it
    /// holds). Time with the hotter risen by <see cref="MinHotterRiseC"/> or more and the cooler's rise under
    /// <see cref="MaxRiseShare"/> of it counts up, time judged otherwise counts down, time not judged (no heat, a
    /// sensor not trusted this tick, a room over <see cref="MaxRoomC"/>) holds, and a cooler sensor that rises
    /// <see cref="MaxCoolerRiseWhileCountedC"/> over its lowest while counted starts the count again (something warms
    /// it); <see cref="ConfirmS"/> latches.
    /// </para>
    /// Measured (faults campaign seed 1, sensor 1 detached at 60/300/600/1800 s on every shipped pad and level): named in
    /// 68 s median, 108 s worst (session 5, the gap rule alone: 72 s, 508 s); no normal-life session latches it.
    /// Nothing is allocated after construction.
    /// </summary>
    public sealed class SensorRiseCheck
    {
        /// <summary>
        /// Time constant of each sensor's smoothed reading, 10 s: the campaign's sensor noise (0.03–0.04 °C) and the
        /// 1/16 °C steps shrink to about 0.01 °C, so the lowest smoothed value since power-on lies within a few hundredths
        /// of the room; it delays a detached sensor's fall by about 10 s, against the sensor's own 10–40 s lag.
        /// </summary>
        public const double SmoothingTimeConstantS = 10.0;

        /// <summary>
        /// Rise of the hotter sensor since the heat stretch began before anything is judged, 1.5 °C: 24 register
        /// steps, far past the smoothed noise. The slowest shipped pad under full power from the room (folded-covered,
        /// 2,500 J/K of bedding) gains it in about 125 s of heat (a sensor off it from the press is named 164 s after
        /// it: issue 4's 3 minutes; 2.0 °C took 189 s), usb-10w in free air (5–6 °C over the room at full power) in
        /// well under a minute. Below it a restart on a warm pad in its hold is not judged (the gap rule's).
        /// </summary>
        public const double MinHotterRiseC = 1.5;

        /// <summary>
        /// Largest share of the hotter's rise the cooler may have risen over its room and still count as off the pad,
        /// 0.15. The session 5 final review measured the cooler's rise over the room as a share of the hotter's in its
        /// two-zone model: detached ≈ 0, loosening 0.3, one pocket off the body 0.55–0.59, body contacts 2× apart 0.78,
        /// a cold pack left on one pocket through the heat 0.31. A mild loosening (0.3) is left to the gap rule.
        /// </summary>
        public const double MaxRiseShare = 0.15;

        /// <summary>
        /// Highest room estimate the rule trusts, 30 °C (<see cref="RoomReadingCheck.MaxRoomC"/>): a pad switched on warm
        /// takes its own warmth for the room until a sensor reads lower.
        /// </summary>
        public const double MaxRoomC = RoomReadingCheck.MaxRoomC;

        /// <summary>
        /// Judged time the condition must hold, 30 s. In the two-zone tests of normal use (shipped body pads, levels
        /// 1/3/5: a pocket beside the body, the user lying down 0–60 s after the press or before it, a cold pack or a
        /// 5 °C ice pack on one pocket in every contrast cool phase, sensor lags 0.67× and 2× the pad's) the count
        /// reached at most 14 s (usb-10w, one pocket beside the body: the body warms the other faster than its 10 W
        /// element), 4 s elsewhere; folded-covered at full power from the room is named within 3 minutes of a detachment.
        /// </summary>
        public const double ConfirmS = 30.0;

        /// <summary>
        /// How far the cooler sensor may rise over its lowest smoothed value while the time is counted, 0.125 °C (2
        /// register steps, about ten times the smoothed noise): a sensor off the pad stays at the room or falls to it;
        /// one in a pocket beside the body, heated by the element alone while the body warms the other pocket faster,
        /// creeps up and starts the count again (usb-10w: 2 W/K of body at 34 °C against a 10 W element, 0.03–0.1 °C/s
        /// once the element has warmed). Session 7 (the campaign's rooms drawn 16–26 °C): thick-slow with pocket 2 off
        /// the body from the press in a 16–18.4 °C room — the body warms pocket 1 2.8 °C in 90 s while thick-slow's element
        /// has warmed pocket 2's sensor 0.3–0.4 °C (share 0.10–0.14) — crept only 0.23 °C in the 30 s counted (0.008 °C/s)
        /// and latched 88–97 s in with 0.25 °C (campaign seeds 1–3: 2 of 1,200 pocket sessions with the drawn rooms, 11 with
        /// the room pinned at 16 °C); with 0.125 none latches, and every faults row that a detached sensor names (seed 1)
        /// is unchanged: a detached sensor never creeps.
        /// </summary>
        public const double MaxCoolerRiseWhileCountedC = 0.125;

        private const int SensorCount = 2;

        private readonly bool[] _hasSmoothed = new bool[SensorCount];
        private readonly double[] _smoothedC = new double[SensorCount];
        private readonly double[] _sinceLastS = new double[SensorCount];
        private readonly double[] _roomC = new double[SensorCount];
        private readonly bool[] _hasStretchMin = new bool[SensorCount];
        private readonly double[] _stretchMinC = new double[SensorCount];
        private double _countS;
        private int _coolerLowIndex = -1;
        private double _coolerLowC;
        private double _hotterRiseC;
        private double _coolerRiseC;
        private bool _hasRoomShare;
        private double _roomShare;

        /// <summary>Judged seconds the condition has held so far, net of the time it did not (0..<see cref="ConfirmS"/>).</summary>
        public double CountedS
        {
            get { return _countS; }
        }

        /// <summary>The hotter sensor's smoothed rise since this heat stretch began, °C, on the last tick judged.</summary>
        public double HotterRiseC
        {
            get { return _hotterRiseC; }
        }

        /// <summary>The cooler sensor's smoothed rise over its room, °C, on the last tick judged (negative under it).</summary>
        public double CoolerRiseC
        {
            get { return _coolerRiseC; }
        }

        /// <summary>
        /// True when <see cref="RoomShare"/> is known: both sensors' rooms trusted (≤ <see cref="MaxRoomC"/>) and the hotter
        /// <see cref="MinHotterRiseC"/> or more over its room, on the last tick both were trusted.
        /// </summary>
        public bool HasRoomShare
        {
            get { return _hasRoomShare; }
        }

        /// <summary>
        /// The cooler sensor's smoothed rise over its room as a share of the hotter's over its own (meaningful when
        /// <see cref="HasRoomShare"/>): about 0 for a sensor off the pad, 0.3 for the campaign's loosened one, 0.39–0.59 for
        /// the open pocket of a folded pad, 0.55–0.59 for a pocket off the body (review 7, session 5 review).
        /// </summary>
        public double RoomShare
        {
            get { return _roomShare; }
        }

        /// <summary>
        /// One tick. <paramref name="first"/>, <paramref name="second"/>: the two readings trusted this tick (an invalid
        /// one judges nothing and leaves its smoothing waiting). <paramref name="dtS"/>: seconds since the last tick
        /// (≥ 0; the supervisor caps a late tick). <paramref name="heatWanted"/>: the session wants heat (a tick without it
        /// ends the heat stretch). True when the rule latches.
        /// </summary>
        public bool Update(SensorReading first, SensorReading second, double dtS, bool heatWanted)
        {
            if (!(dtS > 0.0))
            {
                dtS = 0.0;
            }

            Track(0, first, dtS, heatWanted);
            Track(1, second, dtS, heatWanted);
            if (!heatWanted || !first.IsValid || !second.IsValid)
            {
                return _countS >= ConfirmS;
            }

            int cooler = _smoothedC[0] <= _smoothedC[1] ? 0 : 1;
            int hotter = 1 - cooler;
            double hotterOverRoomC = _smoothedC[hotter] - _roomC[hotter];
            _hasRoomShare = _roomC[cooler] <= MaxRoomC && _roomC[hotter] <= MaxRoomC && hotterOverRoomC >= MinHotterRiseC;
            _roomShare = _hasRoomShare ? (_smoothedC[cooler] - _roomC[cooler]) / hotterOverRoomC : 0.0;
            if (_roomC[cooler] > MaxRoomC)
            {
                return _countS >= ConfirmS;
            }

            _hotterRiseC = _smoothedC[hotter] - _stretchMinC[hotter];
            _coolerRiseC = _smoothedC[cooler] - _roomC[cooler];
            if (_hotterRiseC >= MinHotterRiseC && _coolerRiseC < MaxRiseShare * _hotterRiseC)
            {
                _countS += dtS;
            }
            else
            {
                _countS = CoreMath.Max(0.0, _countS - dtS);
            }

            // A cooler sensor that rises while the time is counted is warmed by something: the count starts again.
            double coolerC = _smoothedC[cooler];
            if (_countS <= 0.0 || _coolerLowIndex != cooler || coolerC < _coolerLowC)
            {
                _coolerLowIndex = cooler;
                _coolerLowC = coolerC;
            }
            else if (coolerC > _coolerLowC + MaxCoolerRiseWhileCountedC)
            {
                _countS = 0.0;
                _coolerLowC = coolerC;
            }

            return _countS >= ConfirmS;
        }

        /// <summary>
        /// Forgets the heat stretch and the time counted (after a cleared fault). The rooms are kept until power-off:
        /// they are what the sensors read with nothing warming them, not a judgement.
        /// </summary>
        public void Reset()
        {
            for (int i = 0; i < SensorCount; i++)
            {
                _hasStretchMin[i] = false;
            }

            _countS = 0.0;
            _coolerLowIndex = -1;
            _hotterRiseC = 0.0;
            _coolerRiseC = 0.0;
        }

        // Smooths sensor i's trusted reading over the time since its last one, and keeps its room and its stretch minimum.
        private void Track(int i, SensorReading reading, double dtS, bool heatWanted)
        {
            _sinceLastS[i] += dtS;
            if (!heatWanted)
            {
                _hasStretchMin[i] = false;
            }

            if (!reading.IsValid)
            {
                return;
            }

            double c = reading.TemperatureC;
            if (!_hasSmoothed[i])
            {
                _hasSmoothed[i] = true;
                _smoothedC[i] = c;
                _roomC[i] = c;
            }
            else
            {
                double spanS = _sinceLastS[i];
                _smoothedC[i] += (c - _smoothedC[i]) * (spanS / (SmoothingTimeConstantS + spanS));
                if (!heatWanted)
                {
                    // The room is what a sensor reads with nothing warming it: learned only without heat (review 7: usb-10w
                    // switched on warm, its pocket off the body cooling while heated, took the falling reading for its room
                    // and latched 134-137 s in).
                    _roomC[i] = CoreMath.Min(_roomC[i], _smoothedC[i]);
                }
            }

            _sinceLastS[i] = 0.0;
            if (heatWanted && (!_hasStretchMin[i] || _smoothedC[i] < _stretchMinC[i]))
            {
                _hasStretchMin[i] = true;
                _stretchMinC[i] = _smoothedC[i];
            }
        }
    }
}
