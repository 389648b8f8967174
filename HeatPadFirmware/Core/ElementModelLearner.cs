namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Learns the heating element's own heat balance from the element sensor (a DS18B20 bonded to the element, session 18)
    /// and the measured heater power, at a cold start: the element's capacity C (J/K) and its conductance G_cs (W/K) to the
    /// surface, with its conductance to the room taken as <see cref="RoomShare"/> × G_cs (not learned). The model over the first
    /// <see cref="WindowS"/> s of heat from rest: C·dT_e/dt = P − G_cs·[(T_e − T_pair) + <see cref="RoomShare"/>·(T_e − T_start)],
    /// T_pair the hotter surface reading, T_start the element's reading at the start (the room at a cold start); integrated,
    /// rise(t) = E(t)/C − (G_cs/C)·∫[...] dt + c, E the energy delivered (J), c an intercept that takes the sensor's offset at
    /// the start and its lag (a first-order lag L under a steady power turns into the constant −L·P/C to first order). A
    /// least-squares fit of the three by running sums (no sample is stored; constant work per tick). A fit is adopted only
    /// when it is plausible (<see cref="MinRiseC"/>, the ranges below, the residual under <see cref="MaxResidualC"/>);
    /// otherwise the learner waits for the next cold start and the witness stays unlearned (it judges nothing). Scaling
    /// errors of the power sense (the ADC's Vref) scale C and G_cs alike and cancel in the witness's estimate. Measured errors
    /// and the limits of the form (the pair is the fit's surface; a warm start cannot be told from a cold one): docs/safety.md
    /// "Session 18: the element witness built". Allocates nothing.
    /// </summary>
    public sealed class ElementModelLearner
    {
        /// <summary>Seconds of heat the fit covers, s (90: the family's fast time constants are 11–270 s; 90 s shows the curvature of all but the slowest while the surface has risen only a few °C).</summary>
        public const double WindowS = 90.0;

        /// <summary>Seconds at the start of the window left out of the sums, s (20: twice the bonded sensor's slowest lag, 10 s, so its transient is over).</summary>
        public const double SkipS = 20.0;

        /// <summary>
        /// Largest distance between the element's reading and the hotter surface reading at a heat start for it to count as
        /// cold, °C (1.5: three DS18B20s within ±0.5 °C each of one temperature; a warm element after a session reads further
        /// over the surface).
        /// </summary>
        public const double ColdAgreementC = 1.5;

        /// <summary>Band the element's reading must stay within to count as at rest, °C (0.25: four 1/16 °C steps of noise).</summary>
        public const double RestBandC = 0.25;

        /// <summary>Seconds at rest (within <see cref="RestBandC"/>) before a heat start counts as cold, after the first heat since power-on, s (300: a pad left off five minutes; the first heat since power-on counts by itself).</summary>
        public const double RestS = 300.0;

        /// <summary>
        /// The element's conductance to the room as a share of its conductance to the surface, fraction (0.2: the heater-safety
        /// reference's first-principles estimate is 0.5 / 2.0 W/K = 0.25 and the shipped pads run 0.06–0.27; fitting it too was
        /// tried and is ill-conditioned over a 90 s window, docs/safety.md "Session 18"). Fixed, not learned.
        /// </summary>
        public const double RoomShare = 0.2;

        /// <summary>Least rise of the element over the window for a fit to be judged, °C (3: 48 steps of 1/16 °C).</summary>
        public const double MinRiseC = 3.0;

        /// <summary>Largest RMS residual of an adopted fit, °C (0.3: the sensor's noise and steps are under 0.1 °C; a fit missing by more did not see this model).</summary>
        public const double MaxResidualC = 0.3;

        /// <summary>Plausible capacity range, J/K (10–3,000: the family's 40–400 J/K with room for larger elements).</summary>
        public const double MinCapacityJPerK = 10.0;

        /// <summary>Upper end of the plausible capacity range, J/K.</summary>
        public const double MaxCapacityJPerK = 3000.0;

        /// <summary>Plausible conductance range, W/K (0.2–30: the family's 1.45–5.3 W/K).</summary>
        public const double MinConductanceWPerK = 0.2;

        /// <summary>Upper end of the plausible conductance range, W/K.</summary>
        public const double MaxConductanceWPerK = 30.0;

        private bool _learned;
        private bool _learning;
        private bool _heatedSincePowerOn;
        private double _capacityJPerK;
        private double _conductanceWPerK;
        private double _startC;
        private double _restC;
        private double _restS;
        private double _elapsedS;
        private double _energyJ;
        private double _overKs;
        private double _lastRiseC;
        private double _lastOverC;
        private ElementCalibration _calibration;

        // Running sums of the normal equations of rise = a·E − b·I + c: the products of the regressors (E, I, 1) in the order
        // EE, EI, E, II, I, n, then the products with the rise (E, I, 1) and the rise squared: one fixed array rather than ten
        // fields (nanoCLR: 8 bytes an element, 12 a field).
        private readonly double[] _sums = new double[SumCount];
        private const int SumCount = 10;

        /// <summary>True once a fit was adopted (kept until power-off).</summary>
        public bool Learned
        {
            get { return _learned; }
        }

        /// <summary>True while a cold start's window is being summed.</summary>
        public bool Learning
        {
            get { return _learning; }
        }

        /// <summary>Learned capacity of the element, J/K (meaningful when <see cref="Learned"/>).</summary>
        public double CapacityJPerK
        {
            get { return _capacityJPerK; }
        }

        /// <summary>Learned conductance of the element to the surface, W/K (meaningful when <see cref="Learned"/>; the pad model's G_cs).</summary>
        public double ConductanceWPerK
        {
            get { return _conductanceWPerK; }
        }

        /// <summary>The element's conductance to the room the witness assumes, W/K: <see cref="RoomShare"/> × <see cref="ConductanceWPerK"/> (the pad model's G_ca).</summary>
        public double RoomConductanceWPerK
        {
            get { return _calibration != null ? _calibration.RoomConductanceWPerK : RoomShare * _conductanceWPerK; }
        }

        /// <summary>
        /// The element sensor's lag behind the element the witness assumes, s: the calibration's when adopted, else
        /// <see cref="DefaultLagS"/>.
        /// </summary>
        public double ElementLagS
        {
            get { return _calibration != null ? _calibration.LagS : DefaultLagS; }
        }

        /// <summary>The element sensor's lag assumed without a calibration, s (6: the middle of the simulated bond's 2–10 s).</summary>
        public const double DefaultLagS = 6.0;

        /// <summary>True when a factory calibration was given (<see cref="Calibrate"/>), valid or not: the cold-start fit is not run.</summary>
        public bool Calibrated
        {
            get { return _calibration != null; }
        }

        /// <summary>True when the calibration given was out of its ranges (<see cref="ElementCalibration.IsValid"/>): never learned, the witness judges nothing.</summary>
        public bool CalibrationRejected
        {
            get { return _calibration != null && !_calibration.IsValid; }
        }

        /// <summary>
        /// Gives the pad's factory calibration (session 19; null: none, the cold-start fit runs). A valid one is adopted where
        /// the fit would begin: at a heat with a valid element reading and a known power, the first since power-on or after
        /// <see cref="RestS"/> s at rest, with the element within <see cref="ColdAgreementC"/> of the hotter pair reading (the
        /// element's reading then is the room reference, <see cref="StartC"/>); an invalid one is refused for good (<see cref="CalibrationRejected"/>): the witness then judges
        /// nothing. Call before the first tick; a call after the model was learned is ignored.
        /// </summary>
        public void Calibrate(ElementCalibration calibration)
        {
            if (_learned)
            {
                return;
            }

            _calibration = calibration;
        }

        /// <summary>The element's reading at the start of the adopted fit, °C: the room at a cold start (the reference of <see cref="RoomConductanceWPerK"/>).</summary>
        public double StartC
        {
            get { return _startC; }
        }

        /// <summary>
        /// One tick. <paramref name="elementValid"/>, <paramref name="elementC"/>: the element sensor's trusted reading, °C.
        /// <paramref name="powerKnown"/>, <paramref name="powerW"/>: the heater's mean power over the tick from a trusted sense, W (≥ 0).
        /// <paramref name="hotterValid"/>, <paramref name="hotterC"/>: the hotter of the pad's two surface readings, °C.
        /// <paramref name="dtS"/>: seconds since the last tick (0..5).
        /// </summary>
        public void Update(bool elementValid, double elementC, bool powerKnown, double powerW, bool hotterValid, double hotterC, double dtS)
        {
            if (_learned)
            {
                return;
            }

            if (!elementValid || !powerKnown)
            {
                _learning = false;
                _restS = 0.0;
                _restC = elementValid ? elementC : _restC;
                return;
            }

            bool heat = powerW > 0.0;
            if (!_learning)
            {
                if (heat)
                {
                    bool rested = !_heatedSincePowerOn || _restS >= RestS;
                    bool agrees = hotterValid && CoreMath.Abs(elementC - hotterC) <= ColdAgreementC;
                    _heatedSincePowerOn = true;
                    if (rested && agrees && _calibration != null)
                    {
                        AdoptCalibration(elementC);
                        return;
                    }

                    if (rested && agrees && _calibration == null)
                    {
                        Begin(elementC);
                    }
                }

                TrackRest(elementC, dtS);
                if (!_learning)
                {
                    return;
                }
            }

            Accumulate(elementC, powerW, hotterValid ? hotterC : _startC, dtS);
            TrackRest(elementC, dtS);
            if (_elapsedS >= WindowS)
            {
                _learning = false;
                Solve();
            }
        }

        // A factory calibration: adopted at a cold start (the first heat since power-on or after a rest, the element within
        // ColdAgreementC of the pair, as the fit's own start), the element's reading then taken as the room. The agreement
        // also keeps a bond that reads hot (or a sensor off the element) from being judged at all.
        private void AdoptCalibration(double elementC)
        {
            if (!_calibration.IsValid)
            {
                return;
            }

            _startC = elementC;
            _capacityJPerK = _calibration.CapacityJPerK;
            _conductanceWPerK = _calibration.ConductanceWPerK;
            _learned = true;
        }

        private void TrackRest(double elementC, double dtS)
        {
            if (CoreMath.Abs(elementC - _restC) > RestBandC || _learning)
            {
                _restC = elementC;
                _restS = 0.0;
                return;
            }

            _restS += dtS;
        }

        private void Begin(double elementC)
        {
            _learning = true;
            _startC = elementC;
            _elapsedS = 0.0;
            _energyJ = 0.0;
            _overKs = 0.0;
            _lastRiseC = 0.0;
            _lastOverC = 0.0;
            for (int k = 0; k < SumCount; k++)
            {
                _sums[k] = 0.0;
            }
        }

        private void Accumulate(double elementC, double powerW, double surfaceC, double dtS)
        {
            double rise = elementC - _startC;
            double over = (elementC - surfaceC) + (RoomShare * rise);
            _elapsedS += dtS;
            _energyJ += powerW * dtS;
            _overKs += 0.5 * (over + _lastOverC) * dtS;
            _lastRiseC = rise;
            _lastOverC = over;
            if (_elapsedS <= SkipS)
            {
                return;
            }

            double e = _energyJ;
            double i = _overKs;
            double[] m = _sums;
            m[0] += e * e;
            m[1] += e * i;
            m[2] += e;
            m[3] += i * i;
            m[4] += i;
            m[5] += 1.0;
            m[6] += rise * e;
            m[7] += rise * i;
            m[8] += rise;
            m[9] += rise * rise;
        }

        // Least squares of rise = a·E − b·I + c by the normal equations (Cramer's rule on the symmetric 3×3): C = 1/a, G_cs = b/a.
        private void Solve()
        {
            double[] m = _sums;
            double n = m[5];
            if (_lastRiseC < MinRiseC || n < 10.0)
            {
                return;
            }

            double det = CoreMath.Determinant3(m[0], m[1], m[2], m[1], m[3], m[4], m[2], m[4], n);
            if (!(CoreMath.Abs(det) > 0.0))
            {
                return;
            }

            double y0 = m[6];
            double y1 = m[7];
            double y2 = m[8];
            double a = CoreMath.Determinant3(y0, m[1], m[2], y1, m[3], m[4], y2, m[4], n) / det;
            double pb = CoreMath.Determinant3(m[0], y0, m[2], m[1], y1, m[4], m[2], y2, n) / det;
            double pc = CoreMath.Determinant3(m[0], m[1], y0, m[1], m[3], y1, m[2], m[4], y2) / det;
            double rss = m[9] - (a * y0) - (pb * y1) - (pc * y2);
            double meanSquare = rss > 0.0 ? rss / n : 0.0;
            if (!(a > 0.0) || meanSquare > MaxResidualC * MaxResidualC)
            {
                return;
            }

            double capacity = 1.0 / a;
            double conductance = -pb / a;
            if (capacity < MinCapacityJPerK || capacity > MaxCapacityJPerK || conductance < MinConductanceWPerK || conductance > MaxConductanceWPerK)
            {
                return;
            }

            _capacityJPerK = capacity;
            _conductanceWPerK = conductance;
            _learned = true;
        }
    }
}
