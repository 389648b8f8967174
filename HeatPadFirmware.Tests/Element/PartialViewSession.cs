using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Element
{
    /// <summary>
    /// A heat session whose sensor pair sees only part of the surface's rise over the room (view16's partial-view class), with or
    /// without the element sensor: the scenario of the element witness's tests.
    /// </summary>
    internal static class PartialViewSession
    {
        /// <summary>A reading of a pair seeing <paramref name="view"/> (0-1) of the surface's rise over the room, on 1/16 °C steps.</summary>
        public static SensorReading Seen(PadParameters pad, SensorReading own, double view)
        {
            return own.IsValid ? SensorReading.Valid(SimulatedSensor.Quantise(pad.AmbientC + (view * (own.TemperatureC - pad.AmbientC)))) : own;
        }

        /// <summary>
        /// Runs <paramref name="seconds"/> 1-s ticks at <paramref name="level"/>, the pair seeing <paramref name="view"/> of the rise;
        /// <paramref name="fitElement"/> fits the element sensor (null: none), <paramref name="onTick"/> runs before each tick.
        /// Returns the run, the second the surface first passed 48 °C (-1: never) and the fault's second (-1: none; the run stops there).
        /// </summary>
        public static (FaultRun Run, int T48, int FaultAt) Run(PadParameters pad, int seed, int level, double view, Action<FaultRun>? fitElement, int seconds, Action<FaultRun, int>? onTick = null)
        {
            var run = new FaultRun(pad, seed);
            fitElement?.Invoke(run);
            run.Start(level);
            int t48 = -1;
            for (int s = 1; s <= seconds; s++)
            {
                onTick?.Invoke(run, s);
                SensorReading a = Seen(pad, run.Sensor.Read(run.NowMs + 1000), view);
                SensorReading b = Seen(pad, run.SecondSensor.Read(run.NowMs + 1000), view);
                run.TickPair(1000, a, b);
                if (t48 < 0 && run.Pad.SurfaceC >= 48.0)
                {
                    t48 = s;
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    return (run, t48, s);
                }
            }

            return (run, t48, -1);
        }
    }
}
