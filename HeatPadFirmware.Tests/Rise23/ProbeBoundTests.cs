using System;
using System.Collections.Generic;
using System.Globalization;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Rise23
{
    /// <summary>
    /// Session 23 (rise23, issue 3 group A; docs/control.md "Session 23"): the bench reports each firmware first heat-up's rise also
    /// against the bound under the heater-current check's probe (one tick at <see cref="HeaterCurrentCheck.PartialMaxDutyFraction"/>
    /// after every <see cref="HeaterCurrentCheck.ProbeIntervalS"/> s of saturated duty), the most heat the device's supervisor lets
    /// through; the issue's own bound (uninterrupted full power) stays the headline.
    /// </summary>
    public class ProbeBoundTests
    {
        [Theory]
        [InlineData("nominal-12v")]
        [InlineData("thick-slow")]
        [InlineData("strong-60w")]
        public void BoundUnderTheProbe_IsNeverShorterThanTheFullPowerBound_AndLongerOnceAProbeFallsBeforeIt(string padName)
        {
            var config = new TherapyConfig();
            PadParameters pad = PadFile.LoadShipped(padName);
            for (int level = 1; level <= TherapyConfig.LevelCount; level++)
            {
                double setpointC = config.SetpointOfLevelC(level);
                if (!PhysicalBound.Compute(pad, setpointC, out double boundS, out _))
                {
                    continue;
                }

                Assert.True(PhysicalBound.ComputeUnderProbe(pad, setpointC, out double probeBoundS, out _), padName + " L" + level);
                Assert.True(probeBoundS >= boundS, padName + " L" + level + ": " + probeBoundS + " s under the probe, " + boundS + " s at full power");
                if (boundS > HeaterCurrentCheck.ProbeIntervalS + 1.0)
                {
                    Assert.True(probeBoundS > boundS, padName + " L" + level + ": a probe at 120 s must cost heat before " + boundS + " s");
                }
                else
                {
                    Assert.Equal(boundS, probeBoundS);
                }
            }
        }

        // Session 22's group A: seed 1 random-030 in air at L5, a level full power only just reaches (asymptote 44.12 C, band 44.0 C).
        // The pad alone stepped at 1 s under the probe pattern reaches the band at 929 s (the firmware's rise, README); the bound
        // (0.25 s steps) within a second of it, where the full-power bound is 795 s.
        [Fact]
        public void BoundUnderTheProbe_OnABarelyReachableLevel_IsThePadsOwnRiseUnderTheProbePattern()
        {
            PadParameters pad = Pad(1, "random-030", "air");
            double setpointC = new TherapyConfig().SetpointOfLevelC(5);
            Assert.True(PhysicalBound.Compute(pad, setpointC, out double boundS, out _));
            Assert.True(PhysicalBound.ComputeUnderProbe(pad, setpointC, out double probeBoundS, out _));

            var alone = new ThermalPad(pad);
            int aloneRiseS = -1;
            for (int t = 0; t < 4 * 3600; t++)
            {
                if (alone.SurfaceC >= setpointC - PhysicalBound.BandC)
                {
                    aloneRiseS = t;
                    break;
                }

                alone.Step(1.0, PhysicalBound.ProbedFullDuty(t), true);
            }

            Assert.InRange(boundS, 790.0, 800.0);
            Assert.InRange(probeBoundS, aloneRiseS - 1.0, aloneRiseS + 0.0);
            Assert.InRange(aloneRiseS, 925, 935);
        }

        [Theory]
        [InlineData(0.0, 1.0)]
        [InlineData(119.75, 1.0)]
        [InlineData(120.0, HeaterCurrentCheck.PartialMaxDutyFraction)]
        [InlineData(120.75, HeaterCurrentCheck.PartialMaxDutyFraction)]
        [InlineData(121.0, 1.0)]
        [InlineData(241.0, HeaterCurrentCheck.PartialMaxDutyFraction)]
        [InlineData(362.5, HeaterCurrentCheck.PartialMaxDutyFraction)]
        [InlineData(363.0, 1.0)]
        public void ProbedFullDuty_GatesOneTickAfterEvery120sOfFullPower(double timeS, double expected)
        {
            Assert.Equal(expected, PhysicalBound.ProbedFullDuty(timeS));
        }

        [Fact]
        public void ProbeLine_CountsRunsOver115_AgainstEachBoundApart()
        {
            var rows = new List<BenchResult>
            {
                Row(929, 794.75, 928.25),
                Row(215, 171, 171),
                Row(100, 100, 100),
                Row(null, 300, 300),
            };
            string line = BenchCommand.ProbeLine(rows, CultureInfo.InvariantCulture);
            Assert.Contains("vs full-power bound: median 1.169 worst 1.257 over 1.15 2;", line);
            Assert.Contains("(1 tick at 0.6 per 121 s): median 1.001 worst 1.257 over 1.15 1", line);
        }

        private static BenchResult Row(double? riseS, double boundS, double probeBoundS)
        {
            return new BenchResult(BenchRunner.Firmware, "random-000", "air", 1, 40.0, true, boundS, 0.0, riseS, riseS / boundS, 0.0, null, "", 1, 1)
            {
                ProbeBoundS = probeBoundS,
                ProbeRiseRatio = riseS / probeBoundS,
            };
        }

        private static PadParameters Pad(int familySeed, string padName, string condition)
        {
            foreach (var (name, p) in BenchPadFamily.Build(50, familySeed))
            {
                if (name == padName)
                {
                    return BenchPadFamily.InCondition(p, condition);
                }
            }

            throw new ArgumentException("no pad " + padName + " in family " + familySeed);
        }
    }
}
