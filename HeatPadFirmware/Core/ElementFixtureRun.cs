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
        /// Highest element-sensor reading the fixture lets the power continue at, °C (70: the element peaks at most 47.7 °C in
        /// free air at <see cref="TargetPowerW"/> over the 184 simulated runs — calibrate --device --cases — and lower with the plate on; TF1, the element's
        /// thermal fuse, opens at 84 °C, hardware/README.md). While the plate is on it is the element's only over-temperature
        /// guard besides TF1: the pair reads the plate.
        /// </summary>
        public const double MaxElementC = 70.0;

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

        /// <summary>Consecutive element-sensor reads over <see cref="MaxElementC"/> or invalid that abort the run (5: the element witness's lost count).</summary>
        public const int ElementBadReads = 5;

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

        /// <summary>A run holding <paramref name="targetPowerW"/> W (0 &lt; P ≤ 60; others: <see cref="TargetPowerW"/>).</summary>
        public ElementFixtureRun(double targetPowerW)
            : this(targetPowerW, true)
        {
        }

        /// <summary>
        /// A run holding <paramref name="targetPowerW"/> W; <paramref name="plateHoldsSurface"/> false keeps every surface-unseen
        /// check latching in the plate and cool stages too (<see cref="Supervisor.SurfaceHeldByFixture"/> never set): review 21c's
        /// comparison of what the plate stage's relaxation changes.
        /// </summary>
        public ElementFixtureRun(double targetPowerW, bool plateHoldsSurface)
        {
            _plateHoldsSurface = plateHoldsSurface;
            _targetPowerW = targetPowerW > 0.0 && targetPowerW <= 60.0 ? targetPowerW : TargetPowerW;
            _supervisor = new Supervisor();
            _stage = ElementFixtureStage.Baseline;
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
            ElementFixtureStage before = _stage;
            bool first = !_started;
            if (first)
            {
                _started = true;
                _stageStartMs = nowMs;
                _lastCueMs = nowMs;
            }

            bool heatStage = _stage == ElementFixtureStage.Heat || _stage == ElementFixtureStage.PlateWanted || _stage == ElementFixtureStage.Plate;

            // From the operator's press on, the plate holds the surface at the room by design (see Supervisor.SurfaceHeldByFixture).
            _supervisor.SurfaceHeldByFixture = _plateHoldsSurface && (_stage == ElementFixtureStage.Plate || _stage == ElementFixtureStage.Cool);
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

            // The element sensor is the fixture's reason to run and, under the plate, the element's guard: it must read, and
            // read under MaxElementC (rounded down to a whole reading: one reading over it is noise, five are not).
            bool elementBad = !elementReading.IsValid || elementReading.TemperatureC > MaxElementC;
            _elementBadReads = elementBad ? _elementBadReads + 1 : 0;
            if (_elementBadReads >= ElementBadReads && _stage != ElementFixtureStage.Done)
            {
                _abortFault = elementReading.IsValid ? FaultCode.OverTemperature : FaultCode.SensorLost;
                Enter(ElementFixtureStage.Aborted, nowMs);
            }

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
                    cue = BuzzerCue.Click;
                }
            }

            long inStageMs = nowMs > _stageStartMs ? nowMs - _stageStartMs : 0;
            switch (_stage)
            {
                case ElementFixtureStage.Baseline:
                    if (inStageMs >= BaselineS * 1000L)
                    {
                        // A room outside the fixture's (or a pad not yet at it: the element reads the room when nothing heats it).
                        bool roomOk = elementReading.IsValid && elementReading.TemperatureC >= MinRoomC && elementReading.TemperatureC <= MaxRoomC;
                        Enter(roomOk ? ElementFixtureStage.Heat : ElementFixtureStage.Aborted, nowMs);
                    }

                    break;
                case ElementFixtureStage.Heat:
                    if (inStageMs >= HeatS * 1000L)
                    {
                        Enter(ElementFixtureStage.PlateWanted, nowMs);
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
                    if (inStageMs >= PlateS * 1000L)
                    {
                        Enter(ElementFixtureStage.Cool, nowMs);
                    }

                    break;
                case ElementFixtureStage.Cool:
                    if (inStageMs >= CoolS * 1000L)
                    {
                        Enter(ElementFixtureStage.Done, nowMs);
                        cue = BuzzerCue.SessionEnd;
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
                requested = _hasFullPower && _fullPowerW > 0.0 ? _targetPowerW / _fullPowerW : StartDutyFraction;
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
