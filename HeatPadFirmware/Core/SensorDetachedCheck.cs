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
    /// <para>A fall already under way when heat becomes wanted (a cold pack lifted in a short off press: the sensor's lag still
    /// draining) is carried into the heat and judged once the reading turns, stalls over the room or reaches it
    /// (<see cref="CarriedFallCPerS"/>, session 10).</para>
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
        /// 13–21 s → 15–39 s after the onset, peaks +0.1 °C at most; every row's worst and median unchanged. Since session 32 only while
        /// the reading falls to the room at the pace of a sensor off the pad on a weak pad (<see cref="HardWorkFarFallLagS"/>,
        /// <see cref="PacedFarFallMaxFullPowerW"/>).
        /// </summary>
        public const double HardWorkFarFallC = 6.0;

        /// <summary>
        /// Time over which a reading more than <see cref="HardWorkRoomBandC"/> over the room must be falling to the room for the far
        /// fall (<see cref="HardWorkFarFallC"/>) to latch, 60 s: it latches only while the reading falls at least (reading − room) / 60 s
        /// (smoothed over <see cref="FallRateSmoothingS"/>). A sensor off the pad falls toward the room itself at (reading − room) / lag,
        /// the lag at most 40 s (the design range's slowest, <see cref="CarriedFallMaxS"/>; thick-slow 35 s): every row the far fall
        /// names first in faults seed 1 with the rooms at 12, 16 and 22 °C (sensors detached, 7.4–20.3 °C over the room) fell at
        /// (reading − room) / 14–37 s at its latch, the slowest thick-slow's (session 32, far32). An attached reading under full power
        /// falls toward room + P / G at the pad's own pace: usb-10w's user getting up in a 12 °C room (30 of the normal group's 40 false
        /// trips, 20 of the lying-down group's 51, the 15 usb-10w BodyOff rows) reached the far fall 10–14.6 °C over the room falling
        /// 0.07–0.13 °C/s, (reading − room) / 107 s and slower, and its lead grew to 7.6 °C while its fall slowed. 60 s: 1.6 times the
        /// slowest detached fall, 1.8 times under the fastest attached one. With no room known, or on a pad over
        /// <see cref="PacedFarFallMaxFullPowerW"/>, the far fall latches as before.
        /// </summary>
        public const double HardWorkFarFallLagS = 60.0;

        /// <summary>
        /// Highest full power, W, of a pad whose far fall waits for the pace of <see cref="HardWorkFarFallLagS"/>, 20 W; over it, or with
        /// the full power not yet known, the far fall latches on the lead alone as before. A weak pad's full power cannot hold its
        /// reading far over a cold room once its body leaves (usb-10w: 8.1–12.1 W on the campaign's 90–110 % supply, off-body plateau
        /// room + P / G ≈ room + 8 °C at 90 %, session 7): that is the fall the pace tells from a sensor leaving. A pad of 60 W and up (the
        /// next weakest shipped, strong-60w) holds it far over any room, and the pace needs the true room: on a pad switched on 10 °C
        /// under its room (<c>faults --cold-start 10</c>) the room the check knows is 10 °C low and thick-slow's (80 W) detached sensors
        /// fell toward the air slower than (reading − known room) / 60 s; the pace alone named 17 of them later, 8 not at all
        /// (session 32, far32).
        /// </summary>
        public const double PacedFarFallMaxFullPowerW = 20.0;

        /// <summary>
        /// Highest full-power ceiling, °C (the learned model's steady surface at duty 1, room + P / G on its present load), of a pad whose
        /// far fall waits for the pace of <see cref="HardWorkFarFallLagS"/>, 43 °C: the burn dose's floor (<see cref="BurnDose.DoseFloorC"/>;
        /// ISO 13732-1 gives 43 °C for 8 h and longer, IEC 60601-1 limits applied parts to 43 °C for contact of 10 min or more), so a pad
        /// under it cannot burn whatever its sensors do. Power alone is not what burns (session 33, weak33): a 16 W pad between layers of
        /// insulation reaches room + P / G = 77 °C in a 22 °C room, and with both sensors slid into a place 8 °C over the room (40 s lag)
        /// it fell slower than the pace, so far32's form named it 291 s after the onset, 201 s past 48 °C (62 s, 46.2 °C without the
        /// pace). The 10 W pad of far32's 12 °C bedroom learns a ceiling of about 35 °C.
        /// </summary>
        public const double PacedFarFallMaxCeilingC = BurnDose.DoseFloorC;

        /// <summary>
        /// Fall rate of the reading at the heat's start, 0.1 °C/s (smoothed over <see cref="FallRateSmoothingS"/> while no heat is
        /// wanted), over which the fall is one begun with no heat and carried into it: a latch of either envelope is then withheld
        /// while the reading is still falling over the room band, and ends one of three ways. The reading turns up
        /// <see cref="CarriedFallTurnC"/> over its lowest since the heat's start, or its fall stalls (under
        /// <see cref="CarriedFallStallCPerS"/>) more than <see cref="RoomReadingCheck.NearRoomC"/> over the room: the sensor reached
        /// the surface it lagged behind, which the heat holds over the room — nothing latches and both envelopes start afresh there.
        /// The reading comes within <see cref="RoomReadingCheck.NearRoomC"/> of the room still falling, or
        /// <see cref="CarriedFallMaxS"/> runs out: a withheld latch latches then. Session 9 (r002): a cold pack laid on for the
        /// first seconds of an off press and lifted leaves an attached sensor's lagged reading falling 0.4 °C/s and more under the
        /// restarted full power for one to two lags (random-002, 30 s lag, 1000 W/K for 5 s: 35.2 °C at the restart, lowest
        /// 27.4 °C 53 s after it, 5.4 °C over the room, turned up 0.25 °C about 70 s after it; the hard-work envelope's lead
        /// 5.7 °C). A sensor off the pad falls to the room itself and does not stall over it. 0.1 °C/s: twice
        /// <see cref="HardWorkCoolingCPerS"/>, a quarter of the lagged falls seen.
        /// </summary>
        public const double CarriedFallCPerS = 0.1;

        /// <summary>Time constant of the smoothing of the reading's fall rate, 5 s with no heat wanted (<see cref="CarriedFallCPerS"/>) and under a carried fall (<see cref="CarriedFallStallCPerS"/>).</summary>
        public const double FallRateSmoothingS = 5.0;

        /// <summary>
        /// Rise of the reading (smoothed over <see cref="TurnSmoothingS"/>) over its lowest since the heat's start that shows the
        /// sensor answers the heat and ends a carried fall, 0.25 °C (<see cref="RoomReadingCheck.PadRiseC"/>: four DS18B20 steps).
        /// </summary>
        public const double CarriedFallTurnC = RoomReadingCheck.PadRiseC;

        /// <summary>Time constant of the smoothing of the reading for <see cref="CarriedFallTurnC"/> and <see cref="CarriedFallStallCPerS"/>, 3 s (<see cref="RoomReadingCheck.RiseSmoothingS"/>).</summary>
        public const double TurnSmoothingS = RoomReadingCheck.RiseSmoothingS;

        /// <summary>
        /// Fall rate of the smoothed reading under which a carried fall has stalled, 0.01 °C/s (<see cref="RoomReadingCheck.FallEnvelopeCPerS"/>,
        /// 0.6 °C a minute). A sensor off the pad falls toward the room at (reading − room) / lag: with the design range's slowest
        /// lag (40 s) at least 0.025 °C/s while it is more than <see cref="RoomReadingCheck.NearRoomC"/> over the room.
        /// </summary>
        public const double CarriedFallStallCPerS = 0.01;

        /// <summary>
        /// Longest time after the heat's start a carried fall withholds a latch, 120 s: three of the design range's slowest
        /// sensor lag (40 s; thick-slow 35–40 s, the bench's random family 10–40 s), past the one to two lags an attached
        /// lagged reading falls on (<see cref="CarriedFallCPerS"/>).
        /// </summary>
        public const double CarriedFallMaxS = 120.0;

        /// <summary>Highest lowest-reading the check takes for the room, 30 °C (<see cref="RoomReadingCheck.MaxRoomC"/>): a pad switched on warm has no room yet.</summary>
        public const double MaxRoomC = RoomReadingCheck.MaxRoomC;

        private bool _hasRoom;
        private double _roomC;
        private bool _hasEnvelope;
        private double _envelopeC;
        private bool _hasHardEnvelope;
        private double _hardEnvelopeC;
        private bool _hasLast;
        private double _lastC;
        private double _smoothC;
        private double _fallRateCPerS;
        private bool _lastHeatWanted;
        private bool _carriedFall;
        private double _carriedS;
        private double _carriedLowC;
        private bool _carriedLatch;
        private double _lastSmoothC;
        private double _carriedRateCPerS;
        private double _readingFallCPerS;

        /// <summary>
        /// Feeds one trusted reading, the seconds since the last (≥ 0), the mean duty applied over them (0..1)
        /// and whether heat is wanted this tick. True when the sensor is detached while heat is wanted.
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, bool heatWanted)
        {
            return Update(temperatureC, dtS, dutyFraction, heatWanted, 0.0);
        }

        /// <summary>
        /// As <see cref="Update(double, double, double, bool)"/>, with the element's full power, W (0: not yet known), for
        /// <see cref="PacedFarFallMaxFullPowerW"/>, on a pad whose full power is known not to reach <see cref="PacedFarFallMaxCeilingC"/>
        /// (far32's form, for the check's own tests; the supervisor passes the learned ceiling).
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, bool heatWanted, double fullPowerW)
        {
            return Update(temperatureC, dtS, dutyFraction, heatWanted, fullPowerW, double.MinValue);
        }

        /// <summary>
        /// As <see cref="Update(double, double, double, bool, double)"/>, with the surface the learned model puts the pad at under
        /// full power in steady state, °C (<see cref="PadThermalModel.SteadySurfaceC"/> at duty 1; <see cref="double.MaxValue"/> with
        /// no model): the far fall waits for the pace only on a weak pad whose ceiling is under <see cref="PacedFarFallMaxCeilingC"/>.
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, bool heatWanted, double fullPowerW, double fullPowerCeilingC)
        {
            return Update(temperatureC, dtS, dutyFraction, heatWanted, fullPowerW, fullPowerCeilingC, true);
        }

        /// <summary>
        /// As <see cref="Update(double, double, double, bool, double, double)"/>, with whether full power may still take this pad's surface
        /// to a burn on its present load by what the coupling check has seen (<see cref="SensorCouplingCheck.PadMayBurn"/>: false once
        /// the pad stood at a learned ceiling under <see cref="SensorCouplingCheck.MinCeilingC"/> under hard work, until its load
        /// changes): a pad seen so is a pad that cannot burn too, whatever a later fit extrapolates.
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, bool heatWanted, double fullPowerW, double fullPowerCeilingC, bool padMayBurn)
        {

            // The room: the lowest trusted reading since power-on (the pad starts at rest; kept through a cleared fault).
            if (!_hasRoom || temperatureC < _roomC)
            {
                _hasRoom = true;
                _roomC = temperatureC;
            }

            double stepS = dtS > 0.0 ? dtS : 0.0;
            bool heatStarts = heatWanted && !_lastHeatWanted;
            _lastHeatWanted = heatWanted;
            double lastC = _hasLast ? _lastC : temperatureC;
            if (!_hasLast)
            {
                _smoothC = temperatureC;
            }

            _hasLast = true;
            _lastC = temperatureC;
            _lastSmoothC = _smoothC;
            if (stepS > 0.0)
            {
                // The reading's fall rate, heat or no heat, for the far fall's pace (HardWorkFarFallLagS).
                _readingFallCPerS += (((lastC - temperatureC) / stepS) - _readingFallCPerS) * (stepS / (FallRateSmoothingS + stepS));
            }

            _smoothC += (temperatureC - _smoothC) * (stepS / (TurnSmoothingS + stepS));
            if (!heatWanted)
            {
                // The fall rate of the reading with no heat wanted (CarriedFallCPerS).
                if (stepS > 0.0)
                {
                    _fallRateCPerS += (((lastC - temperatureC) / stepS) - _fallRateCPerS) * (stepS / (FallRateSmoothingS + stepS));
                }

                _carriedFall = false;
                _hasEnvelope = false;
                _hasHardEnvelope = false;
                HardWorkLeadC = 0.0;
                return false;
            }

            if (heatStarts)
            {
                _carriedFall = _fallRateCPerS >= CarriedFallCPerS;
                _carriedS = 0.0;
                _carriedLowC = _smoothC;
                _carriedLatch = false;
                _carriedRateCPerS = _fallRateCPerS;
                _fallRateCPerS = 0.0;
            }

            bool latch = UpdateHardEnvelope(temperatureC, dtS, dutyFraction, fullPowerW, fullPowerCeilingC, padMayBurn);
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

                latch = latch || _envelopeC - temperatureC >= FallC;
            }

            if (!_carriedFall)
            {
                return latch;
            }

            // A fall carried from the off (CarriedFallMaxS): the latch waits for the reading's turn or the time's end.
            _carriedS += stepS;
            _carriedLatch = _carriedLatch || latch;
            if (_smoothC < _carriedLowC)
            {
                _carriedLowC = _smoothC;
            }

            if (stepS > 0.0)
            {
                _carriedRateCPerS += (((_lastSmoothC - _smoothC) / stepS) - _carriedRateCPerS) * (stepS / (FallRateSmoothingS + stepS));
            }

            bool overRoom = !_hasRoom || _roomC > MaxRoomC || _smoothC > _roomC + RoomReadingCheck.NearRoomC;
            if (_smoothC >= _carriedLowC + CarriedFallTurnC || (overRoom && _carriedRateCPerS < CarriedFallStallCPerS))
            {
                // The sensor answers the heat, or stands over the room: its fall was its lag. The envelopes judge afresh from here.
                _carriedFall = false;
                _hasEnvelope = false;
                _hasHardEnvelope = false;
                HardWorkLeadC = 0.0;
                return false;
            }

            if (!overRoom || _carriedS >= CarriedFallMaxS)
            {
                // At the room still falling, or out of time: a sensor off the pad.
                _carriedFall = false;
                return _carriedLatch;
            }

            return false;
        }

        /// <summary>How far the last reading lay under the hard-work envelope, °C (0 when at or over it, or with no envelope yet); <see cref="HardWorkFallC"/> latches.</summary>
        public double HardWorkLeadC { get; private set; }

        /// <summary>Forgets the history.</summary>
        public void Reset()
        {
            _carriedFall = false;
            _hasEnvelope = false;
            _hasHardEnvelope = false;
            HardWorkLeadC = 0.0;
        }

        private bool UpdateHardEnvelope(double temperatureC, double dtS, double dutyFraction, double fullPowerW, double fullPowerCeilingC, bool padMayBurn)
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
            // Far over the room the lead alone cannot tell a weak pad that lost its body under full power from a sensor off it (session
            // 32: the 10 W pad in a 12 °C room); the pace of the fall can (HardWorkFarFallLagS), on a weak pad (PacedFarFallMaxFullPowerW).
            // Since session 33 (weak33) only while the pad cannot burn, by its learned ceiling (PacedFarFallMaxCeilingC) or a ceiling seen
            // under 45 °C (padMayBurn): power is not what burns.
            bool weakPad = fullPowerW > 0.0 && fullPowerW <= PacedFarFallMaxFullPowerW && (fullPowerCeilingC < PacedFarFallMaxCeilingC || !padMayBurn);
            bool fallingToRoom = !roomKnown || !weakPad || _readingFallCPerS * HardWorkFarFallLagS >= temperatureC - _roomC;
            return (fallingToRoom && HardWorkLeadC >= HardWorkFarFallC) || (nearRoom && HardWorkLeadC >= HardWorkFallC);
        }
    }
}
