namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The closed-loop heat controller: turns the setpoint and the sensor reading into a heater duty.
    /// First version: a PID with conservative fixed gains (derivative on measurement, conditional
    /// integration). It heats only while asked to and only on a valid reading; otherwise it outputs 0
    /// and keeps its integral, so that a short glitch resumes bumplessly.
    /// </summary>
    public sealed class HeatController
    {
        /// <summary>Longest Δt credited to the integral in one update, s: a stalled loop must not wind it up.</summary>
        private const double MaxStepS = 5.0;

        private readonly PidController _pid;
        private long _lastMs;
        private bool _hasLast;
        private bool _wasActive;

        /// <summary>
        /// Creates the controller. Gains for a 30–60 W pad with a 10–30 s sensor lag: Kp 0.25/°C
        /// (full power 4 °C below target), Ti 240 s, Td 20 s filtered over 10 s.
        /// </summary>
        public HeatController()
        {
            _pid = new PidController(0.25, 240.0, 20.0, 10.0);
        }

        /// <summary>
        /// One control step at <paramref name="nowMs"/>. Returns the duty 0..1: 0 when
        /// <paramref name="heatWanted"/> is false or the reading is invalid.
        /// </summary>
        public double Update(long nowMs, SensorReading reading, bool heatWanted, double setpointC)
        {
            double dtS = 0.0;
            if (_hasLast && nowMs > _lastMs)
            {
                dtS = CoreMath.Min((nowMs - _lastMs) / 1000.0, MaxStepS);
            }

            _lastMs = nowMs;
            _hasLast = true;

            if (!heatWanted || !reading.IsValid)
            {
                if (!heatWanted)
                {
                    _wasActive = false;
                }

                return 0.0;
            }

            if (!_wasActive)
            {
                _pid.Reset(0.0);
                _wasActive = true;
                dtS = 0.0;
            }

            return _pid.Update(dtS, setpointC, reading.TemperatureC, 0.0, HeaterDutyLimits.MinDutyFraction, HeaterDutyLimits.MaxDutyFraction);
        }
    }
}
