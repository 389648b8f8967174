using System;
using System.IO;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review21c;

namespace HeatPadFirmware.Tests.Fit21
{
    /// <summary>
    /// Fit21's irregular ticks on review 21c's fixture harness (<see cref="FixtureHarness"/>): each tick 0.8–1.2 s, drawn from
    /// <c>Random(seed × 7 + 5)</c> (review 21c: the device's loop is not a metronome). Fit21's tests, rec24's and capc25's tick scans.
    /// </summary>
    internal static class IrregularTicks
    {
        /// <summary>The tick lengths of the run with the sensors and sense of <paramref name="seed"/>, ms (a fresh sequence a call).</summary>
        public static Func<int, long> Of(int seed)
        {
            var rnd = new Random((seed * 7) + 5);
            return _ => 800 + rnd.Next(401);
        }

        /// <summary>
        /// The device fixture's telemetry on <paramref name="pad"/> with the sensors and sense of <paramref name="seed"/> under
        /// review 21c's harness: steady 1 s ticks, or <see cref="Of"/>'s when <paramref name="irregular"/>.
        /// </summary>
        public static string Telemetry(PadParameters pad, int seed, bool irregular)
        {
            var w = new StringWriter();
            var h = new FixtureHarness { Telemetry = w };
            if (irregular)
            {
                h.TickMs = Of(seed);
            }

            h.Run(pad, seed);
            return w.ToString();
        }
    }
}
