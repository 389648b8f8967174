using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Pad
{
    public class PadAllocationTests
    {
        [Fact]
        public void NinetyMinutesOfPadAndSensor_AllocateNothing()
        {
            var pad = new ThermalPad(PadTestData.Nominal());
            var sensor = new SimulatedSensor(PadTestData.Nominal(), seed: 5);
            RunTicks(pad, sensor, 0, 100);

            long before = GC.GetAllocatedBytesForCurrentThread();
            double checksum = RunTicks(pad, sensor, 100, 5400);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.True(checksum > 0.0);
            Assert.Equal(0L, allocated);
        }

        private static double RunTicks(ThermalPad pad, SimulatedSensor sensor, int fromTick, int toTick)
        {
            double checksum = 0.0;
            for (int tick = fromTick; tick < toTick; tick++)
            {
                // Alternating step lengths and runtime changes exercise the cache refills too.
                pad.SupplyVoltageV = tick % 2 == 0 ? 12.0 : 11.5;
                pad.Step(tick % 3 == 0 ? 0.5 : 1.0, (tick % 10) / 10.0, cutoffClosed: true);
                sensor.Advance(1.0, pad.SurfaceC);
                SensorReading reading = sensor.Read((tick + 1) * 1000L);
                checksum += reading.IsValid ? reading.TemperatureC : 0.0;
            }

            return checksum;
        }
    }
}
