using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review15c
{
    /// <summary>
    /// Review 15c's scenario: a pad (already put in its condition) starts a heat session at a level at its own supply; at each
    /// second of <c>atS</c> the surface-to-body conductance becomes the matching <c>bodyWPerK</c> (0: the user got up), so a
    /// user can lie down, get up and lie back down. Watched to second <c>endS</c>. Deterministic: seed 11, 1 s ticks.
    /// </summary>
    internal static class BodyEventsScenario
    {
        /// <summary>The first fault (None: none), its second (-1: none), and the mean of setpoint − true surface over the last 1,200 s, °C (NaN with a fault).</summary>
        internal readonly record struct Outcome(FaultCode Fault, int FaultAtS, double MeanUnderLastC);

        public static Outcome Run(PadParameters pad, int level, int endS, int[] atS, double[] bodyWPerK)
        {
            var run = new FaultRun(pad, 11);
            run.Start(level);
            double sumUnder = 0.0;
            int nLast = 0;
            for (int s = 1; s <= endS; s++)
            {
                for (int i = 0; i < atS.Length; i++)
                {
                    if (atS[i] == s)
                    {
                        run.Pad.SurfaceToBodyWPerK = bodyWPerK[i];
                    }
                }

                run.TickPair(1000, null, null);
                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s, double.NaN);
                }

                if (run.Last.HasSetpoint && s > endS - 1200)
                {
                    nLast++;
                    sumUnder += run.Last.SetpointC - run.Pad.SurfaceC;
                }
            }

            return new Outcome(FaultCode.None, -1, nLast > 0 ? sumUnder / nLast : double.NaN);
        }
    }
}
