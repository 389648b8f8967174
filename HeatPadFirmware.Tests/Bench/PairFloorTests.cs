using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Simulator.Twins;
using HeatPadFirmware.Tests.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Bench
{
    /// <summary>
    /// The pair floor: the fastest rise one duty sequence can give a pad of a group while every surface stays under the cap,
    /// as a ratio to that pad's physical bound (full power, then coast, 0.5 °C).
    /// </summary>
    public class PairFloorTests
    {
        [Theory]
        [InlineData("body", 3)]
        [InlineData("air", 1)]
        public void Floor_EqualsThePhysicalBound_ForThePadAloneWithTheBoundsHalfDegree(string condition, int level)
        {
            // The bound is full power then coast; the program may shape the duty freely, so it can only match or beat it,
            // and on the nominal pad, whose coast peaks under 0.5 °C, full power to the band is both (the program counts
            // whole seconds, the bound quarter seconds).
            PadParameters pad = PadTestData.Nominal();
            pad = condition == "air" ? pad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: 1.2) : pad;
            double setpointC = new TherapyConfig().SetpointOfLevelC(level);
            PairFloor.Result alone = PairFloor.Compute(new[] { pad }, 0, setpointC, 0.5);
            Assert.InRange(alone.Ratio, 1.0, 1.0 + 1.0 / alone.BoundS);
            Assert.Equal(alone.FullPowerS, alone.FloorS);
        }

        [Fact]
        public void Floor_IsLaterThanFullPower_WhenTheCapIsUnderTheFullPowerCoast()
        {
            // thick-slow's hot core coasts its surface 1.2 °C past the setpoint after full power to the band at level 1 (the
            // physical bound itself stops early there), so under the issue's 0.3 °C cap heat must stop earlier still and the
            // band comes later (about 419 s against 408 s); the program finds that, and the surface it reaches at the floor
            // is the band.
            PadParameters pad = PadFile.LoadShipped("thick-slow");
            double setpointC = new TherapyConfig().SetpointOfLevelC(1);
            PairFloor.Result capped = PairFloor.Compute(new[] { pad }, 0, setpointC, PairFloor.IssueCapC);
            Assert.True(capped.FloorS > capped.FullPowerS + 5, $"floor {capped.FloorS} s, full power {capped.FullPowerS} s");
            double capC = setpointC + PairFloor.IssueCapC;
            double atFloorC = PairFloor.BestSurfaceAtC(new[] { pad }, 0, capC, (int)capped.FloorS);
            double beforeC = PairFloor.BestSurfaceAtC(new[] { pad }, 0, capC, (int)capped.FloorS - 1);
            Assert.True(atFloorC >= setpointC - 0.5 - 1e-9 && beforeC < setpointC - 0.5, $"{beforeC:0.0000} then {atFloorC:0.0000} C");
        }

        [Fact]
        public void PairFloor_IsSlowerThanThePadAlone_WhenTheTwinsSurfaceLeads()
        {
            // Bench seed 1, random-011 on the body at level 1: its twin (sensor lag 30 s for the pad's 7 s) has a surface
            // that runs ahead on the same duty; stopping in time for the twin lands the pad later than its own best.
            PadParameters pad = BenchPadFamily.InCondition(BenchPadFamily.Build(12, 1).First(p => p.Name == "random-011").Pad, "body");
            TwinPad twin = TwinConstruction.Find(pad).Single();
            double setpointC = new TherapyConfig().SetpointOfLevelC(1);
            PairFloor.Result alone = PairFloor.Compute(new[] { pad }, 0, setpointC, PairFloor.IssueCapC);
            PairFloor.Result paired = PairFloor.Compute(new[] { pad, twin.Pad }, 0, setpointC, PairFloor.IssueCapC);
            Assert.True(paired.FloorS >= alone.FloorS + 3, $"pair {paired.FloorS} s, alone {alone.FloorS} s");
            Assert.InRange(paired.Ratio, 1.01, 1.15);
        }
    }
}
