using System.CommandLine;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
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
            ParseResult parsed = BuildCommandLine().Parse(args);
            ElementSensorOption.Fitted = parsed.GetValue(ElementSensorCommandOption);
            ElementSensorOption.Calibration = parsed.GetValue(ElementCalibrationCommandOption);
            ElementSensorOption.RecordSenseScale = parsed.GetValue(ElementRecordSenseOption);
            ElementSensorOption.RecordCapacityScale = parsed.GetValue(ElementRecordCapacityOption);
            ElementSensorOption.RecordConductanceScale = parsed.GetValue(ElementRecordConductanceOption);
            return parsed.Invoke();
        }

        /// <summary>
        /// <c>--element-sensor</c>, on every command: the runs fit the element sensor (<see cref="SimulatedElementSensor"/>) and the
        /// core gets its reading (off by default, session 18: the hardware is an ask).
        /// </summary>
        public static readonly Option<bool> ElementSensorCommandOption = new Option<bool>("--element-sensor")
        {
            Description = "Fit the element sensor (a third DS18B20 bonded to the heating element) to every simulated pad; default off",
            Recursive = true,
        };

        /// <summary>
        /// <c>--element-calibration none|oracle|factory</c>, on every command (session 19): where the fitted element sensor's
        /// calibration comes from (<see cref="ElementCalibrationKind"/>; default none: the core's cold-start learner). Only with
        /// <c>--element-sensor</c>.
        /// </summary>
        public static readonly Option<ElementCalibrationKind> ElementCalibrationCommandOption = new Option<ElementCalibrationKind>("--element-calibration")
        {
            Description = "With --element-sensor: the element calibration (None: learned at a cold start; Oracle: the pad's true values; Factory: the assembly fixture's measurement)",
            Recursive = true,
        };

        /// <summary><c>--element-record-sense S</c>, on every command (session 20; re-added in session 21): the Factory record × S: what a board whose heater sense reads the power × 1/S against the fixture's sees (S 1/0.95: a sense 5 % low).</summary>
        public static readonly Option<double> ElementRecordSenseOption = new Option<double>("--element-record-sense")
        {
            Description = "With --element-calibration Factory: the record x this, as a board whose sense reads the power x 1/this sees it (default 1)",
            DefaultValueFactory = _ => 1.0,
            Recursive = true,
        };

        /// <summary><c>--element-record-c F</c>, on every command (session 20; re-added in session 21): the Factory record's C × F.</summary>
        public static readonly Option<double> ElementRecordCapacityOption = new Option<double>("--element-record-c")
        {
            Description = "With --element-calibration Factory: the record's element capacity C x this (default 1)",
            DefaultValueFactory = _ => 1.0,
            Recursive = true,
        };

        /// <summary><c>--element-record-gcs F</c>, on every command (session 20; re-added in session 21): the Factory record's G_cs × F.</summary>
        public static readonly Option<double> ElementRecordConductanceOption = new Option<double>("--element-record-gcs")
        {
            Description = "With --element-calibration Factory: the record's element-surface conductance G_cs x this (default 1)",
            DefaultValueFactory = _ => 1.0,
            Recursive = true,
        };

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
            CalibrateCommand.Configure(root);
            FaultsCommand.Configure(root);
            RestartsCommand.Configure(root);
            BenchCommand.Configure(root);
            TwinsCommand.Configure(root);
            GroupFloorCommand.Configure(root);
            StructureFitCommand.Configure(root);
            StepCostBenchmark.Configure(root);
            PlotCommand.Configure(root);
            root.Options.Add(ElementSensorCommandOption);
            root.Options.Add(ElementCalibrationCommandOption);
            root.Options.Add(ElementRecordSenseOption);
            root.Options.Add(ElementRecordCapacityOption);
            root.Options.Add(ElementRecordConductanceOption);
            return root;
        }
    }
}
