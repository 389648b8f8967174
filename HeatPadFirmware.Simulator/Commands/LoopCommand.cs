using System;
using System.CommandLine;
using System.IO;
using System.Text;
using HeatPadFirmware.Simulator.Loop;

namespace HeatPadFirmware.Simulator.Commands
{
    /// <summary>
    /// <c>loop</c>: the firmware core as the device runs it after power-on, with its sensor, buttons and
    /// heater at the far end of a pipe (JSON lines on stdin and stdout, logs on stderr, EOF → exit 0).
    /// </summary>
    public static class LoopCommand
    {
        /// <summary>Adds the <c>loop</c> command to <paramref name="root"/>.</summary>
        public static void Configure(Command root)
        {
            var loop = new Command("loop", "Drive the firmware core over JSON lines: one tick in on stdin, one line out on stdout.");
            loop.SetAction(_ =>
            {
                var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
                var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
                return Run(input, output, Console.Error);
            });
            root.Subcommands.Add(loop);
        }

        /// <summary>Answers every line of <paramref name="input"/> until EOF. Returns 0.</summary>
        public static int Run(TextReader input, TextWriter output, TextWriter log)
        {
            var session = new LoopSession();
            log.WriteLine("heatpad loop: power-on; one JSON line per tick on stdin (t_ms, temp_c, temp2_c, press, hold)");
            long lines = 0;
            string line;
            while ((line = input.ReadLine()) != null)
            {
                lines++;
                output.WriteLine(session.HandleLine(line));
            }

            output.Flush();
            log.WriteLine($"heatpad loop: EOF after {lines} lines");
            return 0;
        }
    }
}
