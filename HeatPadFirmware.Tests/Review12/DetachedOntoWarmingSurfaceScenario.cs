using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review12
{
    /// <summary>
    /// Review 12's scenario for the room witness's straight-line rise (RoomReadingCheck.PadRiseSlopeCPerS): a shipped pad in a
    /// condition ("body" or "air") heats 600 s at a level, the user presses off, and during the off both sensors leave the pad
    /// and settle (first order, 15 s and 20 s, sensor 2 one DS18B20 step lower) on a surface that warms slowly and steadily on its own (bedding a body or the room keeps
    /// warming, a sensor hanging in the pad's warm air): target = room + 0.1 °C + <c>rampCPerS</c> × seconds since the off.
    /// The user presses on again after <c>offS</c> seconds and the sensors stay there. Watched <c>watchS</c> seconds from the
    /// restart. Deterministic: seed 11, 1 s ticks; the readings quantised to DS18B20 steps.
    /// </summary>
    internal static class DetachedOntoWarmingSurfaceScenario
    {
        /// <summary>The first fault after the restart (None: none), its time after the restart (NaN: none), the highest true surface until then, °C, and the full-power seconds put in until then.</summary>
        internal readonly record struct Outcome(FaultCode Fault, double FaultAfterS, double PeakSurfaceC, double WorkS);

        public static Outcome Run(string padName, string condition, int level, double rampCPerS, int offS = 60, int watchS = 900)
        {
            return Run(BenchPadFamily.InCondition(PadFile.LoadShipped(padName), condition), level, rampCPerS, offS, watchS);
        }

        /// <summary>
        /// As above on any pad (a random-family pad already put in its condition), the surface the sensors land on starting
        /// <paramref name="offsetC"/> over the room (the pad's <see cref="PadParameters.AmbientC"/>; review 13b: bedding the user
        /// warmed, a sensor hanging in the pad's warm air).
        /// </summary>
        public static Outcome Run(PadParameters pad, int level, double rampCPerS, int offS = 60, int watchS = 900, double offsetC = 0.1)
        {
            var run = new FaultRun(pad, 11);
            run.Start(level);
            for (int s = 0; s < 600; s++)
            {
                run.Tick(1000, null);
            }

            double first = run.Sensor.Read(run.NowMs).TemperatureC;
            double second = run.SecondSensor.Read(run.NowMs).TemperatureC;
            double roomC = pad.AmbientC;
            run.Tick(1000, null, ButtonId.Power);
            int t = 0;
            for (; t < offS; t++)
            {
                Settle(ref first, ref second, roomC + offsetC + (rampCPerS * t));
                run.TickPair(1000, Reading(first), Reading(second));
            }

            t++;
            Settle(ref first, ref second, roomC + offsetC + (rampCPerS * t));
            run.TickPair(1000, Reading(first), Reading(second), ButtonId.Power);
            double peakC = run.Pad.SurfaceC;
            double workS = 0.0;
            for (int s = 1; s <= watchS; s++)
            {
                t++;
                Settle(ref first, ref second, roomC + offsetC + (rampCPerS * t));
                workS += run.Last.DutyFraction;
                run.TickPair(1000, Reading(first), Reading(second));
                peakC = Math.Max(peakC, run.Pad.SurfaceC);
                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s, peakC, workS);
                }
            }

            return new Outcome(FaultCode.None, double.NaN, peakC, workS);
        }

        private static void Settle(ref double first, ref double second, double targetC)
        {
            first += (targetC - first) / 15.0;
            second += (targetC - 0.0625 - second) / 20.0;
        }

        private static SensorReading? Reading(double c)
        {
            return SensorReading.Valid(SimulatedSensor.Quantise(c));
        }
    }
}
