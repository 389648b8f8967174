using System;
using System.CommandLine;
using System.Diagnostics;
using HeatPadFirmware.Core;

namespace HeatPadFirmware.Simulator.Commands
{
    /// <summary><c>selftest</c>: runs the firmware's power-on self-test on the PC and prints the result.</summary>
    public static class SelfTestCommand
    {
        /// <summary>Adds the <c>selftest</c> command to <paramref name="root"/>.</summary>
        public static void Configure(Command root)
        {
            var command = new Command("selftest", "Run the firmware's power-on self-test (Core/SelfTest.cs) and print the result.");
            command.SetAction(_ => Execute(Console.Out));
            root.Subcommands.Add(command);
        }

        /// <summary>Runs the self-test; exit code 0 when it passed, 1 when not.</summary>
        public static int Execute(System.IO.TextWriter output)
        {
            var clock = Stopwatch.StartNew();
            uint signature = SelfTest.ComputeSignature(new TherapyConfig());
            double elapsedMs = clock.Elapsed.TotalMilliseconds;
            bool passed = signature == SelfTest.ExpectedSignature;
            output.WriteLine($"self-test: {(passed ? "PASSED" : "FAILED")}  signature 0x{signature:X8}, expected 0x{SelfTest.ExpectedSignature:X8}, {elapsedMs:0.0} ms on this PC");
            return passed ? 0 : 1;
        }
    }
}
