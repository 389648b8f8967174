namespace HeatPadFirmware.Core
{
    /// <summary>What the pad is doing as a whole.</summary>
    public enum SessionPhase
    {
        /// <summary>Idle: no session, heater off.</summary>
        Off = 0,

        /// <summary>A heat phase: the controller holds the level's setpoint.</summary>
        Heat = 1,

        /// <summary>A cool-down phase: heater off while the user applies a cold pack.</summary>
        Cool = 2,

        /// <summary>A latched fault: heater off, cut-off open, until cleared.</summary>
        Fault = 3,
    }

    /// <summary>Protocol names of <see cref="SessionPhase"/>.</summary>
    public static class SessionPhaseNames
    {
        /// <summary>"off", "heat", "cool" or "fault".</summary>
        public static string Of(SessionPhase phase)
        {
            switch (phase)
            {
                case SessionPhase.Heat:
                    return "heat";
                case SessionPhase.Cool:
                    return "cool";
                case SessionPhase.Fault:
                    return "fault";
                default:
                    return "off";
            }
        }
    }
}
