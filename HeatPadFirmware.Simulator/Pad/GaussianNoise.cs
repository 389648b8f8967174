using System;

namespace HeatPadFirmware.Simulator.Pad
{
    /// <summary>
    /// Seeded standard-normal numbers: SplitMix64 (Steele, Lea and Flood 2014) for uniform bits, then the
    /// Box–Muller transform. Its own generator rather than <see cref="Random"/>, so a seed gives the same
    /// sequence on every runtime and version. Allocates nothing.
    /// </summary>
    internal sealed class GaussianNoise
    {
        private ulong _state;
        private double _spare;
        private bool _hasSpare;

        /// <summary>Starts the sequence for this seed.</summary>
        public GaussianNoise(int seed)
        {
            _state = unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL + 0xD1B54A32D192ED03UL);
        }

        /// <summary>Next sample of N(0, 1).</summary>
        public double NextStandard()
        {
            if (_hasSpare)
            {
                _hasSpare = false;
                return _spare;
            }

            // u1 in (0, 1] so that the logarithm is finite; u2 in [0, 1).
            double u1 = 1.0 - NextUnit();
            double u2 = NextUnit();
            double radius = Math.Sqrt(-2.0 * Math.Log(u1));
            double angle = 2.0 * Math.PI * u2;
            _spare = radius * Math.Sin(angle);
            _hasSpare = true;
            return radius * Math.Cos(angle);
        }

        /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
        private double NextUnit()
        {
            return (NextBits() >> 11) * (1.0 / 9007199254740992.0);
        }

        private ulong NextBits()
        {
            unchecked
            {
                _state += 0x9E3779B97F4A7C15UL;
                ulong z = _state;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }
    }
}
