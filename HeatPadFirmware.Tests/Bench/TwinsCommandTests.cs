using System.IO;
using System.Linq;
using HeatPadFirmware.Simulator.Twins;
using Xunit;

namespace HeatPadFirmware.Tests.Bench
{
    /// <summary>The <c>twins</c> analysis on a small family: what it reports for every twin of every reachable case.</summary>
    public class TwinsCommandTests
    {
        [Fact]
        public void Analysis_GivesEveryTwinTheSameReadings_AndAFloorNoFasterThanFullPower()
        {
            // Bench seed 1, first two random pads: random-001 has twins on the body and in air.
            var cases = TwinsCommand.Analyse(2, 1, 0.0, TextWriter.Null);
            var twins = cases.SelectMany(c => c.Twins).ToList();
            Assert.NotEmpty(twins);
            foreach (var c in cases)
            {
                Assert.True(c.BoundS > 0 && c.SelfFloorIssueCap >= 1.0 - 1e-9, $"{c.PadName} {c.Condition} L{c.Level}: alone {c.SelfFloorIssueCap}");
                foreach (var t in c.Twins)
                {
                    Assert.True(t.RichDutyReadingDifferenceC < 0.001, $"{c.PadName}: readings {t.RichDutyReadingDifferenceC * 1000:0.000} mK apart");
                    Assert.True(t.SensorLagS >= TwinConstruction.MinSensorLagS && t.SensorLagS <= TwinConstruction.MaxSensorLagS);
                    Assert.Equal(System.Math.Max(t.FloorOriginal, t.FloorTwin), t.Floor);
                    Assert.True(t.Floor >= 1.0 - 1e-9 && t.Unproven == 0, $"{c.PadName} {c.Condition} L{c.Level}: floor {t.Floor}, unproven {t.Unproven}");
                }
            }
        }
    }
}
