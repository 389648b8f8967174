namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The coupling probe's question asked once while the sensors are known attached: at the first heat's first stop of full
    /// power (the controller's own cut, no pause imposed; before 5 min in the hold band, the first heat's end or any probe) the
    /// reading's departure from where it would have gone under full power, worked out as the probe does (the learned model
    /// without heat, plus its answer to full power, plus the innovation's trend), is kept with the power the cut denied
    /// (1 − duty each second: without a credible model the approach lowers the duty over a minute rather than cutting it).
    /// Each later probe's latch (SensorCouplingCheck: the answers under MinGainRatio and NoResponseRatio, not its doubt or
    /// confirm) is judged against its model times <see cref="RatioFor"/>: the kept departure over that model's answer to the
    /// same denied power. The doubt and the confirm stay on the model's own answer: on the calibrated yardstick a pair early in
    /// a two-pace loosening answered 1.06 and confirmed (session 10, Review10 CoolerCatchingUpLooseningTests, 46.09 °C).
    /// The learned model's fast response is wrong by up to ×0.4–×2.6 on the campaign's pads (session 9, reload9: true/model
    /// 25-s answer 0.51–1.53 nominal-12v, 0.14–1.40 thick-slow, 0.23–2.58 usb-10w), which made attached pads answer low after
    /// their user got up in a cool room. The two-node model is linear in the duty, so a cut's answer does
    /// not depend on the state it starts from while the fast terms (core capacity, core–surface coupling, sensor lag) stay.
    /// A pair already loosening in the first approach calibrates a weak answer: bounded at <see cref="MinRatio"/>.
    /// No allocation per tick.
    /// </summary>
    public sealed class FastResponseCalibration
    {
        /// <summary>Shortest calibration, s: the deep-fall probe's pause (SensorCouplingCheck.ReachedProbeMaxS).</summary>
        public const double MinHorizonS = 25.0;

        /// <summary>Longest calibration, s: the witness probe's pause (SensorCouplingCheck.WitnessProbeMaxS).</summary>
        public const double MaxHorizonS = 60.0;

        /// <summary>Duty before the cut counted as full power, fraction.</summary>
        public const double FullDutyFraction = 0.99;

        /// <summary>Smallest answer of the model that calibrates, °C: SensorCouplingCheck.MinVerdictResponseC.</summary>
        public const double MinExpectedC = 0.4;

        /// <summary>The model's answer that ends the calibration early, °C: SensorCouplingCheck.ProbeResponseC.</summary>
        public const double ResponseC = 2.0;

        /// <summary>Lowest ratio taken, the same bound as the probe's MinGainRatio (0.5).</summary>
        public const double MinRatio = 0.5;

        /// <summary>Highest ratio taken: 2 (session 9's highest true/model answer, 2.58, was a usb-10w pad).</summary>
        public const double MaxRatio = 2.0;

        /// <summary>Seconds of denied power kept, one average per second (float: 4 bytes each on the nanoCLR heap, session 9's budget).</summary>
        private const int Bins = 61;

        private readonly PadThermalModel _model = new PadThermalModel();
        private readonly float[] _deniedWork = new float[Bins];
        private double _pendingS;
        private double _pendingMeasuredC;
        private double _measuredC;
        private double _measuredS;
        private bool _running;
        private bool _done;
        private bool _closed;
        private double _reachedS;
        private bool _heatSeen;
        private double _ratio = 1.0;
        private double _lastDutyFraction;
        private double _s;
        private double _pendingRatio;
        private bool _hasPending;
        private double _startC;
        private double _slopeCPerS;
        private double _stepDuty;
        private double _freeCoreC, _freeSurfaceC, _freeSensorC, _freeStartSensorC;
        private double _forcedCoreC, _forcedSurfaceC, _forcedSensorC;
        private double _deniedCoreC, _deniedSurfaceC, _deniedSensorC;

        /// <summary>The attached pad's answer over the model of the cut (0.5..2), 1 until calibrated (telemetry: the verdicts use <see cref="RatioFor"/>).</summary>
        public double Ratio
        {
            get { return _done ? _ratio : 1.0; }
        }

        /// <summary>
        /// The attached pad's answer over <paramref name="model"/>'s answer to the same denied power (0.5..2; 1 until calibrated or
        /// when the model's answer is under <see cref="MinExpectedC"/>). The learner's adopted structure moves after the first
        /// approach (400449: core 50 s, surface 80 s, lag 12 s at the cut; core 120 s, surface 200 s, lag 6 s at the probes), so
        /// the departure measured is kept with the power denied and judged against the model that judges the probe. Work: one
        /// run of the model over the calibration's seconds (at most 60), no allocation.
        /// </summary>
        public double RatioFor(PadThermalModel model)
        {
            if (!_done || model == null)
            {
                return 1.0;
            }

            double coreC = 0.0, surfaceC = 0.0, sensorC = 0.0;
            int whole = (int)_measuredS;
            for (int i = 0; i < whole && i < Bins; i++)
            {
                model.AdvanceResponse(1.0, _deniedWork[i], ref coreC, ref surfaceC, ref sensorC);
            }

            double restS = _measuredS - whole;
            if (restS > 1e-6 && whole < Bins)
            {
                model.AdvanceResponse(restS, _deniedWork[whole] / restS, ref coreC, ref surfaceC, ref sensorC);
            }

            return sensorC >= MinExpectedC ? CoreMath.Clamp(_measuredC / sensorC, MinRatio, MaxRatio) : 1.0;
        }

        /// <summary>True once calibrated.</summary>
        public bool IsCalibrated
        {
            get { return _done; }
        }

        /// <summary>True when the duty <paramref name="dutyFraction"/> (0..1) after full power is a cut that may calibrate.</summary>
        public bool StartsNow(double dutyFraction)
        {
            return !_done && !_closed && !_running && _lastDutyFraction >= FullDutyFraction && dutyFraction < FullDutyFraction;
        }

        /// <summary>
        /// The heat is no longer wanted, or a probe asks: once heat has been seen, no new calibration from here (the first
        /// approach is over: later cuts may be a loosened sensor's); one under way ends as it would.
        /// </summary>
        public void Close()
        {
            _closed = _closed || _heatSeen;
        }

        /// <summary>Ends a calibration under way without a result (a stalled loop, a fault).</summary>
        public void Abandon()
        {
            _running = false;
        }

        /// <summary>
        /// Starts at the cut: the learned model <paramref name="model"/> and its state (°C), the innovation's trend
        /// (<paramref name="innovationNowC"/> °C, <paramref name="slopeCPerS"/> °C/s) and the duty denied (0..1.5, in the
        /// model's duty: the duty before the cut times the power ratio).
        /// </summary>
        public void Start(PadThermalModel model, double coreC, double surfaceC, double sensorC, double innovationNowC, double slopeCPerS, double stepDuty)
        {
            _model.CopyFrom(model);
            _running = true;
            _hasPending = false;
            for (int i = 0; i < Bins; i++)
            {
                _deniedWork[i] = 0.0f;
            }
            _s = 0.0;
            _startC = sensorC + innovationNowC;
            _slopeCPerS = slopeCPerS;
            _stepDuty = stepDuty;
            _freeCoreC = coreC;
            _freeSurfaceC = surfaceC;
            _freeSensorC = sensorC;
            _freeStartSensorC = sensorC;
            _forcedCoreC = 0.0;
            _forcedSurfaceC = 0.0;
            _forcedSensorC = 0.0;
            _deniedCoreC = 0.0;
            _deniedSurfaceC = 0.0;
            _deniedSensorC = 0.0;
        }

        /// <summary>
        /// After this long in the hold band, s, no new calibration starts: the approach is over, and a later stop of full power
        /// follows a disturbance (a loosening sensor's reading falling behind is one).
        /// </summary>
        public const double ReachedCloseS = 300.0;

        /// <summary>
        /// One heated tick: <paramref name="dtS"/> s, the duty applied over it (0..1), the reading, °C, and whether the reading
        /// is in the hold band of the setpoint.
        /// </summary>
        public void Step(double dtS, double dutyFraction, double temperatureC, bool reached)
        {
            _lastDutyFraction = dutyFraction;
            _heatSeen = _heatSeen || dutyFraction > 0.0;
            if (reached && dtS > 0.0)
            {
                _reachedS += dtS;
                if (_reachedS >= ReachedCloseS)
                {
                    _closed = true;
                }
            }

            if (!_running || !(dtS > 0.0))
            {
                return;
            }

            if (dutyFraction >= FullDutyFraction)
            {
                // Full power again: the cut's answer is what the reading showed up to here, if long enough.
                _running = false;
                Commit();
                return;
            }

            // The controller's cut is seldom clean (the soft approach without a credible model lowers the duty over a minute):
            // the answer is to the power it denied, 1 − duty, against the model's response to that same denial.
            // The power denied, kept per second of the calibration (duty-seconds in the model's duty).
            int bin = (int)_s;
            if (bin < Bins)
            {
                _deniedWork[bin] += (float)(_stepDuty * (1.0 - dutyFraction) * dtS);
            }

            _s += dtS;
            _model.Advance(dtS, 0.0, ref _freeCoreC, ref _freeSurfaceC, ref _freeSensorC);
            _model.AdvanceResponse(dtS, 1.0, ref _forcedCoreC, ref _forcedSurfaceC, ref _forcedSensorC);
            _model.AdvanceResponse(dtS, 1.0 - dutyFraction, ref _deniedCoreC, ref _deniedSurfaceC, ref _deniedSensorC);
            double expectedC = _stepDuty * _deniedSensorC;
            double fullC = _stepDuty * _forcedSensorC;
            if (_s >= MinHorizonS && expectedC >= MinExpectedC)
            {
                // As the probe's verdict: the reading under full power would have been the model without heat, plus the step
                // the cut took away, plus the innovation's trend; the departure from it over the model's step is the answer.
                double trendC = _startC + (_freeSensorC - _freeStartSensorC) + fullC + (_slopeCPerS * _s);
                double measuredC = trendC - temperatureC;
                _pendingRatio = measuredC / expectedC;
                _pendingMeasuredC = measuredC;
                _pendingS = _s;
                _hasPending = true;
            }

            if (_s >= MaxHorizonS || (_s >= MinHorizonS && expectedC >= ResponseC))
            {
                _running = false;
                Commit();
            }
        }

        private void Commit()
        {
            if (_hasPending)
            {
                _ratio = CoreMath.Clamp(_pendingRatio, MinRatio, MaxRatio);
                _measuredC = _pendingMeasuredC;
                _measuredS = _pendingS;
                _done = true;
            }
        }
    }
}
