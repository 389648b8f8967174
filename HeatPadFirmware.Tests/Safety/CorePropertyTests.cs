using CsCheck;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    public class CorePropertyTests
    {
        // Sense kinds: 0..2 a sound element following the last outputs, 3 invalid, 4 a random current and supply
        // (including impossible ones), 5 current at full scale.
        private static readonly Gen<(int Kind, double TemperatureC, int Button, bool IsLong, int StepMs)[]> Ticks =
            Gen.Select(Gen.Int[0, 4], Gen.Double[-60.0, 130.0], Gen.Int[0, 4], Gen.Bool, Gen.Int[-2000, 12000]).Array[1, 400];

        private static readonly Gen<(int SenseKind, double CurrentA, double SupplyV)[]> Senses =
            Gen.Select(Gen.Int[0, 5], Gen.Double[-2.0, 15.0], Gen.Double[0.0, 25.0]).Array[400];

        [Fact]
        public void Core_NeverHeats_WhileOffInFaultAfterTheSensorLimitOrWithoutATrustedHeaterSense_AndNeverThrows()
        {
            Gen.Select(Ticks, Senses).Sample((ticks, senses) =>
            {
                var core = new HeatPadCore(new TherapyConfig());
                var buttons = new ButtonEventQueue();
                long nowMs = 0;
                int invalidInARow = 0;
                CoreOutputs last = default;
                for (int i = 0; i < ticks.Length; i++)
                {
                    var (kind, temperatureC, button, isLong, stepMs) = ticks[i];
                    var (senseKind, currentA, supplyV) = senses[i];
                    HeaterSenseReading sense = senseKind switch
                    {
                        3 => HeaterSenseReading.Invalid,
                        4 => HeaterSenseReading.Valid(currentA, supplyV),
                        5 => HeaterSenseReading.Valid(12.4, 12.0),
                        _ => HeaterSenseReading.Valid(last.HeaterEnabled ? last.DutyFraction * 5.0 : 0.0, 12.0),
                    };
                    nowMs += stepMs;
                    buttons.Clear();
                    buttons.Add((ButtonId)button, isLong);
                    SensorReading reading = kind == 0 ? SensorReading.Invalid : kind == 1 ? SensorReading.Valid(85.0) : SensorReading.Valid(temperatureC);
                    invalidInARow = reading.IsValid ? 0 : invalidInARow + 1;
                    CoreOutputs outputs = core.Step(nowMs, reading, reading, sense, buttons);
                    last = outputs;
                    Assert.True(outputs.Phase is SessionPhase.Off or SessionPhase.Heat or SessionPhase.Cool or SessionPhase.Fault);
                    Assert.InRange(outputs.DutyFraction, 0.0, 1.0);
                    if (outputs.Phase != SessionPhase.Heat || outputs.Fault != FaultCode.None || invalidInARow >= SafetyLimits.SensorLostConsecutiveReads)
                    {
                        Assert.Equal(0.0, outputs.DutyFraction);
                        Assert.False(outputs.HeaterEnabled);
                    }

                    if (!reading.IsValid || !sense.IsValid || senseKind == 5)
                    {
                        Assert.Equal(0.0, outputs.DutyFraction);
                    }
                }
            }, iter: 300, threads: 1, seed: "0N0XIzNsQ0O2");
        }
    }
}
