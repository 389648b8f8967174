using System;
using System.Collections.Generic;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Bench
{
    /// <summary>
    /// The pads the bench runs on: the shipped pad files, then a seeded random family around the nominal
    /// pad with the spreads of issue 3 (heater 10–60 W at 12 V rated, core and surface capacities
    /// ×0.5–×3 each, body coupling 2–8 W/K, sensor lag 5–40 s, read noise 0.02–0.06 °C, supply 11–13 V).
    /// Each pad runs "body" (as built) and "air" (body coupling 0, the free-air pad's 1.2 W/K to the room).
    /// Sensors are unbiased: the figures are defined with an unbiased sensor. Each pad has two sensors: the second's
    /// lag is the first's × U(<see cref="MinSecondLagRatio"/>, <see cref="MaxSecondLagRatio"/>) (seeded), unbiased too; the
    /// shipped pads keep the second lag their file gives.
    /// </summary>
    public static class BenchPadFamily
    {
        /// <summary>
        /// Lowest ratio of sensor 2's lag to sensor 1's in the random family, 0.8. Both sensors sit in pockets of the same
        /// construction on the skin side of the same heated area (the hardware design), so their lags differ only by the
        /// pockets' tolerance, taken as ×0.8..×1.25 (bounds symmetric on a log scale: 0.8 = 1/1.25), drawn uniformly.
        /// </summary>
        public const double MinSecondLagRatio = 0.8;

        /// <summary>Highest ratio of sensor 2's lag to sensor 1's in the random family, 1.25 (see <see cref="MinSecondLagRatio"/>).</summary>
        public const double MaxSecondLagRatio = 1.25;

        /// <summary>Offset of the generator of sensor 2's lag ratios from the family's seed (seed × 31 + offset).</summary>
        public const int SecondSensorSeedOffset = 0x5EC2;

        /// <summary>Surface–ambient conductance in free air, W/K (pads/free-air.json).</summary>
        public const double FreeAirSurfaceToAmbientWPerK = 1.2;

        /// <summary>The shipped pads followed by <paramref name="randomCount"/> random pads (random-000…) drawn from <paramref name="seed"/>.</summary>
        public static List<(string Name, PadParameters Pad)> Build(int randomCount, int seed)
        {
            var pads = new List<(string, PadParameters)>();
            foreach (string name in PadFile.ShippedNames)
            {
                PadParameters p = PadFile.LoadShipped(name);
                pads.Add((name, p.With(sensorBiasC: 0.0, secondSensorBiasC: 0.0)));
            }

            PadParameters nominal = PadFile.LoadShipped("nominal-12v");
            var random = new Random(seed);
            // Sensor 2's lag ratio comes from its own generator, so the family's pads (and their first sensors) are the ones
            // the one-sensor bench drew for this seed.
            var pocketRandom = new Random(unchecked((seed * 31) + SecondSensorSeedOffset));
            for (int i = 0; i < randomCount; i++)
            {
                string name = "random-" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
                PadParameters p = nominal.With(
                    name: name,
                    heaterPowerW: Uniform(random, 10, 60),
                    ratedVoltageV: 12.0,
                    supplyVoltageV: Uniform(random, 11, 13),
                    coreCapacityJPerK: nominal.CoreCapacityJPerK * Uniform(random, 0.5, 3),
                    surfaceCapacityJPerK: nominal.SurfaceCapacityJPerK * Uniform(random, 0.5, 3),
                    surfaceToBodyWPerK: Uniform(random, 2, 8),
                    sensorLagS: Uniform(random, 5, 40),
                    sensorNoiseC: Uniform(random, 0.02, 0.06),
                    sensorBiasC: 0.0);
                p = p.With(
                    secondSensorLagS: p.SensorLagS * Uniform(pocketRandom, MinSecondLagRatio, MaxSecondLagRatio),
                    secondSensorBiasC: 0.0);
                pads.Add((name, p));
            }

            return pads;
        }

        /// <summary>The pad in a condition: "body" unchanged (a shipped pad without body contact stays so), "air" without the body.</summary>
        public static PadParameters InCondition(PadParameters p, string condition)
        {
            if (condition == "air")
            {
                return p.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: Math.Max(p.SurfaceToAmbientWPerK, FreeAirSurfaceToAmbientWPerK));
            }

            return p;
        }

        /// <summary>Conditions a pad runs in, in the bench's order.</summary>
        public static readonly string[] ConditionNames = { "body", "air" };

        /// <summary>
        /// The bench's walk over <paramref name="pads"/> (from <see cref="Build"/> with <paramref name="seed"/>): every pad in
        /// every condition of <see cref="ConditionNames"/> except the free-air pad "in air" (it is one already), each with the
        /// seeds the bench gives it. Every command that must meet the bench's cases (same sensor noise) walks this.
        /// </summary>
        public static IEnumerable<BenchPadCondition> Walk(List<(string Name, PadParameters Pad)> pads, int seed)
        {
            int caseSeed = seed * 7919;
            int index = 0;
            foreach (var (name, basePad) in pads)
            {
                foreach (string condition in ConditionNames)
                {
                    index++;
                    if (name == "free-air" && condition == "air")
                    {
                        continue;
                    }

                    yield return new BenchPadCondition(name, condition, basePad, InCondition(basePad, condition), caseSeed, index);
                    caseSeed += TherapyConfig.LevelCount;
                }
            }
        }

        private static double Uniform(Random random, double low, double high)
        {
            return low + (high - low) * random.NextDouble();
        }
    }
}
