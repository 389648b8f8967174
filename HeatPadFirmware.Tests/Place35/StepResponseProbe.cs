using HeatPadFirmware.Core;

namespace HeatPadFirmware.Tests.Place35
{
    /// <summary>
    /// Session 35 (place35, issue 4; docs/safety.md "Session 35: the element sensor's place by its step response"): where the element
    /// sensor sits, told by its answer to a power step. A sensor on its element is the pad's fastest node: when the heater's power
    /// steps, its reading moves within seconds by about what the element's own balance predicts, ΔP / (G_cs + G_ca) through the
    /// element's time constant C / (G_cs + G_ca) and the sensor's lag (the factory record's C, G_cs, G_ca and lag). A sensor off its
    /// element (bonded to the laminate, on the surface side, in bedding) follows the surface or a place, which does not answer a step
    /// within <see cref="WindowS"/> s. At each step of at least <see cref="StepFraction"/> of the highest power seen, held within
    /// <see cref="HoldFraction"/> of it for <see cref="WindowS"/> s after <see cref="SteadyS"/> s of steady power, the ratio of the
    /// reading's change to the predicted one (each less its trend before the step) is judged against <see cref="OnElementRatio"/>.
    /// This is form S's Core class (branch place35 at d7ebd21, <c>HeatPadFirmware/Core/ElementStepResponse.cs</c>), kept here as a
    /// measuring instrument fed from a run's ticks: form S (the witness giving no verdict, affirmation or estimate while
    /// <see cref="OffElement"/>) did not land, so the core does not carry it.
    /// </summary>
    internal sealed class StepResponseProbe
    {
        /// <summary>Smallest power step judged, a fraction of the highest power seen since power-on (0.4: the heat-up, the coupling check's cuts and the surface cap's cuts pass; the hold's PID changes of a few per cent do not).</summary>
        public const double StepFraction = 0.4;

        /// <summary>How far the power may move from its first value after the step while the answer is watched, a fraction of the highest power seen (0.15).</summary>
        public const double HoldFraction = 0.15;

        /// <summary>How far the power may move tick to tick and still count as steady before a step, a fraction of the highest power seen (0.1).</summary>
        public const double SteadyFraction = 0.1;

        /// <summary>Seconds of steady power before a step for its trend to be known, s (8).</summary>
        public const double SteadyS = 30.0;

        /// <summary>Seconds the answer is watched after the step, s (15: past the record's sensor lags, 2–15 s, and the fastest element's 6 s time constant).</summary>
        public const double WindowS = 15.0;

        /// <summary>Time constant of the reading's trend before a step, s (8: <see cref="SteadyS"/>).</summary>
        public const double TrendS = 15.0;

        /// <summary>Smallest predicted change of the element reading over the window for a step to be judged, °C (1: sixteen of the DS18B20's 1/16 °C steps, so the ratio's rounding error stays under 0.1).</summary>
        public const double MinPredictedC = 1.0;

        /// <summary>
        /// The ratio (observed / predicted change) at and over which the sensor answers like the element, fraction (0.5: between
        /// session 35's 0.68, the lowest of a sensor on its element, and 0.31, the highest of one off it).
        /// </summary>
        public const double OnElementRatio = 0.5;

        private double _laggedPowerW;
        private double _excessC;
        private double _lastC;
        private double _trendCPerS;
        private double _lastPowerW;
        private double _maxPowerW;
        private double _steadyS = SteadyS;
        private double _stepS = -1.0;
        private double _stepPowerW;
        private double _stepStartC;
        private double _stepStartExcessC;
        private double _stepTrendCPerS;
        private double _stepExcessTrendCPerS;
        private double _lastRatio;
        private int _judged;
        private bool _started;
        private bool _offElement;

        /// <summary>True when the last judged step's ratio was under <see cref="OnElementRatio"/>: the sensor is not on its element (false before any judged step).</summary>
        public bool OffElement
        {
            get { return _offElement; }
        }

        /// <summary>Steps judged since power-on.</summary>
        public int Judged
        {
            get { return _judged; }
        }

        /// <summary>The last judged step's ratio, observed / predicted change (0 before any judged step).</summary>
        public double LastRatio
        {
            get { return _lastRatio; }
        }

