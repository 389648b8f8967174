using System;
using HeatPadFirmware.Core;

namespace HeatPadFirmware.Simulator.Pad
{
    /// <summary>
    /// A DS18B20 pressed against the pad surface (or fallen off it): sensor 1 (the constructor) or sensor 2
    /// (<see cref="Second"/>) of the pad's pair. Three effects, each from the
    /// heater-safety reference and the DS18B20 datasheet:
    /// <list type="bullet">
    /// <item>Lag: the sensor body follows the surface with a first-order time constant
    /// (<see cref="PadParameters.SensorLagS"/>; pressed into fabric roughly 10–30 s), discretised exactly
    /// for a surface temperature held over each <see cref="Advance"/> step.</item>
    /// <item>Conversions: the sensor converts back to back, one every <see cref="PadParameters.SensorConversionMs"/>
    /// (750 ms at 12 bit); conversion k completes at k·period ms after construction and latches the sensor body
    /// temperature at that instant. A read returns the last conversion completed at or before the read time,
    /// so the value holds between conversions. Before the first conversion there is nothing to read: the
    /// register holds the 85 °C power-on value, which a correct driver rejects, so <see cref="Read"/> returns
    /// an invalid reading.</item>
    /// <item>Errors: a constant bias and seeded Gaussian noise (one draw per conversion), then rounding to
    /// the nearest 1/16 °C (the 12-bit register's LSB) and the sensor's −55..125 °C range.</item>
    /// </list>
    /// Time base: the sensor's clock starts at 0 at construction and advances only by <see cref="Advance"/>;
    /// <c>nowMs</c> in <see cref="Read"/> is on the same base. Nothing is allocated after construction.
    /// </summary>
    public sealed class SimulatedSensor
    {
        /// <summary>DS18B20 12-bit LSB, °C (datasheet: 0.0625 °C).</summary>
        public const double ResolutionC = 0.0625;

        /// <summary>DS18B20 measuring range, °C (datasheet: −55 to +125 °C).</summary>
        public const double MinimumC = -55.0;

        /// <summary>DS18B20 measuring range, °C (datasheet: −55 to +125 °C).</summary>
        public const double MaximumC = 125.0;

        // Enough past conversions for a read that lags the sensor clock by one step of up to 48 s at 750 ms.
        private const int HistoryLength = 64;

        // Conversion times are compared in seconds accumulated from steps such as 0.1 s, which are not exact in binary.
        private const double TimeToleranceS = 1e-6;

        private readonly GaussianNoise _noise;
        private readonly double _lagS;
        private readonly double _noiseC;
        private readonly double _biasC;
        private readonly int _conversionMs;
        private readonly double _ambientC;
        private readonly long[] _historyMs = new long[HistoryLength];
        private readonly double[] _historyC = new double[HistoryLength];
        private int _historyCount;
        private int _historyNewest = -1;
        private long _nextConversion = 1;
        private double _laggedC;
        private double _elapsedS;

        /// <summary>
        /// Seeds of the second sensor's noise are the first's XOR this: SplitMix64 walks its state by a fixed step per draw,
        /// so seeds a few apart give the same sequence a few draws apart; this moves the second sensor's about 1.8·10⁹ draws
        /// away, far past any run's conversions and clear of the neighbouring case seeds.
        /// </summary>
        public const int SecondSensorSeedMask = 0x6A09E667;

        /// <summary>Sensor 1 of the pad (<see cref="PadParameters.SensorLagS"/>, <see cref="PadParameters.SensorBiasC"/>) at <see cref="PadParameters.InitialC"/>; <paramref name="seed"/> fixes the noise sequence.</summary>
        public SimulatedSensor(PadParameters p, int seed)
            : this(p, seed, false)
        {
        }

        private SimulatedSensor(PadParameters p, int seed, bool second)
        {
            if (p == null)
            {
                throw new ArgumentNullException(nameof(p));
            }

            p.Validate(string.IsNullOrEmpty(p.Name) ? "SimulatedSensor" : p.Name);
            _noise = new GaussianNoise(second ? SecondSeed(seed) : seed);
            _lagS = second ? p.SecondSensorLagS : p.SensorLagS;
            _noiseC = p.SensorNoiseC;
            _biasC = second ? p.SecondSensorBiasC : p.SensorBiasC;
            _conversionMs = p.SensorConversionMs;
            _ambientC = p.AmbientC;
            _laggedC = p.InitialC;
        }

