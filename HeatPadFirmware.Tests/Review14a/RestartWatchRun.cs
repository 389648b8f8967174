using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;

namespace HeatPadFirmware.Tests.Review14a
{
    /// <summary>The restart the review's scenarios end with: the power press, then <see cref="RestartScan.WatchS"/> s watched.</summary>
    internal static class RestartWatchRun
    {
        /// <summary>
        /// Presses power on <paramref name="run"/> (off, so this restarts the session) and ticks 1 s at a time for
        /// <see cref="RestartScan.WatchS"/> s: the first fault latched, its time after the restart, and the highest surface until then.
        /// </summary>
        internal static RestartScan.Outcome PressOnAndWatch(FaultRun run)
        {
            run.Tick(1000, null, ButtonId.Power);
            double peakC = double.NegativeInfinity;
            for (int s = 1; s <= RestartScan.WatchS; s++)
            {
                run.Tick(1000, null);
                peakC = Math.Max(peakC, run.Pad.SurfaceC);
                if (run.Last.Fault != FaultCode.None)
                {
                    return new RestartScan.Outcome(run.Last.Fault, s, peakC);
                }
            }

            return new RestartScan.Outcome(FaultCode.None, double.NaN, peakC);
        }
    }
}
