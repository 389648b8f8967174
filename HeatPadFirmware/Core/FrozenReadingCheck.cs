namespace HeatPadFirmware.Core
{
    /// <summary>
    /// A reading frozen bit-for-bit while the heater works: a stuck sensor or driver returning a cached
    /// value (Marlin guards the same with its variance monitor, heater-safety reference). A real DS18B20 on a
    /// heated pad changes its 1/16 °C register within seconds WHILE THE PAD CHANGES; on a held pad, or a weak
    /// pad on its plateau, a quiet sensor may sit on one step for minutes (review finding 6: with sensor
    /// noise ≤ 0.015 °C most simulated sessions tripped). So frozen time and work count only while a change
    /// is owed: the reading is on the approach (more than <see cref="HeatingFailedCheck.HoldBandC"/> under the
    /// setpoint, where full power must move it) and, once the controller keeps a pad model, that model says
    /// the sensor should have moved <see cref="ModelMoveC"/> since the reading froze (the model knows a weak
    /// pad's plateau; the approach rule alone tripped usb-10w on it). A reading frozen in the hold band is not
    /// caught here: the controller only holds, and the over-temperature limit stays. Frozen time counts only over
    /// intervals in which heat went in (a reading at the room with the heater off owes no change). The model vouches
    /// only when it kept to the moving reading before the freeze, and only for movement beyond the drift it showed
    /// then (<see cref="GapRateTimeS"/>): after a cold pack the uncorrected model runs ahead of the pad, and a pad that
    /// then sits on a genuine plateau (issue 4, session 4: contrast session 150036, a free-air pad at 10.8 V held
    /// 2.5 °C under its setpoint at 0.55 duty, its sensor within one 1/16 °C step for 75 s) owed no change.
    /// </summary>
    public sealed class FrozenReadingCheck
    {
        /// <summary>
        /// Heat a frozen reading may absorb, 40 full-power seconds at the rated supply (Σ duty·Δt·(V / 12 V)²: energy,
        /// measured by the trusted sense's supply, over the element's rated power; at 16 V a duty-second is 1.8 of
        /// them). With the shortest span <see cref="MinFrozenS"/> this is "mean duty ≥ 0.67 for a minute" at 12 V.
        /// </summary>
        public const double MaxFrozenDutyS = 40.0;

        /// <summary>Shortest frozen span that may trip, 60 s: 80 readings at 750 ms without one LSB of change.</summary>
        public const double MinFrozenS = 60.0;

        /// <summary>
        /// Longest frozen span while any heat goes in (≥ <see cref="AnyHeatDutyS"/>), 100 s: the issue asks
        /// for no heat within 2 minutes of a freeze whatever the duty.
        /// </summary>
        public const double MaxFrozenS = 100.0;

        /// <summary>Heater work that counts as "heat goes in" for <see cref="MaxFrozenS"/>, 5 full-power seconds.</summary>
        public const double AnyHeatDutyS = 5.0;

        /// <summary>
        /// Movement of the modelled sensor since the freeze that makes a change owed, 0.25 °C: four DS18B20
        /// steps, five times the model's accepted residual RMS (<see cref="PadModelLearner.MaxResidualRmsC"/> 0.12 °C
        /// halved by the observer's correction is 0.06 °C).
        /// </summary>
        public const double ModelMoveC = 0.25;

        /// <summary>
        /// Time constant of the filtered rate at which the uncorrected model runs away from the reading, 60 s: as long
        /// as the shortest frozen span (<see cref="MinFrozenS"/>), so a drift the model kept up for the minute before a
        /// freeze is the drift it is assumed to keep up through it; long enough that the reading's 1/16 °C steps
        /// (0.0625 °C in one 1 s interval) move the rate by about 0.001 °C/s each.
        /// </summary>
        public const double GapRateTimeS = 60.0;

        /// <summary>
        /// Fastest drift of the model against the moving reading before a freeze with which the model still vouches for
        /// a move, <see cref="ModelMoveC"/> per <see cref="GapRateTimeS"/> (about 0.0042 °C/s): a model that ran away from
        /// the reading by more than the owed 0.25 °C in the minute before cannot vouch for 0.25 °C in the frozen minute
        /// (session 150036: 0.016 °C/s after the cold pack, and the model's run sped up to 0.022 °C/s on the plateau). A
        /// reading step moves the filtered rate by about 0.001 °C/s, a quarter of this.
        /// </summary>
        public const double MaxCredibleDriftCPerS = ModelMoveC / GapRateTimeS;

        private bool _hasLast;
        private bool _hasModelAtFreeze;
        private bool _hasGap;
        private double _lastGapC;
        private double _gapRateCPerS;
        private double _gapRateAtFreezeCPerS;
        private double _sinceModelAtFreezeS;
        private double _modelAtFreezeC;
        private double _lastC;
        private double _frozenS;
        private double _frozenDutyS;

        /// <summary>
        /// Feeds one trusted reading with the time since the last trusted one (<paramref name="dtS"/>, ≥ 0),
        /// the mean duty applied over it (0..1), the setpoint in force (°C) and, when
        /// <paramref name="hasModelSensor"/>, the sensor temperature the pad model predicts (°C, without the
        /// observer's correction toward the reading). True when the reading is frozen beyond the limits.
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, double setpointC, bool hasModelSensor, double modelSensorC)
        {
            return Update(temperatureC, dtS, dutyFraction, setpointC, hasModelSensor, modelSensorC, dtS * HeaterDutyLimits.Clamp(dutyFraction));
        }

        /// <summary>
        /// As <see cref="Update(double, double, double, double, bool, double)"/>, with the heater work over the interval
        /// in rated-supply full-power seconds (<paramref name="ratedWorkS"/> ≥ 0, see <see cref="Supervisor.RatedWorkS"/>),
        /// which <see cref="MaxFrozenDutyS"/> and <see cref="AnyHeatDutyS"/> are counted in.
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, double setpointC, bool hasModelSensor, double modelSensorC, double ratedWorkS)
        {
            UpdateGapRate(temperatureC, dtS, hasModelSensor, modelSensorC);
            if (!_hasLast || temperatureC != _lastC)
            {
                _hasLast = true;
                _lastC = temperatureC;
                _frozenS = 0.0;
                _frozenDutyS = 0.0;
                _hasModelAtFreeze = hasModelSensor;
                _modelAtFreezeC = modelSensorC;
                _gapRateAtFreezeCPerS = _gapRateCPerS;
                _sinceModelAtFreezeS = 0.0;
                return false;
            }

            if (hasModelSensor && !_hasModelAtFreeze)
            {
                // A model that appears during the freeze has shown no drift against the reading yet.
                _hasModelAtFreeze = true;
                _modelAtFreezeC = modelSensorC;
                _gapRateAtFreezeCPerS = 0.0;
                _sinceModelAtFreezeS = 0.0;
            }
            else if (_hasModelAtFreeze && dtS > 0.0)
            {
                _sinceModelAtFreezeS += dtS;
            }

            // A change is owed only on the approach (in the hold band a frozen reading and perfect control look
            // the same, and the controller only holds), and, once a model exists, only when the model says the
            // sensor should have moved: it knows a weak pad's plateau. In the hold band the uncorrected model
            // drifts with every disturbance it does not know (a supply sag), so it is not asked there.
            bool owed = temperatureC < setpointC - HeatingFailedCheck.HoldBandC
                && (!hasModelSensor || (_hasModelAtFreeze && ModelOwesMove(modelSensorC - _modelAtFreezeC)));
            if (!owed || !(ratedWorkS > 0.0))
            {
                // Without heat over the interval nothing is owed either: a pad at the room stays there bit for bit,
                // whatever the uncorrected model (which knows no cold pack) still expects of it. Counting those seconds
                // let a cool phase with the cold pack on a quiet sensor fill the span, and the first seconds of the
                // next heat phase latched (9 of 400 simulated contrast sessions with 5-min heat phases). The count is
                // kept, not restarted: heat before and after the pause still adds up.
                return false;
            }

            _frozenS += dtS;
            _frozenDutyS += ratedWorkS > 0.0 ? ratedWorkS : 0.0;
            if (_frozenS >= MinFrozenS && _frozenDutyS >= MaxFrozenDutyS)
            {
                return true;
            }

            return _frozenS >= MaxFrozenS && _frozenDutyS >= AnyHeatDutyS;
        }

        /// <summary>
        /// True when the model vouches for a move: it kept to the moving reading before the freeze (drift within
        /// <see cref="MaxCredibleDriftCPerS"/>), and its move since the freeze (<paramref name="modelMoveC"/>, °C) is at least
        /// <see cref="ModelMoveC"/> both as it stands and after that drift (the filtered rate times the time since): the
        /// second never makes a change owed sooner than the first, it only withholds the part of a move the model also ran
        /// while the reading still moved. A truly frozen reading that the model cannot vouch for (after a cold pack it
        /// knows nothing of) is left to the active probe (<see cref="FrozenReadingProbe"/>), which stops heat within 90 s
        /// of heat under it.
        /// </summary>
        private bool ModelOwesMove(double modelMoveC)
        {
            if (CoreMath.Abs(_gapRateAtFreezeCPerS) > MaxCredibleDriftCPerS)
            {
                return false;
            }

            double driftC = _gapRateAtFreezeCPerS * _sinceModelAtFreezeS;
            if (!CoreMath.IsFinite(driftC))
            {
                driftC = 0.0;
            }

            return CoreMath.Abs(modelMoveC) >= ModelMoveC && CoreMath.Abs(modelMoveC - driftC) >= ModelMoveC;
        }

        /// <summary>
        /// Filters the rate (°C/s) at which the uncorrected model moves away from the reading, over every trusted reading
        /// with a model (time constant <see cref="GapRateTimeS"/>); without a model there is no rate.
        /// </summary>
        private void UpdateGapRate(double temperatureC, double dtS, bool hasModelSensor, double modelSensorC)
        {
            double gapC = modelSensorC - temperatureC;
            if (!hasModelSensor || !CoreMath.IsFinite(gapC))
            {
                _hasGap = false;
                _gapRateCPerS = 0.0;
                return;
            }

            if (_hasGap && dtS > 0.0)
            {
                double weight = dtS >= GapRateTimeS ? 1.0 : dtS / GapRateTimeS;
                _gapRateCPerS += weight * (((gapC - _lastGapC) / dtS) - _gapRateCPerS);
            }

            _hasGap = true;
            _lastGapC = gapC;
        }

        /// <summary>Forgets the history.</summary>
        public void Reset()
        {
            _hasLast = false;
            _hasGap = false;
            _gapRateCPerS = 0.0;
            _gapRateAtFreezeCPerS = 0.0;
            _sinceModelAtFreezeS = 0.0;
            _hasModelAtFreeze = false;
            _frozenS = 0.0;
            _frozenDutyS = 0.0;
        }
    }
}
