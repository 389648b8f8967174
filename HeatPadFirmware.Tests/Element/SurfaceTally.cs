using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;

namespace HeatPadFirmware.Tests.Element
{
    /// <summary>
    /// A fault run's true surface as the by-hand scans keep it, one <see cref="Tick"/> from the run's onTick: the seconds since
    /// the previous tick, the burn dose over the ticks (<see cref="BurnDose.Increment"/> of the tick's surface over those seconds,
    /// a fraction of a burn — not <see cref="FaultRun.SurfaceDose"/>, which sums the pad's 0.5 s steps), the second the surface
    /// first reached 48 °C, and the seconds over 46 °C.
    /// </summary>
    internal sealed class SurfaceTally
    {
        private readonly double _firstTickS;
        private long _lastMs = -1;

        /// <summary>
        /// A tally whose first tick counts <paramref name="firstTickS"/> seconds; NaN (the default) counts it from the run's 0 ms,
        /// so it also spans the session's start-up ticks (ecap25's and review 26a's scans); loose21's and loose22's trackers take 1 s.
        /// </summary>
        public SurfaceTally(double firstTickS = double.NaN)
        {
            _firstTickS = firstTickS;
        }

        /// <summary>Seconds since the previous tick (the first: see the constructor), s.</summary>
        public double TickS { get; private set; }

        /// <summary>The true surface's burn dose over the ticks so far, a fraction of a burn.</summary>
        public double Dose { get; private set; }

        /// <summary>The second (run time, whole s) the true surface first reached 48 °C; −1 while it has not.</summary>
        public long At48S { get; private set; } = -1;

        /// <summary>True on the one tick the true surface first reached 48 °C.</summary>
        public bool Reached48Now { get; private set; }

        /// <summary>Seconds with the true surface over 46 °C so far, s.</summary>
        public double Over46S { get; private set; }

        /// <summary>Takes the run's state after one tick.</summary>
        public void Tick(FaultRun run)
        {
            TickS = _lastMs < 0 && !double.IsNaN(_firstTickS) ? _firstTickS : (run.NowMs - Math.Max(0L, _lastMs)) / 1000.0;
            _lastMs = run.NowMs;
            double surfaceC = run.Pad.SurfaceC;
            Dose += BurnDose.Increment(surfaceC, TickS);
            Reached48Now = At48S < 0 && surfaceC >= 48.0;
            if (Reached48Now)
            {
                At48S = run.NowMs / 1000;
            }

            Over46S += surfaceC > 46.0 ? TickS : 0.0;
        }
    }
}
