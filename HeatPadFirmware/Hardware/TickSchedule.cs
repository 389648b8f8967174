namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// When the control loop's next tick starts. Plain C# (no clock read: times come in) so the host tests run it;
    /// Program.RunLoop is its only caller.
    /// <para>Three constraints, each from the hardware the loop drives:</para>
    /// <list type="bullet">
    /// <item>The grid: ticks one period apart, the spacing the core was designed and simulated with.</item>
    /// <item>The DS18B20s: each tick reads the conversion the previous tick started at the end of its bus traffic,
    /// ≈ 35–55 ms into that tick (both sensors read first), and a conversion takes up to 750 ms at 12 bit (datasheet,
    /// tCONV). A tick started less than <c>minSpacingUs</c> after the previous one reads nothing (Ds18b20Pair reports
    /// both readings invalid), so no tick
    /// starts sooner than that, even to catch up with the grid after a late start.</item>
    /// <item>The cut-off's dead-man: the core toggles the heartbeat once per tick, so its rising edges are two ticks
    /// apart, and the monostable opens the cut-off 2.6–4 s after the last one (hardware/README.md, "The dead-man").
    /// A tick that overran its period is therefore followed at once by the next (only one: the grid restarts from
    /// it, never a burst), not a full period after it ended: an overrun of d seconds then stretches two ticks to
    /// 1 + d s instead of 2 + d s, and the cut-off holds for overruns up to 1.6 s.</item>
    /// </list>
    /// </summary>
    internal static class TickSchedule
    {
        /// <summary>
        /// Scheduled start of the tick after the one scheduled at <paramref name="scheduledUs"/>, which started at
        /// <paramref name="startedUs"/> (≥ scheduled; a sleep can overshoot) and ended at <paramref name="nowUs"/>:
        /// the next grid point <paramref name="scheduledUs"/> + <paramref name="periodUs"/>, but not sooner than
        /// <paramref name="minSpacingUs"/> after <paramref name="startedUs"/>, and <paramref name="nowUs"/> when the
        /// tick overran both. All times µs on one monotonic clock.
        /// </summary>
        public static ulong NextStartUs(ulong scheduledUs, ulong startedUs, ulong nowUs, ulong periodUs, ulong minSpacingUs)
        {
            ulong nextUs = scheduledUs + periodUs;
            if (nextUs < startedUs + minSpacingUs)
            {
                nextUs = startedUs + minSpacingUs;
            }

            if (nextUs < nowUs)
            {
                nextUs = nowUs;
            }

            return nextUs;
        }
    }
}
