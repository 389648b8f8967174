using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Bedding = HeatPadFirmware.Tests.Review15b.PadWarmedSurfaceRestartScenario;

namespace HeatPadFirmware.Tests.Review18a
{
    /// <summary>
    /// Review 18a's scenario: review 15b's detached pair on bedding the pad warms (<c>Review15b.PadWarmedSurfaceRestartScenario</c>:
    /// a pad heats 600 s at a level, the user presses off, both sensors leave the pad and rest on a surface at room + 0.1 °C +
    /// <c>rampCPerS</c> × seconds since the off + <c>fraction</c> × X, X following the pad's true surface excess over the room first
    /// order with <c>tauS</c>; the sensors settle on it with lag <c>lagS</c> (sensor 2 × 1.2; 0: the pad's own lags), the user
    /// presses on again after <c>offS</c> s) with what may happen while bed17's extension holds the restart watch open: the supply
    /// sagging to <c>sagFraction</c> of its voltage from <c>sagFromS</c> s after the restart on, a second off press at
    /// <c>secondOffAtS</c> s after the restart and an on press <c>secondOffS</c> s later, <c>levelPresses</c> Up (positive) or Down
    /// (negative) presses from <c>levelAtS</c> s after the restart, one a second; readings quantised, with uniform noise ± 1.7 ×
    /// <c>noiseC</c> when asked (seed 5). Deterministic: run seed 11, 1 s ticks.
    /// </summary>
    internal static class HeldWatchRestartScenario
    {
        /// <summary>
        /// The first fault after the restart (None: none in the watch), its time after the restart (NaN: none), the highest true
        /// pad surface until then, °C, the first second after the restart with the surface at 48 °C or more (NaN: never), and the
        /// seconds the surface spent at 48 °C or more until then.
        /// </summary>
        internal readonly record struct Outcome(FaultCode Fault, double AfterS, double PeakSurfaceC, double Over48S, int SecondsOver48);

        /// <summary>The pad by name: a shipped pad, or "random-NNN" of bench seed 1 (<see cref="BenchPadFamily.Build"/>), in its condition and room (NaN: the pad's own).</summary>
        public static PadParameters Pad(string padName, string condition, double roomC = double.NaN)
        {
            PadParameters pad = null!;
            if (padName.StartsWith("random-", StringComparison.Ordinal))
            {
                foreach (var (name, p) in BenchPadFamily.Build(20, 1))
                {
                    if (name == padName)
                    {
                        pad = p;
                    }
                }
            }
            else
            {
                pad = PadFile.LoadShipped(padName);
            }

            if (pad == null)
            {
                throw new ArgumentException("no such pad: " + padName);
            }

            pad = BenchPadFamily.InCondition(pad, condition);
            return double.IsNaN(roomC) ? pad : pad.With(ambientC: roomC, initialC: roomC);
        }

        /// <summary>The run; see the class summary for the parameters. <paramref name="watchS"/>: seconds watched after the restart.</summary>
        public static Outcome Run(PadParameters pad, int level, int offS, double rampCPerS, double fraction, double tauS, int watchS = 3600,
            double lagS = 0.0, double sagFraction = 1.0, int sagFromS = 0, int secondOffAtS = 0, int secondOffS = 0, int levelAtS = 0,
            int levelPresses = 0, double noiseC = 0.0)
        {
            var noise = new Random(5);
            var run = new FaultRun(pad, 11);
            double roomC = pad.AmbientC;
            double supplyV = pad.SupplyVoltageV;
            double x = 0.0;
            run.Start(level);
            for (int s = 0; s < 600; s++)
            {
                run.Tick(1000, null);
                x += ((run.Pad.SurfaceC - roomC) - x) / tauS;
                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, -s, double.NaN, double.NaN, 0);
                }
            }

            double lag1 = lagS > 0.0 ? lagS : pad.SensorLagS;
            double lag2 = lagS > 0.0 ? lagS * 1.2 : pad.SecondSensorLagS;
            double first = run.Sensor.LaggedC;
            double second = run.SecondSensor.LaggedC;
            run.Tick(1000, null, ButtonId.Power);
            int t = 0;
            for (; t < offS; t++)
            {
                Bedding.Settle(run, ref x, ref first, ref second, roomC + 0.1 + (rampCPerS * t), fraction, tauS, lag1, lag2);
                run.TickPair(1000, Bedding.Reading(first, noiseC, noise), Bedding.Reading(second, noiseC, noise));
                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, -t, double.NaN, double.NaN, 0);
                }
            }

            t++;
            run.TickPair(1000, Bedding.Reading(first, noiseC, noise), Bedding.Reading(second, noiseC, noise), ButtonId.Power);
            double peakC = run.Pad.SurfaceC;
            double over48S = double.NaN;
            int secondsOver = 0;
            for (int s = 1; s <= watchS; s++)
            {
                t++;
                if (sagFraction != 1.0 && s == sagFromS)
                {
                    run.Pad.SupplyVoltageV = supplyV * sagFraction;
                }

                ButtonId press = ButtonId.None;
                if (secondOffAtS > 0 && (s == secondOffAtS || s == secondOffAtS + secondOffS))
                {
                    press = ButtonId.Power;
                }
                else if (levelPresses != 0 && s >= levelAtS && s < levelAtS + Math.Abs(levelPresses))
                {
                    press = levelPresses > 0 ? ButtonId.Up : ButtonId.Down;
                }

                Bedding.Settle(run, ref x, ref first, ref second, roomC + 0.1 + (rampCPerS * t), fraction, tauS, lag1, lag2);
                run.TickPair(1000, Bedding.Reading(first, noiseC, noise), Bedding.Reading(second, noiseC, noise), press);
                peakC = Math.Max(peakC, run.Pad.SurfaceC);
                if (run.Pad.SurfaceC >= 48.0)
                {
                    secondsOver++;
                    if (double.IsNaN(over48S))
                    {
                        over48S = s;
                    }
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s, peakC, over48S, secondsOver);
                }
            }

            return new Outcome(FaultCode.None, double.NaN, peakC, over48S, secondsOver);
        }
    }
}
