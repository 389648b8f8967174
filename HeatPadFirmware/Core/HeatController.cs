namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The closed-loop heat controller: turns the setpoint and the sensor reading into a heater duty.
    /// <list type="bullet">
    /// <item>It learns the pad online (<see cref="PadModelLearner"/>) and estimates core, surface and sensor
    /// temperatures (<see cref="PadObserver"/>), so it regulates the estimated SURFACE, not the lagging sensor.</item>
    /// <item>Approach: full power until the model predicts that the heat stored in the core will carry the
    /// surface onto the setpoint if the power is cut now (the cautious peak over the best-fitting candidate
    /// models); then hold. Below a lag floor (reading + the longest sensor lag × its slope more than
    /// <see cref="LagFloorMarginC"/> under the setpoint) full power goes on whatever the models say: the first
    /// models, fitted on a minute of heating, may hold hot-core structures that would stop the heat far too early.
    /// Full power then coast is the physical bound of issue 3. Landing: until the surface
    /// reaches the arrival band (in the first heat-up, until the reading has too: <see cref="LandingSettleS"/>, unless the
    /// supply, the load or the level changed since the stop: <see cref="FirstLandingSupplyChange"/>), full power
    /// resumes when every plausible model again predicts a coast at least
    /// <see cref="ResumeMarginC"/> under the stop threshold (the coast has ruled out the pessimistic ones). When the
    /// model that stopped full power has a sensor lag over <see cref="CoastLagRatio"/> times the adopted model's, the
    /// hold adds no heat while that set still predicts the coast reaching the stop threshold (<see cref="CoastExitTicks"/>
    /// ticks in a row short end it) and that model, run open-loop from the stop, still coasts and explains the readings
    /// (<see cref="StopperMissC"/>).</item>
    /// <item>Hold: the model's predictive duty — the largest constant duty whose predicted surface stays at or
    /// below the setpoint at every horizon of <see cref="HorizonsS"/> (feedforward of the losses and of the
    /// core's stored heat in one figure) — plus a PID trim on the estimated surface (derivative on measurement,
    /// filtered; conditional integration as anti-windup) whose gains come from the learned model. The prediction is
    /// offset-free: the observer's correction shifts the model's sinks too, so a steady model error moves the
    /// predicted holding duty instead of being fought by the integral alone.</item>
    /// <item>Hold guard that needs only the learned sensor lag: no heat while the reading is in the arrival band and
    /// reading + lag × its slope (the surface, for a first-order sensor) is <see cref="CompensatedOffAboveSetpointC"/>
    /// over the setpoint — it catches a holding duty misjudged by a model whose other parameters are wrong.</item>
    /// <item>Before a model is credible it is conservative: full power only until the reading is
    /// <see cref="ConservativeMarginC"/> below the setpoint, then a soft fixed-gain PID.</item>
    /// <item>Level changes are bumpless: the integral is kept, the predictive term follows the new setpoint.</item>
    /// <item>A re-approach (a raise, a cold load, a new heat phase with a model learned earlier) trusts the model
    /// only while it still explains the readings here: when the observer's correction is over
    /// <see cref="ReapproachMaxCorrectionC"/>, or drifts by <see cref="ReapproachMaxDriftC"/> during the
    /// full-power stretch, full power also needs the reading <see cref="ConservativeMarginC"/> below the setpoint,
    /// as without a model; the hold's predictive duty lands the rest.</item>
    /// <item>A level that full power cannot reach runs at full power and is reported in
    /// <see cref="LevelUnreachable"/>; it is not a fault.</item>
    /// </list>
    /// Returns 0 when heat is not wanted or the reading is invalid. Allocates nothing per update.
    /// </summary>
    public sealed class HeatController
    {
        /// <summary>Longest Δt credited in one update, s: a stalled loop must not wind anything up.</summary>
        private const double MaxStepS = 5.0;

        /// <summary>Without a credible model, full power stops this far (°C) below the setpoint: the thick-slow pad's sensor lag plus coast at full power is about 3 °C.</summary>
        public const double ConservativeMarginC = 4.0;

        /// <summary>Longest sensor lag the controller must expect, s: issue 3's pads have lags of 5–40 s.</summary>
        public const double MaxSensorLagS = 40.0;

        /// <summary>
        /// Lag floor of the approach, °C: full power goes on, whatever the plausible models predict, while the reading plus
        /// <see cref="MaxSensorLagS"/> × its slope (for a first-order sensor the surface is the reading plus lag × slope,
        /// so this is the surface or more for any lag the pads have) is this far under the setpoint. It is the no-model
        /// rule's <see cref="ConservativeMarginC"/> plus 1 °C for the slope filter, which trails a steepening ramp early
        /// in the heat-up. With a rising reading the floor never allows more than the no-model rule (reading 4 °C under
        /// the setpoint).
        /// Why: the first model comes after 2 °C of rise, from a minute of data, and its plausible set then holds hot-core
        /// structures (gains up to 184 °C against the family's 5–30, sinks of 38–41 °C) whose coast would reach the
        /// setpoint from 8 °C under it; stopping on them left the hold to creep the rest (bench seed 1 worst rise 1.40,
        /// seed 2 1.34; with the floor 1.39 and 1.23, no run's overshoot higher by more than 0.013 °C).
        /// </summary>
        public const double LagFloorMarginC = ConservativeMarginC + 1.0;

        /// <summary>Full power stops when the cautious coast peak comes within this (°C) of the setpoint: a hair under, so the hold lands the last fraction.</summary>
        public const double CoastMarginC = 0.05;

        /// <summary>Band below the setpoint (°C) that counts as arrived: issue 3 measures the rise to setpoint − 0.5 °C.</summary>
        public const double CoastBandC = 0.5;

        /// <summary>
        /// A re-learning (<see cref="PadModelLearner.Relearn"/>) needs the reading this far (°C) under the setpoint at the heat's
        /// start: the conservative margin plus the rise a first model needs (<see cref="PadModelLearner.MinExcitationC"/>), so
        /// the new fit gets its excitation before the no-model path stops full power. A pad nearer its level (a short cool
        /// phase) keeps the model it has: with 1-min cool phases, re-learning at every phase left thick-slow L3 and
        /// folded-covered L1 under their level in 7–9 of 9 re-heats (review 8, finding 2).
        /// </summary>
        public const double RelearnBelowC = ConservativeMarginC + PadModelLearner.MinExcitationC;

        /// <summary>
        /// A re-learning restarts the fit from the pad taken at rest at the reading, so it needs the pad near rest: the
        /// estimated core at most this far (°C) over the reading, unless the model's estimate is not to be trusted
        /// (<see cref="RelearnTrustCorrectionC"/>). With the cold pack fitted as an input (<see cref="NoteColdPackExpected"/>)
        /// the model's core follows the true one through a cool phase (bench seed 1, thick-slow in air at level 4: 40.1 against
        /// 39.9 °C at the re-heat); after a 4-min cool phase thick-slow's core is still 7–13 °C over the surface, which a restart
        /// from rest cannot see (its fit chose a 6 s lag for the pad's 35 s and full power ran on: 0.65–1.37 °C over on the bench,
        /// 1.5–1.7 °C in the faults campaign). Such a pad keeps the model it has; a fast pad rests within a degree after a minute
        /// or two and re-learns as before (its local fit lands better than an hour's). 3 °C: above the 2–3 °C the pack-fitted
        /// core may be off, under the 7 °C of thick-slow's shortest bench re-heat.
        /// </summary>
        public const double RelearnRestExcessC = 3.0;

        /// <summary>
        /// Observer correction (°C, either sign) up to which the model's estimated core is trusted for
        /// <see cref="RelearnRestExcessC"/>: a model that misses the reading by more is not one whose core to believe (contrast
        /// session 150243, nominal-12v level 5 after the user got up: correction −8 °C, a core 5.5 °C over the reading on
        /// paper; kept, that re-heat ran 1.6 °C over; re-learned, as on main, it lands). 1 °C: sixteen DS18B20 steps, far over a credible fit's
        /// few hundredths, under the 4–10 °C of a spoiled one.
        /// </summary>
        public const double RelearnTrustCorrectionC = 1.0;

        /// <summary>Back to full-power approach when the estimated surface is this far (°C) below the setpoint (a cold load): far enough that the dip after a coast never re-triggers it.</summary>
        public const double ReapproachBelowC = 3.0;

        /// <summary>Back to full-power approach when the setpoint is raised by more than this (°C) since the last approach (one level is 1.5 °C).</summary>
        public const double ReapproachRaiseC = 1.0;

        /// <summary>
        /// Largest observer correction (°C, either sign) at which a re-approach trusts the model's coast
        /// prediction. A correction means the model no longer explains the readings at this operating point (a
        /// sensor lag or load it did not learn); on the thick-slow pad at 13.2 V a −0.66 °C correction after a
        /// 25 min hold came with a 0.3 s-per-°C lag error that let full power overshoot a raise by 1.3 °C
        /// (review finding 5). Good fits hold within a few DS18B20 steps (0.0625 °C) of the reading.
        /// </summary>
        public const double ReapproachMaxCorrectionC = 0.3;

        /// <summary>
        /// Observer correction (°C, the reading OVER the fit's modelled sensor) over which a fit re-learnt within this heat
        /// under-predicts the pad's heat: from there on no heat goes in while the hotter reading's own bound on its surface
        /// (<see cref="HotterBoundC"/> with <see cref="MaxSensorLagS"/>: reading + 40 s × its rising slope, the surface or more for any
        /// sensor lag the pads have) is at the setpoint (<see cref="ReadingsRefuseHeat"/>). 1 °C: <see cref="RelearnTrustCorrectionC"/>'s
        /// sixteen DS18B20 steps, far over a credible fit's few hundredths. Why (session 36; docs/safety.md "Session 36: the readings'
        /// veto on a re-learnt fit (fix36; landed)"): a cold pack left on 60 s into a contrast re-heat (nominal-12v, 16 °C room,
        /// level 5) held the readings flat under full power; the fit re-learnt from that heat started the pad at rest while its core
        /// was 21 °C hotter, its sensor ran ever further under the readings (the correction 15 °C at the cut), and the approach ran
        /// full power on its estimated surface 4.6 °C under the true one: true surface 48.36 °C, 8 s over 48 °C (pack35). With the
        /// veto the surface peaks at 45.0 °C. Armed only on a fit adopted within this heat (the learner's generation changed since the
        /// heat began; review 36a): armed on any fit it fired on healthy first heat-ups whose first fit misses by over 1 °C (faults
        /// named later and hotter, pack36) and on bodies the fit had not seen (two new false trips, review 36a). Only the reading over
        /// the fit: a fit over the readings already holds the heat back.
        /// </summary>
        public const double ModelMissHotC = 1.0;

        /// <summary>A correction that moves this far (°C) during a re-approach's full-power stretch shows the model mispredicting the heat-up itself: full power stops.</summary>
        public const double ReapproachMaxDriftC = 0.2;

        /// <summary>A level counts as unreachable after this long (s) at full power without progress.</summary>
        public const double UnreachableAfterS = 300.0;

        /// <summary>Slope (°C/s) under which full power counts as "no progress": 0.3 °C per 5 minutes.</summary>
        public const double StalledSlopeCPerS = 0.001;

        /// <summary>
        /// Off band: a reading this far above the setpoint, 0.5 °C, turns the heater off whatever the model
        /// predicts. Normal holds stay within the 0.3 °C the bench allows, so this never acts on a pad the model
        /// knows; it acts when the pad changed under the model (folded, covered, the body left) and the learned
        /// losses would keep feeding heat into a pad that no longer loses it. Marlin's PID_FUNCTIONAL_RANGE is
        /// the same idea with a 10 °C band, far too wide for skin. After a lowered setpoint (a level down, the
        /// burn-dose cap) the band's reference follows the reading down from the old setpoint until the reading is
        /// under the new one: the band then acts on a reading that climbs half a degree over its lowest since, not on
        /// a lagging reading that is still coming down (which held the heat off until the surface was 1.2–1.7 °C under
        /// the new setpoint; bench: level-5 steady error after the cap).
        /// </summary>
        public const double OffAboveSetpointC = 0.5;

        /// <summary>Time constant of the reading's slope filter, s: one 0.0625 °C DS18B20 step moves the filtered slope by at most 0.003 °C/s, so the lag-compensated reading by at most 0.12 °C at the 38 s lag.</summary>
        public const double ReadingSlopeFilterS = 20.0;

        /// <summary>
        /// Hold: no heat while the lag-compensated reading (reading + learned lag × its slope) is this far (°C) above
        /// the setpoint. It needs only the sensor lag, so it still acts when the rest of the learned model is wrong
        /// (after one heat-up the fit often cannot tell stored heat from sensor lag and misjudges the holding duty);
        /// 0.25 °C sits above the compensated reading's quantisation noise (about 0.12 °C) and under the 0.3 °C
        /// overshoot allowed by issue 3.
        /// </summary>
        public const double CompensatedOffAboveSetpointC = 0.25;

        /// <summary>After a stop, full power resumes only when the cautious coast peak is this much (°C) further under the setpoint than the stop margin: no chattering at the threshold.</summary>
        public const double ResumeMarginC = 0.3;

        /// <summary>
        /// Plausibility band (noise units, see <see cref="PadModelLearner.PlausibleNoiseUnits"/>) of the models that
        /// must agree before full power resumes after a stop: narrower than the stop's, because the coast has added
        /// the data that tells sensor lag from stored heat.
        /// </summary>
        public const double ResumeNoiseUnits = 300.0;

        /// <summary>
        /// The first heat-up's landing (no model when the heat started) ends once the estimated surface is in the arrival band
        /// AND the reading is too, or once the estimate has stayed in the band this long, s: twice the longest sensor lag
        /// (<see cref="MaxSensorLagS"/>), after which a reading still under the band is a sensor offset rather than lag. After
        /// the estimate has reached the band, the landing's resume (<see cref="ResumeNoiseUnits"/>) may still fire, but only
        /// on an adopted fit whose sensor lag is shorter than the one that put the estimate in the band: the readings have
        /// replaced that fit, and its arrival with it. Every later landing ends on the estimate alone, as before session 12.
        /// Why: ending on the estimate alone ended the first landing at the stop whenever the adopted fit had a long sensor
        /// lag and saw the surface in the band early (bench seed 1, random-001 body L1: a 38 s-lag fit put the surface at
        /// 37.5 °C at the stop, the pad's was 36.4 °C on a 16–18 s sensor; 30 s later the fit switched to a 12 s lag, the
        /// estimate fell to 36.7 °C, and with no landing left to resume the hold crawled at 0.8 duty: rise 1.306 → 1.259
        /// with this rule). Measured and not kept (docs/control.md, session 12): ending on the reading alone ended some
        /// landings earlier (a cold pack on at power-on: review 12's pack-then-loosening verdict named 284 → 435 s after the
        /// onset); any resume after the estimate's arrival let a pad that changed under its model (faults campaign, BodyOff
        /// 60 s after power-on, nominal-12v L5: the body gone, the correction drifting to −5 °C) resume full power to 45.7 °C
        /// (43.6 °C without).
        /// </summary>
        public const double LandingSettleS = 2.0 * MaxSensorLagS;

        /// <summary>
        /// The shortest sensor lag, s, the hotter reading's bound on its surface (<see cref="NoteHotterReading"/>) is taken
        /// with in the first landing's resume after the estimate's arrival: the adopted fit's lag, but not under 12 s (the
        /// learner's second lag point). Why: the first learning's 6 s-lag fits stand in for sensors that lag 10–18 s (bench
        /// seed 1's runs over 1.15, docs/control.md session 15), and in seed 5's pocket session 570332 the second pocket's
        /// sensor read 1.5 °C under its zone when the 6 s fit's bound (42.50 + 6 s × 0.11 °C/s, under the band by more than
        /// <see cref="ResumeMarginC"/>) let full power back at 107–116 s: 1.417 °C over the setpoint (main 0.613 °C). With
        /// 12 s the resume is refused there (0.613 °C, main's run) and bench seed 1's random-001 body L1 keeps its resume
        /// (1.306 → 1.259). Measured in session 16 (docs/control.md): the arrival's lag or <see cref="MaxSensorLagS"/> instead
        /// refused random-001's resume too (1.306).
        /// </summary>
        public const double HotterBoundMinLagS = 12.0;

        /// <summary>
        /// The first landing's resume after the estimate's arrival asks the observer's correction to be within this (°C, either
        /// sign) of its value at the first stop, nearer than the stand-down's <see cref="FirstLandingDriftC"/>: the resume is the
        /// one step of the longer landing that stores heat on the fit the readings picked, so it waits for readings that still
        /// back that fit. 0.08 °C (1.3 DS18B20 steps). Why (session 16, docs/control.md): review 14c's family-2 random-005 in air
        /// at L3, folded at 120 s, resumed full power 446–480 s on a 22 s fit while the correction had drifted 0.08–0.1 °C (a
        /// fold the 0.1 °C stand-down had not yet seen), and the hold on the 6 s fit it left adopted took the surface 0.174 °C
        /// over the setpoint (main −0.020 °C); with 0.08 it holds as main. Bench seed 1's random-001 body L1 keeps its resume
        /// with 0.08 (1.259) and loses it with 0.065 (1.306): the margin is narrow, measured on these two runs.
        /// </summary>
        public const double ResumeAfterArrivalDriftC = 0.08;

        /// <summary>
        /// The first landing's longer end (<see cref="LandingSettleS"/>) stands down — the landing then ends on the estimate
        /// alone, as every other landing — when the supply seen since the heat's start has moved by more than this fraction of
        /// its lowest value (0.03: 0.36 V at 12 V, 6 % of the heater's power; the supply reading's noise is under 0.01 V).
        /// The learned model is in duty, not watts: after a supply step the fit that put the estimate in the band no longer
        /// predicts what full power does, and a resume after the estimate's arrival ran on it (review 13, supply 10.8 → 13.2 V
        /// at the first stop: nominal-12v body L2 0.248 → 0.316 °C over the setpoint, strong-60w body L3 0.495 → 0.709 °C).
        /// </summary>
        public const double FirstLandingSupplyChange = 0.03;

        /// <summary>
        /// The first landing's longer end also stands down when the observer's correction has moved this far (°C, either sign)
        /// from its value at the first stop of full power: the readings leaving the fit's prediction show a load that changed
        /// (the user lay down or got up, the pad folded) or a fit that was wrong, and in both the resume after the estimate's
        /// arrival would run on a fit the readings no longer back. 0.1 °C (1.6 DS18B20 steps): a scan of 3,675 first heat-ups
        /// with one change near the first stop (the 6 shipped pads and random-000..011 of family seed 1, body and air, L1–L5;
        /// supply 10.8 ↔ 13.2 V, lying down, getting up, a fold, a level up or down, 0–90 s after the stop; docs/control.md,
        /// session 13): with 0.2 °C (a re-approach's drift) random-010 folded in air at L1 landed 0.158 → 0.335 °C over the
        /// setpoint; with 0.1 no run crossed 0.3 °C that main kept under it. The cost: bench seed 2's random-016 body L1
        /// (a wrong 38 s-lag fit whose correction drifts 0.11 °C before a 22 s fit takes over) keeps main's 1.398.
        /// A level change in the landing stands it down too.
        /// </summary>
        public const double FirstLandingDriftC = 0.1;

        /// <summary>
        /// Coast after a stop, as a ratio of sensor lags: when the candidate whose coast peak stopped full power has a
        /// sensor lag more than this many times the adopted model's, no heat goes on while the stopping set still predicts
        /// the coast reaching the stop threshold. After one heat-up the best fit of a thick pad often has the shortest lag
        /// (6 s against 35–40 s on thick-slow) and sees the surface 0.9 °C low, so the hold asked for 0.6–0.7 duty on top
        /// of the coast (peak 0.66 °C over at level 3 with a 40 s lag). Only after a full-power stretch in this approach
        /// (stored heat to coast on). Gating on the lag disagreement keeps the ordinary landings, where wrong pessimistic
        /// models linger: bench seed 1, runs of the random family over 1.15 × the bound's rise: 9 before, 10 with this
        /// ratio, 16 with 1.5, 21 holding the heat off after every stop, 52 with a further 0.1 °C exit margin.
        /// </summary>
        public const double CoastLagRatio = 2.0;

        /// <summary>
        /// Ticks in a row, 2, of the stopping set predicting a coast short of the stop threshold that end that coast. One
        /// tick is not enough: the set's hottest prediction sits on the threshold at the stop and dips under it for a tick as
        /// the fits follow the noisy readings (bench seed 1, random-024 body level 1: 37.94 against 37.95 two seconds after
        /// the stop; the adopted 6 s-lag fit's hold then ran 0.9 duty for a minute, 0.54 °C over; with 2 ticks, 0.04 °C).
        /// </summary>
        public const int CoastExitTicks = 2;

        /// <summary>
        /// The coast also ends when the reading falls this much, 0.25 °C (4 DS18B20 steps, twice the compensated reading's
        /// quantisation noise), under the stopping candidate's: run open-loop from the stop on the duty applied, a candidate
        /// that predicts a hotter reading than the pad gives is wrong, and so is the coast it predicted. A reading over its
        /// prediction (a pad hotter than even that pessimistic model) does not end the coast.
        /// </summary>
        public const double StopperMissC = 0.25;

        /// <summary>Proportional gain of the hold's PID as the steady-state surface rise (°C) its duty is worth per °C of error.</summary>
        public const double ProportionalSteadyC = 1.5;

        /// <summary>
        /// Integral time of the hold's PID, 60 s, whatever the learned time constants. The integral removes what the
        /// model's predictive duty gets wrong, and after one heat-up that error is often a slow drift (a wrong structure
        /// whose open-loop prediction walks away from the readings: on thick-slow in air the observer's correction grew by
        /// 0.14 °C a minute for half an hour); an integral over the learned 150 s followed it too slowly. During a landing
        /// the integral is held while the surface rises (<see cref="PidController.HoldIntegralWhileClosing"/>), so the faster
        /// integral does not wind up on the approach. Bench (seeds 1 / 2, random family): 60–150 s from the model → 60 s
        /// with the landing hold: steady error 0.047 / 0.053 → 0.043 / 0.049 °C, worst rise 1.388 / 1.326 → 1.347 / 1.279;
        /// 60 s without the landing hold: seed 2's worst overshoot 0.45 → 0.61 °C (random-011 body level 2).
        /// </summary>
        public const double IntegralTimeS = 60.0;

        private static readonly double[] HorizonsS = new double[] { 15.0, 30.0, 60.0, 120.0, 240.0, 480.0 };

        private readonly PadModelLearner _learner = new PadModelLearner();
        private readonly PadObserver _observer = new PadObserver();
        private readonly PidController _pid;
        // Scratch for one call at a time, written in full before it is read (no allocation per tick): the candidate of
        // CautiousCoastPeakC's loop, and the shifted model ModelDuty hands PredictiveDuty after its coast checks. One object
        // for both since session 33 (108 B on a 32-bit nanoCLR heap): neither's content outlives its call.
        private readonly PadThermalModel _scratchModel = new PadThermalModel();
        private readonly PadThermalModel _stopModel = new PadThermalModel();
        private long _lastMs;
        private bool _hasLast;
        private bool _active;
        private bool _approaching;
        private bool _hadModel;
        private bool _conservativeStopped;
        private bool _coldPack;
        private bool _reapproach;
        private int _heatGeneration; // the learner's generation when this heat began (ReadingsRefuseHeat)
        private bool _reapproachTrusted;
        private double _reapproachStartCorrectionC;
        private double _approachEndSetpointC;
        private double _lastDuty;
        private double _saturatedS;
        private double _slopeCPerS;
        private double _lastSurfaceC;
        private bool _hasSlope;
        private bool _unreachable;
        private bool _landing;

        // The first heat-up after power-on (no model when the heat started), until its landing ends: its landing ends later
        // (see LandingSettleS). Seconds in a row the estimated surface has been in the arrival band during the landing,
        // whether it has reached the band at all (the hold's integral is held only before that, as before session 12), and
        // the adopted fit's sensor lag when it did, s.
        private bool _firstHeatUp;
        private double _landingInBandS;
        private bool _landingArrived;
        // The estimate has been in the band at least once in the first heat-up's landing (a resume and a new stop clear
        // _landingArrived, not this): the landing may then also end on the readings' bound (see lagBoundC in Update).
        private bool _firstLandingArrivedOnce;
        private double _arrivalLagS;

        // The supply seen since the first heat-up's start, lowest and highest, V (0: none yet), the latest, and the observer's
        // correction and the setpoint at the first heat-up's first stop of full power (once taken): what
        // FirstLandingSupplyChange / FirstLandingDriftC compare.
        private double _supplyMinV;
        private double _supplyMaxV;
        private double _supplyV;
        private double _landingStartCorrectionC;
        private double _landingSetpointC;
        private bool _landingReferenced;
        private bool _coasting;
        private int _coastShortTicks;

        // Full power ran in this approach: the core holds heat that a coast can carry.
        private bool _heatStored;
        private double _peakLagS;
        private int _peakIndex;
        private double _stopCoreC;
        private double _stopSurfaceC;
        private double _stopSensorC;
        private double _offReferenceC;
        private bool _resumed;
        private bool _hasReading;
        private double _lastReadingC;
        private double _readingSlopeCPerS;
        private double _sinceReadingS;

        // The hotter of the two trusted readings (NoteHotterReading), its low-passed slope as the fused reading's, °C/s: the
        // first landing's resume after the estimate's arrival asks its bound too (see HotterBoundC).
        private SensorReading _hotter;
        private bool _hasHotter;
        private double _lastHotterC;
        private double _hotterSlopeCPerS;
        private double _sinceHotterS;

        /// <summary>
        /// Creates the controller. Fallback PID until a model is learned: Kp 0.1/°C (full power only 10 °C
        /// below target: soft, because an unknown pad may have a 40 s sensor lag and a hot core), Ti 240 s,
        /// Td 40 s filtered over 10 s.
        /// </summary>
        public HeatController()
        {
            _pid = new PidController(0.1, 240.0, 40.0, 10.0);
        }

        /// <summary>True while heat is wanted and full power cannot bring the surface to the setpoint (weak pad, heavy load, low supply). Not a fault.</summary>
        public bool LevelUnreachable
        {
            get { return _unreachable; }
        }

        /// <summary>True once the pad's model has been learned and validated.</summary>
        public bool HasModel
        {
            get { return _learner.HasModel; }
        }

        /// <summary>The learner (read-only use: the adopted model and its residual).</summary>
        public PadModelLearner Learner
        {
            get { return _learner; }
        }

        /// <summary>The observer (read-only use: estimated core and surface temperatures, °C).</summary>
        public PadObserver Observer
        {
            get { return _observer; }
        }

        /// <summary>
        /// Tells the controller the duty that was finally applied after this tick's <see cref="Update"/> (0..1,
        /// after the supervisor's gate): the learner and the next update use it, not the duty requested. Call once
        /// per tick after the gate; NaN or out-of-range values are clamped (NaN → 0).
        /// </summary>
        public void NoteAppliedDuty(double dutyFraction)
        {
            _lastDuty = HeaterDutyLimits.Clamp(dutyFraction);
        }

        /// <summary>
        /// Tells the controller whether the program's phase now is one where the user lays a cold pack on the pad (the cool
        /// phase of <c>hot-cold</c> and <c>contrast</c>): the learner then fits the pack's pull instead of taking it for the
        /// pad. Call before <see cref="Update"/>; it holds until changed.
        /// </summary>
        public void NoteColdPackExpected(bool expected)
        {
            _coldPack = expected;
        }

        /// <summary>
        /// Tells the controller the heater supply measured this tick, V (0 or less, or not finite: not known). Only the first
        /// heat-up's landing uses it (<see cref="FirstLandingSupplyChange"/>). Call before <see cref="Update"/>.
        /// </summary>
        public void NoteSupply(double supplyV)
        {
            _supplyV = CoreMath.IsFinite(supplyV) && supplyV > 0.0 ? supplyV : 0.0;
        }

        /// <summary>
        /// Tells the controller the hotter of this tick's two trusted readings (<see cref="SensorPairFusion.Hotter"/>; invalid
        /// when neither is trusted). Only the first heat-up's resume after the estimate's arrival reads it (<see cref="Update"/>'s
        /// landing: the hotter reading's bound, as the fused one's). Call before <see cref="Update"/>; a controller never told
        /// uses the fused reading alone.
        /// </summary>
        public void NoteHotterReading(SensorReading hotter)
        {
            _hotter = hotter;
        }

        /// <summary>
        /// One control step at <paramref name="nowMs"/>. Returns the duty 0..1: 0 when
        /// <paramref name="heatWanted"/> is false or the reading is invalid.
        /// </summary>
        public double Update(long nowMs, SensorReading reading, bool heatWanted, double setpointC)
        {
            double dtS = 0.0;
            if (_hasLast && nowMs > _lastMs)
            {
                dtS = CoreMath.Min((nowMs - _lastMs) / 1000.0, MaxStepS);
            }

            _lastMs = nowMs;
            _hasLast = true;

            // The learner always sees what was applied, heating or not: cool phases are data too.
            _learner.Update(dtS, _lastDuty, reading, _coldPack);
            _observer.Update(dtS, reading, _learner);
            UpdateSlope(dtS);
            UpdateReadingSlope(dtS, reading);
            UpdateHotterSlope(dtS);

            double duty = 0.0;
            if (heatWanted && reading.IsValid && CoreMath.IsFinite(setpointC))
            {
                duty = Control(dtS, reading, setpointC);
            }
            else
            {
                if (!heatWanted)
                {
                    _active = false;
                    _unreachable = false;
                    _saturatedS = 0.0;
                }
            }

            _lastDuty = HeaterDutyLimits.Clamp(duty);
            return _lastDuty;
        }

        private double Control(double dtS, SensorReading reading, double setpointC)
        {
            if (!_active)
            {
                _active = true;
                _approaching = true;
                int generation = _learner.Generation;
                bool abandoned = _learner.IsProvisional;
                if (abandoned)
                {
                    // The re-learning started at the last heat never became credible: the model learned before controls again
                    // (review 8, finding 2: with 1-min cool phases thick and folded pads stayed under their level all session).
                    _learner.AbandonRelearn();
                }

                if (!abandoned && _learner.HasModel && _learner.IdleS >= PadModelLearner.RelearnIdleS && _learner.ResidualWithoutPackRmsC > PadModelLearner.MaxResidualRmsC
                    && reading.TemperatureC < setpointC - RelearnBelowC
                    && (CoreMath.Abs(_observer.CorrectionC) > RelearnTrustCorrectionC || _observer.CoreC - reading.TemperatureC < RelearnRestExcessC))
                {
                    // A new heat after a rest, on a model the readings since have spoiled (a load that came or went; a cold
                    // pack the program did not announce, or one its two-unknown fit cannot explain), from a pad near rest:
                    // learn the pad again from this heat-up, with the old model as a stand-in until the new fit is credible;
                    // its arrival then decides the coast as the first model's does. A pad whose core is still hot keeps the
                    // model (its pack-fitted core is right, a restart from rest is not: RelearnRestExcessC).
                    _learner.Relearn(reading.TemperatureC);
                    _hadModel = false;
                    _conservativeStopped = false;
                }

                if (_learner.Generation != generation)
                {
                    // The fit's state was replaced: the observer starts again from it this tick, not the next.
                    _observer.Update(0.0, reading, _learner);
                }

                BeginApproach(_learner.HasModel && !_learner.IsProvisional, false);
                _firstHeatUp = !_learner.HasModel;
                _firstLandingArrivedOnce = false;
                _supplyMinV = 0.0;
                _supplyMaxV = 0.0;
                _landingReferenced = false;
                _pid.Reset(0.0);
                dtS = 0.0;
                _offReferenceC = setpointC;
                _heatStored = false;
                _heatGeneration = _learner.Generation;
            }

            // The off band's reference: the setpoint, except after a lowered setpoint, when it follows the reading down
            // from the old one until the reading is under the new setpoint (see OffAboveSetpointC).
            _offReferenceC = CoreMath.Max(setpointC, CoreMath.Min(_offReferenceC, reading.TemperatureC));

            if (_firstHeatUp)
            {
                TrackFirstHeatUpSupply();
            }

            double duty;
            if (!_learner.HasModel || _learner.IsProvisional)
            {
                duty = ConservativeDuty(dtS, reading.TemperatureC, setpointC);
            }
            else
            {
                duty = ModelDuty(dtS, reading.TemperatureC, setpointC);
            }

            if (reading.TemperatureC >= _offReferenceC + OffAboveSetpointC)
            {
                duty = 0.0;
            }

            duty = HeaterDutyLimits.Clamp(duty);
            if (duty >= HeaterDutyLimits.MaxDutyFraction && dtS > 0.0)
            {
                _heatStored = true;
            }

            TrackReachability(dtS, duty, setpointC);
            return duty;
        }

        private double ConservativeDuty(double dtS, double readingC, double setpointC)
        {
            if (_approaching && readingC < setpointC - ConservativeMarginC)
            {
                return HeaterDutyLimits.MaxDutyFraction;
            }

            if (_approaching)
            {
                _approaching = false;
                _conservativeStopped = true;
                _pid.Reset(0.0);
            }

            _pid.Kp = 0.1;
            _pid.TiS = 240.0;
            _pid.TdS = 40.0;
            _pid.DerivativeFilterS = 10.0;
            return _pid.Update(dtS, setpointC, readingC, 0.0, HeaterDutyLimits.MinDutyFraction, HeaterDutyLimits.MaxDutyFraction);
        }

        private double ModelDuty(double dtS, double readingC, double setpointC)
        {
            // The fit's duty first, so its approach, landing and hold go on as without the bound; then the readings' veto.
            double duty = ModelDutyFromFit(dtS, readingC, setpointC);
            return duty > 0.0 && ReadingsRefuseHeat(readingC, setpointC) ? 0.0 : duty;
        }

        /// <summary>
        /// True when the fit was re-learnt within this heat (the learner's <see cref="PadModelLearner.Generation"/> moved since the
        /// heat began), under-predicts the pad's heat (the observer's correction over <see cref="ModelMissHotC"/>), and the hotter
        /// reading's bound on its surface with the longest sensor lag (<see cref="MaxSensorLagS"/>) is at or over the setpoint: the
        /// surface may be at the level already, whatever the fit's estimate says, so no heat goes in.
        /// </summary>
        private bool ReadingsRefuseHeat(double readingC, double setpointC)
        {
            return _learner.Generation != _heatGeneration && _observer.CorrectionC > ModelMissHotC && HotterBoundC(MaxSensorLagS, readingC) >= setpointC;
        }

        /// <summary>The duty the adopted fit asks for: the approach, the landing and the hold (see the class).</summary>
        private double ModelDutyFromFit(double dtS, double readingC, double setpointC)
        {
            PadThermalModel model = _learner.Model;
            double surfaceC = _observer.SurfaceC;
            if (!_approaching)
            {
                // A lowered level lowers the reference too: a raise is measured from the level being held.
                _approachEndSetpointC = CoreMath.Min(_approachEndSetpointC, setpointC);
                if (surfaceC < setpointC - ReapproachBelowC || setpointC > _approachEndSetpointC + ReapproachRaiseC)
                {
                    // A landing from a re-approach that stopped because its model was not trusted here stays untrusted: that
                    // stop comes with the reading ConservativeMarginC under the setpoint, the surface often still
                    // ReapproachBelowC under it, and a fresh approach would have trusted the same model again at once
                    // (contrast session 150203, strong-60w L4: full power on to a reading at the setpoint, 0.49 C over).
                    bool untrusted = _landing && _reapproach && !_reapproachTrusted;
                    _approaching = true;
                    BeginApproach(true, untrusted);
                }
            }

            if (!_hadModel)
            {
                // The first credible model arrives during the heat-up: if the conservative phase already stopped
                // full power short of the setpoint, the model decides again when to coast.
                _hadModel = true;
                if (_conservativeStopped && surfaceC < setpointC - CoastBandC)
                {
                    _approaching = true;
                    BeginApproach(false, false);
                }
            }

            if (!_approaching && _landing)
            {
                // Landing after a cautious stop: the coast shows which of the plausible models were right. When every
                // model still plausible agrees that full power is safe again, the approach resumes.
                bool estimateInBand = surfaceC >= setpointC - CoastBandC;
                if (_firstHeatUp && FirstLandingChanged(setpointC))
                {
                    // The pad or its supply changed in the landing: from here it is an ordinary landing, ended on the estimate.
                    _firstHeatUp = false;
                }

                _landingInBandS = estimateInBand ? _landingInBandS + dtS : 0.0;
                if (estimateInBand && !_landingArrived)
                {
                    _landingArrived = true;
                    _arrivalLagS = model.SensorLagS;
                    _firstLandingArrivedOnce = true;
                }

                // The readings' own word on the surface under the adopted fit's lag: reading + lag × its (rising) slope. After the
                // estimate's arrival the first landing goes on only on a fit of a shorter lag than the arrival's (the readings
                // replaced that fit); from then the resume needs this bound ResumeMarginC under the band, and the bound reaching
                // the band ends the landing, whatever the estimate says. Why (session 15, docs/control.md): review 14c's
                // strong-60w on the body at L4, the user up 30 s into the heat-up — a 12 s-lag fit after a 22 s one left the
                // estimate 0.5-0.9 C under the surface; the resume at 99 s and the landing's held integral after it took the
                // surface 0.659 C over the setpoint (main 0.464; now 0.464); family 3's folds in air 0.269 / 0.168 C (main
                // 0.059 / 0.054; now 0.059 / 0.024). Bench seed 1's random-001 body L1 keeps its resume (1.306 -> 1.259).
                double lagBoundC = readingC + (model.SensorLagS * CoreMath.Max(0.0, _readingSlopeCPerS));
                // The resume after arrival asks the hotter sensor's bound as well (session 16): the fused reading lies up to
                // SensorPairFusion.MaxBelowHotterC under the hotter one, and with the pockets apart the hotter pocket is the one
                // that overshoots (seed 5's pocket session 570332: the fused bound allowed full power at 107-116 s while the
                // second pocket's zone was 0.1 C over the band, 0.613 -> 1.417 C over the setpoint), on a lag of at least
                // HotterBoundMinLagS.
                double resumeBoundC = CoreMath.Max(lagBoundC, HotterBoundC(CoreMath.Max(model.SensorLagS, HotterBoundMinLagS), readingC));
                bool lagUnderArrival = model.SensorLagS < _arrivalLagS;
                // After the estimate's arrival: a fit of a shorter lag than the arrival's, both bounds ResumeMarginC under the
                // band, and the correction within ResumeAfterArrivalDriftC of the first stop's.
                bool resumeAfterArrival = lagUnderArrival && resumeBoundC < setpointC - CoastBandC - ResumeMarginC
                    && CoreMath.Abs(_observer.CorrectionC - _landingStartCorrectionC) <= ResumeAfterArrivalDriftC;
                bool arrived = _firstHeatUp
                    ? (estimateInBand && (readingC >= setpointC - CoastBandC || _landingInBandS >= LandingSettleS))
                        || (_firstLandingArrivedOnce && lagUnderArrival && lagBoundC >= setpointC - CoastBandC)
                    : _landingArrived;
                if (arrived)
                {
                    _landing = false;
                    _firstHeatUp = false;
                }
                else if ((!_landingArrived || resumeAfterArrival) && ReapproachAllowsFullPower(readingC, setpointC)
                    && CautiousCoastPeakC(_learner.CountWithin(ResumeNoiseUnits)) < setpointC - CoastMarginC - ResumeMarginC)
                {
                    // Only when full power may run: a re-approach whose model is not trusted here would stop again in the
                    // same tick, and each such stop restarted the hold (no integral step) and re-armed the coast gate — a
                    // landing under the arrival band then held 1.2 °C short with the duty alternating 0 / 0.7 (strong-60w
                    // after a loosening sensor was pressed back on).
                    // The resumed stretch stops on the same narrower set that allowed it.
                    _approaching = true;
                    _resumed = true;
                }
            }

            if (_approaching)
            {
                if (LagFloorAllowsFullPower(readingC, setpointC) && ReapproachAllowsFullPower(readingC, setpointC))
                {
                    // Far below: the models' spread cannot matter yet (and their coast predictions are not needed).
                    return HeaterDutyLimits.MaxDutyFraction;
                }

                double peakC = CautiousCoastPeakC(_resumed ? _learner.CountWithin(ResumeNoiseUnits) : _learner.PlausibleCount);
                if (peakC < setpointC - CoastMarginC && surfaceC < setpointC && ReapproachAllowsFullPower(readingC, setpointC))
                {
                    return HeaterDutyLimits.MaxDutyFraction;
                }

                _approaching = false;
                _landing = true;
                _landingInBandS = 0.0;
                _landingArrived = false;
                if (_firstHeatUp && !_landingReferenced)
                {
                    // The first stop of the first heat-up: what FirstLandingChanged compares against until the landing ends.
                    _landingReferenced = true;
                    _landingStartCorrectionC = _observer.CorrectionC;
                    _landingSetpointC = setpointC;
                }
                _coasting = _heatStored && _peakLagS > CoastLagRatio * model.SensorLagS;
                _coastShortTicks = 0;
                if (_coasting)
                {
                    FreezeStoppingCandidate(readingC);
                }

                _approachEndSetpointC = setpointC;
                dtS = 0.0;
            }

            if (_coasting)
            {
                // The coast after a stop that a much longer-lag model decided: that model sees the surface higher than the
                // adopted one, whose hold would add heat on top of the stored heat's coast (see CoastLagRatio). No heat
                // until the stopping set no longer predicts the coast reaching the stop threshold (CoastExitTicks in a
                // row), or the stopping candidate's own coast is over or misses the readings.
                double coastPeakC = CautiousCoastPeakC(_resumed ? _learner.CountWithin(ResumeNoiseUnits) : _learner.PlausibleCount);
                _coastShortTicks = coastPeakC >= setpointC - CoastMarginC ? 0 : _coastShortTicks + 1;
                // The stopping candidate as it was at the stop, run open-loop: its own coast is over once its surface
                // falls under the stop threshold (the set's refitted candidates can go on predicting a coast that the
                // frozen one has already finished: random-005 in air, a wrong 38 s lag, 28 s more without heat).
                double stopperBeforeC = _stopSurfaceC;
                _stopModel.Advance(dtS, _lastDuty, ref _stopCoreC, ref _stopSurfaceC, ref _stopSensorC);
                bool stopperLanded = dtS > 0.0 && _stopSurfaceC < stopperBeforeC && _stopSurfaceC < setpointC - CoastMarginC;
                // One-sided: a reading under the stopper's prediction says its coast will not come; a reading over it says
                // the pad is hotter than even that pessimistic model, which is no reason to heat (session 4 review).
                bool stopperMisses = _stopSensorC - readingC > StopperMissC;
                if (_coastShortTicks < CoastExitTicks && !stopperLanded && !stopperMisses)
                {
                    _pid.Reset(_pid.Integral);
                    return 0.0;
                }

                _coasting = false;
            }

            double compensatedC = readingC + (model.SensorLagS * _readingSlopeCPerS);
            if (compensatedC >= setpointC + CompensatedOffAboveSetpointC && readingC >= setpointC - CoastBandC)
            {
                // The surface is already over: the PID restarts from its integral when the heat may come back.
                _pid.Reset(_pid.Integral);
                return 0.0;
            }

            // Offset-free prediction: the observer's correction is a disturbance the model did not explain, taken
            // as persistent, so it shifts the sinks as well as the state (the model's steady state moves with it).
            _scratchModel.CopyFrom(model);
            _scratchModel.SinkC += _observer.CorrectionC;
            _scratchModel.AmbientC += _observer.CorrectionC;
            double predictive = PredictiveDuty(_scratchModel, _observer.CoreC, _observer.SurfaceC, setpointC);

            // Gains from the learned model: K = steady surface rise per unit duty; a 1 °C error asks for the
            // duty worth 1.5 °C in steady state (bench, seeds 1 and 2: 1.0 left the landings after a cautious stop
            // slow, 3.0 overshot); integral time fixed (see IntegralTimeS); derivative over the sensor lag.
            double gainCPerDuty = model.SteadySurfaceC(1.0, out _) - model.SteadySurfaceC(0.0, out _);
            _pid.Kp = gainCPerDuty > 0.5 ? ProportionalSteadyC / gainCPerDuty : 2.0;
            _pid.TiS = IntegralTimeS;
            _pid.TdS = 0.25 * model.SensorLagS;
            _pid.DerivativeFilterS = 10.0;
            // Held only until the estimate first reaches the band: the first heat-up's longer landing keeps the hold's PID as before.
            _pid.HoldIntegralWhileClosing = _landing && !_landingArrived;
            return _pid.Update(dtS, setpointC, surfaceC, predictive, HeaterDutyLimits.MinDutyFraction, HeaterDutyLimits.MaxDutyFraction);
        }

        /// <summary>
        /// Starts an approach. <paramref name="withEarlierModel"/>: the model was learned before this approach
        /// (a raise, a cold load, a new heat phase), so it must prove it still fits here. <paramref name="startUntrusted"/>:
        /// the model was already found untrusted for this landing (a re-approach stopped for it), so this one starts untrusted
        /// whatever the observer's correction says now.
        /// </summary>
        private void BeginApproach(bool withEarlierModel, bool startUntrusted)
        {
            _resumed = false;
            _coasting = false;
            if (withEarlierModel)
            {
                _heatStored = false;
            }

            _reapproach = withEarlierModel;
            _reapproachStartCorrectionC = _observer.CorrectionC;
            _reapproachTrusted = !startUntrusted && !(CoreMath.Abs(_observer.CorrectionC) > ReapproachMaxCorrectionC);
        }

        /// <summary>Lowest and highest supply since the first heat-up's start (see <see cref="FirstLandingSupplyChange"/>).</summary>
        private void TrackFirstHeatUpSupply()
        {
            if (_supplyV <= 0.0)
            {
                return;
            }

            if (_supplyMinV <= 0.0)
            {
                _supplyMinV = _supplyV;
                _supplyMaxV = _supplyV;
                return;
            }

            _supplyMinV = CoreMath.Min(_supplyMinV, _supplyV);
            _supplyMaxV = CoreMath.Max(_supplyMaxV, _supplyV);
        }

        /// <summary>
        /// True when the first landing's longer end must stand down: the supply moved (<see cref="FirstLandingSupplyChange"/>),
        /// the readings left the adopted fit (<see cref="FirstLandingDriftC"/>) or the level changed since the stop.
        /// </summary>
        private bool FirstLandingChanged(double setpointC)
        {
            bool supplyMoved = _supplyMinV > 0.0 && _supplyMaxV - _supplyMinV > FirstLandingSupplyChange * _supplyMinV;
            bool drifted = CoreMath.Abs(_observer.CorrectionC - _landingStartCorrectionC) > FirstLandingDriftC;
            return supplyMoved || drifted || setpointC != _landingSetpointC;
        }

        /// <summary>
        /// False when a re-approach may not run full power: the model is not credible here (correction too large
        /// at the start, or drifting during the approach) and the reading is within the conservative margin.
        /// </summary>
        private bool ReapproachAllowsFullPower(double readingC, double setpointC)
        {
            if (!_reapproach)
            {
                return true;
            }

            if (CoreMath.Abs(_observer.CorrectionC - _reapproachStartCorrectionC) > ReapproachMaxDriftC || CoreMath.Abs(_observer.CorrectionC) > ReapproachMaxCorrectionC)
            {
                _reapproachTrusted = false;
            }

            return _reapproachTrusted || readingC < setpointC - ConservativeMarginC;
        }

        /// <summary>
        /// True while the reading plus <see cref="MaxSensorLagS"/> × its (rising) slope is more than
        /// <see cref="LagFloorMarginC"/> under the setpoint: with a first-order sensor the surface is the reading plus
        /// lag × slope, so this is the surface or more for any lag the pads have once the filtered slope has caught up,
        /// with no model at all.
        /// </summary>
        private bool LagFloorAllowsFullPower(double readingC, double setpointC)
        {
            double surfaceBoundC = readingC + (MaxSensorLagS * CoreMath.Max(0.0, _readingSlopeCPerS));
            return surfaceBoundC < setpointC - LagFloorMarginC;
        }

        /// <summary>
        /// Keeps a copy of the candidate whose coast stopped full power (<see cref="CautiousCoastPeakC"/>'s last
        /// hottest one) with its state now, the sensor taken at the reading: run open-loop on the duty applied, it
        /// says where that candidate expects the reading to go during the coast.
        /// </summary>
        private void FreezeStoppingCandidate(double readingC)
        {
            _learner.GetCandidate(_peakIndex, _stopModel, out double coreC, out double surfaceC);
            double shift = _observer.CorrectionC;
            _stopCoreC = coreC + shift;
            _stopSurfaceC = surfaceC + shift;
            _stopSensorC = readingC;
        }

        /// <summary>Highest coast peak of the surface (°C) over the plausible candidates if the power were cut now.</summary>
        private double CautiousCoastPeakC(int count)
        {
            double peakC = -1000.0;
            _peakLagS = 0.0;
            for (int k = 0; k < count; k++)
            {
                _learner.GetCandidate(k, _scratchModel, out double coreC, out double surfaceC);
                double shift = _observer.CorrectionC;
                double candidatePeakC = _scratchModel.CoastPeakC(coreC + shift, surfaceC + shift, 4.0, 120);
                if (candidatePeakC > peakC)
                {
                    peakC = candidatePeakC;
                    _peakLagS = _scratchModel.SensorLagS;
                    _peakIndex = k;
                }
            }

            return peakC;
        }

        /// <summary>
        /// The largest constant duty u (unclamped) with free(H) + u·forced(H) ≤ setpoint at every horizon H:
        /// the model is linear, so both responses come from two bounded simulations.
        /// </summary>
        private double PredictiveDuty(PadThermalModel model, double coreC, double surfaceC, double setpointC)
        {
            double core = coreC, surface = surfaceC, sensor = surfaceC;
            // Forced response: the difference between full power and no power from the same (steady, unheated) state.
            double sink = model.SteadySurfaceC(0.0, out double sinkCore);
            double forcedCore = sinkCore, forcedSurface = sink, forcedSensor = sink;
            double elapsed = 0.0;
            double best = HeaterDutyLimits.MaxDutyFraction * 2.0;
            for (int i = 0; i < HorizonsS.Length; i++)
            {
                double step = HorizonsS[i] - elapsed;
                model.Advance(step, 0.0, ref core, ref surface, ref sensor);
                model.Advance(step, 1.0, ref forcedCore, ref forcedSurface, ref forcedSensor);
                elapsed = HorizonsS[i];

                // Each horizon's bound as it comes, in the horizons' order (two arrays of six kept them until session 33).
                double forced = forcedSurface - sink;
                if (forced > 1e-6)
                {
                    best = CoreMath.Min(best, (setpointC - surface) / forced);
                }
            }

            return best;
        }

        /// <summary>
        /// Low-passed slope of the reading itself, °C/s, over <see cref="ReadingSlopeFilterS"/>. With a first-order
        /// sensor the surface is exactly reading + lag × slope of the reading, whatever the core does: an estimate
        /// of the surface that needs only the sensor lag, not the rest of the model.
        /// </summary>
        private void UpdateReadingSlope(double dtS, SensorReading reading)
        {
            TrackSlope(dtS, reading, ref _hasReading, ref _lastReadingC, ref _sinceReadingS, ref _readingSlopeCPerS);
        }

        /// <summary>
        /// The hotter reading's own bound on its surface, °C: hotter reading + <paramref name="lagS"/> × its rising slope; the
        /// fused <paramref name="readingC"/> when no hotter reading is known (a single trusted sensor, or none told).
        /// </summary>
        private double HotterBoundC(double lagS, double readingC)
        {
            if (!_hotter.IsValid || !_hasHotter)
            {
                return readingC;
            }

            return _hotter.TemperatureC + (lagS * CoreMath.Max(0.0, _hotterSlopeCPerS));
        }

        /// <summary>Low-passed slope of the hotter reading, °C/s, as the fused reading's (<see cref="UpdateReadingSlope"/>).</summary>
        private void UpdateHotterSlope(double dtS)
        {
            TrackSlope(dtS, _hotter, ref _hasHotter, ref _lastHotterC, ref _sinceHotterS, ref _hotterSlopeCPerS);
        }

        /// <summary>
        /// One reading into a slope low-passed over <see cref="ReadingSlopeFilterS"/>, °C/s: the time since the last valid
        /// reading grows by <paramref name="dtS"/>, so invalid reads in between do not turn their gap into a slope.
        /// </summary>
        private static void TrackSlope(double dtS, SensorReading reading, ref bool hasReading, ref double lastC, ref double sinceS, ref double slopeCPerS)
        {
            sinceS += dtS;
            if (!reading.IsValid)
            {
                return;
            }

            if (hasReading && sinceS > 0.0)
            {
                double alpha = sinceS / (ReadingSlopeFilterS + sinceS);
                slopeCPerS += alpha * (((reading.TemperatureC - lastC) / sinceS) - slopeCPerS);
            }

            lastC = reading.TemperatureC;
            sinceS = 0.0;
            hasReading = true;
        }

        private void UpdateSlope(double dtS)
        {
            double surfaceC = _observer.SurfaceC;
            if (dtS > 0.0 && _hasSlope)
            {
                // Slope of the estimated surface low-passed over 120 s: well below the 0.0625 °C steps' noise.
                double alpha = dtS / (120.0 + dtS);
                _slopeCPerS += alpha * (((surfaceC - _lastSurfaceC) / dtS) - _slopeCPerS);
            }

            _lastSurfaceC = surfaceC;
            _hasSlope = true;
        }

        private void TrackReachability(double dtS, double duty, double setpointC)
        {
            if (duty < HeaterDutyLimits.MaxDutyFraction - 1e-3 || _observer.SurfaceC >= setpointC - 0.3)
            {
                _saturatedS = 0.0;
                _unreachable = false;
                return;
            }

            _saturatedS += dtS;
            bool modelSaysShort = _learner.HasModel && _learner.Model.SteadySurfaceC(1.0, out _) < setpointC - 0.3;
            bool stalled = _slopeCPerS < StalledSlopeCPerS;
            _unreachable = _saturatedS >= UnreachableAfterS && (modelSaysShort || stalled);
        }
    }
}
