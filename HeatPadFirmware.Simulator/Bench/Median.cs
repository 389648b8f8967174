using System.Collections.Generic;

namespace HeatPadFirmware.Simulator.Bench
{
    /// <summary>The median the bench-family commands print (rise ratios, floors, times).</summary>
    public static class Median
    {
        /// <summary>
        /// Median of <paramref name="values"/> (the mean of the two middle ones for an even count); NaN when empty.
        /// Sorts <paramref name="values"/> in place: pass a list of your own.
        /// </summary>
        public static double Of(List<double> values)
        {
            if (values.Count == 0)
            {
                return double.NaN;
            }

            values.Sort();
            int n = values.Count;
            return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        }
    }
}
