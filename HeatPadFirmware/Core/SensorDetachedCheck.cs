namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Runaway by a detached sensor: the reading falls faster than the pad can cool, so the sensor no longer
    /// sees the pad and the controller would heat it unseen. A falling-only envelope follows the reading
    /// down at the fastest physical cooling rate; a reading <see cref="FallC"/> under the envelope cannot be
    /// the pad. While heat is wanted it latches at once; in a cool phase (a cold pack may touch the sensor)
    /// it is remembered and latches when heat is next wanted, before any heat flows.
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
        private bool _suspect;

        /// <summary>True when a fall was seen outside heat and not yet answered.</summary>
        public bool Suspect
        {
            get { return _suspect; }
        }

        /// <summary>Feeds one trusted reading and the seconds since the last (≥ 0). True when the sensor is detached and heat is wanted.</summary>
        public bool Update(double temperatureC, double dtS, bool heatWanted, bool sessionActive)
        {
            if (!sessionActive)
            {
                _suspect = false;
            }

            if (!_hasEnvelope)
            {
                _hasEnvelope = true;
                _envelopeC = temperatureC;
            }
            else
            {
                _envelopeC -= MaxCoolingCPerS * dtS;
                if (temperatureC > _envelopeC)
                {
                    _envelopeC = temperatureC;
                }
            }

            if (_envelopeC - temperatureC >= FallC && sessionActive)
            {
                _suspect = true;
            }

            return _suspect && heatWanted;
        }

        /// <summary>Forgets the history.</summary>
        public void Reset()
        {
            _hasEnvelope = false;
            _suspect = false;
        }
    }
}
