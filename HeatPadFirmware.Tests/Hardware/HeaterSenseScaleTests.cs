using System.Globalization;
using System.Text.RegularExpressions;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Hardware
{
    /// <summary>
    /// The device adapter's conversion (HeatPadFirmware/Hardware/HeaterSense.cs, read as text: it cannot be
    /// compiled here) against the simulated sense's circuit figures, so the simulator measures the board the
    /// firmware reads.
    /// </summary>
    public class HeaterSenseScaleTests
    {
        private static double Constant(string name)
        {
            string source = RepositoryFiles.ReadText("HeatPadFirmware/Hardware/HeaterSense.cs");
            Match match = Regex.Match(source, @"public const double " + name + @" = ([0-9.]+)( / ([0-9.]+))?;");
            Assert.True(match.Success, name + " not found in HeaterSense.cs");
            double value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return match.Groups[3].Success ? value / double.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : value;
        }

        [Fact]
        public void DeviceAdapter_ConvertsCurrentWithTheSimulatedShuntAndGain()
        {
            Assert.Equal(1.0 / (SimulatedHeaterSense.ShuntOhm * SimulatedHeaterSense.AmplifierGain), Constant("AmperesPerVolt"), 9);
        }

        [Fact]
        public void DeviceAdapter_ConvertsSupplyWithTheSimulatedDivider()
        {
            Assert.Equal(1.0 / SimulatedHeaterSense.DividerRatio, Constant("SupplyPerAdcVolt"), 9);
        }

        [Fact]
        public void DeviceAdapter_AssumesTheSimulatedAdcFullScale()
        {
            Assert.Equal(SimulatedHeaterSense.AdcFullScaleV, Constant("AdcFullScaleV"), 9);
        }
    }
}
