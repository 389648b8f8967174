using System;

namespace HeatPadFirmware.Simulator.Pad
{
    /// <summary>
    /// Exact solution of a 2×2 linear system x' = A·x + c over a step h with c constant:
    ///   x(h)      = x0 + h·φ1(A·h)·r,         r = A·x0 + c
    ///   ∫₀ʰ x ds  = h·x0 + h²·φ2(A·h)·r
    /// with φ1(z) = (eᶻ − 1)/z and φ2(z) = (eᶻ − 1 − z)/z². Written this way it needs no steady state,
    /// so it stays exact when A is singular (a pad that has no heat loss), and it is exact for any h:
    /// one 5 s step equals fifty 0.1 s steps to rounding. The matrix functions come from the two real
    /// eigenvalues of A (a conductance network: C⁻¹·G with G symmetric, so they are real and ≤ 0):
    /// f(A) = f(λ2)·I + (f(λ1) − f(λ2))/(λ1 − λ2)·(A − λ2·I). The last step size and matrix are cached,
    /// so fixed ticks cost a few multiplications. Allocates nothing.
    /// </summary>
    internal sealed class TwoNodePropagator
    {
        private double _a11, _a12, _a21, _a22;
        private double _cachedStepS = double.NaN;
        private bool _cacheValid;

        // φ1(A·h) and φ2(A·h), row-major.
        private double _p11, _p12, _p21, _p22;
        private double _q11, _q12, _q21, _q22;

        /// <summary>Slow eigenvalue of A (closest to 0), 1/s; ≤ 0.</summary>
        public double SlowRatePerS { get; private set; }

        /// <summary>Fast eigenvalue of A, 1/s; &lt; 0.</summary>
        public double FastRatePerS { get; private set; }

        /// <summary>Sets A; the cached step matrices are dropped only when A really changed.</summary>
        public void SetMatrix(double a11, double a12, double a21, double a22)
        {
            if (a11 == _a11 && a12 == _a12 && a21 == _a21 && a22 == _a22 && _cacheValid)
            {
                return;
            }

            _a11 = a11;
            _a12 = a12;
            _a21 = a21;
            _a22 = a22;
            _cacheValid = false;

            // λ = tr/2 ± √((a11 − a22)²/4 + a12·a21); the fast root has no cancellation, the slow one comes
            // from det = λ1·λ2 so that it stays accurate when it is tiny.
            double halfTrace = 0.5 * (a11 + a22);
            double halfDifference = 0.5 * (a11 - a22);
            double discriminant = Math.Sqrt(halfDifference * halfDifference + a12 * a21);
            double determinant = a11 * a22 - a12 * a21;
            FastRatePerS = halfTrace - discriminant;
            SlowRatePerS = FastRatePerS < 0.0 ? determinant / FastRatePerS : 0.0;
        }

        /// <summary>Advances x by h seconds with constant input c; returns ∫x over the step in <paramref name="integral1"/>, <paramref name="integral2"/> (°C·s).</summary>
        public void Step(double stepS, double c1, double c2, ref double x1, ref double x2, out double integral1, out double integral2)
        {
            if (!_cacheValid || stepS != _cachedStepS)
            {
                Prepare(stepS);
            }

            double r1 = _a11 * x1 + _a12 * x2 + c1;
            double r2 = _a21 * x1 + _a22 * x2 + c2;
            double hSquared = stepS * stepS;
            integral1 = stepS * x1 + hSquared * (_q11 * r1 + _q12 * r2);
            integral2 = stepS * x2 + hSquared * (_q21 * r1 + _q22 * r2);
            double next1 = x1 + stepS * (_p11 * r1 + _p12 * r2);
            double next2 = x2 + stepS * (_p21 * r1 + _p22 * r2);
            x1 = next1;
            x2 = next2;
        }

        private void Prepare(double stepS)
        {
            double slow = SlowRatePerS;
            double fast = FastRatePerS;
            double gap = slow - fast;

            double phi1Slow = Phi1(slow * stepS), phi1Fast = Phi1(fast * stepS);
            double phi2Slow = Phi2(slow * stepS), phi2Fast = Phi2(fast * stepS);

            // Divided difference; the eigenvalues are distinct whenever a12·a21 > 0 (core–surface conductance > 0).
            double d1 = gap > 0.0 ? (phi1Slow - phi1Fast) / gap : 0.0;
            double d2 = gap > 0.0 ? (phi2Slow - phi2Fast) / gap : 0.0;

            _p11 = phi1Fast + d1 * (_a11 - fast);
            _p12 = d1 * _a12;
            _p21 = d1 * _a21;
            _p22 = phi1Fast + d1 * (_a22 - fast);

            _q11 = phi2Fast + d2 * (_a11 - fast);
            _q12 = d2 * _a12;
            _q21 = d2 * _a21;
            _q22 = phi2Fast + d2 * (_a22 - fast);

            _cachedStepS = stepS;
            _cacheValid = true;
        }

        /// <summary>(eᶻ − 1)/z, accurate near 0.</summary>
        internal static double Phi1(double z)
        {
            if (Math.Abs(z) < 0.5)
            {
                // Σ zᵏ/(k+1)!: 20 terms leave < 1e-17 for |z| < 0.5.
                double term = 1.0, sum = 1.0;
                for (int k = 1; k < 20; k++)
                {
                    term *= z / (k + 1);
                    sum += term;
                }

                return sum;
            }

            return (Math.Exp(z) - 1.0) / z;
        }

        /// <summary>(eᶻ − 1 − z)/z², accurate near 0.</summary>
        internal static double Phi2(double z)
        {
            if (Math.Abs(z) < 0.5)
            {
                // Σ zᵏ/(k+2)!
                double term = 0.5, sum = 0.5;
                for (int k = 1; k < 20; k++)
                {
                    term *= z / (k + 2);
                    sum += term;
                }

                return sum;
            }

            return (Math.Exp(z) - 1.0 - z) / (z * z);
        }
    }
}
