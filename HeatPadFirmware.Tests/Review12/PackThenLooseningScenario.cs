using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review12
{
    /// <summary>
    /// Review 12's scenario for the refuted witness (SensorCouplingCheck.WitnessRefutedC, session 11): a shipped pad on the body
    /// starts a heat session at a level with a cold pack on it (the simulator's pack: the surface-to-ambient conductance raised to
    /// <c>packWPerK</c>) for <c>packS</c> seconds, so the witness the learner freezes early may be learned under the pack; the pack
    /// is lifted, and <c>onsetS</c> seconds after the start both sensors loosen as the campaign's BothSensorsLoosening does
    /// (w 1 -> 0.3 over 600 s). Watched 3600 s from the onset. Deterministic: seed 11, 1 s ticks.
    /// </summary>
    internal static class PackThenLooseningScenario
    {
        /// <summary>The margin of session 11's reverted rule (SensorCouplingCheck.WitnessRefutedC, 10 °C): how far a reading stood over the witness's full-power ceiling.</summary>
        internal const double RefutedMarginC = 10.0;

        /// <summary>The first fault (None: none), its time after the onset (NaN: none), the highest true surface after the onset, °C, and the seconds after the onset sensor 1's reading stood over the witness's full-power ceiling + WitnessRefutedC.</summary>
        internal readonly record struct Outcome(FaultCode Fault, double FaultAfterS, double PeakSurfaceC, int RefutedS);

        public static Outcome Run(string padName, int level, double packWPerK, int packS, int onsetS, string condition = "body", double supplyV = 0.0)
        {
            return Run(BenchPadFamily.InCondition(PadFile.LoadShipped(padName), condition), level, packWPerK, packS, onsetS, supplyV);
        }

        /// <summary>As above on any pad (a random-family pad already put in its condition).</summary>
        public static Outcome Run(PadParameters pad, int level, double packWPerK, int packS, int onsetS, double supplyV = 0.0)
        {
            var run = new FaultRun(pad, 11);
            if (supplyV > 0.0)
            {
                run.Pad.SupplyVoltageV = supplyV;
            }

            double airWPerK = run.Pad.SurfaceToAmbientWPerK;
            run.Start(level);
            run.Pad.SurfaceToAmbientWPerK = packWPerK;
            double peakC = double.NegativeInfinity;
            int refutedS = 0;
            for (int s = 1; s <= onsetS + 3600; s++)
            {
                if (s == packS)
                {
                    run.Pad.SurfaceToAmbientWPerK = airWPerK;
                }

                SensorReading? first = null;
                SensorReading? second = null;
                if (s >= onsetS)
                {
                    first = FaultCampaign.LoosenedReading(pad, run.Sensor.Read(run.NowMs), s - onsetS);
                    second = FaultCampaign.LoosenedReading(pad, run.SecondSensor.Read(run.NowMs), s - onsetS);
                }

                run.TickPair(1000, first, second);
                PadThermalModel witness = run.Core.Controller.Learner.WitnessModel;
                if (witness != null && first.HasValue && run.Core.Controller.Learner.TryGetWitnessState(out _, out _, out _)
                    && first.Value.TemperatureC > witness.SteadySurfaceC(1.0, out _) + RefutedMarginC)
                {
                    refutedS++;
                }

                if (s >= onsetS)
                {
                    peakC = Math.Max(peakC, run.Pad.SurfaceC);
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s - onsetS, peakC, refutedS);
                }
            }

            return new Outcome(FaultCode.None, double.NaN, peakC, refutedS);
        }
    }
}
