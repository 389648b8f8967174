namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The session state machine: phase, program, level and the timer of the current phase. It decides
    /// whether heat is wanted and at which setpoint; it never drives an output itself.
    /// <para>Transitions: Off →(power)→ Heat; Heat →(time)→ Cool (hot-cold, contrast) or Off (heat, last
    /// contrast cycle ends in Cool); Cool →(time)→ Heat (contrast, more cycles) or Off; any →(power)→ Off;
    /// any →(fault)→ Fault; Fault →(cleared)→ Off.</para>
    /// </summary>
    public sealed class TherapySession
    {
        private readonly TherapyConfig _config;
        private SessionPhase _phase;
        private TherapyProgram _program;
        private int _level;
        private long _phaseStartMs;
        private long _phaseDurationMs;
        private int _cyclesDone;
        private BuzzerCue _cue;

        /// <summary>Creates an idle session at the configuration's default level and the <c>heat</c> program.</summary>
        public TherapySession(TherapyConfig config)
        {
            _config = config;
            _phase = SessionPhase.Off;
            _program = TherapyProgram.Heat;
            _level = config.DefaultLevel;
        }

        /// <summary>Current phase.</summary>
        public SessionPhase Phase
        {
            get { return _phase; }
        }

        /// <summary>Selected program.</summary>
        public TherapyProgram Program
        {
            get { return _program; }
        }

        /// <summary>Selected level, 1..5.</summary>
        public int Level
        {
            get { return _level; }
        }

        /// <summary>True while the session wants heat (a heat phase).</summary>
        public bool WantsHeat
        {
            get { return _phase == SessionPhase.Heat; }
        }

        /// <summary>Setpoint of the selected level in °C (meaningful while <see cref="WantsHeat"/>).</summary>
        public double SetpointC
        {
            get { return _config.SetpointOfLevelC(_level); }
        }

        /// <summary>True when the current phase is timed (heat and cool phases are).</summary>
        public bool HasPhaseRemaining
        {
            get { return _phase == SessionPhase.Heat || _phase == SessionPhase.Cool; }
        }

        /// <summary>Completed heat/cool cycles of the current session (contrast counts them; others 0 or 1).</summary>
        public int CyclesDone
        {
            get { return _cyclesDone; }
        }

        /// <summary>Milliseconds left in the current timed phase at <paramref name="nowMs"/> (0 when none).</summary>
        public long PhaseRemainingMs(long nowMs)
        {
            if (!HasPhaseRemaining)
            {
                return 0;
            }

            long remainingMs = _phaseDurationMs - (nowMs - _phaseStartMs);
            return remainingMs > 0 ? remainingMs : 0;
        }

        /// <summary>Returns the cue raised since the last call and forgets it.</summary>
        public BuzzerCue TakeCue()
        {
            BuzzerCue cue = _cue;
            _cue = BuzzerCue.None;
            return cue;
        }

        /// <summary>
        /// Applies one button event (the fault long press is handled by the core, not here).
        /// Returns false when the event did nothing in this phase.
        /// </summary>
        public bool OnButton(ButtonEvent buttonEvent, long nowMs)
        {
            if (_phase == SessionPhase.Fault)
            {
                return false;
            }

            switch (buttonEvent.Button)
            {
                case ButtonId.Power:
                    if (buttonEvent.IsLong)
                    {
                        return false;
                    }

                    if (_phase == SessionPhase.Off)
                    {
                        _cyclesDone = 0;
                        EnterPhase(SessionPhase.Heat, HeatMinutes(), nowMs);
                        Raise(BuzzerCue.SessionStart);
                    }
                    else
                    {
                        EnterPhase(SessionPhase.Off, 0, nowMs);
                        Raise(BuzzerCue.SessionEnd);
                    }

                    return true;

                case ButtonId.Up:
                    return !buttonEvent.IsLong && ChangeLevel(+1);

                case ButtonId.Down:
                    return !buttonEvent.IsLong && ChangeLevel(-1);

                case ButtonId.Program:
                    if (buttonEvent.IsLong || _phase != SessionPhase.Off)
                    {
                        return false;
                    }

                    _program = TherapyProgramNames.Next(_program);
                    Raise(BuzzerCue.Click);
                    return true;

                default:
                    return false;
            }
        }

        /// <summary>Advances the phase timer; moves to the next phase when the current one has run out.</summary>
        public void Advance(long nowMs)
        {
            if (!HasPhaseRemaining || (nowMs - _phaseStartMs) < _phaseDurationMs)
            {
                return;
            }

            if (_phase == SessionPhase.Heat)
            {
                if (_program == TherapyProgram.Heat)
                {
                    EnterPhase(SessionPhase.Off, 0, nowMs);
                    Raise(BuzzerCue.SessionEnd);
                }
                else
                {
                    EnterPhase(SessionPhase.Cool, CoolMinutes(), nowMs);
                    Raise(BuzzerCue.ApplyColdPack);
                }

                return;
            }

            // End of a cool phase.
            _cyclesDone++;
            if (_program == TherapyProgram.Contrast && _cyclesDone < _config.ContrastCycles)
            {
                EnterPhase(SessionPhase.Heat, HeatMinutes(), nowMs);
                Raise(BuzzerCue.RemoveColdPack);
            }
            else
            {
                EnterPhase(SessionPhase.Off, 0, nowMs);
                Raise(BuzzerCue.SessionEnd);
            }
        }

        /// <summary>Enters the fault phase (the session is abandoned).</summary>
        public void EnterFault(long nowMs)
        {
            if (_phase != SessionPhase.Fault)
            {
                EnterPhase(SessionPhase.Fault, 0, nowMs);
                Raise(BuzzerCue.Fault);
            }
        }

        /// <summary>Leaves the fault phase to off, after the fault was cleared.</summary>
        public void LeaveFault(long nowMs)
        {
            if (_phase == SessionPhase.Fault)
            {
                EnterPhase(SessionPhase.Off, 0, nowMs);
                Raise(BuzzerCue.Click);
            }
        }

        private bool ChangeLevel(int step)
        {
            int level = _level + step;
            if (level < 1 || level > TherapyConfig.LevelCount)
            {
                Raise(BuzzerCue.Refused);
                return false;
            }

            _level = level;
            Raise(BuzzerCue.Click);
            return true;
        }

        private int HeatMinutes()
        {
            switch (_program)
            {
                case TherapyProgram.HotCold:
                    return _config.HotColdHeatMinutes;
                case TherapyProgram.Contrast:
                    return _config.ContrastHeatMinutes;
                default:
                    return _config.HeatProgramMinutes;
            }
        }

        private int CoolMinutes()
        {
            return _program == TherapyProgram.Contrast ? _config.ContrastCoolMinutes : _config.HotColdCoolMinutes;
        }

        private void EnterPhase(SessionPhase phase, int minutes, long nowMs)
        {
            _phase = phase;
            _phaseStartMs = nowMs;
            _phaseDurationMs = minutes * 60000L;
        }

        private void Raise(BuzzerCue cue)
        {
            // A fault or a phase change outranks a click raised in the same tick.
            if (_cue == BuzzerCue.None || _cue == BuzzerCue.Click || _cue == BuzzerCue.Refused || cue == BuzzerCue.Fault)
            {
                _cue = cue;
            }
        }
    }
}
