using System;
using System.CommandLine;
using System.IO;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Output;
using Xunit;

namespace HeatPadFirmware.Tests.Simulator
{
    public class RunCommandTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "heatpad-run-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, true);
            }
        }

        [Fact]
        public void DefaultSession_PrintsTimelineAndSummary_AndWritesPngAndCsv()
        {
            string plot = Path.Combine(_folder, "s.png");
            string csv = Path.Combine(_folder, "s.csv");
            var output = new StringWriter();
            int exitCode = RunCommand.Execute(RunCommand.DefaultPad, RunCommand.DefaultLevel, "hot-cold", null, 1, plot, csv, output, TextWriter.Null);

            Assert.Equal(0, exitCode);
            string text = output.ToString();
            Assert.Contains("phase off -> heat", text);
            Assert.Contains("phase heat -> cool", text);
            Assert.Contains("phase cool -> off", text);
            Assert.Contains("time to temperature", text);
            Assert.Contains("burn dose", text);

            byte[] png = File.ReadAllBytes(plot);
            Assert.True(png.Length > 10_000);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);

            string[] rows = File.ReadAllLines(csv);
            Assert.Equal(CsvTraceWriter.Header, rows[0]);
            Assert.Equal(40 * 60 + 1, rows.Length - 1);
        }

        [Theory]
        [InlineData("--level", "6")]
        [InlineData("--level", "0")]
        [InlineData("--level", "hot")]
        [InlineData("--program", "sauna")]
        [InlineData("--minutes", "0")]
        [InlineData("--minutes", "5000")]
        [InlineData("--no-such-option", "1")]
        public void BadOption_GetsAUsageMessage_AndANonZeroExit(string option, string value)
        {
            var error = new StringWriter();
            ParseResult parse = HeatPadFirmware.Simulator.Program.BuildCommandLine().Parse(new[] { option, value, "--plot", Path.Combine(_folder, "p.png"), "--csv", Path.Combine(_folder, "p.csv") });
            int exitCode = parse.Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = error });
            Assert.NotEqual(0, exitCode);
            Assert.NotEmpty(parse.Errors);
            Assert.False(File.Exists(Path.Combine(_folder, "p.png")));
        }

        [Fact]
        public void AMissingPadFile_IsRefusedWithAMessage_AndExitCodeTwo()
        {
            var error = new StringWriter();
            int exitCode = RunCommand.Execute("no-such-pad", 3, "heat", 5, 1, Path.Combine(_folder, "x.png"), Path.Combine(_folder, "x.csv"), TextWriter.Null, error);
            Assert.Equal(2, exitCode);
            Assert.Contains("no-such-pad", error.ToString());
        }

        [Fact]
        public void ABadPadFile_IsRefused_NamingTheField()
        {
            Directory.CreateDirectory(_folder);
            string padPath = Path.Combine(_folder, "bad.json");
            string nominal = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "pads", "nominal-12v.json"));
            File.WriteAllText(padPath, nominal.Replace("\"coreCapacityJPerK\"", "\"coreCapacityJPerKelvin\""));
            var error = new StringWriter();
            int exitCode = RunCommand.Execute(padPath, 3, "heat", 5, 1, Path.Combine(_folder, "x.png"), Path.Combine(_folder, "x.csv"), TextWriter.Null, error);
            Assert.Equal(2, exitCode);
            Assert.Contains("coreCapacityJPerK", error.ToString());
        }
    }
}
