using System.CommandLine;
using System.IO;
using Xunit;

namespace HeatPadFirmware.Tests.Simulator
{
    /// <summary>
    /// A number option given text gets the parser's usage message and a non-zero exit, never an unhandled exception
    /// (session 6: the validators read the value with GetValueOrDefault, which throws on text that did not convert).
    /// </summary>
    public class MalformedOptionTests
    {
        [Theory]
        [InlineData("faults", "--sessions", "abc")]
        [InlineData("faults", "--contrast-sessions", "many")]
        [InlineData("faults", "--held-sag-sessions", "1.5")]
        [InlineData("faults", "--pocket-sessions", "x")]
        [InlineData("faults", "--lie-down-sessions", "x")]
        [InlineData("faults", "--pack-left-sessions", "x")]
        [InlineData("faults", "--pack-left-seconds", "soon")]
        [InlineData("faults", "--room", "warm")]
        [InlineData("bench", "--pads", "abc")]
        [InlineData("restarts", "--pads", "abc")]
        [InlineData("restarts", "--seed", "x")]
        [InlineData("bench", "--second-lag-ratio", "x")]
        [InlineData("twins", "--sensor-lag", "x")]
        [InlineData("groupfloor", "--over", "x")]
        [InlineData("structfit", "--seconds", "x")]
        [InlineData("run", "--level", "hot")]
        public void ANumberOptionGivenText_GetsAUsageMessage_NotAnException(string command, string option, string value)
        {
            var error = new StringWriter();
            ParseResult parse = HeatPadFirmware.Simulator.Program.BuildCommandLine().Parse(new[] { command, option, value });
            int exitCode = parse.Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = error });

            Assert.NotEqual(0, exitCode);
            Assert.Contains(parse.Errors, e => e.Message.Contains(value));
        }

        [Theory]
        [InlineData("-1")]
        [InlineData("201")]
        public void TheRestartScanGivenAFamilyOutsideItsRange_GetsAUsageMessage(string pads)
        {
            ParseResult parse = HeatPadFirmware.Simulator.Program.BuildCommandLine().Parse(new[] { "restarts", "--pads", pads });
            int exitCode = parse.Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = new StringWriter() });

            Assert.NotEqual(0, exitCode);
            Assert.Contains(parse.Errors, e => e.Message.Contains("--pads must be between 0 and 200"));
        }
    }
}
