using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Simulator
{
    /// <summary>The faults campaign's normal-life figure of how far the surface goes over the setpoint (session 6).</summary>
    public class OverSetpointWatchTests
    {
        private static readonly (string Name, PadParameters Pad)[] Pads = PadFile.LoadAllShipped();

        [Fact]
        public void Watch_CountsTheSession_WhenAContrastReheatAfterTheColdPackOvershoots()
        {
            // Campaign seed 1's worst contrast session: a re-heat after a cool phase with the cold pack.
            const int seed = 150333;
            var watch = new OverSetpointWatch();
            FaultCampaign.RunContrastLife(Pads, seed, watch.Observe);
            watch.EndSession(seed);

            Assert.Equal(1, watch.Sessions);
            Assert.Equal(1, watch.OverNotice);
            Assert.Equal(1, watch.OverMarked);
            Assert.Equal(seed, watch.WorstSeed);
            Assert.InRange(watch.WorstC, OverSetpointWatch.MarkedC, 5.0);
        }

        [Fact]
        public void Watch_KeepsTheWorstSessionAndStartsEachSessionAfresh()
        {
            var watch = new OverSetpointWatch();
            FaultCampaign.RunContrastLife(Pads, 150333, watch.Observe);
            watch.EndSession(150333);
            double worstC = watch.WorstC;
            // A session that never reaches a heat phase adds nothing over the notice.
            watch.EndSession(1);

            Assert.Equal(2, watch.Sessions);
            Assert.Equal(1, watch.OverNotice);
            Assert.Equal(worstC, watch.WorstC);
            Assert.Equal(150333, watch.WorstSeed);
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
