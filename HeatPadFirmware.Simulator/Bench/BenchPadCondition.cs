using System;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Bench
{
    /// <summary>
    /// One pad in one condition of <see cref="BenchPadFamily.Walk"/>: <see cref="Pad"/> is <see cref="BasePad"/> in
    /// <see cref="Condition"/>; <see cref="TuneSeed"/> seeds the reference PID's relay autotune and <see cref="SensorSeed"/>
    /// each level's sensor and heater-sense noise; <see cref="Ordinal"/> counts the pad conditions walked so far, 1-based,
    /// the skipped free-air "air" included (the bench's progress).
    /// </summary>
    public sealed record BenchPadCondition(string Name, string Condition, PadParameters BasePad, PadParameters Pad, int TuneSeed, int Ordinal)
    {
        /// <summary>True for a pad of the seeded random family (random-000…), false for a shipped pad.</summary>
        public bool IsRandom => Name.StartsWith("random-", StringComparison.Ordinal);

        /// <summary>The bench's sensor and heater-sense seed of level <paramref name="level"/> (1..5) on this pad condition.</summary>
        public int SensorSeed(int level)
        {
            return TuneSeed + level;
        }
    }
}
