namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The pair parting from the element's estimate while the surface cap holds the duty (session 26, issue 4; docs/safety.md
    /// "Session 26: the surface cap's costs (ecap26)"). While <see cref="ElementSurfaceCap"/> holds, the element's heat balance
    /// says the surface stands at the cap's ceiling; a pair that reads the surface stays where it was, a loosening pair falls away.
    /// The cap slows the pair's own divergence (its heat is withheld), so the pair's <see cref="FaultCode.SensorsDisagree"/>
    /// comes late or not at all (review 26a: TwoPaceLooseningReversed nominal-12v L4 @60 s named 256 → 595 s, dose 0.053 → 0.144).
    /// This watch names that signature: within a hold (the cap holding, or let go for under <see cref="ReleaseS"/>), the witness's
    /// judged gap on the cold start's room (<see cref="ElementWitnessCheck.GapC"/> + <see cref="ElementWitnessCheck.RoomShiftC"/>:
    /// the estimate through the pair's lags less the hotter reading, both through the witness's mean) grown by
    /// <see cref="GrowthC"/> or more over its lowest in the hold, and at least <see cref="ElementWitnessCheck.AffirmGapC"/>, for
    /// <see cref="ConfirmS"/> s (a single held tick under it, <see cref="DipS"/>, keeps the count; session 32) → <see cref="Verdict"/>, which the supervisor latches as <see cref="FaultCode.SensorDetached"/>.
    /// Judged on the growth, not the gap's level: a record or a cold start that reads the surface high (a constant offset: the
    /// room's error times G_ca / G_cs) holds healthy pads with the pair well under the estimate from the hold's first tick, and
    /// grows no gap. Active only while the cap can hold: a factory calibration adopted, the witness judging and estimating
    /// (on any other pad, or tick, nothing is counted: pads without the element sensor or without a record are unchanged).
    /// Latches nothing itself, never enables heat. Constant work per tick; allocates nothing.
    /// </summary>
    public sealed class ElementHeldDivergenceCheck
    {
        /// <summary>
        /// Growth of the judged gap over its lowest in the hold that counts, °C (2.0: review 26a's two late rows grow 2.0 in
        /// 60-70 s of hold — nominal-12v L4 from 272 s, strong-60w L4 from 215 s — while a pair that reads the surface keeps its
        /// gap within the witness's affirmation band, <see cref="ElementWitnessCheck.AffirmGapC"/> = 2.0, which session 20
        /// measured the lying-down group's bodies keeping; session 26's scans: docs/safety.md "Session 26").
        /// </summary>
        public const double GrowthC = 2.0;

        /// <summary>Seconds the growth must hold before the verdict, s (10: the witness's own <see cref="ElementWitnessCheck.ConfirmS"/>).</summary>
        public const double ConfirmS = 10.0;

        /// <summary>
        /// Seconds of judged, held ticks under the growth (or the gap under <see cref="ElementWitnessCheck.AffirmGapC"/>) the count
        /// is kept through before it restarts, s (1: one tick of the control loop; session 32, watch32: on gate31's
        /// SettlingLoosening80 free-air L5 @300 s under form 4 a 1 s count restarted on one held tick whose growth stood less than 0.005 °C
        /// under <see cref="GrowthC"/>, the next tick over it again; a dip of two ticks or more is the growth falling back, and
        /// restarts the count as before). The count is kept, not grown, through the dip: the verdict still needs
        /// <see cref="ConfirmS"/> s of ticks over the growth. Measured with the Factory record: faults seed 1 3 rows, the cold start
        /// 9, the settling kinds 4 named 1–11 s sooner, none later or hotter; every normal-life, lying-down, restarts and record-attack
        /// output unchanged (docs/safety.md "Session 32: the held-divergence watch's count, and form 4 on it").
        /// </summary>
        public const double DipS = 1.0;

        /// <summary>
        /// Seconds the cap may let go (its estimate back under the ceiling) before the hold ends and its lowest gap is forgotten,
        /// s (60: two of the witness's <see cref="ElementWitnessCheck.SmoothingS"/>; a held loosening pair lets go for single ticks
        /// as the cap settles at part power, review 26a's rows).
        /// </summary>
        public const double ReleaseS = 60.0;

        private bool _inHold;
        private bool _hasLowest;
        private double _releasedS;
        private double _lowestGapC;
        private double _overS;
        private double _dipS;
        private double _growthC;

        /// <summary>True while the growth has held for <see cref="ConfirmS"/> s within a hold: the supervisor latches <see cref="FaultCode.SensorDetached"/>.</summary>
        public bool Verdict
        {
            get { return _overS >= ConfirmS; }
        }

        /// <summary>The last judged growth of the gap over its lowest in the hold, °C (0 outside a hold; telemetry and tests).</summary>
        public double GrowthSeenC
        {
            get { return _growthC; }
        }

        /// <summary>True while a hold is open (the cap holding, or let go for under <see cref="ReleaseS"/>).</summary>
        public bool InHold
        {
            get { return _inHold; }
        }

        /// <summary>
        /// One tick, after the cap's (<see cref="Supervisor.ObserveElement"/>). <paramref name="witness"/>, <paramref name="cap"/>:
        /// read only. <paramref name="dtS"/>: seconds since the last tick.
        /// </summary>
        public void Update(ElementWitnessCheck witness, ElementSurfaceCap cap, double dtS)
        {
            if (!witness.Learner.Calibrated || witness.State != ElementWitnessState.Judging || !witness.Estimated || !(dtS > 0.0))
            {
                // The means restarted or the witness stood down: the hold and its lowest gap are forgotten (a restart of the
                // means is not evidence either way).
                Forget();
                return;
            }

            if (cap.Holding)
            {
                _releasedS = 0.0;
                _inHold = true;
            }
            else if (_inHold)
            {
                _releasedS += dtS;
                if (_releasedS >= ReleaseS)
                {
                    Forget();
                    return;
                }
            }

            // Judged only on the ticks the cap holds: between them (the cap let go for under ReleaseS) the count and the lowest
            // gap are kept, neither grown nor forgiven (a heat-off stretch after a hold swings the lagged estimate by the power's
            // step: session 26 measured a cold-started folded-covered L2 session grow 2.4 °C there with no hold).
            if (!cap.Holding || !witness.Judged)
            {
                return;
            }

            // The gap on the cold start's room: the span the verdict lowers it by is given back (a constant either way).
            double gapC = witness.FastLaggedSurfaceC + witness.RoomShiftC - witness.MeanHotterReadingC;
            _lowestGapC = _hasLowest ? CoreMath.Min(_lowestGapC, gapC) : gapC;
            _hasLowest = true;
            _growthC = gapC - _lowestGapC;
            if (_growthC >= GrowthC && gapC >= ElementWitnessCheck.AffirmGapC)
            {
                _overS += dtS;
                _dipS = 0.0;
            }
            else
            {
                // One held tick under the bar keeps the count (DipS); a longer dip restarts it.
                _dipS += dtS;
                if (_dipS > DipS)
                {
                    _overS = 0.0;
                }
            }
        }

        private void Forget()
        {
            _inHold = false;
            _hasLowest = false;
            _releasedS = 0.0;
            _lowestGapC = 0.0;
            _overS = 0.0;
            _dipS = 0.0;
            _growthC = 0.0;
        }
    }
}
