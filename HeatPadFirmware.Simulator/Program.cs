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
            string pulse = System.Environment.GetEnvironmentVariable("HEATPAD_PULSE");
            if (!string.IsNullOrEmpty(pulse))
            {
                // EXPERIMENT (session 11): S,fraction,minFar,count,gap,duty
                string[] f = pulse.Split(',');
                var inv = System.Globalization.CultureInfo.InvariantCulture;
                HeatPadFirmware.Core.HeatController.PulseS = double.Parse(f[0], inv);
                if (f.Length > 1) HeatPadFirmware.Core.HeatController.PulseFraction = double.Parse(f[1], inv);
                if (f.Length > 2) HeatPadFirmware.Core.HeatController.PulseMinFarC = double.Parse(f[2], inv);
                if (f.Length > 3) HeatPadFirmware.Core.HeatController.PulseCount = int.Parse(f[3], inv);
                if (f.Length > 4) HeatPadFirmware.Core.HeatController.PulseGapS = double.Parse(f[4], inv);
                if (f.Length > 5) HeatPadFirmware.Core.HeatController.PulseDuty = double.Parse(f[5], inv);
                if (f.Length > 6) HeatPadFirmware.Core.HeatController.PulseStopUnits = double.Parse(f[6], inv);
                if (f.Length > 7) HeatPadFirmware.Core.HeatController.PulseStopUnitsAlways = f[7] == "1";
                System.Console.Error.WriteLine("EXPERIMENT pulse: " + pulse);
            }

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
            BenchCommand.Configure(root);
            TwinsCommand.Configure(root);
            GroupFloorCommand.Configure(root);
            StopSetCommand.Configure(root);
            StepCostBenchmark.Configure(root);
            PlotCommand.Configure(root);
            return root;
        }
    }
}
