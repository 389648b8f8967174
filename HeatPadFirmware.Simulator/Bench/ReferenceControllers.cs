using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Bench
{
    /// <summary>A reference controller of the bench: one update per tick, returns the duty 0..1.</summary>
    internal interface IBenchController
    {
        double Update(double nowS, SensorReading reading, double setpointC);
    }

    /// <summary>
    /// On/off thermostat with 0.5 °C hysteresis: heat full on below setpoint − 0.25 °C, off above
    /// setpoint + 0.25 °C, keep the last state in between (the band is 0.5 °C wide, centred on the setpoint).
    /// </summary>
    internal sealed class ThermostatController : IBenchController
    {
        public const double HysteresisC = 0.5;
        private bool _on;

        public double Update(double nowS, SensorReading reading, double setpointC)
        {
            if (!reading.IsValid)
            {
                return 0.0;
            }

            if (reading.TemperatureC <= setpointC - HysteresisC / 2)
            {
                _on = true;
            }
            else if (reading.TemperatureC >= setpointC + HysteresisC / 2)
            {
                _on = false;
            }

            return _on ? 1.0 : 0.0;
        }
    }

    /// <summary>
    /// Klipper's ControlPID (klippy/extras/heaters.py), re-written from its documented behaviour: the reading is
    /// smoothed over smooth_time (1 s default); derivative on the measurement averaged over at least smooth_time;
    /// integral clamped to [0, max_power/Ki] and kept only when the output is not clamped (conditional integration).
    /// Gains here are in duty per °C (Klipper's are scaled by 255).
    /// </summary>
    internal sealed class KlipperPidController : IBenchController
    {
        private const double SmoothTimeS = 1.0;
        private readonly double _kp, _ki, _kd;
        private double _prevTimeS = double.NaN, _prevTempC, _prevDeriv, _prevInteg, _smoothedC;

        public KlipperPidController(double kp, double ki, double kd)
        {
            _kp = kp;
            _ki = ki;
            _kd = kd;
        }

        public double Update(double nowS, SensorReading reading, double setpointC)
        {
            if (!reading.IsValid)
            {
                return 0.0;
            }

            if (double.IsNaN(_prevTimeS))
            {
                _prevTimeS = nowS;
                _prevTempC = reading.TemperatureC;
                _smoothedC = reading.TemperatureC;
                return Clamp(_kp * (setpointC - reading.TemperatureC));
            }

            double timeDiff = nowS - _prevTimeS;
            double adj = System.Math.Min(timeDiff / SmoothTimeS, 1.0);
            _smoothedC += (reading.TemperatureC - _smoothedC) * adj;
            double temp = _smoothedC;
            double tempDiff = temp - _prevTempC;
            double deriv = timeDiff >= SmoothTimeS
                ? tempDiff / timeDiff
                : (_prevDeriv * (SmoothTimeS - timeDiff) + tempDiff) / SmoothTimeS;
            double err = setpointC - temp;
            double integ = _prevInteg + err * timeDiff;
            double integMax = _ki > 0 ? 1.0 / _ki : 0.0;
            integ = System.Math.Max(0.0, System.Math.Min(integMax, integ));
            double co = _kp * err + _ki * integ - _kd * deriv;
            double bounded = Clamp(co);
            _prevTimeS = nowS;
            _prevTempC = temp;
            _prevDeriv = deriv;
            if (co == bounded)
            {
                _prevInteg = integ;
            }

            return bounded;
        }

        private static double Clamp(double duty)
        {
            return System.Math.Max(0.0, System.Math.Min(1.0, duty));
        }
    }

    /// <summary>
    /// Marlin's MPC (Marlin/src/module/temperature.cpp, documented in Marlin's "Model Predictive Temperature
    /// Control" page), re-written from its documented behaviour and handed the pad's true parameters: one
    /// thermal mass (here core + surface, C = Cc + Cs) losing heat to the ambient with the pad's total loss
    /// conductance, a sensor that follows the block with the sensor lag, the simulated temperatures pulled
    /// toward the measurement by the smoothing factor (Marlin default 0.5 per second), and a power that brings
    /// the block to the target in 2 s plus the modelled losses.
    /// </summary>
    internal sealed class MarlinMpcController : IBenchController
    {
        private const double SmoothingFactor = 0.5;
        private const double ReachTimeS = 2.0;
        private readonly double _heaterW, _capacity, _lossWPerK, _sinkC, _sensorLagS;
        private double _blockC, _sensorC, _lastPowerW, _prevTimeS = double.NaN;

        public MarlinMpcController(PadParameters p)
        {
            double ratio = p.SupplyVoltageV / p.RatedVoltageV;
            _heaterW = p.HeaterPowerW * ratio * ratio;
            _capacity = p.CoreCapacityJPerK + p.SurfaceCapacityJPerK;
            _lossWPerK = p.CoreToAmbientWPerK + p.SurfaceToAmbientWPerK + p.SurfaceToBodyWPerK;
            _sinkC = ((p.CoreToAmbientWPerK + p.SurfaceToAmbientWPerK) * p.AmbientC + p.SurfaceToBodyWPerK * p.BodyC) / _lossWPerK;
            _sensorLagS = p.SensorLagS;
        }

        public double Update(double nowS, SensorReading reading, double setpointC)
        {
            if (!reading.IsValid)
            {
                return 0.0;
            }

            if (double.IsNaN(_prevTimeS))
            {
                _blockC = reading.TemperatureC;
                _sensorC = reading.TemperatureC;
            }
            else
            {
                double dt = nowS - _prevTimeS;
                _blockC += dt * (_lastPowerW - _lossWPerK * (_blockC - _sinkC)) / _capacity;
                _sensorC += dt * (_blockC - _sensorC) / _sensorLagS;
                double delta = (reading.TemperatureC - _sensorC) * System.Math.Min(1.0, SmoothingFactor * dt);
                _blockC += delta;
                _sensorC += delta;
            }

            _prevTimeS = nowS;
            double powerW = (setpointC - _blockC) * _capacity / ReachTimeS + (_blockC - _sinkC) * _lossWPerK;
            powerW = System.Math.Max(0.0, System.Math.Min(_heaterW, powerW));
            _lastPowerW = powerW;
            return powerW / _heaterW;
        }
    }

    /// <summary>
    /// Relay autotune as Marlin's M303 does it (full on / full off about the target, d = 0.5 of the duty range),
    /// then Marlin's Ziegler–Nichols rule: Ku = 4d/(π·a), Kp = 0.6 Ku, Ki = 2 Kp/Tu, Kd = Kp·Tu/8, with a the
    /// half peak-to-peak of the reading and Tu the mean period of the last cycles. Fails (false) when the
    /// oscillation does not settle in 3 h of simulated time.
    /// </summary>
    internal static class RelayAutotune
    {
        public static bool Tune(PadParameters p, double targetC, int seed, out double kp, out double ki, out double kd)
        {
            kp = ki = kd = 0.0;
            var pad = new ThermalPad(p);
            var sensor = new SimulatedSensor(p, seed);
            bool heating = true;
            double max = double.MinValue, min = double.MaxValue, lastOnS = double.NaN;
            var periods = new System.Collections.Generic.List<double>();
            var amplitudes = new System.Collections.Generic.List<double>();
            double duty = 1.0;
            for (int t = 0; t < 3 * 3600; t++)
            {
                if (t > 0)
                {
                    pad.Step(1.0, duty, true);
                    sensor.Advance(1.0, pad.SurfaceC);
                }

                SensorReading r = sensor.Read(t * 1000L);
                if (!r.IsValid)
                {
                    continue;
                }

                double y = r.TemperatureC;
                max = System.Math.Max(max, y);
                min = System.Math.Min(min, y);
                if (heating && y > targetC)
                {
                    heating = false;
                    duty = 0.0;
                    max = y;
                }
                else if (!heating && y < targetC)
                {
                    heating = true;
                    duty = 1.0;
                    if (!double.IsNaN(lastOnS))
                    {
                        periods.Add(t - lastOnS);
                        amplitudes.Add((max - min) / 2);
                    }

                    lastOnS = t;
                    min = y;
                }

                if (periods.Count >= 5)
                {
                    double tu = (periods[2] + periods[3] + periods[4]) / 3;
                    double a = (amplitudes[2] + amplitudes[3] + amplitudes[4]) / 3;
                    if (!(a > 0))
                    {
                        return false;
                    }

                    double ku = 4 * 0.5 / (System.Math.PI * a);
                    kp = 0.6 * ku;
                    ki = 2 * kp / tu;
                    kd = kp * tu / 8;
                    return true;
                }
            }

            return false;
        }
    }
}
