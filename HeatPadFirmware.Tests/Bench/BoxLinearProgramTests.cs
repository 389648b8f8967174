using System;
using HeatPadFirmware.Simulator.Twins;
using Xunit;

namespace HeatPadFirmware.Tests.Bench
{
    /// <summary>The pair floor's linear-program solver: maximise c·x, A·x ≤ b (b ≥ 0), 0 ≤ x ≤ 1.</summary>
    public class BoxLinearProgramTests
    {
        [Fact]
        public void Solve_FindsTheVertex_OfASmallProgram()
        {
            // max 3x + 2y with x + y ≤ 1.5 and x + 2y ≤ 2: x = 1 (its bound), y = 0.5, both rows tight.
            double[] x = BoxLinearProgram.Solve(new[] { 3.0, 2.0 }, new[] { new[] { 1.0, 1.0 }, new[] { 1.0, 2.0 } }, new[] { 1.5, 2.0 }, out double objective);
            Assert.Equal(1.0, x[0], 9);
            Assert.Equal(0.5, x[1], 9);
            Assert.Equal(4.0, objective, 9);
        }

        [Fact]
        public void Solve_PutsEveryVariableAtItsUpperBound_WhenNoRowBinds()
        {
            double[] x = BoxLinearProgram.Solve(new[] { 1.0, 0.5, 2.0 }, Array.Empty<double[]>(), Array.Empty<double>(), out double objective);
            Assert.Equal(new[] { 1.0, 1.0, 1.0 }, x);
            Assert.Equal(3.5, objective, 12);
        }

        [Fact]
        public void Solve_RefusesANegativeRightHandSide()
        {
            // x = 0 must be feasible: the pair floor never asks otherwise, and a negative b would mean heat is needed to cool.
            Assert.Throws<ArgumentException>(() => BoxLinearProgram.Solve(new[] { 1.0 }, new[] { new[] { 1.0 } }, new[] { -0.1 }, out _));
        }

        [Fact]
        public void Solve_MatchesAnExhaustiveVertexSearch_OnSeededRandomPrograms()
        {
            // Three variables, up to four rows: the optimum lies on a vertex of the box-and-rows polytope; enumerate every
            // choice of three active constraints (rows or bounds), keep the feasible points, take the best.
            var random = new Random(11);
            for (int trial = 0; trial < 200; trial++)
            {
                int m = 1 + random.Next(4);
                var c = new double[3];
                var a = new double[m][];
                var b = new double[m];
                for (int j = 0; j < 3; j++)
                {
                    c[j] = random.NextDouble() * 2 - 0.5;
                }

                for (int i = 0; i < m; i++)
                {
                    a[i] = new[] { random.NextDouble(), random.NextDouble() - 0.2, random.NextDouble() };
                    b[i] = random.NextDouble();
                }

                double[] x = BoxLinearProgram.Solve(c, a, b, out double objective);
                for (int i = 0; i < m; i++)
                {
                    Assert.True(a[i][0] * x[0] + a[i][1] * x[1] + a[i][2] * x[2] <= b[i] + 1e-9, $"trial {trial}: row {i} broken");
                }

                Assert.Equal(BestVertex(c, a, b), objective, 9);
            }
        }

