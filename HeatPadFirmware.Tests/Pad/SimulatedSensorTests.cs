using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Pad
{
    public class SimulatedSensorTests
    {
        private static double RoundToSixteenth(double temperatureC)
        {
            return Math.Round(temperatureC * 16.0, MidpointRounding.AwayFromZero) / 16.0;
        }

        [Theory]
        [InlineData(0.1)]
        [InlineData(1.0)]
        [InlineData(20.0)]
        public void Sensor_Reaches63PercentOfAStepAfterOneLagTime(double stepS)
        {
            PadParameters p = PadTestData.Nominal().With(sensorLagS: 20.0, initialC: 20.0, sensorNoiseC: 0.0);
            var sensor = new SimulatedSensor(p, seed: 1);

            int steps = (int)Math.Round(20.0 / stepS);
            for (int i = 0; i < steps; i++)
            {
                sensor.Advance(stepS, 30.0);
            }

            Assert.InRange(sensor.LaggedC, 26.30, 26.34);
            Assert.Equal(20.0 + 10.0 * (1.0 - Math.Exp(-1.0)), sensor.LaggedC, 9);
        }

        [Theory]
        [InlineData(25.03, 25.0)]
        [InlineData(25.04, 25.0625)]
        [InlineData(25.1, 25.125)]
        [InlineData(44.47, 44.5)]
        [InlineData(-10.13, -10.125)]
        [InlineData(0.02, 0.0)]
        public void Reading_IsRoundedToTheNearestSixteenthOfADegree(double surfaceC, double expectedC)
        {
            var sensor = new SimulatedSensor(PadTestData.FastCleanSensor(), seed: 1);
            sensor.Advance(1.0, surfaceC);

            SensorReading reading = sensor.Read(1000);

            Assert.True(reading.IsValid);
            Assert.Equal(expectedC, reading.TemperatureC);
        }

        [Fact]
        public void NoisyReadings_AreAlwaysWholeSixteenths()
        {
            var sensor = new SimulatedSensor(PadTestData.Nominal().With(sensorNoiseC: 0.05), seed: 7);
            int checkedReadings = 0;
            for (int second = 1; second <= 600; second++)
            {
                sensor.Advance(1.0, 22.0 + second * 0.03);
                SensorReading reading = sensor.Read(second * 1000L);
                Assert.True(reading.IsValid);
                double sixteenths = reading.TemperatureC * 16.0;
                Assert.Equal(Math.Round(sixteenths), sixteenths, 12);
                checkedReadings++;
            }

            Assert.Equal(600, checkedReadings);
        }

        [Fact]
        public void Reading_HoldsBetweenConversions_AndIsInvalidBeforeTheFirst()
        {
            var sensor = new SimulatedSensor(PadTestData.FastCleanSensor(initialC: 20.0), seed: 1);

            // The surface climbs 1 °C/s in 50 ms stairs; each conversion latches the value of its own instant.
            for (int i = 1; i <= 40; i++)
            {
                sensor.Advance(0.05, 20.0 + i * 0.05);
            }

            Assert.False(sensor.Read(0).IsValid);
            Assert.False(sensor.Read(749).IsValid);
            double first = sensor.Read(750).TemperatureC;
            Assert.Equal(RoundToSixteenth(20.75), first);
            foreach (long nowMs in new long[] { 751, 1000, 1250, 1499 })
            {
                Assert.Equal(first, sensor.Read(nowMs).TemperatureC);
            }

            Assert.Equal(RoundToSixteenth(21.5), sensor.Read(1500).TemperatureC);
            Assert.Equal(2, sensor.ConversionCount);
        }

        [Fact]
        public void ConversionsInsideOneLongStep_LatchTheLaggedValueOfTheirOwnInstant()
        {
            PadParameters p = PadTestData.Nominal().With(sensorLagS: 4.0, sensorNoiseC: 0.0, initialC: 20.0);
            var sensor = new SimulatedSensor(p, seed: 1);

            sensor.Advance(5.0, 40.0);

            Assert.Equal(6, sensor.ConversionCount);
            for (int k = 1; k <= 6; k++)
            {
                double trueC = 40.0 - 20.0 * Math.Exp(-k * 0.75 / 4.0);
                Assert.Equal(RoundToSixteenth(trueC), sensor.Read(k * 750L).TemperatureC);
            }
        }

        [Fact]
        public void SameSeed_GivesTheSameNoise_AndAnotherSeedDoesNot()
        {
            PadParameters p = PadTestData.Nominal().With(sensorNoiseC: 0.05);
            var first = new SimulatedSensor(p, seed: 42);
            var again = new SimulatedSensor(p, seed: 42);
            var other = new SimulatedSensor(p, seed: 43);
            int differences = 0;
            for (int second = 1; second <= 300; second++)
            {
                first.Advance(1.0, 30.0);
                again.Advance(1.0, 30.0);
                other.Advance(1.0, 30.0);
                Assert.Equal(first.Read(second * 1000L).TemperatureC, again.Read(second * 1000L).TemperatureC);
                if (first.Read(second * 1000L).TemperatureC != other.Read(second * 1000L).TemperatureC)
                {
                    differences++;
                }
            }

            Assert.True(differences > 30, $"only {differences} of 300 readings differ between seeds");
        }

        [Fact]
        public void Noise_HasTheConfiguredStandardDeviationAndNoMean()
        {
            PadParameters p = PadTestData.Nominal().With(sensorNoiseC: 0.5, sensorLagS: 0.001, initialC: 30.0);
            var sensor = new SimulatedSensor(p, seed: 3);
            double sum = 0.0, sumSquares = 0.0;
            const int Count = 4000;
            for (int k = 1; k <= Count; k++)
            {
                sensor.Advance(0.75, 30.0);
                double errorC = sensor.Read(k * 750L).TemperatureC - 30.0;
                sum += errorC;
                sumSquares += errorC * errorC;
            }

            double mean = sum / Count;
            double deviation = Math.Sqrt(sumSquares / Count - mean * mean);
            Assert.InRange(mean, -0.05, 0.05);
            Assert.InRange(deviation, 0.46, 0.54);
        }

        [Fact]
        public void Bias_ShiftsEveryReading()
        {
            PadParameters p = PadTestData.FastCleanSensor().With(sensorBiasC: -0.5);
            var sensor = new SimulatedSensor(p, seed: 1);

            sensor.Advance(1.0, 40.0);

            Assert.Equal(39.5, sensor.Read(1000).TemperatureC);
            Assert.Equal(40.0, sensor.LaggedC, 9);
        }

        [Fact]
        public void DetachedSensor_FollowsAmbientWithItsLag_WhateverTheSurfaceDoes()
        {
            PadParameters p = PadTestData.Nominal().With(sensorLagS: 10.0, sensorNoiseC: 0.0, initialC: 40.0);
            var sensor = new SimulatedSensor(p, seed: 1) { Detached = true };

            for (int i = 0; i < 10; i++)
            {
                sensor.Advance(1.0, 60.0);
            }

            Assert.Equal(22.0 + 18.0 * Math.Exp(-1.0), sensor.LaggedC, 9);
        }

        [Fact]
        public void Reading_StaysInsideTheDs18b20Range()
        {
            var sensor = new SimulatedSensor(PadTestData.FastCleanSensor(), seed: 1);

            sensor.Advance(1.0, 300.0);

            Assert.Equal(125.0, sensor.Read(1000).TemperatureC);
        }

        [Theory]
        [InlineData(-0.1)]
        [InlineData(double.NaN)]
        public void Advance_RefusesABadStep(double dtS)
        {
            var sensor = new SimulatedSensor(PadTestData.Nominal(), seed: 1);

            Assert.Throws<ArgumentOutOfRangeException>(() => sensor.Advance(dtS, 30.0));
            Assert.Equal(0, sensor.ConversionCount);
        }
    }
}
