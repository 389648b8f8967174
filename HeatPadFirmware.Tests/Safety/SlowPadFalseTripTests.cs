using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// The slowest pads of the design range (the bench's random family: weak heaters with large heat capacities)
    /// need far more full-power seconds to move their reading a degree than any shipped pad. A check tuned on the
    /// shipped pads alone (a "reading never moved" bound of 160 full-power seconds) latched heating_failed on
    /// these in free air; none of the integrity checks may.
    /// </summary>
    public class SlowPadFalseTripTests
    {
        [Theory]
        [InlineData("random-026", 1)]
        [InlineData("random-026", 5)]
        [InlineData("random-042", 3)]
        public void Core_RaisesNoFault_OnTheSlowestRandomPadsInFreeAir(string padName, int level)
        {
            var pad = BenchPadFamily.Build(50, 1).Single(p => p.Name == padName).Pad;
            var run = new FaultRun(BenchPadFamily.InCondition(pad, "air"), 5);
            run.Start(level);
            for (int i = 0; i < 30 * 60 && run.Last.Fault == FaultCode.None; i++)
            {
                run.Tick(1000, null);
            }

            Assert.Equal(FaultCode.None, run.Last.Fault);
        }
    }
}
