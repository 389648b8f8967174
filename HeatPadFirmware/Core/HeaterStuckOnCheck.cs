namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Heater stuck on (a shorted MOSFET, Marlin #13198, Klipper #229): the reading rises although the duty
    /// has been 0 while the cut-off was closed. Only the independent cut-off can stop it; the fault survives a
    /// long press (<see cref="FaultCodeNames.IsClearableByUser"/>). After the duty drops to 0 the heat stored in
    /// the core keeps warming the surface for a while, so the check waits <see cref="SettleS"/> and then
    /// measures the rise over the lowest reading since.
    /// <para>A controller that coasts onto its setpoint (full power, then duty 0 while the core's stored heat
    /// carries the surface up) also shows a rise at duty 0, for minutes on a thick pad. That rise ends at the
    /// setpoint; a stuck heater's does not. So the rise only counts once the reading is also
    /// <see cref="AboveSetpointC"/> over the setpoint: past anything a coast or the allowed overshoot reaches.</para>
    /// <para>It is the backup of the current witness (<see cref="HeaterCurrentCheck"/>): a folded pad or a user
    /// getting up after a full-power approach still coasts past that margin on stored heat (12 of 90 folded runs
    /// tripped it in the session-2 campaign), which no temperature margin below the over-temperature limit can
    /// rule out. The supervisor therefore feeds it only while the current sense is not trusted; with a trusted
    /// sense a short shows directly as current at duty 0.</para>
    /// </summary>
    public sealed class HeaterStuckOnCheck
    {
        /// <summary>
        /// Seconds at duty 0 before the check looks, 30 s: the core–surface exchange of the shipped pads has
        /// a fast time constant of 8–40 s (thick-slow 142 s, which is also the slowest to reach 48 °C stuck on:
        /// 471 s from 44.5 °C at 13.2 V) plus the sensor lag of 8–35 s.
        /// </summary>
        public const double SettleS = 30.0;

        /// <summary>Rise over the lowest reading since settling that proves heat, 1.0 °C (20× the noise σ).</summary>
        public const double RiseC = 1.0;

        /// <summary>
        /// Margin over the setpoint the reading must pass as well, 1.0 °C: over three times the 0.3 °C overshoot
        /// the controller is allowed, and twice the worst coast the bench has seen (0.5–0.6 °C on thick pads with a
        /// 35 s sensor lag, plus a noisy LSB), so a coast onto the setpoint never trips; a stuck heater at full
        /// power passes it within a minute, still 1.5 °C or more below <see cref="SafetyLimits.OverTemperatureC"/>.
        /// </summary>
        public const double AboveSetpointC = 1.0;

        private double _zeroS;
        private bool _hasLowest;
        private double _lowestC;

        /// <summary>
        /// Feeds one trusted reading, the seconds since the last (≥ 0), the duty applied over them, whether
        /// the cut-off was closed over them, and the setpoint in force (°C). True when the heater heats with duty 0.
        /// </summary>
        public bool Update(double temperatureC, double dtS, double lastDutyFraction, bool cutoffWasClosed, double setpointC)
        {
            if (!cutoffWasClosed || lastDutyFraction > 0.0)
            {
                _zeroS = 0.0;
                _hasLowest = false;
                return false;
            }

            _zeroS += dtS;
            if (_zeroS < SettleS)
            {
                return false;
            }

            if (!_hasLowest || temperatureC < _lowestC)
            {
                _hasLowest = true;
                _lowestC = temperatureC;
            }

            return temperatureC >= _lowestC + RiseC && temperatureC >= setpointC + AboveSetpointC;
        }

        /// <summary>Forgets the history.</summary>
        public void Reset()
        {
            _zeroS = 0.0;
            _hasLowest = false;
        }
    }
}
