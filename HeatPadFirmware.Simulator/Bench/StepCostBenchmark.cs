using System;
using System.CommandLine;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using HeatPadFirmware.Core;

namespace HeatPadFirmware.Simulator.Bench
{
    /// <summary>
    /// BenchmarkDotNet measurement of one firmware tick (<see cref="HeatPadCore.Step"/>) on this host, in a
    /// steady heat hold and with the pad off, fed two sensor readings a noise step apart. A figure, not a test: the tests
    /// assert zero allocation instead.
    /// </summary>
    [MemoryDiagnoser]
    public class StepCostBenchmark
    {
        private HeatPadCore _holding;
        private HeatPadCore _idle;
        private readonly ButtonEventQueue _buttons = new();
        private long _holdingMs;
        private long _idleMs;
        private double _holdingDuty;

        // A sound 60 W element at 12 V whose current follows the last duty (5 A full on).
        private HeaterSenseReading HoldingSense => HeaterSenseReading.Valid(_holdingDuty * 5.0, 12.0);

        /// <summary>Powers on two cores and brings one to a steady hold at level 2 (40 °C).</summary>
        [GlobalSetup]
        public void Setup()
        {
            _holding = new HeatPadCore(new TherapyConfig());
            _idle = new HeatPadCore(new TherapyConfig());
            _buttons.Add(ButtonId.Power, false);
            _holdingDuty = _holding.Step(0, SensorReading.Valid(24.0), SensorReading.Valid(24.0), HoldingSense, _buttons).DutyFraction;
            _buttons.Clear();
            for (int s = 1; s <= 900; s++)
            {
                // A plausible warm-up to 40 °C, then a hold dithering by one LSB (sensor 2 one LSB out of step).
                double baseC = Math.Min(40.0, 24.0 + (s / 16.0 * 0.5));
                _holdingDuty = _holding.Step(s * 1000L, SensorReading.Valid(baseC + Dither(s)), SensorReading.Valid(baseC + Dither(s + 1)), HoldingSense, _buttons).DutyFraction;
            }

            _holdingMs = 900_000;
        }

        /// <summary>One tick of a session holding its setpoint.</summary>
        [Benchmark]
        public double HoldingTick()
        {
            _holdingMs += 1000;
            long s = _holdingMs / 1000;
            _holdingDuty = _holding.Step(_holdingMs, SensorReading.Valid(40.0 + Dither(s)), SensorReading.Valid(40.0 + Dither(s + 1)), HoldingSense, _buttons).DutyFraction;
            return _holdingDuty;
        }

        /// <summary>One tick with no session.</summary>
        [Benchmark]
        public double IdleTick()
        {
            _idleMs += 1000;
            long s = _idleMs / 1000;
            return _idle.Step(_idleMs, SensorReading.Valid(24.0 + Dither(s)), SensorReading.Valid(24.0 + Dither(s + 1)), HeaterSenseReading.Valid(0.0, 12.0), _buttons).DutyFraction;
        }

        // One DS18B20 LSB (1/16 °C) on odd seconds. Sensor 2 gets the other phase, so the two readings always differ by a
        // noise step and the pair fusion computes its blend every tick (identical readings take its shortcut).
        private static double Dither(long second)
        {
            return (second & 1) * 0.0625;
        }

        /// <summary>Adds the <c>stepcost</c> command: runs this benchmark in-process and prints BenchmarkDotNet's table.</summary>
        public static void Configure(RootCommand root)
        {
            var command = new Command("stepcost", "Measure the host time and allocation of one firmware tick with BenchmarkDotNet (build with -c Release).");
            command.SetAction(_ =>
            {
                IConfig config = DefaultConfig.Instance
                    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
                    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
                BenchmarkRunner.Run<StepCostBenchmark>(config);
                return 0;
            });
            root.Subcommands.Add(command);
        }
    }
}
