using System;
using HeatPadFirmware.Core;

namespace HeatPadFirmware.Simulator.Pad
{
    /// <summary>How a simulated element sensor is broken (the element witness's own failures).</summary>
    public enum ElementSensorFailure
    {
        /// <summary>Works.</summary>
        None,
        /// <summary>The read fails every tick (ROM gone from the bus, CRC mismatch): an invalid reading.</summary>
        Lost,
        /// <summary>The register holds the DS18B20's 85 °C power-on value (a conversion that never ran: a supply brown-out).</summary>
        PowerOnValue,
        /// <summary>The reading stays bit for bit at the value it had when the failure was set (a converter that stopped).</summary>
        Frozen,
        /// <summary>The bond let go: the sensor lies loose in the laminate and follows the room, not the element (reads low).</summary>
        Detached,
    }

    /// <summary>
    /// The element sensor (hardware/README.md's safety chain, session 18): a third DS18B20 bonded with thermal epoxy to the
    /// heating element inside the laminate, on the pad's 1-Wire bus, reading the model's core node. Its effects, each drawn once
    /// per pad from the seed (its own generator, so the pad's two surface sensors and the heater sense draw what they drew
    /// without it):
    /// <list type="bullet">
    /// <item>Lag: first-order, uniform 2–10 s. A TO-92 DS18B20 in still air takes about a minute; potted in epoxy against
    /// the wire it is coupled through a fraction of a millimetre of filled epoxy to a conductor that is itself the heat
    /// source, so its own capacity (the package, ~0.3 g) settles in seconds; the spread covers a good bond (2 s) to a thick
    /// bead (10 s).</item>
    /// <item>Spot: the sensor reads its point of the wire, not the lumped core: the point's excess over the room is the core's
    /// × (1 + s), s uniform ±<see cref="MaxSpotFraction"/> (the element's pitch and the fold differ along it).</item>
    /// <item>Offset: uniform ±0.5 °C (Maxim DS18B20 datasheet: ±0.5 °C from −10 to +85 °C); noise: the pad's
    /// <see cref="PadParameters.SensorNoiseC"/> (the same part as the surface pair) per read; 1/16 °C steps
    /// (<see cref="SimulatedSensor.Quantise"/>).</item>
    /// </list>
    /// Read once per control tick (the device reads the third ROM in the same Convert T as the pair). Nothing is allocated
    /// after construction.
    /// </summary>
    public sealed class SimulatedElementSensor
    {
        /// <summary>Seeds of the element sensor are the run's XOR this (a SHA-256 initial word, as <see cref="SimulatedSensor.SecondSensorSeedMask"/>).</summary>
        public const int ElementSensorSeedMask = 0x3C6EF372;

        /// <summary>Shortest and longest bonded lag, s (see the class summary).</summary>
        public const double MinLagS = 2.0;

        /// <summary>Longest bonded lag, s.</summary>
        public const double MaxLagS = 10.0;

        /// <summary>Largest offset, °C (DS18B20 datasheet accuracy, −10..+85 °C).</summary>
        public const double MaxOffsetC = 0.5;

        /// <summary>Largest spot error, a fraction of the core's excess over the room (the brief's 0.1–0.15; the worse end).</summary>
        public const double MaxSpotFraction = 0.15;

        /// <summary>The DS18B20's power-on register value, °C.</summary>
        public const double PowerOnC = 85.0;

        private readonly GaussianNoise _noise;
        private readonly double _noiseC;
        private double _laggedC;
        private double _frozenC;
        private ElementSensorFailure _failure;

        /// <summary>The element sensor of a pad of <paramref name="p"/> (at <see cref="PadParameters.InitialC"/>), drawn from <paramref name="seed"/> (the run's).</summary>
        public SimulatedElementSensor(PadParameters p, int seed)
        {
            ArgumentNullException.ThrowIfNull(p);
            int own = seed ^ ElementSensorSeedMask;
            var random = new Random(own);
            LagS = MinLagS + ((MaxLagS - MinLagS) * random.NextDouble());
            OffsetC = MaxOffsetC * ((2.0 * random.NextDouble()) - 1.0);
            SpotFraction = MaxSpotFraction * ((2.0 * random.NextDouble()) - 1.0);
            _noise = new GaussianNoise(unchecked((own * 31) + 7));
            _noiseC = p.SensorNoiseC;
            _laggedC = p.InitialC;
        }

