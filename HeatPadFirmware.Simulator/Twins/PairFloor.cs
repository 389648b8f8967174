using System;
using System.Collections.Generic;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Twins
{
    /// <summary>
    /// The fastest rise any controller can give one pad of a group that it cannot tell apart, when it applies the
    /// same duty to all of them and keeps every true surface at most <c>capC</c> over the setpoint: the smallest T
    /// for which some duty u(t) ∈ [0, 1] (held over blocks of whole seconds, 0 after T) lifts the target pad's
    /// surface to setpoint − 0.5 °C at T while every pad's surface stays ≤ setpoint + capC from 0 to T + 30 min.
    /// Every surface is linear in u (free response + Σ u_j × block response, exact for the simulator's pad), so each
    /// T is a linear program (<see cref="BoxLinearProgram"/>: maximise the target's surface at T) and T comes from a
    /// bisection on whole seconds. The cap's rows are generated as needed: the program starts with none, and each
    /// round adds, per pad, the worst time of every run of seconds where the solution breaks the cap; a relaxed
    /// optimum under the target already proves T too short.
    /// <para>Resolution: up to <see cref="MaxBlocks"/> blocks of equal whole seconds ending at T (1 s blocks while
    /// T ≤ 300 s). Coarser blocks only restrict the controller, so beyond 300 s the floor can be high by at most about
    /// one block (T/300).</para>
    /// </summary>
    public static class PairFloor
    {
        /// <summary>Overshoot cap of issue 3, °C over the setpoint.</summary>
        public const double IssueCapC = 0.3;

        /// <summary>Most duty blocks in one program.</summary>
        public const int MaxBlocks = 300;

        /// <summary>Coast watched after T for the cap, s (the stored heat's peak comes within a few fast time constants, ≤ 90 s in the family).</summary>
        public const int CoastS = 1800;

        /// <summary>Longest T tried, s (the bench's longest run is 85 min).</summary>
        public const int MaxRiseS = 4 * 3600;

        // Rounds of row generation before giving up on one program.
        private const int MaxRounds = 400;

        // Cap violations smaller than this count as none, °C.
        private const double CapToleranceC = 1e-7;

        /// <summary>Result of one floor search.</summary>
        public sealed class Result
        {
            /// <summary>Smallest feasible T, s (NaN when no T up to <see cref="MaxRiseS"/> works or the target never reaches the band).</summary>
            public double FloorS { get; init; }

            /// <summary>The target pad's own physical bound (PhysicalBound: full power then coast, 0.5 °C), s; NaN when unreachable.</summary>
            public double BoundS { get; init; }

            /// <summary>FloorS / BoundS.</summary>
            public double Ratio { get; init; }

            /// <summary>The target's full-power time to the band, s (no controller can be faster).</summary>
            public double FullPowerS { get; init; }

            /// <summary>Linear programs solved.</summary>
            public int Programs { get; init; }

            /// <summary>Trial times whose short fall the duality bound could not prove; counted as feasible (floor lowered, never raised).</summary>
            public int Unproven { get; init; }
        }

        /// <summary>
        /// Floor for <paramref name="pads"/>[<paramref name="target"/>] when the same duty drives all of
        /// <paramref name="pads"/> (1..4 pads, validated) and all keep their surfaces ≤ <paramref name="setpointC"/> +
        /// <paramref name="capC"/> (0..5 °C).
        /// </summary>
        public static Result Compute(IReadOnlyList<PadParameters> pads, int target, double setpointC, double capC)
        {
            if (pads == null || pads.Count < 1 || pads.Count > 4 || target < 0 || target >= pads.Count)
            {
                throw new ArgumentException("1..4 pads and a target index among them");
            }

            if (!(capC >= 0.0 && capC <= 5.0))
            {
                throw new ArgumentOutOfRangeException(nameof(capC), capC, "cap 0..5 C over the setpoint");
            }

            bool reachable = PhysicalBound.Compute(pads[target], setpointC, out double boundS, out _);
            var responses = new Responses[pads.Count];
            for (int p = 0; p < pads.Count; p++)
            {
                responses[p] = new Responses(pads[p], MaxRiseS + CoastS);
            }

            double bandC = setpointC - PhysicalBound.BandC;
            int fullPowerS = responses[target].FirstFullPowerReach(bandC);
            if (!reachable || fullPowerS < 0)
            {
                return new Result { FloorS = double.NaN, BoundS = reachable ? boundS : double.NaN, Ratio = double.NaN, FullPowerS = double.NaN };
            }

            var search = new Search(responses, target, setpointC + capC, bandC);
            int floorS = -1;
            if (search.Feasible(fullPowerS))
            {
                floorS = fullPowerS;
            }
            else
            {
                int lo = fullPowerS, hi = fullPowerS;
                while (true)
                {
                    lo = hi;
                    hi = Math.Min(MaxRiseS, hi * 2);
                    if (search.Feasible(hi))
                    {
                        break;
                    }

                    if (hi == MaxRiseS)
                    {
                        hi = -1;
                        break;
                    }
                }

                if (hi > 0)
                {
                    while (hi - lo > 1)
                    {
                        int mid = (lo + hi) / 2;
                        if (search.Feasible(mid))
                        {
                            hi = mid;
                        }
                        else
                        {
                            lo = mid;
                        }
                    }

                    floorS = hi;
                }
            }

            double floor = floorS < 0 ? double.NaN : floorS;
            return new Result { FloorS = floor, BoundS = boundS, Ratio = floor / boundS, FullPowerS = fullPowerS, Programs = search.Programs, Unproven = search.Unproven };
        }

        /// <summary>
        /// The highest surface <paramref name="pads"/>[<paramref name="target"/>] can have at <paramref name="riseS"/>
        /// (1..<see cref="MaxRiseS"/>) under one duty sequence that keeps every pad ≤ <paramref name="capC"/> (absolute,
        /// °C) until riseS + <see cref="CoastS"/>; −∞ when zero duty already breaks the cap.
        /// </summary>
        public static double BestSurfaceAtC(IReadOnlyList<PadParameters> pads, int target, double capC, int riseS)
        {
            if (pads == null || pads.Count < 1 || pads.Count > 4 || target < 0 || target >= pads.Count || riseS < 1 || riseS > MaxRiseS)
            {
                throw new ArgumentException("1..4 pads, a target index among them and T in 1.." + MaxRiseS + " s");
            }

            var responses = new Responses[pads.Count];
            for (int p = 0; p < pads.Count; p++)
            {
                responses[p] = new Responses(pads[p], riseS + CoastS);
            }

            return new Search(responses, target, capC, double.NaN).BestSurfaceC(riseS, false);
        }

        /// <summary>Free (duty 0) and unit-step (duty 1 from t = 0, minus free) surface responses of one pad at whole seconds.</summary>
        private sealed class Responses
        {
            public readonly PadParameters Pad;
            public readonly double[] FreeC;
            public readonly double[] StepC;

            public Responses(PadParameters p, int seconds)
            {
                Pad = p;
                FreeC = new double[seconds + 1];
                StepC = new double[seconds + 1];
                var free = new ThermalPad(p);
                var heated = new ThermalPad(p);
                FreeC[0] = free.SurfaceC;
                for (int t = 1; t <= seconds; t++)
                {
                    free.Step(1.0, 0.0, true);
                    heated.Step(1.0, 1.0, true);
                    FreeC[t] = free.SurfaceC;
                    StepC[t] = heated.SurfaceC - free.SurfaceC;
                }
            }

            public int FirstFullPowerReach(double bandC)
            {
                for (int t = 0; t < FreeC.Length; t++)
                {
                    if (FreeC[t] + StepC[t] >= bandC)
                    {
                        return t;
                    }
                }

                return -1;
            }

            // Surface response at time t to duty 1 held over [start, end).
            public double Block(int t, int start, int end)
            {
                return (t > start ? StepC[t - start] : 0.0) - (t > end ? StepC[t - end] : 0.0);
            }
        }

        private sealed class Search
        {
            private readonly Responses[] _pads;
            private readonly int _target;
            private readonly double _capC;
            private readonly double _bandC;

            public Search(Responses[] pads, int target, double capC, double bandC)
            {
                _pads = pads;
                _target = target;
                _capC = capC;
                _bandC = bandC;
            }

            public int Programs { get; private set; }

            public int Unproven { get; private set; }

            public bool Feasible(int riseS)
            {
                return BestSurfaceC(riseS, true) >= _bandC - 1e-9;
            }

            // The target's best surface at riseS, °C; with stopWhenShort, any value under the band once that is proven.
            // −∞ when zero duty already breaks the cap.
            public double BestSurfaceC(int riseS, bool stopWhenShort)
            {
                int n = Math.Min(riseS, MaxBlocks);
                var starts = new int[n];
                var ends = new int[n];
                for (int j = 0; j < n; j++)
                {
                    starts[j] = (int)Math.Round((double)j * riseS / n);
                    ends[j] = (int)Math.Round((double)(j + 1) * riseS / n);
                }

                Responses target = _pads[_target];
                var c = new double[n];
                for (int j = 0; j < n; j++)
                {
                    c[j] = target.Block(riseS, starts[j], ends[j]);
                }

                double needC = _bandC - target.FreeC[riseS];
                double objective = 0.0;
                var rows = new List<double[]>();
                var limits = new List<double>();
                var added = new HashSet<long>();
                int horizon = riseS + CoastS;
                var surface = new double[horizon + 1];
                for (int round = 0; round < MaxRounds; round++)
                {
                    Programs++;
                    double[] x;
                    double upperBound;
                    try
                    {
                        x = BoxLinearProgram.Solve(c, rows.ToArray(), limits.ToArray(), out objective, out upperBound);
                    }
                    catch (InvalidOperationException)
                    {
                        // Out of simplex iterations: no proof either way.
                        Unproven++;
                        return stopWhenShort ? _bandC : double.NaN;
                    }

                    if (stopWhenShort && upperBound < needC - 1e-9)
                    {
                        // Proven short: the weak-duality bound of a program with a subset of the cap's rows bounds the
                        // full program's optimum from above, whatever rounding the simplex suffered.
                        return target.FreeC[riseS] + upperBound;
                    }

                    if (double.IsNaN(objective) || Array.Exists(x, v => double.IsNaN(v)))
                    {
                        // The simplex broke down (it should not: singular bases are repaired); never a proof either way.
                        Unproven++;
                        return stopWhenShort ? _bandC : double.NaN;
                    }

                    bool anyAdded = false, anyBroken = false;
                    for (int p = 0; p < _pads.Length; p++)
                    {
                        Simulate(_pads[p], x, starts, ends, horizon, surface);
                        int t = 1;
                        while (t <= horizon)
                        {
                            if (surface[t] <= _capC + CapToleranceC)
                            {
                                t++;
                                continue;
                            }

                            int worst = t;
                            anyBroken = true;
                            while (t <= horizon && surface[t] > _capC + CapToleranceC)
                            {
                                if (surface[t] > surface[worst])
                                {
                                    worst = t;
                                }

                                t++;
                            }

                            long key = (long)p * 1000000 + worst;
                            double limit = _capC - _pads[p].FreeC[worst];
                            if (limit < 0.0)
                            {
                                return double.NegativeInfinity;
                            }

                            if (added.Add(key))
                            {
                                var row = new double[n];
                                for (int j = 0; j < n; j++)
                                {
                                    row[j] = _pads[p].Block(worst, starts[j], ends[j]);
                                }

                                rows.Add(row);
                                limits.Add(limit);
                                anyAdded = true;
                            }
                        }
                    }

                    if (!anyAdded)
                    {
                        // No new row to add. Proven: x breaks no cap (checked on the pads themselves) and reaches the band.
                        // Otherwise x breaks a row it was given, or falls short without a duality proof (the tableau's
                        // rounding on near-parallel rows): T counts as feasible, so a doubt never raises the floor.
                        if ((!anyBroken && objective >= needC - 1e-9) || !stopWhenShort)
                        {
                            return target.FreeC[riseS] + objective;
                        }

                        Unproven++;
                        return _bandC;
                    }
                }

                // The cap's rows did not settle: no proof either way, so T counts as feasible (a doubt never raises a floor).
                Unproven++;
                return stopWhenShort ? _bandC : double.NaN;
            }

            private static void Simulate(Responses r, double[] x, int[] starts, int[] ends, int horizon, double[] surface)
            {
                // The pad itself under the blocks' duty: exact like the rows' superposition, to rounding.
                var pad = new ThermalPad(r.Pad);
                surface[0] = pad.SurfaceC;
                int block = 0;
                for (int t = 1; t <= horizon; t++)
                {
                    while (block < x.Length && ends[block] < t)
                    {
                        block++;
                    }

                    double duty = block < x.Length && starts[block] < t ? x[block] : 0.0;
                    pad.Step(1.0, duty, true);
                    surface[t] = pad.SurfaceC;
                }
            }
        }
    }
}
