using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Simulator
{
    /// <summary>The faults campaign's normal-life figure of how far the surface goes over the setpoint (session 6).</summary>
    public class OverSetpointWatchTests
    {
        [Fact]
        public void Watch_CountsTheSession_WhenTheSurfaceIsOverTheSetpointInAHeatPhase()
        {
            // Level 5 held for 15 min, then four presses of down: the surface stands 6 C over level 1's setpoint while the
            // pad cools, in the heat phase. No controller can avoid that, so the watch is tested on physics, not on a defect.
            var watch = new OverSetpointWatch();
            RunLoweredAfterHold(watch, 900);
            watch.EndSession(11);

            Assert.Equal(1, watch.Sessions);
            Assert.Equal(1, watch.OverNotice);
            Assert.Equal(1, watch.OverMarked);
            Assert.Equal(11, watch.WorstSeed);
            Assert.InRange(watch.WorstC, 4.0, 7.0);
        }

        [Fact]
        public void Watch_CountsNothing_WhenTheSurfaceStaysUnderTheSetpoint()
        {
            // Two minutes of level 5 from a cold pad: the surface is still well under the setpoint.
            var watch = new OverSetpointWatch();
            RunLoweredAfterHold(watch, 120, lower: false);
            watch.EndSession(12);

            Assert.Equal(1, watch.Sessions);
            Assert.Equal(0, watch.OverNotice);
            Assert.True(watch.WorstC < 0.0, $"worst {watch.WorstC:F2} C");
        }

        [Fact]
        public void Watch_KeepsTheWorstSessionAndStartsEachSessionAfresh()
        {
            var watch = new OverSetpointWatch();
            RunLoweredAfterHold(watch, 900);
            watch.EndSession(11);
            double worstC = watch.WorstC;
            // A session that never reaches a heat phase adds nothing over the notice.
            watch.EndSession(1);

            Assert.Equal(2, watch.Sessions);
            Assert.Equal(1, watch.OverNotice);
            Assert.Equal(worstC, watch.WorstC);
            Assert.Equal(11, watch.WorstSeed);
        }

        // nominal-12v at level 5 for holdS, then (when lower) four presses of down and two more minutes, every tick watched.
        private static void RunLoweredAfterHold(OverSetpointWatch watch, int holdS, bool lower = true)
        {
            var run = new FaultRun(PadFile.LoadShipped("nominal-12v"), 5);
            run.Start(5);
            for (int s = 0; s < holdS; s++)
            {
                run.Tick(1000, null);
                watch.Observe(run);
            }

            if (!lower)
            {
                return;
            }

            for (int s = 0; s < 120; s++)
            {
                run.Tick(1000, null, s < 4 ? ButtonId.Down : ButtonId.None);
                watch.Observe(run);
            }
        }

        [Fact]
        public void Watch_SaysSo_WhenNoHeatPhaseWasSeen()
        {
            var watch = new OverSetpointWatch();
            watch.EndSession(7);

            Assert.Contains("no heat phase", watch.Describe());
            Assert.Equal(0, watch.OverNotice);
        }
    }
}
