using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Sensor
{
    public class SensorPairFusionTests
    {
        [Theory]
        [InlineData(40.0, 40.0, 40.0)]
        [InlineData(40.0, 40.25, 40.125)]
        [InlineData(40.5, 40.0, 40.25)]
        public void Fusion_AveragesTwoReadings_ThatAgreeWithinTheDatasheetAccuracy(double firstC, double secondC, double expectedC)
        {
            SensorReading fused = SensorPairFusion.Fuse(SensorReading.Valid(firstC), SensorReading.Valid(secondC));

            Assert.True(fused.IsValid);
            Assert.Equal(expectedC, fused.TemperatureC, 9);
        }

        [Theory]
        [InlineData(30.0, 45.0)]
        [InlineData(45.0, 30.0)]
        [InlineData(44.0, 45.0)]
        [InlineData(45.0, 43.9375)]
        [InlineData(45.0, 44.375)]
        public void Fusion_FollowsTheHotterReadingAQuarterDegreeUnderIt_WhenTheTwoAreMoreThanHalfADegreeApart(double firstC, double secondC)
        {
            SensorReading fused = SensorPairFusion.Fuse(SensorReading.Valid(firstC), SensorReading.Valid(secondC));

            Assert.Equal(System.Math.Max(firstC, secondC) - SensorPairFusion.MaxBelowHotterC, fused.TemperatureC, 9);
        }

        [Fact]
        public void Fusion_NeverLiesMoreThanAQuarterDegreeUnderTheHotter_AndMovesNoMoreThanTheReadingThatMoved()
        {
            for (int i = 0; i <= 400; i++)
            {
                double secondC = 38.0 + (i * 0.01);
                double fusedC = SensorPairFusion.Fuse(SensorReading.Valid(40.0), SensorReading.Valid(secondC)).TemperatureC;
                double nextC = SensorPairFusion.Fuse(SensorReading.Valid(40.0), SensorReading.Valid(secondC + 0.01)).TemperatureC;
                Assert.InRange(fusedC, System.Math.Max(40.0, secondC) - SensorPairFusion.MaxBelowHotterC - 1e-9, System.Math.Max(40.0, secondC) + 1e-9);
                Assert.InRange(nextC - fusedC, -1e-9, 0.01 + 1e-9);
            }

            double halfApartC = SensorPairFusion.Fuse(SensorReading.Valid(40.0), SensorReading.Valid(40.5)).TemperatureC;
            Assert.Equal(40.25, halfApartC, 9);
        }

        [Fact]
        public void Fusion_UsesTheOneTrustedReading_AndIsInvalidWithNone()
        {
            Assert.Equal(41.0, SensorPairFusion.Fuse(SensorReading.Valid(41.0), SensorReading.Invalid).TemperatureC);
            Assert.Equal(39.0, SensorPairFusion.Fuse(SensorReading.Invalid, SensorReading.Valid(39.0)).TemperatureC);
            Assert.False(SensorPairFusion.Fuse(SensorReading.Invalid, SensorReading.Invalid).IsValid);
            Assert.Equal(41.0, SensorPairFusion.Hotter(SensorReading.Valid(41.0), SensorReading.Invalid).TemperatureC);
            Assert.False(SensorPairFusion.Hotter(SensorReading.Invalid, SensorReading.Invalid).IsValid);
        }

        [Fact]
        public void Hotter_IsTheHigherOfTwoTrustedReadings_WhicheverSensorItCameFrom()
        {
            Assert.Equal(45.0, SensorPairFusion.Hotter(SensorReading.Valid(30.0), SensorReading.Valid(45.0)).TemperatureC);
            Assert.Equal(45.0, SensorPairFusion.Hotter(SensorReading.Valid(45.0), SensorReading.Valid(30.0)).TemperatureC);
        }
    }
}
