namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The room the energy and envelope checks judge the pair against (<see cref="SensorDetachedCheck"/>, <see cref="HeatBalanceCheck"/>,
    /// <see cref="HeatEnergyCheck"/>; session 31). It starts as the lowest trusted reading since power-on — what those checks took for the
    /// room before, right for a pad that rested in its room — and only ever rises from there toward the air, on one piece of evidence: a
    /// pad left unheated long enough for its core to have settled into its surface (<see cref="QuietS"/>) whose reading then still rises
    /// (<see cref="WarmingC"/>) is being warmed from outside, by air warmer than the lowest reading (a pad switched on cold: stored in a cold
    /// car or hall and brought into a warm room; docs/safety.md, session 30, "A pad switched on cold"). The estimate is then the smoothed
    /// reading, which is under every reading that is rising, so never above what the pad itself showed.
    /// <para>Too warm an estimate makes those checks stricter (less loss excused: false trips in normal life), too cold is the lowest
    /// reading's behaviour; so the estimate moves only up from the lowest reading, never over <see cref="RoomReadingCheck.MaxRoomC"/>, and a
    /// quiet warming that passes that ceiling is taken for a body warming the pad (34 °C), not the air: the raise is withdrawn and the quiet
    /// stretch starts again. A body on an
    /// unheated pad in a cold room that warms it less than that still raises the estimate past the air (the residual of this evidence;
    /// docs/safety.md, session 31). <see cref="RoomReadingCheck"/> keeps the lowest reading: given the true room it takes a cold pad heating
    /// up for a reading stuck at the room (session 30's oracle).</para>
    /// Constant work per reading; nothing is allocated after construction.
    /// </summary>
    public sealed class RoomAirEstimate
    {
        /// <summary>
        /// Seconds with no heat applied before a rise of the reading counts as warming from outside, 900 s: the shipped pads' core time
        /// constant, core capacity over its conductances, is 11–211 s (thick-slow 400 J/K over 1.9 W/K), and after 900 s of the longest
        /// (4.3 of them) the heat still in its core lifts the surface by under 0.2 °C (after full power: 80 W / 1.9 W/K ≈ 42 K of core
        /// excess × e^-4.3 × 400 / 1,400 J/K), under <see cref="WarmingC"/>. The sensor lag (8–40 s) is inside it.
        /// </summary>
        public const double QuietS = 900.0;

        /// <summary>
        /// Rise of the smoothed reading over its lowest since <see cref="QuietS"/> was reached that shows the pad warming from outside,
        /// 0.5 °C (eight DS18B20 steps, <see cref="HeatBalanceCheck.MinRiseC"/>: under it the noise's).
        /// </summary>
        public const double WarmingC = 0.5;

        /// <summary>Time constant of the smoothing of the reading, 30 s (noise σ ≤ 0.05 °C and the 1/16 °C steps smooth to under 0.02 °C; under the design range's slowest lag, 40 s).</summary>
        public const double SmoothingS = 30.0;

        // Absolute zero: no raise yet (under every reading the plausibility check trusts).
        private const double NoRaiseC = -273.15;

        private bool _hasLowest;
        private double _lowestC;
        private double _raisedC;
        private double _smoothC;
        private double _quietS;
        private double _quietLowC;

        /// <summary>True once a trusted reading was given.</summary>
        public bool HasRoom
        {
            get { return _hasLowest; }
        }

        /// <summary>The lowest trusted reading since power-on, °C (what the checks took for the room before session 31).</summary>
        public double LowestC
        {
            get { return _lowestC; }
        }

        /// <summary>The estimate of the air, °C: <see cref="LowestC"/>, or the quiet pad's warmed reading where that is higher.</summary>
        public double RoomC
        {
            get { return _hasLowest && _raisedC > _lowestC ? _raisedC : _lowestC; }
        }

        /// <summary>
        /// One trusted reading: <paramref name="temperatureC"/>, the fused reading, °C (not finite: ignored); <paramref name="dtS"/>, seconds
        /// since the last trusted one (≥ 0; otherwise none); <paramref name="dutyFraction"/>, the mean duty applied over them (0..1; any
        /// heat, however little, restarts the quiet stretch).
        /// </summary>
        public void Update(double temperatureC, double dtS, double dutyFraction)
        {
            if (!CoreMath.IsFinite(temperatureC))
            {
                return;
            }

            double stepS = dtS > 0.0 ? dtS : 0.0;
            if (!_hasLowest)
            {
                _hasLowest = true;
                _lowestC = temperatureC;
                _raisedC = NoRaiseC;
                _smoothC = temperatureC;
                _quietS = 0.0;
                return;
            }

            if (temperatureC < _lowestC)
            {
                _lowestC = temperatureC;
            }

            _smoothC += (temperatureC - _smoothC) * (stepS / (SmoothingS + stepS));
            if (dutyFraction > 0.0)
            {
                _quietS = 0.0;
                return;
            }

            bool settledBefore = _quietS >= QuietS;
            _quietS += stepS;
            if (_quietS < QuietS)
            {
                return;
            }

            if (!settledBefore || _smoothC < _quietLowC)
            {
                _quietLowC = _smoothC;
            }

            if (_smoothC > RoomReadingCheck.MaxRoomC)
            {
                // Warmer than any room the checks trust: a body under the pad (or a room past their range). Nothing of it is the air.
                _raisedC = NoRaiseC;
                _quietS = 0.0;
                return;
            }

            if (_smoothC >= _quietLowC + WarmingC && _smoothC > _raisedC)
            {
                _raisedC = _smoothC;
            }
        }
    }
}