        [Fact]
        public void Solve_ProvesItsOptimum_OnHundredsOfNearlyParallelRows()
        {
            // The pair floor's kind of program: 200 one-second duty blocks, 150 cap rows at consecutive seconds, each the
            // response of a two-time-constant lag (20 s and 90 s) to every block: neighbouring rows differ by a few percent.
            // The weak-duality bound, evaluated on the data, must meet the objective and x must keep every row.
            const int n = 200, m = 150;
            double Response(double t) => t <= 0 ? 0 : 1.0 - (90.0 * Math.Exp(-t / 90.0) - 20.0 * Math.Exp(-t / 20.0)) / 70.0;
            double Block(int t, int j) => Response(t - j) - Response(t - j - 1);
            var c = new double[n];
            for (int j = 0; j < n; j++)
            {
                c[j] = Block(n, j);
            }

            var a = new double[m][];
            var b = new double[m];
            for (int i = 0; i < m; i++)
            {
                int t = 60 + 2 * i;
                a[i] = new double[n];
                for (int j = 0; j < n; j++)
                {
                    a[i][j] = Block(t, j);
                }

                b[i] = 0.35 * Response(t);
            }

            double[] x = BoxLinearProgram.Solve(c, a, b, out double objective, out double upperBound);
            for (int i = 0; i < m; i++)
            {
                double used = 0;
                for (int j = 0; j < n; j++)
                {
                    used += a[i][j] * x[j];
                }

                Assert.True(used <= b[i] + 1e-9, $"row {i}: {used} > {b[i]}");
            }

            Assert.True(objective > 0.0);
            Assert.True(upperBound - objective <= 1e-9 * Math.Max(1.0, objective), $"objective {objective}, proven bound {upperBound}");
        }

        private static double BestVertex(double[] c, double[][] a, double[] b)
        {
            // Constraints as rows g·x ≤ h: the m rows, then x_j ≤ 1 and −x_j ≤ 0.
            int m = a.Length;
            var g = new double[m + 6][];
            var h = new double[m + 6];
            for (int i = 0; i < m; i++)
            {
                g[i] = a[i];
                h[i] = b[i];
            }

            for (int j = 0; j < 3; j++)
            {
                g[m + 2 * j] = new double[3];
                g[m + 2 * j][j] = 1.0;
                h[m + 2 * j] = 1.0;
                g[m + 2 * j + 1] = new double[3];
                g[m + 2 * j + 1][j] = -1.0;
            }

            double best = double.NegativeInfinity;
            int n = g.Length;
            for (int p = 0; p < n; p++)
            {
                for (int q = p + 1; q < n; q++)
                {
                    for (int r = q + 1; r < n; r++)
                    {
                        if (!Solve3(g[p], g[q], g[r], h[p], h[q], h[r], out double[] x))
                        {
                            continue;
                        }

                        bool feasible = true;
                        for (int k = 0; k < n && feasible; k++)
                        {
                            feasible = g[k][0] * x[0] + g[k][1] * x[1] + g[k][2] * x[2] <= h[k] + 1e-9;
                        }

                        if (feasible)
                        {
                            best = Math.Max(best, c[0] * x[0] + c[1] * x[1] + c[2] * x[2]);
                        }
                    }
                }
            }

            return best;
        }

        // Cramer's rule for three equations g·x = h.
        private static bool Solve3(double[] g1, double[] g2, double[] g3, double h1, double h2, double h3, out double[] x)
        {
            double det = g1[0] * (g2[1] * g3[2] - g2[2] * g3[1]) - g1[1] * (g2[0] * g3[2] - g2[2] * g3[0]) + g1[2] * (g2[0] * g3[1] - g2[1] * g3[0]);
            x = new double[3];
            if (Math.Abs(det) < 1e-12)
            {
                return false;
            }

            x[0] = (h1 * (g2[1] * g3[2] - g2[2] * g3[1]) - g1[1] * (h2 * g3[2] - g2[2] * h3) + g1[2] * (h2 * g3[1] - g2[1] * h3)) / det;
            x[1] = (g1[0] * (h2 * g3[2] - g2[2] * h3) - h1 * (g2[0] * g3[2] - g2[2] * g3[0]) + g1[2] * (g2[0] * h3 - h2 * g3[0])) / det;
            x[2] = (g1[0] * (g2[1] * h3 - h2 * g3[1]) - g1[1] * (g2[0] * h3 - h2 * g3[0]) + h1 * (g2[0] * g3[1] - g2[1] * g3[0])) / det;
            return true;
        }
    }
}