        /// <summary>
        /// One tick with a valid element reading <paramref name="elementC"/>, °C, and the sensed power <paramref name="powerW"/>
        /// (W; <paramref name="powerKnown"/> false: unknown), on a regular tick of <paramref name="dtS"/> s (<paramref name="regular"/>
        /// false: the watch of a step is dropped). <paramref name="learner"/>: the record's C, G_cs, G_ca and lag (nothing is
        /// judged without a calibration).
        /// </summary>
        public void Update(double elementC, bool powerKnown, double powerW, bool regular, double dtS, ElementModelLearner learner)
        {
            if (!learner.Calibrated || !powerKnown || !regular || !(dtS > 0.0))
            {
                Drop();
                return;
            }

            double conductanceWPerK = learner.ConductanceWPerK + learner.RoomConductanceWPerK;
            if (conductanceWPerK < 0.5 * learner.ConductanceWPerK)
            {
                conductanceWPerK = learner.ConductanceWPerK;
            }

            if (!(conductanceWPerK > 0.0) || !(learner.CapacityJPerK > 0.0))
            {
                Drop();
                return;
            }

            if (!_started)
            {
                // The pad rests before power-on: no power, no trend, the reading where it stands.
                _started = true;
                _lastC = elementC;
                _trendCPerS = 0.0;
            }

            // The element's predicted excess over its surroundings: the power through the sensor's lag, then through the element's
            // time constant C / (G_cs + G_ca).
            double lagS = learner.ElementLagS;
            double timeConstantS = learner.CapacityJPerK / conductanceWPerK;
            double excessBeforeC = _excessC;
            double excessTrendCPerS = ((_laggedPowerW / conductanceWPerK) - _excessC) / timeConstantS;
            _laggedPowerW += CoreMath.Min(1.0, lagS > 0.0 ? dtS / lagS : 1.0) * (powerW - _laggedPowerW);
            _excessC += CoreMath.Min(1.0, dtS / timeConstantS) * ((_laggedPowerW / conductanceWPerK) - _excessC);
            _maxPowerW = CoreMath.Max(_maxPowerW, powerW);

            double stepW = powerW - _lastPowerW;
            double scaleW = _maxPowerW;
            if (_stepS >= 0.0)
            {
                if (CoreMath.Abs(powerW - _stepPowerW) > HoldFraction * scaleW)
                {
                    _stepS = -1.0;
                }
                else
                {
                    _stepS += dtS;
                    if (_stepS >= WindowS)
                    {
                        Judge(elementC);
                    }
                }
            }
            else if (_steadyS >= SteadyS && scaleW > 0.0 && CoreMath.Abs(stepW) >= StepFraction * scaleW)
            {
                // The step: its answer is measured from the last reading and the predicted excess before it, each trend taken out.
                _stepS = dtS;
                _stepPowerW = powerW;
                _stepStartC = _lastC;
                _stepStartExcessC = excessBeforeC;
                _stepTrendCPerS = _trendCPerS;
                _stepExcessTrendCPerS = excessTrendCPerS;
            }

            _steadyS = CoreMath.Abs(stepW) <= SteadyFraction * scaleW ? _steadyS + dtS : 0.0;
            _trendCPerS += CoreMath.Min(1.0, dtS / TrendS) * (((elementC - _lastC) / dtS) - _trendCPerS);
            _lastC = elementC;
            _lastPowerW = powerW;
        }

        /// <summary>An invalid reading, an unknown power or an irregular tick: the watch of a step in progress is dropped.</summary>
        public void Drop()
        {
            _stepS = -1.0;
            _steadyS = 0.0;
        }

        private void Judge(double elementC)
        {
            double predictedC = (_excessC - _stepStartExcessC) - (_stepExcessTrendCPerS * _stepS);
            double observedC = (elementC - _stepStartC) - (_stepTrendCPerS * _stepS);
            _stepS = -1.0;
            if (CoreMath.Abs(predictedC) < MinPredictedC)
            {
                return;
            }

            _lastRatio = observedC / predictedC;
            _judged++;
            _offElement = _lastRatio < OnElementRatio;
        }
    }
}
