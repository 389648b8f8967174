using System.Collections.Generic;
using HeatPadFirmware.Core;

namespace HeatPadFirmware.Simulator.Bench
{
    /// <summary>
    /// What one controller did in the re-heat case (<see cref="ReheatSchedule"/>) on one pad, condition and level; every
    /// figure on the TRUE surface and for the re-heat only. In <c>bench --json</c> these rows follow the first heat-up rows
    /// (which carry no <see cref="Case"/> field, so they stay what they were) and carry <see cref="Case"/> =
    /// <see cref="CaseName"/>.
    /// </summary>
    public sealed record ReheatResult(
        string Case,
        string Controller,
        string PadName,
        string Condition,
        int Level,
        double SetpointC,
        double TargetC,
        int HeatPhaseMinutes,
        double? FirstRiseS,
        bool FirstReached,
        double ReheatStartS,
        double StartCoreC,
        double StartSurfaceC,
        bool Reachable,
        double BoundS,
        double BoundCoastOvershootC,
        double? RiseS,
        double? RiseRatio,
        double OvershootC,
        string Fault,
        double FaultAtS,
        int Seed,
        int TuneSeed)
    {
        /// <summary>The <see cref="Case"/> of every re-heat row: "reheat-after-cold-pack".</summary>
        public const string CaseName = "reheat-after-cold-pack";

        /// <summary>True when the row has a re-heat figure: the first heat-up arrived within 20 min and the level is reachable.</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public bool HasFigure => FirstReached && Reachable && !double.IsNaN(ReheatStartS);
    }

    /// <summary>Per-tick record of a re-heat run (tests and diagnostics; not serialised): time from power-on, phase, the surface's loss to the room, the duty.</summary>
    public sealed class ReheatTrace
    {
        /// <summary>Tick time, s (the firmware's: from power-on; a reference's: from the start of heat).</summary>
        public readonly List<double> TimeS = new();

        /// <summary>The phase in force for the step that follows the tick (Heat or Cool; Off before the firmware's session starts).</summary>
        public readonly List<SessionPhase> Phase = new();

        /// <summary>The surface's loss to the room over the step that ended at the tick, W/K (the cold pack's while it lay on the pad).</summary>
        public readonly List<double> SurfaceToAmbientWPerK = new();

        /// <summary>Duty applied from the tick on, 0..1.</summary>
        public readonly List<double> Duty = new();

        /// <summary>True surface temperature at the tick, °C.</summary>
        public readonly List<double> SurfaceC = new();
    }
}
