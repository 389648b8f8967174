namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Estimates the core, surface and sensor temperatures of the pad from the learned model's fit, corrected
    /// toward the measurement: the difference between the reading and the modelled sensor is low-passed over
    /// <see cref="CorrectionTimeS"/> and added to all three temperatures, as Marlin's MPC pulls its simulated
    /// block and sensor toward the reading — the shift keeps the core–surface difference (the stored heat)
    /// that the model knows and the sensor cannot see. The loop then controls the estimated SURFACE, not the
    /// lagging sensor. Before a model exists the estimate is the reading itself. When the learner's adopted fit switches to
    /// another candidate while the correction is stale (over <see cref="StaleCorrectionC"/>), the correction is re-based so the
    /// estimated sensor stays continuous (<see cref="PadModelLearner.SwitchSensorStepC"/>).
    /// </summary>
    public sealed class PadObserver
    {
        /// <summary>Time constant of the correction toward the reading, s: longer than the DS18B20's 0.75 s conversions and its 0.0625 °C steps, shorter than a heat-up.</summary>
        public const double CorrectionTimeS = 20.0;

        /// <summary>
        /// A correction over this (°C, either sign) is stale at a switch of the adopted fit (<see cref="PadModelLearner.Switches"/>):
        /// it is the old fit's miss, not the new one's, and is re-based by the fits' sensor difference
        /// (<see cref="PadModelLearner.SwitchSensorStepC"/>). Under it the switch is taken as before: both fits sit within a few
        /// DS18B20 steps of the readings and their difference is what the new fit knows better. 1 °C, the controller's
        /// <see cref="HeatController.RelearnTrustCorrectionC"/> (sixteen DS18B20 steps, far over a credible fit's few hundredths).
        /// Normal life, seed 6's 1,000 sessions (session 14): re-based at every switch 451 sessions moved, 136 → 139 over 0.3 °C
        /// (first-landing switches re-based on a correction of hundredths took the new fit's surface away); over 0.3 °C, 27 moved,
        /// 136 → 132 with 10 hotter (up to 0.474 → 0.663 °C: a correction that was a fresh disturbance, not a stale one);
        /// over 1 °C, 8 moved, 136 → 132, none hotter.
        /// </summary>
        public const double StaleCorrectionC = 1.0;

        private double _correctionC;
        private double _coreC;
        private double _surfaceC;
        private double _sensorC;
        private bool _hasEstimate;
        private int _generation;
        private int _switches;

        /// <summary>Estimated core temperature, °C.</summary>
        public double CoreC
        {
            get { return _coreC; }
        }

        /// <summary>Estimated surface temperature, °C.</summary>
        public double SurfaceC
        {
            get { return _surfaceC; }
        }

        /// <summary>Estimated sensor temperature, °C.</summary>
        public double SensorC
        {
            get { return _sensorC; }
        }

        /// <summary>The correction applied to the model's fit, °C.</summary>
        public double CorrectionC
        {
            get { return _correctionC; }
        }

        /// <summary>One update after the learner's, with the reading of this tick.</summary>
        public void Update(double dtS, SensorReading reading, PadModelLearner learner)
        {
            double core, surface, sensor;
            if (!learner.TryGetState(out core, out surface, out sensor))
            {
                _hasEstimate = false;
                _correctionC = 0.0;
                if (reading.IsValid)
                {
                    _coreC = reading.TemperatureC;
                    _surfaceC = reading.TemperatureC;
                    _sensorC = reading.TemperatureC;
                }

                return;
            }

            if (!_hasEstimate || learner.Generation != _generation)
            {
                // A first model, or a fit restarted from the pad at rest at the reading: nothing to correct yet.
                _correctionC = 0.0;
                _generation = learner.Generation;
                _switches = learner.Switches;
            }
            else if (learner.Switches != _switches)
            {
                // The adopted fit switched within the fit. A stale correction is the old fit's miss: added to the new fit it
                // made the estimate jump (review 14c, seed 6's 600688 under rise13: an hour at -2.71 C, then a switch to a
                // 38 s-lag fit, the estimate fell and full power ran 12 s onto a surface at the setpoint). Re-based by the fits'
                // sensor difference it keeps the estimated sensor where the readings put it, and goes on at its rate.
                if (CoreMath.Abs(_correctionC) > StaleCorrectionC)
                {
                    _correctionC += learner.SwitchSensorStepC;
                }

                _switches = learner.Switches;
            }

            _hasEstimate = true;
            if (reading.IsValid && dtS > 0.0)
            {
                double alpha = dtS / (CorrectionTimeS + dtS);
                _correctionC += alpha * ((reading.TemperatureC - sensor) - _correctionC);
            }

            _coreC = core + _correctionC;
            _surfaceC = surface + _correctionC;
            _sensorC = sensor + _correctionC;
        }
    }
}
