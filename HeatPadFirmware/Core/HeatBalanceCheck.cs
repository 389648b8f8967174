namespace HeatPadFirmware.Core
{
    /// <summary>
    /// A reading that stands still under sustained heat must stand where that heat can hold a pad. At a standstill the
    /// power going in leaves through the pad's conductances to the room, the body and the bedding, so the mean power over
    /// the reading's rise over the room is the conductance that would be holding it there. Every pad of the design range
    /// holds its reading with far less (heater-safety reference: surface–body 3–6 W/K, free air 1.2 W/K, folded 0.3 W/K;
    /// the body itself is warmer than the room, which only lowers the figure). A strip of sensors sliding off the pad
    /// reads room + w × the pad's rise on both sensors, and while w falls the reading stands still low under full power
    /// while the pad climbs unseen (review 10 HIGH-2: folded-covered ran to 72–83 °C with no fault; nothing else sees it,
    /// because the two sensors agree and every model was learned from the loosened readings).
    /// <para>The check: while heat is wanted and the element's power is known, the reading's slow rate
    /// (<see cref="RateTimeConstantS"/>) and the mean duty (same time constant) are followed; once the reading has stood
    /// still (rate ≤ <see cref="MaxStillRateCPerS"/>) for <see cref="StillS"/> with the mean duty at least
    /// <see cref="MinMeanDutyFraction"/>, after <see cref="MinHeatS"/> of heat, and the mean power over the reading's rise
    /// over the room is more than <see cref="MaxHoldingConductanceWPerK"/>, the sensors are not reading the pad and it
    /// latches (the supervisor names it <see cref="FaultCode.SensorDetached"/>). The room is the lowest reading since
    /// power-on, trusted up to <see cref="RoomReadingCheck.MaxRoomC"/>.</para>
    /// Nothing is allocated after construction.
    /// </summary>
    public sealed class HeatBalanceCheck
    {
        /// <summary>
        /// Highest conductance, W/K, that may hold a standing reading over the room, 6.5 (≥ 0). The design range: body contact
        /// 3–6 W/K, free air 1.2 W/K (heater-safety reference), and a body at 34 °C warms the pad, which only lowers the figure;
        /// the worst physical case is a strong element on a body in a warm room, P / (34 − 26 °C) ≈ 8.75 W/K for 70 W, reached
        /// only by a reading standing at the body's temperature under full power — 6.5 is under it, so the figure rests on the
        /// simulated normal life, not on a bound. Simulated (session 10): over faults seed 1's four normal-life groups (2,200
        /// sessions: preheats, users lying down and getting up, sags, cold packs in the cool phases, two pockets apart, rooms
        /// 16–26 °C) the highest figure judged was 3.71 W/K (session 100778; pockets 2.83, contrast 1.42), and seeds 1–6 latch
        /// nothing new; the strip loosening on the folded pad reaches 8–22 W/K (two paces or one, from 60 or 300 s) before its
        /// surface reaches 45 °C.
        /// </summary>
        public const double MaxHoldingConductanceWPerK = 6.5;

        /// <summary>Time constant of the reading's slow rate and of the mean duty, 120 s: the 1/16 °C steps smooth to about 0.0005 °C/s (as <see cref="SensorAgreementCheck.SlowRateTimeConstantS"/>).</summary>
        public const double RateTimeConstantS = 120.0;

        /// <summary>Slow rate at or under which the reading stands still, °C/s, 0.0005 (0.03 °C/min): a pad heating from the room rises tens of times faster, one at its equilibrium stands.</summary>
        public const double MaxStillRateCPerS = 0.0005;

        /// <summary>Time the reading must stand still before it is judged, 90 s (three quarters of the rate time constant: a turning point of a fall or a rise passes through a still rate only briefly; review 10's two-pace case with paces 120 / 600 s stands still 99–110 s before its fall under full power turns back to a rise, so 120 s missed it; normal life seeds 1–6 judged the same at 90 s as at 120 s, session 10).</summary>
        public const double StillS = 90.0;

        /// <summary>Least mean duty judged, 0.5: in a hold at a reached setpoint the reading stands still at the duty that holds it, and below half power the figure says little.</summary>
        public const double MinMeanDutyFraction = 0.5;

        /// <summary>Heat time of the stretch before anything is judged, 300 s: the heat of the stretch must have reached the pad (the heaviest shipped pad's sensor lag and surface response).</summary>
        public const double MinHeatS = 300.0;

        /// <summary>Least rise over the room judged, 0.5 °C (8 DS18B20 steps): under it the figure is the noise's.</summary>
        public const double MinRiseC = 0.5;

        private bool _hasRoom;
        private double _roomC;
        private bool _hasLast;
        private double _lastC;
        private double _rateCPerS;
        private double _meanDuty;
        private double _heatS;
        private double _stillS;

        /// <summary>The last conductance judged, W/K (0 before any): the mean power over the reading's rise over the room.</summary>
        public double HoldingConductanceWPerK { get; private set; }

        /// <summary>
        /// One trusted reading. <paramref name="temperatureC"/>: the fused reading, °C. <paramref name="dtS"/>: seconds since
        /// the last trusted one (≥ 0). <paramref name="dutyFraction"/>: the mean duty applied over that time (0..1).
        /// <paramref name="heatWanted"/>: the session wants heat. <paramref name="fullPowerW"/>: the element's power at full
        /// duty, W (≤ 0: unknown, nothing judged). True when the reading stands still too low for the heat going in.
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, bool heatWanted, double fullPowerW)
        {
            if (!(dtS > 0.0))
            {
                dtS = 0.0;
            }

            if (!_hasRoom || temperatureC < _roomC)
            {
                _roomC = temperatureC;
                _hasRoom = true;
            }

            double weight = dtS / (RateTimeConstantS + dtS);
            if (_hasLast && dtS > 0.0)
            {
                _rateCPerS += (((temperatureC - _lastC) / dtS) - _rateCPerS) * weight;
            }

            _hasLast = true;
            _lastC = temperatureC;
            if (!heatWanted || !(fullPowerW > 0.0) || _roomC > RoomReadingCheck.MaxRoomC)
            {
                _heatS = 0.0;
                _stillS = 0.0;
                _meanDuty = 0.0;
                return false;
            }

            _heatS += dtS;
            _meanDuty += (HeaterDutyLimits.Clamp(dutyFraction) - _meanDuty) * weight;
            bool still = _rateCPerS <= MaxStillRateCPerS && _meanDuty >= MinMeanDutyFraction;
            _stillS = still ? _stillS + dtS : 0.0;
            double riseC = temperatureC - _roomC;
            if (_heatS < MinHeatS || _stillS < StillS || riseC < MinRiseC)
            {
                return false;
            }

            HoldingConductanceWPerK = fullPowerW * _meanDuty / riseC;
            return HoldingConductanceWPerK > MaxHoldingConductanceWPerK;
        }

        /// <summary>Forgets the heat stretch and the rates (after a cleared fault); the room, the lowest reading since power-on, stays.</summary>
        public void Reset()
        {
            _hasLast = false;
            _rateCPerS = 0.0;
            _meanDuty = 0.0;
            _heatS = 0.0;
            _stillS = 0.0;
            HoldingConductanceWPerK = 0.0;
        }
    }
}