        /// <summary>
        /// Sensor 2 of the pad: the same pad, noise level and conversion period as sensor 1, its own lag
        /// (<see cref="PadParameters.SecondSensorLagS"/>), bias (<see cref="PadParameters.SecondSensorBiasC"/>) and noise
        /// sequence (<see cref="SecondSeed"/> of <paramref name="seed"/>). Both convert in step, as the device's one Convert T
        /// for the bus starts them together.
        /// </summary>
        public static SimulatedSensor Second(PadParameters p, int seed)
        {
            return new SimulatedSensor(p, seed, true);
        }

        /// <summary>The noise seed of the second sensor of a run seeded <paramref name="seed"/> (see <see cref="SecondSensorSeedMask"/>).</summary>
        public static int SecondSeed(int seed)
        {
            return seed ^ SecondSensorSeedMask;
        }

        /// <summary>Time constant of this sensor behind the surface, s.</summary>
        public double LagS
        {
            get { return _lagS; }
        }

        /// <summary>True (noise-free, unquantised) sensor body temperature now, °C.</summary>
        public double LaggedC
        {
            get { return _laggedC; }
        }

        /// <summary>Fault: the sensor fell off the pad and follows <see cref="PadParameters.AmbientC"/> with its lag.</summary>
        public bool Detached { get; set; }

        /// <summary>Sensor clock: total time advanced, s.</summary>
        public double ElapsedS
        {
            get { return _elapsedS; }
        }

        /// <summary>Conversions completed so far.</summary>
        public long ConversionCount
        {
            get { return _nextConversion - 1; }
        }

        /// <summary>Conversion period, ms.</summary>
        public int ConversionMs
        {
            get { return _conversionMs; }
        }

        /// <summary>
        /// Advances the sensor by <paramref name="dtS"/> seconds (≥ 0) with the surface at
        /// <paramref name="surfaceC"/> over the step: T ← T_target + (T − T_target)·e^(−dt/τ), and latches every
        /// conversion that completes inside the step at its own instant.
        /// </summary>
        public void Advance(double dtS, double surfaceC)
        {
            if (!(dtS >= 0.0) || double.IsInfinity(dtS))
            {
                throw new ArgumentOutOfRangeException(nameof(dtS), dtS, "step must be a finite number of seconds >= 0");
            }

            if (double.IsNaN(surfaceC) || double.IsInfinity(surfaceC))
            {
                throw new ArgumentOutOfRangeException(nameof(surfaceC), surfaceC, "surface temperature must be finite");
            }

            double targetC = Detached ? _ambientC : surfaceC;
            double startS = _elapsedS;
            double endS = startS + dtS;
            double startC = _laggedC;
            while (true)
            {
                long completionMs = _nextConversion * _conversionMs;
                double completionS = completionMs / 1000.0;
                if (completionS > endS + TimeToleranceS)
                {
                    break;
                }

                double sinceStartS = Math.Max(0.0, completionS - startS);
                double sensorC = targetC + (startC - targetC) * Math.Exp(-sinceStartS / _lagS);
                Latch(completionMs, sensorC);
                _nextConversion++;
            }

            _laggedC = targetC + (startC - targetC) * Math.Exp(-dtS / _lagS);
            _elapsedS = endS;
        }

        /// <summary>
        /// The reading the firmware gets at <paramref name="nowMs"/>: the last conversion completed at or
        /// before it (bias, noise and 1/16 °C rounding included), or invalid before the first conversion.
        /// </summary>
        public SensorReading Read(long nowMs)
        {
            int index = _historyNewest;
            for (int i = 0; i < _historyCount; i++)
            {
                if (_historyMs[index] <= nowMs)
                {
                    return SensorReading.Valid(_historyC[index]);
                }

                index = index == 0 ? HistoryLength - 1 : index - 1;
            }

            return SensorReading.Invalid;
        }

        /// <summary>What the 12-bit register holds for <paramref name="temperatureC"/>: limited to −55..125 °C and rounded to the nearest 1/16 °C (ties away from zero).</summary>
        public static double Quantise(double temperatureC)
        {
            double clamped = Math.Min(MaximumC, Math.Max(MinimumC, temperatureC));
            return Math.Round(clamped / ResolutionC, MidpointRounding.AwayFromZero) * ResolutionC;
        }

        private void Latch(long completionMs, double sensorC)
        {
            double measuredC = sensorC + _biasC + (_noiseC > 0.0 ? _noiseC * _noise.NextStandard() : 0.0);
            _historyNewest = (_historyNewest + 1) % HistoryLength;
            _historyMs[_historyNewest] = completionMs;
            _historyC[_historyNewest] = Quantise(measuredC);
            if (_historyCount < HistoryLength)
            {
                _historyCount++;
            }
        }
    }
}
