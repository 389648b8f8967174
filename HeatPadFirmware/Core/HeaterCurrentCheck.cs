namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The independent witness of the heater switch: judges the measured heater current
    /// (<see cref="HeaterSenseReading"/>) against the duty the supervisor applied over the interval the
    /// reading covers. A temperature can only show a stuck or open heater indirectly and late, and the heat
    /// stored in the element after a full-power approach makes the surface rise at duty 0 exactly as a short
    /// does; the current cannot be fooled by stored heat: with the switch off, no current flows.
    /// <list type="bullet">
    /// <item>Current while the applied duty is 0 (or far above what the duty explains) → <see cref="FaultCode.HeaterStuckOn"/>,
    /// confirmed by a second reading at duty 0 (<see cref="HoldOff"/> forces it).</item>
    /// <item>No current while the duty is high → <see cref="FaultCode.HeaterOpen"/>.</item>
    /// <item>An invalid or impossible reading → <see cref="FaultCode.HeaterSenseFailed"/>; no heat flows
    /// meanwhile (<see cref="Trusted"/> is false from the first bad reading).</item>
    /// <item>A supply far above the design range → <see cref="FaultCode.SupplyOutOfRange"/>.</item>
    /// </list>
    /// A saturated duty hides a short (the current is the same either way), so the check asks for a probe
    /// (<see cref="ProbeDue"/>): one tick at a duty that reveals a short (<see cref="ProbeDutyFraction"/>) after
    /// <see cref="ProbeIntervalS"/> without a revealing interval. The element's conductance is learned from the sense at high duty, not assumed.
    /// Allocates nothing.
    /// </summary>
    public sealed class HeaterCurrentCheck
    {
        /// <summary>
        /// Current that counts as flowing with the switch off, 0.4 A: the weakest element the board is designed
        /// for (10 W at 12 V, 14.4 Ω) draws 0.75 A at 10.8 V when shorted; the sense's zero error is at most
        /// about 0.03 A (INA181 offset ±150 µV over 5 mΩ, TI SBOS793) plus a few mA of ADC noise. At 0.25 V/A
        /// this is 100 mV at the ADC.
        /// </summary>
        public const double StuckCurrentA = 0.4;

        /// <summary>Readings in a row that confirm a stuck heater, 2: one to suspect (the next tick is forced to duty 0), one to confirm.</summary>
        public const int StuckConfirmReadings = 2;

        /// <summary>
        /// Margin of the partial-duty check, 0.3 of the full current: at duty d a current above (d + 0.3)·V·G
        /// is more than the duty can draw (G: the learned conductance). The learned G is good to a few percent
        /// (gain error ±1 %, ADC ±2 %), so 0.3 never trips on a sound switch.
        /// </summary>
        public const double PartialMarginFraction = 0.3;

        /// <summary>Highest applied duty at which the partial check can see a short, 0.6 (a short draws 1.0·V·G, above 0.6 + 0.3).</summary>
        public const double PartialMaxDutyFraction = 0.6;

        /// <summary>
        /// Seconds without an interval that can reveal a short before the supervisor gates one tick down to
        /// <see cref="ProbeDutyFraction"/>, 120 s: a short that starts during a saturated approach is then seen
        /// within 120 s plus two ticks, inside the 3-minute limit with a minute to spare, and one 1 s tick
        /// in 120 costs at most 0.8 % of the heating power (0.3 % once the element is learned; at most 1 %).
        /// </summary>
        public const double ProbeIntervalS = 120.0;

        /// <summary>
        /// Current below which the element counts as open before its conductance is learned, 0.2 A, at an
        /// applied duty of at least <see cref="OpenMinDutyFraction"/>. The weakest element at duty 0.8 and 10.8 V draws 0.6 A.
        /// </summary>
        public const double OpenCurrentA = 0.2;

        /// <summary>Duty from which no current means an open element before the conductance is learned, 0.8.</summary>
        public const double OpenMinDutyFraction = 0.8;

        /// <summary>
        /// Once the conductance is learned: expected current (d·V·G) from which a reading below
        /// <see cref="OpenFractionOfExpected"/> of it means an open element (or a sense stuck at 0), 0.3 A —
        /// ten times the sense's zero error, so a low hold duty on a strong pad is judged too (a sense stuck at 0
        /// must not pass unseen while a folded pad holds at duty 0.1).
        /// </summary>
        public const double OpenMinExpectedA = 0.3;

        /// <summary>Fraction of the expected current below which the element counts as open, 0.3.</summary>
        public const double OpenFractionOfExpected = 0.3;

        /// <summary>Readings in a row without current at high duty that latch <see cref="FaultCode.HeaterOpen"/>, 10 (10 s; the issue allows 5 min).</summary>
        public const int OpenConfirmReadings = 10;

        /// <summary>
        /// Longest interval, ms, over which the duty is taken as applied for the open check, 2000: the cut-off's
        /// dead-man (hardware/README.md) may have opened the switch over a longer gap, and no current is then right.
        /// </summary>
        public const long DeadManWindowMs = 2000;

        /// <summary>Lowest plausible current, −0.5 A: the amplifier cannot go below 0, so anything clearly negative is a broken sense.</summary>
        public const double MinPlausibleCurrentA = -0.5;

        /// <summary>
        /// Highest plausible current, 10 A: above anything the channel can show (its linear range ends about 8.6 A
        /// at the nominal chip and REF, 7.7 A on the worst combination — beyond it the reading is invalid, see
        /// <see cref="HeaterSenseConversion"/>); the strongest element the board is designed for (80 W at 12 V,
        /// 1.8 Ω) draws 7.3 A at 13.2 V, about 5 % under that worst-case end.
        /// </summary>
        public const double MaxPlausibleCurrentA = 10.0;

        /// <summary>Current above this multiple of V·G (learned) is more than the element can draw: a broken sense, 1.5.</summary>
        public const double MaxOverElementFraction = 1.5;

        /// <summary>Lowest plausible supply, 3.0 V: the ESP32 runs from the heater supply, so below its own rail the divider is broken.</summary>
        public const double MinPlausibleSupplyV = 3.0;

        /// <summary>Highest plausible supply, 20 V: the divider's full scale (100 k / 18 k into 3.1 V).</summary>
        public const double MaxPlausibleSupplyV = 20.0;

        /// <summary>
        /// Supply reading above which no heat is allowed, 14.8 V. The uncalibrated ESP32 ADC reads the supply only
        /// to about ±9 % (chip Vref 1000–1200 mV, <see cref="HeaterSenseConversion"/>): the 13.2 V top of the design
        /// range reads up to 14.6 V on the highest-reading chip with a 1 % divider, which must not trip; on the
        /// lowest-reading chip the limit then sits near 16 V (a 12 V element at 178 % of its rated power). A
        /// per-board two-point calibration would bring this to ±2 % (not done: notes).
        /// </summary>
        public const double MaxSupplyV = 14.8;

        /// <summary>Readings in a row that latch a sense or supply fault, 3 (heat is already off from the first).</summary>
        public const int ImplausibleConfirmReadings = 3;

        /// <summary>Weight of a new conductance sample in the learned mean, 0.1 (a 10-sample memory against noise).</summary>
        public const double LearnWeight = 0.1;

        /// <summary>Samples before the learned conductance is used, 5.</summary>
        public const int LearnMinSamples = 5;

        /// <summary>
        /// Lowest duty that teaches the conductance, 1.0: only a full-on interval, where a short changes nothing,
        /// teaches it. At 0.9 a short starting there was learned as part of the element (each sample is G/d), and
        /// the probe at 0.6 then barely saw it (session 2 review).
        /// </summary>
        public const double LearnMinDutyFraction = 1.0;

        /// <summary>
        /// Largest change of the learned conductance from the first one learned this power-on, 0.4 (40 %), before
        /// <see cref="FaultCode.HeaterSenseFailed"/>: the element's resistance is a property of the pad; even a pure
        /// copper element (0.0043/K referred to 0 °C, the worst common element metal) learned cold at 0 °C and again
        /// at 100 °C changes its conductance by 30 %, so 40 % never trips on temperature; a part-shorted element (a
        /// hot spot) or a drifting sense beyond that must not be learned away as a new element (session 2 review:
        /// 1.45× accepted silently). Smaller hot spots are accepted: the temperature checks remain.
        /// </summary>
        public const double MaxConductanceDriftFraction = 0.4;

        /// <summary>
        /// Shortest interval, ms, on which a reading is judged or learned from, 700: the sense's 100 ms RC still holds
        /// e^-1..e^-2 of the previous duty's current 100–200 ms after a change, so a short interval does not show
        /// the duty it is judged against (session 2 review).
        /// </summary>
        public const long MinJudgedIntervalMs = 700;

        /// <summary>
        /// Short intervals in a row after which the sense is no longer trusted (no heat; the temperature backup of the
        /// stuck-on check runs again), 3: a loop that only ever ticks faster than <see cref="MinJudgedIntervalMs"/>
        /// must not blind the witness (session 2 review: 650 ms ticks, a shorted switch never latched).
        /// </summary>
        public const int MaxUnjudgedReadings = 3;

        private int _stuckCount;
        private int _openCount;
        private int _implausibleCount;
        private int _supplyHighCount;
        private bool _trusted;
        private double _sinceRevealS;
        private int _learnSamples;
        private double _conductanceS;
        private double _firstConductanceS;
        private int _unjudgedCount;
        private double _currentA;
        private double _supplyV;

        /// <summary>True when the last reading was valid and plausible: heat may flow on it.</summary>
        public bool Trusted
        {
            get { return _trusted; }
        }

        /// <summary>True when the next tick must apply duty 0: a stuck heater is suspected (one reading) and must be confirmed.</summary>
        public bool HoldOff
        {
            get { return _stuckCount > 0; }
        }

        /// <summary>True when the duty has hidden a short for <see cref="ProbeIntervalS"/>: the next tick must apply at most <see cref="ProbeDutyFraction"/>.</summary>
        public bool ProbeDue
        {
            get { return _sinceRevealS >= ProbeIntervalS; }
        }

        /// <summary>
        /// Highest duty of a probe tick: 0 before the element is learned; once it is, <see cref="PartialMaxDutyFraction"/>
        /// (0.6), at which the partial-duty check already sees a short, so a probe costs 0.4 of a tick's heat rather
        /// than a whole one.
        /// </summary>
        public double ProbeDutyFraction
        {
            get { return HasLearnedResistance ? PartialMaxDutyFraction : 0.0; }
        }

        /// <summary>Last trusted supply voltage, V (0 before any).</summary>
        public double SupplyV
        {
            get { return _supplyV; }
        }

        /// <summary>Last trusted heater current, A (0 before any).</summary>
        public double CurrentA
        {
            get { return _currentA; }
        }

        /// <summary>True once the element's resistance has been learned from the sense.</summary>
        public bool HasLearnedResistance
        {
            get { return _learnSamples >= LearnMinSamples; }
        }

        /// <summary>Learned element resistance, Ω (meaningful when <see cref="HasLearnedResistance"/>; about 1.8..15 Ω for the designed elements).</summary>
        public double LearnedResistanceOhm
        {
            get { return _conductanceS > 0.0 ? 1.0 / _conductanceS : 0.0; }
        }

        /// <summary>
        /// The element's power at full duty, W, from the learned resistance and the last trusted supply (V²/R);
        /// 0 until the resistance is learned.
        /// </summary>
        public double FullPowerW
        {
            get { return _supplyV * ExpectedCurrentA(_supplyV, 1.0); }
        }

        /// <summary>
        /// Judges one reading. <paramref name="appliedDutyFraction"/>: the duty applied over the interval the
        /// reading covers (0..1; 0 when the cut-off was open or the loop late). <paramref name="cutoffClosed"/>:
        /// the cut-off was closed over it. <paramref name="loopOnTime"/>: the interval was a normal tick.
        /// <paramref name="dtMs"/>: its length, ms (≥ 0). Returns the fault this reading proves, or
        /// <see cref="FaultCode.None"/>.
        /// </summary>
        public FaultCode Update(HeaterSenseReading sense, double appliedDutyFraction, bool cutoffClosed, bool loopOnTime, long dtMs)
        {
            double duty = HeaterDutyLimits.Clamp(appliedDutyFraction);
            if (!IsPlausible(sense))
            {
                _trusted = false;
                _implausibleCount++;
                return _implausibleCount >= ImplausibleConfirmReadings ? FaultCode.HeaterSenseFailed : FaultCode.None;
            }

            _implausibleCount = 0;
            double currentA = sense.CurrentA;
            double supplyV = sense.SupplyV;
            _currentA = currentA;
            _supplyV = supplyV;
            if (supplyV > MaxSupplyV)
            {
                _trusted = false;
                _supplyHighCount++;
                return _supplyHighCount >= ImplausibleConfirmReadings ? FaultCode.SupplyOutOfRange : FaultCode.None;
            }

            _supplyHighCount = 0;
            _trusted = true;

            // A late tick: the dead-man may have opened the switch part-way; a short one: the filter still shows the
            // previous duty. Judge nothing on this reading.
            if (!loopOnTime || dtMs < MinJudgedIntervalMs)
            {
                if (loopOnTime)
                {
                    // Not judged, but the time still counts toward the probe, and a run of them ends the trust.
                    _sinceRevealS += dtMs / 1000.0;
                    _unjudgedCount++;
                    _trusted = _unjudgedCount < MaxUnjudgedReadings;
                }

                return FaultCode.None;
            }

            _unjudgedCount = 0;

            if (IsStuck(currentA, supplyV, duty, cutoffClosed))
            {
                _stuckCount++;
                return _stuckCount >= StuckConfirmReadings ? FaultCode.HeaterStuckOn : FaultCode.None;
            }

            _stuckCount = 0;
            UpdateProbe(duty, cutoffClosed, dtMs);
            if (cutoffClosed && dtMs <= DeadManWindowMs)
            {
                if (Learn(currentA, supplyV, duty))
                {
                    return FaultCode.HeaterSenseFailed;
                }

                if (IsOpen(currentA, supplyV, duty))
                {
                    _openCount++;
                    if (_openCount >= OpenConfirmReadings)
                    {
                        return FaultCode.HeaterOpen;
                    }
                }
                else if (duty >= OpenMinDutyFraction || ExpectedCurrentA(supplyV, duty) >= OpenMinExpectedA)
                {
                    _openCount = 0;
                }
            }

            return FaultCode.None;
        }

        /// <summary>Forgets the fault counts and the probe timer (a cleared fault); keeps the learned resistance, a property of the element.</summary>
        public void Reset()
        {
            _stuckCount = 0;
            _openCount = 0;
            _implausibleCount = 0;
            _supplyHighCount = 0;
            _sinceRevealS = 0.0;
            _unjudgedCount = 0;
        }

        private bool IsPlausible(HeaterSenseReading sense)
        {
            if (!sense.IsValid)
            {
                return false;
            }

            if (sense.CurrentA < MinPlausibleCurrentA || sense.CurrentA > MaxPlausibleCurrentA)
            {
                return false;
            }

            if (sense.SupplyV < MinPlausibleSupplyV || sense.SupplyV > MaxPlausibleSupplyV)
            {
                return false;
            }

            // More current than the element can draw at this voltage (full on) is a sense fault, not heat.
            return !(HasLearnedResistance && sense.CurrentA > StuckCurrentA && sense.CurrentA > MaxOverElementFraction * ExpectedCurrentA(sense.SupplyV, 1.0));
        }

        private bool IsStuck(double currentA, double supplyV, double duty, bool cutoffClosed)
        {
            if (!cutoffClosed || duty <= 0.0)
            {
                return currentA >= StuckCurrentA;
            }

            if (HasLearnedResistance && duty <= PartialMaxDutyFraction)
            {
                double fullA = ExpectedCurrentA(supplyV, 1.0);
                return currentA >= StuckCurrentA && currentA > (duty + PartialMarginFraction) * fullA;
            }

            return false;
        }

        private bool IsOpen(double currentA, double supplyV, double duty)
        {
            if (HasLearnedResistance)
            {
                double expectedA = ExpectedCurrentA(supplyV, duty);
                return expectedA >= OpenMinExpectedA && currentA < OpenFractionOfExpected * expectedA;
            }

            return duty >= OpenMinDutyFraction && currentA < OpenCurrentA;
        }

        private double ExpectedCurrentA(double supplyV, double duty)
        {
            return HasLearnedResistance ? duty * supplyV * _conductanceS : 0.0;
        }

        private void UpdateProbe(double duty, bool cutoffClosed, long dtMs)
        {
            // An open cut-off lets no current through even a shorted switch; an interval at duty 0 (or one the
            // partial check can judge) would have shown a short. Either resets the timer.
            bool reveals = !cutoffClosed || duty <= 0.0 || (HasLearnedResistance && duty <= PartialMaxDutyFraction);
            _sinceRevealS = reveals ? 0.0 : _sinceRevealS + (dtMs / 1000.0);
        }

        /// <summary>Learns the conductance from a full-on interval; true when it drifted beyond <see cref="MaxConductanceDriftFraction"/> from the first learned.</summary>
        private bool Learn(double currentA, double supplyV, double duty)
        {
            if (duty < LearnMinDutyFraction || currentA < StuckCurrentA || supplyV < MinPlausibleSupplyV)
            {
                return false;
            }

            double sample = currentA / (duty * supplyV);
            _conductanceS = _learnSamples == 0 ? sample : _conductanceS + (LearnWeight * (sample - _conductanceS));
            if (_learnSamples < LearnMinSamples)
            {
                _learnSamples++;
                if (_learnSamples == LearnMinSamples)
                {
                    _firstConductanceS = _conductanceS;
                }

                return false;
            }

            double drift = (_conductanceS - _firstConductanceS) / _firstConductanceS;
            return drift > MaxConductanceDriftFraction || drift < -MaxConductanceDriftFraction;
        }
    }
}
