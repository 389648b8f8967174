namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// Catches a button edge that the GPIO event path lost, by comparing each button's raw pin level, sampled once
    /// per tick, with the level last handed to the <see cref="HeatPadFirmware.Core.ButtonPressDecoder"/>.
    /// Plain C# (no pin access) so the host tests run it; <see cref="ButtonInputs"/> owns one and is its only caller,
    /// on the main loop's thread.
    /// <para>Why edges get lost (nanoFramework's ESP32 GPIO driver, nf-interpreter
    /// targets/ESP32/_nanoCLR/System.Device.Gpio/cpu_gpio.cpp): with a debounce time set, the interrupt ignores every
    /// edge while its debounce flag is up, and the debounce timer's handler reads the level, posts the event and only
    /// then lowers the flag, so an edge in that window never raises a ValueChanged; and <see cref="ButtonInputs"/>
    /// drops edges when more than its ring holds arrive within a tick (contact chatter, interference from the heater
    /// current in the same cable). A lost release leaves the decoder holding the button: two seconds later it reports
    /// a long press, so a short press of power meant to stop a session does nothing (a long power press only clears a
    /// fault) and the pad keeps heating.</para>
    /// <para>Rule: a level that differs from the last level handed over, on <see cref="DisagreeingSamplesToResync"/>
    /// samples in a row (one tick apart) with no edge of that button arriving in between, is real; the missing edge
    /// is handed over, stamped at the first disagreeing sample (the latest moment the level is known to have
    /// changed by). A single disagreeing sample is not enough: a raw read can catch contact bounce, or a press
    /// whose edge is still inside the driver's 20 ms debounce and arrives with the next drain.</para>
    /// </summary>
    internal sealed class ButtonLevelResync
    {
        /// <summary>Disagreeing samples in a row before the level is handed over, 2 (one tick apart, so the level held about a second).</summary>
        public const int DisagreeingSamplesToResync = 2;

        private readonly bool[] _reportedPressed;
        private readonly int[] _disagreeingSamples;
        private readonly long[] _firstDisagreeingAtMs;
        private int _resyncCount;

        /// <summary>Tracks <paramref name="buttonCount"/> buttons (0 or more), all released.</summary>
        public ButtonLevelResync(int buttonCount)
        {
            int count = buttonCount < 0 ? 0 : buttonCount;
            _reportedPressed = new bool[count];
            _disagreeingSamples = new int[count];
            _firstDisagreeingAtMs = new long[count];
        }

        /// <summary>Number of buttons tracked.</summary>
        public int ButtonCount
        {
            get { return _reportedPressed.Length; }
        }

        /// <summary>Edges handed over by <see cref="Sample"/> since construction (0 while the event path loses nothing).</summary>
        public int ResyncCount
        {
            get { return _resyncCount; }
        }

        /// <summary>
        /// Records that an edge of button <paramref name="index"/> (0..<see cref="ButtonCount"/> − 1; others are
        /// ignored) going to <paramref name="pressed"/> was handed to the decoder, or, at boot, the level the decoder
        /// is to be taken as knowing. Restarts that button's count of disagreeing samples: the event path is alive.
        /// </summary>
        public void NoteLevel(int index, bool pressed)
        {
            if (index < 0 || index >= _reportedPressed.Length)
            {
                return;
            }

            _reportedPressed[index] = pressed;
            _disagreeingSamples[index] = 0;
        }

        /// <summary>
        /// One raw sample of button <paramref name="index"/>: <paramref name="rawPressed"/> read from the pin at
        /// <paramref name="nowMs"/> (ms, the device clock). True when the decoder must be handed the edge to
        /// <paramref name="rawPressed"/> at <paramref name="edgeAtMs"/> (then taken as handed over); false otherwise,
        /// and always for an index out of range.
        /// </summary>
        public bool Sample(int index, bool rawPressed, long nowMs, out long edgeAtMs)
        {
            edgeAtMs = nowMs;
            if (index < 0 || index >= _reportedPressed.Length)
            {
                return false;
            }

            if (rawPressed == _reportedPressed[index])
            {
                _disagreeingSamples[index] = 0;
                return false;
            }

            if (_disagreeingSamples[index] == 0)
            {
                _firstDisagreeingAtMs[index] = nowMs;
            }

            _disagreeingSamples[index]++;
            if (_disagreeingSamples[index] < DisagreeingSamplesToResync)
            {
                return false;
            }

            edgeAtMs = _firstDisagreeingAtMs[index];
            _reportedPressed[index] = rawPressed;
            _disagreeingSamples[index] = 0;
            _resyncCount++;
            return true;
        }
    }
}
