namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Decides whether one reading can be trusted: in range, not the DS18B20 power-on value, and not a jump
    /// faster than a pad can change. A rejected reading is handed on as invalid (so no heat flows this tick);
    /// <see cref="SafetyLimits.SensorLostConsecutiveReads"/> rejections in a row become a fault
    /// (<see cref="FaultCode.SensorLost"/> for failed reads, <see cref="FaultCode.ImplausibleReading"/> when
    /// the last rejection was a value the sensor did deliver). A lone glitch never latches.
    /// </summary>
    public sealed class PlausibilityCheck
    {
        /// <summary>
        /// Lowest trusted reading, −20 °C: a pad indoors on a person never reads below; −55 °C (the
        /// DS18B20's floor), −127 °C (a failed 1-Wire read in some drivers) and 0xFFFF = −0.0625 °C from an
        /// open ground are far from every real use except the last, which the CRC catches (heater-safety reference).
        /// </summary>
        public const double MinPlausibleC = -20.0;

        /// <summary>Highest trusted reading, 100 °C: above the folded-pad steady state (≈ 102 °C is reached only after hours, long after the 47 °C limit trips).</summary>
        public const double MaxPlausibleC = 100.0;

        /// <summary>The DS18B20 power-on register value, 85.0 °C (0x0550, datasheet): read without a conversion it is not a temperature.</summary>
        public const double PowerOnValueC = 85.0;

        /// <summary>
        /// Fastest change a sensor pressed into a pad can show, 0.5 °C/s. On the shipped pads the sensor
        /// never moves faster than 0.2 °C/s with the heater off on the body (usb-10w, the lightest) nor
        /// faster at full power; a sensor falling off a 45 °C pad moves 0.6–2.2 °C/s.
        /// </summary>
        public const double MaxRateCPerS = 0.5;

        /// <summary>Allowance on top of <see cref="MaxRateCPerS"/>·Δt, 1.0 °C: noise (σ ≤ 0.05 °C), 1/16 °C rounding and the DS18B20's ±0.5 °C.</summary>
        public const double JumpAllowanceC = 1.0;

        private bool _hasTrusted;
        private double _trustedC;
        private long _trustedMs;
        private int _consecutiveRejected;
        private bool _hasCandidate;
        private double _candidateC;
        private long _candidateMs;
        private bool _lastRejectionWasValue;

        /// <summary>True once a reading has been trusted since construction or the last <see cref="Reset"/>.</summary>
        public bool HasTrusted
        {
            get { return _hasTrusted; }
        }

        /// <summary>The last trusted reading, °C (meaningful only when <see cref="HasTrusted"/>).</summary>
        public double LastTrustedC
        {
            get { return _trustedC; }
        }

        /// <summary>Rejected readings in a row so far (0 after a trusted one).</summary>
        public int ConsecutiveRejected
        {
            get { return _consecutiveRejected; }
        }

        /// <summary>
        /// Checks one reading taken at <paramref name="nowMs"/> and returns it when trusted, else
        /// <see cref="SensorReading.Invalid"/>. Time that goes backwards counts as no time passing.
        /// </summary>
        public SensorReading Check(long nowMs, SensorReading reading)
        {
            if (!reading.IsValid)
            {
                return Reject(false);
            }

            double temperatureC = reading.TemperatureC;
            if (temperatureC < MinPlausibleC || temperatureC > MaxPlausibleC)
            {
                return Reject(true);
            }

            // 85.0 °C is the power-on value unless the pad really was near 85 °C a moment ago.
            if (temperatureC == PowerOnValueC && !(_hasTrusted && _trustedC > PowerOnValueC - 5.0))
            {
                return Reject(true);
            }

            if (_hasTrusted)
            {
                double elapsedS = nowMs > _trustedMs ? (nowMs - _trustedMs) / 1000.0 : 0.0;
                double allowedC = JumpAllowanceC + (MaxRateCPerS * elapsedS);
                if (CoreMath.Abs(temperatureC - _trustedC) > allowedC && !ConfirmsCandidate(nowMs, temperatureC))
                {
                    _hasCandidate = true;
                    _candidateC = temperatureC;
                    _candidateMs = nowMs;
                    return Reject(true);
                }
            }

            _hasTrusted = true;
            _trustedC = temperatureC;
            _trustedMs = nowMs;
            _consecutiveRejected = 0;
            _hasCandidate = false;
            return reading;
        }

        /// <summary>
        /// The fault the rejections so far call for: <see cref="FaultCode.None"/> below
        /// <see cref="SafetyLimits.SensorLostConsecutiveReads"/> in a row.
        /// </summary>
        public FaultCode Verdict()
        {
            if (_consecutiveRejected < SafetyLimits.SensorLostConsecutiveReads)
            {
                return FaultCode.None;
            }

            return _lastRejectionWasValue ? FaultCode.ImplausibleReading : FaultCode.SensorLost;
        }

        /// <summary>Forgets the history (after a cleared fault): the next valid reading in range is trusted.</summary>
        public void Reset()
        {
            _hasTrusted = false;
            _consecutiveRejected = 0;
            _lastRejectionWasValue = false;
            _hasCandidate = false;
        }

        /// <summary>
        /// A jump that the very next reading confirms is a step, not a spike (a spike is one bad conversion):
        /// it is trusted one reading late. The checks that watch the trend judge whether the step is physical.
        /// </summary>
        private bool ConfirmsCandidate(long nowMs, double temperatureC)
        {
            if (!_hasCandidate)
            {
                return false;
            }

            double elapsedS = nowMs > _candidateMs ? (nowMs - _candidateMs) / 1000.0 : 0.0;
            return CoreMath.Abs(temperatureC - _candidateC) <= JumpAllowanceC + (MaxRateCPerS * elapsedS);
        }

        private SensorReading Reject(bool wasValue)
        {
            if (_consecutiveRejected < SafetyLimits.SensorLostConsecutiveReads)
            {
                _consecutiveRejected++;
            }

            _lastRejectionWasValue = wasValue;
            return SensorReading.Invalid;
        }
    }
}
