namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The heat that went into the pad must be somewhere a reading this low can account for (session 11, issue 4). The pad
    /// stores S = Σ C·rise and loses at most <see cref="MaxLossConductanceWPerK"/> × its rise over the room, so from any
    /// moment on S grew by at least ∫(P − G·rise) dt; the running maximum over the start (a sum clamped at zero: it drains
    /// through every cool phase and off press with no reset) is a lower bound of the energy the pad now holds over the room.
    /// A pad whose sensors read it holds at most <see cref="MaxCapacityJPerK"/> × the reading's rise, plus what the heater's
    /// last <see cref="LagAllowanceS"/> of full power may hold in the element's core ahead of the reading (the sensor lag
    /// and the core–surface gap of the heaviest pad). More than that and the heat is somewhere the sensors do not see: a
    /// strip of sensors sliding off the pad (reading room + w × the pad's rise, w falling) under heat phases too short for
    /// <see cref="HeatBalanceCheck"/>'s 300 s of heat and 90 s standstill (faults seed 1, BothSensorsLooseningShortPhases:
    /// folded-covered ran to 74.6 °C with no fault; its reading creeps 0.1–0.25 °C/min, never still).
    /// Nothing is allocated after construction; the work per reading is constant.
    /// </summary>
    public sealed class EnergyBalanceCheck
    {
        /// <summary>
        /// Highest conductance, W/K, through which the pad loses heat per kelvin of reading over the room, 6.5 (as
        /// <see cref="HeatBalanceCheck.MaxHoldingConductanceWPerK"/>: body contact 3–6 W/K, free air 1.2 W/K; the body is
        /// warmer than the room, which only lowers the figure; rests on the simulated normal life, see that constant).
        /// </summary>
        public const double MaxLossConductanceWPerK = HeatBalanceCheck.MaxHoldingConductanceWPerK;

        /// <summary>
        /// Highest conductance, W/K, through which the pad loses heat per kelvin of reading over the room while no heat is
        /// wanted, 14.5: <see cref="MaxLossConductanceWPerK"/> plus the cold pack the contrast program announces for its cool
        /// phases (8 W/K, the campaign's `ColdPackWPerK`, review finding 8). Draining slower than the pad really loses would
        /// carry a cool phase's loss into the next heat as unexplained heat: at 6.5 W/K, 10 of faults seed 1's 400 contrast
        /// sessions latched (folded-covered, 5-min heats and long cool phases under the pack).
        /// </summary>
        public const double MaxUnheatedLossConductanceWPerK = MaxLossConductanceWPerK + 8.0;

        /// <summary>
        /// Highest heat capacity, J/K, a pad of the design range warms with its reading, 3,000: the heaviest shipped load is
        /// the folded pad under bedding (core 120 J/K + surface and bedding 2,500 J/K, pads/folded-covered.json), thick-slow
        /// 1,400 J/K; 3,000 is 15 % over the heaviest.
        /// </summary>
        public const double MaxCapacityJPerK = 3000.0;

        /// <summary>
        /// Seconds of the element's full power allowed on top of the capacity bound, 150: what the element's core and the
        /// sensor lag may hold ahead of the reading in a heat-up (thick-slow's core, 400 J/K, runs tens of kelvin ahead of
        /// its reading; its 1,000 J/K surface leaves 2,000 J/K × the rise of the capacity bound spare). Measured, not
        /// derived (session 11, faults seed 1): with 300 s the folded pad's short-phase loosening was named in 2 of its 10
        /// cases over 48 °C (L1 from 300 s: the excess peaked near 25 kJ against 40 kJ); with 150 s normal life seed 1 latches nothing.
        /// </summary>
        public const double LagAllowanceS = 150.0;

        private bool _hasRoom;
        private double _roomC;
        private double _excessJ;

        /// <summary>The energy put in beyond what the reading's rise could have lost, J (≥ 0): a lower bound of the heat the pad holds over the room.</summary>
        public double ExcessEnergyJ
        {
            get { return _excessJ; }
        }

        /// <summary>
        /// One trusted reading. <paramref name="temperatureC"/>: the fused reading, °C. <paramref name="dtS"/>: seconds since
        /// the last trusted one (≥ 0). <paramref name="dutyFraction"/>: the mean duty applied over that time (0..1).
        /// <paramref name="heatWanted"/>: the session wants heat (without it the cool phase's cold pack may lie on the pad).
        /// <paramref name="fullPowerW"/>: the element's power at full duty, W (≤ 0: unknown, nothing judged, nothing
        /// added). True when more heat went in than a pad this reading describes can hold.
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

            double riseC = temperatureC - _roomC;
            double powerW = fullPowerW > 0.0 ? fullPowerW * HeaterDutyLimits.Clamp(dutyFraction) : 0.0;
            double lossWPerK = heatWanted ? MaxLossConductanceWPerK : MaxUnheatedLossConductanceWPerK;
            _excessJ += (powerW - (lossWPerK * riseC)) * dtS;
            if (_excessJ < 0.0)
            {
                _excessJ = 0.0;
            }

            if (!(fullPowerW > 0.0) || _roomC > RoomReadingCheck.MaxRoomC)
            {
                return false;
            }

            return _excessJ > (MaxCapacityJPerK * riseC) + (LagAllowanceS * fullPowerW);
        }

        /// <summary>Forgets the energy (after a cleared fault); the room, the lowest reading since power-on, stays.</summary>
        public void Reset()
        {
            _excessJ = 0.0;
        }
    }
}
