using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Bench
{
    /// <summary>
    /// Runs one controller on one case in 1 s ticks and measures, on the TRUE surface: the time to
    /// setpoint − 0.5 °C from the start of heating, the overshoot above the setpoint, the mean |error| over
    /// the hold (from 5 min after reaching the band to the end), and any fault the firmware raised.
    /// The firmware runs as the device does: the whole <see cref="HeatPadCore"/> (session, controller,
    /// supervisor) with button presses for the level and power, program "heat".
    /// </summary>
    internal static class BenchRunner
    {
        public const string Firmware = "firmware";
        public const double SettleS = 300;
        public const double HoldS = 20 * 60;
        public const double MaxRunS = 85 * 60;

        /// <summary>Stopwatch ticks spent in <see cref="HeatPadCore.Step"/> over all firmware runs (host cost per tick).</summary>
        public static long FirmwareStepTicks;

        /// <summary>Number of <see cref="HeatPadCore.Step"/> calls timed.</summary>
        public static long FirmwareSteps;

        public static BenchResult Run(string controller, BenchCase c, bool reachable, double boundS, double boundOvershootC, Func<IBenchController> reference, bool keepTrace)
        {
            // The firmware runs through the shared tick (FirmwareRun, both sensors); a reference controller drives its own pad
            // and sensor 1 (the one reading those controllers are written for) with the same seed and 1 s steps.
            FirmwareRun run = null;
            ThermalPad pad;
            SimulatedSensor sensor;
            IBenchController refController = null;
            if (controller == Firmware)
            {
                run = new FirmwareRun(c.Pad, c.Seed, new TherapyConfig(), TherapyProgram.Heat, c.Level);
                pad = run.Pad;
                sensor = run.Sensor;
            }
            else
            {
                pad = new ThermalPad(c.Pad);
                sensor = new SimulatedSensor(c.Pad, c.Seed);
                refController = reference();
            }

            double runS = reachable ? Math.Min(MaxRunS, boundS * 2 + HoldS + SettleS) : HoldS + SettleS + 30 * 60;
            double duty = 0.0;
            double startS = double.NaN;
            double? riseS = null;
            double overshoot = double.NegativeInfinity;
            double errorSum = 0;
            int errorCount = 0;
            FaultCode fault = FaultCode.None;

            // The setpoint in force: the firmware's supervisor may cap it (burn-dose step-down at level 5
            // after about 16 min), and the steady error is measured against what the pad was asked to hold.
            double holdSetpointC = c.SetpointC;
            BenchTrace trace = keepTrace ? new BenchTrace() : null;
            for (int t = 0; ; t++)
            {
                SensorReading reading;
                if (run != null)
                {
                    CoreOutputs outputs = run.Step();
                    reading = run.Reading;
                    duty = run.DutyFraction;
                    if (outputs.Fault != FaultCode.None && fault == FaultCode.None)
                    {
                        fault = outputs.Fault;
                    }

                    if (double.IsNaN(startS) && outputs.HasSetpoint)
                    {
                        startS = t;
                    }

                    if (outputs.HasSetpoint)
                    {
                        holdSetpointC = outputs.SetpointC;
                    }
                }
                else
                {
                    if (double.IsNaN(startS))
                    {
                        startS = t;
                    }

                    if (t > 0)
                    {
                        pad.Step(1.0, duty, true);
                        sensor.Advance(1.0, pad.SurfaceC);
                    }

                    reading = sensor.Read(t * 1000L);
                    duty = refController.Update(t, reading, c.SetpointC);
                }

                double sinceS = double.IsNaN(startS) ? -1 : t - startS;
                if (sinceS >= 0)
                {
                    double surface = pad.SurfaceC;
                    if (riseS == null && surface >= c.SetpointC - PhysicalBound.BandC)
                    {
                        riseS = sinceS;
                    }

                    overshoot = Math.Max(overshoot, surface - c.SetpointC);
                    if (riseS != null && sinceS >= riseS.Value + SettleS)
                    {
                        errorSum += Math.Abs(surface - holdSetpointC);
                        errorCount++;
                    }

                    if (trace != null)
                    {
                        trace.Add(sinceS, surface, pad.CoreC, reading, run != null ? run.SecondReading : (SensorReading?)null, duty);
                    }

                    if (sinceS >= runS)
                    {
                        break;
                    }
                }

                if (t > 4 * 3600)
                {
                    break;
                }
            }

            if (run != null)
            {
                FirmwareStepTicks += run.CoreStopwatchTicks;
                FirmwareSteps += run.NextTick;
            }

            double? ratio = reachable && riseS != null ? riseS.Value / boundS : null;
            return new BenchResult(controller, c.PadName, c.Condition, c.Level, c.SetpointC, reachable,
                reachable ? boundS : double.NaN, reachable ? boundOvershootC : double.NaN,
                riseS, ratio, Math.Max(0.0, overshoot), errorCount > 60 ? errorSum / errorCount : null,
                fault == FaultCode.None ? "" : FaultCodeNames.Of(fault), c.Seed, c.TuneSeed)
            {
                Trace = trace,
            };
        }
    }
}
