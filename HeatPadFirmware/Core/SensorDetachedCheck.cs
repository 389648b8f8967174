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

        /// <summary>
        /// Slowest fall the second envelope follows while the heater works hard, 0.05 °C/s (3 °C a minute). Under
        /// hard work (mean duty ≥ <see cref="HeatingFailedCheck.HardDutyFraction"/>) an attached reading falls only
        /// when a new sink takes the pad: the 10 W pad losing its body falls 3.3 °C in 40 s and 8.3 °C in 5 min
        /// (usb-10w, level 5, simulated), 1.3 °C ahead of this envelope at most. A sensor with the slowest shipped
        /// lag (thick-slow, 35 s) leaving a 40 °C pad falls 6.9 °C in its first 17 s.
        /// </summary>
        public const double HardWorkCoolingCPerS = 0.05;

        /// <summary>
        /// Distance under the hard-work envelope that proves detachment, 5.0 °C, with the reading within
        /// <see cref="HardWorkRoomBandC"/> of the room (else <see cref="HardWorkFarFallC"/>): beyond what a body lying down on a
        /// pre-heated pad (4.1 °C under the setpoint, thick-slow level 5), a supply sag (3.4 °C) or the 10 W pad
        /// losing its body (1.3 °C ahead of the envelope in a 22 °C room, 5.0 °C in a 16 °C one) pull the reading under full power.
        /// </summary>
        public const double HardWorkFallC = 5.0;

        /// <summary>
        /// Height over the room within which a reading <see cref="HardWorkFallC"/> under the hard-work envelope latches,
        /// 6.0 °C. Session 7 (the campaign's rooms drawn 16–26 °C): usb-10w losing its body at full power in a 16 °C room
        /// falls 10 °C toward its off-body plateau (room + P / G ≈ room + 8 °C at 90 % supply) and came 5.0 °C under this
        /// envelope 8–9 °C over the room (campaign seeds 1 and 3 with the room pinned at 16 °C: 100696, 300160, 300738; the
        /// largest lead of 1,800 such sessions 5.02 °C). A sensor off the pad falls to the room itself: the full-power heat
        /// holds an attached one P / G over it.
        /// </summary>
        public const double HardWorkRoomBandC = 6.0;

        /// <summary>
        /// Distance under the hard-work envelope that latches however high over the room the reading still is, 6.0 °C (and
        /// whenever the room is unknown, <see cref="HardWorkFallC"/>): 1 °C past the largest lead of a pad losing its body
        /// in a 16 °C room (5.02 °C, <see cref="HardWorkRoomBandC"/>). Cost (faults seed 1, both sensors detached at 600 and
        /// 1800 s on thick-slow, whose 35 s lag leaves the reading over room + 6 °C when the lead reaches 5 °C): named
        /// 13–21 s → 15–39 s after the onset, peaks +0.1 °C at most; every row's worst and median unchanged.
        /// </summary>
        public const double HardWorkFarFallC = 6.0;

        /// <summary>Highest lowest-reading the check takes for the room, 30 °C (<see cref="RoomReadingCheck.MaxRoomC"/>): a pad switched on warm has no room yet.</summary>
        public const double MaxRoomC = RoomReadingCheck.MaxRoomC;

        private bool _hasRoom;
        private double _roomC;
        private bool _hasEnvelope;
        private double _envelopeC;
        private bool _hasHardEnvelope;
        private double _hardEnvelopeC;

        /// <summary>
        /// Feeds one trusted reading, the seconds since the last (≥ 0), the mean duty applied over them (0..1)
        /// and whether heat is wanted this tick. True when the sensor is detached while heat is wanted.
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, bool heatWanted)
        {
            // The room: the lowest trusted reading since power-on (the pad starts at rest; kept through a cleared fault).
            if (!_hasRoom || temperatureC < _roomC)
            {
                _hasRoom = true;
                _roomC = temperatureC;
            }

            if (!heatWanted)
            {
                _hasEnvelope = false;
                _hasHardEnvelope = false;
                HardWorkLeadC = 0.0;
                return false;
            }

            if (UpdateHardEnvelope(temperatureC, dtS, dutyFraction))
            {
                return true;
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

        /// <summary>How far the last reading lay under the hard-work envelope, °C (0 when at or over it, or with no envelope yet); <see cref="HardWorkFallC"/> latches.</summary>
        public double HardWorkLeadC { get; private set; }

        /// <summary>Forgets the history.</summary>
        public void Reset()
        {
            _hasEnvelope = false;
            _hasHardEnvelope = false;
            HardWorkLeadC = 0.0;
        }

        private bool UpdateHardEnvelope(double temperatureC, double dtS, double dutyFraction)
        {
            if (!_hasHardEnvelope)
            {
                _hasHardEnvelope = true;
                _hardEnvelopeC = temperatureC;
                HardWorkLeadC = 0.0;
                return false;
            }

            // The more heat goes in, the slower an attached pad can cool: the envelope falls at the fastest
            // cooling without heat (MaxCoolingCPerS) at duty 0 and at HardWorkCoolingCPerS from hard work up,
            // linearly in between. A sensor falling toward the room with its own lag outruns it.
            double duty = HeaterDutyLimits.Clamp(dutyFraction);
            double hardShare = duty >= HeatingFailedCheck.HardDutyFraction ? 1.0 : duty / HeatingFailedCheck.HardDutyFraction;
            double rateCPerS = MaxCoolingCPerS - ((MaxCoolingCPerS - HardWorkCoolingCPerS) * hardShare);
            _hardEnvelopeC -= rateCPerS * dtS;
            if (temperatureC > _hardEnvelopeC)
            {
                _hardEnvelopeC = temperatureC;
            }

            HardWorkLeadC = _hardEnvelopeC - temperatureC;
            bool roomKnown = _hasRoom && _roomC <= MaxRoomC;
            bool nearRoom = !roomKnown || temperatureC <= _roomC + HardWorkRoomBandC;
            return HardWorkLeadC >= HardWorkFarFallC || (nearRoom && HardWorkLeadC >= HardWorkFallC);
        }
    }
}
