using System;
using HeatPadFirmware.Core;

namespace HeatPadFirmware.Simulator.Faults
{
    /// <summary>
    /// How far the true surface goes over the setpoint in force during the heat phases of a normal-life group (session 6):
    /// the bench measures the first heat-up of a still pad, normal life also has re-heats after a cool phase with a cold
    /// pack, a user getting up, sags and surges and level raises. Feed it every tick of a session (<see cref="Observe"/>),
    /// then <see cref="EndSession"/>. The setpoint is the level's (<see cref="TherapySession.SetpointC"/>): a burn-dose
    /// step-down is not an overshoot. With a second zone the hotter of the two surfaces counts.
    /// </summary>
    public sealed class OverSetpointWatch
    {
        /// <summary>Issue 3's overshoot figure, 0.3 °C: a session over it is counted.</summary>
        public const double NoticeC = 0.3;

        /// <summary>A session over 1.0 °C is counted apart.</summary>
        public const double MarkedC = 1.0;

        private double _sessionMaxC = double.NegativeInfinity;

        /// <summary>Sessions ended so far.</summary>
        public int Sessions { get; private set; }

        /// <summary>Sessions whose surface went more than <see cref="NoticeC"/> over the setpoint in a heat phase.</summary>
        public int OverNotice { get; private set; }

        /// <summary>Sessions whose surface went more than <see cref="MarkedC"/> over the setpoint in a heat phase.</summary>
        public int OverMarked { get; private set; }

        /// <summary>The highest surface over the setpoint of any session, °C (−∞ before a heat phase was seen).</summary>
        public double WorstC { get; private set; } = double.NegativeInfinity;

        /// <summary>The session seed of <see cref="WorstC"/>.</summary>
        public int WorstSeed { get; private set; }

        /// <summary>One tick of the session under way.</summary>
        public void Observe(FaultRun run)
        {
            if (run.Last.Phase != SessionPhase.Heat)
            {
                return;
            }

            double surfaceC = run.SecondZone == null ? run.Pad.SurfaceC : Math.Max(run.Pad.SurfaceC, run.SecondZone.SurfaceC);
            _sessionMaxC = Math.Max(_sessionMaxC, surfaceC - run.Core.Session.SetpointC);
        }

        /// <summary>Ends the session seeded <paramref name="seed"/>: counts it and starts the next.</summary>
        public void EndSession(int seed)
        {
            Sessions++;
            OverNotice += _sessionMaxC > NoticeC ? 1 : 0;
            OverMarked += _sessionMaxC > MarkedC ? 1 : 0;
            if (_sessionMaxC > WorstC)
            {
                WorstC = _sessionMaxC;
                WorstSeed = seed;
            }

            _sessionMaxC = double.NegativeInfinity;
        }

        /// <summary>"over the setpoint in a heat phase: ..." for the table.</summary>
        public string Describe()
        {
            return Sessions == 0 || double.IsNegativeInfinity(WorstC)
                ? "surface over the setpoint: no heat phase"
                : $"surface over the setpoint in a heat phase > {NoticeC:0.0} C in {OverNotice}, > {MarkedC:0.0} C in {OverMarked}, worst {WorstC:0.00} C (seed {WorstSeed})";
        }
    }
}
