using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace HeatPadFirmware.Tests.Hardware
{
    /// <summary>
    /// Which <c>DeviceFunction</c>s the device code hands to <c>Configuration.SetPinFunction</c>, traced with Roslyn
    /// from each adapter's constructor parameters to the <c>BoardPins</c> constants Program.cs passes. nanoFramework's
    /// ESP32 firmware maps only SPI, I2C, serial, PWM and I2S functions; for anything else, ADC channels included,
    /// SetPinFunction throws ArgumentException (nf-interpreter, targets/ESP32/_common/DeviceMapping_common.cpp,
    /// Esp32_SetMappedDevicePins), which for the heater sense meant a pad that never heats.
    /// </summary>
    public class PinFunctionMappingTests
    {
        private static readonly string[] MappableFunctionPrefixes = { "SPI", "I2C", "COM", "PWM", "I2S" };

        /// <summary>
        /// GPIO of ESP32 ADC1 channels 0..7, fixed in silicon (ESP32 datasheet, "Peripheral Pin Configurations"), and
        /// nanoFramework's channels 0..7 in the same order (nf-interpreter, targets/ESP32/_common/ESP32_DeviceMapping.cpp,
        /// Esp32_ADC_DevicePinMap).
        /// </summary>
        private static readonly int[] Adc1ChannelGpio = { 36, 37, 38, 39, 32, 33, 34, 35 };

        private static SyntaxNode Parse(string path)
        {
            return CSharpSyntaxTree.ParseText(RepositoryFiles.ReadText(path)).GetRoot();
        }

        private static Dictionary<string, int> IntConstants(string path)
        {
            return Parse(path).DescendantNodes().OfType<FieldDeclarationSyntax>()
                .Where(field => field.Declaration.Type.ToString() == "int" && field.Modifiers.Any(SyntaxKind.ConstKeyword))
                .SelectMany(field => field.Declaration.Variables)
                .ToDictionary(v => v.Identifier.Text, v => (int)((LiteralExpressionSyntax)v.Initializer!.Value).Token.Value!);
        }

        private static Dictionary<string, string> BoardPinFunctions()
        {
            return Parse("HeatPadFirmware/Hardware/BoardPins.cs").DescendantNodes().OfType<FieldDeclarationSyntax>()
                .Where(field => field.Declaration.Type.ToString() == "DeviceFunction")
                .SelectMany(field => field.Declaration.Variables)
                .ToDictionary(v => v.Identifier.Text, v => ((MemberAccessExpressionSyntax)v.Initializer!.Value).Name.Identifier.Text);
        }

        /// <summary>(adapter class, constructor parameter index) of every function argument given to SetPinFunction.</summary>
        private static List<(string Adapter, int ParameterIndex)> MappedParameters()
        {
            var mapped = new List<(string, int)>();
            foreach (string file in Directory.GetFiles(RepositoryFiles.PathOf("HeatPadFirmware/Hardware"), "*.cs"))
            {
                SyntaxNode root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
                foreach (ConstructorDeclarationSyntax constructor in root.DescendantNodes().OfType<ConstructorDeclarationSyntax>())
                {
                    List<string> parameters = constructor.ParameterList.Parameters.Select(p => p.Identifier.Text).ToList();
                    IEnumerable<InvocationExpressionSyntax> calls = constructor.DescendantNodes().OfType<InvocationExpressionSyntax>()
                        .Where(call => call.Expression.ToString() == "Configuration.SetPinFunction");
                    foreach (InvocationExpressionSyntax call in calls)
                    {
                        string argument = call.ArgumentList.Arguments[1].Expression.ToString();
                        int index = parameters.IndexOf(argument);
                        Assert.True(index >= 0, $"{constructor.Identifier.Text} maps a function that is not a constructor parameter ({argument}): extend this test");
                        mapped.Add((constructor.Identifier.Text, index));
                    }
                }
            }

            return mapped;
        }

        /// <summary>The BoardPins constant each mapped parameter receives in Program.cs.</summary>
        private static List<string> MappedBoardPinConstants()
        {
            List<ObjectCreationExpressionSyntax> creations = Parse("HeatPadFirmware/Program.cs").DescendantNodes()
                .OfType<ObjectCreationExpressionSyntax>().ToList();
            var constants = new List<string>();
            foreach ((string adapter, int index) in MappedParameters())
            {
                List<ObjectCreationExpressionSyntax> uses = creations.Where(c => c.Type.ToString() == adapter).ToList();
                Assert.NotEmpty(uses);
                foreach (ObjectCreationExpressionSyntax use in uses)
                {
                    var argument = (MemberAccessExpressionSyntax)use.ArgumentList!.Arguments[index].Expression;
                    Assert.Equal("BoardPins", argument.Expression.ToString());
                    constants.Add(argument.Name.Identifier.Text);
                }
            }

            return constants;
        }

        [Fact]
        public void SetPinFunction_IsOnlyGivenFunctionsTheEsp32FirmwareMaps_NeverAnAdcChannel()
        {
            Dictionary<string, string> functions = BoardPinFunctions();
            List<string> mapped = MappedBoardPinConstants();

            Assert.Contains("HeaterPwmFunction", mapped);
            Assert.All(mapped, constant =>
            {
                string function = functions[constant];
                Assert.True(
                    MappableFunctionPrefixes.Any(prefix => function.StartsWith(prefix, StringComparison.Ordinal)),
                    $"BoardPins.{constant} = DeviceFunction.{function} is given to Configuration.SetPinFunction, which throws for it on ESP32");
            });
        }

        [Fact]
        public void BoardPins_AdcFunctions_AreNeverMapped_ButStillNameTheirChannels()
        {
            Dictionary<string, string> functions = BoardPinFunctions();
            List<string> adc = functions.Where(pair => pair.Value.StartsWith("ADC", StringComparison.Ordinal)).Select(pair => pair.Key).ToList();

            Assert.Equal(new[] { "HeaterCurrentSenseFunction", "SupplySenseFunction" }, adc.OrderBy(name => name));
            Assert.Empty(adc.Intersect(MappedBoardPinConstants()));
        }
    

        [Fact]
        public void BoardPins_EachAdcFunction_IsTheAdc1ChannelOfItsPin()
        {
            Dictionary<string, int> pins = IntConstants("HeatPadFirmware/Hardware/BoardPins.cs");
            List<KeyValuePair<string, string>> adc = BoardPinFunctions().Where(pair => pair.Value.StartsWith("ADC1_CH", StringComparison.Ordinal)).ToList();

            Assert.NotEmpty(adc);
            Assert.All(adc, pair =>
            {
                int channel = int.Parse(pair.Value.Substring("ADC1_CH".Length));
                string pinConstant = pair.Key.Substring(0, pair.Key.Length - "Function".Length);
                Assert.InRange(channel, 0, Adc1ChannelGpio.Length - 1);
                Assert.Equal(Adc1ChannelGpio[channel], pins[pinConstant]);
            });
        }

        [Fact]
        public void HeaterSense_ChannelNumbers_AreTheChannelsBoardPinsNames()
        {
            Dictionary<string, int> channels = IntConstants("HeatPadFirmware/Hardware/HeaterSense.cs");
            Dictionary<string, string> functions = BoardPinFunctions();

            Assert.Equal("ADC1_CH" + channels["CurrentAdcChannel"], functions["HeaterCurrentSenseFunction"]);
            Assert.Equal("ADC1_CH" + channels["SupplyAdcChannel"], functions["SupplySenseFunction"]);
        }
    }
}
