using System;
using System.Runtime.CompilerServices;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.NanoFramework
{
    /// <summary>
    /// The core allocates nothing per tick: on the device every allocation feeds nanoFramework's
    /// stop-the-world collector, which would stall the control loop at random. Each scenario is warmed up
    /// (first calls may allocate inside the runtime, and tiered JIT replaces code), then 1,000 more ticks
    /// must allocate exactly zero bytes on this thread. Each scenario also counts the phases it went
    /// through, so a test cannot pass by never reaching the code it claims to measure.
    /// </summary>
    public class CoreAllocationTests
    {
        private const int WarmUpTicks = 4000;
        private const int MeasuredTicks = 1000;

        [Fact]
        public void Step_AllocatesNothing_WhileHoldingTheSetpoint()
        {
            var scenario = new HoldingSetpoint();

            long allocatedBytes = Measure(scenario);

            Assert.Equal(0, scenario.TicksOutOfPlan);
            Assert.True(scenario.TicksHeating > 0, "the heater never ran: the controller path was not measured");
            Assert.Equal(0, allocatedBytes);
        }

        [Fact]
        public void Step_AllocatesNothing_WhileOff()
        {
            var scenario = new StayingOff();

            long allocatedBytes = Measure(scenario);

            Assert.Equal(0, scenario.TicksOutOfPlan);
            Assert.Equal(0, allocatedBytes);
        }

        [Fact]
        public void Step_AllocatesNothing_InTheCoolDownPhase()
        {
            var scenario = new CoolingDown();

            long allocatedBytes = Measure(scenario);

            Assert.Equal(0, scenario.TicksOutOfPlan);
            Assert.Equal(0, allocatedBytes);
        }

        [Fact]
        public void Step_AllocatesNothing_WhileFaulted_WithPressesAndBadReadings()
        {
            var scenario = new Faulted();

            long allocatedBytes = Measure(scenario);

            Assert.Equal(0, scenario.TicksOutOfPlan);
            Assert.True(scenario.TicksWithEvents > 0);
            Assert.Equal(0, allocatedBytes);
        }

        [Fact]
        public void Step_AllocatesNothing_WithButtonEventsEveryTick()
        {
            var scenario = new PressingEveryTick();

            long allocatedBytes = Measure(scenario);

            Assert.Equal(0, scenario.TicksOutOfPlan);
            Assert.Equal(MeasuredTicks, scenario.TicksWithEvents);
            Assert.True(scenario.TicksWithCue > 0, "no press was accepted: the level change path was not measured");
            Assert.Equal(0, allocatedBytes);
        }

        [Fact]
        public void Step_AllocatesNothing_AcrossStartsPhaseChangesFaultsAndClears()
        {
            var scenario = new FullCycle();

            long allocatedBytes = Measure(scenario);

            Assert.Equal(0, scenario.TicksOutOfPlan);
            Assert.True(scenario.TicksInPhase[(int)SessionPhase.Off] > 0);
            Assert.True(scenario.TicksInPhase[(int)SessionPhase.Heat] > 0);
            Assert.True(scenario.TicksInPhase[(int)SessionPhase.Cool] > 0);
            Assert.True(scenario.TicksInPhase[(int)SessionPhase.Fault] > 0);
            Assert.Equal(0, allocatedBytes);
        }

        /// <summary>
        /// Runs the warm-up, then returns the bytes this thread allocated during the measured ticks.
        /// Fully optimized at once, so that the measuring loop itself is never re-jitted (no OSR) mid-window.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
        private static long Measure(Scenario scenario)
        {
            int tick = 0;
            for (; tick < WarmUpTicks; tick++)
            {
                scenario.Tick(tick);
            }

            scenario.ResetCounters();
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (; tick < WarmUpTicks + MeasuredTicks; tick++)
            {
                scenario.Tick(tick);
            }

            long after = GC.GetAllocatedBytesForCurrentThread();
            return after - before;
        }

        /// <summary>A core, its button queue, a simulated clock, and counters that allocate nothing.</summary>
        private abstract class Scenario
        {
            protected const double Level2SetpointC = 40.0;

            protected readonly HeatPadCore Core;
            protected readonly ButtonEventQueue Buttons = new ButtonEventQueue();
            protected long NowMs;
            private double _lastDuty;
            private bool _lastEnabled;

            protected Scenario(TherapyConfig? config = null)
            {
                Core = new HeatPadCore(config ?? new TherapyConfig());
            }

            public readonly int[] TicksInPhase = new int[4];
            public int TicksOutOfPlan;
            public int TicksHeating;
            public int TicksWithEvents;
            public int TicksWithCue;

            /// <summary>One tick: set the time, queue presses, <see cref="Step"/>.</summary>
            public abstract void Tick(int tick);

            public void ResetCounters()
            {
                Array.Clear(TicksInPhase);
                TicksOutOfPlan = 0;
                TicksHeating = 0;
                TicksWithEvents = 0;
                TicksWithCue = 0;
            }

            /// <summary>Steps the core as the device loop does, checks the phase against the plan, clears the queue.</summary>
            protected void Step(SensorReading reading, SessionPhase plannedPhase)
            {
                int events = Buttons.Count;
                // A sound 60 W element at 12 V: the current follows the last duty (5 A full on).
                HeaterSenseReading sense = HeaterSenseReading.Valid(_lastEnabled ? _lastDuty * 5.0 : 0.0, 12.0);
                // Sensor 2 reads 1/16 °C under sensor 1 (its own offset): one reading in both slots is the fault sensors_identical.
                SensorReading second = reading.IsValid ? SensorReading.Valid(reading.TemperatureC - 0.0625) : reading;
                CoreOutputs outputs = Core.Step(NowMs, reading, second, sense, Buttons);
                _lastDuty = outputs.DutyFraction;
                _lastEnabled = outputs.HeaterEnabled;
                Buttons.Clear();

                TicksInPhase[(int)outputs.Phase]++;
                if (outputs.Phase != plannedPhase)
                {
                    TicksOutOfPlan++;
                }

                if (outputs.DutyFraction > 0.0)
                {
                    TicksHeating++;
                }

                if (events > 0)
                {
                    TicksWithEvents++;
                }

                if (outputs.Cue != BuzzerCue.None)
                {
                    TicksWithCue++;
                }
            }

            /// <summary>A reading that walks in DS18B20 steps (0.0625 °C) around <paramref name="centreC"/>.</summary>
            protected static SensorReading Around(double centreC, int tick)
            {
                return SensorReading.Valid(centreC + (0.0625 * ((tick % 7) - 3)));
            }
        }

        /// <summary>The heat program at level 2, readings around its 40 °C setpoint, a tick every second (the heater witness judges nothing on faster ticks and stops trusting a run of them).</summary>
        private sealed class HoldingSetpoint : Scenario
        {
            public override void Tick(int tick)
            {
                NowMs = tick * 1000L;
                if (tick == 0)
                {
                    Buttons.Add(ButtonId.Power, false);
                }

                Step(Around(Level2SetpointC, tick), SessionPhase.Heat);
            }
        }

        /// <summary>No session; room-temperature readings, and a pad still warm from before.</summary>
        private sealed class StayingOff : Scenario
        {
            public override void Tick(int tick)
            {
                NowMs = tick * 250L;
                Step(Around(tick % 200 < 100 ? 22.0 : 39.0, tick), SessionPhase.Off);
            }
        }

        /// <summary>The hot-cold program: its 20 min heat phase is skipped over, then the 10 min cool-down runs.</summary>
        private sealed class CoolingDown : Scenario
        {
            public override void Tick(int tick)
            {
                if (tick == 0)
                {
                    NowMs = 0;
                    Buttons.Add(ButtonId.Program, false);
                    Buttons.Add(ButtonId.Power, false);
                    Step(Around(Level2SetpointC, tick), SessionPhase.Heat);
                    return;
                }

                // Past the heat phase, then 100 ms ticks: 5,000 ticks stay well inside the 10 min cool-down.
                NowMs = (20 * 60000L) + (tick * 100L);
                Step(Around(39.0 - (tick * 0.001), tick), SessionPhase.Cool);
            }
        }

        /// <summary>An over-temperature fault, then hot, invalid and cooling readings with presses that must not clear it.</summary>
        private sealed class Faulted : Scenario
        {
            public override void Tick(int tick)
            {
                NowMs = tick * 1000L;
                if (tick == 0)
                {
                    Buttons.Add(ButtonId.Power, false);
                    Step(SensorReading.Valid(48.0), SessionPhase.Fault);
                    return;
                }

                if (tick % 10 == 0)
                {
                    // A long press with a reading at or above 40 °C, or invalid, must not clear the fault.
                    Buttons.Add(ButtonId.Power, true);
                    Buttons.Add(ButtonId.Up, false);
                }

                SensorReading reading = (tick % 3) switch
                {
                    0 => SensorReading.Invalid,
                    1 => SensorReading.Valid(46.0),
                    _ => Around(42.0, tick),
                };
                Step(reading, SessionPhase.Fault);
            }
        }

        /// <summary>A heat session with several presses every tick: level up/down, and presses the phase refuses.</summary>
        private sealed class PressingEveryTick : Scenario
        {
            public override void Tick(int tick)
            {
                NowMs = tick * 250L;
                if (tick == 0)
                {
                    Buttons.Add(ButtonId.Power, false);
                }
                else
                {
                    Buttons.Add(tick % 2 == 0 ? ButtonId.Down : ButtonId.Up, false);
                    Buttons.Add(ButtonId.Program, false);
                    Buttons.Add(ButtonId.Power, true);
                    Buttons.Add(ButtonId.Up, true);
                }

                Step(Around(Level2SetpointC, tick), SessionPhase.Heat);
            }
        }

        /// <summary>
        /// A 400-tick cycle (1 s ticks) through everything, hot-cold program shortened to its shortest heat phase
        /// (<see cref="TherapyConfig.MinHeatPhaseMinutes"/>, 5 min) and 1 min of cool: start, heat with level presses, cool-down, off, start again, an over-temperature
        /// fault reached by a physically plausible climb, clearing once cool, sensor lost, clearing, and a
        /// plausible warm-up back to the start.
        /// </summary>
        private sealed class FullCycle : Scenario
        {
            private const int HeatTicks = TherapyConfig.MinHeatPhaseMinutes * 60;
            private const int Extra = HeatTicks - 60;
            private const int Period = 160 + Extra;
            private readonly SessionPhase[] _plan = new SessionPhase[Period];

            public FullCycle()
                : base(new TherapyConfig { HotColdHeatMinutes = TherapyConfig.MinHeatPhaseMinutes, HotColdCoolMinutes = 1 })
            {
                for (int k = 0; k < Period; k++)
                {
                    _plan[k] = CycleStep(k) switch
                    {
                        <= 59 => SessionPhase.Heat,
                        <= 119 => SessionPhase.Cool,
                        <= 124 => SessionPhase.Off,
                        <= 130 => SessionPhase.Heat,
                        <= 139 => SessionPhase.Fault,
                        <= 143 => SessionPhase.Off,
                        <= 149 => SessionPhase.Fault,
                        _ => SessionPhase.Off,
                    };
                }
            }

            /// <summary>The step of the original 160-tick cycle that tick <paramref name="k"/> of the cycle plays: the heat phase is stretched to <see cref="HeatTicks"/>.</summary>
            private static int CycleStep(int k)
            {
                return k < HeatTicks ? Math.Min(k, 59) : k - Extra;
            }

            public override void Tick(int tick)
            {
                int cycleTick = tick % Period;
                int k = CycleStep(cycleTick);
                NowMs += 1000L;
                SensorReading reading;

                if (tick == 0)
                {
                    Buttons.Add(ButtonId.Program, false);
                }

                if (k == 0 || k == 125)
                {
                    Buttons.Add(ButtonId.Power, false);
                }
                else if (k < 10)
                {
                    Buttons.Add(k % 2 == 0 ? ButtonId.Down : ButtonId.Up, false);
                }

                if (k < 60)
                {
                    reading = Around(Level2SetpointC, tick);
                }
                else if (k <= 125)
                {
                    reading = Around(39.0, tick);
                }
                else if (k <= 131)
                {
                    // 39 -> 48 in 1.5 C steps: fast, but within what the plausibility check lets through.
                    reading = SensorReading.Valid(39.0 + (1.5 * (k - 125)));
                }
                else if (k <= 139)
                {
                    reading = SensorReading.Valid(48.0 - (1.5 * (k - 131)));
                }
                else if (k == 140 || k == 150)
                {
                    Buttons.Add(ButtonId.Power, true);
                    reading = Around(36.0, tick);
                }
                else if (k <= 144)
                {
                    reading = SensorReading.Invalid;
                }
                else if (k < 150)
                {
                    reading = Around(36.0, tick);
                }
                else
                {
                    // Back up to the start's 40 C in plausible steps.
                    reading = SensorReading.Valid(36.0 + (0.4 * (k - 150)));
                }

                Step(reading, _plan[cycleTick]);
            }
        }
    }
}
