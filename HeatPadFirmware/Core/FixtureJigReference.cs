namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The fixture jig's reference probe R (session 23, jig23; hardware/README.md "Calibrating the element witness"): a DS18B20 in
    /// a guarded, sprung foot that the jig presses on the pad's surface between the pair sensors from the baseline to the run's
    /// end, read by the controller on the pad's 1-Wire bus. The jig, not the pad, owns its contact: qualified to read at least
    /// <see cref="MinProbeShare"/> of the surface's rise over the room (a surface probe never reads more than the surface), its
    /// offset within ±<see cref="ProbeOffsetK"/>, its lag at most 10 s. It gives the fixture run two things the pad's own
    /// sensors cannot:
    /// A second DS18B20 of the jig, A, hangs in the free air beside the pad (shielded from its radiation, lag under 60 s) and
    /// reads the room: the rises below are each sensor's excess over the room now (its rise over its own baseline minus A's),
    /// so a room warming or cooling during the run moves none of them (a warming room of +2 K let a pair at 0.9 pass against
    /// rises over the baselines alone: Jig23.JigBoundScan.RoomDrift).
    /// <list type="bullet">
    /// <item>The pair proved pressed (review 23a HIGH 2): at the heat stage's end each pair sensor's excess over the room
    /// must be at least <see cref="MinPairShareOfProbe"/> of R's (both pair sensors loose alike pass every fit check and make a
    /// record with G_cs / c; a pair at c ≤ 0.9 reads at most 0.9 / 0.98 = 0.918 of R's rise), and at most
    /// <see cref="MaxPairShareOfProbe"/> of it (no sensor reads above the surface: a pair sensor rising more than R says R is
    /// not pressed, and then it proves nothing).</item>
    /// <item>A bound on the surface that needs neither S3's spot nor the room (review 23a's two MEDIUMs):
    /// <see cref="SurfaceBoundC"/>.</item>
    /// </list>
    /// Constant work per tick, no allocation.
    /// </summary>
    public sealed class FixtureJigReference
    {
        /// <summary>Least share of the surface's rise over the room the jig's probe reads, fraction (0.98: the jig's tolerance, checked at the jig's qualification; hardware/README.md).</summary>
        public const double MinProbeShare = 0.98;

        /// <summary>The probe's largest offset, K (0.5: DS18B20 ±0.5 °C from −10 to +85 °C, datasheet).</summary>
        public const double ProbeOffsetK = 0.5;

        /// <summary>
        /// The lowest room the surface bound allows for, °C (10: under review 23a's coldest fall, 22 → 12 °C; the fixture's room is
        /// 20–24 °C). The bound is highest for the lowest room, so it does not depend on the room's reading or on its changes.
        /// </summary>
        public const double LowestRoomC = 10.0;

        /// <summary>
        /// Least rise of each pair sensor as a share of the probe's over the heat stage (its last <see cref="EndWindowS"/> s against
        /// the baseline's last <see cref="ElementFixtureRun.ReferenceS"/> s), fraction (0.93, session 23): a pair at c of the
        /// surface's rise reads c / r of the probe's, r in [<see cref="MinProbeShare"/>, 1], so c ≤ 0.9 reads ≤ 0.918 and is
        /// refused; a correct pair reads 0.98–1.0 and 1/16 °C steps and noise move the share by under 0.01 at the 6–10 K the
        /// surface rises (calibrate --device --cases: docs/safety.md "Session 23 (jig23)").
        /// </summary>
        public const double MinPairShareOfProbe = 0.93;

        /// <summary>
        /// Largest rise of either pair sensor as a share of the probe's, fraction (1.05): a surface probe reads at most the surface,
        /// so more than this says the probe is not pressed (and a probe not pressed proves no pair pressed).
        /// </summary>
        public const double MaxPairShareOfProbe = 1.05;

        /// <summary>
        /// The highest <see cref="SurfaceBoundC"/> the fixture's heat stage holds to, °C (41, session 23): 2 K under the burn data's
        /// floor (BurnDose.DoseFloorC, 43 °C) for the heat the element has stored when the power goes to nothing (S3 far under the
        /// element's rise leaves the element hot: at a hold to 43 °C a covered nominal-12v with S3 at spot −0.5 passed the floor by
        /// 1.0 K, dose 0.017; docs/safety.md "Session 23 (jig23)"). Correct runs' surfaces stay under 33 °C, their bound under 35.
        /// </summary>
        public const double MaxSurfaceBoundC = 41.0;

        /// <summary>Least rise of the probe over the heat stage, K (1.0: correct runs 6–11 K; under it the shares are noise).</summary>
        public const double MinProbeRiseK = 1.0;

        /// <summary>Seconds at the heat stage's end averaged for the rises, s (60: as the PC's pair_agreement).</summary>
        public const int EndWindowS = 60;

        /// <summary>Consecutive probe reads invalid or with <see cref="SurfaceBoundC"/> over the abort bound that end the run (5, as S3's).</summary>
        public const int BadReads = 5;

        private readonly ReadingMean _base1 = new ReadingMean();
        private readonly ReadingMean _base2 = new ReadingMean();
        private readonly ReadingMean _baseProbe = new ReadingMean();
        private readonly ReadingMean _baseAir = new ReadingMean();
        private readonly ReadingMean _end1 = new ReadingMean();
        private readonly ReadingMean _end2 = new ReadingMean();
        private readonly ReadingMean _endProbe = new ReadingMean();
        private readonly ReadingMean _endAir = new ReadingMean();
        private double _surfaceBoundC = double.NaN;
        private int _badReads;
        private double _lowShare;
        private double _highShare;
        private double _probeRiseK;

        /// <summary>
        /// The surface's highest possible true temperature from the probe's last valid reading, °C (NaN before one): the probe reads
        /// room + offset + r·(surface − room) with r ≥ <see cref="MinProbeShare"/> and |offset| ≤ <see cref="ProbeOffsetK"/>, so the
        /// surface is at most T + (T − room)(1/r − 1) with T = reading + offset, highest for the lowest room (<see cref="LowestRoomC"/>).
        /// </summary>
        public double SurfaceBoundC
        {
            get { return _surfaceBoundC; }
        }

        /// <summary>True once the probe has failed <see cref="BadReads"/> reads in a row (invalid, or the bound over the abort limit).</summary>
        public bool Lost
        {
            get { return _badReads >= BadReads; }
        }

        /// <summary>True once the probe, the air probe and both pair sensors have a baseline (read valid in the baseline's reference window).</summary>
        public bool HasBaseline
        {
            get { return _base1.HasValue && _base2.HasValue && _baseProbe.HasValue && _baseAir.HasValue; }
        }

        /// <summary>The lower pair sensor's rise over the probe's at the heat stage's end (after <see cref="PairPressed"/>), fraction.</summary>
        public double LowShare
        {
            get { return _lowShare; }
        }

        /// <summary>The higher pair sensor's rise over the probe's at the heat stage's end (after <see cref="PairPressed"/>), fraction.</summary>
        public double HighShare
        {
            get { return _highShare; }
        }

        /// <summary>The probe's excess over the room at the heat stage's end (after <see cref="PairPressed"/>), K.</summary>
        public double ProbeRiseK
        {
            get { return _probeRiseK; }
        }

        /// <summary>
        /// One tick: the stage and the time in it, ms; the pair's and the probe's raw readings; <paramref name="abortBoundC"/> the
        /// surface bound over which a read counts as bad, °C. Accumulates the baseline's last <paramref name="referenceS"/> s and the
        /// heat stage's last <see cref="EndWindowS"/> s of <paramref name="heatS"/> s.
        /// </summary>
        public void Observe(ElementFixtureStage stage, long inStageMs, int referenceS, int baselineS, int heatS, SensorReading pair1, SensorReading pair2, SensorReading probe, SensorReading air, double abortBoundC)
        {
            if (probe.IsValid)
            {
                double t = probe.TemperatureC + ProbeOffsetK;
                _surfaceBoundC = t + ((t - LowestRoomC) * ((1.0 / MinProbeShare) - 1.0));
            }

            bool bad = !probe.IsValid || _surfaceBoundC > abortBoundC;
            _badReads = bad ? _badReads + 1 : 0;
            if (stage == ElementFixtureStage.Baseline && inStageMs > (baselineS - referenceS) * 1000L)
            {
                _base1.Add(pair1);
                _base2.Add(pair2);
                _baseProbe.Add(probe);
                _baseAir.Add(air);
            }
            else if (stage == ElementFixtureStage.Heat && inStageMs > (heatS - EndWindowS) * 1000L)
            {
                _end1.Add(pair1);
                _end2.Add(pair2);
                _endProbe.Add(probe);
                _endAir.Add(air);
            }
        }

        /// <summary>
        /// At the heat stage's end: true when the probe's excess over the room is at least <see cref="MinProbeRiseK"/> and each
        /// pair sensor's is <see cref="MinPairShareOfProbe"/> to <see cref="MaxPairShareOfProbe"/> of it (each sensor's rise over its
        /// own baseline less the air probe's: offsets and the room's change cancel), and so are the raw rises without the air
        /// probe's correction (an air probe in a draft cannot pass a loose pair). False with no reading in either window.
        /// </summary>
        public bool PairPressed()
        {
            if (!HasBaseline || !_end1.HasValue || !_end2.HasValue || !_endProbe.HasValue || !_endAir.HasValue)
            {
                return false;
            }

            // Each sensor's excess over the room now: its rise over its own baseline less the room's (offsets cancel).
            double roomRiseK = _endAir.MeanC - _baseAir.MeanC;
            double rawProbeRiseK = _endProbe.MeanC - _baseProbe.MeanC;
            double rawRise1 = _end1.MeanC - _base1.MeanC;
            double rawRise2 = _end2.MeanC - _base2.MeanC;
            _probeRiseK = rawProbeRiseK - roomRiseK;
            if (_probeRiseK < MinProbeRiseK || rawProbeRiseK < MinProbeRiseK)
            {
                return false;
            }

            // The shares are judged both with the air probe's correction and without it, the worse of the two counting: an air
            // probe reading low (a draft) raises every corrected share toward 1 and let a pair loose alike at 0.9 pass (review 25a
            // MEDIUM: A 0.25 of the surface's rise low, shares 0.934-0.937), while the raw rises move together with the room (a
            // room warming 2 K let a pair at 0.9 pass uncorrected: jig23). A correct pair reads 0.98-1.0 of R either way in a
            // steady room; a room that moves by more than the surface rises refuses the run (no record, no heat: a LOW at most).
            double rise1 = rawRise1 - roomRiseK;
            double rise2 = rawRise2 - roomRiseK;
            _lowShare = CoreMath.Min(CoreMath.Min(rise1, rise2) / _probeRiseK, CoreMath.Min(rawRise1, rawRise2) / rawProbeRiseK);
            _highShare = CoreMath.Max(CoreMath.Max(rise1, rise2) / _probeRiseK, CoreMath.Max(rawRise1, rawRise2) / rawProbeRiseK);
            return _lowShare >= MinPairShareOfProbe && _highShare <= MaxPairShareOfProbe;
        }
    }
}
