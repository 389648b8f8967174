using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review14a
{
    /// <summary>
    /// Review 14a's scenario: the restart scan's run (<see cref="RestartScan"/>: seed 7, a pad learned
    /// <see cref="RestartScan.LearnHeatS"/> s at a level, the user presses off, gets up and lays a cold pack on the pad, then
    /// presses on again after <c>offS</c> seconds, the pack lifted at the restart, watched <see cref="RestartScan.WatchS"/> s)
    /// in a room that warms steadily from the off press on (<c>roomRampCPerS</c>: the heating coming on in the morning, the sun
    /// on the window; 0.001 °C/s is 3.6 °C an hour). The simulated pad's room is fixed when it is built, so the room's rise is
    /// added to the pad: the sensors' own readings (re-quantised) and the true surface both carry ramp × seconds since the off
    /// press — a pad coupled to the room follows a slow rise of it with a lag far under the ramp's minutes (the pack's 8-40 W/K
    /// pin the surface to the room). From the off press on the core gets each sensor's reading of the tick before (1 s late).
    /// </summary>
    internal static class WarmingRoomRestartScenario
    {
        /// <summary>The first fault after the restart (None: none), its time after the restart (NaN: none), the highest true surface until then, °C.</summary>
        internal readonly record struct Outcome(FaultCode Fault, double AfterS, double PeakSurfaceC);

        public static Outcome Run(string padName, bool learnOnBody, int level, int offS, double packWPerK, double roomRampCPerS, bool userLiesDownAtRestart = false)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            PadParameters learned = learnOnBody ? pad : BenchPadFamily.InCondition(pad, "air");
            var run = new FaultRun(learned, RestartScan.RunSeed);
            double upWPerK = Math.Max(pad.SurfaceToAmbientWPerK, BenchPadFamily.FreeAirSurfaceToAmbientWPerK);
            int learnFaultS = RestartScan.LearnHeat(run, level);
            if (learnFaultS >= 0)
            {
                return new Outcome(run.Last.Fault, -learnFaultS, double.NaN);
            }

            int sinceOffS = 0;
            Step(run, roomRampCPerS, ref sinceOffS, ButtonId.Power);
            run.Pad.SurfaceToBodyWPerK = 0.0;
            run.Pad.SurfaceToAmbientWPerK = packWPerK;
            for (int s = 1; s < offS; s++)
            {
                Step(run, roomRampCPerS, ref sinceOffS, ButtonId.None);
            }

            // The pack is lifted as the user presses on (and lies back down on the pad, when asked).
            run.Pad.SurfaceToAmbientWPerK = userLiesDownAtRestart ? pad.SurfaceToAmbientWPerK : upWPerK;
            run.Pad.SurfaceToBodyWPerK = userLiesDownAtRestart ? Math.Max(2.0, pad.SurfaceToBodyWPerK) : 0.0;
            Step(run, roomRampCPerS, ref sinceOffS, ButtonId.Power);
            double peakC = double.NegativeInfinity;
            for (int s = 1; s <= RestartScan.WatchS; s++)
            {
                Step(run, roomRampCPerS, ref sinceOffS, ButtonId.None);
                peakC = Math.Max(peakC, run.Pad.SurfaceC + (roomRampCPerS * sinceOffS));
                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s, peakC);
                }
            }

            return new Outcome(FaultCode.None, double.NaN, peakC);
        }

        private static void Step(FaultRun run, double rampCPerS, ref int sinceOffS, ButtonId press)
        {
            double riseC = rampCPerS * sinceOffS;
            run.TickPair(1000, Shifted(run.Sensor.Read(run.NowMs), riseC), Shifted(run.SecondSensor.Read(run.NowMs), riseC), press);
            sinceOffS++;
        }

        private static SensorReading Shifted(SensorReading reading, double riseC)
        {
            return reading.IsValid ? SensorReading.Valid(SimulatedSensor.Quantise(reading.TemperatureC + riseC)) : reading;
        }
    }
}
