using System;
using System.Device.Pwm;
using HeatPadFirmware.Core;
using nanoFramework.Hardware.Esp32;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// A passive piezo on its own LEDC timer, playing one tone pattern per <see cref="BuzzerCue"/> without
    /// blocking: the main loop starts a pattern with <see cref="Play"/>, the UI thread steps it with
    /// <see cref="Update"/>. A new cue replaces the one playing, except that nothing interrupts the fault alarm.
    /// <para>The fault cue is documented as "a repeating alarm until acknowledged": while
    /// <see cref="SetAlarm"/> says a fault is latched, the fault pattern is played again every
    /// <see cref="AlarmRepeatMs"/>; the user acknowledges by clearing the fault (long press of power).</para>
    /// </summary>
    internal sealed class Buzzer
    {
        /// <summary>Repeat period of the fault alarm, 30 s: insistent enough to wake a dozing user, not a constant siren.</summary>
        public const int AlarmRepeatMs = 30000;

        /// <summary>Tone duty: a square wave drives a piezo hardest.</summary>
        private const double ToneDuty = 0.5;

        /// <summary>Frequency the channel is created at: the piezo's 4 kHz resonance (loudest).</summary>
        private const int ResonanceHz = 4000;

        // Patterns as (frequency Hz, duration ms) pairs; frequency 0 is silence. Frequencies stay in
        // 1–4 kHz, where a small piezo is loud; the rhythms differ so a user lying down can tell them apart.
        private static readonly int[] ClickPattern = { 4000, 30 };
        private static readonly int[] SessionStartPattern = { 2000, 80, 2700, 80, 3400, 80, 4000, 200 };
        private static readonly int[] ApplyColdPackPattern = { 3000, 120, 0, 80, 3000, 120, 0, 400, 3000, 120, 0, 80, 3000, 120 };
        private static readonly int[] RemoveColdPackPattern = { 3500, 100, 0, 100, 3500, 100, 0, 100, 3500, 100 };
        private static readonly int[] SessionEndPattern = { 4000, 200, 3400, 80, 2700, 80, 2000, 250 };
        private static readonly int[] FaultPattern = { 4000, 250, 2500, 250, 4000, 250, 2500, 250, 4000, 250, 2500, 250 };
        private static readonly int[] RefusedPattern = { 1000, 300 };

        private readonly object _lock = new object();
        private readonly PwmChannel _channel;
        private int[] _pattern;
        private int _step;
        private long _stepEndsAtMs;
        private bool _startRequested;
        private bool _alarmActive;
        private long _lastAlarmStartMs;

        /// <summary>Maps <paramref name="pin"/> to <paramref name="function"/> and starts the channel silent.</summary>
        /// <exception cref="InvalidOperationException">The pin could not be mapped to a PWM channel.</exception>
        public Buzzer(int pin, DeviceFunction function)
        {
            Configuration.SetPinFunction(pin, function);
            _channel = PwmChannel.CreateFromPin(pin, ResonanceHz, 0.0);
            if (_channel == null)
            {
                throw new InvalidOperationException("buzzer pin " + pin.ToString() + " is not mapped to a PWM channel");
            }

            _channel.Start();
        }

        /// <summary>Starts the pattern of <paramref name="cue"/> (None does nothing).</summary>
        public void Play(BuzzerCue cue)
        {
            int[] pattern = PatternOf(cue);
            if (pattern == null)
            {
                return;
            }

            lock (_lock)
            {
                if (_pattern == FaultPattern && pattern != FaultPattern)
                {
                    return;
                }

                _pattern = pattern;
                _startRequested = true;
            }
        }

        /// <summary>Whether a fault is latched (the alarm repeats while true).</summary>
        public void SetAlarm(bool active, long nowMs)
        {
            lock (_lock)
            {
                if (active && !_alarmActive)
                {
                    _lastAlarmStartMs = nowMs;
                }

                _alarmActive = active;
            }
        }

        /// <summary>Steps the current pattern at <paramref name="nowMs"/>; call every few tens of milliseconds.</summary>
        public void Update(long nowMs)
        {
            int frequencyHz = -1;
            lock (_lock)
            {
                if (_alarmActive && _pattern == null && nowMs - _lastAlarmStartMs >= AlarmRepeatMs)
                {
                    _pattern = FaultPattern;
                    _startRequested = true;
                }

                if (_startRequested)
                {
                    _startRequested = false;
                    _step = 0;
                    _stepEndsAtMs = nowMs + _pattern[1];
                    frequencyHz = _pattern[0];
                    if (_pattern == FaultPattern)
                    {
                        _lastAlarmStartMs = nowMs;
                    }
                }
                else if (_pattern != null && nowMs >= _stepEndsAtMs)
                {
                    _step += 2;
                    if (_step >= _pattern.Length)
                    {
                        _pattern = null;
                        frequencyHz = 0;
                    }
                    else
                    {
                        _stepEndsAtMs = nowMs + _pattern[_step + 1];
                        frequencyHz = _pattern[_step];
                    }
                }
            }

            if (frequencyHz >= 0)
            {
                Sound(frequencyHz);
            }
        }

        /// <summary>Silences the buzzer now.</summary>
        public void Silence()
        {
            lock (_lock)
            {
                _pattern = null;
                _startRequested = false;
            }

            Sound(0);
        }

        private void Sound(int frequencyHz)
        {
            if (frequencyHz <= 0)
            {
                _channel.DutyCycle = 0.0;
                return;
            }

            // Silence is duty 0, never Stop(): the ESP32 native driver's "started" flag is shared by all channels,
            // and a Stop() here would leave the heater's later duty writes stored but not applied (see HeaterPwm).
            _channel.Frequency = frequencyHz;
            _channel.DutyCycle = ToneDuty;
        }

        private static int[] PatternOf(BuzzerCue cue)
        {
            switch (cue)
            {
                case BuzzerCue.Click:
                    return ClickPattern;
                case BuzzerCue.SessionStart:
                    return SessionStartPattern;
                case BuzzerCue.ApplyColdPack:
                    return ApplyColdPackPattern;
                case BuzzerCue.RemoveColdPack:
                    return RemoveColdPackPattern;
                case BuzzerCue.SessionEnd:
                    return SessionEndPattern;
                case BuzzerCue.Fault:
                    return FaultPattern;
                case BuzzerCue.Refused:
                    return RefusedPattern;
                default:
                    return null;
            }
        }
    }
}
