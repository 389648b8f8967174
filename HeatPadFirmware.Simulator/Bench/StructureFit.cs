using System;
using System.Collections.Generic;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Bench
{
    /// <summary>
    /// Offline fit of candidate structures to one recorded bench run (session 25, core25): the readings the firmware's
    /// learner saw, fitted the learner's way — per structure and sensor lag, exact least squares in the two unknowns the
    /// learner fits (the full-power gain Rise and the sink offset, the core losing to the origin), residual RMS over the whole
    /// record — so that a structure set (the bank, the bank with one added degree of freedom, the pad's true structure) can
    /// be judged by the residual it leaves at each lag. The structure is <see cref="PadThermalModel"/>'s, normalised by G_cs,
    /// plus an optional share of the core the sensor sees directly:
    /// <code>
    ///   τc·dTc/dt = Rise·u − (Tc − Ts) − rc·Tc          τs·dTs/dt = (Tc − Ts) − rs·(Ts − sink)
    ///   τm·dTm/dt = (1 − a)·Ts + a·Tc − Tm               (temperatures relative to the first reading)
    /// </code>
    /// integrated by Euler in 20 sub-steps per second (the bench's tick). Host only: allocates per call.
    /// </summary>
    public sealed class StructureFit
    {
        private const int SubSteps = 20;

        private readonly double[] _duty;
        private readonly double[] _readingC;
        private readonly double[] _surfaceC;

        private StructureFit(double[] duty, double[] readingC, double originC, string caseName, PadParameters pad, double[] surfaceC = null)
        {
            _duty = duty;
            _readingC = readingC;
            _surfaceC = surfaceC;
            OriginC = originC;
            CaseName = caseName;
            Pad = pad;
        }

        /// <summary>The case the record is from ("strong-60w:body:4").</summary>
        public string CaseName { get; }

        /// <summary>The simulated pad of the case (its true structure: <see cref="TrueStructure"/>).</summary>
        public PadParameters Pad { get; }

        /// <summary>The first valid fused reading, °C: the origin the learner fits from.</summary>
        public double OriginC { get; }

        /// <summary>Seconds recorded (one sample per 1 s tick).</summary>
        public int Samples => _duty.Length;

        /// <summary>The pair's mean lag, s: the fused reading's lag on a ramp.</summary>
        public double MeanSensorLagS => 0.5 * (Pad.SensorLagS + Pad.SecondSensorLagS);

        /// <summary>One candidate structure (normalised by G_cs; <see cref="CoreShare"/> the part of the core the sensor sees).</summary>
        public readonly record struct Structure(double CoreTauS, double SurfaceTauS, double SurfaceLossRatio, double CoreLossRatio, double CoreShare);

        /// <summary>
        /// A fit's outcome: the residual RMS over the record, °C, the fitted gain and sink offset, °C, the structure, and (when
        /// the record holds the pad's true surface) the RMS of the fitted model's surface against the true surface over the
        /// same samples, °C (NaN otherwise): what the fit would steer by (session 26: a fit is judged by its surface).
        /// </summary>
        public readonly record struct Result(double ResidualRmsC, double RiseC, double SinkOffsetC, Structure Structure, double SurfaceRmsC = double.NaN);

        /// <summary>
        /// Records the bench's firmware run of <paramref name="caseName"/> ("pad:condition:level", e.g. "strong-60w:body:4") in the
        /// family of <paramref name="seed"/> (50 random pads, the bench's walk and sensor seeds) for <paramref name="seconds"/>
        /// after the heat starts: the duty applied over each tick and the fused reading (<see cref="SensorPairFusion"/>) the learner gets.
        /// </summary>
        public static StructureFit Record(int seed, string caseName, int seconds)
        {
            string[] parts = caseName.Split(':');
            if (parts.Length != 3 || !int.TryParse(parts[2], out int level) || level < 1 || level > TherapyConfig.LevelCount)
            {
                throw new ArgumentException("case must be pad:condition:level (level 1..5), got " + caseName, nameof(caseName));
            }

            foreach (BenchPadCondition pc in BenchPadFamily.Walk(BenchPadFamily.Build(BenchFamilyOptions.DefaultRandomPads, seed), seed))
            {
                if (pc.Name != parts[0] || pc.Condition != parts[1])
                {
                    continue;
                }

                var run = new FirmwareRun(pc.Pad, pc.SensorSeed(level), new TherapyConfig(), TherapyProgram.Heat, level);
                var duty = new List<double>();
                var reading = new List<double>();
                var surface = new List<double>();
                double appliedDuty = 0.0;
                int heatStart = -1;
                for (int t = 0; heatStart < 0 || t <= heatStart + seconds; t++)
                {
                    if (t > seconds + 3600)
                    {
                        throw new InvalidOperationException(caseName + ": no heat within an hour");
                    }

                    run.Step();
                    SensorReading fused = SensorPairFusion.Fuse(run.Reading, run.SecondReading);
                    if (heatStart < 0 && appliedDuty > 0.0)
                    {
                        heatStart = t - 1;
                    }

                    duty.Add(appliedDuty);
                    reading.Add(fused.IsValid ? fused.TemperatureC : double.NaN);
                    surface.Add(run.Pad.SurfaceC);
                    appliedDuty = run.DutyFraction;
                }

                double origin = double.NaN;
                foreach (double r in reading)
                {
                    if (!double.IsNaN(r))
                    {
                        origin = r;
                        break;
                    }
                }

                return new StructureFit(duty.ToArray(), reading.ToArray(), origin, caseName, pc.Pad, surface.ToArray());
            }

            throw new ArgumentException("no bench case " + caseName + " in seed " + seed, nameof(caseName));
        }

        /// <summary>The pad's own structure (its capacities and conductances over G_cs, surface losses to body and air together).</summary>
        public Structure TrueStructure
        {
            get
            {
                double gcs = Pad.CoreToSurfaceWPerK;
                return new Structure(Pad.CoreCapacityJPerK / gcs, Pad.SurfaceCapacityJPerK / gcs, (Pad.SurfaceToAmbientWPerK + Pad.SurfaceToBodyWPerK) / gcs, Pad.CoreToAmbientWPerK / gcs, 0.0);
            }
        }

        /// <summary>Least-squares fit of one structure at one sensor lag over the whole record.</summary>
        public Result Fit(Structure s, double sensorLagS)
        {
            double h = 1.0 / SubSteps;
            double hc = 0, hs = 0, hm = 0, gc = 0, gs = 0, gm = 0;
            double shh = 0, shg = 0, sgg = 0, syh = 0, syg = 0, syy = 0;
            double hsh = 0, hsg = 0, gsg = 0, zh = 0, zg = 0, zz = 0;
            int count = 0;
            for (int t = 1; t < _duty.Length; t++)
            {
                double u = _duty[t];
                for (int i = 0; i < SubSteps; i++)
                {
                    double flow = hc - hs;
                    hc += h / s.CoreTauS * (u - flow - (s.CoreLossRatio * hc));
                    hs += h / s.SurfaceTauS * (flow - (s.SurfaceLossRatio * hs));
                    hm += h / sensorLagS * ((((1.0 - s.CoreShare) * hs) + (s.CoreShare * hc)) - hm);
                    double gFlow = gc - gs;
                    gc += h / s.CoreTauS * (-gFlow - (s.CoreLossRatio * gc));
                    gs += h / s.SurfaceTauS * (gFlow - (s.SurfaceLossRatio * (gs - 1.0)));
                    gm += h / sensorLagS * ((((1.0 - s.CoreShare) * gs) + (s.CoreShare * gc)) - gm);
                }

                if (double.IsNaN(_readingC[t]))
                {
                    continue;
                }

                double y = _readingC[t] - OriginC;
                shh += hm * hm;
                shg += hm * gm;
                sgg += gm * gm;
                syh += y * hm;
                syg += y * gm;
                syy += y * y;
                if (_surfaceC != null)
                {
                    double z = _surfaceC[t] - OriginC;
                    hsh += hs * hs;
                    hsg += hs * gs;
                    gsg += gs * gs;
                    zh += z * hs;
                    zg += z * gs;
                    zz += z * z;
                }

                count++;
            }

            double det = (shh * sgg) - (shg * shg);
            if (!(det > 1e-12 * shh * sgg) || count == 0)
            {
                return new Result(double.PositiveInfinity, double.NaN, double.NaN, s);
            }

            double gain = ((syh * sgg) - (syg * shg)) / det;
            double sink = ((syg * shh) - (syh * shg)) / det;
            double residual = syy - (gain * syh) - (sink * syg);
            double surfaceRms = double.NaN;
            if (_surfaceC != null)
            {
                // Σ(z − g·hs − k·gs)² expanded in the accumulated sums.
                double e = zz - (2.0 * gain * zh) - (2.0 * sink * zg) + (gain * gain * hsh) + (2.0 * gain * sink * hsg) + (sink * sink * gsg);
                surfaceRms = Math.Sqrt(Math.Max(0.0, e) / count);
            }

            return new Result(Math.Sqrt(Math.Max(0.0, residual) / count), gain, sink, s, surfaceRms);
        }

        /// <summary>
        /// The best fit at <paramref name="sensorLagS"/> over every structure of the grid given, counting only fits the learner
        /// would accept (gain <see cref="PadModelLearner.MinRiseC"/>..<see cref="PadModelLearner.MaxRiseC"/>, sink offset
        /// <see cref="PadModelLearner.MinSinkOffsetC"/>..<see cref="PadModelLearner.MaxSinkOffsetC"/>, the sink itself at most
        /// <see cref="PadModelLearner.MaxSinkC"/>); +∞ when none is.
        /// </summary>
        public Result Best(double[] coreTausS, double[] surfaceTausS, double[] surfaceLossRatios, double[] coreLossRatios, double[] coreShares, double sensorLagS)
        {
            var best = new Result(double.PositiveInfinity, double.NaN, double.NaN, default);
            foreach (double ct in coreTausS)
            {
                foreach (double st in surfaceTausS)
                {
                    foreach (double sl in surfaceLossRatios)
                    {
                        foreach (double rc in coreLossRatios)
                        {
                            foreach (double a in coreShares)
                            {
                                Result r = Fit(new Structure(ct, st, sl, rc, a), sensorLagS);
                                if (Accepted(r) && r.ResidualRmsC < best.ResidualRmsC)
                                {
                                    best = r;
                                }
                            }
                        }
                    }
                }
            }

            return best;
        }

        /// <summary>
        /// Whether the learner would accept a fit's gain and sink: gain <see cref="PadModelLearner.MinRiseC"/>..
        /// <see cref="PadModelLearner.MaxRiseC"/>, sink offset <see cref="PadModelLearner.MinSinkOffsetC"/>..
        /// <see cref="PadModelLearner.MaxSinkOffsetC"/>, the sink itself at most <see cref="PadModelLearner.MaxSinkC"/>.
        /// </summary>
        public bool Accepted(Result r)
        {
            return r.RiseC >= PadModelLearner.MinRiseC && r.RiseC <= PadModelLearner.MaxRiseC
                && r.SinkOffsetC >= PadModelLearner.MinSinkOffsetC && r.SinkOffsetC <= PadModelLearner.MaxSinkOffsetC
                && r.SinkOffsetC <= PadModelLearner.MaxSinkC - OriginC;
        }

        /// <summary>A record cut to its first <paramref name="samples"/> seconds (what the firmware has at that time).</summary>
        public StructureFit Head(int samples)
        {
            int n = Math.Max(2, Math.Min(samples, _duty.Length));
            var duty = new double[n];
            var reading = new double[n];
            Array.Copy(_duty, duty, n);
            Array.Copy(_readingC, reading, n);
            double[] surface = null;
            if (_surfaceC != null)
            {
                surface = new double[n];
                Array.Copy(_surfaceC, surface, n);
            }

            return new StructureFit(duty, reading, OriginC, CaseName, Pad, surface);
        }

        /// <summary>
        /// A record made elsewhere (the duty applied over each 1 s tick, the fused reading at its end, NaN when invalid) of a
        /// run on <paramref name="pad"/>; the origin is the first valid reading.
        /// </summary>
        public static StructureFit FromRecord(double[] duty, double[] readingC, string caseName, PadParameters pad)
        {
            double origin = double.NaN;
            foreach (double r in readingC)
            {
                if (!double.IsNaN(r))
                {
                    origin = r;
                    break;
                }
            }

            return new StructureFit((double[])duty.Clone(), (double[])readingC.Clone(), origin, caseName, pad);
        }

        /// <summary>Ticks under full power in a row that make the first landing's stop (the identification probe's dips are shorter).</summary>
        public const int StopTicks = 15;

        /// <summary>
        /// The first landing's stop: the first tick after the heat's start that begins <see cref="StopTicks"/> ticks in a row
        /// under full power (what the firmware has when it stops full power to land); -1 if the record has none.
        /// </summary>
        public int FirstStop()
        {
            bool on = false;
            int low = 0;
            for (int t = 0; t < _duty.Length; t++)
            {
                if (_duty[t] > 0.0)
                {
                    on = true;
                }

                low = on && _duty[t] < 0.999 ? low + 1 : 0;
                if (low == StopTicks)
                {
                    return t - StopTicks + 1;
                }
            }

            return -1;
        }

        /// <summary>A continuous fit: the structure (core loss ratio and core share held), its sensor lag, the evaluations spent.</summary>
        public readonly record struct Refined(Result Fit, double SensorLagS, int Evaluations);

        /// <summary>Bounds of the continuous fit: τc, s (the bank's 8–270 s widened by half a member each way).</summary>
        public const double MinCoreTauS = 5.0, MaxCoreTauS = 450.0;

        /// <summary>Bounds of the continuous fit: τs, s (the bank's 30–1200 s widened).</summary>
        public const double MinSurfaceTauS = 18.0, MaxSurfaceTauS = 2000.0;

        /// <summary>Bounds of the continuous fit: surface loss ratio (the bank's 0.15–4 widened).</summary>
        public const double MinSurfaceLossRatio = 0.08, MaxSurfaceLossRatio = 7.0;

        /// <summary>Bounds of the continuous fit when the core loss ratio is freed (the shipped pads 0.06–0.27, pads/*.json; the bank fixes 0.2).</summary>
        public const double MinCoreLossRatio = 0.02, MaxCoreLossRatio = 0.6;

        /// <summary>Bounds of the continuous fit: sensor lag, s (the bank's 6–38 s widened; DS18B20 in a pad 5–40 s, issue 3).</summary>
        public const double MinSensorLagS = 3.0, MaxSensorLagS = 50.0;

        /// <summary>
        /// Refines <paramref name="start"/> (a structure and its lag, e.g. the best grid member) continuously in τc, τs, the
        /// surface loss ratio (log scale) and the sensor lag by Nelder–Mead on the residual RMS, the gain and sink offset still
        /// exact least squares and accepted as the learner accepts them (a refused fit counts as +∞); the core share is held,
        /// the core loss ratio too unless <paramref name="freeCoreLoss"/> (then a fifth parameter, log scale). Deterministic; at most <paramref name="maxEvaluations"/> fits.
        /// </summary>
        public Refined Refine(Structure start, double startLagS, int maxEvaluations = 300, bool freeCoreLoss = false)
        {
            int n = freeCoreLoss ? 5 : 4;
            var simplex = new double[n + 1][];
            var value = new double[n + 1];
            var result = new Result[n + 1];
            int evaluations = 0;
            double[] x0 = freeCoreLoss
                ? new[] { Math.Log(start.CoreTauS), Math.Log(start.SurfaceTauS), Math.Log(start.SurfaceLossRatio), startLagS, Math.Log(start.CoreLossRatio) }
                : new[] { Math.Log(start.CoreTauS), Math.Log(start.SurfaceTauS), Math.Log(start.SurfaceLossRatio), startLagS };
            double[] step = { 0.35, 0.35, 0.35, 3.0, 0.5 };
            Result Eval(double[] x, out double v)
            {
                evaluations++;
                double ct = Math.Exp(x[0]), st = Math.Exp(x[1]), sl = Math.Exp(x[2]), lag = x[3];
                double rc = freeCoreLoss ? Math.Exp(x[4]) : start.CoreLossRatio;
                if (rc < MinCoreLossRatio || rc > MaxCoreLossRatio || ct < MinCoreTauS || ct > MaxCoreTauS || st < MinSurfaceTauS || st > MaxSurfaceTauS || sl < MinSurfaceLossRatio || sl > MaxSurfaceLossRatio || lag < MinSensorLagS || lag > MaxSensorLagS)
                {
                    v = double.PositiveInfinity;
                    return new Result(double.PositiveInfinity, double.NaN, double.NaN, start);
                }

                Result r = Fit(new Structure(ct, st, sl, rc, start.CoreShare), lag);
                v = Accepted(r) ? r.ResidualRmsC : double.PositiveInfinity;
                return r;
            }

            for (int i = 0; i <= n; i++)
            {
                simplex[i] = (double[])x0.Clone();
                if (i > 0)
                {
                    simplex[i][i - 1] += step[i - 1];
                }

                result[i] = Eval(simplex[i], out value[i]);
            }

            while (evaluations < maxEvaluations)
            {
                // Order: best first.
                for (int i = 1; i <= n; i++)
                {
                    for (int j = i; j > 0 && value[j] < value[j - 1]; j--)
                    {
                        (value[j], value[j - 1]) = (value[j - 1], value[j]);
                        (simplex[j], simplex[j - 1]) = (simplex[j - 1], simplex[j]);
                        (result[j], result[j - 1]) = (result[j - 1], result[j]);
                    }
                }

                if (value[n] - value[0] < 1e-6 && !double.IsInfinity(value[n]))
                {
                    break;
                }

                var centroid = new double[n];
                for (int i = 0; i < n; i++)
                {
                    for (int k = 0; k < n; k++)
                    {
                        centroid[k] += simplex[i][k] / n;
                    }
                }

                double[] Along(double f)
                {
                    var x = new double[n];
                    for (int k = 0; k < n; k++)
                    {
                        x[k] = centroid[k] + (f * (simplex[n][k] - centroid[k]));
                    }

                    return x;
                }

                double[] xr = Along(-1.0);
                Result rr = Eval(xr, out double vr);
                if (vr < value[0])
                {
                    double[] xe = Along(-2.0);
                    Result re = Eval(xe, out double ve);
                    if (ve < vr)
                    {
                        simplex[n] = xe; value[n] = ve; result[n] = re;
                    }
                    else
                    {
                        simplex[n] = xr; value[n] = vr; result[n] = rr;
                    }
                }
                else if (vr < value[n - 1])
                {
                    simplex[n] = xr; value[n] = vr; result[n] = rr;
                }
                else
                {
                    double[] xc = vr < value[n] ? Along(-0.5) : Along(0.5);
                    Result rc = Eval(xc, out double vc);
                    if (vc < Math.Min(vr, value[n]))
                    {
                        simplex[n] = xc; value[n] = vc; result[n] = rc;
                    }
                    else
                    {
                        for (int i = 1; i <= n; i++)
                        {
                            for (int k = 0; k < n; k++)
                            {
                                simplex[i][k] = simplex[0][k] + (0.5 * (simplex[i][k] - simplex[0][k]));
                            }

                            result[i] = Eval(simplex[i], out value[i]);
                        }
                    }
                }
            }

            int b = 0;
            for (int i = 1; i <= n; i++)
            {
                if (value[i] < value[b])
                {
                    b = i;
                }
            }

            Result best = double.IsInfinity(value[b]) ? new Result(double.PositiveInfinity, double.NaN, double.NaN, start) : result[b];
            return new Refined(best, simplex[b][3], evaluations);
        }

        /// <summary>
        /// The bank's best member over its four lags (<see cref="StructureFitCommand"/>'s grid), then refined from there
        /// (<see cref="Refine"/>); the grid member is returned as well. An infinite residual: nothing accepted.
        /// </summary>
        public Refined RefineFromBank(out Refined gridBest, int maxEvaluations = 300, bool freeCoreLoss = false)
        {
            gridBest = new Refined(new Result(double.PositiveInfinity, double.NaN, double.NaN, default), double.NaN, 0);
            double[] rc = { StructureFitCommand.BankCoreLossRatio };
            double[] none = { 0.0 };
            foreach (double lag in StructureFitCommand.BankSensorLagsS)
            {
                Result r = Best(StructureFitCommand.BankCoreTausS, StructureFitCommand.BankSurfaceTausS, StructureFitCommand.BankSurfaceLossRatios, rc, none, lag);
                if (r.ResidualRmsC < gridBest.Fit.ResidualRmsC)
                {
                    gridBest = new Refined(r, lag, 0);
                }
            }

            if (double.IsInfinity(gridBest.Fit.ResidualRmsC))
            {
                return gridBest;
            }

            Refined refined = Refine(gridBest.Fit.Structure, gridBest.SensorLagS, maxEvaluations, freeCoreLoss);
            return refined.Fit.ResidualRmsC < gridBest.Fit.ResidualRmsC ? refined : gridBest;
        }
    }
}
