namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Continuous refinement of the learner's best structures (issue 3, session 4). The learner's bank holds time
    /// constants on a grid of ×2.5 steps, so after one heat-up a structure with the wrong sensor lag often fits better
    /// than the nearest one with the right lag (thick-slow's 667 s surface time constant lies between the grid's 500
    /// and 1200 s). Here one "centre" per sensor-lag bucket of the bank starts as a copy of the bank's best candidate
    /// with that lag, and a pattern search moves its core and surface time constants, surface loss ratio and sensor
    /// lag (the lag inside its bucket, so each lag hypothesis keeps its own best fit and the cautious set keeps its
    /// pessimistic members): two probes at ±δ on one axis (log scale) replay the recorded readings from the origin;
    /// once they have caught up, the centre moves to a probe that fits better, or the next axis is polled; a cycle of
    /// the four axes without a move halves δ.
    /// <para>
    /// Each slot (a centre or a probe) is a structure fitted exactly like a bank candidate: its responses to a unit
    /// gain and a unit sink offset, and the five least-squares sums with the learner's forgetting. The one-second map
    /// of a moved structure is computed in closed form (2×2 matrix exponential), so a move costs a few exponentials.
    /// The readings are replayed from a history of at most <see cref="HistoryLength"/> updates; when it is full the
    /// search ends and the centres run on live (constant work: at most <see cref="ReplayPerTick"/> replayed updates
    /// per probe per tick). Everything is allocated in the constructor.
    /// </para>
    /// </summary>
    public sealed class StructureRefiner
    {
        /// <summary>Updates kept for replay (20 min at the 1 s tick): a first heat-up and its landing on the slowest pads.</summary>
        public const int HistoryLength = 1200;

        /// <summary>Recorded updates a probe replays per tick: a probe catches up on a 10-min history in 15 ticks.</summary>
        public const int ReplayPerTick = 40;

        /// <summary>First poll step, natural log: ×1.6, half the bank's ×2.5 grid step either side.</summary>
        public const double InitialDeltaLog = 0.47;

        /// <summary>The search stops when δ falls under this, natural log (×1.03).</summary>
        public const double MinDeltaLog = 0.03;

        /// <summary>After converging, the search starts again this many ticks later with <see cref="RestartDeltaLog"/>: the coast and the hold add data.</summary>
        public const int RestartAfterTicks = 30;

        /// <summary>Poll step of a restarted search, natural log (×1.13).</summary>
        public const double RestartDeltaLog = 0.12;

        private const int Axes = 4;
        private const int SlotsPerCentre = 3;
        private const double MinCoreTauS = 4.0;
        private const double MaxCoreTauS = 400.0;
        private const double MinSurfaceTauS = 15.0;
        private const double MaxSurfaceTauS = 2000.0;
        private const double MinLossRatio = 0.08;
        private const double MaxLossRatio = 8.0;

        private readonly int _centres;
        private readonly int _slots;

        // The adopted copy: a centre's structure, state and sums as they were when the learner adopted it. It runs on like
        // a bank candidate and never moves, so the adopted model's parameters and its responses stay one structure.
        private readonly int _frozen;
        private readonly double _coreLossRatio;
        private readonly double[] _lagLowS, _lagHighS;

        // Per slot: the structure, its one-second map and inputs, its state and its sums.
        private readonly double[] _coreTauS, _surfaceTauS, _lossRatio, _lagS;
        private readonly double[] _a11, _a12, _a21, _a22, _heatCore, _heatSurface, _sinkCore, _sinkSurface, _lagStep;
        private readonly double[] _hCore, _hSurface, _gCore, _gSurface, _hSensor, _gSensor;
        private readonly double[] _shh, _shg, _sgg, _syh, _syg;
        private readonly int[] _cursor;
        private readonly bool[] _active;

        // Per centre: the search.
        private readonly int[] _axis;
        private readonly double[] _deltaLog;
        private readonly bool[] _movedInCycle;
        private readonly bool[] _polling;
        private readonly int[] _waitTicks;
        private readonly double[] _theta = new double[Axes];

        // History of updates since the learner's origin: Δt (s), duty, reading − origin (NaN: invalid).
        private readonly float[] _historyDtS = new float[HistoryLength];
        private readonly float[] _historyDuty = new float[HistoryLength];
        private readonly float[] _historyY = new float[HistoryLength];
        private int _historyCount;
        private bool _overflow;

        private double _fitGain;
        private double _fitSink;
        private double _fitResidual;

        /// <summary>
        /// Creates the refiner: one centre per sensor-lag bucket, bucket <c>j</c> spanning
        /// <paramref name="lagLowS"/>[j]..<paramref name="lagHighS"/>[j] s; <paramref name="coreLossRatio"/> as the bank's.
        /// </summary>
        public StructureRefiner(double[] lagLowS, double[] lagHighS, double coreLossRatio)
        {
            _centres = lagLowS.Length;
            _slots = (_centres * SlotsPerCentre) + 1;
            _frozen = _slots - 1;
            _coreLossRatio = coreLossRatio;
            _lagLowS = new double[_centres];
            _lagHighS = new double[_centres];
            for (int j = 0; j < _centres; j++)
            {
                _lagLowS[j] = lagLowS[j];
                _lagHighS[j] = lagHighS[j];
            }

            _coreTauS = new double[_slots];
            _surfaceTauS = new double[_slots];
            _lossRatio = new double[_slots];
            _lagS = new double[_slots];
            _a11 = new double[_slots];
            _a12 = new double[_slots];
            _a21 = new double[_slots];
            _a22 = new double[_slots];
            _heatCore = new double[_slots];
            _heatSurface = new double[_slots];
            _sinkCore = new double[_slots];
            _sinkSurface = new double[_slots];
            _lagStep = new double[_slots];
            _hCore = new double[_slots];
            _hSurface = new double[_slots];
            _gCore = new double[_slots];
            _gSurface = new double[_slots];
            _hSensor = new double[_slots];
            _gSensor = new double[_slots];
            _shh = new double[_slots];
            _shg = new double[_slots];
            _sgg = new double[_slots];
            _syh = new double[_slots];
            _syg = new double[_slots];
            _cursor = new int[_slots];
            _active = new bool[_slots];
            _axis = new int[_centres];
            _deltaLog = new double[_centres];
            _movedInCycle = new bool[_centres];
            _polling = new bool[_centres];
            _waitTicks = new int[_centres];
        }

        /// <summary>Number of centres (one per sensor-lag bucket); entry <see cref="CentreCount"/> is the adopted copy (<see cref="Freeze"/>).</summary>
        public int CentreCount
        {
            get { return _centres; }
        }

        /// <summary>Gain (°C) of the last successful <see cref="FitCentre"/>.</summary>
        public double FitGain
        {
            get { return _fitGain; }
        }

        /// <summary>Sink offset (°C, from the origin) of the last successful <see cref="FitCentre"/>.</summary>
        public double FitSink
        {
            get { return _fitSink; }
        }

        /// <summary>Residual (sum of squares, °C²) of the last successful <see cref="FitCentre"/>.</summary>
        public double FitResidual
        {
            get { return _fitResidual; }
        }

        /// <summary>True when entry <paramref name="entry"/> (a centre, or the adopted copy) holds a structure fitted on the whole history.</summary>
        public bool IsCentreActive(int entry)
        {
            return _active[SlotOf(entry)];
        }

        /// <summary>
        /// True when centre <paramref name="centre"/>'s sensor lag sits on a bound of its bucket: the readings want a lag
        /// outside it, and the other time constants bend to make up for the lag held back — that fit is an artefact of
        /// the bucket, not a pad (another bucket's centre covers the lag the readings want).
        /// </summary>
        public bool IsLagPinned(int centre)
        {
            int k = centre * SlotsPerCentre;
            return _lagS[k] <= _lagLowS[centre] * 1.001 || _lagS[k] >= _lagHighS[centre] * 0.999;
        }

        /// <summary>Copies centre <paramref name="centre"/> into the adopted copy, entry <see cref="CentreCount"/>.</summary>
        public void Freeze(int centre)
        {
            CopySlot(centre * SlotsPerCentre, _frozen);
        }

        /// <summary>Forgets every slot and the history (the learner took a new origin).</summary>
        public void Clear()
        {
            _historyCount = 0;
            _overflow = false;
            for (int k = 0; k < _slots; k++)
            {
                _active[k] = false;
            }

            for (int j = 0; j < _centres; j++)
            {
                _polling[j] = false;
            }
        }

        /// <summary>
        /// One learner update: records it (Δt <paramref name="dtS"/> &gt; 0 s, <paramref name="duty"/> 0..1,
        /// <paramref name="y"/> the reading − origin in °C, or NaN when invalid) and brings every slot up to date,
        /// probes by at most <see cref="ReplayPerTick"/> recorded updates.
        /// </summary>
        public void Advance(double dtS, double duty, double y, double forgettingS)
        {
            if (!_overflow && _historyCount >= HistoryLength)
            {
                // No replay from here on: the probes stop, the centres run on live.
                _overflow = true;
                for (int j = 0; j < _centres; j++)
                {
                    _polling[j] = false;
                    _active[(j * SlotsPerCentre) + 1] = false;
                    _active[(j * SlotsPerCentre) + 2] = false;
                }
            }

            if (_overflow)
            {
                for (int j = 0; j <= _centres; j++)
                {
                    int k = SlotOf(j);
                    if (_active[k])
                    {
                        Step(k, dtS, duty, y, forgettingS);
                    }
                }

                return;
            }

            _historyDtS[_historyCount] = (float)dtS;
            _historyDuty[_historyCount] = (float)duty;
            _historyY[_historyCount] = (float)y;
            _historyCount++;
            for (int k = 0; k < _slots; k++)
            {
                if (!_active[k])
                {
                    continue;
                }

                int end = _cursor[k] + ReplayPerTick;
                if (end > _historyCount)
                {
                    end = _historyCount;
                }

                for (int i = _cursor[k]; i < end; i++)
                {
                    Step(k, _historyDtS[i], _historyDuty[i], _historyY[i], forgettingS);
                }

                _cursor[k] = end;
            }
        }

        /// <summary>
        /// Starts centre <paramref name="centre"/> on a bank candidate's structure, state and sums (they describe the
        /// whole history, so the centre is up to date at once) and restarts its search.
        /// </summary>
        public void Seed(int centre, double coreTauS, double surfaceTauS, double lossRatio, double lagS, double hCore, double hSurface, double gCore, double gSurface, double hSensor, double gSensor, double shh, double shg, double sgg, double syh, double syg)
        {
            int k = centre * SlotsPerCentre;
            SetStructure(k, coreTauS, surfaceTauS, lossRatio, CoreMath.Clamp(lagS, _lagLowS[centre], _lagHighS[centre]));
            _hCore[k] = hCore;
            _hSurface[k] = hSurface;
            _gCore[k] = gCore;
            _gSurface[k] = gSurface;
            _hSensor[k] = hSensor;
            _gSensor[k] = gSensor;
            _shh[k] = shh;
            _shg[k] = shg;
            _sgg[k] = sgg;
            _syh[k] = syh;
            _syg[k] = syg;
            _cursor[k] = _historyCount;
            _active[k] = true;
            _deltaLog[centre] = InitialDeltaLog;
            _axis[centre] = 0;
            _movedInCycle[centre] = false;
            _waitTicks[centre] = 0;
            if (_overflow)
            {
                _polling[centre] = false;
                return;
            }

            _polling[centre] = true;
            SpawnProbes(centre);
        }

        /// <summary>
        /// One step of every centre's search, after <see cref="Advance"/>: when both probes of a centre have caught
        /// up, the centre moves to the better-fitting one or the next axis is polled. <paramref name="syy"/>: the
        /// learner's shared Σy²; <paramref name="maxSinkOffsetC"/>: the highest plausible sink offset now, °C.
        /// </summary>
        public void Search(double syy, double maxSinkOffsetC)
        {
            for (int j = 0; j < _centres; j++)
            {
                int k = j * SlotsPerCentre;
                if (!_active[k] || _overflow)
                {
                    continue;
                }

                if (!_polling[j])
                {
                    if (_waitTicks[j] > 0)
                    {
                        _waitTicks[j]--;
                        if (_waitTicks[j] == 0)
                        {
                            _polling[j] = true;
                            _deltaLog[j] = RestartDeltaLog;
                            _axis[j] = 0;
                            _movedInCycle[j] = false;
                            SpawnProbes(j);
                        }
                    }

                    continue;
                }

                if (!CaughtUp(k + 1) || !CaughtUp(k + 2))
                {
                    continue;
                }

                double best = FitSlot(k, syy, maxSinkOffsetC) ? _fitResidual : double.MaxValue;
                int winner = -1;
                for (int p = 1; p <= 2; p++)
                {
                    if (_active[k + p] && FitSlot(k + p, syy, maxSinkOffsetC) && _fitResidual < best * (1.0 - 1e-9))
                    {
                        best = _fitResidual;
                        winner = k + p;
                    }
                }

                if (winner >= 0)
                {
                    // Move, and poll the same axis again from there: the fit may keep improving in that direction.
                    CopySlot(winner, k);
                    _movedInCycle[j] = true;
                }
                else
                {
                    _axis[j]++;
                    if (_axis[j] >= Axes)
                    {
                        _axis[j] = 0;
                        if (!_movedInCycle[j])
                        {
                            _deltaLog[j] *= 0.5;
                        }

                        _movedInCycle[j] = false;
                    }
                }

                if (_deltaLog[j] < MinDeltaLog)
                {
                    _polling[j] = false;
                    _active[k + 1] = false;
                    _active[k + 2] = false;
                    _waitTicks[j] = RestartAfterTicks;
                    continue;
                }

                SpawnProbes(j);
            }
        }

        /// <summary>
        /// Least-squares fit of entry <paramref name="entry"/> (a centre, or the adopted copy) (gain and sink, as the learner fits a bank candidate)
        /// into <see cref="FitGain"/>, <see cref="FitSink"/>, <see cref="FitResidual"/>; false when it is not active,
        /// ill-conditioned or outside the physical ranges.
        /// </summary>
        public bool FitCentre(int entry, double syy, double maxSinkOffsetC)
        {
            int k = SlotOf(entry);
            return _active[k] && FitSlot(k, syy, maxSinkOffsetC);
        }

        /// <summary>Writes entry <paramref name="entry"/>'s structure into <paramref name="model"/> (gain, sink and ambient are the caller's).</summary>
        public void FillStructure(int entry, PadThermalModel model)
        {
            int k = SlotOf(entry);
            model.CoreTauS = _coreTauS[k];
            model.SurfaceTauS = _surfaceTauS[k];
            model.SurfaceLossRatio = _lossRatio[k];
            model.CoreLossRatio = _coreLossRatio;
            model.SensorLagS = _lagS[k];
        }

        /// <summary>Entry <paramref name="entry"/>'s responses now: to a unit gain (core, surface, sensor) and to a unit sink offset.</summary>
        public void GetResponses(int entry, out double hCore, out double hSurface, out double hSensor, out double gCore, out double gSurface, out double gSensor)
        {
            int k = SlotOf(entry);
            hCore = _hCore[k];
            hSurface = _hSurface[k];
            hSensor = _hSensor[k];
            gCore = _gCore[k];
            gSurface = _gSurface[k];
            gSensor = _gSensor[k];
        }

        private int SlotOf(int entry)
        {
            return entry < _centres ? entry * SlotsPerCentre : _frozen;
        }

        private bool CaughtUp(int k)
        {
            return !_active[k] || _cursor[k] >= _historyCount;
        }

        private bool FitSlot(int k, double syy, double maxSinkOffsetC)
        {
            double shh = _shh[k], sgg = _sgg[k], shg = _shg[k], syh = _syh[k], syg = _syg[k];
            double det = (shh * sgg) - (shg * shg);
            if (!(det > 1e-12 * ((shh * sgg) + 1e-300)))
            {
                return false;
            }

            double gain = ((syh * sgg) - (syg * shg)) / det;
            double sink = ((syg * shh) - (syh * shg)) / det;
            if (!(gain >= PadModelLearner.MinRiseC && gain <= PadModelLearner.MaxRiseC && sink >= PadModelLearner.MinSinkOffsetC && sink <= PadModelLearner.MaxSinkOffsetC && sink <= maxSinkOffsetC))
            {
                return false;
            }

            _fitGain = gain;
            _fitSink = sink;
            _fitResidual = syy - (gain * syh) - (sink * syg);
            return true;
        }

        /// <summary>Puts the probes of centre <paramref name="centre"/> at ±δ on its current axis, from the origin.</summary>
        private void SpawnProbes(int centre)
        {
            int k = centre * SlotsPerCentre;
            for (int p = 1; p <= 2; p++)
            {
                _theta[0] = _coreTauS[k];
                _theta[1] = _surfaceTauS[k];
                _theta[2] = _lossRatio[k];
                _theta[3] = _lagS[k];
                int axis = _axis[centre];
                double factor = CoreMath.Exp(p == 1 ? _deltaLog[centre] : -_deltaLog[centre]);
                double value = _theta[axis] * factor;
                if (axis == 0)
                {
                    value = CoreMath.Clamp(value, MinCoreTauS, MaxCoreTauS);
                }
                else if (axis == 1)
                {
                    value = CoreMath.Clamp(value, MinSurfaceTauS, MaxSurfaceTauS);
                }
                else if (axis == 2)
                {
                    value = CoreMath.Clamp(value, MinLossRatio, MaxLossRatio);
                }
                else
                {
                    value = CoreMath.Clamp(value, _lagLowS[centre], _lagHighS[centre]);
                }

                // A probe pinned to a bound on the centre's own value is no probe.
                _active[k + p] = value != _theta[axis];
                if (!_active[k + p])
                {
                    continue;
                }

                _theta[axis] = value;
                SetStructure(k + p, _theta[0], _theta[1], _theta[2], _theta[3]);
                _hCore[k + p] = _hSurface[k + p] = _gCore[k + p] = _gSurface[k + p] = _hSensor[k + p] = _gSensor[k + p] = 0.0;
                _shh[k + p] = _shg[k + p] = _sgg[k + p] = _syh[k + p] = _syg[k + p] = 0.0;
                _cursor[k + p] = 0;
            }
        }

        private void CopySlot(int from, int to)
        {
            _coreTauS[to] = _coreTauS[from];
            _surfaceTauS[to] = _surfaceTauS[from];
            _lossRatio[to] = _lossRatio[from];
            _lagS[to] = _lagS[from];
            _a11[to] = _a11[from];
            _a12[to] = _a12[from];
            _a21[to] = _a21[from];
            _a22[to] = _a22[from];
            _heatCore[to] = _heatCore[from];
            _heatSurface[to] = _heatSurface[from];
            _sinkCore[to] = _sinkCore[from];
            _sinkSurface[to] = _sinkSurface[from];
            _lagStep[to] = _lagStep[from];
            _hCore[to] = _hCore[from];
            _hSurface[to] = _hSurface[from];
            _gCore[to] = _gCore[from];
            _gSurface[to] = _gSurface[from];
            _hSensor[to] = _hSensor[from];
            _gSensor[to] = _gSensor[from];
            _shh[to] = _shh[from];
            _shg[to] = _shg[from];
            _sgg[to] = _sgg[from];
            _syh[to] = _syh[from];
            _syg[to] = _syg[from];
            _cursor[to] = _cursor[from];
            _active[to] = true;
        }

        /// <summary>
        /// Sets slot <paramref name="k"/>'s structure and its exact one-second map. With x = (core, surface) and the
        /// learner's normalised equations, dx/dt = A·x + b_u·u + b_s·s, A = [[−(1+rc)/τc, 1/τc], [1/τs, −(1+rs)/τs]],
        /// b_u = (1/τc, 0), b_s = (0, rs/τs). A's eigenvalues are real (a12·a21 &gt; 0), so
        /// e^A = e^m·(cosh q·I + sinh q / q·(A − m·I)) with m = tr/2, q² = ((a11 − a22)/2)² + a12·a21, and the
        /// inputs held over the second give A⁻¹(e^A − I)·b.
        /// </summary>
        private void SetStructure(int k, double coreTauS, double surfaceTauS, double lossRatio, double lagS)
        {
            _coreTauS[k] = coreTauS;
            _surfaceTauS[k] = surfaceTauS;
            _lossRatio[k] = lossRatio;
            _lagS[k] = lagS;
            double a11 = -(1.0 + _coreLossRatio) / coreTauS;
            double a12 = 1.0 / coreTauS;
            double a21 = 1.0 / surfaceTauS;
            double a22 = -(1.0 + lossRatio) / surfaceTauS;
            double m = 0.5 * (a11 + a22);
            double half = 0.5 * (a11 - a22);
            double q = SquareRoot((half * half) + (a12 * a21));
            double em = CoreMath.Exp(m);
            double ep = CoreMath.Exp(q);
            double en = 1.0 / ep;
            double cosh = 0.5 * (ep + en);
            double sinhOverQ = q > 1e-9 ? 0.5 * (ep - en) / q : 1.0;
            double e11 = em * (cosh + (sinhOverQ * (a11 - m)));
            double e12 = em * sinhOverQ * a12;
            double e21 = em * sinhOverQ * a21;
            double e22 = em * (cosh + (sinhOverQ * (a22 - m)));
            _a11[k] = e11;
            _a12[k] = e12;
            _a21[k] = e21;
            _a22[k] = e22;

            // A⁻¹(E − I): det(A) = a11·a22 − a12·a21 > 0 for any positive loss.
            double det = (a11 * a22) - (a12 * a21);
            double m11 = e11 - 1.0, m12 = e12, m21 = e21, m22 = e22 - 1.0;
            double g11 = ((a22 * m11) - (a12 * m21)) / det;
            double g12 = ((a22 * m12) - (a12 * m22)) / det;
            double g21 = ((a11 * m21) - (a21 * m11)) / det;
            double g22 = ((a11 * m22) - (a21 * m12)) / det;
            double bu = 1.0 / coreTauS;
            double bs = lossRatio / surfaceTauS;
            _heatCore[k] = g11 * bu;
            _heatSurface[k] = g21 * bu;
            _sinkCore[k] = g12 * bs;
            _sinkSurface[k] = g22 * bs;
            _lagStep[k] = 1.0 - CoreMath.Exp(-1.0 / lagS);
        }

        /// <summary>One recorded update of slot <paramref name="k"/>, exactly as the learner advances and fits a bank candidate.</summary>
        private void Step(int k, double dtS, double duty, double y, double forgettingS)
        {
            int whole = (int)dtS;
            double fraction = dtS - whole;
            for (int i = 0; i < whole; i++)
            {
                double hc = _hCore[k], hs = _hSurface[k], gc = _gCore[k], gs = _gSurface[k];
                double nhc = (_a11[k] * hc) + (_a12[k] * hs) + (_heatCore[k] * duty);
                double nhs = (_a21[k] * hc) + (_a22[k] * hs) + (_heatSurface[k] * duty);
                double ngc = (_a11[k] * gc) + (_a12[k] * gs) + _sinkCore[k];
                double ngs = (_a21[k] * gc) + (_a22[k] * gs) + _sinkSurface[k];
                _hCore[k] = nhc;
                _hSurface[k] = nhs;
                _gCore[k] = ngc;
                _gSurface[k] = ngs;
                double a = _lagStep[k];
                _hSensor[k] += a * ((0.5 * (hs + nhs)) - _hSensor[k]);
                _gSensor[k] += a * ((0.5 * (gs + ngs)) - _gSensor[k]);
            }

            if (fraction > 1e-6)
            {
                double hCoreRate = fraction / _coreTauS[k];
                double hSurfaceRate = fraction / _surfaceTauS[k];
                double lossRatio = _lossRatio[k];
                double hc = _hCore[k], hs = _hSurface[k], gc = _gCore[k], gs = _gSurface[k];
                double hFlow = hc - hs;
                double gFlow = gc - gs;
                hc += hCoreRate * (duty - hFlow - (_coreLossRatio * hc));
                hs += hSurfaceRate * (hFlow - (lossRatio * hs));
                gc += hCoreRate * (-gFlow - (_coreLossRatio * gc));
                gs += hSurfaceRate * (gFlow - (lossRatio * (gs - 1.0)));
                _hCore[k] = hc;
                _hSurface[k] = hs;
                _gCore[k] = gc;
                _gSurface[k] = gs;
                double a = fraction / _lagS[k];
                _hSensor[k] += a * (hs - _hSensor[k]);
                _gSensor[k] += a * (gs - _gSensor[k]);
            }

            if (!CoreMath.IsFinite(y))
            {
                // An invalid reading advances the responses only.
                return;
            }

            double keep = 1.0 - (dtS / forgettingS);
            double h = _hSensor[k];
            double g = _gSensor[k];
            _shh[k] = (_shh[k] * keep) + (h * h);
            _shg[k] = (_shg[k] * keep) + (h * g);
            _sgg[k] = (_sgg[k] * keep) + (g * g);
            _syh[k] = (_syh[k] * keep) + (y * h);
            _syg[k] = (_syg[k] * keep) + (y * g);
        }

        /// <summary>√x for x ≥ 0 by Newton's method (the core has no System.Math).</summary>
        private static double SquareRoot(double x)
        {
            if (!(x > 0.0))
            {
                return 0.0;
            }

            double r = x > 1.0 ? x : 1.0;
            for (int i = 0; i < 60; i++)
            {
                r = 0.5 * (r + (x / r));
            }

            return r;
        }
    }
}
