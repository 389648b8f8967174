using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Session
{
    /// <summary>
    /// What a simulated user does: pick a program and a level while the pad is off, press power once,
    /// then leave the pad alone for <see cref="Minutes"/> of simulated time.
    /// </summary>
    public sealed class SessionScenario
    {
        /// <summary>The pad to simulate.</summary>
        public required PadParameters Pad { get; init; }

        /// <summary>Heat level 1..5.</summary>
        public int Level { get; init; } = 3;

        /// <summary>Therapy program.</summary>
        public TherapyProgram Program { get; init; } = TherapyProgram.HotCold;

        /// <summary>Simulated minutes, 1..1440.</summary>
        public double Minutes { get; init; } = 40;

        /// <summary>Seed of the sensor noise.</summary>
        public int Seed { get; init; } = 1;

        /// <summary>
        /// Control tick in ms, 700..5000 (the device runs 1,000 ms). Under 700 ms the heater current witness judges no
        /// reading (<see cref="HeatPadFirmware.Core.HeaterCurrentCheck.MinJudgedIntervalMs"/>: the sense's 100 ms filter
        /// still holds the previous duty's current), so by design the firmware gives no heat: a session at 500 ms ticks
        /// would only show a cold pad.
        /// </summary>
        public int TickMs { get; init; } = 1000;

        /// <summary>Firmware configuration (defaults unless a test changes it).</summary>
        public TherapyConfig Config { get; init; } = new TherapyConfig();

        /// <summary>Throws <see cref="ArgumentException"/> naming the first value out of range.</summary>
        public void Validate()
        {
            if (Level < 1 || Level > TherapyConfig.LevelCount)
            {
                throw new ArgumentException($"level must be 1..5, got {Level}");
            }

            if (!(Minutes >= 1 && Minutes <= 1440))
            {
                throw new ArgumentException($"minutes must be 1..1440, got {Minutes}");
            }

            if (TickMs < HeatPadFirmware.Core.HeaterCurrentCheck.MinJudgedIntervalMs || TickMs > 5000)
            {
                throw new ArgumentException($"tick must be {HeatPadFirmware.Core.HeaterCurrentCheck.MinJudgedIntervalMs}..5000 ms (under {HeatPadFirmware.Core.HeaterCurrentCheck.MinJudgedIntervalMs} ms the heater current witness judges nothing and the firmware gives no heat), got {TickMs}");
            }
        }
    }
}
