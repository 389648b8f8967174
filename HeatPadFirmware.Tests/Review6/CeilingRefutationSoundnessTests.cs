using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review6
{
    /// <summary>
    /// Review 6, checked sound: SensorCouplingCheck's seen ceiling (<see cref="SensorCouplingCheck.CeilingObservedWithinC"/>,
    /// session 5) replaces the highest ceiling learned only when the pad stands at a ceiling under 45 °C. A reading that
    /// settles at a part w of the pad's warming teaches such a ceiling; these runs loosen deeper than the campaign's
    /// w = 0.3 (0.1-0.45). Measured over 5 pads × levels 1/3/5 × onsets 60/300/600 s × w 0.1/0.2/0.3/0.45 (180 runs, both
    /// sensors loosening, 60 min): with the refutation disabled the verdicts are the same in 179; in the other (strong-60w
    /// L5, w 0.1) both latch, frozen_reading at 1,156 s instead of heating_failed at 852 s, surface 49.4 against 49.1 °C.
    /// </summary>
    public class CeilingRefutationSoundnessTests
    {
        private static SensorReading Loosened(PadParameters pad, SensorReading attached, double sinceOnsetS, double finalW)
        {
            if (!attached.IsValid)
            {
                return attached;
            }

            // As FaultCampaign.LoosenedReading (w 1 → final over 600 s), to a chosen final part of the warming.
            double w = 1.0 - ((1.0 - finalW) * Math.Min(1.0, Math.Max(0.0, sinceOnsetS) / 600.0));
            return SensorReading.Valid(SimulatedSensor.Quantise(pad.AmbientC + (w * (attached.TemperatureC - pad.AmbientC))));
        }

        private static (FaultCode Fault, double PeakC) Run(string padName, int level, double finalW, bool bothSensors)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new FaultRun(pad, 1);
            run.Start(level);
            long onsetMs = run.NowMs + 60_000;
            double peakC = double.NegativeInfinity;
            while (run.NowMs < onsetMs + 3_600_000 && run.Last.Phase != SessionPhase.Off && run.Last.Fault == FaultCode.None)
            {
                SensorReading? first = null;
                SensorReading? second = null;
                if (run.NowMs >= onsetMs)
                {
                    double sinceS = (run.NowMs - onsetMs) / 1000.0;
                    first = Loosened(pad, run.Sensor.Read(run.NowMs), sinceS, finalW);
                    second = bothSensors ? Loosened(pad, run.SecondSensor.Read(run.NowMs), sinceS, finalW) : null;
                    peakC = Math.Max(peakC, run.Pad.SurfaceC);
                }

                run.TickPair(1000, first, second);
            }

            return (run.Last.Fault, peakC);
        }

        [Theory]
        [InlineData(0.2)]
        [InlineData(0.3)]
        public void Core_StillNamesTheStrip_WhenBothSensorsSettleLowOnStrong60wAtLevel3(double finalW)
        {
            // strong-60w's true ceiling is far over 45 °C; the loosened pair teaches one near the room + w × its rise.
            var (fault, peakC) = Run("strong-60w", 3, finalW, true);

            Assert.True(fault == FaultCode.SensorDetached || fault == FaultCode.HeatingFailed, $"{fault}, surface peak {peakC:F1} °C");
        }

        [Theory]
        [InlineData("strong-60w", 0.1)]
        [InlineData("folded-covered", 0.2)]
        [InlineData("free-air", 0.3)]
        public void Core_HoldsThePadAtItsSetpoint_WhenOneSensorSettlesLow(string padName, double finalW)
        {
            // One sensor loosening: the fused reading follows the other within 0.25 °C once they part by half a degree,
            // so no learned ceiling comes from the loosening reading and the pair names it.
            var (fault, peakC) = Run(padName, 5, finalW, false);

            Assert.Equal(FaultCode.SensorsDisagree, fault);
            Assert.True(peakC <= 45.5, $"surface peak {peakC:F1} °C");
        }
    }
}
