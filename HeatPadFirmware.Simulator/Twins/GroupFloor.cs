using System;
using System.Collections.Generic;

namespace HeatPadFirmware.Simulator.Twins
{
    /// <summary>
    /// The joint min–max version of <see cref="PairFloor"/>, for any number of surfaces one duty drives
    /// (<see cref="FloorMember"/>: simulated pads, or the learner's candidate models from their states at some moment):
    /// the best common duty u(t) ∈ [0, 1] (blocks of whole seconds, 0 after the last target time) that keeps EVERY
    /// member's surface ≤ a cap until the last target time + <see cref="PairFloor.CoastS"/> and maximises the smallest
    /// margin over the targets, surface_k(T_k) − band, each target at its own time. The margin z is a free variable, so
    /// it enters the box program as z = M·(2w − 1) with w ∈ [0, 1] and M larger than every target's deficit at zero duty:
    /// x = 0, w = 0 is then feasible and <see cref="BoxLinearProgram"/> needs no phase 1. The cap's rows are generated as
    /// in <see cref="PairFloor"/>: the worst second of every run of seconds over the cap, per member, each round.
    /// </summary>
    public static class GroupFloor
    {
        /// <summary>Most duty blocks in one program (1 s blocks up to 300 s, as <see cref="PairFloor.MaxBlocks"/>).</summary>
        public const int MaxBlocks = PairFloor.MaxBlocks;

        // Rounds of row generation before giving up on one program.
        private const int MaxRounds = 400;

        // Cap violations smaller than this count as none, °C.
        private const double CapToleranceC = 1e-7;

        /// <summary>One program's answer.</summary>
        public sealed class Solution
        {
            /// <summary>Smallest target margin over the band reached, °C (≥ 0: every target in the band at its time); −∞ when zero duty already breaks the cap; with an early stop, some value under 0.</summary>
            public double MarginC { get; init; }

            /// <summary>The optimal duty per second, 0..1, over 0..last target time (null after an early stop or −∞).</summary>
            public double[] DutyPerSecond { get; init; }

            /// <summary>Linear programs solved (rounds of row generation).</summary>
            public int Programs { get; init; }
        }

