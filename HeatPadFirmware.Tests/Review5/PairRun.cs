using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review5
{
    /// <summary>
    /// The firmware core on a simulated pad with TWO simulated DS18B20s (the simulator on main still hands the core one
    /// reading twice). Sensor 1 reads zone 1, sensor 2 reads zone 2; by default both zones are the same pad. A second
    /// zone (<see cref="SecondZone"/>) models a pad whose two sensor pockets sit under different conditions (one under the
    /// body, one not): both zones get the same duty, the heater sense reads zone 1. Each reading may be rewritten before
    /// the core sees it (<see cref="FirstReading"/>, <see cref="SecondReading"/>): a fault injected at the sensor.
    /// The cut-off is modelled as FaultRun does: closed while asked and the heartbeat toggled within 2 s.
    /// </summary>
    internal sealed class PairRun
    {
        private const long DeadManMs = 2000;
        private readonly ButtonEventQueue _buttons = new ButtonEventQueue();
        private readonly SimulatedHeaterSense _sense;
        private double _duty;
        private bool _cutoffClosed;
        private bool _lastBeat;
        private bool _lastChunkClosed;
        private long _lastBeatMs = long.MinValue / 2;

        public PairRun(PadParameters pad, int seed, PadParameters? secondSensorPad = null, PadParameters? secondZone = null, TherapyConfig? config = null)
        {
            Pad = new ThermalPad(pad);
            SecondZone = secondZone == null ? null : new ThermalPad(secondZone);
            Sensor1 = new SimulatedSensor(pad, seed);
            Sensor2 = new SimulatedSensor(secondSensorPad ?? pad, SimulatedSensor.SecondSeed(seed));
            _sense = new SimulatedHeaterSense(seed);
            Core = new HeatPadCore(config ?? new TherapyConfig());
        }

        public ThermalPad Pad { get; }

        public ThermalPad? SecondZone { get; }

        public SimulatedSensor Sensor1 { get; }

        public SimulatedSensor Sensor2 { get; }

        public HeatPadCore Core { get; }

        public long NowMs { get; private set; }

        public long Ticks { get; private set; }

        public CoreOutputs Last { get; private set; }

        /// <summary>Rewrites sensor 1's reading (tick index, the sensor's own reading) before the core sees it.</summary>
        public Func<long, SensorReading, SensorReading>? FirstReading { get; set; }

        /// <summary>Rewrites sensor 2's reading (tick index, the sensor's own reading) before the core sees it.</summary>
        public Func<long, SensorReading, SensorReading>? SecondReading { get; set; }

        /// <summary>The readings the core got on the last tick.</summary>
        public SensorReading LastFirst { get; private set; }

        public SensorReading LastSecond { get; private set; }

        /// <summary>Hottest surface of either zone so far, °C.</summary>
        public double PeakSurfaceC { get; private set; } = double.NegativeInfinity;

        /// <summary>Surface dose (fitted burn threshold, no factor) of zone 1 so far.</summary>
        public double SurfaceDose { get; private set; }

        /// <summary>The first fault the core latched, and when (ms).</summary>
        public FaultCode FirstFault { get; private set; }

        public long FirstFaultMs { get; private set; } = -1;

        public CoreOutputs Tick(long dtMs = 1000, ButtonId press = ButtonId.None, bool isLong = false)
        {
            long stepStart = NowMs;
            long remaining = dtMs;
            while (remaining > 0)
            {
                long chunk = Math.Min(remaining, 500);
                long t = stepStart + (dtMs - remaining);
                bool closed = _cutoffClosed && (t - _lastBeatMs) <= DeadManMs;
                double dtS = chunk / 1000.0;
                _lastChunkClosed = closed;
                Pad.Step(dtS, _duty, closed);
                Sensor1.Advance(dtS, Pad.SurfaceC);
                if (SecondZone != null)
                {
                    SecondZone.Step(dtS, _duty, closed);
                }

                Sensor2.Advance(dtS, (SecondZone ?? Pad).SurfaceC);
                SurfaceDose += BurnDose.Increment(Pad.SurfaceC, dtS);
                PeakSurfaceC = Math.Max(PeakSurfaceC, Math.Max(Pad.SurfaceC, SecondZone?.SurfaceC ?? double.NegativeInfinity));
                remaining -= chunk;
            }

            NowMs += dtMs;
            _buttons.Clear();
            if (press != ButtonId.None)
            {
                _buttons.Add(press, isLong);
            }

            SensorReading first = Sensor1.Read(NowMs);
            SensorReading second = Sensor2.Read(NowMs);
            LastFirst = FirstReading == null ? first : FirstReading(Ticks, first);
            LastSecond = SecondReading == null ? second : SecondReading(Ticks, second);
            HeaterSenseReading sense = _sense.Read(Pad, _duty, _lastChunkClosed);
            CoreOutputs outputs = Core.Step(NowMs, LastFirst, LastSecond, sense, _buttons);
            Ticks++;
            _duty = outputs.DutyFraction;
            _cutoffClosed = outputs.HeaterEnabled;
            if (outputs.CutoffHeartbeat != _lastBeat)
            {
                _lastBeatMs = NowMs;
            }

            _lastBeat = outputs.CutoffHeartbeat;
            if (FirstFault == FaultCode.None && outputs.Fault != FaultCode.None)
            {
                FirstFault = outputs.Fault;
                FirstFaultMs = NowMs;
            }

            Last = outputs;
            return outputs;
        }

        /// <summary>Selects <paramref name="level"/> and starts a session of <paramref name="program"/>, one press per 1 s tick.</summary>
        public void Start(int level, TherapyProgram program = TherapyProgram.Heat)
        {
            Tick();
            while (Core.Session.Program != program)
            {
                Tick(1000, ButtonId.Program);
            }

            while (Core.Session.Level != level)
            {
                Tick(1000, Core.Session.Level < level ? ButtonId.Up : ButtonId.Down);
            }

            Tick(1000, ButtonId.Power);
        }

        /// <summary>Ticks every second for <paramref name="seconds"/> or until a fault latches.</summary>
        public void RunFor(double seconds, bool stopAtFault = true)
        {
            long endMs = NowMs + (long)(seconds * 1000);
            while (NowMs < endMs && !(stopAtFault && Last.Fault != FaultCode.None))
            {
                Tick();
            }
        }
    }
}
