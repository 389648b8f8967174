namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Turns raw, timestamped button edges into short and long presses. The device feeds every edge with
    /// <see cref="OnEdge"/> (in the order they happened) and calls <see cref="Poll"/> once per tick; the
    /// simulator and the tests do the same with a fake time. Nothing here reads a clock or allocates after
    /// construction.
    /// <para><b>Debounce.</b> A level counts only once it has held for <see cref="DebounceMs"/>: edges closer
    /// together than that are bounce, and the press or release starts at the last edge of the burst. So a
    /// bouncing contact gives one press, a press (or a spike) shorter than the debounce gives nothing, a
    /// contact that chatters faster than the debounce gives nothing at all rather than a stream of presses,
    /// and a brief open-circuit flicker while a button is held does not end the hold.</para>
    /// <para><b>Short and long.</b> A press released before <see cref="ButtonTiming.LongPressMs"/> is a short
    /// press, reported at its release. A press is reported as long <i>as soon as it has been held</i>
    /// <see cref="ButtonTiming.LongPressMs"/>, not at its release: the pad's long presses (power: clear a fault)
    /// then answer while the finger is still down, so the user hears the result and knows to let go — a
    /// user lying on the pad cannot see a "hold until" cue. For the event queue's "presses that ended since
    /// the last tick", a long press ends when it becomes long; its release adds nothing. A button held for
    /// minutes gives exactly one long press; the next one needs a release and a new press.</para>
    /// </summary>
    public sealed class ButtonPressDecoder
    {
        /// <summary>
        /// How long a level must hold to count, 30 ms. Omron's tactile switch datasheets (B3FS, B3S) give a
        /// bounce time of 5 ms max., and Ganssle's measurements of 18 common switches ("A Guide to
        /// Debouncing", 2004) averaged 1.6 ms with nearly all under 10 ms: 30 ms is three times the worst of
        /// those, leaves room for a worn contact, and is still well below the ~100 ms a person notices as lag.
        /// </summary>
        public const int DebounceMs = 30;

        /// <summary>Slots indexed by <see cref="ButtonId"/> value (0 = None is unused).</summary>
        private const int SlotCount = (int)ButtonId.Program + 1;

        private readonly bool[] _rawPressed = new bool[SlotCount];
        private readonly long[] _rawChangedAtMs = new long[SlotCount];
        private readonly bool[] _hasEdge = new bool[SlotCount];
        private readonly bool[] _stablePressed = new bool[SlotCount];
        private readonly long[] _pressStartedAtMs = new long[SlotCount];
        private readonly bool[] _longReported = new bool[SlotCount];

        // Presses completed inside OnEdge wait here for the next Poll; same bound as the core's queue.
        private readonly ButtonId[] _pendingButtons = new ButtonId[ButtonEventQueue.Capacity];
        private readonly bool[] _pendingIsLong = new bool[ButtonEventQueue.Capacity];
        private int _pendingCount;
        private int _droppedCount;

        /// <summary>Creates a decoder with every button released.</summary>
        public ButtonPressDecoder()
        {
        }

        /// <summary>
        /// Presses dropped since power-on because more than <see cref="ButtonEventQueue.Capacity"/> completed
        /// between two polls or the target queue was full (0 in normal use; counts chatter that got through).
        /// </summary>
        public int DroppedEventCount
        {
            get { return _droppedCount; }
        }

        /// <summary>True while <paramref name="button"/> is held (debounced).</summary>
        public bool IsPressed(ButtonId button)
        {
            int slot = SlotOf(button);
            return slot > 0 && _stablePressed[slot];
        }

        /// <summary>
        /// One raw edge: <paramref name="button"/> went to <paramref name="pressed"/> at <paramref name="atMs"/>
        /// (milliseconds on the same clock as <see cref="Poll"/>). Edges must come in time order (across all
        /// buttons, as they happened); an edge stamped earlier than the previous edge of its button is taken as
        /// at that edge's time. A repeated level (a missed opposite edge) and an unknown button are ignored.
        /// </summary>
        public void OnEdge(ButtonId button, bool pressed, long atMs)
        {
            int slot = SlotOf(button);
            if (slot == 0)
            {
                return;
            }

            if (_hasEdge[slot] && atMs < _rawChangedAtMs[slot])
            {
                atMs = _rawChangedAtMs[slot];
            }

            // Whatever completed before this edge (on any button) completes first, so events keep time order.
            AdvanceTo(atMs);

            if (pressed == _rawPressed[slot])
            {
                return;
            }

            _rawPressed[slot] = pressed;
            _rawChangedAtMs[slot] = atMs;
            _hasEdge[slot] = true;
        }

        /// <summary>
        /// Brings every button up to <paramref name="nowMs"/> — settles levels that have held the debounce
        /// time, reports presses that have reached <see cref="ButtonTiming.LongPressMs"/> — and appends every
        /// press completed since the last poll to <paramref name="into"/> in the order they completed (the
        /// queue is not cleared; a full or null queue drops them and counts them in <see cref="DroppedEventCount"/>).
        /// </summary>
        public void Poll(long nowMs, ButtonEventQueue into)
        {
            AdvanceTo(nowMs);

            for (int i = 0; i < _pendingCount; i++)
            {
                if (into == null || !into.Add(_pendingButtons[i], _pendingIsLong[i]))
                {
                    _droppedCount++;
                }
            }

            _pendingCount = 0;
        }

        /// <summary>Completes, earliest first, every settle and long press due at or before <paramref name="nowMs"/>.</summary>
        private void AdvanceTo(long nowMs)
        {
            while (true)
            {
                int dueSlot = 0;
                long dueAtMs = 0;
                bool dueIsSettle = false;
                for (int slot = 1; slot < SlotCount; slot++)
                {
                    long atMs;
                    bool isSettle;
                    if (!NextDue(slot, nowMs, out atMs, out isSettle))
                    {
                        continue;
                    }

                    if (dueSlot == 0 || atMs < dueAtMs)
                    {
                        dueSlot = slot;
                        dueAtMs = atMs;
                        dueIsSettle = isSettle;
                    }
                }

                if (dueSlot == 0)
                {
                    return;
                }

                if (dueIsSettle)
                {
                    Settle(dueSlot);
                }
                else
                {
                    _longReported[dueSlot] = true;
                    Emit(dueSlot, true);
                }
            }
        }

        /// <summary>What <paramref name="slot"/> has due by <paramref name="nowMs"/>, and when it happened.</summary>
        private bool NextDue(int slot, long nowMs, out long atMs, out bool isSettle)
        {
            atMs = 0;
            isSettle = false;
            if (_rawPressed[slot] != _stablePressed[slot] && nowMs - _rawChangedAtMs[slot] >= DebounceMs)
            {
                // The raw level has held for the debounce time: it is real, and it began at its last edge.
                atMs = _rawChangedAtMs[slot];
                isSettle = true;
                return true;
            }

            if (!_stablePressed[slot] || _longReported[slot])
            {
                return false;
            }

            // A release younger than the debounce is not settled yet; if it is real, the hold ended at it.
            long heldUntilMs = _rawPressed[slot] ? nowMs : _rawChangedAtMs[slot];
            if (heldUntilMs - _pressStartedAtMs[slot] < ButtonTiming.LongPressMs)
            {
                return false;
            }

            atMs = _pressStartedAtMs[slot] + ButtonTiming.LongPressMs;
            return true;
        }

        private void Settle(int slot)
        {
            long edgeAtMs = _rawChangedAtMs[slot];
            _stablePressed[slot] = _rawPressed[slot];
            if (_stablePressed[slot])
            {
                _pressStartedAtMs[slot] = edgeAtMs;
                _longReported[slot] = false;
                return;
            }

            if (_longReported[slot])
            {
                // Already reported as long while held; the release ends it silently.
                return;
            }

            // Held past the long-press time but released before anything saw it: still one long press.
            Emit(slot, edgeAtMs - _pressStartedAtMs[slot] >= ButtonTiming.LongPressMs);
        }

        private void Emit(int slot, bool isLong)
        {
            if (_pendingCount >= _pendingButtons.Length)
            {
                _droppedCount++;
                return;
            }

            _pendingButtons[_pendingCount] = (ButtonId)slot;
            _pendingIsLong[_pendingCount] = isLong;
            _pendingCount++;
        }

        private static int SlotOf(ButtonId button)
        {
            int slot = (int)button;
            return slot > 0 && slot < SlotCount ? slot : 0;
        }
    }
}
