namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Power-on self-test (in the spirit of IEC 60730-1 Annex H class B: test your own logic before you
    /// act). Runs a fixed scenario through the real <see cref="HeatPadCore.Step"/> — a heat-up, a hold, a
    /// level change, a cool-down and the supervisor's trips (over-temperature, sensor lost, the two
    /// sensors disagreeing, heater stuck on) — and folds what the core answered into a
    /// 32-bit signature that must equal <see cref="ExpectedSignature"/>, computed on the PC by the same
    /// code. A different runtime (the nanoFramework interpreter, its floating point, its metadata
    /// processor) that computes anything differently fails here, before the cut-off may ever close.
    /// <para>The readings are generated in whole 1/16 °C steps (the DS18B20's resolution) so only the
    /// firmware's own arithmetic is compared. Duties enter the signature rounded to 1e-4.</para>
    /// <para>Every instance is its own: no static state, nothing left behind for the real session.</para>
    /// </summary>
    public static class SelfTest
    {
        /// <summary>
        /// Signature of the scenario as computed on the PC. A host test fails when it is stale: every change
        /// of behaviour updates it in the same commit, consciously.
        /// </summary>
        public const uint ExpectedSignature = 0x821FA947;

        /// <summary>Duty resolution folded into the signature (1e-4 of full power).</summary>
        private const double DutyScale = 10000.0;

        private const uint FnvOffset = 2166136261;
        private const uint FnvPrime = 16777619;

        /// <summary>Runs the self-test with the default configuration. True = passed.</summary>
        public static bool Run()
        {
            return ComputeSignature(new TherapyConfig()) == ExpectedSignature;
        }

        /// <summary>
        /// Runs the scenario on a fresh core built with <paramref name="config"/> and returns the signature
        /// of everything it answered (FNV-1a, 32 bit).
        /// </summary>
        public static uint ComputeSignature(TherapyConfig config)
        {
            uint faultsSeen;
            return ComputeSignature(config, out faultsSeen);
        }

        /// <summary>
        /// As <see cref="ComputeSignature(TherapyConfig)"/>, and tells which faults the scenario latched on the way:
        /// bit <c>1 &lt;&lt; (int)code</c> of <paramref name="faultsSeen"/> for each <see cref="FaultCode"/> seen, so
        /// a host test can prove the scenario still exercises the trips its comments promise.
        /// </summary>
        public static uint ComputeSignature(TherapyConfig config, out uint faultsSeen)
        {
            var run = new Scenario(config);

            // Heat-up at level 2: power on, then the reading climbs 1/16 °C per second from 24 °C to 39.5 °C.
            run.Hold(24.0, 5);
            run.Press(ButtonId.Power, false, 24.0);
            run.Ramp(24.0, 39.5);

            // Hold around the 40 °C setpoint, then a level change to 3 (41.5 °C) and a hold there.
            run.Hold(39.9375, 120);
            run.Press(ButtonId.Up, false, 40.0);
            run.Ramp(40.0, 41.5);
            run.Hold(41.5, 60);

            // Invalid reads shorter than the limit: no fault, no heat on those ticks.
            run.TickInvalid();
            run.TickInvalid();
            run.Hold(41.5, 5);

            // Stop, cool-down to 37 °C.
            run.Press(ButtonId.Power, false, 41.5);
            run.Ramp(41.5, 37.0);

            // Over-temperature while off (cut-off open): latched; refused while hot; cleared once cool.
            run.Ramp(37.0, 47.0);
            run.Press(ButtonId.Power, true, 45.0);
            run.Ramp(45.0, 39.0);
            run.Press(ButtonId.Power, true, 39.0);

            // Sensor lost while heating: four invalid reads latch it; cleared once valid and cool.
            run.Press(ButtonId.Power, false, 39.0);
            run.Hold(39.0, 4);
            for (int i = 0; i < SafetyLimits.SensorLostConsecutiveReads; i++)
            {
                run.TickInvalid();
            }

            run.Hold(39.0, 4);
            run.Press(ButtonId.Power, true, 39.0);

            // Sensor 2 slides off the pad while heating: it reads 12 °C under sensor 1 from then on. The fusion heats on
            // sensor 1 (the hotter), the agreement check latches sensors_disagree after its heat-start grace and a minute
            // over its allowance; cleared once both read valid and cool.
            run.Press(ButtonId.Power, false, 39.0);
            run.Hold(39.0, 4);
            run.SetSecondSensorOffset(-12.0);
            run.Hold(39.0, 320);
            run.SetSecondSensorOffset(Scenario.SecondSensorOffsetC);
            run.Hold(39.0, 2);
            run.Press(ButtonId.Power, true, 39.0);

            // Programs cycle while off; a hot-cold session starts at level 3.
            run.Press(ButtonId.Program, false, 39.0);
            run.Press(ButtonId.Power, false, 39.0);
            run.Hold(39.0, 10);

            // Heater stuck on: the switch shorts, so full current flows whatever the duty; the current witness
            // sees more current than the hold duty explains (its partial-duty check, then a confirming tick at
            // duty 0) and latches it for good: the long press that follows must not clear it. Last, because only
            // a power cycle ends it. (The heat-up above also runs into the witness's probe: one tick at duty 0
            // after 120 s of saturated duty.)
            run.ShortHeaterSwitch();
            run.Ramp(39.0, 46.0);
            run.Press(ButtonId.Power, true, 46.0);
            run.Hold(46.0, 5);

            faultsSeen = run.FaultsSeen;
            return run.Signature;
        }

        /// <summary>
        /// One self-test run: its own core, its own button queue, its own clock, and a heater of
        /// <see cref="FullCurrentA"/> at <see cref="SupplyV"/> whose current follows the last duty the core applied.
        /// </summary>
        private sealed class Scenario
        {
            /// <summary>Supply of the scenario's heater, 12 V.</summary>
            private const double SupplyV = 12.0;

            /// <summary>Full-on current of the scenario's heater, 5 A (60 W, 2.4 Ω at 12 V).</summary>
            private const double FullCurrentA = 5.0;

            /// <summary>
            /// Sensor 2's own offset from sensor 1, −3/16 °C (three LSBs, within the DS18B20's ±0.5 °C): two sensors on one pad do
            /// not read bit for bit alike, and one reading in both slots while the pad warms is the fault
            /// <see cref="FaultCode.SensorsIdentical"/>. Not one LSB: the scenario's heat-up climbs one LSB a tick, so sensor 1 less
            /// 1/16 °C would be sensor 1's reading of the tick before, a stale copy (session 6).
            /// </summary>
            public const double SecondSensorOffsetC = -0.1875;

            private readonly HeatPadCore _core;
            private readonly ButtonEventQueue _buttons = new ButtonEventQueue();
            private long _nowMs;
            private double _lastDutyFraction;
            private bool _lastHeaterEnabled;
            private bool _switchShorted;
            private double _secondOffsetC = SecondSensorOffsetC;
            private uint _hash = FnvOffset;
            private uint _faultsSeen;

            public Scenario(TherapyConfig config)
            {
                _core = new HeatPadCore(config);
            }

            public uint Signature
            {
                get { return _hash; }
            }

            public uint FaultsSeen
            {
                get { return _faultsSeen; }
            }

            /// <summary>Sensor 2 reads this much above sensor 1 from the next tick on, °C (0: one sensor read twice).</summary>
            public void SetSecondSensorOffset(double offsetC)
            {
                _secondOffsetC = offsetC;
            }

            /// <summary>From now on the heater switch conducts whatever the duty (only the cut-off stops the current).</summary>
            public void ShortHeaterSwitch()
            {
                _switchShorted = true;
            }

            public void Tick(double temperatureC, bool valid)
            {
                _nowMs += 1000;
                double currentA = !_lastHeaterEnabled ? 0.0 : (_switchShorted ? FullCurrentA : _lastDutyFraction * FullCurrentA);
                SensorReading reading = valid ? SensorReading.Valid(temperatureC) : SensorReading.Invalid;
                SensorReading second = valid ? SensorReading.Valid(temperatureC + _secondOffsetC) : SensorReading.Invalid;
                CoreOutputs outputs = _core.Step(_nowMs, reading, second, HeaterSenseReading.Valid(currentA, SupplyV), _buttons);
                _buttons.Clear();
                _lastDutyFraction = outputs.DutyFraction;
                _lastHeaterEnabled = outputs.HeaterEnabled;
                Fold((int)((outputs.DutyFraction * DutyScale) + 0.5));
                Fold(outputs.HeaterEnabled ? 1 : 0);
                Fold((int)outputs.Phase);
                Fold((int)outputs.Fault);
                _faultsSeen |= 1u << ((int)outputs.Fault & 31);
                Fold(outputs.Level);
                Fold((int)outputs.Cue);
                Fold(outputs.HasSetpoint ? (int)((outputs.SetpointC * 16.0) + 0.5) : -1);
            }

            public void TickInvalid()
            {
                Tick(0.0, false);
            }

            /// <summary>Holds near <paramref name="temperatureC"/>, dithering by one LSB as a real sensor does (a bit-for-bit frozen reading is a fault).</summary>
            public void Hold(double temperatureC, int ticks)
            {
                for (int i = 0; i < ticks; i++)
                {
                    Tick((i & 1) == 0 ? temperatureC : temperatureC + 0.0625, true);
                }
            }

            public void Press(ButtonId button, bool isLong, double temperatureC)
            {
                _buttons.Add(button, isLong);
                Tick(temperatureC, true);
            }

            /// <summary>One tick per 1/16 °C from <paramref name="fromC"/> to <paramref name="toC"/> (both multiples of 1/16).</summary>
            public void Ramp(double fromC, double toC)
            {
                int from = (int)(fromC * 16.0);
                int to = (int)(toC * 16.0);
                int step = to >= from ? 1 : -1;
                for (int sixteenths = from; sixteenths != to + step; sixteenths += step)
                {
                    Tick(sixteenths / 16.0, true);
                }
            }

            private void Fold(int value)
            {
                for (int shift = 0; shift < 32; shift += 8)
                {
                    _hash ^= (uint)((value >> shift) & 0xFF);
                    _hash *= FnvPrime;
                }
            }
        }
    }
}
