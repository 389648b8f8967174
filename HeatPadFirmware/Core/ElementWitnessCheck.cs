namespace HeatPadFirmware.Core
{
    /// <summary>What the element witness is doing (<see cref="ElementWitnessCheck.State"/>).</summary>
    public enum ElementWitnessState
    {
        /// <summary>No element sensor on this pad (the core's <see cref="HeatPadCore.Step"/>): nothing judged.</summary>
        NotFitted = 0,
        /// <summary>Fitted, its model not learned yet (<see cref="ElementModelLearner"/>): nothing judged.</summary>
        Unlearned = 1,
        /// <summary>Learned and judging the pair against the element's heat balance.</summary>
        Judging = 2,
        /// <summary>The element sensor failed to read (or read the 85 °C power-on value) <see cref="ElementWitnessCheck.LostReads"/> times in a row: stood down until power-off.</summary>
        Lost = 3,
        /// <summary>The element sensor's reading stayed bit for bit the same for <see cref="ElementWitnessCheck.FrozenS"/> s of heat: stood down until power-off.</summary>
        Frozen = 4,
        // 5 was Detached (the element far under the pair for DetachedS of heat: stood down until power-off). Since session 34
        // (witn34) nothing enters it: that disagreement is reported (ElementWitnessCheck.FarUnderPair) and the witness keeps
        // judging. The number is not reused, so a log's state numbers keep their meaning.
        /// <summary>
        /// The element sensor's reading scatters: its mean second difference over <see cref="ElementWitnessCheck.SmoothingS"/>
        /// passed <see cref="ElementWitnessCheck.RoughC"/> (a converter or bond gone noisy; session 19): stood down until power-off.
        /// </summary>
        Noisy = 6,
    }

    /// <summary>
    /// The element witness (session 18; docs/safety.md "Session 18: the element witness built", "Session 19"): the pad's surface
    /// estimated from the heating element's own heat balance, C·dT_e/dt = P − G_cs·(T_e − T_s) − G_ca·(T_e − T_room), with C,
    /// G_cs, G_ca and the element sensor's lag from the pad's factory calibration (<see cref="ElementCalibration"/>) or, without
    /// one, C and G_cs learned at a cold start and G_ca a fixed share of G_cs (<see cref="ElementModelLearner"/>); T_e the element
    /// sensor, P the sensed heater power, T_room the element's reading at the cold start. Every term goes through one
    /// exponential mean (<see cref="SmoothingS"/>): the element reading, its slope (the mean's own step), the power (first through
    /// the element sensor's lag) and the hotter pair reading, so the estimate is the surface through the mean, compared with the
    /// pair through the mean; the estimate then passes the family's fastest and slowest surface-sensor lags
    /// (<see cref="FastLagS"/>, <see cref="SlowLagS"/>) and the lower is compared. A pair that does not see the surface (a strip
    /// outside its pockets, a pair loosening, sensors on bedding) reads under what the element says the surface must be.
    /// With a calibration, a gap over <see cref="CalibratedFloorC"/> + <see cref="CalibratedDropFraction"/> × the estimated drop
    /// for <see cref="ConfirmS"/> s in a heat phase is <see cref="Verdict"/>, which the supervisor latches as
    /// <see cref="FaultCode.SensorDetached"/>, the estimate judged on the most favourable room within <see cref="RoomSpanC"/> of
    /// the cold start's reading (session 20; reviews 20a / 20b: the cold start's reading alone latched healthy pads switched on
    /// colder than their room); without one the gap over <see cref="MarginFloorC"/> + <see cref="MarginDropFraction"/>
    /// × the drop is only reported (<see cref="CandidateVerdict"/>: the cold-start fit is not tight enough, session 18). The
    /// element sensor's own failures never heat and never latch a pad fault: lost, frozen or noisy, the witness stands down
    /// (<see cref="State"/>); an element reading far under the pair under heat (its sensor off the element, or the pair in a
    /// place warmer than the pad) is reported (<see cref="FarUnderPair"/>) and the witness keeps judging (session 34). An element reading over <see cref="ElementMaxC"/> is reported (<see cref="OverLimit"/>),
    /// not latched (review 19a). This check latches nothing itself and never enables heat. Constant work per tick; allocates nothing.
    /// </summary>
    public sealed class ElementWitnessCheck
    {
        /// <summary>Time constant of the value, slope and power means, s (30: the study's 61 s regression's half-width).</summary>
        public const double SmoothingS = 30.0;

        /// <summary>Seconds of smoothing after a (re)start before a gap is judged, s (90: three time constants).</summary>
        public const double SettleS = 90.0;

        /// <summary>Fastest surface-sensor lag of the family, s (the bench family's 5 s; the study's).</summary>
        public const double FastLagS = 5.0;

        /// <summary>Slowest surface-sensor lag of the family, s (the bench family's 40 s; the study's).</summary>
        public const double SlowLagS = 40.0;

        /// <summary>
        /// Margin's floor, °C (8: with <see cref="MarginDropFraction"/> 0.3 the smallest candidate of session 18's scan with no
        /// whole-view first heat-up over it; the lying-down group still passes it 15 times in 800, docs/safety.md "Session 18",
        /// which is why the gap is not a verdict).
        /// </summary>
        public const double MarginFloorC = 8.0;

        /// <summary>
        /// Margin's share of the estimated element-surface drop (P − C·dT/dt − G_ca·(T_e − T_room))/G_cs, fraction (0.3: about the
        /// learned G_cs's 95th-percentile error at a cold start in the air or folded, 0.29–0.31, docs/safety.md "Session 18").
        /// </summary>
        public const double MarginDropFraction = 0.3;

        /// <summary>
        /// Margin's floor with a factory calibration (<see cref="ElementCalibration"/>), °C (4: session 19's scans, docs/safety.md
        /// "Session 19": with the fixture's values no lying-down session of seeds 1–6 and no whole-view first heat-up passes
        /// 4 °C + 0.1 × the drop; the largest normal gaps there are about 3.5 °C: the pair's offsets and lags, the spot).
        /// </summary>
        public const double CalibratedFloorC = 4.0;

        /// <summary>
        /// Margin's share of the estimated drop with a factory calibration, fraction (0.1: twice the fixture's 95th-percentile
        /// G_cs error, 0.055, session 19's <c>calibrate</c>).
        /// </summary>
        public const double CalibratedDropFraction = 0.1;

        /// <summary>
        /// The span the room may stand from the element's reading at the cold start (<see cref="ElementModelLearner.StartC"/>),
        /// either way, when a calibrated verdict is judged, °C (8: a room kept comfortable drifts about 2.2 °C in an hour and 3.3 °C
        /// in four at the most — ASHRAE 55's limits on temperature drifts and ramps as commonly quoted; session 22 could not confirm
        /// them against the standard's text, and they are what a comfortable space should meet, not a bound on real rooms — so
        /// the span is set by the pad, not the room: review 20b's pad switched on 10 °C under its
        /// room needs 6 with the fixture's own record and 8 with the sense 9 % low, a room heated 8 °C in the first hour needs 4 / 6
        /// (session 20's scan, lying-down seeds 1–2); 17 °C under still latches 2 of 54 first heat-ups). The estimate is judged on the most favourable room in that
        /// span: the element's loss to the room, G_ca × (T_e − T_room), taken with T_room = StartC + <see cref="RoomSpanC"/> when
        /// G_ca &gt; 0 (a pad switched on colder than its room, a room warming through the session) and StartC −
        /// <see cref="RoomSpanC"/> when the fixture's effective G_ca is negative — the estimated surface lowered by
        /// |G_ca| / G_cs × the span (docs/safety.md "Session 20: the calibrated witness judged on the most favourable room").
        /// Without a calibration the room reference is the cold start's reading, as before (nothing latches there).
        /// </summary>
        public const double RoomSpanC = 8.0;

        /// <summary>Lowest element reading taken as a temperature, °C (−55: the DS18B20's range; lower, NaN included, is a failed read).</summary>
        public const double MinReadingC = -55.0;

        /// <summary>Highest element reading taken as a temperature, °C (125: the DS18B20's range).</summary>
        public const double MaxReadingC = 125.0;

        /// <summary>
        /// Largest change of the element reading the heat balance takes in one second, °C/s (3: twice the fastest element of the
        /// shipped pads and the bench family, strong-60w's 60 W × (13.2/12)² over 50 J/K ≈ 1.5 °C/s); a larger jump (a
        /// corrupted read) enters the smoothing clipped to it, so one bad read cannot move the estimate by more than a real one.
        /// </summary>
        public const double MaxStepCPerS = 3.0;

        /// <summary>
        /// Mean absolute second difference of the element reading (exponential, <see cref="SmoothingS"/>) over which the sensor
        /// counts as noisy, °C (1.0: a bonded DS18B20 changes its slope smoothly, the family's 0.02–0.06 °C noise and 1/16 °C
        /// steps give about 0.1–0.2, a full-power step of the fastest element (1.5 °C/s behind a 2 s bond) adds under 0.05 to
        /// the mean; review 19a's ±5 °C noise gives about 10). Stands the witness down (session 19: with a calibration a noisy
        /// sensor latched thick-slow folded sessions).
        /// </summary>
        public const double RoughC = 1.0;

        /// <summary>Shortest tick the balance is judged on, s (0.8: the device's 1 s loop, ±20 %).</summary>
        public const double MinTickS = 0.8;

        /// <summary>Longest tick the balance is judged on, s (1.2).</summary>
        public const double MaxTickS = 1.2;

        /// <summary>Seconds the gap must stay over the margin to count as a candidate verdict, s (10: ten reads of the three sensors' noise).</summary>
        public const double ConfirmS = 10.0;

        /// <summary>
        /// Largest |gap| (estimate through the lags − the hotter reading) at which the calibrated witness affirms that the pair sees
        /// the surface, °C (2: half <see cref="CalibratedFloorC"/>; session 20 measured the lying-down group's readings-only false
        /// trips at |gap| under 1.3 °C and the loosening pairs' gap passing it on the way to the verdict, docs/safety.md "Session 20").
        /// </summary>
        public const double AffirmGapC = 2.0;

        /// <summary>Judged seconds the |gap| must stay within <see cref="AffirmGapC"/> before the witness affirms, s (60: two smoothing time constants).</summary>
        public const double AffirmS = 60.0;

        /// <summary>Invalid element reads in a row (or the 85 °C power-on value) before the witness stands down, reads (5: the pair's own <see cref="SafetyLimits.SensorLostConsecutiveReads"/> order).</summary>
        public const int LostReads = 5;

        /// <summary>
        /// Seconds of heat over which an unchanged element reading means a frozen converter, s (120: a live DS18B20 with the
        /// family's 0.02 °C noise repeats its 1/16 °C step with probability at most 0.88 per read: 120 repeats ~2e-7).
        /// </summary>
        public const double FrozenS = 120.0;

        /// <summary>
        /// How far under the hotter surface reading a heated element may read before <see cref="FarUnderPair"/> reports it, °C (5: a
        /// heated element reads over the surface; the spot error −15 % of its rise under a light hold costs at most ~3 °C).
        /// </summary>
        public const double DetachedUnderC = 5.0;

        /// <summary>
        /// Seconds of heat the element must read that low (or, with a calibration, its estimate stand more than twice the margin
        /// under the pair) before <see cref="FarUnderPair"/> reports it, s (60). Until session 34 the witness stood down here.
        /// </summary>
        public const double DetachedS = 60.0;

        /// <summary>
        /// Element reading reported as over the limit, °C (95: under the 105 °C rating of PVC wire insulation, within the
        /// DS18B20's ±2 °C band over 85 °C). Review 19a measured normal use up to 91.5 °C on thick-slow (the study's "under
        /// 75 °C" held for the other shipped pads only): reported, not latched (<see cref="OverLimit"/>).
        /// </summary>
        public const double ElementMaxC = 95.0;

        /// <summary>Readings over <see cref="ElementMaxC"/> in a row before <see cref="OverLimit"/>, reads (3: one noisy read never counts).</summary>
        public const int OverReads = 3;

        /// <summary>
        /// How near 85.0 °C the last valid element reading must be for a reading of exactly 85.0 °C (the DS18B20's power-on
        /// value) to count as a temperature, °C (1.0: sixteen 1/16 °C steps; a reset jumps to 85.0 from wherever the element
        /// was, an element crossing 85 °C arrives from next to it; the device's reset markers catch most resets before this).
        /// </summary>
        public const double PowerOnNearC = 1.0;

        private readonly ElementModelLearner _learner = new ElementModelLearner();
        private ElementWitnessState _state;
        private int _invalidReads;
        private int _overReads;
        private bool _overLimit;
        private bool _hasValid;
        private int _validReads;
        private double _lastValidC;
        private double _sameS;
        private double _lowS;
        private double _smoothedC;
        private double _previousSmoothedC;
        private double _lastDeltaC;
        private double _roughC;
        private double _underMarginS;
        private double _inputC;
        private double _laggedPowerW;
        private double _meanHotterC;
        private double _meanPowerW;
        private double _fastC;
        private double _slowC;
        private double _settledS;
        private double _overMarginS;
        private double _gapC;
        private double _marginC;
        private double _dropC;
        private bool _judged;
        private bool _estimated;
        private double _surfaceEstimateC;
        private bool _blinded;
        private double _affirmS;
        private bool _hasLowestGap;
        private double _lowestGapC;
        // FarUnderPair seen since power-on: the witness may still name the pair, never excuse it (Affirms; doubt34).
        private bool _farUnderSeen;

        /// <summary>The learner of the element's model (read-only use).</summary>
        public ElementModelLearner Learner
        {
            get { return _learner; }
        }

        /// <summary>
        /// True once the element sensor has read over <see cref="ElementMaxC"/> <see cref="OverReads"/> reads in a row since
        /// power-on (while the witness was not stood down). Reported, not latched: review 19a measured the element at up to
        /// 91.5 °C in normal use on thick-slow (3.5 °C under the limit, so a bond reading 5 °C hot latched normal sessions),
        /// a limit under the thermal fuse's 84 °C latching normal sessions, and the latch disarmed by a lost sensor and
        /// cleared on the pair's reading (docs/safety.md "Review 19a"). The hardware bounds the element (TF1, 84 °C).
        /// </summary>
        public bool OverLimit
        {
            get { return _overLimit; }
        }

        /// <summary>What the witness is doing.</summary>
        public ElementWitnessState State
        {
            get { return _state; }
        }

        /// <summary>
        /// True while, for at least <see cref="DetachedS"/> s of heat in a row, the element has read more than
        /// <see cref="DetachedUnderC"/> under the hotter pair reading, or (with a factory calibration) the judged estimate has stood
        /// more than twice the margin under the pair. Either the element sensor is off the element (it reads the room, the bedding
        /// or the body) or the pair is in a place warmer than the pad: the readings cannot tell which. Reported only (telemetry):
        /// it changes nothing the witness does; false once the witness stood down (lost, frozen, noisy: their own report). Until session 34 the witness took it as its own sensor off the element and stood
        /// down until power-off; early33 / selfwit33 found that with the factory record 445 of the 448 weak insulated pads whose
        /// pair left in the first minute into a place 4–16 °C warmer than the pad stood the witness down 122–234 s after power-on
        /// and passed 48 °C unnamed (peak 73.1 °C); judging on, the witness named 439 of them before 48 °C, with the lying-down
        /// group, the faults campaign, its cold start and the restarts unchanged (docs/safety.md "Session 33: the element
        /// witness's self-stand-down", "Session 34: the element witness keeps judging under heat"). A sensor truly off its element
        /// reads under what the element allows, so the judged estimate stands far under the pair: its gap can neither give a
        /// verdict (the estimate over the pair) nor affirm (within <see cref="AffirmGapC"/>), and the surface cap does not hold.
        /// </summary>
        public bool FarUnderPair
        {
            get
            {
                return (_lowS >= DetachedS || _underMarginS >= DetachedS) && !StoodDown;
            }
        }

        // The element sensor lost, frozen or noisy: the witness stood down until power-off (each state says why).
        private bool StoodDown
        {
            get { return _state == ElementWitnessState.Lost || _state == ElementWitnessState.Frozen || _state == ElementWitnessState.Noisy; }
        }

        /// <summary>
        /// True when this tick gave a settled surface estimate (<see cref="SurfaceEstimateC"/>): the model learned or adopted, the
        /// element reading valid, the power known, a regular tick (<see cref="MinTickS"/>..<see cref="MaxTickS"/>) and the means
        /// settled for <see cref="SettleS"/> s; in a heat phase or not. False on every other tick and once the witness stood down.
        /// </summary>
        public bool Estimated
        {
            get { return _estimated; }
        }

        /// <summary>
        /// This tick's estimated surface for the surface cap (<see cref="ElementSurfaceCap"/>, session 25), °C: this tick's element
        /// reading (clipped to <see cref="MaxStepCPerS"/>) minus the estimated drop through the <see cref="SmoothingS"/> mean, with
        /// the room at the cold start's reading (<see cref="ElementModelLearner.StartC"/>; the room's span, <see cref="RoomShiftC"/>,
        /// NOT applied: it lowers the estimate, which favours the pair for a verdict and would favour heat for a cap). The reading
        /// itself rather than its mean: on a rise the mean lags the element by <see cref="SmoothingS"/> × its slope (about 1.5 °C
        /// at full power on free-air; session 25 measured the mean's estimate leaving 9 of issue 4's 17 runs past 48 °C where this
        /// one left 5 at the same ceiling). Valid only while <see cref="Estimated"/>.
        /// </summary>
        public double SurfaceEstimateC
        {
            get { return _surfaceEstimateC; }
        }

        /// <summary>The last judged gap: the estimated surface (through the lags) minus the hotter reading, °C (0 until judged).</summary>
        public double GapC
        {
            get { return _gapC; }
        }

        /// <summary>
        /// True while the gap has stayed over the margin for <see cref="ConfirmS"/> s in a heat phase: what a verdict would latch.
        /// Reported only (session 18).
        /// </summary>
        public bool CandidateVerdict
        {
            get { return _overMarginS >= ConfirmS; }
        }

        /// <summary>True when this tick's gap was judged (learned, settled, a heat phase, a trusted pair reading).</summary>
        public bool Judged
        {
            get { return _judged; }
        }

        /// <summary>
        /// The last estimated element-surface drop (P − C·dT/dt − G_ca·(T_e − T_room))/G_cs, °C, with a calibration plus
        /// <see cref="RoomShiftC"/> (the most favourable room; 0 until judged).
        /// </summary>
        public double DropC
        {
            get { return _dropC; }
        }

        /// <summary>
        /// True when the pad has a factory calibration (<see cref="ElementModelLearner.Calibrated"/>, valid) and the gap has stayed
        /// over its margin (<see cref="CalibratedFloorC"/> + <see cref="CalibratedDropFraction"/> × the drop) for
        /// <see cref="ConfirmS"/> s in a heat phase: the pair does not see the surface the element's heat balance says is there.
        /// The estimate is judged on the most favourable room within <see cref="RoomSpanC"/> (<see cref="RoomShiftC"/>); the
        /// supervisor latches <see cref="FaultCode.SensorDetached"/> on it (session 19, again since session 20). Never true without a calibration
        /// (the cold-start fit is not tight enough, session 18) or once the element sensor stood down.
        /// </summary>
        public bool Verdict
        {
            get { return _learner.Calibrated && _state == ElementWitnessState.Judging && _overMarginS >= ConfirmS; }
        }

        /// <summary>
        /// True from a tick outside <see cref="MinTickS"/>..<see cref="MaxTickS"/> (a stalled or jittery loop restarts the means)
        /// until the witness has settled and judged again: while true the witness cannot give its verdict (review 20a: one 1.3 s
        /// tick a minute, or steady 1.25 s ticks, kept it from judging for a whole session while its state said
        /// <see cref="ElementWitnessState.Judging"/>). Reported for the console; latches nothing. Only while the state is
        /// <see cref="ElementWitnessState.Judging"/>: a witness that stood down (or never learned) judges nothing anyway, and the
        /// flag would otherwise stay set for good (review 21a LOW).
        /// </summary>
        public bool Blinded
        {
            get { return _blinded && _state == ElementWitnessState.Judging; }
        }

        /// <summary>
        /// How far the estimated surface is lowered for the room's span, °C: |G_ca| / G_cs × <see cref="RoomSpanC"/> with a
        /// calibration (adopted), 0 without one.
        /// </summary>
        public double RoomShiftC
        {
            get
            {
                return _learner.Calibrated && _learner.Learned && _learner.ConductanceWPerK > 0.0
                    ? CoreMath.Abs(_learner.RoomConductanceWPerK) * RoomSpanC / _learner.ConductanceWPerK
                    : 0.0;
            }
        }

        /// <summary>
        /// True when the pad has a factory calibration, the witness is judging (the element sensor not lost, frozen or noisy),
        /// <see cref="FarUnderPair"/> has never been true since power-on, and the judged |gap| has stayed within <see cref="AffirmGapC"/> for <see cref="AffirmS"/> s with
        /// the means unbroken (a heat-off stretch keeps it; a failed read, an unknown power, an irregular tick or an untrusted
        /// pair reading ends it): the element's heat balance puts the surface where the pair reads it. The supervisor stands the
        /// readings-only checks down on it (session 20). Never true without a calibration. Once the element (or its estimate) has
        /// read far under the pair, the witness cannot tell its own sensor off the element from the pair in a warm place: it keeps
        /// its verdict and the surface cap (which bound early33's warm-place rows) but never again excuses the pair (session 34,
        /// doubt34: with the factory record review 34a's 720 double faults name 212 → 217, none later or hotter; early33's 448
        /// rows, the misbonded bond, the surface-side scan, lying-down and faults seed 1 unchanged; until then a wrong estimate
        /// affirmed a departed pair in 373 of those runs, up to 2,813 s).
        /// </summary>
        public bool Affirms
        {
            get { return _learner.Calibrated && _state == ElementWitnessState.Judging && _affirmS >= AffirmS && !_farUnderSeen; }
        }

        /// <summary>
        /// How far the last judged gap the affirmation reads (the estimate before the room's span − the hotter pair mean) stands over
        /// the lowest such gap judged since power-on, °C (≥ 0; 0 before the first judged tick). A pair that loosens reads under the
        /// surface and grows the gap by the depth of its loosening whatever the estimate's offset: a pad switched on warmer than its
        /// room biases the estimate low by G_ca / G_cs × the difference (review 20a), which moves the lowest gap and the last alike.
        /// Session 31 (warm31): the lying-down group's heat-balance latches in 26.6–30 °C rooms stood 0.4–2.3 °C over their lowest;
        /// review 20a's loosening pads switched on warm 6.8–7.6 °C when the balance check named them
        /// (<see cref="Supervisor.BalanceWitnessedGrowthC"/>).
        /// </summary>
        public double GapGrowthC
        {
            get { return _hasLowestGap ? _gapC + RoomShiftC - _lowestGapC : 0.0; }
        }

        /// <summary>The last margin the gap was judged against, °C (0 until judged).</summary>
        public double MarginC
        {
            get { return _marginC; }
        }

        /// <summary>
        /// The estimated surface through the fastest plausible pair lag (<see cref="FastLagS"/>), °C, as last stepped: one of
        /// the two terms of the gap (its lower one). Read-only, for the host's scans (Tests/Element/LooseningVerdictScan.cs);
        /// the device does not read it.
        /// </summary>
        internal double FastLaggedSurfaceC
        {
            get { return _fastC; }
        }

        /// <summary>The estimated surface through the slowest plausible pair lag (<see cref="SlowLagS"/>), °C, as last stepped (as <see cref="FastLaggedSurfaceC"/>).</summary>
        internal double SlowLaggedSurfaceC
        {
            get { return _slowC; }
        }

        /// <summary>The hotter pair reading's smoothed mean the gap is taken against, °C, as last stepped (as <see cref="FastLaggedSurfaceC"/>).</summary>
        internal double MeanHotterReadingC
        {
            get { return _meanHotterC; }
        }

        /// <summary>
        /// One tick. <paramref name="fitted"/>: the pad has an element sensor (false: nothing is done, the state stays
        /// <see cref="ElementWitnessState.NotFitted"/>). <paramref name="element"/>: its raw reading. <paramref name="powerKnown"/>,
        /// <paramref name="powerW"/>: the sensed mean heater power over the tick, W. <paramref name="hotter"/>: the hotter of the
        /// pair's trusted readings. <paramref name="heatWanted"/>: the session is in a heat phase. <paramref name="dtS"/>: seconds
        /// since the last tick. Latches nothing: what it finds is read from <see cref="State"/>, <see cref="CandidateVerdict"/>
        /// and <see cref="OverLimit"/>.
        /// </summary>
        public void Update(bool fitted, SensorReading element, bool powerKnown, double powerW, SensorReading hotter, bool heatWanted, double dtS)
        {
            Step(fitted, element, powerKnown, powerW, hotter, heatWanted, dtS);
            _farUnderSeen = _farUnderSeen || FarUnderPair;
        }

        // One tick of the witness (Update's body; its early returns are why the latch above sits outside it).
        private void Step(bool fitted, SensorReading element, bool powerKnown, double powerW, SensorReading hotter, bool heatWanted, double dtS)
        {
            _judged = false;
            _estimated = false;
            if (!fitted || dtS <= 0.0)
            {
                return;
            }

            if (_state == ElementWitnessState.NotFitted)
            {
                _state = ElementWitnessState.Unlearned;
            }

            // The DS18B20's power-on register value is a conversion that never ran, not a temperature, unless the element was
            // already near it (review 19a: an element rising slowly through 85 °C reads 85.0 several times in a row).
            bool valid = element.IsValid
                && element.TemperatureC >= MinReadingC && element.TemperatureC <= MaxReadingC
                && (element.TemperatureC != PlausibilityCheck.PowerOnValueC
                    || (_hasValid && CoreMath.Abs(_lastValidC - PlausibilityCheck.PowerOnValueC) <= PowerOnNearC));

            // The element limit is reported whatever the witness's state (review 19a: a lost sensor that comes back still counts).
            double previousC = _lastValidC;
            if (valid)
            {
                _hasValid = true;
                _validReads = _validReads < 3 ? _validReads + 1 : 3;
                _lastValidC = element.TemperatureC;
                _overReads = element.TemperatureC > ElementMaxC ? _overReads + 1 : 0;
                if (_overReads >= OverReads)
                {
                    _overLimit = true;
                }
            }

            if (StoodDown)
            {
                return;
            }

            if (!valid)
            {
                _invalidReads++;
                RestartMeans();
                if (_invalidReads >= LostReads)
                {
                    _state = ElementWitnessState.Lost;
                }

                _learner.Update(false, 0.0, powerKnown, powerW, hotter.IsValid, hotter.TemperatureC, dtS);
                return;
            }

            _invalidReads = 0;
            double elementC = element.TemperatureC;

            bool heating = powerKnown && powerW > 0.0;
            if (WatchSensor(elementC, previousC, heating, hotter, dtS))
            {
                return;
            }

            _learner.Update(true, elementC, powerKnown, powerW, hotter.IsValid, hotter.TemperatureC, dtS);
            if (!powerKnown)
            {
                RestartMeans();
                return;
            }

            // The balance is judged on the control loop's regular 1 s ticks only: the sense gives the current at the tick's end,
            // which is the tick's mean only while the switch state held through it (session 19: irregular 0.2–3 s ticks, with the
            // dead-man opening inside a tick, latched 82 of faults' 120 IrregularTicks runs). An irregular tick restarts the means.
            if (dtS < MinTickS || dtS > MaxTickS)
            {
                RestartMeans();
                _blinded = true;
                return;
            }

            Smooth(elementC, powerW, hotter, dtS);
            if (!_learner.Learned)
            {
                return;
            }

            bool restartLags = _state != ElementWitnessState.Judging;
            _state = ElementWitnessState.Judging;
            Judge(hotter, heatWanted, dtS, restartLags);
        }

        // The one restart of the means (an invalid element read, an unknown power, an irregular tick): the smoothing settles
        // again from the next tick, and neither the "over the margin" nor the "far under the pair" count carries across it.
        private void RestartMeans()
        {
            _settledS = 0.0;
            _overMarginS = 0.0;
            _underMarginS = 0.0;
            _affirmS = 0.0;
        }

        // The element sensor's own health: frozen (unchanged through heat) or noisy stands the witness down; far under the pair
        // through heat is only counted (FarUnderPair).
        // previousC: the last valid reading before this one (every valid reading reaches here until a stand-down, which lasts).
        // Returns true when the witness stood down this tick.
        private bool WatchSensor(double elementC, double previousC, bool heating, SensorReading hotter, double dtS)
        {
            if (elementC != previousC)
            {
                _sameS = 0.0;
            }
            else if (heating)
            {
                _sameS += dtS;
            }

            // The second difference needs three valid readings (the first two since power-on give no slope yet).
            double deltaC = _validReads >= 2 ? elementC - previousC : 0.0;
            if (_validReads >= 3)
            {
                _roughC += CoreMath.Min(1.0, dtS / SmoothingS) * (CoreMath.Abs(deltaC - _lastDeltaC) - _roughC);
            }

            _lastDeltaC = deltaC;
            if (_roughC > RoughC)
            {
                _state = ElementWitnessState.Noisy;
                return true;
            }

            // Counted, not a stand-down (session 34, witn34): an element far under the hotter pair reading under heat is as much
            // the pair in a place warmer than the pad as the element sensor off its element. Standing down on it blinded the
            // witness on 385 of early33's 448 warm-place rows (selfwit33) until power-off.
            bool low = heating && hotter.IsValid && elementC < hotter.TemperatureC - DetachedUnderC;
            _lowS = low ? _lowS + dtS : 0.0;
            if (_sameS >= FrozenS)
            {
                _state = ElementWitnessState.Frozen;
                return true;
            }

            return false;
        }

        // One exponential mean (SmoothingS) applied alike to every term of the element's heat balance: the element reading,
        // its slope (the mean's own step: for an exponential mean, the mean of a derivative is the derivative of the mean), the
        // power (first through the element sensor's own lag, so that it meets the reading's timing) and the hotter pair reading.
        // The estimate is then the surface through the same mean, compared with the pair reading through the same mean.
        private void Smooth(double elementC, double powerW, SensorReading hotter, double dtS)
        {
            double lagS = _learner.ElementLagS;
            if (_settledS <= 0.0)
            {
                _smoothedC = elementC;
                _previousSmoothedC = elementC;
                _laggedPowerW = powerW;
                _meanPowerW = powerW;
                _meanHotterC = hotter.IsValid ? hotter.TemperatureC : elementC;
                _inputC = elementC;
            }
            else
            {
                double stepC = MaxStepCPerS * dtS;
                _inputC = CoreMath.Max(_inputC - stepC, CoreMath.Min(_inputC + stepC, elementC));
            }

            double alpha = CoreMath.Min(1.0, dtS / SmoothingS);
            _previousSmoothedC = _smoothedC;
            _smoothedC += alpha * (_inputC - _smoothedC);
            _laggedPowerW += CoreMath.Min(1.0, lagS > 0.0 ? dtS / lagS : 1.0) * (powerW - _laggedPowerW);
            _meanPowerW += alpha * (_laggedPowerW - _meanPowerW);
            if (hotter.IsValid)
            {
                _meanHotterC += alpha * (hotter.TemperatureC - _meanHotterC);
            }

            _settledS += dtS;
        }

        private void Judge(SensorReading hotter, bool heatWanted, double dtS, bool restartLags)
        {
            double slopeCPerS = (_smoothedC - _previousSmoothedC) / dtS;
            // With a calibration the room is taken at the most favourable end of RoomSpanC (the estimate lowered by
            // |G_ca| / G_cs × the span): the cold start's reading is the pad's temperature, not the room's (review 20a / 20b).
            double roomShiftC = RoomShiftC;
            double toRoomW = _learner.RoomConductanceWPerK * (_smoothedC - _learner.StartC);
            double dropC = ((_meanPowerW - (_learner.CapacityJPerK * slopeCPerS) - toRoomW) / _learner.ConductanceWPerK) + roomShiftC;
            double surfaceC = _smoothedC - dropC;
            bool first = restartLags || _settledS <= dtS + dtS;
            _fastC = first ? surfaceC : _fastC + ((surfaceC - _fastC) * CoreMath.Min(1.0, dtS / FastLagS));
            _slowC = first ? surfaceC : _slowC + ((surfaceC - _slowC) * CoreMath.Min(1.0, dtS / SlowLagS));
            // This tick's reading less the meaned drop, on the cold start's room reference (the span given back): the surface cap's (session 25).
            _estimated = _settledS >= SettleS;
            _surfaceEstimateC = _inputC - dropC + roomShiftC;
            if (_settledS < SettleS || !hotter.IsValid || !heatWanted)
            {
                _overMarginS = 0.0;
                if (_settledS < SettleS || !hotter.IsValid)
                {
                    _affirmS = 0.0;
                }

                return;
            }

            _judged = true;
            _blinded = false;
            _dropC = dropC;
            _gapC = CoreMath.Min(_fastC, _slowC) - _meanHotterC;
            _marginC = _learner.Calibrated
                ? CalibratedFloorC + (CalibratedDropFraction * CoreMath.Max(0.0, dropC))
                : MarginFloorC + (MarginDropFraction * CoreMath.Max(0.0, dropC));
            _overMarginS = _gapC > _marginC ? _overMarginS + dtS : 0.0;
            // Judged on the gap before the room's span lowered the estimate (lie20 measured the stand-down on it): with the span,
            // a pair reading up to |G_ca| / G_cs × RoomSpanC under the surface would still affirm.
            double gapBeforeSpanC = _gapC + roomShiftC;
            _affirmS = CoreMath.Abs(gapBeforeSpanC) <= AffirmGapC ? _affirmS + dtS : 0.0;
            if (!_hasLowestGap || gapBeforeSpanC < _lowestGapC)
            {
                _hasLowestGap = true;
                _lowestGapC = gapBeforeSpanC;
            }

            // With a calibration, an estimate twice the margin under the pair for DetachedS: either the element sensor reads colder
            // than any element could under this heat (off the element, on the laminate) or the pair reads a place warmer than the
            // pad. Counted for FarUnderPair only; until session 34 it stood the witness down, which blinded it on 60 of early33's
            // 448 warm-place rows (selfwit33). (Once the margin for ConfirmS stood down 7 of 36 healthy whole-view sessions after
            // the power steps of light, fast elements.) Judged on the estimate before the room's span lowered it.
            _underMarginS = _learner.Calibrated && gapBeforeSpanC < -(_marginC + _marginC) ? _underMarginS + dtS : 0.0;

            // With the parameters learned at a cold start this is measured, not a verdict (session 18: no margin both clears the
            // lying-down group and names the partial views before 48 °C); with a factory calibration it is Verdict, which the
            // supervisor latches (session 19; withdrawn after reviews 20a / 20b, latched again on the room's span in session 20).
            // Nothing latches here.
        }
    }
}
