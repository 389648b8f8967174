namespace HeatPadFirmware.Core
{
    /// <summary>Why the fixture run refused the room (<see cref="FixtureRoomWatch"/>; the reason on the run's aborted mark).</summary>
    public enum ElementFixtureAbortReason
    {
        /// <summary>No room reason: the run was not aborted, or its reason is <see cref="ElementFixtureRun.AbortFault"/> (or the operator's).</summary>
        None = 0,

        /// <summary>The jig's air probe A moved more than <see cref="FixtureRoomWatch.MaxRoomMoveK"/> from its baseline during the run.</summary>
        RoomMoved = 1,

        /// <summary>The jig's air probe A read no valid value for a whole <see cref="FixtureRoomWatch.BlockS"/> s block: the room is not known.</summary>
        AirProbeLost = 2,
    }

    /// <summary>Protocol names of <see cref="ElementFixtureAbortReason"/> (enum ToString gives the number on nanoFramework).</summary>
    public static class ElementFixtureAbortNames
    {
        /// <summary>"room_moved", "air_probe_lost", or "none".</summary>
        public static string Of(ElementFixtureAbortReason reason)
        {
            switch (reason)
            {
                case ElementFixtureAbortReason.RoomMoved:
                    return "room_moved";
                case ElementFixtureAbortReason.AirProbeLost:
                    return "air_probe_lost";
                default:
                    return "none";
            }
        }
    }

    /// <summary>
    /// The fixture's room held for the whole run (session 25, room25; docs/safety.md "Session 25: the fixture's room"): the fit
    /// takes the room as the baseline's (ElementCalibrationFixture: G_ca·(T_e − T_room) with T_room the baseline's mean), so a
    /// room that moves during the ~77-min run puts its move into G_cs — review 25b: a room cooling 22 → 20 °C over the heat gave
    /// records G_cs ×1.09 (main's fit) to ×1.16 (rec24's) of the needed, a −3 K step ×1.17 / ×1.21, and such records trip
    /// lying-down sessions (×1.054 already 20 of 2,400 against the Factory record's 7). The jig's air probe A reads the room
    /// (<see cref="FixtureJigReference"/>): its mean over each <see cref="BlockS"/> s block from the heat's start to the run's end
    /// must stay within <see cref="MaxRoomMoveK"/> of its mean over the baseline's reference window, or the run ends
    /// (<see cref="ElementFixtureAbortReason.RoomMoved"/>, heater off, no record); a block with no valid reading of A ends it too
    /// (<see cref="ElementFixtureAbortReason.AirProbeLost"/>). Constant work per tick, no allocation.
    /// </summary>
    public sealed class FixtureRoomWatch
    {
        /// <summary>
        /// Largest move of A's block mean from A's baseline, K (0.3, session 25). What a move does to the record (rec24's telemetry
        /// fit, review 25b's 52 runs — the 6 shipped pads and bench family 3 at sensor seeds 11–12 —, G_cs over the needed; steady
        /// room 0.979–1.002): a level move in the plate stage moves G_cs most, −1.0 % per 0.1 K of warming (0.930 at +0.5 K from
        /// 2,600 s; a low G_cs puts the witness's surface estimate low: later loosening verdicts) and +1 % per 0.1 K of cooling
        /// (1.049 at −0.5 K; a high G_cs trips lying-down sessions: ×1.054 tripped 20 of 2,400 against the Factory record's 7, ×1.08
        /// and over review 23a's pairs). With 0.3 K the records a moving room still makes stay within 0.954–1.015 (every stage
        /// placement, ramps, steps and cycles measured: docs/safety.md "Session 25"), inside review 20b's ±5 % latch budget (a record ×0.954 on every pad names 223 of faults seed 1's 480 loosening runs
        /// later, by up to 407 s, none newly past 48 °C; steady rooms' records already reach ×0.973). A's
        /// own noise in a block mean is 0.01 K (1/16 °C steps, 20–60 s lag, offset ±0.5 °C cancelled by its own baseline), 30 times
        /// under the bound. Costs: a room cycling ±0.25 K every 15 minutes is refused on some phases, every 30 minutes on all;
        /// A in the pad's plume (0.1 of the surface's rise) or in a draft is refused (the jig keeps A shielded, off the plume).
        /// </summary>
        public const double MaxRoomMoveK = 0.3;

        /// <summary>
        /// Seconds of each block of A's readings averaged and judged, s (600: a room's level over 10 minutes is what moves the fit —
        /// a thermostat cycling ±0.5 K every 15 minutes moves no record, while its 60-s means swing 0.74 K from A's baseline; A's lag
        /// (20–40 s), its 1/16 °C steps and its noise average to under 0.02 K).
        /// </summary>
        public const int BlockS = 600;

        /// <summary>
        /// Shortest tail of the run's last, partial block that <see cref="JudgeTail"/> judges, s (120, review 26b: the blocks run
        /// from the heat's start and the plate's wait varies, so the run ends inside a block, and the cool stage's last 0–600 s went
        /// unjudged — a 1–2 K step there made capc25's record name a loosening pair up to 122 s later. 120 s is four of A's 20–40 s
        /// lags; a ±0.25 K room cycle of 15 minutes swings a 120-s mean by under 0.25 K, inside <see cref="MaxRoomMoveK"/>).
        /// </summary>
        public const int MinTailS = 120;

        private readonly ReadingMean _base = new ReadingMean();
        private readonly ReadingMean _block = new ReadingMean();
        private bool _judging;
        private long _blockStartMs;
        private double _roomMoveK;
        private bool _moved;
        private bool _lost;

        /// <summary>The largest move of a block mean of A from A's baseline so far, K (0 before the first block).</summary>
        public double RoomMoveK
        {
            get { return _roomMoveK; }
        }

        /// <summary>True once a block mean moved more than <see cref="MaxRoomMoveK"/> (latched).</summary>
        public bool Moved
        {
            get { return _moved; }
        }

        /// <summary>True once a whole block had no valid reading of A, or A had no baseline when the heat began (latched).</summary>
        public bool Lost
        {
            get { return _lost; }
        }

        /// <summary>
        /// One tick: <paramref name="nowMs"/> ms, the stage and the time in it, ms, and A's raw reading. Accumulates A's baseline over
        /// the baseline's last <paramref name="referenceS"/> s of <paramref name="baselineS"/>; from the first tick past the baseline
        /// until the run is done or aborted, judges each <see cref="BlockS"/> s block.
        /// </summary>
        public void Observe(long nowMs, ElementFixtureStage stage, long inStageMs, int referenceS, int baselineS, SensorReading air)
        {
            if (stage == ElementFixtureStage.Baseline)
            {
                if (inStageMs > (baselineS - referenceS) * 1000L)
                {
                    _base.Add(air);
                }

                return;
            }

            if (stage == ElementFixtureStage.Done || stage == ElementFixtureStage.Aborted)
            {
                return;
            }

            if (!_judging)
            {
                _judging = true;
                _blockStartMs = nowMs;
                _lost = !_base.HasValue;
            }

            _block.Add(air);
            if (nowMs - _blockStartMs >= BlockS * 1000L)
            {
                if (_block.HasValue && _base.HasValue)
                {
                    JudgeBlock();
                }
                else
                {
                    _lost = true;
                }

                _block.Clear();
                _blockStartMs = nowMs;
            }
        }

        /// <summary>
        /// At the run's last tick (the cool stage's end, before <see cref="ElementFixtureStage.Done"/>): judges the partial block
        /// the run ends in, when it holds at least <see cref="MinTailS"/> s, as a whole block is judged (<see cref="Moved"/>);
        /// a shorter tail is left to the block before it. No-op before the heat began.
        /// </summary>
        public void JudgeTail(long nowMs)
        {
            if (!_judging || nowMs - _blockStartMs < MinTailS * 1000L || !_block.HasValue || !_base.HasValue)
            {
                return;
            }

            JudgeBlock();
        }

        // The block so far against A's baseline (both have a value): the largest move kept, Moved latched over the bound.
        private void JudgeBlock()
        {
            double moveK = CoreMath.Abs(_block.MeanC - _base.MeanC);
            _roomMoveK = CoreMath.Max(_roomMoveK, moveK);
            _moved = _moved || moveK > MaxRoomMoveK;
        }
    }
}
