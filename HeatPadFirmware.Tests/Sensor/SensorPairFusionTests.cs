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
        public void Fusion_GivesTheHotterReading_WhenTheTwoDisagreeByADegreeOrMore(double firstC, double secondC)
        {
            SensorReading fused = SensorPairFusion.Fuse(SensorReading.Valid(firstC), SensorReading.Valid(secondC));

            Assert.Equal(System.Math.Max(firstC, secondC), fused.TemperatureC, 9);
        }

        [Fact]
        public void Fusion_BlendsFromTheMeanTowardTheHotter_WithoutAStep_AsTheGapGrows()
        {
            double previousC = 40.0;
            for (int i = 0; i <= 200; i++)
            {
                double gapC = i * 0.01;
                double fusedC = SensorPairFusion.Fuse(SensorReading.Valid(40.0), SensorReading.Valid(40.0 + gapC)).TemperatureC;
                Assert.InRange(fusedC, 40.0 + (gapC / 2.0) - 1e-9, 40.0 + gapC + 1e-9);
                Assert.True(fusedC >= previousC, $"fused reading fell from {previousC} to {fusedC} at a gap of {gapC} °C");
                // The blend is continuous: its slope is at most 2 (reached where it meets the hotter reading).
                Assert.True(fusedC - previousC <= 0.02 + 1e-9, $"fused reading stepped by {fusedC - previousC} °C for a 0.01 °C wider gap");
                previousC = fusedC;
            }

            double halfwayC = SensorPairFusion.Fuse(SensorReading.Valid(40.0), SensorReading.Valid(40.75)).TemperatureC;
            Assert.Equal(40.375 + (0.5 * 0.375), halfwayC, 9);
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
