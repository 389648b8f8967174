using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace HeatPadFirmware.Tests.Hardware
{
    /// <summary>
    /// The two-sensor bus cycle and its wiring into the loop and the telemetry, as only the device sources show them
    /// (Hardware/Ds18b20Pair.cs, Ds18b20OnBus.cs, Program.cs and SerialTelemetry.cs cannot be built or run off the device):
    /// read with Roslyn.
    /// </summary>
    public class SensorPairSourceTests
    {
        private const string PairPath = "HeatPadFirmware/Hardware/Ds18b20Pair.cs";
        private const string SensorPath = "HeatPadFirmware/Hardware/Ds18b20OnBus.cs";
        private const string ProgramPath = "HeatPadFirmware/Program.cs";
        private const string TelemetryPath = "HeatPadFirmware/Hardware/SerialTelemetry.cs";

        private static SyntaxNode Root(string path)
        {
            return CSharpSyntaxTree.ParseText(RepositoryFiles.ReadText(path)).GetRoot();
        }

        private static MethodDeclarationSyntax Method(string path, string name)
        {
            return Root(path).DescendantNodes().OfType<MethodDeclarationSyntax>().Single(method => method.Identifier.Text == name);
        }

        private static List<InvocationExpressionSyntax> Calls(SyntaxNode node, string expression)
        {
            return node.DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Where(call => call.Expression.ToString() == expression)
                .ToList();
        }

        private static string Constant(string path, string name)
        {
            return Root(path).DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.Text == name).Initializer!.Value.ToString();
        }

        private static List<string> Arguments(InvocationExpressionSyntax call)
        {
            return call.ArgumentList.Arguments.Select(argument => argument.Expression.ToString()).ToList();
        }

        [Fact]
        public void Read_ReadsBothSensors_BeforeStartingTheNextConversion()
        {
            MethodDeclarationSyntax read = Method(PairPath, "Read");

            InvocationExpressionSyntax first = Assert.Single(Calls(read, "_first.ReadConversion"));
            InvocationExpressionSyntax second = Assert.Single(Calls(read, "_second.ReadConversion"));
            InvocationExpressionSyntax start = Assert.Single(Calls(read, "StartConversion"));

            Assert.True(first.SpanStart < second.SpanStart && second.SpanStart < start.SpanStart);
        }

        [Fact]
        public void Conversion_StartsOnBothSensorsAtOnce_WithSkipRomThenConvertT_StampedAfterTheCommand()
        {
            // Skip ROM is valid on a multi-drop bus only for commands that return nothing (DS18B20 datasheet): Convert T.
            MethodDeclarationSyntax start = Method(PairPath, "StartConversion");
            List<InvocationExpressionSyntax> writes = Calls(start, "_host.WriteByte");

            Assert.Equal(new[] { "SkipRomCommand", "ConvertTCommand" }, writes.Select(call => Arguments(call).Single()));
            Assert.Equal("0xCC", Constant(PairPath, "SkipRomCommand"));
            Assert.Equal("0x44", Constant(PairPath, "ConvertTCommand"));

            InvocationExpressionSyntax stamp = Assert.Single(Calls(start, "DeviceClock.NowMs"));
            Assert.True(writes.Last().SpanStart < stamp.SpanStart);
        }

        [Fact]
        public void EachScratchpad_IsReadFromOneSensorSelectedByMatchRom_NeverWithSkipRom()
        {
            MethodDeclarationSyntax readScratchpad = Method(SensorPath, "ReadScratchpad");

            InvocationExpressionSyntax select = Assert.Single(Calls(readScratchpad, "Select"));
            InvocationExpressionSyntax command = Assert.Single(Calls(readScratchpad, "host.WriteByte"));
            Assert.True(select.SpanStart < command.SpanStart);
            Assert.Equal("ReadScratchpadCommand", Arguments(command).Single());
            Assert.Equal("0xBE", Constant(SensorPath, "ReadScratchpadCommand"));
            Assert.Equal("0x55", Constant(SensorPath, "MatchRomCommand"));
            Assert.DoesNotContain("0xCC", RepositoryFiles.ReadText(SensorPath));
        }

        [Fact]
        public void Read_SearchesTheBus_OnlyWhileASensorIsMissing()
        {
            // A search has no timeout in the native driver; it must only run when sensor_lost already stops the heat.
            MethodDeclarationSyntax read = Method(PairPath, "Read");
            InvocationExpressionSyntax discover = Assert.Single(Calls(read, "Discover"));

            IfStatementSyntax guard = discover.Ancestors().OfType<IfStatementSyntax>().Last();
            Assert.Equal("!HasBoth", guard.Condition.ToString());
            Assert.Equal("_first.IsPresent && _second.IsPresent", Root(PairPath).DescendantNodes().OfType<PropertyDeclarationSyntax>()
                .Single(property => property.Identifier.Text == "HasBoth").DescendantNodes().OfType<ReturnStatementSyntax>().Single().Expression!.ToString());
        }

        [Fact]
        public void Tick_StepsTheCoreWithSensor1ThenSensor2ThenTheElementSensor_AndLogsThem()
        {
            MethodDeclarationSyntax tick = Method(ProgramPath, "Tick");

            InvocationExpressionSyntax read = Assert.Single(Calls(tick, "s_sensors.Read"));
            InvocationExpressionSyntax step = Assert.Single(Calls(tick, "s_core.Step"));
            InvocationExpressionSyntax stepWithElement = Assert.Single(Calls(tick, "s_core.StepWithElement"));
            InvocationExpressionSyntax log = Assert.Single(Calls(tick, "SerialTelemetry.Write"));

            Assert.Equal(new[] { "nowMs", "out reading", "out secondReading", "out elementReading" }, read.ArgumentList.Arguments.Select(argument => argument.ToString()));
            Assert.Equal(new[] { "nowMs", "reading", "secondReading", "sense", "s_queue" }, Arguments(step));
            Assert.Equal(new[] { "nowMs", "reading", "secondReading", "elementReading", "sense", "s_queue" }, Arguments(stepWithElement));
            Assert.Contains("s_sensors.ElementFitted", stepWithElement.Parent!.ToString());
            Assert.Equal(new[] { "reading", "secondReading", "elementReading" }, Arguments(log).Skip(1).Take(3));
            Assert.True(read.SpanStart < step.SpanStart);
        }

        [Fact]
        public void TelemetryHeader_EndsWithTheSecondSensorsThenTheElementSensorsColumn_AndTheHardwareReadmeDocumentsEveryColumn()
        {
            Match header = Regex.Match(RepositoryFiles.ReadText(TelemetryPath), "public const string Header = \"([^\"]+)\";");
            Assert.True(header.Success, "SerialTelemetry.Header not found");
            string[] columns = header.Groups[1].Value.Split(": ")[1].Split(',');

            Assert.Equal(new[] { "T", "now_ms", "temperature_c", "setpoint_c", "duty", "phase", "fault", "reading2_c", "element_c" }, columns);

            string readme = RepositoryFiles.ReadText("hardware/README.md");
            Assert.Contains(header.Groups[1].Value, readme);
            Assert.All(columns.Skip(1), column => Assert.Matches(@"(?m)^\| `" + column + "` \\|", readme));
        }
    }
}
