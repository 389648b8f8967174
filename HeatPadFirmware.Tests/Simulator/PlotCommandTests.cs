using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Simulator.Session;
using Xunit;

namespace HeatPadFirmware.Tests.Simulator
{
    public class PlotCommandTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "heatpad-plot-" + Guid.NewGuid().ToString("N"));

        public PlotCommandTests()
        {
            Directory.CreateDirectory(_folder);
        }

        public void Dispose()
        {
            Directory.Delete(_folder, true);
        }

        [Fact]
        public void ParserHeader_IsTheHeaderTheDevicePrints()
        {
            string root = typeof(PlotCommandTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .First(a => a.Key == "RepositoryRoot").Value!;
            string source = File.ReadAllText(Path.Combine(root, "HeatPadFirmware", "Hardware", "SerialTelemetry.cs"));
            Match match = Regex.Match(source, "public const string Header = \"([^\"]+)\";");
            Assert.True(match.Success, "SerialTelemetry.Header not found");
            Assert.Equal(TelemetryLog.Header, match.Groups[1].Value);
        }

        [Fact]
        public void ALogInTheDeviceFormat_IsPlotted_AndItsBadLinesAreSkippedAndCounted()
        {
            // A simulated session written out in the device's telemetry format (SerialTelemetry.Write).
            SessionTrace trace = SessionRunner.Run(new SessionScenario { Pad = PadFile.LoadShipped("nominal-12v"), Level = 2, Program = TherapyProgram.HotCold, Minutes = 35 });
            var log = new StringBuilder();
            log.AppendLine(TelemetryLog.Header);
            log.AppendLine("# self-test passed in 812 ms");
            CultureInfo inv = CultureInfo.InvariantCulture;
            foreach (TraceSample s in trace.Samples)
            {
                log.Append("T,").Append(((long)(s.TimeS * 1000)).ToString(inv)).Append(',')
                    .Append(s.ReadingValid ? s.ReadingC.ToString("F4", inv) : "").Append(',')
                    .Append(s.HasSetpoint ? s.SetpointC.ToString("F2", inv) : "").Append(',')
                    .Append(s.DutyFraction.ToString("F3", inv)).Append(',')
                    .Append(SessionPhaseNames.Of(s.Phase)).Append(',')
                    .AppendLine(FaultCodeNames.Of(s.Fault));
            }

            log.AppendLine("T,notanumber,30.0,,0.000,off,none");
            log.AppendLine("garbage line");
            log.AppendLine("T,99999999,30.0,,1.5,off,none");
            string logPath = Path.Combine(_folder, "pad.log");
            File.WriteAllText(logPath, log.ToString());

            TelemetryLog parsed = TelemetryLog.Read(new StringReader(log.ToString()));
            Assert.Equal(trace.Samples.Count, parsed.Samples.Count);
            Assert.Equal(3, parsed.RejectedCount);
            Assert.Equal(2, parsed.Messages.Count);
            Assert.Contains(parsed.Samples, s => s.Phase == SessionPhase.Cool);
            Assert.Equal(trace.Samples[^1].ReadingC, parsed.Samples[^1].ReadingC, 4);

            string plotPath = Path.Combine(_folder, "pad.png");
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.Equal(0, PlotCommand.Execute(logPath, plotPath, output, error));
            Assert.True(new FileInfo(plotPath).Length > 10_000);
            Assert.Contains("3 lines skipped", output.ToString());
            Assert.Contains("skipped line", error.ToString());
        }

        [Fact]
        public void ALogWithoutRecords_IsRefusedWithExitCodeTwo()
        {
            string logPath = Path.Combine(_folder, "empty.log");
            File.WriteAllText(logPath, "# heatpad-telemetry v1\nhello\n");
            var error = new StringWriter();
            Assert.Equal(2, PlotCommand.Execute(logPath, Path.Combine(_folder, "x.png"), TextWriter.Null, error));
            Assert.Contains("no telemetry records", error.ToString());
            Assert.Equal(2, PlotCommand.Execute(Path.Combine(_folder, "missing.log"), Path.Combine(_folder, "x.png"), TextWriter.Null, TextWriter.Null));
        }

        [Fact]
        public void TheSafeStateRecord_ReadsAsAFault()
        {
            Assert.True(TelemetryLog.TryParse("T,13000,41.0625,,0.000,safe,firmware_error", out TraceSample sample, out _));
            Assert.Equal(SessionPhase.Fault, sample.Phase);
            Assert.False(TelemetryLog.TryParse("T,13000,41.0625,,0.000,sauna,none", out _, out string problem));
            Assert.Contains("sauna", problem);
        }
    }
}
