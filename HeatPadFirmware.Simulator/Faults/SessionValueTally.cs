using System;
using System.Collections.Generic;

namespace HeatPadFirmware.Simulator.Faults
{
    /// <summary>
    /// One figure per session, °C, tallied over a campaign group: how many sessions, the median, how many over 1 °C and the
    /// worst (largest) with its session seed. The lying-down group's hold deficit and its excess over the same user lain on
    /// from the start are tallied so (<see cref="HoldDeficitWatch"/>).
    /// </summary>
    public sealed class SessionValueTally
    {
        private readonly List<double> _values = new List<double>();

        /// <summary>Sessions counted.</summary>
        public int Sessions => _values.Count;

        /// <summary>The largest value of any session counted, °C (NaN before one).</summary>
        public double WorstC { get; private set; } = double.NaN;

        /// <summary>The session seed of <see cref="WorstC"/> (0 before one).</summary>
        public int WorstSeed { get; private set; }

        /// <summary>Sessions whose value is over 1 °C.</summary>
        public int OverOneC { get; private set; }

        /// <summary>Counts the value <paramref name="valueC"/> of the session seeded <paramref name="seed"/>.</summary>
        public void Add(int seed, double valueC)
        {
            _values.Add(valueC);
            OverOneC += valueC > 1.0 ? 1 : 0;
            if (double.IsNaN(WorstC) || valueC > WorstC)
            {
                WorstC = valueC;
                WorstSeed = seed;
            }
        }

        /// <summary>The median of the sessions counted, °C (NaN before one; the upper middle of an even count).</summary>
        public double MedianC
        {
            get
            {
                if (_values.Count == 0)
                {
                    return double.NaN;
                }

                var sorted = new List<double>(_values);
                sorted.Sort();
                return sorted[sorted.Count / 2];
            }
        }
    }
}
