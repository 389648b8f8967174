namespace HeatPadFirmware.Core
{
    /// <summary>Where an element-calibration fixture run stands (<see cref="ElementFixtureRun"/>).</summary>
    public enum ElementFixtureStage
    {
        /// <summary>Heater off, the room read (<see cref="ElementFixtureRun.BaselineS"/> s).</summary>
        Baseline = 0,

        /// <summary>The fixed power in free air (<see cref="ElementFixtureRun.HeatS"/> s).</summary>
        Heat = 1,

        /// <summary>The same power, the operator asked to put the plate on and press Program (cue every <see cref="ElementFixtureRun.PlateCueIntervalS"/> s).</summary>
        PlateWanted = 2,

        /// <summary>The same power with the plate on (<see cref="ElementFixtureRun.PlateS"/> s from the press).</summary>
        Plate = 3,

        /// <summary>Heater off, plate still on (<see cref="ElementFixtureRun.CoolS"/> s).</summary>
        Cool = 4,

        /// <summary>The run is complete: its telemetry can be fitted. Heater off.</summary>
        Done = 5,

        /// <summary>A fault latched, the operator aborted, or nobody pressed: heater off for good; no record may be made.</summary>
        Aborted = 6,
    }

    /// <summary>Protocol names of <see cref="ElementFixtureStage"/> (the <c># fixture</c> telemetry lines).</summary>
    public static class ElementFixtureStageNames
    {
        /// <summary>The prefix of a stage mark on the console: <c># fixture,now_ms,stage,target_w</c>.</summary>
        public const string MarkPrefix = "# fixture,";

        /// <summary>The protocol name of <paramref name="stage"/> (enum ToString gives the number on nanoFramework).</summary>
        public static string Of(ElementFixtureStage stage)
        {
            switch (stage)
            {
                case ElementFixtureStage.Baseline:
                    return "baseline";
                case ElementFixtureStage.Heat:
                    return "heat";
                case ElementFixtureStage.PlateWanted:
                    return "plate_wanted";
                case ElementFixtureStage.Plate:
                    return "plate";
                case ElementFixtureStage.Cool:
                    return "cool";
                case ElementFixtureStage.Done:
                    return "done";
                default:
                    return "aborted";
            }
        }
    }

    /// <summary>
    /// The element-calibration fixture on a real pad (session 20, hardware/README.md "Calibrating the element witness"): the
    /// device runs the simulated fixture's phases (Simulator/Pad/ElementCalibrationFixture.cs) on the pad lying flat in free air
    /// on an insulating board — <see cref="BaselineS"/> s off, a fixed power for <see cref="HeatS"/> s, the operator cued to put
    /// the plate on and press Program (the power still held), <see cref="PlateS"/> s more, <see cref="CoolS"/> s off — and prints
    /// every tick (the <c>T</c> records, the <c># sense</c> lines, a <c># fixture</c> mark at each stage) for the PC to fit
    /// (<c>calibrate --telemetry LOG --rom HEX</c>). The power is held by the heater sense: the element's power at full duty is
    /// estimated from the sensed current × supply over the duty applied (a resistive element), and the duty asked is
    /// <see cref="TargetPowerW"/> over it.
    /// <para>Safety keeps the last word: a <see cref="Supervisor"/> of its own judges every tick exactly as in a session (the
    /// over-temperature at 47 °C on the hotter of the pair, sensor lost, the current witness's stuck-on and open element, the
    /// dose, the element sensor's own limit) and gates the duty; the cut-off's heartbeat toggles only while it allows heat. Any
    /// latched fault, a long press of Power, or no press within <see cref="PlateWaitS"/> s ends the run in
    /// <see cref="ElementFixtureStage.Aborted"/>: heater off until a power cycle, and the PC refuses a log that does not end in
    /// <see cref="ElementFixtureStage.Done"/>. Allocates nothing per tick; constant work per tick.</para>
    /// </summary>
    public sealed class ElementFixtureRun
    {
        /// <summary>Seconds off before the heat (the room reference), s (the simulated fixture's 120).</summary>
        public const int BaselineS = 120;

        /// <summary>Seconds of fixed power in free air, s (2,400: 5.5 × thick-slow's 434 s slow time constant).</summary>
        public const int HeatS = 2400;

        /// <summary>Seconds of the same power with the plate on, counted from the press, s (1,200).</summary>
        public const int PlateS = 1200;

        /// <summary>Seconds off after the heat, plate on, s (900).</summary>
        public const int CoolS = 900;

        /// <summary>Longest wait for the operator's press once the plate is asked for, s (600); then the run aborts.</summary>
        public const int PlateWaitS = 600;

        /// <summary>Seconds between two cues while the plate is wanted, s (30).</summary>
        public const int PlateCueIntervalS = 30;

        /// <summary>
        /// The fixed power as the heater sense measures it, W (25). Held by the sense, the element's true power is 25 W over the
        /// board's sense scale (0.8–1.2): the simulated fixture's 30 W held this way took strong-60w's surface to 44.0 °C in free
        /// air at 22 °C (sense 17 % low), and its dose to burn_dose_limit in a 23 °C room; at 25 W the highest true surface of
        /// the 184 simulated runs (the 6 shipped pads and 40 random bench pads of families 1 and 2, sensor seeds 11–14) is 40.3 °C in a 22 °C room,
        /// 41.3 °C in 23 °C, every run completes and the fit's errors stay those of 30 W — calibrate --device [--power 30]
        /// (docs/device.md, "Session 20").
        /// </summary>
        public const double TargetPowerW = 25.0;

        /// <summary>Duty of the first heat tick, before the element's power is known, 0..1 (0.2: 2 W of the 10 W USB pad, 12 W of a 60 W one; the estimate takes over from the next tick).</summary>
        public const double StartDutyFraction = 0.2;

        /// <summary>Least applied duty from which the element's full power is estimated, fraction (0.05: below it the sensed current is mostly ADC offset).</summary>
        public const double MinEstimateDutyFraction = 0.05;

        /// <summary>Weight of each new estimate of the element's full power, fraction per tick (0.2: about 5 ticks, the sense's noise averaged).</summary>
        public const double EstimateWeight = 0.2;

        /// <summary>
        /// Highest element-sensor reading the fixture lets the power continue at, °C (58, session 21; was 70): the fixture's
        /// warmest room <see cref="MaxRoomC"/> plus S3's offset (±0.5 °C) plus <see cref="MaxElementRiseK"/>. TF1, the element's
        /// thermal fuse, opens at 84 °C (hardware/README.md).
        /// </summary>
        public const double MaxElementC = 58.0;

        /// <summary>
        /// Highest reading of the hotter of the pair the fixture lets the power continue at, °C (44, session 21; the session's
        /// over-temperature, 47 °C, stays the supervisor's): correct runs read at most 18.7 K over the room (strong-60w, seed 11,
        /// 40.7 °C in 22 °C; calibrate --device --cases), so 43.2 °C in the warmest room the heat starts in
        /// (<see cref="MaxRoomC"/>). A covered or folded pad with the pair on the surface climbs past it: at 47 °C the pair's lag
        /// let a covered surface reach 50.3 °C (dose 0.85, nominal-12v) before the run stopped.
        /// </summary>
        public const double MaxPairC = 44.0;

        /// <summary>
        /// Highest rise of the element sensor over its baseline reading, K (32, session 21): correct runs reach at most 29.2 K
        /// (free air at <see cref="TargetPowerW"/> held by a sense reading 8 % low, chip Vref 1.2 V; 24.6 K at seeds 11–12 with
        /// the sense as drawn; docs/safety.md "Session 21: the fixture on the device made safe"). At a fixed power the
        /// element's rise is the power over everything that takes heat from it: a cover or a fold takes less and the element
        /// climbs past this, whatever the pair reads (review 21c's covered pads reached 36–48 K).
        /// </summary>
        public const double MaxElementRiseK = 32.0;

        /// <summary>
        /// The pair must follow the element in the heat stage: its rise over its baseline at least
        /// <see cref="TrackingSlope"/> × the element's rise minus <see cref="TrackingAllowanceK"/> (0.2, session 21). A pair
        /// that reads the room while the element climbs is off the surface. Correct runs keep at least 0.8 K above the line
        /// (the surface lags the element most early in the heat, thick pads); a pair off the surface falls under it once the
        /// element has risen 15 K, when the surface is at most 15 / 0.85 = 17.6 K over the room (the element sensor reads the
        /// element's rise within ±15 %: the surface, never hotter than the element while it heats, stays under 43 °C, where
        /// no burn dose counts, in the fixture's warmest room).
        /// </summary>
        public const double TrackingSlope = 0.2;

        /// <summary>Allowance of the pair's tracking of the element, K (3, see <see cref="TrackingSlope"/>).</summary>
        public const double TrackingAllowanceK = 3.0;

        /// <summary>Consecutive ticks under the tracking line that abort the run as <see cref="FaultCode.SensorDetached"/> (10: noise of two quantised readings).</summary>
        public const int TrackingBadTicks = 10;

        /// <summary>
        /// Seconds at the end of the baseline over which the room references (the element's and the pair's readings) are
        /// averaged, s (60: the last half of <see cref="BaselineS"/>).
        /// </summary>
        public const int ReferenceS = 60;

        /// <summary>
        /// How far the element may rise over its highest reading at the plate cue while the plate stage's relaxation holds, K
        /// (0.5, session 21). At a fixed power the element climbs when anything takes less heat from the pad (a cover, a fold)
        /// and falls when a plate or a body takes more; its reading at the cue is within 0.1 K of its settled value
        /// (2,400 s is 5.5 × the slowest pad's time constant). Held, the element bounds the surface below at its cue value.
        /// </summary>
        public const double PlateElementRiseK = 0.5;

        /// <summary>
        /// The plate proved: within <see cref="PlateProofS"/> s of the press the element must fall this far under its reading
        /// at the cue, K (1.2, session 21). A plate at the room pulls the element down: 2.2–15.4 K in 120 s over the
        /// correct runs; with no plate it rises or holds (−1.1 to +0.1 K, covered pads, a body, free air).
        /// </summary>
        public const double PlateProofDropK = 1.2;

        /// <summary>Seconds from the press by which the plate must be proved, s (120; see <see cref="PlateProofDropK"/>).</summary>
        public const int PlateProofS = 120;

        /// <summary>
        /// Lowest room the heat starts in, °C (16: the element's reading at the baseline's end; the fixture's room is 20–24 °C,
        /// hardware/README.md, and the element sensor reads it within its ±0.5 °C plus the pad's own drift to the room).
        /// </summary>
        public const double MinRoomC = 16.0;

        /// <summary>
        /// Highest room the heat starts in, °C (24.5, on the element's reading at the baseline's end: the fixture's room is
        /// 20–24 °C; the surface's rise at <see cref="TargetPowerW"/> adds to the room, at most 18.3 K over the simulated runs, so
        /// a warmer room brings strong pads toward the dose and the supervisor's 47 °C — at 30 W a 23 °C room latched strong-60w's
        /// burn_dose_limit; a run refused before it heats costs 2 minutes, one aborted by the supervisor 40).
        /// </summary>
        public const double MaxRoomC = 24.5;

        /// <summary>
        /// Largest drift of S3's reading over the baseline (the mean of its last <see cref="DriftWindowS"/> s against its first),
        /// K (0.25, session 22: the PC's own baseline check, ElementFitChecks.MaxBaselineDriftC; correct runs drift 0.021 at the
        /// most). <see cref="ElementBoundC"/> takes the room as S3's baseline: a pad warmer than its room (cooling through the
        /// baseline) would have the bound low by (pad − room) × (1 / <see cref="MinElementSpotFraction"/> − 1) — a pad at 24 °C in
        /// a 16 °C room, S3 reading 0.7 of the rise, covered: 44.5 °C, dose 0.265 without this check. The heat is refused.
        /// </summary>
        public const double MaxBaselineDriftK = 0.25;

        /// <summary>Seconds at each end of the baseline averaged for its drift, s (30 of its 120, as the PC's check).</summary>
        public const int DriftWindowS = 30;

        /// <summary>Consecutive element-sensor reads over <see cref="MaxElementC"/>, over a rise limit, or invalid that abort the run (5: the element witness's lost count).</summary>
        public const int ElementBadReads = 5;

        /// <summary>
        /// Least share of the element's rise over the room that the element sensor S3 reads, fraction (0.7, session 22): S3 is
        /// bonded to the element wire, and a bond off the wire's hottest run reads its rise low — review 22a's spot −0.3, twice
        /// the simulator's ±15 % (SimulatedElementSensor). The element's true rise is at most S3's rise over this.
        /// </summary>
        public const double MinElementSpotFraction = 0.7;

        /// <summary>S3's largest offset from the true temperature, K (0.5: DS18B20 ±0.5 °C from −10 to +85 °C, datasheet).</summary>
        public const double ElementOffsetK = 0.5;

        /// <summary>
        /// The hottest the element may be while the fixture heats, °C (43, session 22): the power is turned down so that the
        /// element's highest possible true temperature (<see cref="ElementBoundC"/>: S3's reading at its worst spot and offset)
        /// stays under it. The surface is never hotter than the element that heats it (nor than a body at 34 °C or the room), so
        /// whatever the pair reads — loose, off, a cover, a fold, a person — the surface stays under the burn data's floor
        /// (BurnDose.DoseFloorC, 43 °C: no dose counts). Review 22a: a loose pair under a cover ran the surface to 52–56 °C.
        /// </summary>
        public const double MaxElementBoundC = 43.0;

        /// <summary>
        /// Span of <see cref="ElementBoundC"/> under <see cref="MaxElementBoundC"/> over which the power is turned down from the
        /// target to nothing, K (4, session 22): a proportional hold, so a pad that needs half the target settles 2 K under the
        /// limit; wide enough that S3's lag (≤ 10 s) and the fastest element (strong-60w, 11 s) do not ring.
        /// </summary>
        public const double ElementHoldBandK = 4.0;

        /// <summary>
        /// Least change of the heat stage's power, W (1, session 22): the proportional hold moves the power only when it would
        /// move it by this much (or to nothing or to the target), so S3's 1/16 °C steps (0.09 K of the bound, 0.56 W) do not
        /// move it every tick. It does not cure the fit's trouble with a power that changes under irregular ticks: strong-60w's
        /// C from a run with ticks of 0.8–1.2 s is × 2.7 of the direct fit with it, × 2.8 without (× 1.24 at steady ticks; main
        /// at a fixed power within 5 %; docs/safety.md "Session 22").
        /// </summary>
        public const double PowerDeadbandW = 1.0;

        /// <summary>
        /// Highest <see cref="ElementBoundC"/> the fixture lets the run continue at, °C (45, session 22; 5 reads): the hold keeps
        /// it under <see cref="MaxElementBoundC"/>, and S3's lag lets it pass by the element's slope × the lag on the first
        /// approach; over this the hold has failed (a stuck output is the supervisor's) and the run ends.
        /// </summary>
        public const double AbortElementBoundC = 45.0;

        /// <summary>
        /// Least power held per kelvin of S3's rise at the plate cue, W/K (0.6, session 22): what the element loses at its held
        /// temperature, in S3's and the sense's units (the pad's loss × the sense's scale over S3's spot). In free air that is at
        /// least 0.85 W/K (usb-10w; the random bench pads 1.25) × 0.8 / 1.15 = 0.59 with the sense 20 % low and S3 reading 15 %
        /// high; a cover ×0.2 keeps the heat in and leaves at most 0.31 × 1.2 / 0.7 = 0.54 (fix21 told it by S3 passing 32 K at
        /// 25 W; with the element held under <see cref="MaxElementBoundC"/> the rise no longer tells it, the power does). Under
        /// it the run ends at the cue (<see cref="FaultCode.OverTemperature"/>, no record): not a burn (the bound holds), a record
        /// of a pad that was not in free air. A cover ×0.5 (0.5–1.2 W/K) is not told from free air here.
        /// </summary>
        public const double MinHeldPowerPerRiseWPerK = 0.6;

        /// <summary>Seconds over which the held power is averaged for the plate stages, s (60): from the cue on, the power stays at its mean over the heat's last minute, so the plate's pull and a cover's push show in S3 as at a fixed power.</summary>
        public const int HeldPowerAveragingS = 60;

        private readonly Supervisor _supervisor;
        private int _elementBadReads;
        private readonly double _targetPowerW;
        private readonly bool _plateHoldsSurface;
        private ElementFixtureStage _stage;
        private bool _stageChanged;
        private bool _started;
        private long _stageStartMs;
        private long _lastCueMs;
        private double _lastDutyFraction;
        private bool _hasFullPower;
        private double _fullPowerW;
        private FaultCode _abortFault;
        private double _elementSumC;
        private double _pairSumC;
        private int _referenceCount;
        private bool _hasReference;
        private double _elementRoomC;
        private double _pairRoomC;
        private int _trackingBadTicks;
        private int _pairHotReads;
        private double _elementCueC;
        private double _lastValidElementC;
        private bool _plateProved;
        private long _pressMs;
        private double _heatPowerW;
        private double _meanHeatPowerW;
        private double _cuePowerW;
        private double _elementBoundC;
        private readonly ReadingMean _driftFirst = new ReadingMean();
        private readonly ReadingMean _driftLast = new ReadingMean();
        private readonly FixtureJigReference _jig = new FixtureJigReference();
        private readonly FixtureRoomWatch _room = new FixtureRoomWatch();
        private ElementFixtureAbortReason _abortReason;

        /// <summary>A run holding <paramref name="targetPowerW"/> W (0 &lt; P ≤ 60; others: <see cref="TargetPowerW"/>).</summary>
        public ElementFixtureRun(double targetPowerW)
            : this(targetPowerW, true)
        {
        }

        /// <summary>
        /// A run holding <paramref name="targetPowerW"/> W; <paramref name="plateHoldsSurface"/> false keeps every surface-unseen
        /// check latching in the plate-wanted, plate and cool stages too (<see cref="Supervisor.SurfaceHeldByFixture"/> never set): review 21c's
        /// comparison of what the plate stage's relaxation changes.
        /// </summary>
        public ElementFixtureRun(double targetPowerW, bool plateHoldsSurface)
        {
            _plateHoldsSurface = plateHoldsSurface;
            _targetPowerW = targetPowerW > 0.0 && targetPowerW <= 60.0 ? targetPowerW : TargetPowerW;
            _supervisor = new Supervisor();
            _stage = ElementFixtureStage.Baseline;
            _heatPowerW = _targetPowerW;
            _meanHeatPowerW = _targetPowerW;
            _cuePowerW = _targetPowerW;
        }

        /// <summary>The current stage.</summary>
        public ElementFixtureStage Stage
        {
            get { return _stage; }
        }

        /// <summary>True on the step whose stage differs from the previous step's (and on the first): the device prints a mark.</summary>
        public bool StageChanged
        {
            get { return _stageChanged; }
        }

        /// <summary>The power held, W.</summary>
        public double TargetPower
        {
            get { return _targetPowerW; }
        }

        /// <summary>
        /// The power asked now, W (0..<see cref="TargetPower"/>): the target, turned down in the heat stage so that
        /// <see cref="ElementBoundC"/> stays under <see cref="MaxElementBoundC"/>, and from the plate cue on the heat's mean over
        /// its last <see cref="HeldPowerAveragingS"/> s.
        /// </summary>
        public double HeldPowerW
        {
            get { return _stage == ElementFixtureStage.Heat ? _heatPowerW : _cuePowerW; }
        }

        /// <summary>
        /// The element's highest possible true temperature from S3's last valid reading, °C (NaN before the baseline's end): with
        /// the room at least S3's baseline − <see cref="ElementOffsetK"/> (the pad lay at the room: hardware/README.md), S3
        /// within ±<see cref="ElementOffsetK"/> and reading at least <see cref="MinElementSpotFraction"/> of the element's rise,
        /// room + (S3 + <see cref="ElementOffsetK"/> − room) / <see cref="MinElementSpotFraction"/>.
        /// </summary>
        public double ElementBoundC
        {
            get { return _hasReference ? _elementBoundC : double.NaN; }
        }

        /// <summary>The jig's reference probe as the run has read it (session 23: the surface bound and the pair's proof of contact).</summary>
        public FixtureJigReference Jig
        {
            get { return _jig; }
        }

        /// <summary>The jig's air probe A as the run has judged the room (session 25: the room held through the run).</summary>
        public FixtureRoomWatch Room
        {
            get { return _room; }
        }

        /// <summary>
        /// The room's reason the run was aborted (session 25; None when it was not, or when <see cref="AbortFault"/> or the operator
        /// ended it): the device prints it on the aborted mark (<c># fixture,now_ms,aborted,target_w,reason</c>).
        /// </summary>
        public ElementFixtureAbortReason AbortReason
        {
            get { return _abortReason; }
        }

        /// <summary>The element's full-duty power as estimated from the sense, W (0 until known).</summary>
        public double FullPowerW
        {
            get { return _hasFullPower ? _fullPowerW : 0.0; }
        }

        /// <summary>The fault that aborted the run (None for an operator's abort, a missed press, or a run not aborted).</summary>
        public FaultCode AbortFault
        {
            get { return _abortFault; }
        }

        /// <summary>The run's supervisor (read-only use).</summary>
        public Supervisor Supervisor
        {
            get { return _supervisor; }
        }

        /// <summary>
        /// One tick, as <see cref="HeatPadCore.StepWithElement"/>: <paramref name="nowMs"/> ms since power-on; the pair's and the
        /// element sensor's raw readings; the heater sense over the interval since the last tick; the presses that ended since
        /// (Program short: the plate is on; Power long: abort). Returns what the outputs must do.
        /// </summary>
        public CoreOutputs StepWithElement(long nowMs, SensorReading reading, SensorReading secondReading, SensorReading elementReading, HeaterSenseReading sense, ButtonEventQueue buttons)
        {
            return StepWithJig(nowMs, reading, secondReading, elementReading, SensorReading.Invalid, SensorReading.Invalid, sense, buttons);
        }

        /// <summary>
        /// One tick with the jig's reference probe R (session 23; <see cref="FixtureJigReference"/>): as
        /// <see cref="StepWithElement"/>, <paramref name="jigReading"/> R's raw reading, <paramref name="jigAirReading"/> the jig's air
        /// probe A's (the room). The run needs both: without R (invalid for <see cref="FixtureJigReference.BadReads"/> reads) it ends,
        /// the heat does not start without R's and A's baselines, and without A's readings at the heat's end the pair is not proved.
        /// </summary>
        public CoreOutputs StepWithJig(long nowMs, SensorReading reading, SensorReading secondReading, SensorReading elementReading, SensorReading jigReading, SensorReading jigAirReading, HeaterSenseReading sense, ButtonEventQueue buttons)
        {
            ElementFixtureStage before = _stage;
            bool first = !_started;
            if (first)
            {
                _started = true;
                _stageStartMs = nowMs;
                _lastCueMs = nowMs;
            }

            bool heatStage = _stage == ElementFixtureStage.Heat || _stage == ElementFixtureStage.PlateWanted || _stage == ElementFixtureStage.Plate;

            // From the plate cue on, a plate may hold the surface at the room (see Supervisor.SurfaceHeldByFixture): the relaxation
            // holds only while the element does not rise over its reading at the cue (below) and, from PlateProofS after the
            // press, only once the element's fall has proved the plate; either failing ends the run.
            _supervisor.SurfaceHeldByFixture = _plateHoldsSurface
                && (_stage == ElementFixtureStage.PlateWanted || _stage == ElementFixtureStage.Plate || _stage == ElementFixtureStage.Cool);
            SensorReading trusted = _supervisor.Observe(nowMs, reading, secondReading, _lastDutyFraction, heatStage, true, SafetyLimits.MaxSetpointC, false, 0.0);
            _supervisor.ObserveSense(sense);
            _supervisor.ObserveElement(true, elementReading);

            // The element's power at full duty from what the applied duty drew (P = d·V²/R for a resistive element).
            HeaterCurrentCheck current = _supervisor.HeaterCurrent;
            if (current.Trusted && _lastDutyFraction >= MinEstimateDutyFraction)
            {
                double full = current.CurrentA * current.SupplyV / _lastDutyFraction;
                _fullPowerW = _hasFullPower ? _fullPowerW + (EstimateWeight * (full - _fullPowerW)) : full;
                _hasFullPower = true;
            }

            BuzzerCue cue = BuzzerCue.None;
            if (_stage != ElementFixtureStage.Aborted && _supervisor.Fault != FaultCode.None)
            {
                _abortFault = _supervisor.Fault;
                Enter(ElementFixtureStage.Aborted, nowMs);
            }

            // The element sensor is the fixture's reason to run and the surface's bound from above: the element is the hottest
            // point of the pad while it heats. It must read, under MaxElementC, under MaxElementRiseK over its baseline, and from
            // the plate cue on under its cue reading + PlateElementRiseK (rounded down to whole readings: one reading over is
            // noise, five are not).
            // The last valid element reading: the plate cue's reference when the cue's own read failed (review 22a: one CRC error on
            // that tick must not lift the plate stage's limits to MaxElementC; S3 read valid within the last ElementBadReads
            // ticks, or the run has already ended).
            if (elementReading.IsValid)
            {
                _lastValidElementC = elementReading.TemperatureC;
            }

            bool elementBad = !elementReading.IsValid || elementReading.TemperatureC > MaxElementC;
            if (!elementBad && _hasReference)
            {
                double riseK = elementReading.TemperatureC - _elementRoomC;
                // S3 = room + offset + spot·(element − room), |offset| ≤ ElementOffsetK, spot ≥ MinElementSpotFraction: the element
                // is at most room + (S3 + ElementOffsetK − room) / spot, highest for the lowest room, S3's baseline − its offset.
                _elementBoundC = _elementRoomC - ElementOffsetK + ((riseK + (2.0 * ElementOffsetK)) / MinElementSpotFraction);
                bool cueStage = _stage == ElementFixtureStage.PlateWanted || _stage == ElementFixtureStage.Plate;
                elementBad = riseK > MaxElementRiseK || _elementBoundC > AbortElementBoundC
                    || (cueStage && elementReading.TemperatureC > _elementCueC + PlateElementRiseK);
            }

            _elementBadReads = elementBad ? _elementBadReads + 1 : 0;
            if (_elementBadReads >= ElementBadReads && _stage != ElementFixtureStage.Done)
            {
                _abortFault = elementReading.IsValid ? FaultCode.OverTemperature : FaultCode.SensorLost;
                Enter(ElementFixtureStage.Aborted, nowMs);
            }

            // The jig's probe: the surface's own bound (whatever S3's spot or the room do), and the pair's proof at the heat's end.
            _jig.Observe(_stage, InStageMs(nowMs), ReferenceS, BaselineS, HeatS, reading, secondReading, jigReading, jigAirReading, AbortElementBoundC);
            if (_jig.Lost && _stage != ElementFixtureStage.Done && _stage != ElementFixtureStage.Aborted)
            {
                _abortFault = jigReading.IsValid ? FaultCode.OverTemperature : FaultCode.SensorLost;
                Enter(ElementFixtureStage.Aborted, nowMs);
            }

            // The room held through the run (session 25): the fit takes the room as the baseline's, so a room that moves puts its
            // move into G_cs (review 25b); A's block means must stay within FixtureRoomWatch.MaxRoomMoveK of A's baseline.
            _room.Observe(nowMs, _stage, InStageMs(nowMs), ReferenceS, BaselineS, jigAirReading);
            if ((_room.Moved || _room.Lost) && _stage != ElementFixtureStage.Done && _stage != ElementFixtureStage.Aborted)
            {
                _abortReason = _room.Lost ? ElementFixtureAbortReason.AirProbeLost : ElementFixtureAbortReason.RoomMoved;
                Enter(ElementFixtureStage.Aborted, nowMs);
            }

            // The hotter of the pair over the fixture's own limit (a pad that keeps more heat than free air gives it).
            bool pairHot = (reading.IsValid && reading.TemperatureC > MaxPairC) || (secondReading.IsValid && secondReading.TemperatureC > MaxPairC);
            _pairHotReads = pairHot ? _pairHotReads + 1 : 0;
            if (_pairHotReads >= ElementBadReads && _stage != ElementFixtureStage.Done)
            {
                _abortFault = FaultCode.OverTemperature;
                Enter(ElementFixtureStage.Aborted, nowMs);
            }

            ObserveReferences(nowMs, reading, secondReading, elementReading);

            int count = buttons == null ? 0 : buttons.Count;
            for (int i = 0; i < count; i++)
            {
                ButtonEvent press = buttons.Get(i);
                if (press.Button == ButtonId.Power && press.IsLong && _stage != ElementFixtureStage.Done && _stage != ElementFixtureStage.Aborted)
                {
                    Enter(ElementFixtureStage.Aborted, nowMs);
                }
                else if (press.Button == ButtonId.Program && !press.IsLong && _stage == ElementFixtureStage.PlateWanted)
                {
                    Enter(ElementFixtureStage.Plate, nowMs);
                    _pressMs = nowMs;
                    cue = BuzzerCue.Click;
                }
            }

            long inStageMs = InStageMs(nowMs);
            switch (_stage)
            {
                case ElementFixtureStage.Baseline:
                    if (inStageMs >= BaselineS * 1000L)
                    {
                        // A room outside the fixture's (or a pad not yet at it: the element reads the room when nothing heats it).
                        // And a pad at its room: S3 steady through the baseline (MaxBaselineDriftK).
                        bool roomOk = elementReading.IsValid && elementReading.TemperatureC >= MinRoomC && elementReading.TemperatureC <= MaxRoomC
                            && _driftFirst.HasValue && _driftLast.HasValue
                            && CoreMath.Abs(_driftLast.MeanC - _driftFirst.MeanC) <= MaxBaselineDriftK
                            && _jig.HasBaseline;
                        Enter(roomOk ? ElementFixtureStage.Heat : ElementFixtureStage.Aborted, nowMs);
                    }

                    break;
                case ElementFixtureStage.Heat:
                    if (inStageMs >= HeatS * 1000L)
                    {
                        Enter(ElementFixtureStage.PlateWanted, nowMs);
                        _elementCueC = _lastValidElementC;
                        _cuePowerW = _meanHeatPowerW;
                        if (_hasReference && _cuePowerW < MinHeldPowerPerRiseWPerK * (_elementCueC - _elementRoomC))
                        {
                            // The pad keeps more heat than free air lets it (a cover, a fold): no record from it.
                            _abortFault = FaultCode.OverTemperature;
                            Enter(ElementFixtureStage.Aborted, nowMs);
                        }
                        else if (!_jig.PairPressed())
                        {
                            // A pair sensor that rose less than the jig's probe on the same surface is not pressed on it (both
                            // loose alike pass every fit check: review 23a HIGH 2); no record from it. Checked only when the cover
                            // check passed, so a covered pad keeps its first reason (review 25a LOW).
                            _abortFault = FaultCode.SensorDetached;
                            Enter(ElementFixtureStage.Aborted, nowMs);
                        }

                        _lastCueMs = nowMs;
                        cue = BuzzerCue.ApplyColdPack;
                    }

                    break;
                case ElementFixtureStage.PlateWanted:
                    if (inStageMs >= PlateWaitS * 1000L)
                    {
                        Enter(ElementFixtureStage.Aborted, nowMs);
                    }
                    else if (nowMs - _lastCueMs >= PlateCueIntervalS * 1000L)
                    {
                        _lastCueMs = nowMs;
                        cue = BuzzerCue.ApplyColdPack;
                    }

                    break;
                case ElementFixtureStage.Plate:
                    if (!_plateProved && nowMs - _pressMs >= PlateProofS * 1000L)
                    {
                        // No plate the readings prove (a pair off the surface reads the room as a plate would make it; only
                        // the element's fall tells a plate): the relaxation must not hold.
                        _abortFault = FaultCode.SensorDetached;
                        Enter(ElementFixtureStage.Aborted, nowMs);
                    }
                    else if (inStageMs >= PlateS * 1000L)
                    {
                        Enter(ElementFixtureStage.Cool, nowMs);
                    }

                    break;
                case ElementFixtureStage.Cool:
                    if (inStageMs >= CoolS * 1000L)
                    {
                        // The room over the run's last, partial block too (review 26b: the cool stage's tail is in C's fit).
                        _room.JudgeTail(nowMs);
                        if (_room.Moved)
                        {
                            _abortReason = ElementFixtureAbortReason.RoomMoved;
                            Enter(ElementFixtureStage.Aborted, nowMs);
                        }
                        else
                        {
                            Enter(ElementFixtureStage.Done, nowMs);
                            cue = BuzzerCue.SessionEnd;
                        }
                    }

                    break;
            }

            if (_stage == ElementFixtureStage.Aborted && before != ElementFixtureStage.Aborted)
            {
                cue = BuzzerCue.Fault;
            }

            heatStage = _stage == ElementFixtureStage.Heat || _stage == ElementFixtureStage.PlateWanted || _stage == ElementFixtureStage.Plate;
            double requested = 0.0;
            if (heatStage)
            {
                double powerW = HeldPowerW;
                requested = _hasFullPower && _fullPowerW > 0.0 ? powerW / _fullPowerW : StartDutyFraction * (powerW / _targetPowerW);
            }

            CoreOutputs outputs = new CoreOutputs();
            if (_stage == ElementFixtureStage.Aborted)
            {
                heatStage = false;
                requested = 0.0;
            }

            outputs.DutyFraction = _supervisor.GateDuty(requested, heatStage, trusted);
            outputs.HeaterEnabled = _supervisor.CutoffClosed(heatStage);
            outputs.CutoffHeartbeat = _supervisor.NextHeartbeat(outputs.HeaterEnabled);
            _lastDutyFraction = outputs.DutyFraction;
            outputs.Phase = _stage == ElementFixtureStage.Aborted && _supervisor.Fault != FaultCode.None ? SessionPhase.Fault
                : heatStage ? SessionPhase.Heat
                : _stage == ElementFixtureStage.Cool ? SessionPhase.Cool
                : SessionPhase.Off;
            outputs.Fault = _supervisor.Fault;
            outputs.HasHeaterSense = current.Trusted;
            outputs.HeaterCurrentA = current.Trusted ? current.CurrentA : 0.0;
            outputs.SupplyV = current.Trusted ? current.SupplyV : 0.0;
            outputs.Cue = cue;
            outputs.HeatLedOn = heatStage;
            outputs.CoolLedOn = _stage == ElementFixtureStage.Cool || _stage == ElementFixtureStage.PlateWanted;
            outputs.FaultBlinkCount = (int)_supervisor.Fault;
            outputs.LevelLedCount = _stage == ElementFixtureStage.Aborted ? 0 : (int)_stage;
            _stageChanged = first || _stage != before;
            return outputs;
        }

        /// <summary>
        /// The room references at the baseline's end, the pair's tracking of the element in the heat stage, and the plate's proof. Constant work, no allocation.
        /// </summary>
        private void ObserveReferences(long nowMs, SensorReading reading, SensorReading secondReading, SensorReading elementReading)
        {
            bool pairValid = reading.IsValid || secondReading.IsValid;
            double pairC = !reading.IsValid ? secondReading.TemperatureC
                : !secondReading.IsValid ? reading.TemperatureC
                : CoreMath.Max(reading.TemperatureC, secondReading.TemperatureC);
            long inStageMs = InStageMs(nowMs);
            if (_stage == ElementFixtureStage.Baseline)
            {
                if (inStageMs <= DriftWindowS * 1000L)
                {
                    _driftFirst.Add(elementReading);
                }
                else if (inStageMs > (BaselineS - DriftWindowS) * 1000L)
                {
                    _driftLast.Add(elementReading);
                }

                if (inStageMs > (BaselineS - ReferenceS) * 1000L && pairValid && elementReading.IsValid)
                {
                    _elementSumC += elementReading.TemperatureC;
                    _pairSumC += pairC;
                    _referenceCount++;
                }

                return;
            }

            if (!_hasReference && _referenceCount > 0)
            {
                _hasReference = true;
                _elementRoomC = _elementSumC / _referenceCount;
                _pairRoomC = _pairSumC / _referenceCount;
            }

            if (_stage == ElementFixtureStage.Heat)
            {
                // The element held under MaxElementBoundC whatever the pair reads: the power turned down in proportion over the
                // band under it (S3's last valid reading; an invalid run of reads ends the run above). Its mean is what the plate
                // stages hold.
                // Proportional over ElementHoldBandK under MaxElementBoundC, nothing at or over it; moved only by PowerDeadbandW
                // or more (S3's 1/16 °C steps would move it every tick).
                if (_hasReference)
                {
                    double share = (MaxElementBoundC - _elementBoundC) / ElementHoldBandK;
                    double surfaceBoundC = _jig.SurfaceBoundC;
                    if (!double.IsNaN(surfaceBoundC))
                    {
                        // The surface under the same limit by the jig's probe (session 23): S3's spot under 0.7 or a room
                        // cooling during the run leave the element's bound low; the probe's bound needs neither.
                        share = CoreMath.Min(share, (FixtureJigReference.MaxSurfaceBoundC - surfaceBoundC) / ElementHoldBandK);
                    }

                    double powerW = _targetPowerW * CoreMath.Clamp(share, 0.0, 1.0);
                    if (powerW <= 0.0 || powerW >= _targetPowerW || CoreMath.Abs(powerW - _heatPowerW) >= PowerDeadbandW)
                    {
                        _heatPowerW = powerW;
                    }
                }

                _meanHeatPowerW += (_heatPowerW - _meanHeatPowerW) / HeldPowerAveragingS;

                // A heat stage with no reference (no valid reading at the baseline's end) cannot be judged: it is not run.
                bool under = !_hasReference;
                if (_hasReference && elementReading.IsValid && pairValid)
                {
                    double elementRiseK = elementReading.TemperatureC - _elementRoomC;
                    under = pairC - _pairRoomC < (TrackingSlope * elementRiseK) - TrackingAllowanceK;
                }

                _trackingBadTicks = under ? _trackingBadTicks + 1 : 0;
                if (_trackingBadTicks >= TrackingBadTicks)
                {
                    _abortFault = FaultCode.SensorDetached;
                    Enter(ElementFixtureStage.Aborted, nowMs);
                }
            }
            else if ((_stage == ElementFixtureStage.PlateWanted || _stage == ElementFixtureStage.Plate) && elementReading.IsValid)
            {
                if (_stage == ElementFixtureStage.Plate && elementReading.TemperatureC <= _elementCueC - PlateProofDropK)
                {
                    _plateProved = true;
                }
            }
        }

        /// <summary>Milliseconds in the current stage at <paramref name="nowMs"/> (0 for a clock that went back).</summary>
        private long InStageMs(long nowMs)
        {
            return nowMs > _stageStartMs ? nowMs - _stageStartMs : 0;
        }

        private void Enter(ElementFixtureStage stage, long nowMs)
        {
            if (_stage == ElementFixtureStage.Aborted || _stage == ElementFixtureStage.Done)
            {
                return;
            }

            _stage = stage;
            _stageStartMs = nowMs;
        }
    }
}
