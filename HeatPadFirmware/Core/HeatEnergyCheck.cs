namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The element's energy must show in the reading. Energy put into a pad is stored in it or lost from it; if the reading
    /// were the pad's, the pad could store at most <see cref="MaxCapacityJPerK"/> per kelvin the reading rose and lose at most
    /// <see cref="MaxAmbientWPerK"/> per kelvin over the room plus <see cref="MaxBodyWPerK"/> per kelvin over
    /// <see cref="BodyC"/>. What is left over is energy the reading does not see: heat still in the element's core behind the
    /// sensor's lag (a few kJ, at most about 21 kJ on the heaviest shipped pad), or a pad the sensor strip no longer reads.
    /// A strip loosening from the pad while the contrast program runs 5-min heat phases never lets
    /// <see cref="HeatBalanceCheck"/> see a standing reading (session 11: folded-covered's reading rose 0.2–0.7 °C per phase
    /// under full power, never still, while the surface climbed to 74.6 °C), but the unseen energy is carried across the
    /// phases here. A fall of the reading drains the account by the capacity bound times the fall (a cold pack in a cool
    /// phase takes the core's heat out with the surface's; with falls giving nothing, 27 of seed 1's 1,200 contrast and
    /// pocket sessions latched), and it never goes below zero, so a pack cannot lend it credit.
    /// <para>The account: while the element's power is known, + power × duty × dt − the loss bound × dt − the capacity bound ×
    /// each rise or fall of the reading (a move counts from the reading's reference, which follows a fall only past
    /// <see cref="FallDeadbandC"/>, so the 1/16 °C steps and noise cost nothing); floored at zero. Over
    /// <see cref="MaxUnseenJ"/> the sensors are not reading the pad (the supervisor names it <see cref="FaultCode.SensorDetached"/>).
    /// The room is the lowest reading since power-on, trusted up to <see cref="RoomReadingCheck.MaxRoomC"/>.</para>
    /// Nothing is allocated after construction.
    /// </summary>
    public sealed class HeatEnergyCheck
    {
        /// <summary>
        /// Largest heat capacity the reading may stand for, J/K, 2,700: folded-covered's core and surface with the bedding it
        /// warms (120 + 2,500 J/K, the heaviest shipped pad), over the bench family's heaviest (nominal × 3: 960 J/K).
        /// </summary>
        public const double MaxCapacityJPerK = 2700.0;

        /// <summary>Largest loss to the room, W/K over the room, 2.0: free air 1.2 W/K at the surface and 0.5 W/K from the core (free-air pad), with margin.</summary>
        public const double MaxAmbientWPerK = 2.0;

        /// <summary>Largest loss to the body, W/K over <see cref="BodyC"/>, 16: the bench family's body contacts reach 8 W/K and the pocket sessions double them.</summary>
        public const double MaxBodyWPerK = 16.0;

        /// <summary>Body temperature under which the body takes nothing from the pad, °C, 33 (the simulated body's 34 °C, 1 °C of margin).</summary>
        public const double BodyC = 33.0;

        /// <summary>
        /// Unseen energy that latches, J, 30,000: the heat a pad may hold behind its reading is the core's capacity times the
        /// core's rise over the surface, at most about 400 J/K × 80 W / 1.5 W/K ≈ 21 kJ (thick-slow at full power), plus the
        /// surface's rise within the sensor's lag.
        /// </summary>
        public const double MaxUnseenJ = 30000.0;

        /// <summary>Fall of the reading under its reference that moves the reference down, °C, 0.25 (four DS18B20 steps: the noise's).</summary>
        public const double FallDeadbandC = 0.25;

        /// <summary>
        /// Factor over the capacity and the loss of the learner's witness model (<see cref="PadModelLearner.WitnessModel"/>,
        /// absolute through P / <see cref="PadThermalModel.RiseC"/>) that may stand in for <see cref="MaxCapacityJPerK"/> and
        /// <see cref="MaxBodyWPerK"/> where lower, 2.0 (≥ 1): learned on clean readings the shipped pads' models came within
        /// 0.9–1.2 × the true capacity (folded-covered 3,050 vs 2,620 J/K, free-air 286 vs 320 J/K) and a model bent by a
        /// loosening reading or a cold pack learns more loss, not less (folded-covered 4.6–11.6 W/K vs 0.8 W/K; session 12,
        /// loosen12 traces). Simulated: normal life seeds 1–6, four groups, byte-identical to the design bounds alone.
        /// </summary>
        public const double LearnedMargin = 2.0;

        private bool _hasRoom;
        private double _roomC;
        private bool _hasReference;
        private double _referenceC;

        /// <summary>The energy the reading does not account for, J (≥ 0).</summary>
        public double UnseenJ { get; private set; }

        /// <summary>
        /// One trusted reading, judged on the design bounds. <paramref name="temperatureC"/>: the fused reading, °C. <paramref name="dtS"/>: seconds since
        /// the last trusted one (≥ 0). <paramref name="dutyFraction"/>: the mean duty applied over that time (0..1).
        /// <paramref name="fullPowerW"/>: the element's power at full duty, W (≤ 0: unknown, nothing counted in).
        /// True when the unseen energy passes <see cref="MaxUnseenJ"/>.
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, double fullPowerW)
        {
            return Update(temperatureC, dtS, dutyFraction, fullPowerW, MaxCapacityJPerK, MaxBodyWPerK);
        }

        /// <summary>
        /// As <see cref="Update(double, double, double, double)"/>, with the capacity bound and the body-loss bound lowered to
        /// <see cref="LearnedMargin"/> × the learner's witness model's capacity (core + surface, J/K) and loss (core + surface,
        /// W/K) where that is lower (session 12): a light pad gets credit for being light. <paramref name="learner"/>: null
        /// or without a model: the design bounds. Constant work, no allocation.
        /// </summary>
        public bool Update(double temperatureC, double dtS, double dutyFraction, double fullPowerW, PadModelLearner learner)
        {
            double capacityJPerK = MaxCapacityJPerK;
            double bodyWPerK = MaxBodyWPerK;
            if (learner != null && learner.HasModel && fullPowerW > 0.0)
            {
                PadThermalModel m = learner.WitnessModel;
                if (m != null && m.RiseC > 0.0)
                {
                    double g = fullPowerW / m.RiseC;
                    capacityJPerK = CoreMath.Min(MaxCapacityJPerK, LearnedMargin * (m.CoreTauS + m.SurfaceTauS) * g);
                    bodyWPerK = CoreMath.Min(MaxBodyWPerK, LearnedMargin * (m.CoreLossRatio + m.SurfaceLossRatio) * g);
                }
            }

            return Update(temperatureC, dtS, dutyFraction, fullPowerW, capacityJPerK, bodyWPerK);
        }

        // One reading judged with the capacity bound (J/K) and the body-loss bound (W/K) in force.
        private bool Update(double temperatureC, double dtS, double dutyFraction, double fullPowerW, double capacityJPerK, double bodyWPerK)
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

            if (!_hasReference)
            {
                _referenceC = temperatureC;
                _hasReference = true;
            }

            double inJ = fullPowerW > 0.0 && _roomC <= RoomReadingCheck.MaxRoomC ? fullPowerW * HeaterDutyLimits.Clamp(dutyFraction) * dtS : 0.0;
            double lossW = (MaxAmbientWPerK * CoreMath.Max(0.0, temperatureC - _roomC)) + (bodyWPerK * CoreMath.Max(0.0, temperatureC - BodyC));
            double storedJ = 0.0;
            if (temperatureC > _referenceC)
            {
                storedJ = capacityJPerK * (temperatureC - _referenceC);
                _referenceC = temperatureC;
            }
            else if (temperatureC < _referenceC - FallDeadbandC)
            {
                // A fall drains the account as well: the heat behind the reading leaves with it (a cold pack in a cool phase
                // takes the core's heat through the surface; session 11, normal-life contrast sessions, see the class notes).
                storedJ = capacityJPerK * (_referenceC - FallDeadbandC - temperatureC);
                _referenceC = temperatureC + FallDeadbandC;
            }

            UnseenJ = CoreMath.Max(0.0, UnseenJ + inJ - (lossW * dtS) - storedJ);
            return UnseenJ > MaxUnseenJ;
        }

        /// <summary>Forgets the account and the reference (after a cleared fault); the room, the lowest reading since power-on, stays.</summary>
        public void Reset()
        {
            _hasReference = false;
            UnseenJ = 0.0;
        }
    }
}
