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
    public sealed record FaultCaseResult(string Pad, int Level, FaultKind Kind, double OnsetS, double NoHeatAfterS, double PeakSurfaceC, FaultCode Fault, double PeakBeforeNoHeatC, double HeatAfterOnsetS)
    {
        /// <summary>The sensor(s) the fault hit: "1", "2", "1+2" or "-" (<see cref="FaultKindSensors.Of"/>).</summary>
        public string Sensors => FaultKindSensors.Of(Kind);
    }
}
