using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review16b
{
    /// <summary>
    /// Review 16b's scenario for lie15's load-shape rule (SensorCouplingCheck: a latching probe's fine answer whose end lies more
    /// than ScaledShapeRatio under its mid-point counts toward no latch). A pad (already put in its condition, optionally with
    /// its room and sensor noise changed) starts a heat session at a level; from second <c>onsetS</c> both sensors (or sensor 1
    /// alone) lose contact as w goes 1 → 0.3, read as the faults campaign's loosening does (room + w × (attached − room), DS18B20
    /// steps), along a <see cref="Shape"/>: linear over <c>paceS</c> (the campaign's), square-root (w = 1 − 0.7 √(t / pace):
    /// a sensor that slips fast and then creeps to rest, each second slower than the last) or exponential
    /// (w = 0.3 + 0.7 e^(−t / pace)). Optionally a body lies down (surface-to-body conductance <c>bodyWPerK</c>) <c>lieDelayS</c>
    /// seconds after the first probe (the coupling check holding the duty at zero) that starts after the onset. Watched
    /// 3,600 s from the onset. Deterministic: seed 11, 1 s ticks.
    /// </summary>
    internal static class ShapedLooseningScenario
    {
        /// <summary>How w falls from 1 to 0.3.</summary>
        internal enum Shape
        {
            /// <summary>Linearly over the pace (FaultCampaign.LoosenedReading).</summary>
            Linear,

            /// <summary>w = 1 − 0.7 √(min(1, t / pace)): fastest at the start, slowing down.</summary>
            SquareRoot,

            /// <summary>w = 0.3 + 0.7 e^(−t / pace).</summary>
            Exponential,
        }

        /// <summary>
        /// The first fault (None: none) and its second after the onset (-1: none); the highest true surface from the onset, °C; the
        /// seconds the true surface stood over 48 °C from the onset; the second (from the start) the body lay down (-1: it did not).
        /// </summary>
        internal readonly record struct Outcome(FaultCode Fault, int FaultAfterS, double PeakC, int Over48S, int LainAtS);

        /// <summary>Seconds watched from the onset, 3,600.</summary>
        internal const int WatchS = 3600;

        /// <summary>w, 0.3..1, <paramref name="sinceOnsetS"/> seconds after the onset.</summary>
        public static double W(Shape shape, double sinceOnsetS, double paceS)
        {
            double t = Math.Max(0.0, sinceOnsetS);
            switch (shape)
            {
                case Shape.SquareRoot:
                    return 1.0 - (0.7 * Math.Sqrt(Math.Min(1.0, t / paceS)));
                case Shape.Exponential:
                    return 0.3 + (0.7 * Math.Exp(-t / paceS));
                default:
                    return 1.0 - (0.7 * Math.Min(1.0, t / paceS));
            }
        }

        public static Outcome Run(PadParameters pad, int level, int onsetS, Shape shape, double paceS, int sensors = 2, double bodyWPerK = 0.0, int lieDelayS = -1)
        {
            var run = new FaultRun(pad, 11);
            run.Start(level);
            double peakC = double.NegativeInfinity;
            int over48S = 0;
            int lieAtS = -1;
            for (int s = 1; s <= onsetS + WatchS; s++)
            {
                if (lieDelayS >= 0 && lieAtS < 0 && s > onsetS && run.Core.Supervisor.Coupling.HoldsDutyAtZero)
                {
                    lieAtS = s + lieDelayS;
                }

                if (s == lieAtS)
                {
                    run.Pad.SurfaceToBodyWPerK = bodyWPerK;
                }

                SensorReading? first = null;
                SensorReading? second = null;
                if (s >= onsetS)
                {
                    double w = W(shape, s - onsetS, paceS);
                    first = Loosened(pad, run.Sensor.Read(run.NowMs), w);
                    if (sensors > 1)
                    {
                        second = Loosened(pad, run.SecondSensor.Read(run.NowMs), w);
                    }
                }

                run.TickPair(1000, first, second);
                if (s >= onsetS)
                {
                    peakC = Math.Max(peakC, run.Pad.SurfaceC);
                    if (run.Pad.SurfaceC > 48.0)
                    {
                        over48S++;
                    }
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s - onsetS, peakC, over48S, lieAtS);
                }
            }

            return new Outcome(FaultCode.None, -1, peakC, over48S, lieAtS);
        }

        private static SensorReading Loosened(PadParameters pad, SensorReading attached, double w)
        {
            if (!attached.IsValid)
            {
                return attached;
            }

            return SensorReading.Valid(SimulatedSensor.Quantise(pad.AmbientC + (w * (attached.TemperatureC - pad.AmbientC))));
        }
    }
}
