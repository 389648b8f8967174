using System;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Mem33
{
    /// <summary>
    /// Session 33 (mem33, docs/control.md "Session 33: the core's memory by owner"): <see cref="PadModelLearner"/> no longer keeps
    /// its structures' rates, loss ratios and cold-pack inputs in four arrays of its own; it takes them from the grid and from
    /// the sink input where it uses them, with the same divisions. The self-test runs whole-second ticks without a cold pack, so
    /// it reaches neither the pack's input nor the fractional-second steps (the bank's and the frozen witness's Euler steps). This
    /// run reaches all three, and every output it reads is folded into one signature that main (5a39b4b) gives too: any change
    /// of the learner's arithmetic, down to the last bit of one double, changes it.
    /// </summary>
    public class LearnerArithmeticPinTests
    {
        /// <summary>The signature of <see cref="Run"/> on main 5a39b4b (before session 33's change) and after it.</summary>
        private const ulong MainSignature = 0x23AE1A64C54C2FEFUL;

        [Fact]
        public void PadModelLearner_GivesMainsOutputsToTheBit_ThroughColdPacksFractionalTicksAndReLearnings()
        {
            LearnerRun run = Run();

            Assert.True(run.PackTicks > 0, "the run has no tick with a fitted cold pack: it no longer reaches the pack's input");
            Assert.True(run.FractionalTicks > 0, "the run has no fractional tick: it no longer reaches the bank's Euler step");
            Assert.True(run.FractionalWitnessTicks > 0, "the run has no fractional tick with a frozen witness: it no longer reaches the witness's Euler step");
            Assert.Equal(MainSignature.ToString("X16"), run.Signature.ToString("X16"));
        }

        /// <summary>
        /// A pad of two first-order nodes and a lagged sensor (quantised to the DS18B20's 1/16 °C) under a scripted sequence of
        /// full power, part power, rest and a cold pack on the surface; ticks of 1 s, 2 s and 0.5–1.5 s, the odd read lost; a
        /// re-learning at some heats' starts and an abandoned one after. Deterministic: a fixed linear congruential sequence.
        /// </summary>
        internal static LearnerRun Run()
        {
            var learner = new PadModelLearner();
            var result = new LearnerRun();
            ulong state = 0x2545F4914F6CDD1DUL;
            double core = 22.0, surface = 22.0, sensor = 22.0;
            const double RoomC = 22.0, CoreTauS = 60.0, SurfaceTauS = 300.0, LagS = 20.0, RiseC = 35.0, LossRatio = 1.2, PackConductanceRatio = 3.0;
            double duty = 0.0;
            bool pack = false;
            int phaseLeft = 0;
            ulong hash = 14695981039346656037UL;
            for (int tick = 0; tick < 9000; tick++)
            {
                if (phaseLeft-- <= 0)
                {
                    int kind = (int)(Next(ref state) % 4);
                    duty = kind == 0 ? 1.0 : (kind == 1 ? 0.3 + (0.6 * Unit(ref state)) : 0.0);
                    pack = kind == 3;
                    phaseLeft = 60 + (int)(Next(ref state) % 600);
                    if (kind == 0 && Next(ref state) % 2 == 0)
                    {
                        learner.Relearn(sensor);
                    }
                    else if (Next(ref state) % 4 == 0)
                    {
                        learner.AbandonRelearn();
                    }
                }

                int tickKind = (int)(Next(ref state) % 8);
                double dtS = tickKind == 0 ? 0.5 + Unit(ref state) : (tickKind == 1 ? 2.0 : 1.0);
                for (int k = 0; k < 20; k++)
                {
                    double h = dtS / 20.0;
                    double flow = core - surface;
                    core += h / CoreTauS * ((duty * RiseC) - flow - (0.2 * (core - RoomC)));
                    surface += h / SurfaceTauS * (flow - (LossRatio * (surface - RoomC)) - (pack ? PackConductanceRatio * (surface - 8.0) : 0.0));
                    sensor += h / LagS * (surface - sensor);
                }

                bool fractional = dtS != Math.Floor(dtS);
                if (fractional)
                {
                    result.FractionalTicks++;
                    if (learner.Generation > 0)
                    {
                        result.FractionalWitnessTicks++;
                    }
                }

                SensorReading reading = Next(ref state) % 40 == 0 ? SensorReading.Invalid : SensorReading.Valid(Math.Round(sensor * 16.0) / 16.0);
                learner.Update(dtS, duty, reading, pack);
                if (learner.ColdPackRatio > 0.0)
                {
                    result.PackTicks++;
                }

                Fold(ref hash, learner.HasModel ? 1UL : 0UL);
                Fold(ref hash, (ulong)learner.Generation);
                Fold(ref hash, (ulong)learner.Switches);
                Fold(ref hash, (ulong)learner.PlausibleCount);
                Fold(ref hash, learner.ResidualRmsC);
                Fold(ref hash, learner.ResidualWithoutPackRmsC);
                Fold(ref hash, learner.ColdPackRatio);
                Fold(ref hash, learner.WitnessResidualRmsC);
                learner.TryGetState(out double coreC, out double surfaceC, out double sensorC);
                Fold(ref hash, coreC);
                Fold(ref hash, surfaceC);
                Fold(ref hash, sensorC);
                learner.TryGetWitnessState(out coreC, out surfaceC, out sensorC);
                Fold(ref hash, coreC);
                Fold(ref hash, surfaceC);
                Fold(ref hash, sensorC);
                var model = new PadThermalModel();
                for (int k = 0; k < learner.PlausibleCount; k++)
                {
                    learner.GetCandidate(k, model, out coreC, out surfaceC);
                    Fold(ref hash, coreC);
                    Fold(ref hash, surfaceC);
                    Fold(ref hash, model.RiseC);
                    Fold(ref hash, model.SinkC);
                    Fold(ref hash, model.SensorLagS);
                }
            }

            result.Signature = hash;
            return result;
        }

        private static ulong Next(ref ulong state)
        {
            state = (state * 6364136223846793005UL) + 1442695040888963407UL;
            return state >> 33;
        }

        private static double Unit(ref ulong state)
        {
            return Next(ref state) / (double)(1UL << 31);
        }

        private static void Fold(ref ulong hash, double value)
        {
            Fold(ref hash, (ulong)BitConverter.DoubleToInt64Bits(value));
        }

        private static void Fold(ref ulong hash, ulong value)
        {
            for (int i = 0; i < 8; i++)
            {
                hash ^= (value >> (8 * i)) & 0xFF;
                hash *= 1099511628211UL;
            }
        }

        internal sealed class LearnerRun
        {
            public ulong Signature { get; set; }

            public int PackTicks { get; set; }

            public int FractionalTicks { get; set; }

            public int FractionalWitnessTicks { get; set; }
        }
    }
}
