using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review15b
{
    /// <summary>
    /// Review 15b's scenario: review 12's detached pair (<c>Review12.DetachedOntoWarmingSurfaceScenario</c>: a pad heats 600 s at
    /// a level, the user presses off, both sensors leave the pad in the off and rest on a surface warming on its own, the user
    /// presses on again after <c>offS</c> s, the sensors stay there) with a surface that ALSO answers the pad's own heat: the
    /// bedding next to or under the pad, a folded part of it, the pad's warm air. The surface is at room + <c>offsetC</c> +
    /// <c>rampCPerS</c> × seconds since the off + <c>fraction</c> × X, where X follows the pad's true surface excess over the room
    /// first order with <c>tauS</c> (from power-on: the bedding warmed while the pad heated, cools with it in the off, warms again
    /// when the heat returns). The sensors settle on it first order with the pad's own two lags (or <c>lagS</c>, sensor 2 × 1.2),
    /// sensor 2 one DS18B20 step lower; readings quantised, with uniform noise ± 1.7 × <c>noiseC</c> when asked (seed 5).
    /// Deterministic: run seed 11, 1 s ticks.
    /// </summary>
    internal static class PadWarmedSurfaceRestartScenario
    {
        /// <summary>
        /// The first fault after the restart (None: none in the watch), its time after the restart (NaN: none), the highest true
        /// pad surface until then, °C, the first second after the restart with the pad surface at 48 °C or more (NaN: never).
        /// </summary>
        internal readonly record struct Outcome(FaultCode Fault, double AfterS, double PeakSurfaceC, double Over48S);

        /// <summary>The run on a shipped pad, or on a random-family pad of bench seed 1 when the name is "random-NNN", put in its condition.</summary>
        public static Outcome Run(string padName, string condition, int level, int offS, double rampCPerS, double fraction, double tauS, int watchS = 900)
        {
            if (padName.StartsWith("random-", StringComparison.Ordinal))
            {
                return RunRandom(padName, condition, level, offS, rampCPerS, fraction, tauS, watchS);
            }

            return Run(BenchPadFamily.InCondition(PadFile.LoadShipped(padName), condition), level, offS, rampCPerS, fraction, tauS, watchS);
        }

        /// <summary>The run on a random-family pad of bench seed 1 (<see cref="BenchPadFamily.Build"/>), put in its condition.</summary>
        private static Outcome RunRandom(string padName, string condition, int level, int offS, double rampCPerS, double fraction, double tauS, int watchS = 900)
        {
            foreach (var (name, p) in BenchPadFamily.Build(10, 1))
            {
                if (name == padName)
                {
                    return Run(BenchPadFamily.InCondition(p, condition), level, offS, rampCPerS, fraction, tauS, watchS);
                }
            }

            throw new ArgumentException("no such pad: " + padName);
        }

        /// <summary>
        /// As above on any pad; <paramref name="stepC"/> adds a rise of the surface after the restart that has nothing to do with
        /// the pad: stepC × (1 − e^(−s / <paramref name="stepTauS"/>)), s seconds after the restart (the user lying back down beside
        /// the sensors, a body's warmth reaching the bedding they rest on).
        /// </summary>
        public static Outcome Run(PadParameters pad, int level, int offS, double rampCPerS, double fraction, double tauS, int watchS = 900,
            double lagS = 0.0, double noiseC = 0.0, double offsetC = 0.1, double stepC = 0.0, double stepTauS = 60.0)
        {
            var run = new FaultRun(pad, 11);
            double roomC = pad.AmbientC;
            double x = 0.0;
            run.Start(level);
            for (int s = 0; s < 600; s++)
            {
                run.Tick(1000, null);
                x += ((run.Pad.SurfaceC - roomC) - x) / tauS;
                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, -s, double.NaN, double.NaN);
                }
            }

            double lag1 = lagS > 0.0 ? lagS : pad.SensorLagS;
            double lag2 = lagS > 0.0 ? lagS * 1.2 : pad.SecondSensorLagS;
            double first = run.Sensor.LaggedC;
            double second = run.SecondSensor.LaggedC;
            var noise = new Random(5);
            run.Tick(1000, null, ButtonId.Power);
            int t = 0;
            for (; t < offS; t++)
            {
                Settle(run, ref x, ref first, ref second, roomC + offsetC + (rampCPerS * t), fraction, tauS, lag1, lag2);
                run.TickPair(1000, Reading(first, noiseC, noise), Reading(second, noiseC, noise));
                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, -t, double.NaN, double.NaN);
                }
            }

            t++;
            run.TickPair(1000, Reading(first, noiseC, noise), Reading(second, noiseC, noise), ButtonId.Power);
            double peakC = run.Pad.SurfaceC;
            double over48S = double.NaN;
            for (int s = 1; s <= watchS; s++)
            {
                t++;
                double stepNowC = stepC * (1.0 - Math.Exp(-s / stepTauS));
                Settle(run, ref x, ref first, ref second, roomC + offsetC + (rampCPerS * t) + stepNowC, fraction, tauS, lag1, lag2);
                run.TickPair(1000, Reading(first, noiseC, noise), Reading(second, noiseC, noise));
                peakC = Math.Max(peakC, run.Pad.SurfaceC);
                if (double.IsNaN(over48S) && run.Pad.SurfaceC >= 48.0)
                {
                    over48S = s;
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s, peakC, over48S);
                }
            }

            return new Outcome(FaultCode.None, double.NaN, peakC, over48S);
        }

        /// <summary>One second of the bedding's warming and the two resting sensors' lags toward it (shared with review 18a's scenario).</summary>
        internal static void Settle(FaultRun run, ref double x, ref double first, ref double second, double ownC, double fraction, double tauS, double lag1, double lag2)
        {
            x += ((run.Pad.SurfaceC - run.Pad.Parameters.AmbientC) - x) / tauS;
            double targetC = ownC + (fraction * x);
            first += (targetC - first) / lag1;
            second += (targetC - 0.0625 - second) / lag2;
        }

        /// <summary>A resting sensor's reading of <paramref name="c"/> with seeded uniform noise (shared with review 18a's scenario).</summary>
        internal static SensorReading? Reading(double c, double noiseC, Random noise)
        {
            double n = noiseC > 0.0 ? noiseC * ((noise.NextDouble() * 2.0) - 1.0) * 1.7 : 0.0;
            return SensorReading.Valid(SimulatedSensor.Quantise(c + n));
        }
    }
}
