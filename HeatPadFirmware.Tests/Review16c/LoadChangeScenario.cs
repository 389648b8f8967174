using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review16c
{
    /// <summary>
    /// Review 16c's scenario: a pad (already put in its condition, e.g. bench family seed 1's folded-covered in free air) starts a
    /// heat session at a level at its own supply (or <c>startSupplyFraction</c> of rated), both sensors attached; at second <c>atS</c> the load or the supply changes under
    /// the heat: the surface-to-body conductance becomes <c>bodyWPerK</c> (a user lying down, or 0: getting up; NaN: unchanged), the surface-to-room conductance <c>airWPerK</c> (NaN: unchanged; the faults lying-down group puts the pad's own back as the user lies down) and
    /// the supply becomes <c>supplyFraction</c> of rated (NaN: unchanged). Watched to second <c>endS</c>. Deterministic: seed 11,
    /// 1 s ticks.
    /// </summary>
    internal static class LoadChangeScenario
    {
        /// <summary>
        /// The first fault (None: none) and its second (-1: none); the highest true surface, °C; the highest true surface over the
        /// setpoint, °C; the mean of setpoint − true surface over the last 1,200 s, °C (NaN with a fault); the setpoint, °C.
        /// </summary>
        internal readonly record struct Outcome(FaultCode Fault, int FaultAtS, double PeakC, double OverSetpointC, double MeanUnderLastC, double SetpointC)
        {
            public override string ToString()
            {
                return FormattableString.Invariant($"{Fault} at {FaultAtS} s; peak {PeakC:F2} C, over the setpoint {OverSetpointC:F2} C, mean under over the last 1,200 s {MeanUnderLastC:F2} C (setpoint {SetpointC:F1} C)");
            }
        }

        public static Outcome Run(PadParameters pad, int level, int endS, int atS, double bodyWPerK, double supplyFraction, Action<FaultRun, int>? onTick = null, double startSupplyFraction = double.NaN, double airWPerK = double.NaN)
        {
            var run = new FaultRun(pad, 11);
            if (!double.IsNaN(startSupplyFraction))
            {
                run.Pad.SupplyVoltageV = startSupplyFraction * pad.RatedVoltageV;
            }

            run.Start(level);
            double peak = double.NegativeInfinity, over = double.NegativeInfinity, sumUnder = 0.0, setpointC = 0.0;
            int n = 0;
            for (int s = 1; s <= endS; s++)
            {
                if (s == atS)
                {
                    if (!double.IsNaN(bodyWPerK))
                    {
                        run.Pad.SurfaceToBodyWPerK = bodyWPerK;
                    }

                    if (!double.IsNaN(airWPerK))
                    {
                        run.Pad.SurfaceToAmbientWPerK = airWPerK;
                    }

                    if (!double.IsNaN(supplyFraction))
                    {
                        run.Pad.SupplyVoltageV = supplyFraction * pad.RatedVoltageV;
                    }
                }

                run.TickPair(1000, null, null);
                onTick?.Invoke(run, s);
                double surfaceC = run.Pad.SurfaceC;
                peak = Math.Max(peak, surfaceC);
                if (run.Last.HasSetpoint)
                {
                    setpointC = run.Last.SetpointC;
                    over = Math.Max(over, surfaceC - setpointC);
                    if (s > endS - 1200)
                    {
                        n++;
                        sumUnder += setpointC - surfaceC;
                    }
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s, peak, over, double.NaN, setpointC);
                }
            }

            return new Outcome(FaultCode.None, -1, peak, over, n > 0 ? sumUnder / n : double.NaN, setpointC);
        }
    }
}
