namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Session heat limit: at most <see cref="SafetyLimits.MaxHeatMinutesPerSession"/> minutes of heat
    /// between leaving off and coming back to off (EU auto-off practice, heater-safety reference). The
    /// configuration already keeps every program inside it; this is the supervisor's own backstop should the
    /// session logic ever fail to end a heat phase.
    /// </summary>
    public sealed class SessionHeatLimit
    {
        private long _heatMs;

        /// <summary>Heat time of the current session so far, ms.</summary>
        public long HeatMs
        {
            get { return _heatMs; }
        }

        /// <summary>
        /// Adds <paramref name="dtMs"/> (≥ 0) when heat was wanted over it; a session that ends resets the
        /// count. True when the session has had more heat than the limit.
        /// </summary>
        public bool Update(long dtMs, bool heatWasWanted, bool sessionActive)
        {
            if (!sessionActive)
            {
                _heatMs = 0;
                return false;
            }

            if (heatWasWanted && dtMs > 0)
            {
                _heatMs += dtMs;
            }

            return _heatMs > SafetyLimits.MaxHeatMinutesPerSession * 60000L;
        }
    }
}
