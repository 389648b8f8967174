using System.CommandLine;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Commands;

namespace HeatPadFirmware.Simulator
{
    /// <summary>
    /// The PC side of HeatPadFirmware: the firmware core on a simulated pad. With no command it runs the
    /// default session (<c>run</c>).
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            var root = new RootCommand("HeatPadFirmware simulator: runs the firmware core on a simulated heating pad.");
            var run = new Command("run", "Simulate one session (the default when no command is given).");
            RunCommand.Configure(run);
            RunCommand.Configure(root);
            root.Subcommands.Add(run);
            LoopCommand.Configure(root);
            BenchCommand.Configure(root);
            return root.Parse(args).Invoke();
        }
    }
}
