using System;
using System.Device.Pwm;
using HeatPadFirmware.Core;
using nanoFramework.Hardware.Esp32;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// The heater's PWM output: an LEDC channel on the gate of the low-side logic-level MOSFET. Thin on
    /// purpose: it writes the duty the core decided, clamped by the core's own limits, and can be latched
    /// off from any thread so that nothing written later turns the heater back on.
    /// </summary>
    internal sealed class HeaterPwm
    {
        /// <summary>
        /// PWM frequency, 100 Hz. The pad's thermal time constants are minutes (heater-safety reference: core
        /// ≈ 120 J/K, cover ≈ 200 J/K), so anything above ~1 Hz averages perfectly and the frequency only
        /// matters electrically. Low is better there: the 3.3 V GPIO charges the MOSFET gate through 100 Ω in
        /// about a microsecond, so each edge dissipates ≈ ½·12 V·4.2 A·1 µs ≈ 25 µJ — 5 mW at 100 Hz against
        /// 50 mW at 1 kHz, both small next to the ≈ 0.35 W conduction loss, but fewer edges also means less
        /// interference on the 1-Wire and button lines in the same cable. 100 Hz is where ceramic capacitors
        /// and the element's leads, if they sing at all, are least audible (the ear is some 20 dB less sensitive
        /// there than at 1 kHz, ISO 226 equal-loudness contours), while each 5 ms pulse is far too short to
        /// ripple the element's temperature. LEDC gives 19-bit duty resolution at 100 Hz.
        /// </summary>
        public const int FrequencyHz = 100;

        private readonly PwmChannel _channel;
        private bool _lastWriteWasZero = true;

        // Written by the watchdog or the error path on another thread; read before and after each write.
        // `volatile` does not compile against nanoFramework's mscorlib (no IsVolatile type); none is needed:
        // the interpreter reads a field from the heap on every access and keeps nothing in registers.
        private bool _latchedOff;

        /// <summary>
        /// Maps <paramref name="pin"/> to <paramref name="function"/> and starts the channel at duty 0.
        /// </summary>
        /// <exception cref="InvalidOperationException">The pin could not be mapped to a PWM channel: the firmware must not run.</exception>
        public HeaterPwm(int pin, DeviceFunction function)
        {
            Configuration.SetPinFunction(pin, function);

            // The duty argument defaults to 0.5 (50 %): always pass 0.0 explicitly.
            _channel = PwmChannel.CreateFromPin(pin, FrequencyHz, 0.0);
            if (_channel == null)
            {
                throw new InvalidOperationException("heater pin " + pin.ToString() + " is not mapped to a PWM channel");
            }

            // Nothing is output before Start(); Start() applies the stored duty, which is 0.
            _channel.Start();
        }

        /// <summary>True once <see cref="ForceOff"/> was called: every later write is 0.</summary>
        public bool IsLatchedOff
        {
            get { return _latchedOff; }
        }

        /// <summary>The last duty written, 0..1.</summary>
        public double DutyFraction
        {
            get { return _channel.DutyCycle; }
        }

        /// <summary>Sets the heater duty, 0..1 (clamped by <see cref="HeaterDutyLimits"/>; NaN → 0).</summary>
        public void SetDuty(double dutyFraction)
        {
            double duty = _latchedOff ? 0.0 : HeaterDutyLimits.Clamp(dutyFraction);
            Write(duty);

            if (_latchedOff && duty > 0.0)
            {
                // ForceOff ran on another thread between the check and the write: undo the write.
                Write(0.0);
            }
        }

        /// <summary>Duty 0 now and for good (until reboot). Takes no lock, so a stuck main loop cannot block it.</summary>
        public void ForceOff()
        {
            _latchedOff = true;
            _channel.DutyCycle = 0.0;
            _lastWriteWasZero = true;
        }

        private void Write(double duty)
        {
            _channel.DutyCycle = duty;

            // The ESP32 native driver only stores a new duty, without applying it, when the stored one is 0
            // (nf-interpreter, targets/ESP32/_nanoCLR/System.Device.Pwm, NativeSetActiveDutyCyclePercentage):
            // the first non-zero duty after a zero must be written twice to reach the pin. Writing 0 always applies.
            if (_lastWriteWasZero && duty > 0.0)
            {
                _channel.DutyCycle = duty;
            }

            _lastWriteWasZero = !(duty > 0.0);
        }
    }
}
