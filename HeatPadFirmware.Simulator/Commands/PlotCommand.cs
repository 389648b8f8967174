using System;
using System.CommandLine;
using System.IO;
using HeatPadFirmware.Simulator.Output;

namespace HeatPadFirmware.Simulator.Commands
{
    /// <summary><c>plot LOG</c>: turns telemetry captured from a real pad into the same plot as a simulated session.</summary>
    public static class PlotCommand
    {
        /// <summary>Adds the <c>plot</c> command to <paramref name="root"/>.</summary>
        public static void Configure(Command root)
        {
            var logArgument = new Argument<string>("log") { Description = "Telemetry captured from the device's serial port (see hardware/README.md, Telemetry)" };
            var outOption = new Option<string>("--plot") { Description = "PNG path", DefaultValueFactory = _ => Path.Combine("out", "device-log.png") };
            var command = new Command("plot", "Plot a telemetry log captured from a real pad.");
            command.Arguments.Add(logArgument);
            command.Options.Add(outOption);
            command.SetAction(parse => Execute(parse.GetValue(logArgument), parse.GetValue(outOption), Console.Out, Console.Error));
            root.Subcommands.Add(command);
        }

        /// <summary>Reads <paramref name="logPath"/> and writes the plot. Exit code 0, or 2 when there is nothing to plot.</summary>
        public static int Execute(string logPath, string plotPath, TextWriter output, TextWriter error)
        {
            TelemetryLog log;
            try
            {
                using var reader = new StreamReader(logPath);
                log = TelemetryLog.Read(reader);
            }
            catch (IOException exception)
            {
                error.WriteLine($"error: cannot read {logPath}: {exception.Message}");
                return 2;
            }
            catch (UnauthorizedAccessException exception)
            {
                error.WriteLine($"error: cannot read {logPath}: {exception.Message}");
                return 2;
            }

            foreach (string rejected in log.Rejected)
            {
                error.WriteLine($"skipped {rejected}");
            }

            if (log.Samples.Count == 0)
            {
                error.WriteLine($"error: {logPath} holds no telemetry records (T,now_ms,temperature_c,setpoint_c,duty,phase,fault)");
                return 2;
            }

            SessionPlotter.WritePng(log.Samples, $"device log {Path.GetFileName(logPath)}", plotPath);
            output.WriteLine($"{log.Samples.Count} ticks ({log.Samples[^1].TimeS / 60.0:0.0} min), {log.RejectedCount} lines skipped, {log.Messages.Count} messages; wrote {plotPath}");
            return 0;
        }
    }
}
