using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Simulator.Session;

namespace HeatPadFirmware.Simulator.Commands
{
    /// <summary>
    /// <c>run</c>, the default command: one session on a simulated pad in accelerated time, with a
    /// timeline, a summary, a PNG plot and a CSV trace.
    /// </summary>
    public static class RunCommand
    {
        /// <summary>Default pad (file stem in pads/).</summary>
        public const string DefaultPad = "nominal-12v";

        /// <summary>Default level of the default session: 3 (41.5 °C).</summary>
        public const int DefaultLevel = 3;

        /// <summary>Minutes simulated after the program's planned end, to show the cool-down.</summary>
        public const double TailMinutes = 10;

        /// <summary>Adds the options of <c>run</c> to <paramref name="command"/> and sets its action.</summary>
        public static void Configure(Command command)
        {
            var padOption = new Option<string>("--pad")
            {
                Description = "Pad file (JSON), or the name of a shipped pad: nominal-12v, usb-10w, strong-60w, thick-slow, free-air, folded-covered",
                DefaultValueFactory = _ => DefaultPad,
            };

            var levelOption = new Option<int>("--level")
            {
                Description = "Heat level 1..5",
                DefaultValueFactory = _ => DefaultLevel,
            };

            var programOption = new Option<string>("--program")
            {
                Description = "Therapy program: heat, hot-cold or contrast",
                DefaultValueFactory = _ => "hot-cold",
            };

            var minutesOption = new Option<double?>("--minutes")
            {
                Description = "Simulated minutes, 1..1440 (default: the program's length + 10 min of cool-down)",
            };

            var seedOption = new Option<int>("--seed")
            {
                Description = "Seed of the sensor noise",
                DefaultValueFactory = _ => 1,
            };

            var plotOption = new Option<string>("--plot")
            {
                Description = "PNG plot path",
                DefaultValueFactory = _ => Path.Combine("out", "session.png"),
            };

            var csvOption = new Option<string>("--csv")
            {
                Description = "CSV trace path",
                DefaultValueFactory = _ => Path.Combine("out", "session.csv"),
            };

            levelOption.Validators.Add(result =>
            {
                if (!OptionValue.TryGet(result, out int level))
                {
                    return;
                }

                if (level < 1 || level > TherapyConfig.LevelCount)
                {
                    result.AddError($"--level must be 1..5, got {level}");
                }
            });
            programOption.Validators.Add(result =>
            {
                string name = result.GetValueOrDefault<string>() ?? "";
                if (!TryParseProgram(name, out _))
                {
                    result.AddError($"--program must be heat, hot-cold or contrast, got '{name}'");
                }
            });
            minutesOption.Validators.Add(result =>
            {
                if (!OptionValue.TryGet(result, out double? minutes))
                {
                    return;
                }

                if (minutes is not null && !(minutes >= 1 && minutes <= 1440))
                {
                    result.AddError($"--minutes must be 1..1440, got {minutes}");
                }
            });

            foreach (Option option in new Option[] { padOption, levelOption, programOption, minutesOption, seedOption, plotOption, csvOption })
            {
                command.Options.Add(option);
            }

            command.SetAction(parse => Execute(
                parse.GetValue(padOption)!,
                parse.GetValue(levelOption),
                parse.GetValue(programOption)!,
                parse.GetValue(minutesOption),
                parse.GetValue(seedOption),
                parse.GetValue(plotOption)!,
                parse.GetValue(csvOption)!,
                Console.Out,
                Console.Error));
        }

