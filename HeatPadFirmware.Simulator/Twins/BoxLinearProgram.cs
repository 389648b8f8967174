using System;

namespace HeatPadFirmware.Simulator.Twins
{
    /// <summary>
    /// A small dense linear-program solver written for the pair floor:
    /// <code>  maximise c·x   subject to   A·x ≤ b,  0 ≤ x ≤ 1,   with b ≥ 0  </code>
    /// (x = 0 is feasible, so no phase 1). Primal simplex on a dense tableau with bounded variables: a variable may
    /// leave at either bound or flip between its bounds without a pivot, so the box costs no rows. Entering rule:
    /// largest reduced cost (Dantzig); after <see cref="DegenerateRunBeforeBland"/> degenerate pivots in a row it
    /// switches to Bland's smallest-index rule, which cannot cycle, until a step makes progress.
    /// Sizes meant: a few hundred variables and rows (work per pivot rows × (variables + rows)).
    /// </summary>
    public sealed class BoxLinearProgram
    {
        /// <summary>Degenerate pivots in a row after which Bland's rule takes over.</summary>
        public const int DegenerateRunBeforeBland = 50;

        /// <summary>Pivots between rebuilds of the tableau from the data.</summary>
        public const int RefactorEvery = 40;

        // Reduced costs under this count as 0 (c is in the caller's units: °C per block here, 1e-4..1e-1).
        private const double OptimalityTolerance = 1e-12;

        // Tableau entries under this are not pivots (rows scaled to 1).
        private const double PivotTolerance = 1e-11;

        // A refactor pivot under this (scaled rows) means the basis has become singular: the column leaves it.
        private const double SingularTolerance = 1e-12;

        // Bound violation Harris's ratio test may allow a basic variable, in scaled row units.
        private const double FeasibilityTolerance = 1e-10;

        private readonly int _n;
        private readonly int _m;
        private readonly double[,] _tableau;   // m × (n + m): B⁻¹·[A I]
        private readonly double[] _reduced;    // n + m reduced costs (maximisation: enter when > 0 at lower, < 0 at upper)
        private readonly double[] _basicValue; // m values of the basic variables
        private readonly int[] _basis;         // m variable indices
        private readonly bool[] _atUpper;      // nonbasic structural variables held at 1
        private readonly bool[] _isBasic;
        private readonly double[][] _a;        // rows scaled to a largest |entry| of 1
        private readonly double[] _b;          // scaled like the rows
        private readonly double[] _c;

        private BoxLinearProgram(double[] c, double[][] a, double[] b)
        {
            _n = c.Length;
            _m = a.Length;
            _tableau = new double[_m, _n + _m];
            _reduced = new double[_n + _m];
            _basicValue = new double[_m];
            _basis = new int[_m];
            _atUpper = new bool[_n + _m];
            _isBasic = new bool[_n + _m];
            _a = new double[_m][];
            _b = new double[_m];
            _c = (double[])c.Clone();
            for (int i = 0; i < _m; i++)
            {
                // Rows of the pair floor are impulse responses of 1e-4..1e-2 °C; scaling each to 1 keeps pivots comparable.
                double largest = 0.0;
                for (int j = 0; j < _n; j++)
                {
                    largest = Math.Max(largest, Math.Abs(a[i][j]));
                }

                double scale = largest > 0.0 ? 1.0 / largest : 1.0;
                _a[i] = new double[_n];
                for (int j = 0; j < _n; j++)
                {
                    _a[i][j] = a[i][j] * scale;
                    _tableau[i, j] = _a[i][j];
                }

                _b[i] = b[i] * scale;
                _tableau[i, _n + i] = 1.0;
                _basis[i] = _n + i;
                _isBasic[_n + i] = true;
                _basicValue[i] = _b[i];
            }

            Array.Copy(c, _reduced, _n);
        }

        /// <summary>Pivots and bound flips of the solve.</summary>
        public int Iterations { get; private set; }

