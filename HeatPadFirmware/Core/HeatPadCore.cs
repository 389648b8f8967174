namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The firmware's one top-level step, the same object the device loop and the simulator call:
    /// <c>Step(nowMs, reading, secondReading, sense, buttons)</c> → what the outputs must do. It wires the session (what is
    /// wanted), the controller (how much heat) and the supervisor (whether any heat may flow, last word).
    /// Allocates nothing per step.
    /// </summary>
    public sealed class HeatPadCore
    {
        private readonly TherapyConfig _config;
        private readonly TherapySession _session;
        private readonly HeatController _controller;
        private readonly Supervisor _supervisor;
        private readonly string _configurationError;
        private bool _padHot;
        private double _lastDutyFraction;

        /// <summary>
        /// Power-on. The configuration is range-checked here; an invalid one latches
        /// <see cref="FaultCode.InvalidConfiguration"/> and the pad never heats (see <see cref="ConfigurationError"/>).
        /// </summary>
        public HeatPadCore(TherapyConfig config)
        {
            _configurationError = config == null ? "configuration missing" : config.Validate();
            _config = _configurationError == null ? config : new TherapyConfig();
            _session = new TherapySession(_config);
            _controller = new HeatController();
            _supervisor = new Supervisor();
            _supervisor.WatchModel(_controller.Learner);
            if (_configurationError != null)
            {
                _supervisor.Latch(FaultCode.InvalidConfiguration);
                _session.EnterFault(0);
            }
        }

        /// <summary>
        /// Gives the element witness the pad's factory calibration (session 19, <see cref="ElementCalibration"/>): the device calls
        /// this once at start-up, before the first step, when the pad's store holds one. Absent (never called, or null), the
        /// witness learns at a cold start as before; invalid, it judges nothing (<see cref="ElementModelLearner.CalibrationRejected"/>).
        /// </summary>
        public void CalibrateElement(ElementCalibration calibration)
        {
            _supervisor.ElementWitness.Learner.Calibrate(calibration);
        }

        /// <summary>
        /// Latches <see cref="FaultCode.SelfTestFailed"/>: the device calls this when <see cref="SelfTest.Run"/>
        /// failed at boot. The fault cannot be cleared by a press; only a power cycle that passes the test heats.
        /// </summary>
        public void ReportSelfTestFailed()
        {
            _supervisor.Latch(FaultCode.SelfTestFailed);
            _session.EnterFault(0);
        }

        /// <summary>Why the configuration was refused, or null when it is valid.</summary>
        public string ConfigurationError
        {
            get { return _configurationError; }
        }

        /// <summary>The session state machine (read-only use: phase, program, level).</summary>
        public TherapySession Session
        {
            get { return _session; }
        }

        /// <summary>The heat controller (read-only use: its learner and observer, for the simulator's diagnostics).</summary>
        public HeatController Controller
        {
            get { return _controller; }
        }

        /// <summary>The safety supervisor (read-only use: fault).</summary>
        public Supervisor Supervisor
        {
            get { return _supervisor; }
        }

        /// <summary>
        /// One tick. <paramref name="nowMs"/>: milliseconds since power-on, increasing (a repeated or
        /// backward time is treated as no time passing). <paramref name="rawReading"/>, <paramref name="rawSecondReading"/>:
        /// this tick's readings of the pad's two sensors (sensor 1 and sensor 2, hardware/README.md), before the
        /// supervisor's plausibility checks; the controller sees their fusion (<see cref="SensorPairFusion"/>), and a
        /// sensor missing for the limit latches a fault: there is no one-sensor mode. <paramref name="sense"/>: this tick's heater
        /// current and supply reading, covering the interval since the last tick (no heat flows without a
        /// trusted one). <paramref name="buttons"/>: the presses that ended since the last tick (read, not cleared).
        /// </summary>
        public CoreOutputs Step(long nowMs, SensorReading rawReading, SensorReading rawSecondReading, HeaterSenseReading sense, ButtonEventQueue buttons)
        {
            return StepWith(nowMs, rawReading, rawSecondReading, false, SensorReading.Invalid, sense, buttons);
        }

        /// <summary>
        /// One tick on a pad with the element sensor fitted (hardware/README.md's safety chain: a third DS18B20 bonded to the
        /// heating element inside the laminate, on the same 1-Wire bus). As <see cref="Step"/>,
        /// plus <paramref name="rawElementReading"/>: this tick's reading of the element sensor, °C (invalid: the read failed).
        /// A pad without the element sensor calls <see cref="Step"/>, which passes "not fitted": the core then behaves
        /// exactly as before the element sensor existed. The element reading never enables heat; it only feeds the
        /// supervisor (<see cref="Supervisor.ObserveElement"/>).
        /// </summary>
        public CoreOutputs StepWithElement(long nowMs, SensorReading rawReading, SensorReading rawSecondReading, SensorReading rawElementReading, HeaterSenseReading sense, ButtonEventQueue buttons)
        {
            return StepWith(nowMs, rawReading, rawSecondReading, true, rawElementReading, sense, buttons);
        }

        private CoreOutputs StepWith(long nowMs, SensorReading rawReading, SensorReading rawSecondReading, bool elementFitted, SensorReading rawElementReading, HeaterSenseReading sense, ButtonEventQueue buttons)
        {
            // From here on only the reading the supervisor trusts is used.
            // The controller's pad model (as of the last tick) witnesses what the work done should show.
            // The witness is the model learned before any re-learning (PadModelLearner.TryGetWitnessState): a fault that
            // came later must not be learned into it.
            bool hasModelSensor = _controller.Learner.TryGetWitnessState(out _, out _, out double modelSensorC);
            SensorReading reading = _supervisor.Observe(nowMs, rawReading, rawSecondReading, _lastDutyFraction, _session.WantsHeat, _session.Phase != SessionPhase.Off, CoreMath.Min(_session.SetpointC, _supervisor.SetpointCapC), hasModelSensor, modelSensorC);
            _supervisor.ObserveSense(sense);
            _supervisor.ObserveElement(elementFitted, rawElementReading);
            if (_supervisor.Fault != FaultCode.None)
            {
                _session.EnterFault(nowMs);
            }

            int count = buttons == null ? 0 : buttons.Count;
            for (int i = 0; i < count; i++)
            {
                ButtonEvent buttonEvent = buttons.Get(i);
                if (_session.Phase == SessionPhase.Fault)
                {
                    if (buttonEvent.Button == ButtonId.Power && buttonEvent.IsLong)
                    {
                        if (_supervisor.TryClear(rawReading, rawSecondReading))
                        {
                            _session.LeaveFault(nowMs);
                        }
                    }

                    continue;
                }

                _session.OnButton(buttonEvent, nowMs);
            }

            _session.Advance(nowMs);

            bool heatWanted = _session.WantsHeat && _supervisor.HeatAllowed;
            double setpointC = CoreMath.Min(_session.SetpointC, _supervisor.SetpointCapC);
            // The cool phase of hot-cold and contrast is where the user lays the cold pack: the learner fits its pull (issue 3).
            _controller.NoteColdPackExpected(_session.Phase == SessionPhase.Cool && _session.Program != TherapyProgram.Heat);
            HeaterCurrentCheck supply = _supervisor.HeaterCurrent;
            _controller.NoteSupply(supply.Trusted ? supply.SupplyV : 0.0);
            _controller.NoteHotterReading(_supervisor.HotterReading);
            double requested = _controller.Update(nowMs, reading, heatWanted, setpointC);

            CoreOutputs outputs = new CoreOutputs();
            outputs.DutyFraction = _supervisor.GateDuty(requested, heatWanted, reading);

            // The learner must see the duty that was applied, not the one requested (a late tick gates it to 0).
            _controller.NoteAppliedDuty(outputs.DutyFraction);
            outputs.HeaterEnabled = _supervisor.CutoffClosed(heatWanted);
            outputs.CutoffHeartbeat = _supervisor.NextHeartbeat(outputs.HeaterEnabled);
            _lastDutyFraction = outputs.DutyFraction;
            outputs.Phase = _session.Phase;
            outputs.Program = _session.Program;
            outputs.Level = _session.Level;
            outputs.HasSetpoint = heatWanted && _supervisor.Fault == FaultCode.None;
            outputs.SetpointC = outputs.HasSetpoint ? setpointC : 0.0;
            outputs.LevelUnreachable = outputs.HasSetpoint && _controller.LevelUnreachable;
            outputs.Fault = _supervisor.Fault;
            HeaterCurrentCheck witness = _supervisor.HeaterCurrent;
            outputs.HasHeaterSense = witness.Trusted;
            outputs.HeaterCurrentA = witness.Trusted ? witness.CurrentA : 0.0;
            outputs.SupplyV = witness.Trusted ? witness.SupplyV : 0.0;
            outputs.HasPhaseRemaining = _session.HasPhaseRemaining;
            outputs.PhaseRemainingS = _session.PhaseRemainingMs(nowMs) / 1000.0;
            outputs.Cue = _session.TakeCue();
            UpdateIndicators(ref outputs, _supervisor.HotterReading);
            return outputs;
        }

        private void UpdateIndicators(ref CoreOutputs outputs, SensorReading reading)
        {
            if (reading.IsValid)
            {
                _padHot = reading.TemperatureC >= SafetyLimits.PadHotBelowC;
            }

            bool faulted = outputs.Phase == SessionPhase.Fault;
            outputs.LevelLedCount = faulted ? 0 : outputs.Level;
            outputs.HeatLedOn = outputs.Phase == SessionPhase.Heat;
            outputs.CoolLedOn = outputs.Phase == SessionPhase.Cool;
            outputs.FaultBlinkCount = (int)outputs.Fault;
            outputs.PadHot = _padHot && outputs.Phase != SessionPhase.Heat;
        }
    }
}
