using HeatPadFirmware.Core;

namespace HeatPadFirmware.Simulator.Session
{
    /// <summary>One tick of a simulated session: the pad's true state, what the sensor said, and what the core commanded.</summary>
    public readonly record struct TraceSample(
        double TimeS,
        double SurfaceC,
        double CoreC,
        double SensorBodyC,
        bool ReadingValid,
        double ReadingC,
        bool HasSetpoint,
        double SetpointC,
        double DutyFraction,
        bool HeaterEnabled,
        double HeaterPowerW,
        SessionPhase Phase,
        FaultCode Fault,
        int Level,
        BuzzerCue Cue,
        bool LevelUnreachable = false);
}