        /// <summary>
        /// Solves the program. <paramref name="c"/> has n entries, <paramref name="a"/> m rows of n, <paramref name="b"/> m
        /// entries ≥ 0 (throws <see cref="ArgumentException"/> otherwise: x = 0 must be feasible). Returns the optimal x
        /// (each in 0..1); <paramref name="objective"/> = c·x. Throws <see cref="InvalidOperationException"/> after
        /// <paramref name="maxIterations"/> steps.
        /// </summary>
        public static double[] Solve(double[] c, double[][] a, double[] b, out double objective, int maxIterations = 100000)
        {
            return Solve(c, a, b, out objective, out _, maxIterations);
        }

        /// <summary>
        /// As <see cref="Solve(double[], double[][], double[], out double, int)"/>, and <paramref name="upperBound"/>: a bound
        /// on the optimum that does not trust the tableau's arithmetic. The final row prices y (clamped ≥ 0) give, by weak
        /// duality, optimum ≤ y·b + Σ_j max(0, c_j − y·A_j) for ANY y ≥ 0, evaluated here on the given data; so a caller
        /// that needs a proof that the optimum is below some value uses this, not <paramref name="objective"/>.
        /// </summary>
        public static double[] Solve(double[] c, double[][] a, double[] b, out double objective, out double upperBound, int maxIterations = 100000)
        {
            if (c == null || a == null || b == null || a.Length != b.Length)
            {
                throw new ArgumentException("c, A and b must be given, with one b per row of A");
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] == null || a[i].Length != c.Length)
                {
                    throw new ArgumentException("row " + i + " of A must have " + c.Length + " entries");
                }

                if (!(b[i] >= 0.0))
                {
                    throw new ArgumentException("b[" + i + "] must be >= 0 (x = 0 feasible), got " + b[i]);
                }
            }

            var lp = new BoxLinearProgram(c, a, b);
            lp.Run(maxIterations);
            double[] x = new double[lp._n];
            for (int j = 0; j < lp._n; j++)
            {
                x[j] = lp._atUpper[j] ? 1.0 : 0.0;
            }

            for (int i = 0; i < lp._m; i++)
            {
                if (lp._basis[i] < lp._n)
                {
                    x[lp._basis[i]] = Math.Min(1.0, Math.Max(0.0, lp._basicValue[i]));
                }
            }

            objective = 0.0;
            for (int j = 0; j < lp._n; j++)
            {
                objective += c[j] * x[j];
            }

