using System;
using HeatPadFirmware.Core;

namespace HeatPadFirmware.Simulator.Faults
{
    /// <summary>
    /// How far the true surface stays under the level's setpoint at the end of a session's heat (session 14, the lying-down
    /// group): the mean of setpoint − true surface, °C, over the last <see cref="WindowS"/> heat-phase ticks of each session,
    /// then the median and the worst over the sessions counted. The setpoint is the level's (<see cref="TherapySession.SetpointC"/>),
    /// not the one the supervisor's caps leave (<see cref="CoreOutputs.SetpointC"/>): the figure is what the user asked for and did
    /// not get — review 14b found pads lain on after a pre-heat in free air holding 5–7 °C under their level under the doubt cap.
    /// A positive figure is under the setpoint. Feed it every tick (<see cref="Observe"/>), then <see cref="EndSession"/>.
    /// </summary>
    public sealed class HoldDeficitWatch
    {
        /// <summary>The judged end of the heat, s of heat-phase ticks, 1,200 (20 min: review 14b's hold window, LieDownScenario.HoldWindowS).</summary>
        public const int WindowS = 1200;

        private readonly double[] _ring = new double[WindowS];
        private int _count;
        private int _next;
        private readonly SessionValueTally _means = new SessionValueTally();

        /// <summary>Sessions counted (each with a full window).</summary>
        public int Sessions => _means.Sessions;

        /// <summary>The largest mean deficit of any session counted, °C (NaN before one).</summary>
        public double WorstC => _means.WorstC;

        /// <summary>The session seed of <see cref="WorstC"/>.</summary>
        public int WorstSeed => _means.WorstSeed;

        /// <summary>The mean deficit of the session ended last, °C (NaN when it was not counted).</summary>
        public double LastMeanC { get; private set; } = double.NaN;

        /// <summary>Sessions whose mean deficit is over 1 °C.</summary>
        public int OverOneC => _means.OverOneC;

        /// <summary>One tick of the session under way (1 s ticks: one sample a tick of the heat phase).</summary>
        public void Observe(FaultRun run)
        {
            if (run.Last.Phase != SessionPhase.Heat)
            {
                return;
            }

            _ring[_next] = run.Core.Session.SetpointC - run.Pad.SurfaceC;
            _next = (_next + 1) % WindowS;
            _count = Math.Min(WindowS, _count + 1);
        }

        /// <summary>
        /// Ends the session seeded <paramref name="seed"/>: counts its mean deficit when <paramref name="counted"/> and its heat
        /// filled the window, and starts the next.
        /// </summary>
        public void EndSession(int seed, bool counted)
        {
            LastMeanC = double.NaN;
            if (counted && _count == WindowS)
            {
                double sum = 0.0;
                for (int i = 0; i < WindowS; i++)
                {
                    sum += _ring[i];
                }

                double mean = sum / WindowS;
                _means.Add(seed, mean);
                LastMeanC = mean;
            }

            _count = 0;
            _next = 0;
        }

        /// <summary>The median mean deficit of the sessions counted, °C (NaN before one; the upper middle of an even count).</summary>
        public double MedianC => _means.MedianC;

        /// <summary>"true surface under the setpoint ..." for the table.</summary>
        public string Describe()
        {
            return Sessions == 0
                ? FormattableString.Invariant($"true surface under the setpoint over the last {WindowS / 60} min of heat: no session counted")
                : FormattableString.Invariant($"true surface under the setpoint over the last {WindowS / 60} min of heat (mean), in the {Sessions} sessions lying on the pad to the end without a trip: median {MedianC:0.00} C, over 1 C in {OverOneC}, worst {WorstC:0.00} C (seed {WorstSeed})");
        }
    }
}
