using System.CommandLine;
using System.IO;
using System.Text.Json;
using HeatPadFirmware.Simulator.Faults;
using Xunit;

namespace HeatPadFirmware.Tests.Simulator
{
    /// <summary>`faults --room`: the campaign in a bedroom other than the shipped pads' 22 °C (session 6, after review 7).</summary>
    public class FaultsRoomOptionTests
    {
        [Theory]
        [InlineData("40")]
        [InlineData("5")]
        [InlineData("warm")]
        public void RoomOutsideTwelveToThirtyDegrees_IsRefusedWithAMessage(string value)
        {
            var error = new StringWriter();
            ParseResult parse = HeatPadFirmware.Simulator.Program.BuildCommandLine().Parse(new[] { "faults", "--room", value, "--sessions", "0" });
            int exitCode = parse.Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = error });

            Assert.NotEqual(0, exitCode);
            Assert.NotEmpty(parse.Errors);
        }

        [Fact]
        public void Campaign_RunsInTheRoomAsked_AndSaysSo()
        {
            var output = new StringWriter();
            int exitCode = FaultsCommand.Execute(1, 1, true, output, TextWriter.Null, new[] { FaultKind.HeaterOpen }, roomC: 16.0);
            using JsonDocument document = JsonDocument.Parse(output.ToString());

            Assert.Equal(0, exitCode);
            Assert.Equal(16.0, document.RootElement.GetProperty("roomC").GetDouble());
            // The adversarial user in a 16 °C room: the pads start and lose heat to 16 °C, the burn dose is still bounded.
            Assert.True(document.RootElement.GetProperty("adversarial8h").GetArrayLength() == 6);
        }
    }
}
