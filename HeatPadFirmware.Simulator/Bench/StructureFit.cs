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

        private StructureFit(double[] duty, double[] readingC, double originC, string caseName, PadParameters pad)
        {
            _duty = duty;
            _readingC = readingC;
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

        /// <summary>A fit's outcome: the residual RMS over the record, °C, the fitted gain and sink offset, °C, and the structure.</summary>
        public readonly record struct Result(double ResidualRmsC, double RiseC, double SinkOffsetC, Structure Structure);

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

                return new StructureFit(duty.ToArray(), reading.ToArray(), origin, caseName, pc.Pad);
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
            return new Result(Math.Sqrt(Math.Max(0.0, residual) / count), gain, sink, s);
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
                                bool accepted = r.RiseC >= PadModelLearner.MinRiseC && r.RiseC <= PadModelLearner.MaxRiseC
                                    && r.SinkOffsetC >= PadModelLearner.MinSinkOffsetC && r.SinkOffsetC <= PadModelLearner.MaxSinkOffsetC
                                    && r.SinkOffsetC <= PadModelLearner.MaxSinkC - OriginC;
                                if (accepted && r.ResidualRmsC < best.ResidualRmsC)
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
    }
}
