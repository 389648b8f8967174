using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Twins
{
    /// <summary>
    /// A pad whose readings equal another pad's for every heater power sequence (see <see cref="TwinConstruction"/>):
    /// one of the original's two-node time constants became the twin's sensor lag and the original's sensor lag
    /// became one of the twin's two-node time constants.
    /// </summary>
    public sealed class TwinPad
    {
        /// <summary>Builds the record; <paramref name="pad"/> is the twin's full parameter set (validated).</summary>
        public TwinPad(PadParameters pad, double swappedPoleS, double keptPoleS, double conductanceScale, bool inFamilyRanges)
        {
            Pad = pad;
            SwappedPoleS = swappedPoleS;
            KeptPoleS = keptPoleS;
            ConductanceScale = conductanceScale;
            InFamilyRanges = inFamilyRanges;
        }

        /// <summary>The twin (a validated copy; name = original's + "-twin").</summary>
        public PadParameters Pad { get; }

        /// <summary>The original's two-node time constant that is the twin's sensor lag, s (5..40 by construction).</summary>
        public double SwappedPoleS { get; }

        /// <summary>The original's other two-node time constant, kept by the twin, s.</summary>
        public double KeptPoleS { get; }

        /// <summary>
        /// Factor k on the surface's conductances to room and body (1 in free air), dimensionless (&gt; 0). The
        /// core-to-ambient conductance is held; the core-to-surface conductance follows from the DC gain.
        /// </summary>
        public double ConductanceScale { get; }

        /// <summary>
        /// True when the twin lies inside the spreads the bench's random family draws from: core and surface
        /// capacities ×0.5–×3 of the nominal pad's, body coupling 2–8 W/K on the body (sensor lag 5–40 s always holds).
        /// The conductances the family holds fixed (core–surface, surface–room) may differ on the body.
        /// </summary>
        public bool InFamilyRanges { get; }
    }
}