        /// <summary>
        /// One program. <paramref name="targetMember"/>[k] is reached at <paramref name="targetTimeS"/>[k] (≥ 1 s);
        /// <paramref name="bandC"/> and <paramref name="capC"/> are absolute, °C. Every member's horizon must reach the
        /// last target time + <see cref="PairFloor.CoastS"/>. With <paramref name="stopWhenShort"/>, returns as soon as a
        /// relaxed optimum (a subset of the cap's rows: an upper bound) is under 0.
        /// </summary>
        public static Solution Solve(IReadOnlyList<FloorMember> members, int[] targetMember, int[] targetTimeS, double bandC, double capC, bool stopWhenShort)
        {
            if (members == null || members.Count < 1 || targetMember == null || targetTimeS == null || targetMember.Length < 1
                || targetMember.Length != targetTimeS.Length)
            {
                throw new ArgumentException("members and one time per target are required");
            }

            int endS = 0;
            for (int k = 0; k < targetMember.Length; k++)
            {
                if (targetMember[k] < 0 || targetMember[k] >= members.Count || targetTimeS[k] < 1)
                {
                    throw new ArgumentException("target " + k + " must name a member and a time of at least 1 s");
                }

                endS = Math.Max(endS, targetTimeS[k]);
            }

            int horizon = endS + PairFloor.CoastS;
            foreach (FloorMember m in members)
            {
                if (m.Horizon < horizon)
                {
                    throw new ArgumentException("member " + m.Name + " has responses to " + m.Horizon + " s, the program needs " + horizon);
                }
            }

            int n = Math.Min(endS, MaxBlocks);
            var starts = new int[n];
            var ends = new int[n];
            for (int j = 0; j < n; j++)
            {
                starts[j] = (int)Math.Round((double)j * endS / n);
                ends[j] = (int)Math.Round((double)(j + 1) * endS / n);
            }

            // Margin variable: z = M(2w − 1), M over every target's deficit at zero duty.
            double m0 = 0.0;
            for (int k = 0; k < targetMember.Length; k++)
            {
                m0 = Math.Max(m0, bandC - members[targetMember[k]].FreeC[targetTimeS[k]]);
            }

            double bigM = m0 + 1.0;
            var rows = new List<double[]>();
            var limits = new List<double>();
            for (int k = 0; k < targetMember.Length; k++)
            {
                // z − Σ a_kj x_j ≤ free_k(T_k) − band  ⇔  2M·w − Σ a_kj x_j ≤ free_k(T_k) − band + M.
                FloorMember target = members[targetMember[k]];
                var row = new double[n + 1];
                for (int j = 0; j < n; j++)
                {
                    row[j] = -target.Block(targetTimeS[k], starts[j], ends[j]);
                }

                row[n] = 2.0 * bigM;
                rows.Add(row);
                limits.Add(Math.Max(0.0, target.FreeC[targetTimeS[k]] - bandC + bigM));
            }

            var c = new double[n + 1];
            c[n] = 1.0;
            var added = new HashSet<long>();
            var duty = new double[horizon];
            var surface = new double[horizon + 1];
            int programs = 0;
            for (int round = 0; round < MaxRounds; round++)
            {
                programs++;
                double[] x = BoxLinearProgram.Solve(c, rows.ToArray(), limits.ToArray(), out double w);
                double marginC = bigM * ((2.0 * w) - 1.0);
                if (stopWhenShort && marginC < -1e-9)
                {
                    return new Solution { MarginC = marginC, Programs = programs };
                }

                Array.Clear(duty);
                for (int j = 0; j < n; j++)
                {
                    for (int s = starts[j]; s < ends[j]; s++)
                    {
                        duty[s] = x[j];
                    }
                }

                bool anyAdded = false;
                for (int p = 0; p < members.Count; p++)
                {
                    FloorMember member = members[p];
                    member.Simulate(duty, horizon, surface);
                    int t = 1;
                    while (t <= horizon)
                    {
                        if (surface[t] <= capC + CapToleranceC)
                        {
                            t++;
                            continue;
                        }

                        int worst = t;
                        while (t <= horizon && surface[t] > capC + CapToleranceC)
                        {
                            if (surface[t] > surface[worst])
                            {
                                worst = t;
                            }

                            t++;
                        }

                        double limit = capC - member.FreeC[worst];
                        if (limit < 0.0)
                        {
                            return new Solution { MarginC = double.NegativeInfinity, Programs = programs };
                        }

                        if (added.Add(((long)p * 10000000) + worst))
                        {
                            var row = new double[n + 1];
                            for (int j = 0; j < n; j++)
                            {
                                row[j] = member.Block(worst, starts[j], ends[j]);
                            }

                            rows.Add(row);
                            limits.Add(limit);
                            anyAdded = true;
                        }
                    }
                }

                if (!anyAdded)
                {
                    var result = new double[endS];
                    Array.Copy(duty, result, endS);
                    return new Solution { MarginC = marginC, DutyPerSecond = result, Programs = programs };
                }
            }

            throw new InvalidOperationException("group floor: the cap's rows did not settle in " + MaxRounds + " rounds");
        }

