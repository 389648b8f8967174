using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review14b
{
    /// <summary>
    /// Review 14b's scenario for session 13's stale-witness gate on SensorCouplingCheck's unsettled-doubt watch: a pad (already put
    /// in its condition, e.g. started in free air) starts a heat session at a level with the supply at a fraction of rated; at
    /// second <c>lieAtS</c> the user lies down (surface-to-body conductance to <c>bodyWPerK</c>), at second <c>upAtS</c> gets up
    /// again (conductance 0), and from second <c>onsetS</c> one or both sensors loosen as the faults campaign's SensorLoosening /
    /// BothSensorsLoosening (FaultCampaign.LoosenedReading, w 1 -> 0.3 over <c>paceS</c>). Any second &lt;= 0 leaves that event
    /// out. Watched to second <c>endS</c>. Deterministic: seed 11, 1 s ticks.
    /// </summary>
    internal static class LieDownScenario
    {
        /// <summary>
        /// The first fault (None: none) and its second (-1: none); the highest true surface from the onset, °C (-inf without a
        /// loosening); the seconds the true surface stood over 48 °C from the onset; the highest true surface over the setpoint, °C;
        /// over the last 1,200 s watched (no fault): the mean of setpoint − true surface, °C, the lowest true surface, °C, and the
        /// seconds LevelUnreachable was shown; the setpoint, °C.
        /// </summary>
        internal readonly record struct Outcome(FaultCode Fault, int FaultAtS, double PeakAfterOnsetC, int Over48S, double OverSetpointC, double MeanUnderLastC, double MinLastC, int UnreachableLastS, double SetpointC);

        /// <summary>Last seconds of a run over which the hold is judged (under-heating), 1,200 s.</summary>
        internal const int HoldWindowS = 1200;

        public static PadParameters Pad(string padName, string condition)
        {
            return BenchPadFamily.InCondition(PadFile.LoadShipped(padName), condition);
        }

        public static Outcome Run(PadParameters pad, int level, int lieAtS, double bodyWPerK, int endS, double supplyFraction = 1.0, int upAtS = 0, int looseSensors = 0, int onsetS = 0, double paceS = 600.0)
        {
            var run = new FaultRun(pad, 11);
            run.Pad.SupplyVoltageV = supplyFraction * pad.RatedVoltageV;
            run.Start(level);
            double peak = double.NegativeInfinity, over = double.NegativeInfinity, sumUnder = 0.0, minLast = double.PositiveInfinity, setpointC = 0.0;
            int over48 = 0, nLast = 0, unreachable = 0;
            for (int s = 1; s <= endS; s++)
            {
                if (s == lieAtS)
                {
                    run.Pad.SurfaceToBodyWPerK = bodyWPerK;
                }

                if (s == upAtS)
                {
                    run.Pad.SurfaceToBodyWPerK = 0.0;
                }

                SensorReading? first = null;
                SensorReading? second = null;
                bool loose = looseSensors > 0 && onsetS > 0 && s >= onsetS;
                if (loose)
                {
                    first = FaultCampaign.LoosenedReading(pad, run.Sensor.Read(run.NowMs), s - onsetS, paceS);
                    if (looseSensors > 1)
                    {
                        second = FaultCampaign.LoosenedReading(pad, run.SecondSensor.Read(run.NowMs), s - onsetS, paceS);
                    }
                }

                run.TickPair(1000, first, second);
                double surfaceC = run.Pad.SurfaceC;
                if (loose)
                {
                    peak = Math.Max(peak, surfaceC);
                    if (surfaceC > 48.0)
                    {
                        over48++;
                    }
                }

                if (run.Last.HasSetpoint)
                {
                    setpointC = run.Last.SetpointC;
                    over = Math.Max(over, surfaceC - setpointC);
                    if (s > endS - HoldWindowS)
                    {
                        nLast++;
                        sumUnder += setpointC - surfaceC;
                        minLast = Math.Min(minLast, surfaceC);
                        if (run.Last.LevelUnreachable)
                        {
                            unreachable++;
                        }
                    }
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s, peak, over48, over, double.NaN, double.NaN, 0, setpointC);
                }
            }

            return new Outcome(FaultCode.None, -1, peak, over48, over, nLast > 0 ? sumUnder / nLast : double.NaN, minLast, unreachable, setpointC);
        }
    }
}
