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
    /// intervals in which heat went in (a reading at the room with the heater off owes no change).
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

        private bool _hasLast;
        private bool _hasModelAtFreeze;
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
            if (!_hasLast || temperatureC != _lastC)
            {
                _hasLast = true;
                _lastC = temperatureC;
                _frozenS = 0.0;
                _frozenDutyS = 0.0;
                _hasModelAtFreeze = hasModelSensor;
                _modelAtFreezeC = modelSensorC;
                return false;
            }

            if (hasModelSensor && !_hasModelAtFreeze)
            {
                _hasModelAtFreeze = true;
                _modelAtFreezeC = modelSensorC;
            }

            // A change is owed only on the approach (in the hold band a frozen reading and perfect control look
            // the same, and the controller only holds), and, once a model exists, only when the model says the
            // sensor should have moved: it knows a weak pad's plateau. In the hold band the uncorrected model
            // drifts with every disturbance it does not know (a supply sag), so it is not asked there.
            bool owed = temperatureC < setpointC - HeatingFailedCheck.HoldBandC
                && (!hasModelSensor || (_hasModelAtFreeze && CoreMath.Abs(modelSensorC - _modelAtFreezeC) >= ModelMoveC));
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

        /// <summary>Forgets the history.</summary>
        public void Reset()
        {
            _hasLast = false;
            _hasModelAtFreeze = false;
            _frozenS = 0.0;
            _frozenDutyS = 0.0;
        }
    }
}
