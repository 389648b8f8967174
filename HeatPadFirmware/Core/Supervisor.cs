namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The safety supervisor: decides which readings can be trusted, watches them against the duty it
    /// allowed, latches the first fault it sees, and has the last word on the heater outputs
    /// (<see cref="GateDuty"/>, <see cref="CutoffClosed"/>, <see cref="NextHeartbeat"/>) and on the setpoint
    /// (<see cref="SetpointCapC"/>, <see cref="HeatAllowed"/>). It sits outside the controller it guards, as
    /// Klipper's HeaterCheck does, and nothing downstream can undo its zero. Each concern is its own object:
    /// <see cref="PlausibilityCheck"/> (one per sensor), <see cref="SensorAgreementCheck"/>, <see cref="SensorsIdenticalCheck"/>, <see cref="FrozenReadingCheck"/>, <see cref="FrozenReadingProbe"/>, <see cref="HeatingFailedCheck"/>,
    /// <see cref="SensorDetachedCheck"/>, <see cref="RoomReadingCheck"/>, <see cref="HeatBalanceCheck"/>, <see cref="SensorCouplingCheck"/>, <see cref="HeaterStuckOnCheck"/>, <see cref="SessionHeatLimit"/>,
    /// <see cref="BurnDoseLimiter"/>. Time, the reading and the last applied duty are passed in; nothing is
    /// allocated after construction.
    /// </summary>
    public sealed class Supervisor
    {
        /// <summary>
        /// Longest tick spacing the loop may take and still count as on time, 5 s (Klipper's host-stall
        /// check forces the heater off after 5 s). A later tick applies no heat and skips one heartbeat.
        /// </summary>
        public const long MaxTickGapMs = 5000;

        /// <summary>
        /// The board's rated supply, 12 V (hardware/README.md: a 12 V pad, designed for 10.8–13.2 V), at which bounds
        /// meant as heat are stated (<see cref="RatedWorkS"/>).
        /// </summary>
        public const double RatedSupplyV = 12.0;

        /// <summary>
        /// Largest growth of the element witness's gap over its lowest since power-on (<see cref="ElementWitnessCheck.GapGrowthC"/>)
        /// at which the affirming witness stands the heat-balance check down, °C: the affirmation's own band,
        /// <see cref="ElementWitnessCheck.AffirmGapC"/> (2.0; session 31, warm31). A pair that loosens grows the gap by its loosening,
        /// so the stand-down hides at most this much of one from the balance check even where the estimate is biased low (a pad
        /// switched on warm, review 20a). Measured: at main's latching second 21 of the lying-down group's 22 balance latches in
        /// 26.6–30 °C rooms had grown 0.44–1.56 °C (withheld; 17 run to the end), one 2.07 °C (latched); review 20a's warm-start loosenings 6.8–7.6 °C when the
        /// balance check named them (latched as before). 3.0 °C withheld all 22 but named four settling loosenings in a 30 °C room
        /// 12–163 s later (peaks 40.9–43.3 °C).
        /// </summary>
        public const double BalanceWitnessedGrowthC = ElementWitnessCheck.AffirmGapC;

        private readonly PlausibilityCheck _plausibility = new PlausibilityCheck();
        private readonly PlausibilityCheck _secondPlausibility = new PlausibilityCheck();
        private readonly SensorAgreementCheck _agreement = new SensorAgreementCheck();
        private readonly SensorsIdenticalCheck _identical = new SensorsIdenticalCheck();
        private readonly FrozenReadingCheck _frozen = new FrozenReadingCheck();
        private readonly FrozenReadingProbe _frozenProbe = new FrozenReadingProbe();
        private readonly HeatingFailedCheck _heatingFailed = new HeatingFailedCheck();
        private readonly SensorDetachedCheck _detached = new SensorDetachedCheck();
        private readonly RoomReadingCheck _room = new RoomReadingCheck();
        private readonly HeatBalanceCheck _balance = new HeatBalanceCheck();
        private readonly HeatEnergyCheck _energy = new HeatEnergyCheck();
        private readonly SensorCouplingCheck _coupling = new SensorCouplingCheck();
        private PadModelLearner _learner;
        private readonly HeaterStuckOnCheck _stuckOn = new HeaterStuckOnCheck();
        private readonly SessionHeatLimit _sessionLimit = new SessionHeatLimit();
        private readonly BurnDoseLimiter _dose = new BurnDoseLimiter();
        private readonly HeaterCurrentCheck _current = new HeaterCurrentCheck();
        private double _senseDutyFraction;
        private bool _senseCutoffClosed;
        private long _senseDtMs;
        private FaultCode _fault;
        private bool _heartbeat;
        private bool _hasLastTick;
        private long _lastTickMs;
        private bool _loopOnTime;
        private bool _lastHeatWanted;
        private bool _lastCutoffClosed;
        private double _pendingS;
        private double _pendingWorkS;
        private double _pendingRatedWorkS;
        private bool _pendingCutoffClosed = true;
        private int _integrityLatches;
        private bool _hasFaultReading;
        private double _faultReadingC;
        private bool _hasLastTrusted;
        private double _lastTrustedC;
        private SensorReading _hotter;
        private readonly ElementWitnessCheck _element = new ElementWitnessCheck();
        private readonly ElementSurfaceCap _surfaceCap = new ElementSurfaceCap();
        private readonly ElementHeldDivergenceCheck _heldDivergence = new ElementHeldDivergenceCheck();
        private int _frozenSensorIndex = -1;
        private double _frozenSensorC;
        private bool _surfaceHeldByFixture;

        /// <summary>
        /// True only in the element-calibration fixture from its plate cue on (<see cref="ElementFixtureRun"/>, sessions 20 and 21;
        /// the run itself ends the heat when the element rises over its cue reading or has not proved the plate 120 s after the
        /// press): a plate at the room is pressed on the surface by design, so heat going in while the pair reads the surface falling toward the room is
        /// the measurement, not a pair off the surface nor an element that does not heat — the six checks that judge heat not
        /// showing in the pair (<see cref="FaultCode.SensorDetached"/>: detached, room reading, heat balance, heat energy, coupling;
        /// <see cref="FaultCode.HeatingFailed"/>: the heating watch, the room reading's never-moved) still run but latch nothing
        /// while it holds (an open element is still the current witness's <see cref="FaultCode.HeaterOpen"/>). Every other
        /// check latches as ever (over-temperature on the hotter of the pair, sensor lost, disagreement, frozen reading, stuck-on,
        /// the dose, the session's heat limit, a late loop); the fixture watches the element itself meanwhile (its sensor S3, <see cref="ElementFixtureRun.MaxElementC"/>).
        /// Never set by <see cref="HeatPadCore"/>: false (the default) leaves the supervisor exactly as before.
        /// </summary>
        public bool SurfaceHeldByFixture
        {
            get { return _surfaceHeldByFixture; }
            set { _surfaceHeldByFixture = value; }
        }

        /// <summary>
        /// Gives the supervisor read-only access to the controller's learned pad model, the witness of
        /// <see cref="SensorCouplingCheck"/> (call once after construction; null: no witness).
        /// </summary>
        public void WatchModel(PadModelLearner learner)
        {
            _learner = learner;
        }

        /// <summary>The two sensors' agreement check (read-only use: its allowance and time over it).</summary>
        public SensorAgreementCheck Agreement
        {
            get { return _agreement; }
        }

        /// <summary>The check that names one sensor read into both slots (read-only use: its current run).</summary>
        public SensorsIdenticalCheck Identical
        {
            get { return _identical; }
        }

        /// <summary>The falling-reading check (read-only use: how far the reading lies under its hard-work envelope).</summary>
        public SensorDetachedCheck Detached
        {
            get { return _detached; }
        }

        /// <summary>The sensor-coupling probe (read-only use: its last response ratio).</summary>
        public SensorCouplingCheck Coupling
        {
            get { return _coupling; }
        }

        /// <summary>The heat-energy check (read-only use: the unseen energy it carries).</summary>
        public HeatEnergyCheck HeatEnergy
        {
            get { return _energy; }
        }

        /// <summary>The heating watch (read-only use: whether its armed watch is the deep fall's).</summary>
        public HeatingFailedCheck HeatingFailedWatch
        {
            get { return _heatingFailed; }
        }

        /// <summary>The heat-balance check (read-only use: the last conductance it judged).</summary>
        public HeatBalanceCheck HeatBalance
        {
            get { return _balance; }
        }

        /// <summary>The latched fault, <see cref="FaultCode.None"/> when none.</summary>
        public FaultCode Fault
        {
            get { return _fault; }
        }

        /// <summary>Rejected reads in a row so far of the sensor that has failed longer (0 when both were trusted last tick).</summary>
        public int ConsecutiveInvalidReads
        {
            get
            {
                int first = _plausibility.ConsecutiveRejected;
                int second = _secondPlausibility.ConsecutiveRejected;
                return first > second ? first : second;
            }
        }

        /// <summary>
        /// The hotter of this tick's two trusted readings (<see cref="SensorPairFusion.Hotter"/>; invalid when neither
        /// was trusted): what the over-temperature limit and the burn dose judged.
        /// </summary>
        public SensorReading HotterReading
        {
            get { return _hotter; }
        }

        /// <summary>Factored burn dose since power-on (see <see cref="BurnDoseLimiter.FactoredDose"/>).</summary>
        public double FactoredBurnDose
        {
            get { return _dose.FactoredDose; }
        }

        /// <summary>Heat time of the current session so far, ms.</summary>
        public long SessionHeatMs
        {
            get { return _sessionLimit.HeatMs; }
        }

        /// <summary>Highest setpoint the controller may be given now, °C (lowered when the burn dose steps down).</summary>
        public double SetpointCapC
        {
            get { return _dose.SetpointCapC; }
        }

        /// <summary>False when no heat may flow: a fault is latched or the burn dose is at its limit.</summary>
        public bool HeatAllowed
        {
            get { return _fault == FaultCode.None && !_dose.AtLimit; }
        }

        /// <summary>True when the last tick came within <see cref="MaxTickGapMs"/> of the one before (and time did not go back).</summary>
        public bool LoopOnTime
        {
            get { return _loopOnTime; }
        }

        /// <summary>
        /// Checks this tick. <paramref name="nowMs"/>: ms since power-on (a repeated or backward time counts
        /// as no time passing and as a late tick). <paramref name="reading"/>, <paramref name="secondReading"/>: the raw
        /// readings of the pad's two sensors; each is checked on its own (either lost for the limit latches
        /// <see cref="FaultCode.SensorLost"/>), then the trusted ones are fused (<see cref="SensorPairFusion"/>).
        /// <paramref name="lastDutyFraction"/>: the duty applied since the last tick (0..1).
        /// <paramref name="heatWanted"/>: the session wants heat this tick. <paramref name="sessionActive"/>:
        /// a session is running (not off). <paramref name="setpointC"/>: the setpoint the controller is given, °C.
        /// <paramref name="hasModelSensor"/>: the controller's pad model gives a sensor prediction;
        /// <paramref name="modelSensorC"/>: that prediction, °C, before the observer's correction toward the
        /// reading (the witness of what the work done should have shown).
        /// Returns the fused trusted reading (invalid when neither sensor was trusted); latches a fault
        /// when a limit is crossed.
        /// </summary>
        public SensorReading Observe(long nowMs, SensorReading reading, SensorReading secondReading, double lastDutyFraction, bool heatWanted, bool sessionActive, double setpointC, bool hasModelSensor, double modelSensorC)
        {
            long dtMs = 0;
            _loopOnTime = true;
            if (_hasLastTick)
            {
                if (nowMs > _lastTickMs)
                {
                    dtMs = nowMs - _lastTickMs;
                }
                else
                {
                    _loopOnTime = false;
                }

                if (dtMs > MaxTickGapMs)
                {
                    _loopOnTime = false;
                }
            }

            if (!_hasLastTick || nowMs > _lastTickMs)
            {
                _lastTickMs = nowMs;
            }

            _hasLastTick = true;

            // Over a late tick the dead-man has opened the cut-off: no work was done, and the windows that
            // count work are credited at most one normal gap.
            double appliedDuty = _loopOnTime && _lastCutoffClosed ? HeaterDutyLimits.Clamp(lastDutyFraction) : 0.0;
            double workDtS = (dtMs > MaxTickGapMs ? MaxTickGapMs : dtMs) / 1000.0;
            _senseDutyFraction = appliedDuty;
            _senseCutoffClosed = _lastCutoffClosed;
            _senseDtMs = dtMs;

            // The checks judge the reading against the work done since the previous TRUSTED reading: an
            // interval that ends in a rejected read still heated the pad (review finding 3: with every other
            // read failing its CRC the heater ran at half power while the checks saw none).
            _pendingS += workDtS;
            _pendingWorkS += workDtS * appliedDuty;
            _pendingRatedWorkS += RatedWorkS(workDtS * appliedDuty, _current.SupplyV);
            _pendingCutoffClosed = _pendingCutoffClosed && _lastCutoffClosed && _loopOnTime;

            SensorReading trustedFirst = _plausibility.Check(nowMs, reading);
            Latch(_plausibility.Verdict());
            SensorReading trustedSecond = _secondPlausibility.Check(nowMs, secondReading);
            Latch(_secondPlausibility.Verdict());
            // The agreement check judges only readings trusted this tick, over a late tick's time capped as the work is
            // (session 5 review, finding 6: one 61 s tick latched at once).
            FaultCode agreement = _agreement.Update(trustedFirst, trustedSecond, workDtS, heatWanted, HeaterDutyLimits.Clamp(lastDutyFraction), _coupling.PadMayBurn);
            if (agreement == FaultCode.FrozenReading && _fault == FaultCode.None)
            {
                _frozenSensorIndex = _agreement.FrozenSensorIndex;
                _frozenSensorC = _agreement.FrozenSensorC;
            }

            Latch(agreement);
            Latch(_identical.Update(trustedFirst, trustedSecond, heatWanted));

            // A sensor rejected this tick but not yet lost stands at its last trusted reading while the other one is
            // trusted: a hotter sensor that fails three reads in four must not hand the fusion, the limit and the dose
            // to the cooler one on those ticks (session 5 review, finding 4: folded-covered held 46.2 °C instead of
            // 44.4 °C, dose under-counted). With both rejected the reading is invalid and no heat flows, as before.
            // Each plausibility check keeps its sensor's last trusted reading (forgotten by a clear, as here).
            SensorReading fuseFirst = trustedFirst;
            SensorReading fuseSecond = trustedSecond;
            if (trustedFirst.IsValid && !trustedSecond.IsValid && _secondPlausibility.HasTrusted)
            {
                fuseSecond = SensorReading.Valid(_secondPlausibility.LastTrustedC);
            }
            else if (trustedSecond.IsValid && !trustedFirst.IsValid && _plausibility.HasTrusted)
            {
                fuseFirst = SensorReading.Valid(_plausibility.LastTrustedC);
            }

            SensorReading trusted = SensorPairFusion.Fuse(fuseFirst, fuseSecond);
            _coupling.NotePair(fuseFirst, fuseSecond);
            _hotter = SensorPairFusion.Hotter(fuseFirst, fuseSecond);

            // The dose and the absolute limit judge the hotter sensor: one reading low must not hide heat from them.
            _dose.Update(_hotter, dtMs / 1000.0);
            if (_sessionLimit.Update(dtMs, _lastHeatWanted, sessionActive))
            {
                Latch(FaultCode.SessionHeatLimit);
            }

            if (trusted.IsValid)
            {
                double temperatureC = trusted.TemperatureC;
                double spanS = _pendingS;
                double spanDuty = spanS > 0.0 ? HeaterDutyLimits.Clamp(_pendingWorkS / spanS) : 0.0;
                bool spanCutoffClosed = _pendingCutoffClosed;
                double spanRatedWorkS = _pendingRatedWorkS;
                _pendingS = 0.0;
                _pendingWorkS = 0.0;
                _pendingRatedWorkS = 0.0;
                _pendingCutoffClosed = true;
                _hasLastTrusted = true;
                _lastTrustedC = temperatureC;
                if (_hotter.TemperatureC >= SafetyLimits.OverTemperatureC)
                {
                    Latch(FaultCode.OverTemperature);
                }

                // The frozen check's work: rated seconds, but never less than the duty-seconds (session 3 review: a supply
                // reading that under-reads, which nothing independent checks, must not stretch its 40 s).
                if (_frozen.Update(temperatureC, spanS, spanDuty, setpointC, hasModelSensor, modelSensorC, CoreMath.Max(spanRatedWorkS, spanDuty * spanS)))
                {
                    Latch(FaultCode.FrozenReading);
                }

                if (_frozenProbe.Update(temperatureC, spanS, spanDuty, heatWanted))
                {
                    Latch(FaultCode.FrozenReading);
                }

                // Both arms (the deep fall, session 20; the owed warming, session 28: a heavy pad under a body warming slower than
                // owed while the witness affirms the pair reads its surface, lying-down 330342) are readings-only verdicts.
                if (_heatingFailed.Update(temperatureC, spanS, spanDuty, heatWanted, setpointC, _current.Trusted && _current.HasLearnedResistance && !_coupling.EverDoubted))
                {
                    LatchUnlessWitnessed(FaultCode.HeatingFailed, true);
                }

                if (_detached.Update(temperatureC, spanS, spanDuty, heatWanted))
                {
                    LatchSurfaceUnseen(FaultCode.SensorDetached);
                }

                if (_room.Update(temperatureC, spanS, spanDuty, heatWanted, _current.FullPowerW, spanRatedWorkS, _coupling.PadMayBurn, sessionActive, _learner))
                {
                    // A reading that never moved under heat may be an open element as well: the heating watch's name.
                    LatchSurfaceUnseen(_room.NeverMoved ? FaultCode.HeatingFailed : FaultCode.SensorDetached);
                }

                // A reading standing still too low for the heat going in: the sensor strip is off the pad (session 10). Since
                // session 31 (warm31) withheld while the calibrated witness affirms the pair AND its gap has grown no more than
                // BalanceWitnessedGrowthC since its lowest: a body lying down on a pad in a 26.6-30 °C room holds the reading only
                // 7.8-11.5 °C over the room, and the heat the body takes at 34 °C then reads as 6.5-9.8 W/K holding it (22 of the
                // calibrated lying-down group's 25 warm-room trips, 17 withheld); the growth bound keeps review 20a's warm-start loosenings,
                // which the affirmation alone withheld 80 s (session 28), named by it (docs/safety.md, "Session 31: the lying-down
                // group's warm-room trips traced").
                if (_balance.Update(temperatureC, spanS, spanDuty, heatWanted, _current.FullPowerW))
                {
                    LatchUnlessWitnessed(FaultCode.SensorDetached, _element.GapGrowthC <= BalanceWitnessedGrowthC);
                }

                // The element's energy not showing in the reading, carried across short heat phases (session 11). Never withheld
                // for a body that could take the heat: session 28's body-load stand-down did, and review 29c found pairs loosening
                // partly under a body that it kept unnamed past 48 °C for up to 3,268 s; no bound on the body's credit separated
                // them from the lying-down latches (docs/safety.md, "Session 30: the body-load stand-down reverted").
                if (_energy.Update(temperatureC, spanS, spanDuty, _current.FullPowerW, _learner))
                {
                    LatchUnlessWitnessed(FaultCode.SensorDetached, true);
                }

                if (_coupling.Update(temperatureC, spanS, spanDuty, heatWanted, setpointC, _learner, _current.FullPowerW))
                {
                    LatchUnlessWitnessed(FaultCode.SensorDetached, true);
                }

                // The temperature check is the backup for when the current witness is not trusted: with a
                // trusted sense a short shows as current at duty 0 within two ticks, while the temperature
                // check cannot tell a short from stored heat coasting up when the losses drop (a folded pad,
                // the user getting up), which tripped it falsely (issue 4, session 2 faults campaign).
                if (_stuckOn.Update(temperatureC, spanS, spanDuty, spanCutoffClosed && !_current.Trusted, setpointC))
                {
                    Latch(FaultCode.HeaterStuckOn);
                }
            }

            if (heatWanted && _dose.AtLimit)
            {
                Latch(FaultCode.BurnDoseLimit);
            }

            _lastHeatWanted = heatWanted;
            return trusted;
        }

        /// <summary>
        /// Heater work in full-power seconds at the rated supply: <paramref name="workS"/> (Σ duty·Δt, ≥ 0) ×
        /// (<paramref name="supplyV"/> / <see cref="RatedSupplyV"/>)², the energy the sense measures (V²/R per full-power
        /// second) over the element's rated power. <paramref name="supplyV"/>: the last trusted supply reading, V; with
        /// none (≤ 0) the highest the witness lets heat at (<see cref="HeaterCurrentCheck.MaxSupplyV"/>) is assumed.
        /// </summary>
        public static double RatedWorkS(double workS, double supplyV)
        {
            double volts = supplyV > 0.0 ? supplyV : HeaterCurrentCheck.MaxSupplyV;
            double ratio = volts / RatedSupplyV;
            return workS * ratio * ratio;
        }

        /// <summary>The heater current witness (read-only use: last current and supply, learned resistance).</summary>
        public HeaterCurrentCheck HeaterCurrent
        {
            get { return _current; }
        }

        /// <summary>
        /// This tick's element sensor (session 18): <paramref name="fitted"/> false on a pad without one (<see cref="HeatPadCore.Step"/>
        /// rather than <see cref="HeatPadCore.StepWithElement"/>), and the core
        /// behaves as before the sensor existed; <paramref name="reading"/>: its raw reading, °C (invalid: the read failed).
        /// Never enables heat. Without a factory calibration it latches nothing (<see cref="ElementWitnessCheck"/>: its gap and its
        /// element limit are reported, review 19a); with one, the witness's <see cref="ElementWitnessCheck.Verdict"/> latches
        /// <see cref="FaultCode.SensorDetached"/> (session 19; withdrawn after reviews 20a / 20b, latched again in session 20 on
        /// the room's span). The element sensor's own failures latch nothing. Call once per tick after <see cref="ObserveSense"/>.
        /// </summary>
        public void ObserveElement(bool fitted, SensorReading reading)
        {
            bool powerKnown = _current.Trusted;
            double powerW = powerKnown ? CoreMath.Max(0.0, _current.CurrentA * _current.SupplyV) : 0.0;
            _element.Update(fitted, reading, powerKnown, powerW, _hotter, _lastHeatWanted, _senseDtMs / 1000.0);
            _surfaceCap.Update(_element);
            _heldDivergence.Update(_element, _surfaceCap, _senseDtMs / 1000.0);

            // With a factory calibration, the pair reading under what the element's heat balance puts on the surface: the
            // sensors do not see the surface (session 19). Latched again since session 20: the estimate is judged on the most
            // favourable room within ElementWitnessCheck.RoomSpanC of the cold start's reading (reviews 20a / 20b found the
            // frozen room reference latched pads switched on colder than their room).
            if (_element.Verdict)
            {
                Latch(FaultCode.SensorDetached);
            }

            // While the cap holds, the pair falling away from the element's estimate: a loosening pair the cap's withheld heat
            // keeps from parting (session 26, ecap26; review 26a: the pair's own disagreement came late under the cap).
            if (_heldDivergence.Verdict)
            {
                Latch(FaultCode.SensorDetached);
            }
        }

        /// <summary>The element's surface cap (read-only use: this tick's cap; session 25).</summary>
        public ElementSurfaceCap SurfaceCap
        {
            get { return _surfaceCap; }
        }

        /// <summary>The watch on the pair parting from the element's estimate under the surface cap (read-only use; session 26).</summary>
        public ElementHeldDivergenceCheck HeldDivergence
        {
            get { return _heldDivergence; }
        }

        /// <summary>The element witness (read-only use: its state, learner, gap and margin).</summary>
        public ElementWitnessCheck ElementWitness
        {
            get { return _element; }
        }

        /// <summary>
        /// Judges this tick's heater current and supply reading against the duty applied over the interval it
        /// covers; call once per tick after <see cref="Observe"/>. Latches <see cref="FaultCode.HeaterStuckOn"/>,
        /// <see cref="FaultCode.HeaterOpen"/>, <see cref="FaultCode.HeaterSenseFailed"/> or
        /// <see cref="FaultCode.SupplyOutOfRange"/> when the reading proves it.
        /// </summary>
        public void ObserveSense(HeaterSenseReading sense)
        {
            Latch(_current.Update(sense, _senseDutyFraction, _senseCutoffClosed, _loopOnTime, _senseDtMs));
        }

        // A fault from a check that judges heat not showing in the pair's reading; not while the fixture's plate holds the surface.
        private void LatchSurfaceUnseen(FaultCode fault)
        {
            if (!_surfaceHeldByFixture)
            {
                Latch(fault);
            }
        }

        /// <summary>
        /// The calibrated element witness's stand-down (session 20, issue 4; docs/safety.md "Session 20: the lying-down trips the
        /// calibrated witness clears"): a verdict of a check that judges the readings alone (<paramref name="readingsOnly"/>: the
        /// heat-energy check, the coupling check's unsettled-doubt watch and latching probes, the heating watch (its deep fall since
        /// session 20, its owed warming since session 28), the heat-balance check while the witness's gap has grown no more than
        /// <see cref="BalanceWitnessedGrowthC"/> (since session 31)) is
        /// withheld while <see cref="ElementWitnessCheck.Affirms"/> (a factory calibration, the element sensor healthy, the
        /// estimated surface within <see cref="ElementWitnessCheck.AffirmGapC"/> of the pair's reading for
        /// <see cref="ElementWitnessCheck.AffirmS"/> s): a body lying down looks like a pair loosening to those checks, not to the
        /// element's heat balance. Withheld, not forgotten: a check whose condition still holds latches on the first tick the
        /// witness stops affirming. The affirmation is the last tick's (<see cref="ObserveElement"/> runs after <see cref="Observe"/>).
        /// Without a calibration the witness never affirms and every verdict latches as before.
        /// </summary>
        private void LatchUnlessWitnessed(FaultCode fault, bool readingsOnly)
        {
            if (readingsOnly && _element.Affirms)
            {
                return;
            }

            LatchSurfaceUnseen(fault);
        }

        /// <summary>Latches <paramref name="fault"/> unless a fault is already latched (the first cause is kept).</summary>
        public void Latch(FaultCode fault)
        {
            if (_fault == FaultCode.None && fault != FaultCode.None)
            {
                _fault = fault;
                _hasFaultReading = _hasLastTrusted;
                _faultReadingC = _lastTrustedC;
                if (IsSensorIntegrityFault(fault))
                {
                    _integrityLatches++;
                }
            }
        }

        /// <summary>
        /// True when the latched fault may be cleared by a long press at all: a user-clearable code
        /// (<see cref="FaultCodeNames.IsClearableByUser"/>), and not a sensor-integrity fault (frozen reading, sensors disagreeing,
        /// detached sensor, heating failed) that has latched <see cref="MaxIntegrityLatchesBeforeLockout"/>
        /// times since power-on. Each clear resets the checks and buys the broken sensor another window of
        /// blind heat (review finding 2: 116 clears in 2 h, surface 88 °C folded), so a second latch needs a
        /// power cycle.
        /// </summary>
        public bool FaultClearable
        {
            get
            {
                if (!FaultCodeNames.IsClearableByUser(_fault))
                {
                    return false;
                }

                return !(IsSensorIntegrityFault(_fault) && _integrityLatches >= MaxIntegrityLatchesBeforeLockout);
            }
        }

        private static bool ClearsBelowLimit(SensorReading reading)
        {
            return reading.IsValid && reading.TemperatureC < SafetyLimits.FaultClearBelowC && reading.TemperatureC >= PlausibilityCheck.MinPlausibleC;
        }

        /// <summary>Sensor-integrity latches (since power-on) after which such a fault needs a power cycle, 2.</summary>
        public const int MaxIntegrityLatchesBeforeLockout = 2;

        private static bool IsSensorIntegrityFault(FaultCode fault)
        {
            return fault == FaultCode.FrozenReading || fault == FaultCode.SensorDetached || fault == FaultCode.HeatingFailed || fault == FaultCode.SensorsDisagree
                || fault == FaultCode.SensorsIdentical;
        }

        /// <summary>
        /// Clears the latched fault when the user may (<see cref="FaultCodeNames.IsClearableByUser"/>) and
        /// BOTH raw readings are valid, plausible and below <see cref="SafetyLimits.FaultClearBelowC"/> (a pad whose
        /// second sensor is gone has lost its witness and stays off); <see cref="FaultCode.SensorsIdentical"/> also needs the two
        /// readings to differ, and a <see cref="FaultCode.SensorsDisagree"/> needs the two within the agreement allowance
        /// (<see cref="SensorAgreementCheck.AgreesForClear"/>). True when cleared. The burn dose is kept: it lasts until power-off.
        /// </summary>
        public bool TryClear(SensorReading reading, SensorReading secondReading)
        {
            if (_fault == FaultCode.None || !FaultClearable)
            {
                return false;
            }

            if (!ClearsBelowLimit(reading) || !ClearsBelowLimit(secondReading))
            {
                return false;
            }

            if (_fault == FaultCode.SensorsDisagree && !SensorAgreementCheck.AgreesForClear(reading, secondReading))
            {
                return false;
            }

            // A frozen sensor must show it works again: the reading that froze cannot clear its own fault — the one
            // sensor's when the pair's check latched it (session 5 review, finding 7), else the fused one the checks judged.
            if (_fault == FaultCode.FrozenReading)
            {
                if (_frozenSensorIndex >= 0)
                {
                    SensorReading frozenOne = _frozenSensorIndex == 0 ? reading : secondReading;
                    if (frozenOne.TemperatureC == _frozenSensorC)
                    {
                        return false;
                    }
                }
                else if (_hasFaultReading && SensorPairFusion.Fuse(reading, secondReading).TemperatureC == _faultReadingC)
                {
                    return false;
                }
            }

            // One sensor read twice cannot clear its own fault: the two readings must differ at the press (evidence of two
            // sensors); a device that maps one sensor into both slots stays off until a power cycle searches the bus again.
            if (_fault == FaultCode.SensorsIdentical && reading.TemperatureC == secondReading.TemperatureC)
            {
                return false;
            }

            _fault = FaultCode.None;
            _plausibility.Reset();
            _secondPlausibility.Reset();
            _agreement.Reset();
            _identical.Reset();
            _frozenSensorIndex = -1;
            _frozen.Reset();
            _frozenProbe.Reset();
            _heatingFailed.Reset();
            _detached.Reset();
            _room.Reset();
            _balance.Reset();
            _energy.Reset();
            _coupling.Reset();
            _stuckOn.Reset();
            _current.Reset();
            _pendingS = 0.0;
            _pendingWorkS = 0.0;
            _pendingRatedWorkS = 0.0;
            _pendingCutoffClosed = true;
            return true;
        }

        /// <summary>
        /// The final heater duty: the controller's request clamped to the duty limits, or 0 when a fault
        /// is latched, heat is not wanted or not allowed, this tick's reading is not trusted, or the loop is late;
        /// and 0 when the current witness is not trusted (never heat without it), suspects a stuck heater (the
        /// next reading at duty 0 confirms it); at most <see cref="HeaterCurrentCheck.ProbeDutyFraction"/> when a probe
        /// is due (<see cref="HeaterCurrentCheck.ProbeDue"/>); and 0 while the frozen-reading probe
        /// holds the heat off to see the reading move (<see cref="FrozenReadingProbe"/>), or the
        /// coupling probe holds it off to see the reading respond (<see cref="SensorCouplingCheck"/>); at most
        /// <see cref="SensorCouplingCheck.DutyCap"/> while the sensor's coupling is in doubt; and at most
        /// <see cref="ElementSurfaceCap.DutyCap"/> while a calibrated element witness estimates the surface over
        /// <see cref="ElementSurfaceCap.CeilingC"/> (session 25; 1 on every other pad).
        /// </summary>
        public double GateDuty(double requestedDuty, bool heatWanted, SensorReading reading)
        {
            if (!HeatAllowed || !heatWanted || !reading.IsValid || !_loopOnTime || _frozenProbe.HoldsDutyAtZero || _coupling.HoldsDutyAtZero)
            {
                return 0.0;
            }

            if (!_current.Trusted || _current.HoldOff)
            {
                return 0.0;
            }

            // Both sensors must have been trusted since power-on (or the last clear): a pad whose second sensor never
            // answered has no witness, and its first ticks must not heat while the missing one is being counted.
            if (!_plausibility.HasTrusted || !_secondPlausibility.HasTrusted)
            {
                return 0.0;
            }

            double duty = CoreMath.Min(CoreMath.Min(HeaterDutyLimits.Clamp(requestedDuty), _coupling.DutyCap), _surfaceCap.DutyCap);
            return _current.ProbeDue ? CoreMath.Min(duty, _current.ProbeDutyFraction) : duty;
        }

        /// <summary>True when the independent cut-off switch may be closed: heat wanted and allowed.</summary>
        public bool CutoffClosed(bool heatWanted)
        {
            _lastCutoffClosed = HeatAllowed && heatWanted;
            return _lastCutoffClosed;
        }

        /// <summary>
        /// The dead-man heartbeat for the cut-off: toggles once per call while <paramref name="cutoffClosed"/>
        /// and the loop is on time, held low otherwise. The hardware keeps the switch closed only while it sees
        /// the toggling, so a frozen loop or a stuck pin opens it.
        /// </summary>
        public bool NextHeartbeat(bool cutoffClosed)
        {
            _heartbeat = cutoffClosed && _loopOnTime && !_heartbeat;
            return _heartbeat;
        }
    }
}