        /// <summary>Runs a session and reports it. Returns the process exit code (0 ok, 2 bad input).</summary>
        public static int Execute(string pad, int level, string programName, double? minutes, int seed, string plotPath, string csvPath, TextWriter output, TextWriter error)
        {
            PadParameters padParameters;
            try
            {
                padParameters = LoadPad(pad);
            }
            catch (PadFileException exception)
            {
                error.WriteLine($"error: {exception.Message}");
                return 2;
            }

            TryParseProgram(programName, out TherapyProgram program);
            var config = new TherapyConfig();
            var scenario = new SessionScenario
            {
                Pad = padParameters,
                Level = level,
                Program = program,
                Minutes = minutes ?? (ProgramMinutes(config, program) + TailMinutes),
                Seed = seed,
                Config = config,
            };

            var clock = System.Diagnostics.Stopwatch.StartNew();
            SessionTrace trace = SessionRunner.Run(scenario);
            double simulateMs = clock.Elapsed.TotalMilliseconds;
            SessionSummary summary = SessionSummary.Of(trace);

            CultureInfo inv = CultureInfo.InvariantCulture;
            output.WriteLine(string.Format(inv, "HeatPadFirmware simulator: pad '{0}', program {1}, level {2} ({3:0.0} C), {4:0.#} min simulated in {5:0} ms, seed {6}",
                padParameters.Name, TherapyProgramNames.Of(program), level, config.SetpointOfLevelC(level), scenario.Minutes, simulateMs, seed));
            output.WriteLine();
            output.WriteLine("Timeline");
            foreach (TimelineEntry entry in summary.Timeline)
            {
                output.WriteLine(string.Format(inv, "  {0,6}  {1}", FormatClock(entry.TimeS), entry.Text));
            }

            output.WriteLine();
            output.WriteLine("Summary (true surface temperature)");
            output.WriteLine(string.Format(inv, "  time to temperature  {0}", summary.TimeToTemperatureS is double t ? $"{FormatClock(t)} (to setpoint - {SessionSummary.ReachBandC:0.0} C)" : "not reached"));
            output.WriteLine(string.Format(inv, "  overshoot            {0:0.00} C", summary.OvershootC));
            output.WriteLine(string.Format(inv, "  steady error         {0}", summary.SteadyErrorC is double e ? e.ToString("0.000", inv) + $" C (mean |error|, from {SessionSummary.SettleS / 60:0} min after reaching)" : "n/a (hold too short)"));
            output.WriteLine(string.Format(inv, "  heat time            {0:0.0} min", summary.HeatMinutes));
            output.WriteLine(string.Format(inv, "  energy               {0:0.0} Wh", summary.EnergyWh));
            output.WriteLine(string.Format(inv, "  peak surface         {0:0.00} C", summary.PeakSurfaceC));
            output.WriteLine(string.Format(inv, "  burn dose            {0:0.000} of the fitted threshold (Springborg 2021, time at >= 43 C)", summary.BurnDoseFraction));
            output.WriteLine(string.Format(inv, "  fault                {0}", summary.Fault == FaultCode.None ? "none" : FaultCodeNames.Of(summary.Fault)));

            CsvTraceWriter.WriteFile(trace, csvPath);
            string title = string.Format(inv, "{0} - {1}, level {2} ({3:0.0} C)", padParameters.Name, TherapyProgramNames.Of(program), level, config.SetpointOfLevelC(level));
            SessionPlotter.WritePng(trace, title, plotPath);
            output.WriteLine();
            output.WriteLine($"Wrote {plotPath} and {csvPath}");
            return 0;
        }

        /// <summary>Loads a pad by file path, or by the name of a shipped pad when no such file exists.</summary>
        public static PadParameters LoadPad(string pad)
        {
            return File.Exists(pad) ? PadFile.Load(pad) : PadFile.LoadShipped(pad);
        }

        /// <summary>Parses a program's protocol name.</summary>
        public static bool TryParseProgram(string name, out TherapyProgram program)
        {
            foreach (TherapyProgram candidate in new[] { TherapyProgram.Heat, TherapyProgram.HotCold, TherapyProgram.Contrast })
            {
                if (TherapyProgramNames.Of(candidate) == name)
                {
                    program = candidate;
                    return true;
                }
            }

            program = TherapyProgram.Heat;
            return false;
        }

        /// <summary>Planned length of <paramref name="program"/> in minutes.</summary>
        public static double ProgramMinutes(TherapyConfig config, TherapyProgram program)
        {
            return program switch
            {
                TherapyProgram.HotCold => config.HotColdHeatMinutes + config.HotColdCoolMinutes,
                TherapyProgram.Contrast => config.ContrastCycles * (config.ContrastHeatMinutes + config.ContrastCoolMinutes),
                _ => config.HeatProgramMinutes,
            };
        }

        private static string FormatClock(double seconds)
        {
            int total = (int)Math.Round(seconds);
            return $"{total / 60:00}:{total % 60:00}";
        }
    }
}
