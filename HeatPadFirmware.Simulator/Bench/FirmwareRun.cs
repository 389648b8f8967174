using System.Diagnostics;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Bench
{
    /// <summary>
    /// The firmware (the whole <see cref="HeatPadCore"/>: session, controller, supervisor) on a simulated pad, one control
    /// tick at a time, in the device loop's order: the pad and the sensor advance under the previous tick's outputs, the
    /// sensors are read, the set-up press of the tick (if any) is queued, the heater sense is read, and the core steps.
    /// The one tick shared by the bench's firmware runs (<see cref="BenchRunner"/>), the stop snapshots of <c>groupfloor</c>
    /// and the simulated sessions of <c>run</c>, so they cannot drift apart.
    /// </summary>
    public sealed class FirmwareRun
    {
        private readonly SimulatedHeaterSense _sense;
        private readonly ButtonEventQueue _buttons = new ButtonEventQueue();
        private readonly TherapyProgram _program;
        private readonly int _level;
        private readonly long _tickMs;
        private readonly double _tickS;
        private int _tick;

        /// <summary>
        /// Powers on the core (configuration <paramref name="config"/>) on a pad of <paramref name="padParameters"/>, with
        /// sensor and heater-sense noise seeded by <paramref name="seed"/>; the set-up presses choose
        /// <paramref name="program"/> and <paramref name="level"/> (1..5), then press power; ticks are
        /// <paramref name="tickMs"/> apart (the device runs 1,000 ms).
        /// </summary>
        public FirmwareRun(PadParameters padParameters, int seed, TherapyConfig config, TherapyProgram program, int level, int tickMs = 1000)
        {
            Pad = new ThermalPad(padParameters);
            Sensor = new SimulatedSensor(padParameters, seed);
            SecondSensor = SimulatedSensor.Second(padParameters, seed);
            _sense = new SimulatedHeaterSense(seed);
            Core = new HeatPadCore(config);
            ElementSensor = ElementSensorOption.Fitted ? ElementCalibrationSource.Fit(Core, ElementSensorOption.Calibration, padParameters, seed) : null;

            _program = program;
            _level = level;
            _tickMs = tickMs;
            _tickS = tickMs / 1000.0;
        }

        /// <summary>The simulated pad (true core and surface temperatures).</summary>
        public ThermalPad Pad { get; }

        /// <summary>The simulated DS18B20 on the pad's surface: sensor 1.</summary>
        public SimulatedSensor Sensor { get; }

        /// <summary>The second simulated DS18B20 on the pad's surface: sensor 2 (its own lag, bias and noise).</summary>
        public SimulatedSensor SecondSensor { get; }

        /// <summary>The element sensor (null: not fitted, the default; see <see cref="ElementSensorOption"/>).</summary>
        public SimulatedElementSensor ElementSensor { get; }

        /// <summary>The firmware core.</summary>
        public HeatPadCore Core { get; }

        /// <summary>
        /// Last tick (0 = power-on) at which a set-up press may be queued; unlimited by default, so the bench presses power
        /// again whenever the session is off. The session runner limits it to its planned presses.
        /// </summary>
        public int LastSetupTick { get; set; } = int.MaxValue;

        /// <summary>Index of the tick the next <see cref="Step"/> runs (0 = power-on).</summary>
        public int NextTick => _tick;

        /// <summary>Simulated time of the last <see cref="Step"/>, ms since power-on.</summary>
        public long NowMs { get; private set; }

        /// <summary>Sensor 1's reading the core got at the last <see cref="Step"/>.</summary>
        public SensorReading Reading { get; private set; }

        /// <summary>Sensor 2's reading the core got at the last <see cref="Step"/>.</summary>
        public SensorReading SecondReading { get; private set; }

        /// <summary>The core's outputs at the last <see cref="Step"/>.</summary>
        public CoreOutputs Outputs { get; private set; }

        /// <summary>Duty the heater holds until the next step, 0..1 (the last outputs').</summary>
        public double DutyFraction { get; private set; }

        /// <summary>Cut-off state held until the next step (true: closed, the heater may draw power).</summary>
        public bool CutoffClosed { get; private set; }

        /// <summary>Stopwatch ticks spent reading the heater sense and in <see cref="HeatPadCore.Step"/> over all steps (host cost).</summary>
        public long CoreStopwatchTicks { get; private set; }

        /// <summary>Runs one tick (see the class summary) and returns the core's outputs.</summary>
        public CoreOutputs Step()
        {
            int tick = _tick;
            long nowMs = tick * _tickMs;
            if (tick > 0)
            {
                Pad.Step(_tickS, DutyFraction, CutoffClosed);
                Sensor.Advance(_tickS, Pad.SurfaceC);
                SecondSensor.Advance(_tickS, Pad.SurfaceC);
                ElementSensor?.Advance(_tickS, Pad.CoreC, Pad.AmbientC);
            }

            SensorReading reading = Sensor.Read(nowMs);
            SensorReading secondReading = SecondSensor.Read(nowMs);
            _buttons.Clear();
            ButtonId press = SetupButton(tick);
            if (press != ButtonId.None)
            {
                _buttons.Add(press, false);
            }

            long before = Stopwatch.GetTimestamp();
            HeaterSenseReading senseReading = _sense.Read(Pad, DutyFraction, CutoffClosed);
            CoreOutputs outputs = ElementSensor == null ? Core.Step(nowMs, reading, secondReading, senseReading, _buttons) : Core.StepWithElement(nowMs, reading, secondReading, ElementSensor.Read(), senseReading, _buttons);
            CoreStopwatchTicks += Stopwatch.GetTimestamp() - before;
            DutyFraction = outputs.DutyFraction;
            CutoffClosed = outputs.HeaterEnabled;
            Reading = reading;
            SecondReading = secondReading;
            Outputs = outputs;
            NowMs = nowMs;
            _tick = tick + 1;
            return outputs;
        }

        // One press per tick from tick 1 while the session is off: program until it is the wanted one, level up or down,
        // then power.
        private ButtonId SetupButton(int tick)
        {
            TherapySession session = Core.Session;
            if (tick < 1 || tick > LastSetupTick || session.Phase != SessionPhase.Off)
            {
                return ButtonId.None;
            }

            if (session.Program != _program)
            {
                return ButtonId.Program;
            }

            if (session.Level < _level)
            {
                return ButtonId.Up;
            }

            return session.Level > _level ? ButtonId.Down : ButtonId.Power;
        }
    }
}
