namespace HeatPadFirmware.Core
{
    /// <summary>
    /// A PID in the form the best heater firmware uses (Klipper heaters.py, Beauregard's Arduino PID):
    /// <code>
    ///   u = u_ff + Kp·e + I − Kp·Td·dy/dt,   e = r − y
    ///   I += Kp·Δt/Ti·e   only while the output is not saturated in the direction of e
    ///                    (and, with HoldIntegralWhileClosing, not while y moves toward r)
    /// </code>
    /// Derivative on measurement (no kick on a setpoint change), low-pass filtered because the DS18B20
    /// reads in 0.0625 °C steps; conditional integration plus an integral clamp as anti-windup; a
    /// feedforward term <c>u_ff</c> supplied by the caller. No clock: Δt is passed in.
    /// </summary>
    public sealed class PidController
    {
        private double _integral;
        private double _lastMeasurement;
        private double _derivative;
        private bool _hasLast;

        /// <summary>Proportional gain in output units per °C (≥ 0).</summary>
        public double Kp;

        /// <summary>Integral time in seconds (&gt; 0; larger is slower).</summary>
        public double TiS;

        /// <summary>Derivative time in seconds (≥ 0; 0 disables the derivative).</summary>
        public double TdS;

        /// <summary>Time constant of the derivative's low-pass filter in seconds (≥ 0).</summary>
        public double DerivativeFilterS;

        /// <summary>
        /// True: the integral does not move while the filtered measurement moves toward the setpoint — a transient the
        /// feedforward already drives, where integrating the error only winds up what the arrival then overshoots.
        /// </summary>
        public bool HoldIntegralWhileClosing;

        /// <summary>Creates a controller with the given gains.</summary>
        public PidController(double kp, double tiS, double tdS, double derivativeFilterS)
        {
            Kp = kp;
            TiS = tiS;
            TdS = tdS;
            DerivativeFilterS = derivativeFilterS;
        }

        /// <summary>The integral term in output units.</summary>
        public double Integral
        {
            get { return _integral; }
        }

        /// <summary>
        /// One update. <paramref name="dtS"/> is the time since the last update in seconds (0..60; 0
        /// skips the integral and derivative). Returns the output clamped to
        /// [<paramref name="outMin"/>, <paramref name="outMax"/>].
        /// </summary>
        public double Update(double dtS, double setpoint, double measurement, double feedforward, double outMin, double outMax)
        {
            double error = setpoint - measurement;

            if (_hasLast && dtS > 0.0)
            {
                double rawSlope = (measurement - _lastMeasurement) / dtS;
                double alpha = dtS / (DerivativeFilterS + dtS);
                _derivative += alpha * (rawSlope - _derivative);
            }

            _lastMeasurement = measurement;
            _hasLast = true;

            double proportional = Kp * error;
            double derivativeTerm = -Kp * TdS * _derivative;
            double unsaturated = feedforward + proportional + _integral + derivativeTerm;

            bool pushingHigh = unsaturated >= outMax && error > 0.0;
            bool pushingLow = unsaturated <= outMin && error < 0.0;
            bool closing = HoldIntegralWhileClosing && ((error > 0.0 && _derivative > 0.0) || (error < 0.0 && _derivative < 0.0));
            if (dtS > 0.0 && TiS > 0.0 && !pushingHigh && !pushingLow && !closing)
            {
                _integral += Kp * dtS / TiS * error;
            }

            // The integral alone never needs more than the whole output range.
            _integral = CoreMath.Clamp(_integral, outMin - outMax, outMax - outMin);

            return CoreMath.Clamp(feedforward + proportional + _integral + derivativeTerm, outMin, outMax);
        }

        /// <summary>
        /// Forgets the measurement history and sets the integral (bumpless start: pass the output the
        /// loop should continue from, minus the other terms).
        /// </summary>
        public void Reset(double integral)
        {
            _integral = integral;
            _derivative = 0.0;
            _hasLast = false;
        }
    }
}
