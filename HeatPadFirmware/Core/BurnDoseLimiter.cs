namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Burn-dose limit. Integrates <see cref="BurnDose"/> (Springborg 2021 fit of Moritz &amp; Henriques) on
    /// the trusted reading from power-on, times <see cref="SafetyFactor"/>, carried across sessions until
    /// power-off and decaying only while the pad is cool. At <see cref="StepDownDose"/> the setpoint is capped
    /// under the dose floor (no more dose accrues at the cap); at <see cref="EndDose"/> heating ends with
    /// <see cref="FaultCode.BurnDoseLimit"/> so the user sees why.
    /// </summary>
    public sealed class BurnDoseLimiter
    {
        /// <summary>
        /// Safety factor on the fitted dose, 4: the fit's scatter spans about a factor 2 either way in time
        /// (Moritz &amp; Henriques' lowest burn, 44 °C at about 6 h, against the fit's 3 h), the sensor lags the
        /// surface and reads ±0.5 °C, and the people at risk (elderly, diabetic, sedated) burn sooner. The issue
        /// asks at least 4; a factored dose of 1 is a quarter of the fitted threshold.
        /// </summary>
        public const double SafetyFactor = 4.0;

        /// <summary>Factored dose at which the setpoint steps down to <see cref="SteppedDownSetpointC"/>, 0.5 (⅛ of the fitted threshold).</summary>
        public const double StepDownDose = 0.5;

        /// <summary>Factored dose at which heating ends, 0.9 (0.225 of the fitted threshold: under the 0.25 with room for the coast).</summary>
        public const double EndDose = 0.9;

        /// <summary>Setpoint cap after the step-down, 42.5 °C: 0.5 °C under <see cref="BurnDose.DoseFloorC"/>, so holding it adds no dose.</summary>
        public const double SteppedDownSetpointC = 42.5;

        /// <summary>Reading under which the pad counts as cool and the dose decays, 38 °C (the "pad still hot" threshold, <see cref="SafetyLimits.PadHotBelowC"/>).</summary>
        public const double CoolBelowC = SafetyLimits.PadHotBelowC;

        /// <summary>
        /// Decay time constant while cool, 2 h (about 83 min half-life). There is no burn-recovery figure in
        /// the reference; skin perfusion restores its temperature in minutes, so a decay over hours is on the
        /// safe side and still lets a pad be used again the same day.
        /// </summary>
        public const double DecayTimeConstantS = 7200.0;

        private double _dose;
        private bool _hasLast;
        private double _lastC;

        /// <summary>Factored dose since power-on (1.0 = a quarter of the fitted burn threshold).</summary>
        public double FactoredDose
        {
            get { return _dose; }
        }

        /// <summary>Setpoint cap now, °C: <see cref="SafetyLimits.MaxSetpointC"/> below the step-down, else <see cref="SteppedDownSetpointC"/>.</summary>
        public double SetpointCapC
        {
            get { return _dose >= StepDownDose ? SteppedDownSetpointC : SafetyLimits.MaxSetpointC; }
        }

        /// <summary>True when the dose allows no more heat.</summary>
        public bool AtLimit
        {
            get { return _dose >= EndDose; }
        }

        /// <summary>
        /// Adds <paramref name="dtS"/> seconds (≥ 0). The dose is counted at the hotter of this reading and the
        /// last trusted one (an invalid reading counts at the last trusted value: the pad did not cool because
        /// the sensor failed).
        /// </summary>
        public void Update(SensorReading reading, double dtS)
        {
            double temperatureC;
            if (reading.IsValid)
            {
                temperatureC = _hasLast ? CoreMath.Max(reading.TemperatureC, _lastC) : reading.TemperatureC;
                _lastC = reading.TemperatureC;
                _hasLast = true;
            }
            else if (_hasLast)
            {
                temperatureC = _lastC;
            }
            else
            {
                return;
            }

            if (!(dtS > 0.0))
            {
                return;
            }

            _dose += SafetyFactor * BurnDose.Increment(temperatureC, dtS);
            if (temperatureC < CoolBelowC)
            {
                _dose *= CoreMath.Exp(-dtS / DecayTimeConstantS);
            }
        }
    }
}
