using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Faults
{
    /// <summary>
    /// One simulated run of the firmware core on a pad with a fault injected at a given moment. The cut-off
    /// is modelled as the hardware wires it: closed only while the core asks for it and its heartbeat toggled
    /// within <see cref="DeadManMs"/>.
    /// </summary>
    public sealed class FaultRun
    {
        /// <summary>Dead-man timeout of the cut-off driver, ms (Klipper's microcontroller uses 3 s; 2 s here).</summary>
        public const long DeadManMs = 2000;

        private readonly ThermalPad _pad;
        private readonly ThermalPad _secondZone;
        private readonly SimulatedSensor _sensor;
        private readonly SimulatedSensor _secondSensor;
        private readonly SimulatedHeaterSense _sense;
        private readonly int _seed;
        private SimulatedElementSensor _element;
        private bool _lastChunkClosed;
        private readonly HeatPadCore _core;
        private readonly ButtonEventQueue _buttons = new ButtonEventQueue();
        private readonly Random _random;
        private double _duty;
        private bool _cutoffClosed;
        private bool _lastBeat;
        private long _lastBeatMs = long.MinValue / 2;

        /// <summary>
        /// Builds the run at power-on, with the default configuration or <paramref name="config"/>. <paramref name="secondZone"/>:
        /// when given, sensor 2 reads a zone of its own built from these parameters (<see cref="SecondZone"/>); otherwise both
        /// sensors read the one pad.
        /// </summary>
        public FaultRun(PadParameters pad, int seed, TherapyConfig config = null, PadParameters secondZone = null)
        {
            _pad = new ThermalPad(pad);
            _secondZone = secondZone == null ? null : new ThermalPad(secondZone);
            _sensor = new SimulatedSensor(pad, seed);
            _secondSensor = SimulatedSensor.Second(pad, seed);
            _sense = new SimulatedHeaterSense(seed);
            _core = new HeatPadCore(config ?? new TherapyConfig());
            _random = new Random(seed);
            _seed = seed;
            if (ElementSensorOption.Fitted)
            {
                FitElementSensor();
            }
        }

        /// <summary>The element sensor (null: not fitted, the default; the core then gets the five-argument step).</summary>
        public SimulatedElementSensor ElementSensor => _element;

        /// <summary>
        /// Test seam (review 19a): when set on a run with the element sensor fitted, the core gets this function of the
        /// simulated element reading instead of the reading itself (hostile element readings: noise, bursts, stuck values,
        /// a mis-bonded sensor). Null (the default): the simulated reading.
        /// </summary>
        public Func<SensorReading, SensorReading> ElementReadingFilter { get; set; }

        /// <summary>
        /// Fits the element sensor (<see cref="SimulatedElementSensor"/>, drawn from the run's seed) before the first tick, its
        /// calibration from <see cref="ElementSensorOption.Calibration"/>; no-op when fitted.
        /// </summary>
        public void FitElementSensor()
        {
            FitElementSensor(ElementSensorOption.Calibration);
        }

        /// <summary>As <see cref="FitElementSensor()"/>, the calibration from <paramref name="calibrationKind"/> (tests: no global switch).</summary>
        public void FitElementSensor(ElementCalibrationKind calibrationKind)
        {
            if (_element == null)
            {
                _element = ElementCalibrationSource.Fit(_core, calibrationKind, _pad.Parameters, _seed);
            }
        }

        /// <summary>
        /// As <see cref="FitElementSensor()"/>, with <paramref name="record"/> as the pad's calibration record (null: none) —
        /// a record made elsewhere, e.g. fitted from a simulated device fixture run's telemetry (tests, session 23: no global switch).
        /// </summary>
        public void FitElementSensor(ElementCalibration record)
        {
            if (_element == null)
            {
                _element = ElementCalibrationSource.Fit(_core, record, _pad.Parameters, _seed);
            }
        }

        /// <summary>The pad.</summary>
        public ThermalPad Pad => _pad;

        /// <summary>
        /// The zone sensor 2 reads when the pockets differ (null: the one pad). It gets the same duty, cut-off, supply and element
        /// faults as <see cref="Pad"/> (one heater under both pockets) and no heat from it (no lateral conduction: an upper bound
        /// on the spread between the pockets). The heater sense, dose and heat figures are the pad's.
        /// </summary>
        public ThermalPad SecondZone => _secondZone;

        /// <summary>Sensor 1.</summary>
        public SimulatedSensor Sensor => _sensor;

        /// <summary>Sensor 2 (its own lag, bias and noise: <see cref="SimulatedSensor.Second"/>).</summary>
        public SimulatedSensor SecondSensor => _secondSensor;

        /// <summary>The heater current and supply sense.</summary>
        public SimulatedHeaterSense Sense => _sense;

        /// <summary>The core.</summary>
        public HeatPadCore Core => _core;

        /// <summary>
        /// When true, sensor 2 reads sensor 1's reading less <see cref="MirrorOffsetC"/> (its own simulated reading is not
        /// used): one sensor's signal with a second DS18B20's offset. Not a copy — the core names one sensor read into both
        /// slots (sensors_identical) — and the fusion (the mean while the two are within 0.5 °C) sees sensor 1's reading less
        /// half the offset, the hotter (limit, dose) sensor 1's own. For the tests and cases written for the one-sensor
        /// witnesses; false (the default) gives sensor 2 its own reading.
        /// </summary>
        public bool SecondMirrorsFirst { get; set; }

        /// <summary>How far under sensor 1 a mirrored sensor 2 reads, °C (1/16: one DS18B20 LSB, within the datasheet's ±0.5 °C).</summary>
        public const double MirrorOffsetC = 0.0625;

        /// <summary>Seeded randomness of this run.</summary>
        public Random Random => _random;

        /// <summary>Simulated time, ms.</summary>
        public long NowMs { get; private set; }

        /// <summary>Last outputs.</summary>
        public CoreOutputs Last { get; private set; }

        /// <summary>True when heat could flow over the last step: cut-off effectively closed and power &gt; 0.</summary>
        public bool HeatFlowing { get; private set; }

        /// <summary>True when the cut-off was effectively closed over the last step.</summary>
        public bool CutoffEffectivelyClosed { get; private set; }

        /// <summary>Surface dose of the fitted burn threshold so far (no safety factor).</summary>
        public double SurfaceDose { get; private set; }

        /// <summary>Heat delivered so far, in seconds of the pad's rated power (energy / rated power).</summary>
        public double RatedHeatS { get; private set; }

        /// <summary>
        /// Advances the pad by <paramref name="dtMs"/> under the held outputs, then steps the core with <paramref name="reading"/>
        /// for BOTH sensors (a common cause: the pair reads the same, as one sensor did before session 5; sensor 2
        /// <see cref="MirrorOffsetC"/> lower, its own offset, since one reading in both slots is itself a fault), or each
        /// sensor's own reading when null, and the queued presses.
        /// </summary>
        public CoreOutputs Tick(long dtMs, SensorReading? reading, ButtonId press = ButtonId.None, bool isLong = false)
        {
            return TickPair(dtMs, reading, reading.HasValue ? Mirrored(reading.Value) : null, press, isLong);
        }

        /// <summary>
        /// As <see cref="Tick"/>, with each sensor's reading given on its own: <paramref name="first"/> for sensor 1,
        /// <paramref name="second"/> for sensor 2; null is that sensor's own simulated reading (sensor 2: sensor 1's
        /// reading of this tick less <see cref="MirrorOffsetC"/> when <see cref="SecondMirrorsFirst"/>).
        /// </summary>
        public CoreOutputs TickPair(long dtMs, SensorReading? first, SensorReading? second, ButtonId press = ButtonId.None, bool isLong = false)
        {
            // The dead-man opens the switch once the heartbeat has not toggled for DeadManMs.
            long stepStart = NowMs;
            long remaining = dtMs;
            while (remaining > 0)
            {
                long chunk = Math.Min(remaining, 500);
                long t = stepStart + (dtMs - remaining);
                bool closed = _cutoffClosed && (t - _lastBeatMs) <= DeadManMs;
                double dtS = chunk / 1000.0;
                CutoffEffectivelyClosed = closed;
                _lastChunkClosed = closed;
                double powerW = _pad.HeaterPowerW(_duty, closed);
                HeatFlowing = powerW > 0.0;
                RatedHeatS += powerW * dtS / _pad.Parameters.HeaterPowerW;
                _pad.Step(dtS, _duty, closed);
                _sensor.Advance(dtS, _pad.SurfaceC);
                _element?.Advance(dtS, _pad.CoreC, _pad.AmbientC);
                if (_secondZone != null)
                {
                    _secondZone.SupplyVoltageV = _pad.SupplyVoltageV;
                    _secondZone.HeaterOpen = _pad.HeaterOpen;
                    _secondZone.HeaterStuckOn = _pad.HeaterStuckOn;
                    _secondZone.Step(dtS, _duty, closed);
                }

                _secondSensor.Advance(dtS, (_secondZone ?? _pad).SurfaceC);
                SurfaceDose += BurnDose.Increment(_pad.SurfaceC, dtS);
                remaining -= chunk;
            }

            NowMs += dtMs;
            _buttons.Clear();
            if (press != ButtonId.None)
            {
                _buttons.Add(press, isLong);
            }

            SensorReading r = first ?? _sensor.Read(NowMs);
            SensorReading r2 = second ?? (SecondMirrorsFirst ? Mirrored(r) : _secondSensor.Read(NowMs));
            // The sense's RC filter (100 ms) sees the end of the interval: the last chunk's switch state.
            HeaterSenseReading senseReading = _sense.Read(_pad, _duty, _lastChunkClosed);
            CoreOutputs outputs = _element == null ? _core.Step(NowMs, r, r2, senseReading, _buttons) : _core.StepWithElement(NowMs, r, r2, ElementReadingFilter == null ? _element.Read() : ElementReadingFilter(_element.Read()), senseReading, _buttons);
            _duty = outputs.DutyFraction;
            _cutoffClosed = outputs.HeaterEnabled;
            if (outputs.CutoffHeartbeat != _lastBeat)
            {
                _lastBeatMs = NowMs;
            }

            _lastBeat = outputs.CutoffHeartbeat;
            Last = outputs;
            return outputs;
        }

        private static SensorReading Mirrored(SensorReading first)
        {
            return first.IsValid ? SensorReading.Valid(first.TemperatureC - MirrorOffsetC) : first;
        }

        /// <summary>Selects <paramref name="level"/> and starts a session of <paramref name="program"/> with one press per 1 s tick.</summary>
        public void Start(int level, TherapyProgram program = TherapyProgram.Heat)
        {
            Tick(1000, null);
            while (_core.Session.Program != program)
            {
                Tick(1000, null, ButtonId.Program);
            }

            while (_core.Session.Level != level)
            {
                Tick(1000, null, _core.Session.Level < level ? ButtonId.Up : ButtonId.Down);
            }

            Tick(1000, null, ButtonId.Power);
        }
    }
}
