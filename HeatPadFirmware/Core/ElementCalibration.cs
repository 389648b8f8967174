namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The element's heat-balance parameters measured for this pad at assembly (session 19: docs/safety.md "Session 19: the
    /// element witness on the pad's true parameters"), as the element sensor sees them (its spot error included): the
    /// element's capacity C (J/K), its conductance to the surface G_cs (W/K) and to the room G_ca (W/K). The laminate does
    /// not change once built, only its load, so values measured in a fixture hold for the pad's life. When present and
    /// valid, <see cref="ElementModelLearner"/> adopts them at the first heat instead of its cold-start fit; absent or
    /// invalid (<see cref="IsValid"/> false), the learner fits as before. Immutable; allocated once at start-up.
    /// </summary>
    public sealed class ElementCalibration
    {
        /// <summary>Smallest plausible element capacity, J/K (10: <see cref="ElementModelLearner.MinCapacityJPerK"/>'s bound).</summary>
        public const double MinCapacityJPerK = ElementModelLearner.MinCapacityJPerK;

        /// <summary>Largest plausible element capacity, J/K (3,000: <see cref="ElementModelLearner.MaxCapacityJPerK"/>'s bound).</summary>
        public const double MaxCapacityJPerK = ElementModelLearner.MaxCapacityJPerK;

        /// <summary>Smallest plausible element-surface conductance, W/K (0.2: the learner's bound).</summary>
        public const double MinConductanceWPerK = ElementModelLearner.MinConductanceWPerK;

        /// <summary>Largest plausible element-surface conductance, W/K (30: the learner's bound).</summary>
        public const double MaxConductanceWPerK = ElementModelLearner.MaxConductanceWPerK;

        /// <summary>
        /// Largest element-room conductance, either sign, as a share of the element-surface one, fraction (1.0: the shipped pads'
        /// and the bench family's G_ca / G_cs are 0.06–0.27 in the pad files, the spot error's share ±0.15 (session 19's fixture
        /// fit); a back loss larger than the front one is not a heating pad).
        /// </summary>
        public const double MaxRoomShare = 1.0;

        /// <summary>Longest plausible lag of the element sensor behind the element, s (30: three times the simulated bond's worst 10 s).</summary>
        public const double MaxLagS = 30.0;

        private readonly double _lagS;
        private readonly double _capacityJPerK;
        private readonly double _conductanceWPerK;
        private readonly double _roomConductanceWPerK;

        /// <summary>
        /// A calibration: <paramref name="capacityJPerK"/> C, J/K (10–3,000); <paramref name="conductanceWPerK"/> G_cs, W/K
        /// (0.2–30); <paramref name="roomConductanceWPerK"/> G_ca, W/K (an effective term: within ±<see cref="MaxRoomShare"/> × G_cs; a fit against the surface puts the element sensor's
        /// spot error here, which can make it negative); <paramref name="lagS"/> the element sensor's first-order lag behind the
        /// element, s (0–<see cref="MaxLagS"/>). Values out of
        /// range (or NaN) make it invalid: the witness then ignores it.
        /// </summary>
        public ElementCalibration(double capacityJPerK, double conductanceWPerK, double roomConductanceWPerK, double lagS)
        {
            _lagS = lagS;
            _capacityJPerK = capacityJPerK;
            _conductanceWPerK = conductanceWPerK;
            _roomConductanceWPerK = roomConductanceWPerK;
        }

        /// <summary>Element capacity, J/K.</summary>
        public double CapacityJPerK
        {
            get { return _capacityJPerK; }
        }

        /// <summary>Element-surface conductance, W/K.</summary>
        public double ConductanceWPerK
        {
            get { return _conductanceWPerK; }
        }

        /// <summary>Element-room conductance, W/K.</summary>
        public double RoomConductanceWPerK
        {
            get { return _roomConductanceWPerK; }
        }

        /// <summary>The element sensor's lag behind the element, s.</summary>
        public double LagS
        {
            get { return _lagS; }
        }

        /// <summary>True when every value lies in its range (NaN never does).</summary>
        public bool IsValid
        {
            get
            {
                return _capacityJPerK >= MinCapacityJPerK && _capacityJPerK <= MaxCapacityJPerK
                    && _conductanceWPerK >= MinConductanceWPerK && _conductanceWPerK <= MaxConductanceWPerK
                    && _roomConductanceWPerK >= -MaxRoomShare * _conductanceWPerK && _roomConductanceWPerK <= MaxRoomShare * _conductanceWPerK
                    && _lagS >= 0.0 && _lagS <= MaxLagS;
            }
        }
    }
}
