using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review10
{
    /// <summary>
    /// Review 10's scenario for the sensor strip loosening at two paces: from <c>onsetS</c> (seconds from the start press) sensor 1
    /// reads room + w1 × (its attached reading − room) and sensor 2 room + w2 × (its own − room), each w going 1 → 0.3 over its
    /// own time after its own delay (the campaign's <see cref="FaultCampaign.LoosenedReading"/> is one pace of 600 s for both). A
    /// shipped pad in the heat program or in the contrast program of 5-min heat and 1-min cool phases with the campaign's cold
    /// pack (<see cref="FaultCampaign.ColdPackWPerK"/>) on it in every cool phase, restarted whenever it ends without a fault;
    /// watched 60 minutes from the onset. Deterministic: seed 11, 1 s ticks.
    /// </summary>
    internal static class TwoRateLooseningScenario
    {
        /// <summary>What one run showed from the onset on: the first fault (None: none in the hour), its time after the onset (NaN: none), the highest true surface until then, °C.</summary>
        internal readonly record struct Outcome(FaultCode Fault, double FaultAfterS, double PeakSurfaceC);

        public static Outcome Run(string padName, int level, bool contrast, double onsetS, double firstDelayS, double firstPaceS, double secondDelayS, double secondPaceS)
        {
            PadParameters pad = PadFile.LoadAllShipped().First(p => p.Name == padName).Pad;
            var run = new FaultRun(pad, 11, contrast ? FaultCampaign.ShortPhaseConfig(1) : null);
            double airWPerK = run.Pad.SurfaceToAmbientWPerK;
            run.Start(level, contrast ? TherapyProgram.Contrast : TherapyProgram.Heat);
            long startMs = run.NowMs;
            double peakC = double.NegativeInfinity;
            while (true)
            {
                double sinceS = (run.NowMs - startMs) / 1000.0;
                if (sinceS >= onsetS + 3600.0)
                {
                    return new Outcome(FaultCode.None, double.NaN, peakC);
                }

                if (contrast)
                {
                    run.Pad.SurfaceToAmbientWPerK = run.Last.Phase == SessionPhase.Cool ? FaultCampaign.ColdPackWPerK : airWPerK;
                }

                SensorReading? first = null;
                SensorReading? second = null;
                if (sinceS >= onsetS)
                {
                    first = Loosened(pad, run.Sensor.Read(run.NowMs), Share(sinceS - onsetS, firstDelayS, firstPaceS));
                    second = Loosened(pad, run.SecondSensor.Read(run.NowMs), Share(sinceS - onsetS, secondDelayS, secondPaceS));
                }

                ButtonId press = run.Last.Phase == SessionPhase.Off && run.Last.Fault == FaultCode.None ? ButtonId.Power : ButtonId.None;
                run.TickPair(1000, first, second, press);
                if (sinceS >= onsetS)
                {
                    peakC = Math.Max(peakC, run.Pad.SurfaceC);
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, sinceS + 1.0 - onsetS, peakC);
                }
            }
        }

        /// <summary>w: 1 until <paramref name="delayS"/>, then down to 0.3 over <paramref name="paceS"/>.</summary>
        public static double Share(double sinceOnsetS, double delayS, double paceS)
        {
            return 1.0 - (0.7 * Math.Min(1.0, Math.Max(0.0, sinceOnsetS - delayS) / paceS));
        }

        private static SensorReading? Loosened(PadParameters pad, SensorReading attached, double w)
        {
            if (w >= 1.0 || !attached.IsValid)
            {
                return null;
            }

            return SensorReading.Valid(SimulatedSensor.Quantise(pad.AmbientC + (w * (attached.TemperatureC - pad.AmbientC))));
        }
    }
}
