namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The few math functions the core needs. nanoFramework's mscorlib has no <c>System.Math</c>
    /// (it lives in a separate package), so the core keeps its own, allocation-free and exact enough
    /// for control work (relative error of <see cref="Exp"/> below 1e-12 on −700..700).
    /// </summary>
    public static class CoreMath
    {
        /// <summary>ln 2, for the range reduction in <see cref="Exp"/>.</summary>
        private const double Ln2 = 0.69314718055994530942;

        /// <summary>Returns <paramref name="value"/> limited to [<paramref name="min"/>, <paramref name="max"/>]; NaN becomes <paramref name="min"/>.</summary>
        public static double Clamp(double value, double min, double max)
        {
            if (!(value >= min))
            {
                // Also catches NaN: a corrupt value is pushed to the low, safe end.
                return min;
            }

            return value > max ? max : value;
        }

        /// <summary>
        /// Determinant of the 3×3 matrix with rows (<paramref name="a11"/>, <paramref name="a12"/>, <paramref name="a13"/>),
        /// (<paramref name="a21"/>, …), (<paramref name="a31"/>, …), by cofactors along the first row: the Cramer's-rule solves
        /// of the element model's three-parameter least squares (the cold-start fit and the assembly fixture).
        /// </summary>
        public static double Determinant3(double a11, double a12, double a13, double a21, double a22, double a23, double a31, double a32, double a33)
        {
            return (a11 * ((a22 * a33) - (a23 * a32))) - (a12 * ((a21 * a33) - (a23 * a31))) + (a13 * ((a21 * a32) - (a22 * a31)));
        }

        /// <summary>Absolute value.</summary>
        public static double Abs(double value)
        {
            return value < 0 ? -value : value;
        }

        /// <summary>The smaller of two values.</summary>
        public static double Min(double a, double b)
        {
            return a < b ? a : b;
        }

        /// <summary>The larger of two values.</summary>
        public static double Max(double a, double b)
        {
            return a > b ? a : b;
        }

        /// <summary>True when <paramref name="value"/> is neither NaN nor infinite.</summary>
        public static bool IsFinite(double value)
        {
            // NaN fails every comparison; infinities fail the bound.
            return value > -1e300 && value < 1e300;
        }

        /// <summary>
        /// e^x for x in −700..700 (clamped outside). Range reduction x = k·ln2 + r with |r| ≤ ln2/2,
        /// then a Taylor series of r to 20 terms and a scaling by 2^k.
        /// </summary>
        public static double Exp(double x)
        {
            if (!(x > -700.0))
            {
                return 0.0;
            }

            if (x > 700.0)
            {
                x = 700.0;
            }

            double kReal = x / Ln2;
            int k = (int)(kReal < 0 ? kReal - 0.5 : kReal + 0.5);
            double r = x - (k * Ln2);

            double term = 1.0;
            double sum = 1.0;
            for (int n = 1; n <= 20; n++)
            {
                term *= r / n;
                sum += term;
            }

            double scale = 1.0;
            double factor = k >= 0 ? 2.0 : 0.5;
            int count = k >= 0 ? k : -k;
            while (count > 0)
            {
                if ((count & 1) != 0)
                {
                    scale *= factor;
                }

                factor *= factor;
                count >>= 1;
            }

            return sum * scale;
        }

        /// <summary>Natural logarithm for x &gt; 0 (returns −745 for x ≤ 0 or NaN, below any real use).</summary>
        public static double Log(double x)
        {
            if (!(x > 0.0))
            {
                return -745.0;
            }

            // x = m · 2^e with m in [1, 2); ln x = e·ln2 + ln m, ln m by the atanh series.
            int e = 0;
            while (x >= 2.0)
            {
                x *= 0.5;
                e++;
            }

            while (x < 1.0)
            {
                x *= 2.0;
                e--;
            }

            double s = (x - 1.0) / (x + 1.0);
            double s2 = s * s;
            double term = s;
            double sum = 0.0;
            for (int n = 1; n <= 41; n += 2)
            {
                sum += term / n;
                term *= s2;
            }

            return (e * Ln2) + (2.0 * sum);
        }
    }
}
