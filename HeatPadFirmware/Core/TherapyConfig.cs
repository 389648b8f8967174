namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Every user-facing setting in one object, range-checked once at start-up by <see cref="Validate"/>:
    /// a configuration that fails refuses to heat (fault <see cref="FaultCode.InvalidConfiguration"/>).
    /// </summary>
    public sealed class TherapyConfig
    {
        /// <summary>Number of heat levels.</summary>
        public const int LevelCount = 5;

        /// <summary>
        /// Surface setpoints of levels 1..5 in °C (index 0 = level 1), each 30..<see cref="SafetyLimits.MaxSetpointC"/>,
        /// strictly increasing. Defaults 38 / 40 / 41.5 / 43 / 44.5: level 1 just above skin temperature
        /// (≈ 33 °C) for long gentle use; level 2 is the 40 °C that Nadler 2003 found effective for hours;
        /// level 4 is the 43 °C that IEC 60601-1 allows for contact of 10 min or more; level 5 stays 0.5 °C
        /// under the 45 °C cap so that an allowed 0.3 °C overshoot never crosses it.
        /// </summary>
        public readonly double[] LevelSetpointsC = new double[] { 38.0, 40.0, 41.5, 43.0, 44.5 };

        /// <summary>Level selected at power-on, 1..5. Default 2 (40 °C): effective and far from the burn range.</summary>
        public int DefaultLevel = 2;

        /// <summary>
        /// Most minutes of the <c>heat</c> program, <see cref="MinHeatPhaseMinutes"/>..<see cref="SafetyLimits.MaxHeatMinutesPerSession"/>.
        /// Default 90: the EU auto-off practice for heating pads.
        /// </summary>
        public int HeatProgramMinutes = 90;

        /// <summary>
        /// Shortest heat phase any program may have, 5 min. The integrity checks carry their evidence across phases
        /// (the room witness forgets it only as the pad cools; session 2 review: 1-min phases restarted them and let
        /// 599 full-power seconds into a detached sensor's pad), but a cool phase still delays the end: the faults
        /// campaign's DetachedShortPhases (contrast of these phases and 1-min cool phases, on every shipped pad and
        /// level) stops the heat at worst 127 s after the sensor fell off with 5-min phases, and 219 / 349 / 517 s
        /// (159 / 229 / 277 s of rated heat) with 3 / 2 / 1-min phases: beyond issue 4's 3 minutes.
        /// </summary>
        public const int MinHeatPhaseMinutes = 5;

        /// <summary>
        /// Heat phase of <c>hot-cold</c>, <see cref="MinHeatPhaseMinutes"/>..60 min. Default 20: consumer pad sessions are 15–20 min
        /// (heater-safety reference, "Skin, burns and therapy").
        /// </summary>
        public int HotColdHeatMinutes = 20;

        /// <summary>
        /// Cool-down phase of <c>hot-cold</c> (cold pack on, heater off), 1..30 min. Default 10: cold
        /// applications are usually kept to 10–20 min to avoid cold injury; the short end is chosen.
        /// </summary>
        public int HotColdCoolMinutes = 10;

        /// <summary>
        /// Heat phase of each <c>contrast</c> cycle, <see cref="MinHeatPhaseMinutes"/>..30 min. Default 6: contrast guides use warm:cold
        /// ratios of 3:1 to 4:1 over 20–30 min (heater-safety reference); 6:2 is 3:1.
        /// </summary>
        public int ContrastHeatMinutes = 6;

        /// <summary>Cool phase of each <c>contrast</c> cycle, 1..15 min. Default 2.</summary>
        public int ContrastCoolMinutes = 2;

        /// <summary>Number of <c>contrast</c> cycles, 1..10. Default 3: 3 × (6 + 2) = 24 min, inside 20–30 min.</summary>
        public int ContrastCycles = 3;

        /// <summary>Creates the default configuration.</summary>
        public TherapyConfig()
        {
        }

        /// <summary>Setpoint of <paramref name="level"/> (1..5, clamped) in °C.</summary>
        public double SetpointOfLevelC(int level)
        {
            if (level < 1)
            {
                level = 1;
            }

            if (level > LevelCount)
            {
                level = LevelCount;
            }

            return LevelSetpointsC[level - 1];
        }

        /// <summary>
        /// Checks every value against its documented range. Returns null when the configuration is
        /// valid, otherwise a message naming the first bad field.
        /// </summary>
        public string Validate()
        {
            if (LevelSetpointsC == null || LevelSetpointsC.Length != LevelCount)
            {
                return "LevelSetpointsC must hold 5 setpoints";
            }

            for (int i = 0; i < LevelCount; i++)
            {
                double setpointC = LevelSetpointsC[i];
                if (!CoreMath.IsFinite(setpointC) || setpointC < 30.0 || setpointC > SafetyLimits.MaxSetpointC)
                {
                    return "LevelSetpointsC[" + i.ToString() + "] must be 30..45 C";
                }

                if (i > 0 && !(setpointC > LevelSetpointsC[i - 1]))
                {
                    return "LevelSetpointsC must increase with the level";
                }
            }

            if (DefaultLevel < 1 || DefaultLevel > LevelCount)
            {
                return "DefaultLevel must be 1..5";
            }

            if (HeatProgramMinutes < MinHeatPhaseMinutes || HeatProgramMinutes > SafetyLimits.MaxHeatMinutesPerSession)
            {
                return "HeatProgramMinutes must be 5..90";
            }

            if (HotColdHeatMinutes < MinHeatPhaseMinutes || HotColdHeatMinutes > 60)
            {
                return "HotColdHeatMinutes must be 5..60";
            }

            if (HotColdCoolMinutes < 1 || HotColdCoolMinutes > 30)
            {
                return "HotColdCoolMinutes must be 1..30";
            }

            if (ContrastHeatMinutes < MinHeatPhaseMinutes || ContrastHeatMinutes > 30)
            {
                return "ContrastHeatMinutes must be 5..30";
            }

            if (ContrastCoolMinutes < 1 || ContrastCoolMinutes > 15)
            {
                return "ContrastCoolMinutes must be 1..15";
            }

            if (ContrastCycles < 1 || ContrastCycles > 10)
            {
                return "ContrastCycles must be 1..10";
            }

            if (ContrastCycles * ContrastHeatMinutes > SafetyLimits.MaxHeatMinutesPerSession)
            {
                return "ContrastCycles x ContrastHeatMinutes must be at most 90";
            }

            return null;
        }
    }
}
