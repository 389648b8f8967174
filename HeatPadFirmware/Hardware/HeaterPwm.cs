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
        /// PWM frequency, 200 Hz. The pad's thermal time constants are minutes (heater-safety reference: core
        /// ≈ 120 J/K, cover ≈ 200 J/K), so anything above ~1 Hz averages perfectly and the frequency only matters
        /// electrically and to nanoFramework's driver.
        /// <para>Not lower than 152 Hz: the ESP32 native PWM (nf-interpreter, targets/ESP32/_nanoCLR/System.Device.Pwm,
        /// GetOptimumResolution and CalculateDuty) picks the highest LEDC resolution r &lt; 20 bits with
        /// 80 MHz / (f · 2^r) &gt; 1 and computes the compare value as 2^r × (duty × 10000) / 10000 in 32-bit unsigned
        /// arithmetic. Up to 151 Hz r is 19 and the product wraps for every duty ≥ 0.8192: at 100 Hz a duty of 1.0
        /// drives 18 %, and the current witness would learn an element 5.5 times too resistive. From 152 Hz to 303 Hz
        /// r is 18 and 2^18 × 10000 stays below 2^32, so every duty 0..1 reaches the pin as written (a host test
        /// repeats the driver's arithmetic for this frequency and the buzzer's).</para>
        /// <para>Low otherwise: the 3.3 V GPIO charges the MOSFET gate through 100 Ω in about a microsecond, so each
        /// edge dissipates ≈ ½·12 V·4.2 A·1 µs ≈ 25 µJ — 10 mW at 200 Hz, small next to the ≈ 0.35 W conduction loss —
        /// and fewer edges mean less interference on the 1-Wire and button lines in the same cable. If capacitors or
        /// the element's leads sing at all, the ear is some 10 dB less sensitive at 200 Hz than at 1 kHz (ISO 226
        /// equal-loudness contours). The sense filter's 100 ms (R27, C13) spans 20 periods, leaving ≈ 1.25 % ripple
        /// (T/4τ at half duty). LEDC gives 18-bit duty resolution here.</para>
        /// </summary>
        public const int FrequencyHz = 200;

        private readonly PwmChannel _channel;

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

            // Nothing is output before Start(); Start() applies the stored duty, which is 0. Never call Stop() on
            // this or any other PwmChannel: the ESP32 native driver keeps one "started" flag for all channels, and
            // after any Stop() a duty write (ForceOff's 0 included) is only stored, not applied, until a Start().
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
        }

        private void Write(double duty)
        {
            // Applied at once (ledc_set_duty + ledc_update_duty) while the channel runs: nf-interpreter,
            // targets/ESP32/_nanoCLR/System.Device.Pwm, NativeSetActiveDutyCyclePercentage.
            _channel.DutyCycle = duty;
        }
    }
}
