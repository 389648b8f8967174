using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review5
{
    /// <summary>
    /// Review 5, finding 7: "the reading that froze cannot clear its own fault" compares the FUSED reading, so a
    /// frozen_reading latched by the one-sensor rule is cleared while the frozen sensor still shows its frozen value.
    /// </summary>
    public class OneSensorFrozenClearTests
    {
        private static Supervisor LatchOneSensorFrozen()
        {
            // Sensor 2 stopped converting at 30.0 °C; sensor 1 warms under heat until the one-sensor rule latches.
            var supervisor = new Supervisor();
            long nowMs = 0;
            double firstC = 30.0;
            for (int s = 0; s < 300 && supervisor.Fault == FaultCode.None; s++)
            {
                nowMs += 1000;
                firstC += 0.025;
                supervisor.Observe(nowMs, SensorReading.Valid(System.Math.Round(firstC * 16.0) / 16.0), SensorReading.Valid(30.0), 1.0, true, true, 40.0, false, 0.0);
            }

            return supervisor;
        }

        [Fact(Skip = "finding 7: a one-sensor frozen_reading clears with the frozen sensor still on the value it froze on (the clear compares the fused reading)")]
        public void Supervisor_RefusesToClearAOneSensorFrozenReading_WhileThatSensorStillShowsItsFrozenValue()
        {
            Supervisor supervisor = LatchOneSensorFrozen();
            Assert.Equal(FaultCode.FrozenReading, supervisor.Fault);

            Assert.False(supervisor.TryClear(SensorReading.Valid(33.0), SensorReading.Valid(30.0)));
            Assert.Equal(FaultCode.FrozenReading, supervisor.Fault);
        }

        [Fact]
        public void Supervisor_ClearsAOneSensorFrozenReading_OnceTheFrozenSensorMovedAgain()
        {
            Supervisor supervisor = LatchOneSensorFrozen();
            Assert.Equal(FaultCode.FrozenReading, supervisor.Fault);

            Assert.True(supervisor.TryClear(SensorReading.Valid(33.0), SensorReading.Valid(32.9375)));
            Assert.Equal(FaultCode.None, supervisor.Fault);
        }
    }
}
