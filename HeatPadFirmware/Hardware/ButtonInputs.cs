using System;
using System.Device.Gpio;
using HeatPadFirmware.Core;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// The four buttons (active low). Each GPIO change is stamped with <see cref="DeviceClock"/> in the
    /// event handler (which runs on nanoFramework's event-dispatch thread, not in an interrupt) and put in a
    /// small lock-protected ring; the main loop drains the ring into the core's
    /// <see cref="ButtonPressDecoder"/> once per tick, which decides what a press is.
    /// <para>The native <see cref="GpioPin.DebounceTimeout"/> (20 ms) swallows contact-bounce bursts so they
    /// do not flood the event queue; it is shorter than the decoder's 30 ms so the decoder's rule is the one
    /// that decides. A button already held at boot produces nothing until it is released and pressed again
    /// (its first event is a release, which the decoder ignores as a repeated level).</para>
    /// <para>Edges can be lost (the GPIO driver's debounce window, a full ring): once per drain each pin's raw level
    /// is compared with the level last handed to the decoder, and <see cref="ButtonLevelResync"/> hands over a
    /// level that has disagreed on two drains in a row, so a lost release cannot turn a short press into a long one.
    /// <see cref="DiscardPending"/> drops what was pressed before the loop could answer (boot).</para>
    /// </summary>
    internal sealed class ButtonInputs
    {
        /// <summary>Native debounce per pin.</summary>
        private const int NativeDebounceMs = 20;

        /// <summary>Ring size: a second's worth of edges for four buttons with room for chatter.</summary>
        private const int Capacity = 32;

        private readonly object _lock = new object();
        private readonly int[] _pins;
        private readonly ButtonId[] _ids;
        private readonly GpioPin[] _gpioPins;

        // Touched only by the main loop (DrainInto, DiscardPending), never by the event thread.
        private readonly ButtonLevelResync _resync;

        private readonly ButtonId[] _ringButtons = new ButtonId[Capacity];
        private readonly bool[] _ringPressed = new bool[Capacity];
        private readonly long[] _ringAtMs = new long[Capacity];
        private int _head;
        private int _count;
        private int _overflowCount;

        // Copies taken under the lock and fed to the decoder outside it.
        private readonly ButtonId[] _drainButtons = new ButtonId[Capacity];
        private readonly bool[] _drainPressed = new bool[Capacity];
        private readonly long[] _drainAtMs = new long[Capacity];

        /// <summary>
        /// Opens <paramref name="pins"/> as inputs, <paramref name="ids"/>[i] being the button on pins[i].
        /// Input-only pins (34–39) rely on the board's external pull-ups; other pins also get the internal one.
        /// </summary>
        public ButtonInputs(GpioController controller, int[] pins, ButtonId[] ids)
        {
            if (pins == null || ids == null || pins.Length != ids.Length)
            {
                throw new ArgumentException("one button id per pin");
            }

            _pins = pins;
            _ids = ids;
            _gpioPins = new GpioPin[pins.Length];
            _resync = new ButtonLevelResync(pins.Length);
            for (int i = 0; i < pins.Length; i++)
            {
                PinMode mode = BoardPins.IsInputOnly(pins[i]) ? PinMode.Input : PinMode.InputPullUp;
                GpioPin pin = controller.OpenPin(pins[i], mode);
                pin.DebounceTimeout = TimeSpan.FromMilliseconds(NativeDebounceMs);
                pin.ValueChanged += OnValueChanged;
                _gpioPins[i] = pin;

                // A button held at boot is taken as known: it produces nothing until released and pressed again.
                _resync.NoteLevel(i, IsPressed(pin));
            }
        }

        /// <summary>Edges lost because the ring was full (chatter faster than the tick can drain).</summary>
        public int OverflowCount
        {
            get { return _overflowCount; }
        }

        /// <summary>Edges handed to the decoder from the raw levels because the event path had lost them (0 normally).</summary>
        public int ResyncCount
        {
            get { return _resync.ResyncCount; }
        }

        /// <summary>
        /// The buttons held down now, as one set: every pin's raw level read in one pass (microseconds apart, no debounce),
        /// <see cref="TagGesture.BitOf"/> per held button (0 when none). For the power-on tag gestures only, read before the
        /// loop starts; the core judges the set over time (<see cref="TagGestureHold"/>).
        /// </summary>
        public int HeldSet()
        {
            int held = 0;
            for (int i = 0; i < _gpioPins.Length; i++)
            {
                if (IsPressed(_gpioPins[i]))
                {
                    held |= TagGesture.BitOf(_ids[i]);
                }
            }

            return held;
        }

        /// <summary>
        /// Forgets every edge recorded so far and takes each button's present level as known. Called once, just before
        /// the control loop starts: presses made during boot (the sense's zero, the self-test), while nothing lit up or
        /// answered, would otherwise all reach the core at its first tick, and an odd number of power presses would
        /// start a session nobody saw start.
        /// </summary>
        public void DiscardPending()
        {
            lock (_lock)
            {
                _head = 0;
                _count = 0;
            }

            for (int i = 0; i < _gpioPins.Length; i++)
            {
                _resync.NoteLevel(i, IsPressed(_gpioPins[i]));
            }
        }

        /// <summary>
        /// Feeds every edge recorded since the last call to <paramref name="decoder"/>, oldest first, then any edge the
        /// raw levels show was lost (<see cref="ButtonLevelResync"/>). Call from the main loop only.
        /// </summary>
        public void DrainInto(ButtonPressDecoder decoder)
        {
            int count;
            lock (_lock)
            {
                count = _count;
                for (int i = 0; i < count; i++)
                {
                    int index = (_head + i) % Capacity;
                    _drainButtons[i] = _ringButtons[index];
                    _drainPressed[i] = _ringPressed[index];
                    _drainAtMs[i] = _ringAtMs[index];
                }

                _head = (_head + count) % Capacity;
                _count = 0;
            }

            for (int i = 0; i < count; i++)
            {
                decoder.OnEdge(_drainButtons[i], _drainPressed[i], _drainAtMs[i]);
                _resync.NoteLevel(IndexOf(_drainButtons[i]), _drainPressed[i]);
            }

            for (int i = 0; i < _gpioPins.Length; i++)
            {
                long edgeAtMs;
                bool pressed = IsPressed(_gpioPins[i]);
                if (_resync.Sample(i, pressed, DeviceClock.NowMs(), out edgeAtMs))
                {
                    decoder.OnEdge(_ids[i], pressed, edgeAtMs);
                }
            }
        }

        /// <summary>Active low: the pull-up holds the line high, a press pulls it to ground. Read() is the raw level.</summary>
        private static bool IsPressed(GpioPin pin)
        {
            return pin.Read() == PinValue.Low;
        }

        private int IndexOf(ButtonId button)
        {
            for (int i = 0; i < _ids.Length; i++)
            {
                if (_ids[i] == button)
                {
                    return i;
                }
            }

            return -1;
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            long atMs = DeviceClock.NowMs();
            ButtonId button = ButtonOf(e.PinNumber);
            if (button == ButtonId.None)
            {
                return;
            }

            // Active low: the pull-up holds the line high, a press pulls it to ground.
            bool pressed = e.ChangeType == PinEventTypes.Falling;
            lock (_lock)
            {
                if (_count >= Capacity)
                {
                    _overflowCount++;
                    return;
                }

                int index = (_head + _count) % Capacity;
                _ringButtons[index] = button;
                _ringPressed[index] = pressed;
                _ringAtMs[index] = atMs;
                _count++;
            }
        }

        private ButtonId ButtonOf(int pinNumber)
        {
            for (int i = 0; i < _pins.Length; i++)
            {
                if (_pins[i] == pinNumber)
                {
                    return _ids[i];
                }
            }

            return ButtonId.None;
        }
    }
}
