using System;
using System.Collections.Generic;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review19a
{
    /// <summary>
    /// Review 19a: hostile element-sensor readings through <see cref="HeatPadCore.StepWithElement"/> on the shipped pads
    /// (body / air / folded, levels 1–5). The claim under review (docs/safety.md "Session 18: the element witness built"): the
    /// element reading never changes a duty; only a reading over <see cref="ElementWitnessCheck.ElementMaxC"/> three reads in a
    /// row latches; its own failures stand the witness down with no fault. Each drive runs the same seeded session twice —
    /// without the element sensor (<see cref="HeatPadCore.Step"/>) and with it, the core fed the hostile reading — and compares
    /// every tick's duty and enable.
    /// </summary>
    public class HostileElementReadingTests
    {
        private const int Seconds = 1200;

        internal static readonly string[] Conditions = { "body", "air", "folded" };

        internal static PadParameters InCondition(PadParameters pad, string condition)
        {
            // "folded": no body, 0.3 W/K to the air (FaultKind's folded / covered pad).
            return condition == "folded" ? pad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: 0.3) : BenchPadFamily.InCondition(pad, condition);
        }

        internal sealed class Drive
        {
            public double[] Duty = new double[Seconds];
            public bool[] Enabled = new bool[Seconds];
            public FaultCode Fault = FaultCode.None;
            public int FaultAt = -1;
            public double PeakTrueElementC;
            public ElementWitnessState State;
            public bool FarUnderPairSeen;
        }

        // One session: start at `level`, run `Seconds` 1-s ticks. `hostile` (null: no element sensor) maps (run, second,
        // simulated element reading) to what the core gets.
        internal static Drive Run(PadParameters pad, int seed, int level, Func<FaultRun, int, SensorReading, SensorReading>? hostile, int seconds = Seconds, ElementCalibrationKind calibration = ElementCalibrationKind.None)
        {
            var run = new FaultRun(pad, seed);
            var d = new Drive { Duty = new double[seconds], Enabled = new bool[seconds] };
            int second = 0;
            if (hostile != null)
            {
                run.FitElementSensor(calibration);
                run.ElementReadingFilter = r => hostile(run, second, r);
            }

            run.Start(level);
            for (second = 0; second < seconds; second++)
            {
                run.TickPair(1000, null, null);
                d.Duty[second] = run.Last.DutyFraction;
                d.Enabled[second] = run.Last.HeaterEnabled;
                if (run.ElementSensor != null)
                {
                    d.PeakTrueElementC = Math.Max(d.PeakTrueElementC, run.ElementSensor.LaggedC);
                    d.FarUnderPairSeen |= run.Core.Supervisor.ElementWitness.FarUnderPair;
                }

                if (d.FaultAt < 0 && run.Last.Fault != FaultCode.None)
                {
                    d.Fault = run.Last.Fault;
                    d.FaultAt = second;
                }
            }

            d.State = run.Core.Supervisor.ElementWitness.State;
            return d;
        }

        private static SensorReading Q(double c)
        {
            return SensorReading.Valid(SimulatedSensor.Quantise(c));
        }

        // The hostile readings (name -> mapping). None of them is an element truly over 95 °C on these sessions.
        internal static Func<FaultRun, int, SensorReading, SensorReading> Hostile(string name)
        {
            var random = new Random(name.GetHashCode(StringComparison.Ordinal) & 0x7FFF);
            double laggedSurface = double.NaN;
            switch (name)
            {
                case "healthy":
                    return (run, s, r) => r;
                case "noise5":
                    // ±5 °C uniform noise on every read.
                    return (run, s, r) => r.IsValid ? Q(r.TemperatureC + (10.0 * random.NextDouble()) - 5.0) : r;
                case "crc-bursts":
                    // 4 failed reads in every 20 (never 5 in a row).
                    return (run, s, r) => s % 20 < 4 ? SensorReading.Invalid : r;
                case "lone-85":
                    // The 85.0 °C power-on value on every 7th read.
                    return (run, s, r) => s % 7 == 3 ? SensorReading.Valid(85.0) : r;
                case "stuck-minus55":
                    return (run, s, r) => SensorReading.Valid(-55.0);
                case "jumps":
                    // Two reads in a row 60 °C high every 50 s (never three).
                    return (run, s, r) => r.IsValid && s % 50 < 2 ? Q(r.TemperatureC + 60.0) : r;
                case "extremes":
                    // Out-of-range and non-finite values (a CRC-valid garbage scratchpad, a decoding slip), never three high in a row.
                    return (run, s, r) =>
                    {
                        switch (s % 6)
                        {
                            case 0: return SensorReading.Valid(double.NaN);
                            case 1: return SensorReading.Valid(-2048.0);
                            case 2: return SensorReading.Valid(double.MaxValue);
                            case 3: return SensorReading.Valid(double.NegativeInfinity);
                            case 4: return SensorReading.Valid(-double.MaxValue);
                            default: return r;
                        }
                    };
                case "misbonded-surface":
                    // Bonded to the laminate, not the element: reads the surface through a 40 s pocket lag.
                    return (run, s, r) =>
                    {
                        laggedSurface = double.IsNaN(laggedSurface) ? run.Pad.SurfaceC : laggedSurface + ((run.Pad.SurfaceC - laggedSurface) * (1.0 - Math.Exp(-1.0 / 40.0)));
                        return Q(laggedSurface);
                    };
                case "hot-bond-8":
                    // A bad bond or a spot on a hotter turn: the sensor reads 8 °C over its simulated reading.
                    return (run, s, r) => r.IsValid ? Q(r.TemperatureC + 8.0) : r;
                case "lost-then-back":
                    // Gone for 10 reads at 100 s, then reading again.
                    return (run, s, r) => s >= 100 && s < 110 ? SensorReading.Invalid : r;
                case "random-mix":
                    // Property-style: each read drawn from the hostile kinds above (seeded), never three high in a row.
                    int high = 0;
                    return (run, s, r) =>
                    {
                        SensorReading o;
                        switch (random.Next(8))
                        {
                            case 0: o = SensorReading.Invalid; break;
                            case 1: o = SensorReading.Valid(85.0); break;
                            case 2: o = Q(-55.0 + (random.NextDouble() * 180.0)); break;
                            case 3: o = SensorReading.Valid(random.NextDouble() < 0.5 ? double.NaN : -1e300); break;
                            default: o = r.IsValid ? Q(r.TemperatureC + (random.NextDouble() * 16.0) - 8.0) : r; break;
                        }

                        high = o.IsValid && o.TemperatureC > ElementWitnessCheck.ElementMaxC ? high + 1 : 0;
                        return high >= ElementWitnessCheck.OverReads ? r : o;
                    };
                default:
                    throw new ArgumentException(name);
            }
        }

        public static IEnumerable<object[]> Cases()
        {
            foreach (string hostile in new[] { "healthy", "noise5", "crc-bursts", "lone-85", "stuck-minus55", "jumps", "extremes", "misbonded-surface", "hot-bond-8", "lost-then-back", "random-mix" })
            {
                yield return new object[] { hostile };
            }
        }

        /// <summary>
        /// Adds to <paramref name="failures"/> what differs between a session with the element sensor and the same without:
        /// the fault (and its second), else the first second whose duty or enable differs. Nothing when they are the same.
        /// </summary>
        internal static void AddDifference(List<string> failures, string label, Drive with, Drive without)
        {
            if (with.Fault != without.Fault)
            {
                failures.Add(label + ": fault " + FaultCodeNames.Of(with.Fault) + " at " + with.FaultAt + " s (without: " + FaultCodeNames.Of(without.Fault) + ")");
                return;
            }

            for (int s = 0; s < with.Duty.Length; s++)
            {
                if (with.Duty[s] != without.Duty[s] || with.Enabled[s] != without.Enabled[s])
                {
                    failures.Add(label + ": duty differs at " + s + " s");
                    return;
                }
            }
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void HostileElementReadings_ChangeNoDuty_LatchNothing_ThrowNothing(string hostile)
        {
            // Measured (review 19a): 6 shipped pads x body / air / folded x levels 1-5 (90 sessions of 1,200 s) per kind: no
            // duty or enable differs from the session without the element sensor, no fault is added, nothing throws.
            int seed = 1900;
            var failures = new List<string>();
            foreach (var (name, shipped) in PadFile.LoadAllShipped())
            {
                foreach (string condition in Conditions)
                {
                    PadParameters pad = InCondition(shipped, condition);
                    for (int level = 1; level <= 5; level++)
                    {
                        seed++;
                        Drive without = Run(pad, seed, level, null);
                        Drive with = Run(pad, seed, level, Hostile(hostile));
                        AddDifference(failures, name + " " + condition + " L" + level, with, without);
                    }
                }
            }

            Assert.True(failures.Count == 0, hostile + ": " + string.Join("; ", failures));
        }

        [Fact]
        public void AHealthyElementSensor_IsNeverStoodDown_OnTheShippedPads()
        {
            // A healthy sensor stood down (lost / frozen / noisy; until session 34 also detached) disarms the 95 °C limit until
            // power-off. Measured (review 19a): 90 sessions (6 pads x body / air / folded x L1-5, 1,200 s), none stood down. Since
            // session 34 nothing enters a detached state; a healthy sensor reported far under the pair at any tick is counted here too.
            int seed = 1900;
            var stood = new List<string>();
            foreach (var (name, shipped) in PadFile.LoadAllShipped())
            {
                foreach (string condition in Conditions)
                {
                    PadParameters pad = InCondition(shipped, condition);
                    for (int level = 1; level <= 5; level++)
                    {
                        seed++;
                        Drive with = Run(pad, seed, level, Hostile("healthy"));
                        if (with.State == ElementWitnessState.Lost || with.State == ElementWitnessState.Frozen || with.State == ElementWitnessState.Noisy || with.FarUnderPairSeen)
                        {
                            stood.Add(name + " " + condition + " L" + level + ": " + with.State + (with.FarUnderPairSeen ? ", reported far under the pair" : string.Empty));
                        }
                    }
                }
            }

            Assert.True(stood.Count == 0, string.Join("; ", stood));
        }
    }
}
