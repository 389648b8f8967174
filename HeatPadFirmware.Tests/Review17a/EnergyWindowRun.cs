using System;
using System.Reflection;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review17a
{
    /// <summary>
    /// Review 17a's scenario for the heating watch's energy window (<see cref="HeatingFailedCheck.WitnessedWindowJ"/>): a pad
    /// starts a heat session at level 5 (seed 11, 1 s ticks) with both sensors on the pad or both off it from power-on
    /// (reading the room), optionally a supply change at one second, and a heater sense of a chosen calibration. The firmware
    /// counts the window's energy from the sense's own supply and current (V²·G), so the sense's errors scale it: the ESP32
    /// ADC's chip Vref (1.0–1.2 V, read at the nominal 1.1 V: ±9 % on both channels, squared in the power) and the amplifier's
    /// and divider's ±1 % gains (<see cref="SimulatedHeaterSense"/>).
    /// </summary>
    internal static class EnergyWindowRun
    {
        /// <summary>The first fault (None: none), its second (−1: none) and the highest true surface, °C.</summary>
        internal readonly record struct Outcome(FaultCode Fault, int FaultAtS, double PeakC)
        {
            public override string ToString()
            {
                return FormattableString.Invariant($"{Fault} at {FaultAtS} s; peak {PeakC:F2} C");
            }
        }

        private static readonly FieldInfo SenseField = typeof(FaultRun).GetField("_sense", BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw new InvalidOperationException("FaultRun._sense not found: the review's sense calibration cannot be set");

        /// <summary>
        /// Runs <paramref name="pad"/> to <paramref name="endS"/> or its first fault. <paramref name="bothOffThePad"/>: both
        /// sensors read the room from power-on. At second <paramref name="supplyAtS"/> (−1: never) the supply becomes
        /// <paramref name="supplyV"/>. <paramref name="seenFraction"/> (0..1): both sensors see only this fraction of the pad's
        /// rise over the room from power-on (room + f·(own reading − room): a sensor strip on the wrong surface of the pad, in a
        /// pocket that is not pressed against it; 1: attached).
        /// </summary>
        internal static Outcome Run(PadParameters pad, SenseCalibration sense, bool bothOffThePad, int endS, int supplyAtS = -1, double supplyV = 0.0, double seenFraction = 1.0)
        {
            var run = new FaultRun(pad, 11);
            if (sense == SenseCalibration.ReadsHigh)
            {
                SenseField.SetValue(run, new SimulatedHeaterSense(GainSeed(true), SimulatedHeaterSense.MinVrefV));
            }
            else if (sense == SenseCalibration.ReadsLow)
            {
                SenseField.SetValue(run, new SimulatedHeaterSense(GainSeed(false), SimulatedHeaterSense.MaxVrefV));
            }

            run.Sensor.Detached = bothOffThePad;
            run.SecondSensor.Detached = bothOffThePad;
            run.Start(5);
            double peak = double.NegativeInfinity;
            for (int s = 1; s <= endS; s++)
            {
                if (s == supplyAtS)
                {
                    run.Pad.SupplyVoltageV = supplyV;
                }

                SensorReading? first = null, second = null;
                if (seenFraction < 1.0)
                {
                    first = Seen(pad, run.Sensor.Read(run.NowMs), seenFraction);
                    second = Seen(pad, run.SecondSensor.Read(run.NowMs), seenFraction);
                }

                run.TickPair(1000, first, second);
                peak = Math.Max(peak, run.Pad.SurfaceC);
                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s, peak);
                }
            }

            return new Outcome(FaultCode.None, -1, peak);
        }

        private static SensorReading Seen(PadParameters pad, SensorReading own, double fraction)
        {
            return own.IsValid ? SensorReading.Valid(SimulatedSensor.Quantise(pad.AmbientC + (fraction * (own.TemperatureC - pad.AmbientC)))) : own;
        }

        /// <summary>
        /// The seed (0..19,999) whose sense draws the highest (<paramref name="highest"/>) or lowest product of current and
        /// supply gains, drawn as <see cref="SimulatedHeaterSense"/> draws them (the generator seeded seed·31 + 17: the current
        /// gain first, then the supply gain, each 1 ± 1 %).
        /// </summary>
        private static int GainSeed(bool highest)
        {
            int best = 0;
            double bestProduct = highest ? double.NegativeInfinity : double.PositiveInfinity;
            for (int seed = 0; seed < 20000; seed++)
            {
                var random = new Random(unchecked((seed * 31) + 17));
                double currentGain = 1.0 + (0.02 * (random.NextDouble() - 0.5));
                double supplyGain = 1.0 + (0.02 * (random.NextDouble() - 0.5));
                double product = currentGain * supplyGain;
                if (highest ? product > bestProduct : product < bestProduct)
                {
                    bestProduct = product;
                    best = seed;
                }
            }

            return best;
        }
    }
}
