using CsCheck;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    public class CorePropertyTests
    {
        private static readonly Gen<(int Kind, double TemperatureC, int Button, bool IsLong, int StepMs)[]> Ticks =
            Gen.Select(Gen.Int[0, 4], Gen.Double[-60.0, 130.0], Gen.Int[0, 4], Gen.Bool, Gen.Int[-2000, 12000]).Array[1, 400];

        [Fact]
        public void Core_NeverHeats_WhileOffInFaultOrAfterTheSensorLimit_AndNeverThrows()
        {
            Ticks.Sample(ticks =>
            {
                var core = new HeatPadCore(new TherapyConfig());
                var buttons = new ButtonEventQueue();
                long nowMs = 0;
                int invalidInARow = 0;
                foreach (var (kind, temperatureC, button, isLong, stepMs) in ticks)
                {
                    nowMs += stepMs;
                    buttons.Clear();
                    buttons.Add((ButtonId)button, isLong);
                    SensorReading reading = kind == 0 ? SensorReading.Invalid : kind == 1 ? SensorReading.Valid(85.0) : SensorReading.Valid(temperatureC);
                    invalidInARow = reading.IsValid ? 0 : invalidInARow + 1;
                    CoreOutputs outputs = core.Step(nowMs, reading, buttons);
                    Assert.True(outputs.Phase is SessionPhase.Off or SessionPhase.Heat or SessionPhase.Cool or SessionPhase.Fault);
                    Assert.InRange(outputs.DutyFraction, 0.0, 1.0);
                    if (outputs.Phase != SessionPhase.Heat || outputs.Fault != FaultCode.None || invalidInARow >= SafetyLimits.SensorLostConsecutiveReads)
                    {
                        Assert.Equal(0.0, outputs.DutyFraction);
                        Assert.False(outputs.HeaterEnabled);
                    }

                    if (!reading.IsValid)
                    {
                        Assert.Equal(0.0, outputs.DutyFraction);
                    }
                }
            }, iter: 300, threads: 1, seed: "0N0XIzNsQ0O2");
        }
    }
}
