using HeatPadFirmware.Core;

namespace HeatPadFirmware.Tests.Core
{
    /// <summary>Drives a <see cref="HeatPadCore"/> tick by tick with a fake clock, as the device loop does.</summary>
    internal sealed class CoreDriver
    {
        private readonly ButtonEventQueue _buttons = new ButtonEventQueue();

        public CoreDriver(TherapyConfig? config = null)
        {
            Core = new HeatPadCore(config ?? new TherapyConfig());
        }

        public HeatPadCore Core { get; }

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
            Last = Core.Step(NowMs, reading, _buttons);
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
