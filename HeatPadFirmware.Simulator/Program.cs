using System.CommandLine;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Twins;

namespace HeatPadFirmware.Simulator
{
    /// <summary>
    /// The PC side of HeatPadFirmware: the firmware core on a simulated pad. With no command it runs the
    /// default session (<c>run</c>).
    /// </summary>
    public static class Program
    {
        /// <summary>Entry point.</summary>
        public static int Main(string[] args)
        {
            return BuildCommandLine().Parse(args).Invoke();
        }

        /// <summary>The whole command line: <c>run</c> (also the root's own action) and the other commands.</summary>
        public static RootCommand BuildCommandLine()
        {
            var root = new RootCommand("HeatPadFirmware simulator: runs the firmware core on a simulated heating pad.");
            var run = new Command("run", "Simulate one session (the default when no command is given).");
            RunCommand.Configure(run);
            RunCommand.Configure(root);
            root.Subcommands.Add(run);
            LoopCommand.Configure(root);
            SelfTestCommand.Configure(root);
            MemoryCommand.Configure(root);
            FaultsCommand.Configure(root);
            RestartsCommand.Configure(root);
            BenchCommand.Configure(root);
            TwinsCommand.Configure(root);
            GroupFloorCommand.Configure(root);
            StepCostBenchmark.Configure(root);
            PlotCommand.Configure(root);
            return root;
        }
    }
}
