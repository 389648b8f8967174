namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Runaway by a detached sensor: the reading falls faster than the pad can cool while heat is wanted, so
    /// the sensor no longer sees the pad and the controller would heat it unseen. A falling-only envelope
    /// follows the reading down at the fastest physical cooling rate; a reading <see cref="FallC"/> under the
    /// envelope cannot be the pad and latches at once.
    /// <para>Only falls under heat count, and the envelope starts afresh each time heat becomes wanted. Outside
    /// heat a fast fall is normal use: the contrast program's cool phase invites a cold pack on the pad, which
    /// drops the reading at several °C per minute (review finding 8: an 8 °C pack latched this fault on the
    /// first tick of the next heat phase). A sensor that fell off while no heat was wanted is caught once heat
    /// starts by the heating watch (<see cref="HeatingFailedCheck"/>, armed at heat start) and by the energy
    /// witness.</para>
    /// </summary>
    public sealed class SensorDetachedCheck
    {
        /// <summary>
        /// Fastest cooling of an attached sensor, 0.3 °C/s. On the shipped pads the sensor cools at most
        /// 0.18 °C/s (usb-10w from 45 °C, heater off, on the body), a body lying down on a warm pad cools the
        /// surface at ≤ 0.3 °C/s (3 W/K × 15 K / 150 J/K); a sensor falling off a 45 °C pad into 22 °C air falls
        /// 0.6 (35 s lag) to 2.2 °C/s (10 s lag).
        /// </summary>
        public const double MaxCoolingCPerS = 0.3;

        /// <summary>Distance under the envelope that proves detachment, 3.0 °C (noise σ ≤ 0.05 °C; 1.3 °C is the largest 10 s fall of an attached sensor).</summary>
        public const double FallC = 3.0;

        private bool _hasEnvelope;
        private double _envelopeC;

        /// <summary>
        /// Feeds one trusted reading, the seconds since the last (≥ 0) and whether heat is wanted this tick.
        /// True when the sensor is detached while heat is wanted.
        /// </summary>
        public bool Update(double temperatureC, double dtS, bool heatWanted)
        {
            if (!heatWanted)
            {
                _hasEnvelope = false;
                return false;
            }

            if (!_hasEnvelope)
            {
                _hasEnvelope = true;
                _envelopeC = temperatureC;
                return false;
            }

            _envelopeC -= MaxCoolingCPerS * dtS;
            if (temperatureC > _envelopeC)
            {
                _envelopeC = temperatureC;
            }

            return _envelopeC - temperatureC >= FallC;
        }

        /// <summary>Forgets the history.</summary>
        public void Reset()
        {
            _hasEnvelope = false;
        }
    }
}
