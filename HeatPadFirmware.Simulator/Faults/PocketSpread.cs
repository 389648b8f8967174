using System;
using HeatPadFirmware.Simulator.Bench;

namespace HeatPadFirmware.Simulator.Faults
{
    /// <summary>
    /// How the pad's two sensor pockets differ in one normal-life session of the pocket group (session 6). The campaign's
    /// other groups give both sensors one surface; here sensor 2 reads a second zone of the pad (<see cref="FaultRun.SecondZone"/>:
    /// the shipped pad on its own under the same duty, no lateral conduction — an upper bound on the spread, as the session 5
    /// reviews' two-zone harness) whose body contact differs from zone 1's, and the cold pack of a contrast cool phase lies
    /// over one pocket or both. Drawn from its own seed sequence, so a session's pad, level, supply and events are those of
    /// the same seed without pockets.
    /// </summary>
    public sealed class PocketSpread
    {
        /// <summary>
        /// Share of sessions in which pocket 2 lies off the body, in the room air, 0.25: a user lying across one end of the
        /// pad, or on their side with one pocket free (the reviews measured 4.9–8.8 °C between the pockets in that case).
        /// </summary>
        public const double OffBodyShare = 0.25;

        /// <summary>Lowest factor on pocket 2's body contact, 0.5 (the heater-safety reference's 3–6 W/K range is 2× wide).</summary>
        public const double MinContactFactor = 0.5;

        /// <summary>Highest factor on pocket 2's body contact, 2.0: the spine against the lumbar hollow, a user leaning on one side.</summary>
        public const double MaxContactFactor = 2.0;

        /// <summary>Surface–air conductance of a pocket facing the room with nothing on it, W/K (heater-safety reference: ≈ 1.2 W/K free air).</summary>
        public const double FreeAirWPerK = BenchPadFamily.FreeAirSurfaceToAmbientWPerK;

        private const int SeedMask = 0x2C6B_0F1D;

        private PocketSpread(bool offBody, double contactFactor, bool coldPackOnFirst, bool coldPackOnSecond)
        {
            OffBody = offBody;
            ContactFactor = contactFactor;
            ColdPackOnFirst = coldPackOnFirst;
            ColdPackOnSecond = coldPackOnSecond;
        }

        /// <summary>Pocket 2 lies off the body (no body contact, free air) whenever a body is on the pad.</summary>
        public bool OffBody { get; }

        /// <summary>Pocket 2's body contact as a factor of pocket 1's, <see cref="MinContactFactor"/>..<see cref="MaxContactFactor"/> (log-uniform; unused when <see cref="OffBody"/>).</summary>
        public double ContactFactor { get; }

        /// <summary>The cold pack of a cool phase lies over pocket 1.</summary>
        public bool ColdPackOnFirst { get; }

        /// <summary>The cold pack of a cool phase lies over pocket 2 (at least one of the two is true).</summary>
        public bool ColdPackOnSecond { get; }

        /// <summary>The draws of the session seeded <paramref name="seed"/>.</summary>
        public static PocketSpread FromSeed(int seed)
        {
            var random = new Random(seed ^ SeedMask);
            bool offBody = random.NextDouble() < OffBodyShare;
            double factor = Math.Exp(Math.Log(MinContactFactor) + (random.NextDouble() * (Math.Log(MaxContactFactor) - Math.Log(MinContactFactor))));
            int pack = random.Next(3);
            return new PocketSpread(offBody, factor, pack != 1, pack != 0);
        }

        /// <summary>Pocket 2's body contact when pocket 1's is <paramref name="firstBodyWPerK"/>, W/K.</summary>
        public double SecondBodyWPerK(double firstBodyWPerK)
        {
            return OffBody ? 0.0 : firstBodyWPerK * ContactFactor;
        }

        /// <summary>Pocket 2's contact with the room when pocket 1's is <paramref name="firstAirWPerK"/> and a body lies on the pad, W/K.</summary>
        public double SecondAirWPerK(double firstAirWPerK, bool bodyOnPad)
        {
            return OffBody && bodyOnPad ? FreeAirWPerK : firstAirWPerK;
        }
    }
}
