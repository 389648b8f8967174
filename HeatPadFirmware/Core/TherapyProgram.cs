namespace HeatPadFirmware.Core
{
    /// <summary>The therapy programs a user can pick with the <c>program</c> button.</summary>
    public enum TherapyProgram
    {
        /// <summary>Steady heat until stopped or the session limit.</summary>
        Heat = 0,

        /// <summary>One heat phase, then one cool-down phase with the heater off, then off.</summary>
        HotCold = 1,

        /// <summary>Several heat/cool cycles, then off.</summary>
        Contrast = 2,
    }

    /// <summary>Protocol names and order of <see cref="TherapyProgram"/>.</summary>
    public static class TherapyProgramNames
    {
        /// <summary>"heat", "hot-cold" or "contrast".</summary>
        public static string Of(TherapyProgram program)
        {
            switch (program)
            {
                case TherapyProgram.HotCold:
                    return "hot-cold";
                case TherapyProgram.Contrast:
                    return "contrast";
                default:
                    return "heat";
            }
        }

        /// <summary>The program after <paramref name="program"/>: heat → hot-cold → contrast → heat.</summary>
        public static TherapyProgram Next(TherapyProgram program)
        {
            switch (program)
            {
                case TherapyProgram.Heat:
                    return TherapyProgram.HotCold;
                case TherapyProgram.HotCold:
                    return TherapyProgram.Contrast;
                default:
                    return TherapyProgram.Heat;
            }
        }
    }
}