            upperBound = lp.DualBound();
            return x;
        }

        // Weak-duality bound from the slack columns' reduced costs (y_i = −d_{n+i} on the scaled rows), on the scaled data.
        private double DualBound()
        {
            double bound = 0.0;
            var y = new double[_m];
            for (int i = 0; i < _m; i++)
            {
                y[i] = Math.Max(0.0, -_reduced[_n + i]);
                bound += y[i] * _b[i];
            }

            for (int j = 0; j < _n; j++)
            {
                double price = _c[j];
                for (int i = 0; i < _m; i++)
                {
                    price -= y[i] * _a[i][j];
                }

                bound += Math.Max(0.0, price);
            }

            return bound;
        }

        private double UpperOf(int variable)
        {
            return variable < _n ? 1.0 : double.PositiveInfinity;
        }

        private void Run(int maxIterations)
        {
            int total = _n + _m;
            int degenerateRun = 0;
            int sinceRefactor = 0;
            for (Iterations = 0; Iterations < maxIterations; Iterations++)
            {
                if (sinceRefactor >= RefactorEvery)
                {
                    Refactor();
                    sinceRefactor = 0;
                }

                bool bland = degenerateRun >= DegenerateRunBeforeBland;
                int entering = ChooseEntering(bland);
                if (entering < 0)
                {
                    if (sinceRefactor == 0)
                    {
                        return;
                    }

                    // Optimal on the updated tableau: confirm on a fresh one (rounding accumulates over pivots).
                    Refactor();
                    sinceRefactor = 0;
                    entering = ChooseEntering(bland);
                    if (entering < 0)
                    {
                        return;
                    }
                }

                // Moving the entering variable by θ ≥ 0 in direction σ (+1 up from 0, −1 down from 1) changes basic i by
                // −σ·θ·tableau[i, entering]. Harris's two passes: the largest step that leaves every basic variable within
                // FeasibilityTolerance of its bounds, then among the rows that limit it, the largest pivot.
                double sigma = _atUpper[entering] ? -1.0 : 1.0;
                double relaxed = UpperOf(entering);
                for (int i = 0; i < _m; i++)
                {
                    double rate = -sigma * _tableau[i, entering];
                    double room = RoomToBound(i, rate, FeasibilityTolerance);
                    if (!double.IsNaN(room))
                    {
                        relaxed = Math.Min(relaxed, room / Math.Abs(rate));
                    }
                }

                double theta = UpperOf(entering);
                int leavingRow = -1;
                bool leavesAtUpper = false;
                double largestPivot = 0.0;
                for (int i = 0; i < _m; i++)
                {
                    double rate = -sigma * _tableau[i, entering];
                    double room = RoomToBound(i, rate, 0.0);
                    if (double.IsNaN(room))
                    {
                        continue;
                    }

                    double limit = Math.Max(0.0, room) / Math.Abs(rate);
                    bool better = bland
                        ? limit <= relaxed && (leavingRow < 0 || _basis[i] < _basis[leavingRow])
                        : limit <= relaxed && Math.Abs(rate) > largestPivot;
                    if (better)
                    {
                        leavingRow = i;
                        largestPivot = Math.Abs(rate);
                        leavesAtUpper = rate > 0.0;
                        theta = limit;
                    }
                }

                if (leavingRow >= 0 && theta >= UpperOf(entering))
                {
                    // The entering variable's own bound is no further than the row's: flip instead of pivoting.
                    leavingRow = -1;
                    theta = UpperOf(entering);
                }

                degenerateRun = theta <= PivotTolerance ? degenerateRun + 1 : 0;
                for (int i = 0; i < _m; i++)
                {
                    _basicValue[i] -= sigma * theta * _tableau[i, entering];
                }

                if (leavingRow < 0)
                {
                    _atUpper[entering] = !_atUpper[entering];
                    continue;
                }

                int leaving = _basis[leavingRow];
                double enteringValue = (_atUpper[entering] ? 1.0 : 0.0) + sigma * theta;
                Pivot(leavingRow, entering);
                sinceRefactor++;
                _isBasic[leaving] = false;
                _atUpper[leaving] = leavesAtUpper;
                _isBasic[entering] = true;
                _atUpper[entering] = false;
                _basis[leavingRow] = entering;
                _basicValue[leavingRow] = enteringValue;
            }

            throw new InvalidOperationException("linear program: no optimum after " + maxIterations + " steps");
        }

        private int ChooseEntering(bool bland)
        {
            int entering = -1;
            double best = 0.0;
            for (int j = 0; j < _n + _m; j++)
            {
                if (_isBasic[j])
                {
                    continue;
                }

                double gain = _atUpper[j] ? -_reduced[j] : _reduced[j];
                if (gain > OptimalityTolerance && (bland ? entering < 0 : gain > best))
                {
                    entering = j;
                    best = gain;
                }
            }

            return entering;
        }

        // How far basic row i may move at this rate before it passes a bound (plus slack), or NaN if it never does.
        private double RoomToBound(int i, double rate, double slack)
        {
            if (Math.Abs(rate) <= PivotTolerance)
            {
                return double.NaN;
            }

            if (rate < 0.0)
            {
                return _basicValue[i] + slack;
            }

            double upper = UpperOf(_basis[i]);
            return double.IsInfinity(upper) ? double.NaN : upper - _basicValue[i] + slack;
        }

        // Rebuilds B⁻¹·[A I], the basic values and the reduced costs from the scaled data for the present basis
        // (Gauss–Jordan with partial pivoting over the basic columns), so rounding does not pile up over pivots.
        private void Refactor()
        {
            int total = _n + _m;
            double[] rhs = new double[_m];
            for (int i = 0; i < _m; i++)
            {
                for (int j = 0; j < _n; j++)
                {
                    _tableau[i, j] = _a[i][j];
                }

                for (int j = 0; j < _m; j++)
                {
                    _tableau[i, _n + j] = i == j ? 1.0 : 0.0;
                }

                rhs[i] = _b[i];
                for (int j = 0; j < _n; j++)
                {
                    if (!_isBasic[j] && _atUpper[j])
                    {
                        rhs[i] -= _a[i][j];
                    }
                }
            }

            // Pivot each basic column on the unassigned row with its largest entry. A column with no entry over
            // SingularTolerance left (a basis made singular by rounding) leaves the basis at the bound nearer its value;
            // rows left without a basic column then take a slack, which always completes a basis.
            int[] basicColumns = (int[])_basis.Clone();
            var assigned = new bool[_m];
            var rowBasis = new int[_m];
            for (int k = 0; k < _m; k++)
            {
                int column = basicColumns[k];
                int pivotRow = -1;
                for (int i = 0; i < _m; i++)
                {
                    if (!assigned[i] && (pivotRow < 0 || Math.Abs(_tableau[i, column]) > Math.Abs(_tableau[pivotRow, column])))
                    {
                        pivotRow = i;
                    }
                }

                if (Math.Abs(_tableau[pivotRow, column]) < SingularTolerance)
                {
                    _isBasic[column] = false;
                    _atUpper[column] = column < _n && _basicValue[k] > 0.5;
                    if (_atUpper[column])
                    {
                        for (int i = 0; i < _m; i++)
                        {
                            rhs[i] -= _tableau[i, column];
                        }
                    }

                    continue;
                }

                EliminateOn(pivotRow, column, rhs);
                assigned[pivotRow] = true;
                rowBasis[pivotRow] = column;
            }

            for (int i = 0; i < _m; i++)
            {
                if (assigned[i])
                {
                    continue;
                }

                int slack = -1;
                for (int j = _n; j < total; j++)
                {
                    if (!_isBasic[j] && (slack < 0 || Math.Abs(_tableau[i, j]) > Math.Abs(_tableau[i, slack])))
                    {
                        slack = j;
                    }
                }

                EliminateOn(i, slack, rhs);
                assigned[i] = true;
                rowBasis[i] = slack;
                _isBasic[slack] = true;
                _atUpper[slack] = false;
            }

            Array.Copy(rowBasis, _basis, _m);

            for (int j = 0; j < total; j++)
            {
                double reduced = j < _n ? _c[j] : 0.0;
                for (int i = 0; i < _m; i++)
                {
                    int basic = _basis[i];
                    if (basic < _n)
                    {
                        reduced -= _c[basic] * _tableau[i, j];
                    }
                }

                _reduced[j] = reduced;
            }

            Array.Copy(rhs, _basicValue, _m);
        }

        // Gauss–Jordan step (the refactor's and the simplex pivot's): row scaled to a 1 in the column, the column cleared
        // from every other row; the same operations on rhs when one is given.
        private void EliminateOn(int row, int column, double[] rhs)
        {
            int total = _n + _m;
            double pivot = _tableau[row, column];
            for (int j = 0; j < total; j++)
            {
                _tableau[row, j] /= pivot;
            }

            if (rhs != null)
            {
                rhs[row] /= pivot;
            }

            for (int i = 0; i < _m; i++)
            {
                double factor = _tableau[i, column];
                if (i == row || factor == 0.0)
                {
                    continue;
                }

                for (int j = 0; j < total; j++)
                {
                    _tableau[i, j] -= factor * _tableau[row, j];
                }

                if (rhs != null)
                {
                    rhs[i] -= factor * rhs[row];
                }
            }
        }

        private void Pivot(int row, int column)
        {
            int total = _n + _m;
            EliminateOn(row, column, null);
            double reducedFactor = _reduced[column];
            if (reducedFactor != 0.0)
            {
                for (int j = 0; j < total; j++)
                {
                    _reduced[j] -= reducedFactor * _tableau[row, j];
                }
            }
        }
    }
}
