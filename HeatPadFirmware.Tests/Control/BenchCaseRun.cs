using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Control
{
    /// <summary>
    /// One case of <c>bench</c> run through the bench's own firmware tick (<see cref="FirmwareRun"/>: 1 s ticks, one
    /// press per tick from tick 1, program heat), so that a test reproduces the bench's figures for the same case seed
    /// (bench seed × 7919 + the case's index, the "Seed" of <c>bench --json</c>). FaultRun's half-second pad steps give
    /// other traces for the same seed.
    /// </summary>
    internal static class BenchCaseRun
    {
        /// <summary>
        /// Runs level <paramref name="level"/> on pad <paramref name="padName"/> of the random family of
        /// <paramref name="familySeed"/> (50 pads) in <paramref name="condition"/> ("body" or "air") for
        /// <paramref name="minutes"/> after the setpoint is set. Returns the overshoot of the true surface (°C), the seconds
        /// from the setpoint to setpoint − 0.5 °C (−1: never), the mean |surface − setpoint| from 5 min after that to the
        /// end (°C; NaN when never reached) and the case's physical bound (s, <see cref="PhysicalBound"/>; NaN when the
        /// level is out of reach). Asserts that no fault is raised.
        /// </summary>
        public static (double OvershootC, int RiseS, double SteadyErrorC, double BoundS) Run(int familySeed, string padName, string condition, int level, int caseSeed, int minutes = 30)
        {
            PadParameters? family = null;
            foreach (var (name, p) in BenchPadFamily.Build(50, familySeed))
            {
                if (name == padName)
                {
                    family = BenchPadFamily.InCondition(p, condition);
                }
            }

            Assert.NotNull(family);
            var run = new FirmwareRun(family, caseSeed, new TherapyConfig(), TherapyProgram.Heat, level);
            int startS = -1;
            int riseS = -1;
            double setpointC = double.NaN;
            double peakC = double.NegativeInfinity;
            double errorSum = 0.0;
            int errorCount = 0;
            for (int t = 0; startS < 0 || t < startS + (minutes * 60); t++)
            {
                Assert.True(startS >= 0 || t < 600, "the session never started");
                CoreOutputs outputs = run.Step();
                Assert.Equal(FaultCode.None, outputs.Fault);
                if (startS < 0 && outputs.HasSetpoint)
                {
                    startS = t;
                    setpointC = outputs.SetpointC;
                }

                if (startS >= 0)
                {
                    double surfaceC = run.Pad.SurfaceC;
                    peakC = Math.Max(peakC, surfaceC);
                    if (riseS < 0 && surfaceC >= setpointC - 0.5)
                    {
                        riseS = t - startS;
                    }

                    if (riseS >= 0 && t - startS >= riseS + 300)
                    {
                        errorSum += Math.Abs(surfaceC - outputs.SetpointC);
                        errorCount++;
                    }
                }
            }

            double boundS = PhysicalBound.Compute(family, setpointC, out double bound, out _) ? bound : double.NaN;
            return (peakC - setpointC, riseS, errorCount > 0 ? errorSum / errorCount : double.NaN, boundS);
        }
    }
}
