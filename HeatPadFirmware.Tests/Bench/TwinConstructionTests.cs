using System;
using System.Collections.Generic;
using System.Linq;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Simulator.Twins;
using HeatPadFirmware.Tests.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Bench
{
    /// <summary>
    /// Twin pads: the sensor lag traded with one of the pad's two-node time constants gives the same readings for the same
    /// heater power (TwinConstruction), while the true surfaces differ.
    /// </summary>
    public class TwinConstructionTests
    {
        // The same readings, to the brief's 1 mK, noise off.
        private const double SameReadingC = 0.001;

        private static Func<int, double> RichDuty(int seed, int seconds)
        {
            double[] duty = TwinReadings.RichDuty(seed, seconds);
            return s => duty[s];
        }

        private static PadParameters NominalWithoutNoise(string condition)
        {
            PadParameters p = PadTestData.Nominal().With(sensorNoiseC: 0.0);
            return condition == "air" ? p.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: 1.2) : p;
        }

        [Theory]
        [InlineData("body", 20)]
        [InlineData("air", 20)]
        [InlineData("body", 1)]
        [InlineData("air", 1)]
        public void Twin_GivesTheSameReadingsAsThePad_ForARichDutySequence(string condition, int subStepsPerSecond)
        {
            // nominal-12v: two-node time constants of about 99 s and 28 s (body), sensor lag 15 s; the twin's sensor lags
            // 28 s. With 1 s steps (the bench's) the sensor sees the surface held over each step, which breaks the symmetry
            // by a fraction of a millikelvin; with 20 sub-steps it is exact to rounding.
            PadParameters pad = NominalWithoutNoise(condition);
            List<TwinPad> twins = TwinConstruction.Find(pad);
            Assert.NotEmpty(twins);
            foreach (TwinPad twin in twins)
            {
                double readingC = TwinReadings.MaxReadingDifferenceC(pad, twin.Pad, RichDuty(7, 3600), 3600, subStepsPerSecond, out double surfaceC);
                Assert.True(readingC < SameReadingC, $"readings {readingC * 1000:0.000} mK apart (twin lag {twin.Pad.SensorLagS:0.0} s)");

                // The pads really differ where it matters: their surfaces part by a large fraction of a degree.
                Assert.True(surfaceC > 0.3, $"surfaces only {surfaceC:0.000} C apart");
            }
        }

        [Fact]
        public void Surfaces_DifferByTheLagDifferenceTimesTheReadingsSlope()
        {
            // Same readings r(t) through a first-order sensor: each surface is r + lag·dr/dt, so the twins' surfaces differ
            // by (lag_twin − lag)·dr/dt. Checked on a heat-up and coast with 0.01 s steps and a central difference.
            PadParameters pad = NominalWithoutNoise("body");
            TwinPad twin = TwinConstruction.Find(pad).First();
            var padA = new ThermalPad(pad);
            var padB = new ThermalPad(twin.Pad);
            var sensor = new SimulatedSensor(pad, 1);
            const double stepS = 0.01;
            double previousC = sensor.LaggedC, largestDifferenceC = 0.0;
            for (int k = 1; k <= 60000; k++)
            {
                double duty = k <= 30000 ? 1.0 : 0.0;
                double surfaceGapC = padB.SurfaceC - padA.SurfaceC;
                padA.Step(stepS, duty, true);
                padB.Step(stepS, duty, true);
                double beforeC = previousC;
                previousC = sensor.LaggedC;
                sensor.Advance(stepS, padA.SurfaceC);
                if (k > 1)
                {
                    // Central difference at the previous instant, where surfaceGapC was taken.
                    double slopeCPerS = (sensor.LaggedC - beforeC) / (2 * stepS);
                    double predictedC = (twin.Pad.SensorLagS - pad.SensorLagS) * slopeCPerS;
                    Assert.True(System.Math.Abs(surfaceGapC - predictedC) < 0.002, $"t {k * stepS:0.00} s: gap {surfaceGapC:0.0000} C, lag x slope {predictedC:0.0000} C");
                    largestDifferenceC = System.Math.Max(largestDifferenceC, System.Math.Abs(surfaceGapC));
                }
            }

            Assert.True(largestDifferenceC > 0.1, $"surfaces at most {largestDifferenceC:0.000} C apart");
        }

        [Fact]
        public void Readings_Differ_WhenOnlyTheSensorLagIsChanged()
        {
            // The check above can fail: a pad with the twin's sensor lag but the original's network reads differently.
            PadParameters pad = NominalWithoutNoise("body");
            TwinPad twin = TwinConstruction.Find(pad).First();
            PadParameters lagOnly = pad.With(sensorLagS: twin.Pad.SensorLagS);
            double readingC = TwinReadings.MaxReadingDifferenceC(pad, lagOnly, RichDuty(7, 3600), 3600, 1, out _);
            Assert.True(readingC > 0.1, $"readings only {readingC:0.000} C apart");
        }

        [Theory]
        [InlineData("body")]
        [InlineData("air")]
        public void Twin_KeepsTheHeaterTheDcGainAndTheUnheatedEquilibrium_AndSwapsTheTimeConstants(string condition)
        {
            PadParameters pad = NominalWithoutNoise(condition);
            TwinConstruction.NodePoles(pad, out double slowS, out double fastS);
            foreach (TwinPad twin in TwinConstruction.Find(pad))
            {
                PadParameters t = twin.Pad;
                Assert.Equal(pad.HeaterPowerW, t.HeaterPowerW);
                Assert.Equal(pad.SupplyVoltageV, t.SupplyVoltageV);
                Assert.Equal(TwinConstruction.DcGainKPerW(pad), TwinConstruction.DcGainKPerW(t), 9);
                Assert.True(new ThermalPad(pad).TryGetSteadyStateC(0.0, out _, out double unheatedC));
                Assert.True(new ThermalPad(t).TryGetSteadyStateC(0.0, out _, out double twinUnheatedC));
                Assert.Equal(unheatedC, twinUnheatedC, 9);

                // {kept, original lag} are the twin's network; the swapped one its sensor.
                TwinConstruction.NodePoles(t, out double twinSlowS, out double twinFastS);
                Assert.Equal(fastS, t.SensorLagS, 6);
                Assert.Equal(slowS, twinSlowS, 6);
                Assert.Equal(pad.SensorLagS, twinFastS, 6);
                Assert.True(t.CoreCapacityJPerK > 0 && t.SurfaceCapacityJPerK > 0 && t.CoreToSurfaceWPerK > 0);
            }
        }

        [Fact]
        public void Construction_FindsNoTwin_WhenNoTimeConstantLiesInTheSensorLagRange()
        {
            // Capacities ×3 with a weak core-surface link: both time constants over 40 s, so no twin can have such a sensor.
            PadParameters pad = PadTestData.Nominal().With(coreCapacityJPerK: 360.0, surfaceCapacityJPerK: 600.0, coreToSurfaceWPerK: 1.0);
            TwinConstruction.NodePoles(pad, out _, out double fastS);
            Assert.True(fastS > TwinConstruction.MaxSensorLagS, $"fast time constant {fastS:0.0} s");
            Assert.Empty(TwinConstruction.Find(pad));
        }

        [Fact]
        public void Construction_FindsNoTwin_WhenTheCoreHasNoLossOfItsOwn()
        {
            // Without Gca the DC gain no longer fixes the core-surface conductance; the construction declines.
            Assert.Empty(TwinConstruction.Find(PadTestData.Nominal().With(coreToAmbientWPerK: 0.0)));
        }

        [Fact]
        public void InFamilyRanges_RejectsATwinWhoseCapacityLiesOutsideTheFamilysSpread()
        {
            PadParameters inside = PadTestData.Nominal();
            Assert.True(TwinConstruction.IsInFamilyRanges(inside));
            Assert.False(TwinConstruction.IsInFamilyRanges(inside.With(coreCapacityJPerK: 50.0)));
            Assert.False(TwinConstruction.IsInFamilyRanges(inside.With(surfaceToBodyWPerK: 9.0)));
            Assert.False(TwinConstruction.IsInFamilyRanges(inside.With(sensorLagS: 45.0)));
        }
    }
}
