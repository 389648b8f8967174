using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Pad
{
    /// <summary>The simulated pad's second DS18B20: its own lag, bias and noise; the pad files' and the bench family's figures for it.</summary>
    public class SecondSensorTests
    {
        [Fact]
        public void SecondSensor_FollowsTheSurface_WithItsOwnLag()
        {
            PadParameters p = PadTestData.Nominal().With(sensorLagS: 10.0, secondSensorLagS: 25.0, sensorNoiseC: 0.0, initialC: 20.0);
            var first = new SimulatedSensor(p, seed: 1);
            SimulatedSensor second = SimulatedSensor.Second(p, seed: 1);
            for (int s = 0; s < 25; s++)
            {
                first.Advance(1.0, 30.0);
                second.Advance(1.0, 30.0);
            }

            // After 25 s of a 10 °C step: 1 − e^(−25/τ) of it, τ each sensor's own.
            Assert.Equal(20.0 + (10.0 * (1.0 - Math.Exp(-2.5))), first.LaggedC, 9);
            Assert.Equal(20.0 + (10.0 * (1.0 - Math.Exp(-1.0))), second.LaggedC, 9);
            Assert.Equal(25.0, second.LagS);
        }

        [Fact]
        public void SecondSensor_AddsItsOwnBias_AndNotTheFirstSensors()
        {
            PadParameters p = PadTestData.FastCleanSensor(initialC: 30.0).With(sensorBiasC: -0.5, secondSensorBiasC: 0.25, secondSensorLagS: 0.001);
            var first = new SimulatedSensor(p, seed: 1);
            SimulatedSensor second = SimulatedSensor.Second(p, seed: 1);
            first.Advance(1.0, 30.0);
            second.Advance(1.0, 30.0);

            Assert.Equal(29.5, first.Read(1000).TemperatureC);
            Assert.Equal(30.25, second.Read(1000).TemperatureC);
        }

        [Fact]
        public void SecondSensor_DrawsNoiseIndependentOfTheFirst_OnTheSameSeed()
        {
            // Same pad, same seed: had the second sensor reused the first's sequence (or a shifted copy of it, as SplitMix64
            // gives for seeds a few apart), their errors would correlate. Over 2,000 conversions |r| of independent draws is
            // about 0.02; 0.1 is five standard errors.
            PadParameters p = PadTestData.Nominal().With(sensorLagS: 0.001, sensorNoiseC: 0.5, initialC: 30.0);
            var first = new SimulatedSensor(p, seed: 7);
            SimulatedSensor second = SimulatedSensor.Second(p, seed: 7);
            var a = new double[2000];
            var b = new double[2000];
            for (int i = 0; i < a.Length; i++)
            {
                first.Advance(0.75, 30.0);
                second.Advance(0.75, 30.0);
                long nowMs = (long)Math.Round(first.ElapsedS * 1000.0);
                a[i] = first.Read(nowMs).TemperatureC - 30.0;
                b[i] = second.Read(nowMs).TemperatureC - 30.0;
            }

            for (int shift = -3; shift <= 3; shift++)
            {
                double r = Correlation(a, b, shift);
                Assert.True(Math.Abs(r) < 0.1, $"correlation {r:0.000} at a shift of {shift} conversions");
            }

            // Both carry the pad's noise level.
            Assert.InRange(StandardDeviation(a), 0.45, 0.55);
            Assert.InRange(StandardDeviation(b), 0.45, 0.55);
        }

        [Fact]
        public void PadFile_WithoutTheSecondSensorsFields_LoadsWithTheFirstSensorsLag_AndNoBias()
        {
            string json = PadFile.ToJson(PadTestData.Nominal().With(sensorLagS: 12.0))
                .Replace(",\n  \"secondSensorLagS\": 12", "").Replace(",\n  \"secondSensorBiasC\": 0", "");
            Assert.DoesNotContain("secondSensor", json);

            PadParameters p = PadFile.Parse(json, "old/one-sensor.json");

            Assert.False(p.HasOwnSecondSensorLag);
            Assert.Equal(12.0, p.SecondSensorLagS);
            Assert.Equal(0.0, p.SecondSensorBiasC);
        }

        [Theory]
        [InlineData("secondSensorLagS", "0", "must be > 0 s")]
        [InlineData("secondSensorLagS", "601", "must be <= 600 s")]
        [InlineData("secondSensorBiasC", "5.5", "must be in -5..5")]
        [InlineData("secondSensorLagS", "\"fast\"", "must be a number")]
        public void PadFile_RefusesASecondSensorOutOfTheFirstSensorsRanges(string field, string valueJson, string expected)
        {
            string json = PadFile.ToJson(PadTestData.Nominal().With(secondSensorLagS: 17.0, secondSensorBiasC: 0.1));
            string line = "\"" + field + "\": " + (field == "secondSensorLagS" ? "17" : "0.1");
            Assert.Contains(line, json);

            var exception = Assert.Throws<PadFileException>(() => PadFile.Parse(json.Replace(line, "\"" + field + "\": " + valueJson), "pads/bad.json"));

            Assert.Contains(field, exception.Message);
            Assert.Contains(expected, exception.Message);
        }

        [Fact]
        public void PadFile_RoundTripsTheSecondSensor()
        {
            PadParameters original = PadTestData.Nominal().With(secondSensorLagS: 19.5, secondSensorBiasC: -0.3125);

            PadParameters loaded = PadFile.Parse(PadFile.ToJson(original), "x/round.json");

            Assert.True(loaded.HasOwnSecondSensorLag);
            Assert.Equal(19.5, loaded.SecondSensorLagS);
            Assert.Equal(-0.3125, loaded.SecondSensorBiasC);
        }

        [Fact]
        public void With_ANewFirstLag_KeepsTheSecondSensorsRatio_UnlessBothAreGiven()
        {
            PadParameters p = PadTestData.Nominal().With(sensorLagS: 10.0, secondSensorLagS: 12.0);

            Assert.Equal(36.0, p.With(sensorLagS: 30.0).SecondSensorLagS, 9);
            Assert.Equal(20.0, p.With(sensorLagS: 30.0, secondSensorLagS: 20.0).SecondSensorLagS, 9);
            // A second lag never given follows the first.
            Assert.Equal(30.0, PadTestData.Nominal().With(sensorLagS: 30.0).SecondSensorLagS);
        }

        [Fact]
        public void ShippedPads_GiveTheSecondSensorItsOwnLag_InThePocketTolerance()
        {
            foreach (string name in PadFile.ShippedNames)
            {
                PadParameters p = PadFile.LoadShipped(name);
                Assert.True(p.HasOwnSecondSensorLag, name + " does not give secondSensorLagS");
                double ratio = p.SecondSensorLagS / p.SensorLagS;
                Assert.InRange(ratio, 1.10, 1.20);
                Assert.InRange(p.SecondSensorLagS, 5.0, 40.0);
            }
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void BenchFamily_DrawsTheSecondLag_WithinThePocketRatio_AndKeepsTheFirstSensorsPads(int seed)
        {
            var pads = BenchPadFamily.Build(50, seed).Where(p => p.Name.StartsWith("random-", StringComparison.Ordinal)).ToList();
            double[] ratios = pads.Select(p => p.Pad.SecondSensorLagS / p.Pad.SensorLagS).ToArray();

            Assert.All(ratios, r => Assert.InRange(r, BenchPadFamily.MinSecondLagRatio, BenchPadFamily.MaxSecondLagRatio));
            Assert.All(pads, p => Assert.Equal(0.0, p.Pad.SecondSensorBiasC));
            // Drawn, not one constant: the ratios spread over most of the range.
            Assert.True(ratios.Max() - ratios.Min() > 0.3, $"ratios {ratios.Min():0.00}..{ratios.Max():0.00}");

            // The first sensor's lags are the one-sensor family's: the same generator, the same draws.
            var random = new Random(seed);
            foreach (var (_, pad) in pads)
            {
                random.NextDouble();
                random.NextDouble();
                random.NextDouble();
                random.NextDouble();
                random.NextDouble();
                double expectedLagS = 5.0 + (35.0 * random.NextDouble());
                random.NextDouble();
                Assert.Equal(expectedLagS, pad.SensorLagS, 12);
            }
        }

        [Fact]
        public void BenchFamily_ShippedPads_HaveUnbiasedSensors()
        {
            foreach (var (name, pad) in BenchPadFamily.Build(0, 1))
            {
                Assert.Equal(0.0, pad.SensorBiasC);
                Assert.Equal(0.0, pad.SecondSensorBiasC);
                Assert.Equal(PadFile.LoadShipped(name).SecondSensorLagS, pad.SecondSensorLagS);
            }
        }

        private static double Correlation(double[] a, double[] b, int shift)
        {
            int from = Math.Max(0, -shift);
            int to = Math.Min(a.Length, b.Length - shift);
            double ma = 0, mb = 0;
            int n = to - from;
            for (int i = from; i < to; i++)
            {
                ma += a[i];
                mb += b[i + shift];
            }

            ma /= n;
            mb /= n;
            double sab = 0, saa = 0, sbb = 0;
            for (int i = from; i < to; i++)
            {
                sab += (a[i] - ma) * (b[i + shift] - mb);
                saa += (a[i] - ma) * (a[i] - ma);
                sbb += (b[i + shift] - mb) * (b[i + shift] - mb);
            }

            return sab / Math.Sqrt(saa * sbb);
        }

        private static double StandardDeviation(double[] values)
        {
            double mean = values.Average();
            return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
        }
    }
}
