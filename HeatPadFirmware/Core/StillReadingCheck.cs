namespace HeatPadFirmware.Core
{
    /// <summary>
    /// A reading that answers neither way while the learned model's sensor swings both ways under the heat going in: the
    /// sensor strip rests on something else (skin, bedding at 30–34 °C) and the pad heats unseen (review 11, item 2: a strip
    /// that left the pad during an off press; <see cref="SensorDetachedCheck"/>'s carried fall stalls over the room there and
    /// its envelopes start afresh). The pad model's witness (<see cref="PadModelLearner.TryGetWitnessState"/>, run open-loop on
    /// the duty applied) rises under the restarted heat and falls under the probes and the doubt cap's pauses
    /// (<see cref="SensorCouplingCheck"/>), 2.5–3.5 °C each way on the shipped pads; an attached sensor, whatever pack or body
    /// lies on the pad, follows a swing of its own pad's power, while a reading off the pad keeps within one or two DS18B20
    /// steps of noise. Judged only with heat wanted and the reading more than <see cref="HeatingFailedCheck.HoldBandC"/> under
    /// the setpoint (in the hold band the controller only holds). A reading that leaves a band of <see cref="StillBandC"/>
    /// starts the watch afresh from there; a reading that kept one value bit for bit through the watch is left to
    /// <see cref="FrozenReadingCheck"/> (faults seed 1: without this, 16 of the <c>FrozenReading</c> kind's 120 cases were
    /// named <c>sensor_detached</c> instead). Nothing is allocated after construction.
    /// </summary>
    public sealed class StillReadingCheck
    {
        /// <summary>
        /// Widest spread of the reading that still counts as still, 0.25 °C (four DS18B20 steps,
        /// <see cref="RoomReadingCheck.PadRiseC"/>): a resting DS18B20 steps one 1/16 °C up or down (review 11's noise: 3 ticks
        /// in 10), a spread of two steps.
        /// </summary>
        public const double StillBandC = RoomReadingCheck.PadRiseC;

        /// <summary>
        /// Swing of the model's sensor, each way (a rise over its lowest and a fall under its highest since the watch
        /// started), that an attached reading must answer, 1.5 °C: six times <see cref="StillBandC"/>, so a sensor at a sixth of
        /// its coupling still leaves the band; review 11's resting cases swing the witness 2.5–3.5 °C each way in the
        /// first 150 s after the restart.
        /// </summary>
        public const double SwingC = 1.0;

        private bool _watching;
        private double _lowC;
        private double _highC;
        private double _modelLowC;
        private double _modelHighC;
        private bool _rose;
        private bool _fell;

        /// <summary>
        /// Feeds one trusted reading (°C), whether heat is wanted, the setpoint in force (°C) and, when
        /// <paramref name="hasModelSensor"/>, the witness's sensor temperature (°C). True when the reading stood within
        /// <see cref="StillBandC"/> while the model's sensor rose and fell <see cref="SwingC"/> each way.
        /// </summary>
        public bool Update(double temperatureC, bool heatWanted, double setpointC, bool hasModelSensor, double modelSensorC)
        {
            if (!heatWanted || !hasModelSensor || !CoreMath.IsFinite(modelSensorC) || temperatureC >= setpointC - HeatingFailedCheck.HoldBandC)
            {
                _watching = false;
                return false;
            }

            if (!_watching)
            {
                Begin(temperatureC, modelSensorC);
                return false;
            }

            double lowC = CoreMath.Min(_lowC, temperatureC);
            double highC = CoreMath.Max(_highC, temperatureC);
            if (highC - lowC > StillBandC)
            {
                // The reading moved: an answer. Watch afresh from here.
                Begin(temperatureC, modelSensorC);
                return false;
            }

            _lowC = lowC;
            _highC = highC;
            _modelLowC = CoreMath.Min(_modelLowC, modelSensorC);
            _modelHighC = CoreMath.Max(_modelHighC, modelSensorC);
            _rose = _rose || modelSensorC - _modelLowC >= SwingC;
            _fell = _fell || _modelHighC - modelSensorC >= SwingC;

            // A register that never changed in the watch is frozen_reading's to name (FrozenReadingCheck): a resting DS18B20 steps.
            return _rose && _fell && _highC > _lowC;
        }

        /// <summary>Forgets the history.</summary>
        public void Reset()
        {
            _watching = false;
        }

        private void Begin(double temperatureC, double modelSensorC)
        {
            _watching = true;
            _lowC = temperatureC;
            _highC = temperatureC;
            _modelLowC = modelSensorC;
            _modelHighC = modelSensorC;
            _rose = false;
            _fell = false;
        }
    }
}
