using HeatPadFirmware.Core;

namespace HeatPadFirmware.Simulator.Faults
{
    /// <summary>What one injected-fault run showed.</summary>
    /// <param name="Pad">Pad name.</param>
    /// <param name="Level">Heat level 1..5.</param>
    /// <param name="Kind">Injected fault.</param>
    /// <param name="OnsetS">Onset, s after the session started.</param>
    /// <param name="NoHeatAfterS">Seconds from the onset until no heat flowed for the rest of the run (for a shorted MOSFET: until the cut-off opened for good); NaN when heat still flowed at the end.</param>
    /// <param name="PeakSurfaceC">Highest surface temperature from the onset on, °C.</param>
    /// <param name="Fault">First fault latched after the onset.</param>
    /// <param name="PeakBeforeNoHeatC">Highest surface temperature while heat could still flow, °C.</param>
    /// <param name="HeatAfterOnsetS">Heat that flowed from the onset on, in seconds of the pad's rated power (energy / rated power): the same figure however the heat was cut into phases.</param>
    /// <param name="FaultAfterOnsetS">Seconds from the onset until <paramref name="Fault"/> latched; NaN when none latched (or not recorded).</param>
    /// <param name="SecondsOver48C">Seconds from the onset on with the true surface over <see cref="FaultCampaign.SingleFaultSurfaceC"/> (48 °C).</param>
    public sealed record FaultCaseResult(string Pad, int Level, FaultKind Kind, double OnsetS, double NoHeatAfterS, double PeakSurfaceC, FaultCode Fault, double PeakBeforeNoHeatC, double HeatAfterOnsetS, double FaultAfterOnsetS = double.NaN, double SecondsOver48C = 0.0)
    {
        /// <summary>
        /// True when heat flowed after the onset while the true surface was over 48 °C (<see cref="PeakBeforeNoHeatC"/> over
        /// <see cref="FaultCampaign.SingleFaultSurfaceC"/>): issue 4's "no heat before 48 °C" broken.
        /// </summary>
        public bool HeatFlowedPast48C => PeakBeforeNoHeatC > FaultCampaign.SingleFaultSurfaceC;

        /// <summary>The sensor(s) the fault hit: "1", "2", "1+2" or "-" (<see cref="FaultKindSensors.Of"/>).</summary>
        public string Sensors => FaultKindSensors.Of(Kind);
    }
}
