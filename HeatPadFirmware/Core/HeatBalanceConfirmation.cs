namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Confirms a <see cref="HeatBalanceCheck"/> verdict by a heat pause before it latches. A reading standing still too low
    /// for the heat going in has two causes the balance cannot tell apart: the sensors lying off the pad (the strip
    /// loosening the check was written for) and an attached sensor on a pad whose heat goes into something the design range
    /// does not hold — a cold pack left on into the heat (review 11: nominal-12v under 8 W/K latched at 958 s). The pause
    /// tells them apart: the pad's own heat capacity is what the learned model knows, and with the heat cut an attached
    /// sensor falls as the model's step response says (all of the standing power left through the pack; it keeps pulling),
    /// while a sensor lying off the pad reads only its share w of the pad's fall (the judged conductance is the true one
    /// over w, so w is under a half where the check trips).
    /// <para>On a verdict the duty is held at 0 (<see cref="HoldsDutyAtZero"/>) for <see cref="PauseS"/>; the model's
    /// response to removing the standing mean duty is run alongside from rest (<see cref="PadThermalModel.AdvanceResponse"/>,
    /// linear, so the pad's state does not matter). At the end the reading's fall over the modelled response is the answer:
    /// at least <see cref="AttachedRatio"/> refutes the verdict (no fault; the balance starts a new stretch), anything less,
    /// or a modelled response under <see cref="MinResponseC"/>, or no model, confirms it and the supervisor latches
    /// <see cref="FaultCode.SensorDetached"/> — a loosening is named <see cref="PauseS"/> after the balance's verdict, its
    /// pad meanwhile unheated.</para>
    /// Nothing is allocated after construction.
    /// </summary>
    public sealed class HeatBalanceConfirmation
    {
        /// <summary>
        /// Length of the confirming pause, 60 s (≥ the slowest shipped sensor lag, thick-slow's 35 s, so an attached
        /// reading has begun to answer; the brief's bound on how much later a loosening may be named than on main).
        /// </summary>
        public const double PauseS = 60.0;

        /// <summary>
        /// Least answer (reading's fall / modelled fall) that shows an attached sensor, 0.5: an attached sensor answers
        /// about 1 (the pack's pull only adds to the fall); a loosening strip answers its coupling w, under 6.5 W/K's
        /// share of the pad's true conductance (≤ 6 W/K on the body: w ≤ 0.9 at the verdict, in practice far less).
        /// Figures: session 11 measurements in docs/safety.md (known gaps of session 10, the cold pack left on).
        /// </summary>
        public const double AttachedRatio = 0.5;

        /// <summary>Least modelled fall that can be judged, 0.5 °C (8 DS18B20 steps): under it the answer is the noise's and the verdict stands.</summary>
        public const double MinResponseC = 0.5;

        private readonly PadThermalModel _model = new PadThermalModel();
        private bool _pausing;
        private double _pauseS;
        private double _startC;
        private double _duty;
        private double _coreC;
        private double _surfaceC;
        private double _sensorC;

        /// <summary>True while the pause holds the duty at 0.</summary>
        public bool HoldsDutyAtZero
        {
            get { return _pausing; }
        }

        /// <summary>The last answer judged: the reading's fall over the modelled fall (0 before any; −1 when none could be judged).</summary>
        public double LastRatio { get; private set; }

        /// <summary>The last pause's modelled fall at the sensor, °C (the model's response to removing the mean duty).</summary>
        public double LastModelledFallC { get; private set; }

        /// <summary>The reading's rise over the room at the last verdict, °C.</summary>
        public double LastRiseC { get; private set; }

        /// <summary>The last pause's reading fall, °C.</summary>
        public double LastFallC { get; private set; }

        /// <summary>How many verdicts were refuted since power-on (read-only use: tests and the simulator).</summary>
        public int Refuted { get; private set; }

        /// <summary>
        /// Starts a pause on a balance verdict. <paramref name="readingC"/>: the fused reading, °C; <paramref name="meanDuty"/>:
        /// the standing mean duty the balance judged (0..1); <paramref name="model"/>: the learned model (null: none). False
        /// when nothing can be judged (no model): the verdict stands at once.
        /// </summary>
        public bool Begin(double readingC, double roomC, double meanDuty, PadThermalModel model)
        {
            LastRiseC = readingC - roomC;
            if (model == null)
            {
                LastRatio = -1.0;
                return false;
            }

            _model.CopyFrom(model);
            _pausing = true;
            _pauseS = 0.0;
            _startC = readingC;
            _duty = HeaterDutyLimits.Clamp(meanDuty);
            _coreC = 0.0;
            _surfaceC = 0.0;
            _sensorC = 0.0;
            return true;
        }

        /// <summary>
        /// One trusted reading during a pause (°C) and the seconds since the last one (≥ 0). Returns 0 while the pause runs
        /// or when none runs, 1 when the verdict is confirmed (latch), −1 when it is refuted (an attached sensor).
        /// </summary>
        public int Update(double temperatureC, double dtS)
        {
            if (!_pausing)
            {
                return 0;
            }

            if (dtS > 0.0)
            {
                _pauseS += dtS;
                _model.AdvanceResponse(dtS, _duty, ref _coreC, ref _surfaceC, ref _sensorC);
            }

            if (_pauseS < PauseS)
            {
                return 0;
            }

            _pausing = false;
            LastModelledFallC = _sensorC;
            LastFallC = _startC - temperatureC;
            if (_sensorC < MinResponseC)
            {
                LastRatio = -1.0;
                return 1;
            }

            LastRatio = (_startC - temperatureC) / _sensorC;
            if (LastRatio >= AttachedRatio)
            {
                Refuted++;
                return -1;
            }

            return 1;
        }

        /// <summary>Ends any pause (a cleared fault).</summary>
        public void Reset()
        {
            _pausing = false;
            _pauseS = 0.0;
        }
    }
}