        /// <summary>Time constant behind the element, s (2–10).</summary>
        public double LagS { get; }

        /// <summary>Constant offset, °C (±0.5).</summary>
        public double OffsetC { get; }

        /// <summary>Spot error s: the point reads the core's excess over the room × (1 + s) (±0.15).</summary>
        public double SpotFraction { get; }

        /// <summary>True (noise-free, unquantised, offset-free) temperature of the sensor body now, °C.</summary>
        public double LaggedC => _laggedC;

        /// <summary>How the sensor is broken (settable at any time; <see cref="ElementSensorFailure.Frozen"/> holds the reading of that moment).</summary>
        public ElementSensorFailure Failure
        {
            get
            {
                return _failure;
            }

            set
            {
                if (value == ElementSensorFailure.Frozen && _failure != ElementSensorFailure.Frozen)
                {
                    _frozenC = SimulatedSensor.Quantise(_laggedC + OffsetC);
                }

                _failure = value;
            }
        }

        /// <summary>
        /// Advances the sensor body by <paramref name="dtS"/> s with the element at <paramref name="coreC"/> in a room at
        /// <paramref name="roomC"/>: the point's temperature is room + (core − room)·(1 + s); a detached sensor follows the room.
        /// </summary>
        public void Advance(double dtS, double coreC, double roomC)
        {
            double targetC = _failure == ElementSensorFailure.Detached ? roomC : roomC + ((coreC - roomC) * (1.0 + SpotFraction));
            _laggedC = targetC + ((_laggedC - targetC) * Math.Exp(-dtS / LagS));
        }

        /// <summary>This tick's reading (offset, noise, 1/16 °C steps), or what the failure gives.</summary>
        public SensorReading Read()
        {
            switch (_failure)
            {
                case ElementSensorFailure.Lost:
                    return SensorReading.Invalid;
                case ElementSensorFailure.PowerOnValue:
                    return SensorReading.Valid(PowerOnC);
                case ElementSensorFailure.Frozen:
                    return SensorReading.Valid(_frozenC);
                default:
                    double noise = _noiseC > 0.0 ? _noiseC * _noise.NextStandard() : 0.0;
                    return SensorReading.Valid(SimulatedSensor.Quantise(_laggedC + OffsetC + noise));
            }
        }
    }

    /// <summary>
    /// Whether the simulator's runs fit the element sensor: set once by the command line's <c>--element-sensor</c> (default off,
    /// session 18) before any run is built; read by <see cref="Bench.FirmwareRun"/> and <see cref="Faults.FaultRun"/> at
    /// construction. Tests fit it per run instead (<c>FitElementSensor</c>), never through this switch.
    /// </summary>
    public static class ElementSensorOption
    {
        /// <summary>True: every run built from now on has an element sensor (<see cref="SimulatedElementSensor"/>).</summary>
        public static bool Fitted { get; set; }

        /// <summary>Where the fitted runs' element calibration comes from (<see cref="ElementCalibrationKind"/>; default none: the core's cold-start learner).</summary>
        public static ElementCalibrationKind Calibration { get; set; }

        /// <summary>The oracle calibration's error bound, a fraction (each parameter × (1 + e), e uniform ±this per run; 0: exact).</summary>
        public static double OracleErrorFraction { get; set; }

        /// <summary>
        /// A factor on every parameter of the Factory record (session 20; 1: the fixture's board): what a board whose heater sense
        /// reads the power × 1/this against the fixture's sees (<see cref="ElementCalibrationSource"/>). Under 1: the board reads the power
        /// high (the surface estimated cold).
        /// </summary>
        public static double RecordSenseScale { get; set; } = 1.0;

        /// <summary>A factor on the Factory record's element capacity C (session 20; 1: as measured).</summary>
        public static double RecordCapacityScale { get; set; } = 1.0;

        /// <summary>A factor on the Factory record's element-surface conductance G_cs (session 20; 1: as measured).</summary>
        public static double RecordConductanceScale { get; set; } = 1.0;

        /// <summary>True: the oracle's errors all take +<see cref="OracleErrorFraction"/> (C and G_cs high: the surface estimated hot, the false-alarm corner).</summary>
        public static bool OracleAdverse { get; set; }
    }
}
