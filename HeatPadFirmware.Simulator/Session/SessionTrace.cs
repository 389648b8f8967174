using System.Collections.Generic;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Session
{
    /// <summary>The record of one simulated session.</summary>
    public sealed class SessionTrace
    {
        /// <summary>Creates a trace.</summary>
        public SessionTrace(SessionScenario scenario, IReadOnlyList<TraceSample> samples, double sessionStartS, double energyJ)
        {
            Scenario = scenario;
            Samples = samples;
            SessionStartS = sessionStartS;
            EnergyJ = energyJ;
        }

        /// <summary>What was simulated.</summary>
        public SessionScenario Scenario { get; }

        /// <summary>The pad simulated.</summary>
        public PadParameters Pad => Scenario.Pad;

        /// <summary>One sample per tick, time 0 = power-on.</summary>
        public IReadOnlyList<TraceSample> Samples { get; }

        /// <summary>Time the first heat phase began, s (−0.001 when none did).</summary>
        public double SessionStartS { get; }

        /// <summary>Electrical energy delivered to the heater, J.</summary>
        public double EnergyJ { get; }
    }
}