        /// <summary>
        /// Smallest common time T (s, whole seconds, up to <paramref name="maxS"/>) at which one duty brings every member
        /// listed in <paramref name="targets"/> to <paramref name="bandC"/> while every member stays ≤ <paramref name="capC"/>
        /// (both absolute, °C) until T + <see cref="PairFloor.CoastS"/>; −1 when none. <paramref name="best"/>: the
        /// solution at that T (null when none). Bisection from the latest full-power reach of the targets, doubling up.
        /// </summary>
        public static int EarliestCommonS(IReadOnlyList<FloorMember> members, int[] targets, double bandC, double capC, int maxS, out Solution best,
            out int programs)
        {
            programs = 0;
            best = null;
            int lo = 1;
            foreach (int k in targets)
            {
                int reach = FirstFullPowerReach(members[k], bandC);
                if (reach < 0)
                {
                    return -1;
                }

                lo = Math.Max(lo, reach);
            }

            int total = 0;
            Solution Try(int t)
            {
                var times = new int[targets.Length];
                Array.Fill(times, t);
                Solution s = Solve(members, targets, times, bandC, capC, true);
                total += s.Programs;
                return s;
            }

            Solution first = Try(lo);
            if (first.MarginC >= -1e-9)
            {
                programs = total;
                best = first;
                return lo;
            }

            if (double.IsNegativeInfinity(first.MarginC))
            {
                programs = total;
                return -1;
            }

            int hi = lo;
            Solution atHi;
            while (true)
            {
                lo = hi;
                hi = Math.Min(maxS, hi * 2);
                atHi = Try(hi);
                if (atHi.MarginC >= -1e-9)
                {
                    break;
                }

                if (hi == maxS)
                {
                    programs = total;
                    return -1;
                }
            }

            while (hi - lo > 1)
            {
                int mid = (lo + hi) / 2;
                Solution s = Try(mid);
                if (s.MarginC >= -1e-9)
                {
                    hi = mid;
                    atHi = s;
                }
                else
                {
                    lo = mid;
                }
            }

            programs = total;
            best = atHi;
            return hi;
        }

        /// <summary>
        /// Joint floor over targets with their own bounds: the smallest ρ (resolution <paramref name="resolution"/>) for
        /// which one duty brings every member k listed in <paramref name="targets"/> to the band at round(ρ × <paramref name="boundsS"/>[k])
        /// with every member under the cap; NaN when none up to <paramref name="maxRatio"/>.
        /// </summary>
        public static double JointRatio(IReadOnlyList<FloorMember> members, int[] targets, double[] boundsS, double bandC, double capC, double resolution,
            double maxRatio, out int programs)
        {
            programs = 0;
            double lo = 0.0;
            for (int i = 0; i < targets.Length; i++)
            {
                int reach = FirstFullPowerReach(members[targets[i]], bandC);
                if (reach < 0)
                {
                    return double.NaN;
                }

                lo = Math.Max(lo, reach / boundsS[i]);
            }

            int total = 0;
            bool Feasible(double ratio)
            {
                var times = new int[targets.Length];
                for (int i = 0; i < targets.Length; i++)
                {
                    times[i] = Math.Max(1, (int)Math.Ceiling((ratio * boundsS[i]) - 1e-9));
                }

                Solution s = Solve(members, targets, times, bandC, capC, true);
                total += s.Programs;
                return s.MarginC >= -1e-9;
            }

            if (Feasible(lo))
            {
                programs = total;
                return lo;
            }

            double hi = lo;
            do
            {
                lo = hi;
                hi = Math.Min(maxRatio, hi * 1.1);
                if (Feasible(hi))
                {
                    break;
                }

                if (hi >= maxRatio)
                {
                    programs = total;
                    return double.NaN;
                }
            }
            while (true);

            while (hi - lo > resolution)
            {
                double mid = 0.5 * (lo + hi);
                if (Feasible(mid))
                {
                    hi = mid;
                }
                else
                {
                    lo = mid;
                }
            }

            programs = total;
            return hi;
        }

        /// <summary>First whole second at which <paramref name="member"/>'s surface reaches <paramref name="bandC"/> at full power; −1 within its horizon never.</summary>
        public static int FirstFullPowerReach(FloorMember member, double bandC)
        {
            for (int t = 0; t <= member.Horizon; t++)
            {
                if (member.FreeC[t] + member.StepC[t] >= bandC)
                {
                    return t;
                }
            }

            return -1;
        }
    }
}
