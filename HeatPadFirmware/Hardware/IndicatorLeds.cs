using System.Device.Gpio;
using HeatPadFirmware.Core;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// The LEDs: five level LEDs, heat (red), cool (blue), fault (amber), all active high. The main loop hands
    /// over each tick's <see cref="CoreOutputs"/> with <see cref="Show"/>; a faster UI thread calls
    /// <see cref="Update"/> to run the blink patterns, which need finer timing than the 1 s tick.
    /// <para>Patterns: the fault LED blinks the fault code (<see cref="CoreOutputs.FaultBlinkCount"/> blinks of
    /// 250 ms on / 250 ms off, then a 1.5 s pause) so a user can read the code without a display; the heat
    /// LED blinks slowly (0.5 s every 2 s) while <see cref="CoreOutputs.PadHot"/> says the pad is still hot
    /// after heating; the latched safe state blinks the fault LED fast (5 Hz) and shows nothing else.</para>
    /// </summary>
    internal sealed class IndicatorLeds
    {
        private const int CodeBlinkOnMs = 250;
        private const int CodeBlinkPeriodMs = 500;
        private const int CodePauseMs = 1500;
        private const int PadHotPeriodMs = 2000;
        private const int PadHotOnMs = 500;
        private const int SafeStatePeriodMs = 200;

        private readonly object _lock = new object();
        private readonly GpioPin[] _levelLeds;
        private readonly GpioPin _heatLed;
        private readonly GpioPin _coolLed;
        private readonly GpioPin _faultLed;
        private readonly bool[] _levelWritten;
        private bool _heatWritten;
        private bool _coolWritten;
        private bool _faultWritten;

        private int _levelLedCount;
        private bool _heatOn;
        private bool _coolOn;
        private bool _padHot;
        private int _faultBlinkCount;
        private bool _safeState;

        /// <summary>Opens every LED pin as an output, all off.</summary>
        public IndicatorLeds(GpioController controller, int[] levelPins, int heatPin, int coolPin, int faultPin)
        {
            _levelLeds = new GpioPin[levelPins.Length];
            _levelWritten = new bool[levelPins.Length];
            for (int i = 0; i < levelPins.Length; i++)
            {
                _levelLeds[i] = OpenOff(controller, levelPins[i]);
            }

            _heatLed = OpenOff(controller, heatPin);
            _coolLed = OpenOff(controller, coolPin);
            _faultLed = OpenOff(controller, faultPin);
        }

        /// <summary>Takes this tick's indicator state from the core.</summary>
        public void Show(CoreOutputs outputs)
        {
            lock (_lock)
            {
                _levelLedCount = outputs.LevelLedCount;
                _heatOn = outputs.HeatLedOn;
                _coolOn = outputs.CoolLedOn;
                _padHot = outputs.PadHot;
                _faultBlinkCount = outputs.FaultBlinkCount;
            }
        }

        /// <summary>Shows the latched safe state from now on (until reboot).</summary>
        public void ShowSafeState()
        {
            lock (_lock)
            {
                _safeState = true;
            }
        }

        /// <summary>Drives the pins for <paramref name="nowMs"/>; call every few tens of milliseconds.</summary>
        public void Update(long nowMs)
        {
            int levelCount;
            bool heat;
            bool cool;
            bool fault;
            lock (_lock)
            {
                if (_safeState)
                {
                    levelCount = 0;
                    heat = false;
                    cool = false;
                    fault = (nowMs % SafeStatePeriodMs) < (SafeStatePeriodMs / 2);
                }
                else
                {
                    levelCount = _levelLedCount;
                    heat = _heatOn || (_padHot && (nowMs % PadHotPeriodMs) < PadHotOnMs);
                    cool = _coolOn;
                    fault = FaultLedOn(_faultBlinkCount, nowMs);
                }
            }

            for (int i = 0; i < _levelLeds.Length; i++)
            {
                _levelWritten[i] = Drive(_levelLeds[i], i < levelCount, _levelWritten[i]);
            }

            _heatWritten = Drive(_heatLed, heat, _heatWritten);
            _coolWritten = Drive(_coolLed, cool, _coolWritten);
            _faultWritten = Drive(_faultLed, fault, _faultWritten);
        }

        private static bool FaultLedOn(int blinkCount, long nowMs)
        {
            if (blinkCount <= 0)
            {
                return false;
            }

            long cycleMs = (blinkCount * (long)CodeBlinkPeriodMs) + CodePauseMs;
            long inCycleMs = nowMs % cycleMs;
            if (inCycleMs >= blinkCount * (long)CodeBlinkPeriodMs)
            {
                return false;
            }

            return (inCycleMs % CodeBlinkPeriodMs) < CodeBlinkOnMs;
        }

        private static GpioPin OpenOff(GpioController controller, int pinNumber)
        {
            GpioPin pin = controller.OpenPin(pinNumber, PinMode.Output);
            pin.Write(PinValue.Low);
            return pin;
        }

        /// <summary>Writes the pin only when its level changes; returns the level now on the pin.</summary>
        private static bool Drive(GpioPin pin, bool on, bool written)
        {
            if (on != written)
            {
                pin.Write(on ? PinValue.High : PinValue.Low);
            }

            return on;
        }
    }
}
