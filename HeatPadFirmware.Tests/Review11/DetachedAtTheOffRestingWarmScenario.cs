using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review11
{
    /// <summary>
    /// Review 11's scenario for the carried fall: a shipped pad on the body heats 600 s at a level, the user presses off,
    /// and during the 30 s off both sensors leave the pad and settle (first order, 15 s) on a surface at <c>restingC</c>
    /// (the user's skin, bedding: 30–34 °C, over the room band); the user presses on again and the sensors stay there.
    /// Watched 900 s from the restart. Deterministic: seed 11, 1 s ticks;
    /// noisy: the resting reading steps one DS18B20 step up or down on 3 ticks in 10 (seed 11).
    /// </summary>
    internal static class DetachedAtTheOffRestingWarmScenario
    {
        /// <summary>The first fault after the restart (None: none), its time after the restart (NaN: none), the highest true surface until then, °C.</summary>
        internal readonly record struct Outcome(FaultCode Fault, double FaultAfterS, double PeakSurfaceC);

        public static Outcome Run(string padName, int level, double restingC, bool noisy = false, bool withOff = true)
        {
            PadParameters pad = BenchPadFamily.InCondition(PadFile.LoadShipped(padName), "body");
            var run = new FaultRun(pad, 11);
            var noise = new Random(noisy ? 11 : 0);
            _noise = noisy ? noise : null;
            run.Start(level);
            for (int s = 0; s < 600; s++)
            {
                run.Tick(1000, null);
            }

            double first = run.Sensor.Read(run.NowMs).TemperatureC;
            double second = run.SecondSensor.Read(run.NowMs).TemperatureC;
            if (withOff)
            {
                run.Tick(1000, null, ButtonId.Power);
            }

            for (int s = 0; s < 30; s++)
            {
                Settle(ref first, ref second, restingC);
                run.TickPair(1000, Reading(first), Reading(second));
            }

            Settle(ref first, ref second, restingC);
            run.TickPair(1000, Reading(first), Reading(second), withOff ? ButtonId.Power : ButtonId.None);
            double peakC = run.Pad.SurfaceC;
            for (int s = 1; s <= 900; s++)
            {
                Settle(ref first, ref second, restingC);
                run.TickPair(1000, Reading(first), Reading(second));
                peakC = Math.Max(peakC, run.Pad.SurfaceC);
                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s, peakC);
                }
            }

            return new Outcome(FaultCode.None, double.NaN, peakC);
        }

        private static void Settle(ref double first, ref double second, double restingC)
        {
            first += (restingC - first) / 15.0;
            second += (restingC - second) / 15.0;
        }

        [ThreadStatic]
        private static Random? _noise;

        // Noisy: a Gaussian-free stand-in for a DS18B20 at rest, one step up or down on 3 ticks in 10 (seeded).
        private static SensorReading? Reading(double c)
        {
            double stepC = 0.0;
            if (_noise != null)
            {
                double u = _noise.NextDouble();
                stepC = u < 0.15 ? -SimulatedSensor.ResolutionC : u > 0.85 ? SimulatedSensor.ResolutionC : 0.0;
            }

            return SensorReading.Valid(SimulatedSensor.Quantise(c) + stepC);
        }
    }
}
