using System;
using HeatPadFirmware.Core;

namespace HeatPadFirmware.Simulator.Pad
{
    /// <summary>
    /// The fixture jig's reference probe R (session 23, jig23; <see cref="FixtureJigReference"/>): a DS18B20 in a guarded, sprung
    /// foot pressed on the pad's surface, reading room + offset + share × (surface − room) through a first-order lag, with
    /// noise and 1/16 °C steps. Drawn from the run's seed within the jig's tolerance: share uniform
    /// [<see cref="FixtureJigReference.MinProbeShare"/>, 1], offset ±0.5 °C, lag 3–10 s; each settable for attacks (a worn
    /// foot, a probe lifted). Its own generator: the pad's sensors draw what they drew without it.
    /// </summary>
    public sealed class SimulatedJigProbe
    {
        /// <summary>Seeds of the probe are the run's XOR this.</summary>
        public const int JigSeedMask = 0x510E527F;

        /// <summary>Seeds of the air probe are the run's XOR this (then XOR <see cref="JigSeedMask"/>).</summary>
        public const int AirSeedMask = 0x1F83D9AC;

        private readonly GaussianNoise _noise;
        private readonly double _noiseC;
        private double _laggedC;

        /// <summary>The probe for a run of pad <paramref name="p"/> (at <see cref="PadParameters.InitialC"/>) drawn from <paramref name="seed"/>.</summary>
        public SimulatedJigProbe(PadParameters p, int seed)
        {
            ArgumentNullException.ThrowIfNull(p);
            int own = seed ^ JigSeedMask;
            var random = new Random(own);
            Share = FixtureJigReference.MinProbeShare + ((1.0 - FixtureJigReference.MinProbeShare) * random.NextDouble());
            OffsetC = FixtureJigReference.ProbeOffsetK * ((2.0 * random.NextDouble()) - 1.0);
            LagS = 3.0 + (7.0 * random.NextDouble());
            _noise = new GaussianNoise(unchecked((own * 31) + 7));
            _noiseC = p.SensorNoiseC;
            _laggedC = p.InitialC;
        }

        /// <summary>
        /// The jig's air probe A for the same run (session 23): the same part in free air beside the pad, reading the room
        /// (share 0), offset ±0.5 °C, lag 20–40 s, its own draws (<paramref name="seed"/> XOR <see cref="AirSeedMask"/>).
        /// </summary>
        public static SimulatedJigProbe Air(PadParameters p, int seed)
        {
            var air = new SimulatedJigProbe(p, seed ^ AirSeedMask);
            air.Share = 0.0;
            air.LagS = 20.0 + (20.0 * (air.LagS - 3.0) / 7.0);
            return air;
        }

        /// <summary>Share of the surface's excess over the room the probe reads, fraction (the jig's tolerance 0.98–1; lower: a worn or lifted foot).</summary>
        public double Share { get; set; }

        /// <summary>Offset, °C (±0.5).</summary>
        public double OffsetC { get; set; }

        /// <summary>Time constant, s.</summary>
        public double LagS { get; set; }

        /// <summary>True: the probe is not on the bus (every read invalid: no jig connected).</summary>
        public bool Absent { get; set; }

        /// <summary>Advances the probe by <paramref name="dtS"/> s with the surface and the room as given, °C.</summary>
        public void Advance(double dtS, double surfaceC, double roomC)
        {
            double targetC = roomC + (Share * (surfaceC - roomC));
            _laggedC = targetC + ((_laggedC - targetC) * Math.Exp(-dtS / LagS));
        }

        /// <summary>The probe's reading now: quantised, noisy, offset; invalid when <see cref="Absent"/>.</summary>
        public SensorReading Read()
        {
            return Absent ? SensorReading.Invalid : SensorReading.Valid(SimulatedSensor.Quantise(_laggedC + OffsetC + (_noiseC * _noise.NextStandard())));
        }
    }
}
