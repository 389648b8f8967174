using HeatPadFirmware.Core;

namespace HeatPadFirmware.Tests.Core
{
    /// <summary>
    /// Drives a <see cref="HeatPadCore"/> tick by tick with a fake clock, as the device loop does. The heater
    /// sense follows a sound 60 W element at 12 V: duty·<see cref="FullCurrentA"/> over the last interval with the
    /// cut-off closed, the full current with <see cref="SwitchShorted"/>, or <see cref="SenseOverride"/> when set.
    /// </summary>
    internal sealed class CoreDriver
    {
        private readonly ButtonEventQueue _buttons = new ButtonEventQueue();

        public CoreDriver(TherapyConfig? config = null)
        {
            Core = new HeatPadCore(config ?? new TherapyConfig());
        }

        public HeatPadCore Core { get; }

        /// <summary>Full-on current of the driver's element, A (60 W at 12 V).</summary>
        public const double FullCurrentA = 5.0;

        /// <summary>Supply of the driver's element, V.</summary>
        public const double SupplyV = 12.0;

        /// <summary>The heater switch conducts whatever the duty (only the cut-off stops the current).</summary>
        public bool SwitchShorted { get; set; }

        /// <summary>The element is open: no current ever flows.</summary>
        public bool ElementOpen { get; set; }

        /// <summary>When set, the sense reading handed to the core instead of the element's.</summary>
        public HeaterSenseReading? SenseOverride { get; set; }

        /// <summary>The sense reading handed to the core on the last tick.</summary>
        public HeaterSenseReading LastSense { get; private set; }

        /// <summary>Sensor 2 answers nothing (invalid every tick) while set.</summary>
        public bool SecondSensorMissing { get; set; }

        /// <summary>
        /// Sensor 2 reads this much above sensor 1, °C: by default −1/16 °C, a second DS18B20's own offset (well within the
        /// datasheet's ±0.5 °C), so the hotter reading — the limit's, the dose's — is sensor 1's as given. 0 makes the two
        /// bit-identical: one sensor read twice, which the core names once the pad moves under heat (sensors_identical).
        /// </summary>
        public double SecondOffsetC { get; set; } = DefaultSecondOffsetC;

        /// <summary>Sensor 2's default offset from sensor 1, °C (−1/16: one DS18B20 LSB).</summary>
        public const double DefaultSecondOffsetC = -0.0625;

        public long NowMs { get; private set; }

        public CoreOutputs Last { get; private set; }

        public CoreOutputs Tick(double? temperatureC, ButtonId press = ButtonId.None, bool isLong = false, long stepMs = 1000)
        {
            NowMs += stepMs;
            _buttons.Clear();
            if (press != ButtonId.None)
            {
                _buttons.Add(press, isLong);
            }

            SensorReading reading = temperatureC.HasValue ? SensorReading.Valid(temperatureC.Value) : SensorReading.Invalid;
            double currentA = ElementOpen || !Last.HeaterEnabled ? 0.0 : (SwitchShorted ? FullCurrentA : Last.DutyFraction * FullCurrentA);
            LastSense = SenseOverride ?? HeaterSenseReading.Valid(currentA, SupplyV);
            SensorReading second = SecondSensorMissing || !temperatureC.HasValue ? SensorReading.Invalid : SensorReading.Valid(temperatureC.Value + SecondOffsetC);
            Last = Core.Step(NowMs, reading, second, LastSense, _buttons);
            return Last;
        }

        public CoreOutputs Press(ButtonId button, double temperatureC = 30.0, bool isLong = false)
        {
            return Tick(temperatureC, button, isLong);
        }

        /// <summary>
        /// Ticks every second for <paramref name="seconds"/> at a steady reading; returns the last outputs.
        /// The reading flickers by one DS18B20 LSB (1/16 °C) every other tick, as a real sensor's does: a
        /// reading frozen bit-for-bit while the heater works is a fault the supervisor latches.
        /// </summary>
        public CoreOutputs Hold(double? temperatureC, int seconds)
        {
            for (int i = 0; i < seconds; i++)
            {
                Tick(temperatureC.HasValue && (i % 2 == 1) ? temperatureC.Value + 0.0625 : temperatureC);
            }

            return Last;
        }
    }
}
