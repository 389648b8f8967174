using HeatPadFirmware.Core;

namespace HeatPadFirmware.Simulator.Session
{
    /// <summary>
    /// One tick of a simulated session: the pad's true state, what the sensors said (sensor 1: <c>SensorBodyC</c>,
    /// <c>ReadingValid</c>, <c>ReadingC</c>; sensor 2: <c>SecondReadingValid</c>, <c>SecondReadingC</c>, invalid in a log of a
    /// one-sensor device), and what the core commanded.
    /// </summary>
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
        bool LevelUnreachable = false,
        bool SecondReadingValid = false,
        double SecondReadingC = double.NaN);
}
