using System.Device.Gpio;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// The heartbeat line of the independent series cut-off. The board holds the high-side switch closed only
    /// while a retriggerable monostable keeps seeing rising edges on this line (hardware/README.md, "Safety
    /// chain"), so a frozen ESP32, a stuck pin or a pin left high opens it within ≈ 3 s. This class only copies
    /// the core's heartbeat level to the pin; the toggling itself is <c>Supervisor.NextHeartbeat</c>.
    /// </summary>
    internal sealed class CutoffSwitch
    {
        private readonly GpioPin _pin;

        // Written by the watchdog or the error path on another thread (not `volatile`: see HeaterPwm).
        private bool _latchedOpen;

        /// <summary>Opens <paramref name="pin"/> as an output driven low (cut-off open) at once.</summary>
        public CutoffSwitch(GpioController controller, int pin)
        {
            _pin = controller.OpenPin(pin, PinMode.Output);
            _pin.Write(PinValue.Low);
        }

        /// <summary>True once <see cref="ForceOpen"/> was called.</summary>
        public bool IsLatchedOpen
        {
            get { return _latchedOpen; }
        }

        /// <summary>
        /// Drives the heartbeat level: <paramref name="heartbeat"/> while <paramref name="enabled"/>, low
        /// otherwise (the core already holds its heartbeat low when disabled; this repeats it at the pin).
        /// </summary>
        public void Apply(bool enabled, bool heartbeat)
        {
            bool high = enabled && heartbeat && !_latchedOpen;
            _pin.Write(high ? PinValue.High : PinValue.Low);

            if (high && _latchedOpen)
            {
                _pin.Write(PinValue.Low);
            }
        }

        /// <summary>Holds the line low from now on (until reboot): the monostable times out and the cut-off opens.</summary>
        public void ForceOpen()
        {
            _latchedOpen = true;
            _pin.Write(PinValue.Low);
        }
    }
}
