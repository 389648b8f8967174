namespace HeatPadFirmware.Core
{
    /// <summary>
    /// A sensor losing its contact with the pad (tape peeling, the pad folded over it) reads only a part w of the
    /// pad's warming above the room: reading = room + w·(sensor − room). The controller holds the READING, so the
    /// pad climbs unseen (review finding 1: 48–83 °C). The LEVEL of the duty cannot tell this apart from normal
    /// life: a supply sag or a body lying down on a pre-heated pad raise the holding duty as much. The pad's
    /// RESPONSE to a change of power can: on the two-node pad the losses only set where it settles, while the
    /// step response to power is set by the heat capacities, the heater and the sensor's coupling, and a loosening
    /// sensor scales it by w.
    /// <para>So the supervisor, which has the last word on the duty, asks the pad when something is wrong enough:
    /// the heater has worked hard (mean duty ≥ <see cref="HeatingFailedCheck.HardDutyFraction"/>) for
    /// <see cref="HardWorkBeforeProbeS"/> since the reading last sat in the hold band, and the reading is
    /// <see cref="HeatingFailedCheck.DeepFallC"/> under a setpoint it reached (probe of at most <see cref="ReachedProbeMaxS"/>); or, before the setpoint was reached, after
    /// <see cref="LongHardWorkS"/> of hard work with the reading <see cref="BehindModelC"/> behind the learned model
    /// on a pad that full power could take <see cref="LongStretchHeadroomC"/> past the setpoint. It then holds the
    /// duty at 0 (<see cref="HoldsDutyAtZero"/>) until the learned model says the step should have moved the reading
    /// <see cref="ProbeResponseC"/>, and compares the reading's departure from where it would have gone with the
    /// model's response to the same step. Where it would have gone: a frozen copy of the model run without heat,
    /// plus the step it was denied, plus the linear trend of the innovation (reading − model) over the last
    /// <see cref="TrendWindowS"/>, which carries the losses the model does not know and a slow drift of the coupling.
    /// Two low responses in a row (under <see cref="MinGainRatio"/>), or one with hardly any response (under
    /// <see cref="NoResponseRatio"/>), latch <see cref="FaultCode.SensorDetached"/>: one low response can come from a
    /// model that has not yet learned this pad's fast dynamics (thick-slow's first probes measured 0.3–0.5, later
    /// ones 1.0–1.2).</para>
    /// <para>The learned model is also a witness (<see cref="WitnessDriftC"/>): run on the power that went in, it shows
    /// where the pad is while a loosening reading shows less and less of it. A reading falling behind it asks the probe
    /// at any duty; those probes never latch (the model's losses are wrong whenever a body lies down or gets up, and
    /// their answers are then noise), but an answer under <see cref="ConfirmRatio"/> puts the coupling in doubt, and the
    /// supervisor caps the duty at what holds the model's surface <see cref="DoubtBoundMarginC"/> over the setpoint
    /// (<see cref="DutyCap"/>) until a probe confirms the coupling or the deep-fall probe above latches. The supply's
    /// changes are not a loss of coupling: the witness and every probe count the measured power (<see cref="PowerRatio"/>).
    /// A sensor that loosens during the first heat-up teaches the learner a weaker pad, whose model is then no witness
    /// (simulated free air: a full-power ceiling of 41.3 °C learned for 57 °C). A heat pause (a contrast cool phase) does
    /// not end the doubt, the confirm's cap, the witness's fall found under heat, or a probe under way (<see cref="EverDoubted"/>).</para>
    /// <para>A doubt must come to a verdict (session 4 review: a sensor that settled at w = 0.3 taught the learner a pad
    /// 0.3 times as weak, whose probes then answered about 1 and whose doubt cap of 0.8 ran folded-covered to 68–82 °C in
    /// one session with no fault). The unsettled-doubt watch: once a probe has answered (or the coupling was ever in doubt),
    /// on a pad whose learned full power once went <see cref="LongStretchHeadroomC"/> past the setpoint (the highest ceiling
    /// learned, until the pad is seen standing at a lower one: <see cref="CeilingObservedWithinC"/>) and whose learned
    /// full-power rise has since fallen under <see cref="CollapsedRiseFraction"/> of that, a reading
    /// <see cref="HeatingFailedCheck.DeepFallC"/> under a setpoint not yet reached in this heat (or reached, once a low answer
    /// had a loosening's shape: <see cref="ScaledShapeRatio"/>) must gain
    /// <see cref="UnsettledGainC"/> over its lowest value within <see cref="UnsettledWindowS"/> of work at
    /// <see cref="UnsettledDutyFraction"/> or more (hard work, or work held by the doubt cap; carried across heat pauses),
    /// or <see cref="FaultCode.SensorDetached"/> latches: the coupling could not be confirmed.</para>
    /// <para>An open heater answers the same way (no response at all) and is named sensor_detached by this check.
    /// The simulator's body is a fixed-temperature sink; a real body adds tissue heat capacity under the surface,
    /// which slows the surface's response to power and lowers the ratio: the margin under a 10 % sag's 0.81 is for
    /// that and for the model's error, and it has not been measured on a person.</para>
    /// Nothing is allocated after construction.
    /// </summary>
    public sealed class SensorCouplingCheck
    {
        /// <summary>Hard-work seconds since the reading last sat in the hold band before a probe, 120 s: a body lying down pulls the reading down within its first minute (simulated), the trend must be past that bend.</summary>
        public const double HardWorkBeforeProbeS = 120.0;

        /// <summary>Hard-work seconds that start a probe even before the setpoint was reached, 600 s: the shipped pads on the body reach their levels in 3–5 minutes, a slower approach is a slow or heavily insulated pad (folded-covered: 20 min and more).</summary>
        public const double LongHardWorkS = 600.0;

        /// <summary>How far the reading must lag the learned model's open-loop sensor for a probe before the setpoint was reached, 2.0 °C (32 DS18B20 steps).</summary>
        public const double BehindModelC = 2.0;

        /// <summary>Learned full-power headroom over the setpoint for a probe before the setpoint was reached, 10 °C: only a pad that full power could take far past its setpoint is at risk on a long approach (folded-covered: 60 °C of headroom); a weak pad's slow approach is not asked.</summary>
        public const double LongStretchHeadroomC = 10.0;

        /// <summary>Seconds of lighter work that end a hard-work stretch, 10 s: a failed read gates one tick to duty 0 (the campaign's isolated CRC errors), a trim under 0.8 for a few ticks does not end it either.</summary>
        public const double HardWorkGapS = 10.0;

        /// <summary>Least seconds between two probes in one heat phase, 240 s: a loosening sensor loses w = 0.7 in 10 min (the campaign's SensorLoosening), so a probe every 4 min sees it before w falls under 0.5.</summary>
        public const double ProbeIntervalS = 240.0;

        /// <summary>Readings the trend is fitted over, the last 60 s before the cut (80 DS18B20 conversions).</summary>
        public const double TrendWindowS = 60.0;

        /// <summary>Least span of readings for a trend, 30 s.</summary>
        public const double MinTrendSpanS = 30.0;

        /// <summary>Modelled response (°C at the sensor) at which the probe ends, 2.0 °C: 32 DS18B20 steps, 50× the noise σ; at 1.0 °C the probes were short enough (16–40 s) to judge the model's least-known fast dynamics.</summary>
        public const double ProbeResponseC = 2.0;

        /// <summary>
        /// Least rise (°C) of each of the two sensors through a probe's pause for the probe to give no verdict (see
        /// <see cref="PocketRiseSpreadC"/>), 0.125 °C (2 DS18B20 steps of 1/16 °C: one step is quantisation noise).
        /// </summary>
        public const double CrossRiseC = 0.125;

        /// <summary>
        /// Least amount (°C) by which the sensor carrying the fused reading must have risen more than the other through a
        /// probe's pause for the probe to give no verdict, 1.0 °C (16 DS18B20 steps): session 10, 270161's three probes
        /// 2.1–2.3 °C apart (pocket 1 rewarming under a lifted pack, pocket 2 off the body); a strip's two sensors rose
        /// within 0.2 °C of each other in review 9's and review 6's loosening cases.
        /// </summary>
        public const double PocketRiseSpreadC = 1.0;

        /// <summary>Longest probe before the setpoint was reached, 180 s without heat.</summary>
        public const double ProbeMaxS = 180.0;

        /// <summary>
        /// Longest probe after the setpoint was reached, 25 s: shorter than the heating watch's stretch gap
        /// (<see cref="HeatingFailedCheck.StretchGapS"/>, 30 s), so the pause neither restarts its window nor re-arms it
        /// (a 180 s pause took a thick-slow pad with a body lying down 1 °C further under and into heating_failed).
        /// Slow pads give no verdict in 25 s; their heating watch answers.
        /// </summary>
        public const double ReachedProbeMaxS = 25.0;

        /// <summary>Least modelled response that gives a verdict, 0.4 °C: below it the probe says nothing.</summary>
        public const double MinVerdictResponseC = 0.4;

        /// <summary>
        /// Response ratio (measured / modelled) under which the sensor no longer sees the pad, 0.5: a supply sag to
        /// 90 % of rated gives 0.81 (power ∝ V²), the loosening of the campaign reaches 0.5 about 6 minutes in.
        /// </summary>
        public const double MinGainRatio = 0.5;

        /// <summary>
        /// Response ratio that latches at once, 0.2: the reading hardly answered the step at all (a sensor that fell
        /// off and reads the room, w under 0.2, or an open element). The lowest first-probe ratio of an attached
        /// sensor measured in normal life was 0.29 (thick-slow, model still young); resuming heat to confirm cost
        /// a detached sensor up to 166 s more of heat in the campaign.
        /// </summary>
        public const double NoResponseRatio = 0.2;

        /// <summary>
        /// Learned full-power ceiling under which no probe is made, 45 °C (the highest setpoint allowed): a pad that
        /// full power cannot take past it on its learned load cannot burn through a loosening sensor either, and its
        /// hard work is a weak pad's plateau (usb-10w settles at 36 °C).
        /// </summary>
        public const double MinCeilingC = 45.0;

        /// <summary>Fastest fall of the innovation's trend at which a probe may start, 0.05 °C/s (3 °C a minute, SensorDetachedCheck's hard-work envelope): a loosening sensor drifts at most about 2 °C a minute.</summary>
        public const double MaxTrendFallCPerS = 0.05;

        /// <summary>Largest miss of the trend line at the last reading for a probe to start, 0.5 °C (8 DS18B20 steps).</summary>
        public const double TrendMissC = 0.5;

        /// <summary>
        /// Fall of the innovation (reading − the learned model's open-loop sensor, driven by the duty applied) under its
        /// highest value since the coupling was last confirmed that asks the pad, 2.0 °C (32 DS18B20 steps). The learner
        /// keeps its last credible model while the readings stop fitting, so its open-loop state is a witness of where the
        /// work done has taken the pad: a loosening sensor falls behind it from the first minute (simulated, free-air level
        /// 4: 2 °C about 80 s after the onset, at w ≈ 0.9), and so does a pad whose losses grew (a body lying down); the
        /// probe tells them apart.
        /// </summary>
        public const double WitnessDriftC = 2.0;

        /// <summary>
        /// Rate at which the witness forgets its highest innovation, 0.2 °C a minute: a learned model with a slightly wrong
        /// structure drifts from the reading of a normal hold by about 0.02 °C a minute (bench, thick-slow in free air:
        /// 1 °C in 40 min), a loosening sensor by about 1 °C a minute ((setpoint − room) × the campaign's 0.07 of w a minute).
        /// </summary>
        public const double WitnessLeakCPerS = 0.2 / 60.0;

        /// <summary>
        /// Response ratio at or above which a probe confirms the coupling, 0.95 (at 0.9 a loosening sensor at w ≈ 0.85
        /// answered 0.91 and was let go for 4 minutes, free-air to 51 °C): the witness is re-based to the reading
        /// (the model's losses, not the sensor, were wrong). Only against a witness whose fit is credible
        /// (<see cref="PadModelLearner.WitnessResidualRmsC"/> within <see cref="CredibleWitnessResidualC"/>); against
        /// any other such an answer is a coarse one (see <see cref="ConfirmResponseC"/>). Below it (and above <see cref="MinGainRatio"/>) the coupling
        /// is in doubt: <see cref="DoubtBoundMarginC"/> applies until a probe confirms it.
        /// </summary>
        public const double ConfirmRatio = 0.95;

        /// <summary>
        /// Least modelled response (°C at the sensor) for a probe to confirm the coupling, 1.0 °C (16 DS18B20 steps of
        /// 1/16 °C: one step moves the ratio by 0.06). A witness probe that ended on its time limit with less (free-air
        /// level 5 after a full-power re-approach: 0.45 °C expected, one step = 0.14 of the ratio) answered 1.16 from a
        /// loosened sensor. Such a coarse answer does not re-base the witness (it asks again), and it ends a doubt only into
        /// the re-approach cap (<see cref="CapsReapproach"/>), never into full power; an answer under <see cref="ConfirmRatio"/>
        /// puts the coupling in doubt whatever the response (the safe side).
        /// </summary>
        public const double ConfirmResponseC = 1.0;

        /// <summary>
        /// Largest RMS residual of the witness's own fit (°C; 0.3, in 0.12..0.5) at which an answer of <see cref="ConfirmRatio"/>
        /// or more confirms the coupling; over it the answer is coarse (no re-base, the witness asks again). Session 9: a witness
        /// bent by a loosening pair of sensors answered 1.10 at 0.74 °C RMS (free-air level 4, both sensors loosening in
        /// 1-min cool phases, 50.0 °C) and a press-back test's 1.13 at 0.56 °C; a healthy two-pocket pad whose fused reading the
        /// one-zone witness fits at 0.17 °C (pocket session 570359, seed 5) must still confirm — at the learner's own
        /// <see cref="PadModelLearner.MaxResidualRmsC"/> (0.12) it kept asking until an answer of 0.63 put it in doubt under a
        /// 0.11 cap and the gap rule latched <c>sensors_disagree</c>. At 0.3 the faults campaign's both-sensors-loosening rows
        /// (seed 1, per case) are as at 0.12.
        /// </summary>
        public const double CredibleWitnessResidualC = 0.3;

        /// <summary>
        /// Response ratio above which a probe does not confirm the coupling, 1.3: the reading fell further than the cut
        /// explains, which is what a sensor still loosening under the probe shows (session 3 review: folded-covered, loosening
        /// from 600 s in the heat-up, the first probe answered 1.60 on 1.19 °C, confirmed, and the pad heated at full power to
        /// 57 °C in 30 min). Such an answer is a coarse one: it neither confirms nor re-bases the witness, which asks again
        /// while the reading keeps falling behind. It does not put the coupling in doubt either: a user getting up from a
        /// pad on its way up answers the same (the model's body, a warm sink, is gone and the unheated pad falls toward the
        /// room: nominal-12v level 2, 1.36 and 1.32 on 1.8 °C), and as a doubt the cap and the probes held that pad 15 °C
        /// under its setpoint. In normal life (campaign seed 1, 1,000 + 400 contrast sessions, before session 4) no answer on
        /// a response of 1 °C or more exceeded 1.05, and the one answer over 1.3 was 1.67 on 0.41 °C.
        /// </summary>
        public const double MaxConfirmRatio = 1.3;

        /// <summary>
        /// Least seconds between two probes asked by the witness, 60 s: the campaign's loosening loses 0.07 of w a minute.
        /// A pad whose losses grew asks only until the witness stops falling (one probe per <see cref="WitnessDriftC"/>).
        /// </summary>
        public const double WitnessProbeIntervalS = 60.0;

        /// <summary>
        /// Longest probe asked by the witness after the setpoint was reached, 60 s (the witness asks only while the reading
        /// is less than <see cref="HeatingFailedCheck.DeepFallC"/> under it, where the heating watch is not armed): 25 s gave
        /// free-air 0.5 °C of modelled response, too little to tell 0.8 from 0.6.
        /// </summary>
        public const double WitnessProbeMaxS = 60.0;

        /// <summary>
        /// While the coupling is in doubt, the duty is capped at what holds the learned model's surface this far over the
        /// setpoint, 2.0 °C (<see cref="DutyCap"/>, "trust the hotter witness"): the reading may show only a part of the
        /// warming, the model shows all of it as long as the pad's losses are the ones it learned.
        /// </summary>
        public const double DoubtBoundMarginC = 2.0;

        /// <summary>
        /// Least height of the reading over the learned model's room (<see cref="PadThermalModel.AmbientC"/>) for the witness
        /// to ask or bound, 3.0 °C: three times <see cref="RoomReadingCheck.NearRoomC"/>. A loosening sensor reads room + w·(pad − room),
        /// well above the room until w is small; a detached one settles at the room (session 3 faults: witness probes there
        /// delayed the room witness, detached-while-off 228 → 587 s).
        /// </summary>
        public const double WitnessAboveRoomC = 3.0;

        /// <summary>An applied duty this close to the doubt cap (or above) was held by it, 0.02.</summary>
        public const double CapToleranceFraction = 0.02;

        /// <summary>Lowest power ratio counted, 0.5 (a supply at 71 % of the learned one; below it the element barely heats).</summary>
        public const double MinPowerRatio = 0.5;

        /// <summary>Highest power ratio counted, 1.5 (the supply check refuses heat long before).</summary>
        public const double MaxPowerRatio = 1.5;

        /// <summary>Least sum of squared unit-duty responses (°C², about one reading at 1 °C) before the power ratio follows the learner's fit rather than the duty-weighted mean.</summary>
        public const double MinResponseSquareSum = 1.0;

        /// <summary>Seconds after a stalled loop during which the witness does not count a fall, 600 s (at 300 s, 3 of 90 stalled runs still went into doubt).</summary>
        public const double WitnessQuietAfterStallS = 600.0;

        /// <summary>A setpoint change larger than this restarts the witness, 0.1 °C (a level step is 1.5 °C, the burn-dose step-down 2 °C).</summary>
        public const double SetpointChangeC = 0.1;

        /// <summary>Time constant of the mean applied duty that a probe asked by the witness denies, 30 s.</summary>
        public const double MeanDutyS = 30.0;

        /// <summary>A span this long (s) between trusted readings is a stalled loop (<see cref="Supervisor.MaxTickGapMs"/>): history and probe start afresh.</summary>
        public const double MaxTickS = 5.0;

        /// <summary>
        /// Share of the highest full-power rise over the room learned since power-on under which the unsettled-doubt watch
        /// counts, 0.6: a sensor that settled at w of the pad's warming teaches the learner a pad w times as weak (session 4
        /// review, folded-covered: 106 °C → 43 °C, 0.25 of the rise at w = 0.3; in 3-min contrast cool phases the highest fit
        /// was a transient 63 °C and the loosened one 44.6 °C, 0.55); a body lying down on thick-slow at level 5 on a 92 %
        /// supply gave 0.71, a supply sag to 90 % alone 0.81.
        /// </summary>
        public const double CollapsedRiseFraction = 0.6;

        /// <summary>
        /// How close the reading and the learned model's sensor must both stand to the model's full-power ceiling (its steady
        /// surface at full duty) under hard work, on a model that fits (<see cref="PadModelLearner.MaxResidualRmsC"/>), for that
        /// ceiling, itself under <see cref="MinCeilingC"/> (a pad that cannot burn on its present load), to count as seen,
        /// 0.5 °C (8 DS18B20 steps of 1/16 °C; the model's sensor so close to its steady state means the pad has settled): the
        /// highest ceiling learned before is then refuted and replaced by it. A ceiling learned from a minute of heating is an
        /// extrapolation of the initial slope, not where the pad settles (campaign normal life, session 100763: usb-10w in free
        /// air, whose full power settles at 28.8 °C, was first fitted with a 1,200 s surface time constant and a 245 °C ceiling,
        /// adopted for 14 s; kept as the highest ceiling, it made the witness ask a pad that cannot reach its setpoint nor burn,
        /// and it passed the unsettled-doubt watch's headroom and collapse gates). On the campaign's loosening kinds nothing is
        /// refuted this way (identical case by case); the fit and the 45 °C bound keep a model learned on a loosening reading
        /// from refuting the strong pad's ceiling while its readings drift.
        /// </summary>
        public const double CeilingObservedWithinC = 0.5;

        /// <summary>Least duty counted by the unsettled-doubt watch (hard work, or work held by the doubt cap), 0.5: the doubt cap held a loosening sensor's pad at 0.73–0.80 (session 4 review); a cap that holds a pad under its setpoint at low duty (normal life, campaign seed 1: 0.15 for 51 min) is not counted.</summary>
        public const double UnsettledDutyFraction = 0.5;

        /// <summary>Seconds of work at <see cref="UnsettledDutyFraction"/> or more, DeepFallC under the setpoint, in which the reading must gain <see cref="UnsettledGainC"/>, 600 s.</summary>
        public const double UnsettledWindowS = 600.0;

        /// <summary>
        /// After a heat pause the unsettled-doubt watch counts nothing until the reading is back within this of where it was
        /// when the heat stopped, 0.5 °C: a cold pack's chill (contrast programs) is no loosening, and a thick pad's rewarm
        /// from it added up across cool phases to a false `sensor_detached` on a supply held at 10.8 V (session 4 review,
        /// 2 of 300; session 5 campaign with two sensors, 5 of 1,200 held-sag and contrast sessions on seeds 1–3). It was
        /// not landed in session 4 because it cut the one-sensor loosening's verdicts in short phases from 22 to 10;
        /// with two sensors one loosening sensor is the pair's to name, and this watch stays for both loosening together.
        /// The exclusion also ends after as much heat time as the pause lasted (session 5 final review, finding 1: without
        /// that end both sensors loosening in 5-min contrast heat phases never got back within 0.5 °C, and 22 of 135 such
        /// runs lost their verdict; with it 11 of them have it back, the held-sag and contrast groups stay at 0).
        /// </summary>
        public const double RewarmWithinC = 0.5;

        /// <summary>Gain owed within <see cref="UnsettledWindowS"/>, 3.0 °C (0.3 °C a minute).</summary>
        public const double UnsettledGainC = 3.0;

        /// <summary>
        /// Modelled response (°C at the sensor) at which a probe notes its answer so far, 0.5 °C (8 DS18B20 steps; half of
        /// <see cref="ConfirmResponseC"/>): the answer's shape (<see cref="ScaledShapeRatio"/>). Session 14, nominal-12v in the air at
        /// level 5: a body lying down at 240 s answered 1.14 here and 0.64 at the end of the probe (2.04 °C), a pair loosening
        /// slowly after the user got up 0.82 here and 0.80 at the end (2.0 °C).
        /// </summary>
        public const double ShapeMidResponseC = 0.5;

        /// <summary>
        /// Largest difference between the answer at <see cref="ShapeMidResponseC"/> and at the probe's end (a fine one, over
        /// <see cref="ConfirmResponseC"/>, of <see cref="MinGainRatio"/> or more and under <see cref="ConfirmRatio"/>) for a low
        /// answer to have a loosening's shape, 0.1 (0..1; less than one DS18B20 step of the ratio at 0.5 °C). A loosened sensor
        /// scales the whole response by its w, so its answer stays flat through the probe (session 14: 0.82 / 0.80 and thick-slow
        /// 0.76 / 0.75); a body lying down adds a loss that shortens the surface's time constant, so the pad answers the cut as
        /// the model does at first and then levels off sooner: its answer falls through the probe (nominal-12v L5 at 240 s:
        /// 1.27 / 0.64; L3 with 6 W/K: 0.88 / 0.73, 0.94 / 0.72, 0.85 / 0.71 — at 0.15 the first and last counted and latched a
        /// false sensor_detached at 2,269 s). A heavy body on a weak pad levels off before the mid-point and answers flat but
        /// low (random-010 in a 16 °C room, L3: 0.39 / 0.32, a false latch at 1,937 s): answers under MinGainRatio do not count
        /// (the latching probes own them).
        /// </summary>
        public const double ScaledShapeRatio = 0.1;

        private const int HistoryLength = 128;
        private double _unsettledS;
        private double _unsettledLowestC;
        private bool _hasHeatedReading;
        private double _lastHeatedC;
        private bool _paused;
        private double _pausedC;
        private double _pauseS;
        private double _rewarmS;
        private bool _rewarming;

        private readonly double[] _historyS = new double[HistoryLength];
        private readonly double[] _historyC = new double[HistoryLength];
        private readonly double[] _historyReadingC = new double[HistoryLength];
        private readonly bool[] _historyValid = new bool[HistoryLength];
        private readonly PadThermalModel _forced = new PadThermalModel();
        private readonly FastResponseCalibration _fastCalibration = new FastResponseCalibration();
        private int _historyNext;
        private int _historyCount;
        private double _clockS;
        private bool _reached;
        private double _reachedSetpointC;
        private double _hardS;
        private double _hardWorkS;
        private double _lightS;
        private bool _hasProbed;
        private double _lastProbeEndS;
        private bool _probing;
        private double _probeS;
        private double _probeStartC;
        private double _probeSlopeCPerS;
        private double _stepDuty;
        private double _forcedCoreC;
        private double _forcedSurfaceC;
        private double _forcedSensorC;
        private double _freeCoreC;
        private double _freeSurfaceC;
        private double _freeSensorC;
        private double _freeStartSensorC;
        private bool _suspect;
        private double _probeMaxS = ProbeMaxS;
        // The last reading less the witness's power-counted sensor (the innovation the trend records).
        private double _lastInnovationC;
        private bool _hasRatio;
        private double _lastRatio;

        private double _lastExpectedC;
        private double _lastProbeS;
        private bool _hasWitnessTop;
        private double _witnessTopC;
        private bool _doubt;
        private bool _everDoubted;
        private bool _confirmCap;
        private bool _witnessProbe;
        private bool _probeUnheated;
        // The answer noted when the modelled response first reached ShapeMidResponseC in this probe (its shape), and whether a
        // low fine answer had the loosening's shape since the coupling was last confirmed (ScaledShapeRatio).
        private bool _probeMidSeen;
        private double _probeMidRatio;
        private bool _scaledDoubt;
        // The pair's readings this tick (NotePair) and where each stood at the probe's start: two sensors rising apart in
        // the probe's pause make the fused reading rise for a reason that is not the coupling (see PocketsRewarmedApart).
        private bool _pairValid;
        private double _pairFirstC;
        private double _pairSecondC;
        private bool _probePairValid;
        private double _probeFirstStartC;
        private double _probeSecondStartC;
        // True while the witness's own fit explains the readings (PadModelLearner.WitnessResidualRmsC within
        // CredibleWitnessResidualC): only then can an answer against it confirm the coupling.
        private bool _witnessCredible;
        private double _witnessFallC;
        private double _lastWitnessInnovationC;
        private readonly PadThermalModel _witness = new PadThermalModel();
        private double _powerCoreC;
        private double _powerSurfaceC;
        private double _powerSensorC;
        private double _powerSumW;
        private double _powerWeight;
        private double _powerRatio = 1.0;
        private double _dutyCoreC;
        private double _dutySurfaceC;
        private double _dutySensorC;
        private double _wattCoreC;
        private double _wattSurfaceC;
        private double _wattSensorC;
        private double _responseSquareSum;
        private double _responseCrossSum;
        private double _lastRiseC;
        private double _modelPowerW;
        private double _lastPowerRatio = 1.0;
        private double _highestCeilingC = double.MinValue;
        private bool _ceilingSeen;
        private double _witnessQuietS;
        private double _lastSetpointC;
        private double _lastCoreTauS;
        private double _lastSurfaceTauS;
        private double _lastSensorLagS;
        private double _lastSurfaceLossRatio;
        private double _lastCoreLossRatio;
        private double _dutyCap = 1.0;
        private double _meanDuty;
        private int _probesAsked;

        /// <summary>Modelled response of the last probe with a verdict, °C at the sensor (0 before one).</summary>
        public double LastExpectedC
        {
            get { return _lastExpectedC; }
        }

        /// <summary>Length of the last probe with a verdict, s (heat held off; 0 before one).</summary>
        public double LastProbeS
        {
            get { return _lastProbeS; }
        }

        /// <summary>True while a probe holds the duty at 0.</summary>
        public bool HoldsDutyAtZero
        {
            get { return _probing; }
        }

        /// <summary>
        /// Highest duty the supervisor may apply, 0..1: 1 unless the coupling is in doubt; then the duty that holds the
        /// learned model's surface <see cref="DoubtBoundMarginC"/> over the setpoint in steady state, at the power going in
        /// ("trust the hotter witness"). A steady cap rather than an on/off gate keeps the next probe's step clean.
        /// </summary>
        public double DutyCap
        {
            get { return _dutyCap; }
        }

        /// <summary>Seconds of work counted by the unsettled-doubt watch in its current window (0..<see cref="UnsettledWindowS"/>; telemetry and tests).</summary>
        public double UnsettledS
        {
            get { return _unsettledS; }
        }

        /// <summary>True while the coupling is in doubt: the last probe answered under <see cref="ConfirmRatio"/> of the model's response.</summary>
        public bool InDoubt
        {
            get { return _doubt; }
        }

        /// <summary>
        /// True once any probe since power-on put the coupling in doubt (an answer under <see cref="ConfirmRatio"/>), or a
        /// witness probe asked after the reading fell behind the work could not answer (too slow a pad); never forgotten: the heating watch keeps watching heat-phase starts on
        /// such a pad (session 3 review: in contrast programs a loosening sensor's doubt was cleared by every cool phase and
        /// the watch stood down, folded-covered level 5 to 53.7 °C with no fault).
        /// </summary>
        public bool EverDoubted
        {
            get { return _everDoubted; }
        }

        /// <summary>
        /// True while a probe has answered <see cref="ConfirmRatio"/> or more under a setpoint already reached and the reading
        /// has not yet climbed back into the hold band of the setpoint (<see cref="HeatingFailedCheck.HoldBandC"/>; a higher
        /// setpoint does not end it): the duty is capped as in doubt (<see cref="DutyCap"/>). A confirm is one
        /// answer of a noisy, quantised ratio; it does not license the controller's full-power re-approach (free-air
        /// level 5: a marginal 0.95 from a sensor at w ≈ 0.88 let full power run for 2 min, surface 49.0 °C). A body
        /// lying down only warms back more slowly under the cap.
        /// </summary>
        public bool CapsReapproach
        {
            get { return _confirmCap; }
        }

        /// <summary>
        /// How far the reading has fallen behind the witness, °C (≥ 0): the witness's highest innovation since heat started
        /// or the coupling was last confirmed (forgotten at <see cref="WitnessLeakCPerS"/>) minus the innovation now, both
        /// counting the measured power; 0 while the witness has no reference or does not apply (a pad that never reached its
        /// setpoint nor learned a ceiling over <see cref="MinCeilingC"/>, a reading within <see cref="WitnessAboveRoomC"/> of the room).
        /// </summary>
        public double WitnessFallC
        {
            get { return _witnessFallC; }
        }

        /// <summary>
        /// False once the pad has been seen standing at a learned full-power ceiling under <see cref="MinCeilingC"/> under hard
        /// work (<see cref="CeilingObservedWithinC"/>) and no higher ceiling over it has been learned since, nor the pad held its
        /// level below full power since (the load or the supply changed): full power cannot take
        /// this pad's surface to a burn on its present load. A ceiling only extrapolated by a fit is not enough (folded-covered's
        /// fits 150–300 s into its heat-up put it at 28–36 °C; it reaches 83 °C). Read by the
        /// room witness's fall count (<see cref="RoomReadingCheck.FallEnvelopeCPerS"/>; review 9: usb-10w, 10 W, sits 1.2 °C over
        /// the room at full power under a cold pack with nobody on it, and its falls into the band latched sensor_detached).
        /// </summary>
        public bool PadMayBurn
        {
            get { return !_ceilingSeen || _highestCeilingC >= MinCeilingC; }
        }

        /// <summary>Probes started since power-on (telemetry and tests; wraps past int.MaxValue never in practice).</summary>
        public int ProbesAsked
        {
            get { return _probesAsked; }
        }

        /// <summary>True once a probe gave a verdict since power-on.</summary>
        public bool HasRatio
        {
            get { return _hasRatio; }
        }

        /// <summary>Response ratio (measured / modelled, ≥ 0 for a normal pad, about 1) of the last probe with a verdict.</summary>
        public double LastRatio
        {
            get { return _lastRatio; }
        }

        /// <summary>
        /// Feeds one trusted reading (°C), the seconds since the last trusted one (≥ 0), the mean duty applied over
        /// them (0..1), whether heat is wanted at <paramref name="setpointC"/>, and the controller's learned model
        /// (null while there is none; read only). True when a probe found the reading's response to power under
        /// <see cref="MinGainRatio"/> of the model's, or the unsettled-doubt watch found the doubt unsettled (<see cref="UnsettledS"/>).
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, bool heatWanted, double setpointC, PadModelLearner learner)
        {
            return Update(temperatureC, dtS, dutyFraction, heatWanted, setpointC, learner, 0.0);
        }

        /// <summary>
        /// As <see cref="Update(double, double, double, bool, double, PadModelLearner)"/>, with the element's power at
        /// full duty now, W (≥ 0, from the trusted heater sense; 0 when unknown): the witness and the probe then count
        /// the power that went in, not the duty (a supply sag is no loss of coupling).
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, bool heatWanted, double setpointC, PadModelLearner learner, double fullPowerW)
        {
            double step = dtS > 0.0 ? dtS : 0.0;
            _clockS += step;
            if (step >= MaxTickS)
            {
                // A stalled loop: the learner credits at most 5 s, the pad lived longer; the innovation's history and
                // any probe under way no longer describe the same pad.
                _historyCount = 0;
                _probing = false;
                _fastCalibration.Abandon();
                _witnessQuietS = WitnessQuietAfterStallS;
                ClearPowerCorrection();
            }

            double coreC = 0.0, surfaceC = 0.0, sensorC = 0.0;
            bool hasModel = learner != null && learner.TryGetWitnessState(out coreC, out surfaceC, out sensorC);
            PadThermalModel model = learner != null ? learner.WitnessModel : null;
            _witnessCredible = hasModel && learner.WitnessResidualRmsC <= CredibleWitnessResidualC;
            double appliedDuty = HeaterDutyLimits.Clamp(dutyFraction);
            if (hasModel)
            {
                LoadUnitResponse(model);
            }

            UpdatePowerRatio(step, appliedDuty, fullPowerW, hasModel ? model : null);
            if (hasModel)
            {
                // The learned model runs on the duty; the power behind that duty moved with the supply. The correction is
                // the same model's response to the power the duty did not deliver (or delivered beyond the learned one).
                _witness.Advance(step, appliedDuty * (_lastPowerRatio - 1.0), ref _powerCoreC, ref _powerSurfaceC, ref _powerSensorC);
            }
            else
            {
                ClearPowerCorrection();
            }

            _lastPowerRatio = _powerRatio;

            // The innovation (reading − the learned model's open-loop sensor) carries the pad's own transients out
            // of the trend: what is left drifts slowly (losses the model does not know, a slow loss of coupling).
            // The trend is taken against the model that counts the measured power (its state plus the power correction),
            // the model a probe's counterfactual runs on. Taken against the model on the duty alone it carried, after a
            // sag, that model's excess rise (its gain stands for the old power), and the counterfactual, which continues
            // the heat at the measured power, then counted the same shortfall twice (session 11: normal life 500226 at
            // 10.8 V, power ratio 0.74, 0.19 °C of the deep-fall probe's 0.53 °C modelled answer).
            // The probes and the fast-response calibration start from the same power-counted state.
            double countedCoreC = coreC + _powerCoreC;
            double countedSurfaceC = surfaceC + _powerSurfaceC;
            double countedSensorC = sensorC + _powerSensorC;
            _lastInnovationC = temperatureC - sensorC - _powerSensorC;
            Record(_lastInnovationC, temperatureC, hasModel);
            double share = step >= MeanDutyS ? 1.0 : step / MeanDutyS;
            _meanDuty += share * (HeaterDutyLimits.Clamp(dutyFraction) - _meanDuty);
            bool capped = _dutyCap < 1.0 && HeaterDutyLimits.Clamp(dutyFraction) >= _dutyCap - CapToleranceFraction;
            _dutyCap = 1.0;
            // The witness's highest innovation since the coupling was last confirmed (or heat first started): a fall under it
            // is heat the reading did not show. Its innovation counts the power that went in.
            double witnessInnovationC = _lastInnovationC;
            double innovationStepC = witnessInnovationC - _lastWitnessInnovationC;
            _lastWitnessInnovationC = witnessInnovationC;
            if (!heatWanted)
            {
                // The first heat is over: no later cut calibrates the fast response (FastResponseCalibration).
                _fastCalibration.Close();

                // Unheated, the witness's reference moves with the innovation: the fall found under heat is carried to the
                // next heat (session 3 review: re-based at every heat start, a loosening sensor fell less than WitnessDriftC
                // in each 5-min contrast heat phase and was never asked again after one confirm; folded-covered level 4,
                // 52 °C), while what the innovation does without heat is not counted (a cold pack the model does not know
                // takes the reading 10 °C under it in a cool phase).
                if (hasModel && _hasWitnessTop)
                {
                    _witnessTopC += innovationStepC;
                }

                // Heat stopped (a cool phase, an off press): a probe under way goes on, the pad is unheated anyway, and its
                // verdict bounds the next heat but never latches (no heat is wanted to deny). Short contrast phases cut
                // every 180 s probe that started late in a 5-min heat phase, so a loosening sensor was never answered
                // (session 4: folded-covered level 4, loosening from 600 s, 52 °C in 30 min with no verdict).
                _witnessTopC -= WitnessLeakCPerS * step;
                if (_probing)
                {
                    _witnessProbe = true;
                    _probeUnheated = true;
                    ProbeStep(temperatureC, step);
                }

                if (!_paused && _hasHeatedReading)
                {
                    _paused = true;
                    _pausedC = _lastHeatedC;
                    _pauseS = 0.0;
                }

                _pauseS += step;

                EndHeat();
                return false;
            }

            if (_paused)
            {
                _paused = false;
                _rewarming = true;
                _rewarmS = 0.0;
            }

            _rewarmS += step;
            if (_rewarming && (temperatureC >= _pausedC - RewarmWithinC || _rewarmS >= _pauseS))
            {
                _rewarming = false;
            }

            _hasHeatedReading = true;
            _lastHeatedC = temperatureC;

            if (hasModel && (ModelSwitched(model) || CoreMath.Abs(setpointC - _lastSetpointC) > SetpointChangeC))
            {
                // Another structure adopted, or a new setpoint: the innovation jumps or a new transient starts that the
                // model may not know; neither is the coupling (bench, nominal-12v level 5: the burn-dose step-down and the
                // learner's new model asked a probe whose pause cost 0.35 °C of steady error).
                _hasWitnessTop = false;
            }

            _lastSetpointC = setpointC;
            if (_witnessQuietS > 0.0)
            {
                // After a stalled loop the learner credited 5 s of what the pad lived: its state is no witness until it
                // has had time to settle (session 3 faults: a 30 s stall in the heat-up put 15 of 90 runs in doubt).
                _witnessQuietS -= step;
                _hasWitnessTop = false;
            }

            _witnessTopC -= WitnessLeakCPerS * step;
            if (hasModel && (!_hasWitnessTop || witnessInnovationC > _witnessTopC))
            {
                _hasWitnessTop = true;
                _witnessTopC = witnessInnovationC;
            }

            // Only a pad that can burn is asked: by its learned ceiling, or because it reached its setpoint (a model learned
            // in a low hold extrapolates its ceiling poorly: nominal-12v at level 1 learned 40.5 °C for 48.3). A weak pad
            // that never reaches its level (usb-10w, 36 °C) losing its body is not asked.
            // The learned full-power ceiling, once per update (the unsettled watch and the long-stretch probe below use it too).
            double ceilingC = hasModel ? model.SteadySurfaceC(1.0, out _) : double.NaN;
            if (hasModel)
            {
                _highestCeilingC = ceilingC > _highestCeilingC ? ceilingC : _highestCeilingC;
                if (ceilingC < MinCeilingC && appliedDuty >= HeatingFailedCheck.HardDutyFraction && learner.WitnessResidualRmsC <= PadModelLearner.MaxResidualRmsC
                    && CoreMath.Abs(sensorC - ceilingC) <= CeilingObservedWithinC && CoreMath.Abs(temperatureC - ceilingC) <= CeilingObservedWithinC)
                {
                    // The pad stands at its learned full-power ceiling under hard work, on a model that fits its readings, and that
                    // ceiling cannot burn (under MinCeilingC): what full power does to this pad on its present load is seen, no longer
                    // extrapolated, and any higher ceiling learned before is refuted.
                    _highestCeilingC = ceilingC;
                    _ceilingSeen = true;
                }
            }

            if (_ceilingSeen && heatWanted && temperatureC >= setpointC - HeatingFailedCheck.HoldBandC && _meanDuty < HeatingFailedCheck.HardDutyFraction)
            {
                // The ceiling seen no longer holds: the pad keeps its level below full power (the user got up, the supply rose).
                // Until it is seen standing at a ceiling again it may burn (review 10, MEDIUM-2: nominal-12v on a 6 W/K body at
                // 90 % supply stood at a ceiling under 45 °C; up and at 110 %, it held its level at part duty while a frozen cooler
                // sensor went unnamed for 30 min under the frozen rule's exemption). A reading over the ceiling alone does not
                // re-arm: a body laid on a weak pad warms it past its ceiling in the air and still cannot burn (pocket session
                // 670190, usb-10w).
                _ceilingSeen = false;
            }

            bool witnessApplies = hasModel && (_reached || _highestCeilingC >= MinCeilingC) && temperatureC >= model.AmbientC + WitnessAboveRoomC;
            if (_confirmCap && temperatureC >= setpointC - HeatingFailedCheck.HoldBandC
                && !(witnessApplies && countedSensorC - temperatureC > WitnessDriftC))
            {
                // The reading climbed back into the hold band: the confirm's cap ends. A higher setpoint does not end it (free-air
                // level 5: the burn-dose limiter's step back up, 2 °C, let full power run on a sensor at w = 0.5). Nor does a
                // reading that comes back while the witness stands WitnessDriftC over it: a pad lain on after its free-air
                // heat-up (the confirm came against the air witness) and left again is where the witness says, and a reading that
                // does not come back to it is a loosening (session 14, review 14b's HIGH case: nominal-12v, the pair loosening
                // slowly from the getting up at 1,800 s; the cap ended at 2,280 s with the witness 2.6 °C over the reading, and
                // part duty took the surface to 52.0 °C; kept, the cap holds it at 46.5 °C).
                _confirmCap = false;
            }

            if ((_doubt || _confirmCap) && witnessApplies)
            {
                _dutyCap = CoreMath.Clamp(model.HoldingDuty(setpointC + DoubtBoundMarginC) / _powerRatio, 0.0, 1.0);
            }

            if (_reached && setpointC > _reachedSetpointC + HeatingFailedCheck.HoldBandC)
            {
                _reached = false;
            }

            if (temperatureC >= setpointC - HeatingFailedCheck.HoldBandC)
            {
                _unsettledS = 0.0;
                // Hard work counts from the last reading in the hold band: only a pad that has worked hard OUTSIDE it
                // for a while is asked, never one that has just arrived.
                _reached = true;
                _reachedSetpointC = setpointC;
                _hardS = 0.0;
                _hardWorkS = 0.0;
            }

            // The first heat's stop of full power, the sensors known attached: the attached pad's answer to a cut, against
            // which the probes' latch is judged (FastResponseCalibration). The controller's own cut, no pause imposed.
            bool fastCut = hasModel && _witnessCredible && !_probing && _fastCalibration.StartsNow(appliedDuty);
            _fastCalibration.Step(step, appliedDuty, temperatureC, _reached);
            double fastSlope, fastNowC;
            if (fastCut && TryTrend(false, out fastSlope, out fastNowC))
            {
                _fastCalibration.Start(model, countedCoreC, countedSurfaceC, countedSensorC, fastNowC, fastSlope, _powerRatio);
            }

            if (_probing)
            {
                return ProbeStep(temperatureC, step);
            }

            // A tick at the doubt cap counts as hard work: the controller wanted the heat, and a loosening sensor held back by
            // the cap must still reach the verdict of the probe below (deep fall, two low answers).
            double duty = HeaterDutyLimits.Clamp(dutyFraction);
            if (duty >= HeatingFailedCheck.HardDutyFraction || capped)
            {
                _hardS += step;
                _hardWorkS += step * duty;
                _lightS = 0.0;
            }
            else
            {
                // One failed read (duty 0 for a tick) must not restart the stretch.
                _lightS += step;
                if (_lightS >= HardWorkGapS)
                {
                    _hardS = 0.0;
                    _hardWorkS = 0.0;
                }
            }

            // The verdict on a doubt the probes cannot settle (UnsettledWindowS): a loosening sensor that has settled at a
            // part w of the pad's warming teaches the learner a pad w times as weak, whose probes then answer about 1.
            if (hasModel && !_rewarming && (!_reached || _scaledDoubt) && (_hasRatio || _everDoubted) && _highestCeilingC >= setpointC + LongStretchHeadroomC && temperatureC < setpointC - HeatingFailedCheck.DeepFallC
                && ceilingC - model.AmbientC < CollapsedRiseFraction * (_highestCeilingC - model.AmbientC)
                && (duty >= HeatingFailedCheck.HardDutyFraction || capped) && duty >= UnsettledDutyFraction)
            {
                if (!(_unsettledS > 0.0) || temperatureC < _unsettledLowestC)
                {
                    _unsettledLowestC = temperatureC;
                }

                _unsettledS += step;
                if (temperatureC - _unsettledLowestC >= UnsettledGainC)
                {
                    // It warms as a pad at work does: a new window from here.
                    _unsettledS = 0.0;
                }
                else if (_unsettledS >= UnsettledWindowS)
                {
                    return true;
                }
            }

            // A low response is asked again at once (as soon as the hard work is back): one probe can be fooled by
            // a model that does not know this pad's first minutes yet; two in a row are not.
            double sinceProbeS = _clockS - _lastProbeEndS;
            // While the witness sees the reading falling behind the work done, the deep-fall probe is asked as often as the
            // witness would be (a loosening sensor answered 0.91 at w ≈ 0.85, and the next 240 s took free-air to 51 °C).
            _witnessFallC = witnessApplies && _hasWitnessTop ? CoreMath.Max(0.0, _witnessTopC - witnessInnovationC) : 0.0;
            bool witnessFalling = witnessApplies && _hasWitnessTop && witnessInnovationC <= _witnessTopC - WitnessDriftC;
            bool due = !_hasProbed || _suspect || sinceProbeS >= ProbeIntervalS || (witnessFalling && sinceProbeS >= WitnessProbeIntervalS);
            // Without a reached setpoint only a long stretch of full power is asked: a slow pad (folded, covered)
            // still on its way up when the sensor starts to loosen heats unseen at full power (review: 78 °C).
            // It is asked only when the reading has fallen behind the learned model's open-loop sensor: a slow pad's
            // normal approach follows its model, and a probe there would cost its heating watch the stretch.
            bool longStretch = _hardS >= LongHardWorkS && hasModel && temperatureC - sensorC <= -BehindModelC
                && ceilingC >= setpointC + LongStretchHeadroomC;

            // After the setpoint was reached only a reading that has fallen HeatingFailedCheck.DeepFallC (5 °C) under it
            // under hard work is asked: a body lying down on a pre-heated pad (4.1 °C) or a sag (3.4 °C) never are,
            // and a pad holding near its ceiling is not disturbed (the bench's steady error). The heating watch is
            // armed there too; a pause shorter than its stretch gap keeps its window (ReachedProbeMaxS).
            bool cannotHold = _reached && temperatureC <= setpointC - HeatingFailedCheck.DeepFallC;
            if (hasModel && (cannotHold || longStretch) && _hardS >= HardWorkBeforeProbeS && due && (CanBurn(model) || (cannotHold && witnessFalling)))
            {
                StartProbe(model, countedCoreC, countedSurfaceC, countedSensorC, _hardS > 0.0 ? _hardWorkS / _hardS : HeatingFailedCheck.HardDutyFraction, false);
                _probeMaxS = cannotHold ? ReachedProbeMaxS : ProbeMaxS;
                return false;
            }

            // The witness: the reading has fallen WitnessDriftC behind where the applied work has taken the learned model,
            // below the setpoint. Any pad, any duty: the probe's answer, not the level of the work, decides.
            // Near the room a reading that fell behind is a detached sensor, RoomReadingCheck's and SensorDetachedCheck's
            // case: a probe or a bound there only delays them (they count the heat that the reading does not show).
            // A reading HeatingFailedCheck.DeepFallC under a setpoint it reached is the heating watch's and the probe above's:
            // the witness stands aside there (its pauses would cost the watch the heat it judges).
            bool witness = witnessFalling && temperatureC <= setpointC
                && !(_reached && temperatureC <= setpointC - HeatingFailedCheck.DeepFallC);
            bool witnessDue = !_hasProbed || _suspect || sinceProbeS >= WitnessProbeIntervalS;
            if (witness && witnessDue)
            {
                StartProbe(model, countedCoreC, countedSurfaceC, countedSensorC, _meanDuty, true);
                _probeMaxS = _reached ? WitnessProbeMaxS : ProbeMaxS;
            }

            return false;
        }

        /// <summary>
        /// Power now over the power the learned model's duty stands for (0.5..1.5; 1 while the power is unknown). The
        /// learner fits one full-power gain by least squares over its readings, each weighted alike and forgotten over
        /// <see cref="PadModelLearner.ForgettingS"/>, against the model's response to the duty: the power its gain stands
        /// for is the same fit of the response to the power that went in against the response to the duty (until that
        /// response has built up, <see cref="MinResponseSquareSum"/>: a running mean of the full-duty power, weighted by
        /// the duty applied), taken whenever the learner moves its gain and held while it does not.
        /// </summary>
        public double PowerRatio
        {
            get { return _powerRatio; }
        }

        // The learned model with its sink and room at 0 °C: its states are then the response to the duty alone. Loaded once
        // per update, before the power ratio's and the power correction's advances, which both run on it.
        private void LoadUnitResponse(PadThermalModel model)
        {
            _witness.CopyFrom(model);
            _witness.SinkC = 0.0;
            _witness.AmbientC = 0.0;
        }

        private void UpdatePowerRatio(double dtS, double dutyFraction, double fullPowerW, PadThermalModel model)
        {
            if (!(fullPowerW > 0.0))
            {
                _powerRatio = 1.0;
                _responseSquareSum = 0.0;
                _responseCrossSum = 0.0;
                _modelPowerW = 0.0;
                return;
            }

            double kept = dtS >= PadModelLearner.ForgettingS ? 0.0 : 1.0 - (dtS / PadModelLearner.ForgettingS);
            double weight = dutyFraction * dtS;
            _powerSumW = (_powerSumW * kept) + (weight * fullPowerW);
            _powerWeight = (_powerWeight * kept) + weight;
            double learnedW = _powerWeight > 1e-6 ? _powerSumW / _powerWeight : fullPowerW;
            if (model != null && dtS > 0.0)
            {
                // The learner's gain answers the readings through the pad's response: the power it stands for is the
                // response to the power that went in fitted against the response to the duty, each reading weighted
                // alike and forgotten as the learner does (a duty-weighted mean gave the hard work after a sag twice the
                // weight of the hold before it).
                // _witness holds the model's unit response (LoadUnitResponse, this update).
                _witness.Advance(dtS, dutyFraction, ref _dutyCoreC, ref _dutySurfaceC, ref _dutySensorC);
                _witness.Advance(dtS, dutyFraction * fullPowerW, ref _wattCoreC, ref _wattSurfaceC, ref _wattSensorC);
                _responseSquareSum = (_responseSquareSum * kept) + (_dutySensorC * _dutySensorC);
                _responseCrossSum = (_responseCrossSum * kept) + (_dutySensorC * _wattSensorC);
                if (_responseSquareSum >= MinResponseSquareSum && _responseCrossSum > 0.0)
                {
                    learnedW = _responseCrossSum / _responseSquareSum;
                }
            }

            // The model's gain stands for the power of the readings it was last fitted to. A learner whose readings stop
            // fitting keeps its last credible model, gain and all (session 3 normal life, free air at level 4: the gain
            // froze 60 s after a sag to 0.68 of the power), while any running mean goes on forgetting the old power
            // (0.68 → 0.82 in 700 s): the doubt cap then held the pad 5–7 °C under its setpoint and the deep-fall probe
            // expected more response than the power going in could give (sensor_detached latched). So the power behind
            // the model's duty moves only while the learner moves its gain.
            bool refitted = model == null || model.RiseC != _lastRiseC;
            _lastRiseC = model != null ? model.RiseC : 0.0;
            if (refitted || !(_modelPowerW > 0.0))
            {
                _modelPowerW = learnedW;
            }

            double ratio = _modelPowerW > 0.0 ? fullPowerW / _modelPowerW : 1.0;
            _powerRatio = CoreMath.Clamp(ratio, MinPowerRatio, MaxPowerRatio);
        }

        private void ClearPowerCorrection()
        {
            _powerCoreC = 0.0;
            _powerSurfaceC = 0.0;
            _powerSensorC = 0.0;
        }

        /// <summary>Forgets the history and ends any probe (the last ratio stays for telemetry).</summary>
        public void Reset()
        {
            EndStretch();
            _historyCount = 0;
        }

        /// <summary>A cleared fault: the stretch, any probe, any suspicion, the doubt, the witness's reference and the unsettled-doubt window end (the history stays).</summary>
        private void EndStretch()
        {
            _probing = false;
            EndHeat();
            _doubt = false;
            _scaledDoubt = false;
            _confirmCap = false;
            _hasWitnessTop = false;
            _unsettledS = 0.0;
            _hasHeatedReading = false;
            _paused = false;
            _rewarming = false;
        }

        /// <summary>
        /// Heat is no longer wanted: the stretch, the reached setpoint and any suspicion end. The doubt, the confirm's cap and
        /// the witness's reference stay, and a probe under way goes on: what a probe found about the sensor does not change
        /// when the heat pauses (session 3 review: in contrast programs every cool phase ended them, and a loosening sensor
        /// was judged afresh in each 5-min heat phase; folded-covered reached 48.9–52 °C). Cost, contrast normal life
        /// (campaign seed 1, 400 sessions): the duty capped 20,035 s in 23 sessions, 5,256 s in 22 before; no fault.
        /// </summary>
        private void EndHeat()
        {
            _reached = false;
            _hardS = 0.0;
            _hardWorkS = 0.0;
            _hasProbed = _probing;
            _suspect = false;
            _dutyCap = 1.0;
        }

        /// <summary>True when the learner's adopted structure (time constants, loss ratios, sensor lag) differs from the last tick's; remembers it.</summary>
        private bool ModelSwitched(PadThermalModel model)
        {
            bool switched = model.CoreTauS != _lastCoreTauS || model.SurfaceTauS != _lastSurfaceTauS || model.SensorLagS != _lastSensorLagS
                || model.SurfaceLossRatio != _lastSurfaceLossRatio || model.CoreLossRatio != _lastCoreLossRatio;
            _lastCoreTauS = model.CoreTauS;
            _lastSurfaceTauS = model.SurfaceTauS;
            _lastSensorLagS = model.SensorLagS;
            _lastSurfaceLossRatio = model.SurfaceLossRatio;
            _lastCoreLossRatio = model.CoreLossRatio;
            return switched;
        }

        /// <summary>True when full power holds this pad's surface at or above <see cref="MinCeilingC"/> by its learned model.</summary>
        private static bool CanBurn(PadThermalModel model)
        {
            return model.SteadySurfaceC(1.0, out _) >= MinCeilingC;
        }

        private void StartProbe(PadThermalModel model, double coreC, double surfaceC, double sensorC, double stepDuty, bool witness)
        {
            double slope, valueNow;
            if (!TryTrend(false, out slope, out valueNow))
            {
                return;
            }

            // The reading itself must not be in free fall. Asked by the witness, the innovation falls by the model's own
            // rise at full power as well, which is no fall of the reading.
            double readingSlope = slope;
            if (witness && !TryTrend(true, out readingSlope, out _))
            {
                return;
            }

            // The trend must describe the reading now: a reading in free fall (a sensor that just fell off, caught by
            // SensorDetachedCheck and RoomReadingCheck under heat) is not asked, the probe's pause would only delay them.
            if (readingSlope < -MaxTrendFallCPerS || valueNow - _lastInnovationC > TrendMissC || _lastInnovationC - valueNow > TrendMissC)
            {
                return;
            }

            _probing = true;
            _fastCalibration.Close();
            _witnessProbe = witness;
            _probeUnheated = false;
            _probePairValid = _pairValid;
            _probeFirstStartC = _pairFirstC;
            _probeSecondStartC = _pairSecondC;
            _probesAsked++;
            _probeS = 0.0;
            _probeMidSeen = false;
            _probeSlopeCPerS = slope;
            // The step the probe denies, in the learned model's duty: the power behind the duty now over the power it learned.
            _stepDuty = HeaterDutyLimits.Clamp(stepDuty) * _powerRatio;

            // A frozen copy of the learned model from its state now runs the pad without heat (what the probe
            // does); the reading the pad would show is that plus the innovation's trend.
            _forced.CopyFrom(model);
            _probeStartC = sensorC + valueNow;
            _freeCoreC = coreC;
            _freeSurfaceC = surfaceC;
            _freeSensorC = sensorC;
            _freeStartSensorC = sensorC;

            // The response to a unit step of duty from rest: the same model with its sink and room at 0 °C.
            _forcedCoreC = 0.0;
            _forcedSurfaceC = 0.0;
            _forcedSensorC = 0.0;
        }

        private bool ProbeStep(double temperatureC, double dtS)
        {
            _probeS += dtS;
            _forced.Advance(dtS, 0.0, ref _freeCoreC, ref _freeSurfaceC, ref _freeSensorC);
            _forced.AdvanceResponse(dtS, 1.0, ref _forcedCoreC, ref _forcedSurfaceC, ref _forcedSensorC);
            double expectedC = _stepDuty * _forcedSensorC;
            if (!_probeMidSeen && expectedC >= ShapeMidResponseC)
            {
                _probeMidSeen = true;
                _probeMidRatio = (ProbeTrendC(expectedC) - temperatureC) / expectedC;
            }

            if (expectedC < ProbeResponseC && _probeS < _probeMaxS)
            {
                return false;
            }

            _probing = false;
            _hasProbed = true;
            _lastProbeEndS = _clockS;
            _hardS = 0.0;
            _hardWorkS = 0.0;
            if (expectedC < MinVerdictResponseC)
            {
                _suspect = false;
                if (_witnessProbe)
                {
                    // Too slow a pad to answer in the time allowed: the witness starts again from here rather than asking
                    // every minute (thick-slow with a body lying down: a 25 s pause a minute starved its heating watch).
                    // The reading did fall behind the work and nothing answered why: the heating watch keeps watching
                    // heat-phase starts (EverDoubted; session 4, thick-slow level 4 in 5-min contrast phases, loosening
                    // from 1800 s: every probe silent, 47.4 °C with no fault, heating_failed before).
                    _hasWitnessTop = false;
                    _everDoubted = true;
                }

                return false;
            }

            // What the cut took away from the reading is its departure from the reading the pad would show had the heat gone on.
            double trendC = ProbeTrendC(expectedC);
            double measuredC = trendC - temperatureC;
            if (measuredC / expectedC < ConfirmRatio && PocketsRewarmedApart())
            {
                // Both sensors rose through the pause, the one the fused reading follows by PocketRiseSpreadC more: the
                // reading went up, which no cut of heat explains and no loosening shows (a loosening reading falls further,
                // not less, when the heat stops). It is a cold-packed pocket rewarming from the pad's core beside the other
                // pocket (session 10, normal life 270161: answers −0.49 / −0.88 / −0.94, doubt for good, frozen_reading). No
                // verdict: the doubt stays as it was and the witness keeps its top, so it asks again.
                return false;
            }

            _lastRatio = measuredC / expectedC;
            _lastExpectedC = expectedC;
            _lastProbeS = _probeS;
            _hasRatio = true;
            // An answer of ConfirmRatio or more on a response under ConfirmResponseC is too coarse to confirm (one DS18B20 step
            // is more than 0.06 of the ratio): it ends a doubt no more than a confirm does, see CapsReapproach, but keeps
            // the witness's top, so the witness asks again.
            // An answer over MaxConfirmRatio is a reading that fell further than the cut explains (a sensor still loosening
            // under the probe, or a pad whose user just got up): never a confirm, so the witness keeps its top and asks again.
            bool fine = expectedC >= ConfirmResponseC;
            bool high = _lastRatio >= ConfirmRatio;
            // A probe that ran on into an unheated interval (a cool phase) may have had a cold pack on the pad, which the model
            // does not know and which only deepens the fall, as a sensor still loosening does: a low answer still counts (the
            // safe side), a high one is never more than a coarse answer (contrast normal life, campaign seeds 1–2: such answers
            // reached 6.2 on a 2 °C response; as confirms they let folded-covered, loosening in 1-min cool phases, reach 52 °C).
            // Against a witness whose own fit no longer explains the readings (over CredibleWitnessResidualC), an answer of 0.95 or more
            // is a coarse one too: the model it was measured on was fitted to readings the loosening had already bent, so it
            // proves no coupling (session 9, faults seed 1, both sensors loosening from 300 s in 1-min cool phases, free-air
            // level 4: the first probe answered 1.10 on 2.05 °C against a fit at 0.72 °C RMS, confirmed, re-based the witness,
            // and the next doubt came with the surface at 50.0 °C; as a coarse answer 46.5 °C, same verdict). The cost: the
            // witness keeps its top and asks again, and a sensor pressed back on during that probe answers the jump (−1.8) and
            // leaves the coupling in doubt, which then only caps the heat (LooseningAcrossPhasesTests, strong-60w level 2).
            bool confirms = high && fine && !_probeUnheated && _lastRatio <= MaxConfirmRatio && _witnessCredible;
            // Neither a confirm nor a coarse answer licenses full power back to a setpoint already reached (CapsReapproach).
            _confirmCap = high && _reached && temperatureC < _reachedSetpointC - HeatingFailedCheck.HoldBandC;
            _doubt = !high || (_doubt && !confirms && !_confirmCap);
            _everDoubted |= !high;
            // A low fine answer as flat as a scaled response is the loosening's shape, not a load change's (ScaledShapeRatio); it
            // lets the unsettled-doubt watch judge a setpoint already reached too (review 14b's HIGH case: held at the confirm's cap
            // the reading sat 5 °C under a setpoint reached, where the watch did not look, and nothing named it in the session). A
            // fine answer of another shape ends it, as does a high one; a coarse one leaves it as it was.
            _scaledDoubt = !high && (fine ? _probeMidSeen && _lastRatio >= MinGainRatio && CoreMath.Abs(_probeMidRatio - _lastRatio) <= ScaledShapeRatio : _scaledDoubt);
            if (confirms)
            {
                // The sensor answered whole: the model's losses were wrong, not the coupling. The witness starts again here.
                _hasWitnessTop = false;
            }

            if (_witnessProbe)
            {
                // Asked by the witness, the model's losses are wrong by construction (a body lying down or getting up,
                // a draft) or the coupling is: the answer bounds the heat (in doubt) but never latches. The verdicts
                // below stay with the probes asked where the learned losses still hold (normal life, session 3: a
                // model that lost the body answered 0.54 on a weak pad).
                return false;
            }

            // The latch is judged against the attached pad's answer to the first heat's cut (FastResponseCalibration), re-judged
            // on this probe's model; the doubt and the confirm above stay on the model's own answer (session 10: on the calibrated
            // yardstick a pair early in a two-pace loosening answered 1.06 and confirmed, Review10 CoolerCatchingUpLooseningTests).
            double latchRatio = measuredC / (expectedC * _fastCalibration.RatioFor(_forced));
            // A fine answer that fell through the probe by more than ScaledShapeRatio from its mid-point is a load change's shape, not
            // a loosening's: a body holds the pad, so it answers the cut as the model does at first and levels off sooner, while a
            // loosened sensor scales the whole response and answers flat (couple14: 0.82 / 0.80, thick-slow 0.76 / 0.75; a sensor
            // still loosening under the probe falls further, so its answer rises). Such an answer keeps the doubt and its cap but
            // counts toward no latch (session 15, lie15: faults' lying-down group, a heavy body on a pad pre-heated in free air,
            // reading held at 34-36 C near the body's warmth: two low answers like 0.62 / 0.44 then 0.65 / 0.50 latched a false
            // sensor_detached in 9 of the 57 false trips of seeds 1-2, each now running on; no session of the group latches sooner or newly).
            // A body's answer levels off; it does not vanish: an answer that ends under NoResponseRatio on the model's own yardstick
            // keeps the no-response latch whatever its shape (review 16b: a pair that slips then creeps to rest answers a falling
            // probe too, 0.26 -> -0.40 and 0.43 -> 0.01, because the probe's trend projects the fall from before it; excused, its
            // folded-covered verdicts 187-188 s after the onset were lost under the cap; the lying-down group's seeds 1-2 as lie15's).
            bool loadShape = fine && _probeMidSeen && _probeMidRatio - _lastRatio > ScaledShapeRatio;
            bool low = latchRatio < MinGainRatio && !loadShape;
            bool confirmed = (low && _suspect) || (latchRatio < NoResponseRatio && !(loadShape && _lastRatio >= NoResponseRatio));
            _suspect = low;
            return confirmed;
        }

        /// <summary>
        /// The pair's trusted readings this tick, °C, before <see cref="Update(double, double, double, bool, double, PadModelLearner, double)"/>
        /// (either invalid: the pair is not judged). Used only to withhold a probe's verdict when both sensors rose
        /// through the probe's pause, the hotter by <see cref="PocketRiseSpreadC"/> more (see the probe's answer).
        /// </summary>
        public void NotePair(SensorReading first, SensorReading second)
        {
            _pairValid = first.IsValid && second.IsValid;
            _pairFirstC = first.IsValid ? first.TemperatureC : 0.0;
            _pairSecondC = second.IsValid ? second.TemperatureC : 0.0;
        }

        /// <summary>
        /// The reading the pad would show now, °C, had the probe's cut not come: the model without heat from the probe's start,
        /// plus the step it was denied (<paramref name="expectedC"/>, °C at the sensor), plus the innovation's trend.
        /// </summary>
        private double ProbeTrendC(double expectedC)
        {
            return _probeStartC + (_freeSensorC - _freeStartSensorC) + expectedC + (_probeSlopeCPerS * _probeS);
        }

        // True when both sensors rose at least CrossRiseC through the probe's pause, with no heat in between, and the one
        // that carries the fused reading now rose PocketRiseSpreadC more than the other: the pad's stored heat reaching two
        // places that were cooled differently (a cold-packed pocket rewarming from the core beside one off the body). A
        // loosening or detaching sensor's reading falls further, not less, when the heat stops; a strip loosening after a
        // pack rewarms both its sensors alike (review 9's thick-slow strip: 1.12 / 0.94 °C; review 6's nominal-12v: equal).
        private bool PocketsRewarmedApart()
        {
            if (!_probePairValid || !_pairValid)
            {
                return false;
            }

            double firstRiseC = _pairFirstC - _probeFirstStartC;
            double secondRiseC = _pairSecondC - _probeSecondStartC;
            if (firstRiseC < CrossRiseC || secondRiseC < CrossRiseC)
            {
                return false;
            }

            return _pairFirstC >= _pairSecondC
                ? firstRiseC - secondRiseC >= PocketRiseSpreadC
                : secondRiseC - firstRiseC >= PocketRiseSpreadC;
        }

        private void Record(double innovationC, double readingC, bool valid)
        {
            _historyS[_historyNext] = _clockS;
            _historyC[_historyNext] = innovationC;
            _historyReadingC[_historyNext] = readingC;
            _historyValid[_historyNext] = valid;
            _historyNext = (_historyNext + 1) % HistoryLength;
            if (_historyCount < HistoryLength)
            {
                _historyCount++;
            }
        }

        /// <summary>Least-squares line over the innovations (<paramref name="readings"/>: the readings) of the last <see cref="TrendWindowS"/>: slope °C/s and its value now, °C.</summary>
        private bool TryTrend(bool readings, out double slopeCPerS, out double valueNowC)
        {
            slopeCPerS = 0.0;
            valueNowC = 0.0;
            double n = 0.0, sumT = 0.0, sumY = 0.0, sumTT = 0.0, sumTY = 0.0, oldestS = _clockS;
            int index = _historyNext;
            for (int i = 0; i < _historyCount; i++)
            {
                index = index == 0 ? HistoryLength - 1 : index - 1;
                double t = _historyS[index] - _clockS;
                if (t < -TrendWindowS)
                {
                    break;
                }

                if (!_historyValid[index])
                {
                    break;
                }

                double y = readings ? _historyReadingC[index] : _historyC[index];
                n += 1.0;
                sumT += t;
                sumY += y;
                sumTT += t * t;
                sumTY += t * y;
                oldestS = _historyS[index];
            }

            double denominator = (n * sumTT) - (sumT * sumT);
            if (_clockS - oldestS < MinTrendSpanS || !(denominator > 1e-9))
            {
                return false;
            }

            slopeCPerS = ((n * sumTY) - (sumT * sumY)) / denominator;
            valueNowC = (sumY - (slopeCPerS * sumT)) / n;
            return true;
        }
    }
}
