namespace HeatPadFirmware.Core
{
    /// <summary>
    /// A one-shot sound the device plays when the core asks for it (the device adapter owns the
    /// tone pattern). Distinct rhythms let a user lying on the pad follow the session without looking.
    /// </summary>
    public enum BuzzerCue
    {
        /// <summary>Nothing to play this tick.</summary>
        None = 0,

        /// <summary>A key was accepted (one short click).</summary>
        Click = 1,

        /// <summary>A session started: one long rising beep.</summary>
        SessionStart = 2,

        /// <summary>Heat phase over: apply the cold pack now (two double beeps).</summary>
        ApplyColdPack = 3,

        /// <summary>Cool phase over: remove the cold pack, heat resumes (three short beeps).</summary>
        RemoveColdPack = 4,

        /// <summary>The session ended (one long falling beep).</summary>
        SessionEnd = 5,

        /// <summary>A fault latched (a repeating alarm until acknowledged).</summary>
        Fault = 6,

        /// <summary>A key was refused (a low buzz): e.g. a fault that cannot be cleared yet.</summary>
        Refused = 7,
    }

    /// <summary>Protocol names of <see cref="BuzzerCue"/>.</summary>
    public static class BuzzerCueNames
    {
        /// <summary>Snake-case name of the cue; "none" for <see cref="BuzzerCue.None"/>.</summary>
        public static string Of(BuzzerCue cue)
        {
            switch (cue)
            {
                case BuzzerCue.Click:
                    return "click";
                case BuzzerCue.SessionStart:
                    return "session_start";
                case BuzzerCue.ApplyColdPack:
                    return "apply_cold_pack";
                case BuzzerCue.RemoveColdPack:
                    return "remove_cold_pack";
                case BuzzerCue.SessionEnd:
                    return "session_end";
                case BuzzerCue.Fault:
                    return "fault";
                case BuzzerCue.Refused:
                    return "refused";
                default:
                    return "none";
            }
        }
    }
}
