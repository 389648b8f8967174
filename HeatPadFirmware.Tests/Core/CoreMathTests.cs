using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Core
{
    public class CoreMathTests
    {
        [Theory]
        [InlineData(0.0)]
        [InlineData(1.0)]
        [InlineData(-1.0)]
        [InlineData(-0.0125)]
        [InlineData(12.5)]
        [InlineData(-37.25)]
        [InlineData(300.0)]
        [InlineData(-650.0)]
        public void Exp_MatchesSystemMath_ToTwelveDigits(double x)
        {
            double expected = System.Math.Exp(x);
            Assert.Equal(expected, CoreMath.Exp(x), expected * 1e-12);
        }

        [Theory]
        [InlineData(1e-9)]
        [InlineData(0.03)]
        [InlineData(1.0)]
        [InlineData(2.5)]
        [InlineData(45.0)]
        [InlineData(1e9)]
        public void Log_MatchesSystemMath(double x)
        {
            Assert.Equal(System.Math.Log(x), CoreMath.Log(x), 1e-12);
        }

        [Fact]
        public void Clamp_SendsNaNToTheLowSafeEnd()
        {
            Assert.Equal(0.0, CoreMath.Clamp(double.NaN, 0.0, 1.0));
            Assert.Equal(1.0, CoreMath.Clamp(7.0, 0.0, 1.0));
            Assert.Equal(0.25, CoreMath.Clamp(0.25, 0.0, 1.0));
        }

        [Fact]
        public void IsFinite_RejectsNaNAndInfinities()
        {
            Assert.False(CoreMath.IsFinite(double.NaN));
            Assert.False(CoreMath.IsFinite(double.PositiveInfinity));
            Assert.False(CoreMath.IsFinite(double.NegativeInfinity));
            Assert.True(CoreMath.IsFinite(-55.0));
        }
    }
}
