using System.Collections.Generic;
using HeatPadFirmware.Simulator.Bench;
using Xunit;

namespace HeatPadFirmware.Tests.Bench
{
    /// <summary>The median the bench, twins and groupfloor tables print.</summary>
    public class MedianTests
    {
        [Fact]
        public void Median_IsTheMiddleValue_ForAnOddCount_InAnyOrder()
        {
            Assert.Equal(2.0, Median.Of(new List<double> { 3.0, 1.0, 2.0 }));
        }

        [Fact]
        public void Median_IsTheMeanOfTheTwoMiddleValues_ForAnEvenCount()
        {
            Assert.Equal(2.5, Median.Of(new List<double> { 4.0, 1.0, 3.0, 2.0 }));
        }

        [Fact]
        public void Median_IsNaN_ForNoValues()
        {
            // groupfloor's own copy had no such check: with no slow run holding a truth floor its table would have thrown.
            Assert.True(double.IsNaN(Median.Of(new List<double>())));
        }
    }
}
