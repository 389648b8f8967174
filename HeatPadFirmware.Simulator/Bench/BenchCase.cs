using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Bench
{
    /// <summary>One pad in one condition (on the body or in free air) at one level.</summary>
    internal sealed record BenchCase(string PadName, string Condition, PadParameters Pad, int Level, double SetpointC, int Seed, int TuneSeed);

    /// <summary>What one controller did on one case, on the true surface temperature.</summary>
    internal sealed record BenchResult(
        string Controller,
        string PadName,
        string Condition,
        int Level,
        double SetpointC,
        bool Reachable,
        double BoundS,
        double BoundCoastOvershootC,
        double? RiseS,
        double? RiseRatio,
        double OvershootC,
        double? SteadyErrorC,
        string Fault,
        int Seed,
        int TuneSeed)
    {
        /// <summary>
        /// The firmware's first heat-up only: the bound under the heater-current check's probe (<see cref="PhysicalBound.ComputeUnderProbe"/>,
        /// s; the most heat the device's supervisor lets through), null for the reference controllers and unreachable cases.
        /// </summary>
        public double? ProbeBoundS { get; init; }

        /// <summary>The firmware's first heat-up only: <see cref="RiseS"/> over <see cref="ProbeBoundS"/> (null when either is missing).</summary>
        public double? ProbeRiseRatio { get; init; }

        /// <summary>Time series kept only for the plot of the worst cases (not serialised).</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public BenchTrace Trace { get; set; }
    }

    /// <summary>Per-second samples of one run, for plotting.</summary>
    internal sealed class BenchTrace
    {
        public readonly System.Collections.Generic.List<double> TimeS = new();
        public readonly System.Collections.Generic.List<double> SurfaceC = new();
        public readonly System.Collections.Generic.List<double> ReadingC = new();

        /// <summary>Sensor 2's reading (the firmware's runs; NaN for the reference controllers, which read sensor 1 only).</summary>
        public readonly System.Collections.Generic.List<double> SecondReadingC = new();
        public readonly System.Collections.Generic.List<double> CoreC = new();
        public readonly System.Collections.Generic.List<double> Duty = new();

        /// <summary>Adds one sample; an invalid reading is recorded as NaN, and a missing second reading (null) too.</summary>
        public void Add(double timeS, double surfaceC, double coreC, HeatPadFirmware.Core.SensorReading reading, HeatPadFirmware.Core.SensorReading? secondReading, double duty)
        {
            TimeS.Add(timeS);
            SurfaceC.Add(surfaceC);
            CoreC.Add(coreC);
            ReadingC.Add(reading.IsValid ? reading.TemperatureC : double.NaN);
            SecondReadingC.Add(secondReading.HasValue && secondReading.Value.IsValid ? secondReading.Value.TemperatureC : double.NaN);
            Duty.Add(duty);
        }
    }
}
