namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Names one sensor read into both slots (<see cref="FaultCode.SensorsIdentical"/>): the device matching the same ROM
    /// code twice, a rediscovery that puts the first DS18B20 it finds in both slots, a driver that hands one conversion to
    /// both. The pair's protection rests on its two readings being two sensors (session 5 review, finding 1: one loosening
    /// sensor in both slots ran a folded pad to 71 °C with no fault, because <see cref="SensorAgreementCheck"/> saw two
    /// sensors in perfect agreement and every other witness learned from the loosening one).
    /// <para>Two DS18B20s cannot follow a moving pad bit for bit: each has its own conversion noise, its own offset
    /// (±0.5 °C, datasheet) and its own lag in its own pocket, so while the pad's temperature moves they cross the
    /// 1/16 °C steps on different ticks. One sensor read twice always agrees. The rule: while both readings are trusted,
    /// a tick on which they differ ends the run; a tick on which they are bit-identical and their common value changed,
    /// with heat wanted, counts one change. <see cref="TripChanges"/> changes in a run whose values span
    /// <see cref="TripSpanC"/> or more latch the fault (a heat-up), and so do <see cref="HoldTripChanges"/> changes of any
    /// span (a hold's flicker). Without heat a change does not count (nothing can burn, and a
    /// cold pad at the room may leave two good sensors on one code for long), but a tick on which the two differ still ends
    /// the run: any evidence of two sensors is evidence. A tick with either reading not trusted neither counts nor ends it.
    /// The same runs are kept for one slot holding the other's reading of the tick before (a stale conversion handed on:
    /// session 6, review 7), over the last trusted readings.
    /// </para>
    /// Nothing is allocated after construction.
    /// </summary>
    public sealed class SensorsIdenticalCheck
    {
        /// <summary>
        /// Identical changes in one run that may latch, 48 (with <see cref="TripSpanC"/>). Measured on simulated pairs with
        /// their own noise and lag but no offset (docs/safety.md, "One sensor read twice"): the longest identical run in the bench
        /// pads (555 heat runs of 40 min on each of seeds 1 and 2, lags equal or apart by up to 25 %) was 13 changes, in 1,800 normal-life
        /// sessions 9, with the noise cut tenfold 24; 48 is 3.5 × and 2 × those. The count also keeps out a fast pad's few
        /// big steps (equal lags: 7 identical changes spanning 2 °C).
        /// </summary>
        public const int TripChanges = 48;

        /// <summary>
        /// Span of the run's values that may latch, 2.0 °C (with <see cref="TripChanges"/>): a hold has no span (a copied
        /// slot flickering by one LSB for an hour spans 1/16 °C), so only a moving pad can latch, and it is small beside a
        /// heat-up (10–20 °C to the setpoints): a copied slot is named 48–147 s into the first heat-up on the shipped pads,
        /// the surface still at 24–36 °C. A slot copied in a hold is left to <see cref="HoldTripChanges"/>.
        /// </summary>
        public const double TripSpanC = 2.0;

        /// <summary>
        /// Identical changes in one run that latch whatever their span, 192 (4 × <see cref="TripChanges"/>): a slot copied
        /// in a hold, where a real sensor's flicker changes the reading on about two ticks in three (normal-life holds) but
        /// never spans <see cref="TripSpanC"/>. 14 × the longest run of two simulated sensors in the bench pads (13 changes)
        /// and 21 × in normal life (9), 8 × in the quiet stress (24, docs/safety.md).
        /// </summary>
        public const int HoldTripChanges = 4 * TripChanges;

        // Run 0: the two slots on the same tick. Runs 1 and 2: one slot holding the other's reading of the tick before (a
        // driver that hands a stale conversion on; review 7, finding 1: slot 2 one tick behind slot 1 ran a loosening sensor
        // on folded-covered to 76-83 °C with no fault).
        private const int RunCount = 3;
        private readonly bool[] _running = new bool[RunCount];
        private readonly double[] _lastC = new double[RunCount];
        private readonly double[] _minC = new double[RunCount];
        private readonly double[] _maxC = new double[RunCount];
        private readonly int[] _changes = new int[RunCount];
        private bool _hasPrevious;
        private double _previousFirstC;
        private double _previousSecondC;

        /// <summary>Identical changes counted in the current run so far (0 when the last judged tick had the two apart).</summary>
        public int IdenticalChanges
        {
            get { return _changes[0]; }
        }

        /// <summary>Span of the current run's values so far, °C (0 when the last judged tick had the two apart).</summary>
        public double IdenticalSpanC
        {
            get { return _changes[0] > 0 ? _maxC[0] - _minC[0] : 0.0; }
        }

        /// <summary>Changes counted in the longer of the two stale-copy runs (one slot = the other's reading of the tick before).</summary>
        public int StaleChanges
        {
            get { return _changes[1] > _changes[2] ? _changes[1] : _changes[2]; }
        }

        /// <summary>
        /// One tick. <paramref name="first"/>, <paramref name="second"/>: this tick's trusted readings (invalid when that
        /// sensor was not trusted: the tick judges nothing). <paramref name="heatWanted"/>: the session wants heat.
        /// Returns <see cref="FaultCode.SensorsIdentical"/> when the rule latches, else <see cref="FaultCode.None"/>.
        /// </summary>
        public FaultCode Update(SensorReading first, SensorReading second, bool heatWanted)
        {
            if (!first.IsValid || !second.IsValid)
            {
                return FaultCode.None;
            }

            double firstC = first.TemperatureC;
            double secondC = second.TemperatureC;
            bool latch = Feed(0, firstC, secondC, heatWanted);
            if (_hasPrevious)
            {
                latch |= Feed(1, _previousFirstC, secondC, heatWanted);
                latch |= Feed(2, _previousSecondC, firstC, heatWanted);
            }

            _hasPrevious = true;
            _previousFirstC = firstC;
            _previousSecondC = secondC;
            return latch ? FaultCode.SensorsIdentical : FaultCode.None;
        }

        // One run: reading a (the value that may have been copied) against reading b (the slot that may hold the copy).
        // True when it latches.
        private bool Feed(int i, double aC, double bC, bool heatWanted)
        {
            if (aC != bC)
            {
                ResetRun(i);
                return false;
            }

            if (!_running[i])
            {
                _running[i] = true;
                _lastC[i] = bC;
                _changes[i] = 0;
                return false;
            }

            if (bC == _lastC[i])
            {
                return false;
            }

            double previousC = _lastC[i];
            _lastC[i] = bC;
            if (!heatWanted)
            {
                return false;
            }

            // The span runs from the value the first counted change started at.
            if (_changes[i] == 0)
            {
                _minC[i] = previousC;
                _maxC[i] = previousC;
            }

            _changes[i]++;
            _minC[i] = CoreMath.Min(_minC[i], bC);
            _maxC[i] = CoreMath.Max(_maxC[i], bC);
            bool spanned = _changes[i] >= TripChanges && _maxC[i] - _minC[i] >= TripSpanC;
            return spanned || _changes[i] >= HoldTripChanges;
        }

        private void ResetRun(int i)
        {
            _running[i] = false;
            _changes[i] = 0;
            _minC[i] = 0.0;
            _maxC[i] = 0.0;
        }

        /// <summary>Forgets the runs and the readings of the tick before (after a cleared fault).</summary>
        public void Reset()
        {
            for (int i = 0; i < RunCount; i++)
            {
                ResetRun(i);
            }

            _hasPrevious = false;
        }
    }
}
