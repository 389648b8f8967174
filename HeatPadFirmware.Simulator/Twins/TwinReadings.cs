using System;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Twins
{
    /// <summary>
    /// Drives two pads with the same duty sequence and compares what their sensors see (the sensor body's true
    /// temperature, <see cref="SimulatedSensor.LaggedC"/>: no noise, no 1/16 °C rounding) and their true surfaces.
    /// One sensor per pad, sensor 1: the twin construction is about what ONE reading cannot tell apart (a pad's second
    /// sensor, session 5, has another lag and would tell some twins apart; the twins analyses keep to sensor 1 on purpose).
    /// </summary>
    public static class TwinReadings
    {
        /// <summary>
        /// A rich duty sequence of <paramref name="seconds"/> s (≥ 1) from <paramref name="seed"/>: full-power bursts, off
        /// spells and random partial duty, each held 1–60 s. Returns duty (0..1) by whole second.
        /// </summary>
        public static double[] RichDuty(int seed, int seconds)
        {
            var random = new Random(seed);
            var duty = new double[Math.Max(1, seconds)];
            int t = 0;
            while (t < duty.Length)
            {
                int length = 1 + random.Next(60);
                double kind = random.NextDouble();
                double value = kind < 0.3 ? 1.0 : kind < 0.5 ? 0.0 : random.NextDouble();
                for (int i = 0; i < length && t < duty.Length; i++, t++)
                {
                    duty[t] = value;
                }
            }

            return duty;
        }

        /// <summary>
        /// Runs both pads for <paramref name="seconds"/> s (1..86400) with duty <paramref name="dutyAt"/>(second) held over
        /// each second, in <paramref name="subSteps"/> (1..1000) equal sub-steps per second (the bench uses 1: the sensor
        /// then sees the surface at the end of each step held over it). Returns the largest |reading difference|, °C;
        /// <paramref name="maxSurfaceDifferenceC"/> is the largest |surface difference|, °C.
        /// </summary>
        public static double MaxReadingDifferenceC(PadParameters a, PadParameters b, Func<int, double> dutyAt, int seconds, int subSteps,
            out double maxSurfaceDifferenceC)
        {
            if (dutyAt == null)
            {
                throw new ArgumentNullException(nameof(dutyAt));
            }

            if (seconds < 1 || seconds > 86400 || subSteps < 1 || subSteps > 1000)
            {
                throw new ArgumentOutOfRangeException(nameof(seconds), "seconds 1..86400, sub-steps 1..1000");
            }

            var padA = new ThermalPad(a);
            var padB = new ThermalPad(b);
            var sensorA = new SimulatedSensor(a, 1);
            var sensorB = new SimulatedSensor(b, 1);
            double stepS = 1.0 / subSteps;
            double maxReading = 0.0, maxSurface = 0.0;
            for (int t = 0; t < seconds; t++)
            {
                double duty = dutyAt(t);
                for (int i = 0; i < subSteps; i++)
                {
                    padA.Step(stepS, duty, true);
                    padB.Step(stepS, duty, true);
                    sensorA.Advance(stepS, padA.SurfaceC);
                    sensorB.Advance(stepS, padB.SurfaceC);
                }

                maxReading = Math.Max(maxReading, Math.Abs(sensorA.LaggedC - sensorB.LaggedC));
                maxSurface = Math.Max(maxSurface, Math.Abs(padA.SurfaceC - padB.SurfaceC));
            }

            maxSurfaceDifferenceC = maxSurface;
            return maxReading;
        }
    }
}
