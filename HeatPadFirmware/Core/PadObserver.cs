namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Estimates the core, surface and sensor temperatures of the pad from the learned model's fit, corrected
    /// toward the measurement: the difference between the reading and the modelled sensor is low-passed over
    /// <see cref="CorrectionTimeS"/> and added to all three temperatures, as Marlin's MPC pulls its simulated
    /// block and sensor toward the reading — the shift keeps the core–surface difference (the stored heat)
    /// that the model knows and the sensor cannot see. The loop then controls the estimated SURFACE, not the
    /// lagging sensor. Before a model exists the estimate is the reading itself.
    /// </summary>
    public sealed class PadObserver
    {
        /// <summary>Time constant of the correction toward the reading, s: longer than the DS18B20's 0.75 s conversions and its 0.0625 °C steps, shorter than a heat-up.</summary>
        public const double CorrectionTimeS = 20.0;

        private double _correctionC;
        private double _coreC;
        private double _surfaceC;
        private double _sensorC;
        private bool _hasEstimate;
        private int _generation;

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
