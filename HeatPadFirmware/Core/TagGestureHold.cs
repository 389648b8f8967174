namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Watches a power-on tag gesture's buttons as one set (<see cref="TagGesture"/>) until it has been held unchanged for
    /// <see cref="HoldMs"/>. The device samples all four buttons together (one read of each pin, microseconds apart) every
    /// <see cref="SamplePeriodMs"/> and passes each set with its time; nothing here reads a pin or a clock, and nothing
    /// allocates after construction.
    /// <para><b>Rule.</b> The set of the first sample must be a gesture's. Every later sample must show the very same set
    /// (a button released, a contact read open for one sample, or a button added ends the hold as
    /// <see cref="TagGestureVerdict.RefusedSetChanged"/>) and come at most <see cref="MaxSampleGapMs"/> after the previous one
    /// (else the set was not watched: <see cref="TagGestureVerdict.RefusedNotWatched"/>). Once a sample comes
    /// <see cref="HoldMs"/> or more after the first, the hold is <see cref="TagGestureVerdict.Held"/>. Every end is final.</para>
    /// <para><b>Why these times.</b> The gap bound is the pad's button debounce, <see cref="ButtonPressDecoder.DebounceMs"/> = 30 ms
    /// (a level counts once it holds that long; Omron B3F / B3S bounce ≤ 5 ms, Ganssle's 18 switches nearly all under 10 ms):
    /// with samples never further apart, every change of a contact long enough for the decoder to count as a press or a release
    /// falls on a sample, so a hold judged unchanged had no counted change; a shorter flicker the decoder ignores too. The hold
    /// is the pad's long press, <see cref="ButtonTiming.LongPressMs"/> = 2 s (the deliberate press of this product): writing an
    /// EEPROM is an assembly act, never a brush of the keypad. Review 27c finding 3: the gesture's buttons had been three
    /// separate raw single reads, so one contact read open turned an intended A into R, or ran the element gesture on a jig probe.</para>
    /// </summary>
    public sealed class TagGestureHold
    {
        /// <summary>Sampling period the device aims at, 5 ms: six samples per debounce time, so a late sample or two stays within <see cref="MaxSampleGapMs"/>.</summary>
        public const int SamplePeriodMs = 5;

        /// <summary>Longest gap between two samples, 30 ms: the decoder's debounce (<see cref="ButtonPressDecoder.DebounceMs"/>).</summary>
        public const int MaxSampleGapMs = ButtonPressDecoder.DebounceMs;

        /// <summary>How long the set must hold unchanged, 2,000 ms: the pad's long press (<see cref="ButtonTiming.LongPressMs"/>).</summary>
        public const int HoldMs = ButtonTiming.LongPressMs;

        private int _set;
        private long _startedAtMs;
        private long _lastSampleAtMs;
        private TagGestureVerdict _state = TagGestureVerdict.NoGesture;

        /// <summary>
        /// <see cref="TagGestureVerdict.Hold"/> while the set is being watched; then <see cref="TagGestureVerdict.Held"/>,
        /// <see cref="TagGestureVerdict.RefusedSetChanged"/> or <see cref="TagGestureVerdict.RefusedNotWatched"/>;
        /// <see cref="TagGestureVerdict.NoGesture"/> before <see cref="Start"/> or when the first set was no gesture's.
        /// </summary>
        public TagGestureVerdict State
        {
            get { return _state; }
        }

        /// <summary>The tag the watched set asks for (<see cref="TagGesture.KindOf"/> of the first sample).</summary>
        public SensorTagKind Gesture
        {
            get { return TagGesture.KindOf(_set); }
        }

        /// <summary>Time held so far, ms (0 before <see cref="Start"/>).</summary>
        public long HeldForMs
        {
            get { return _state == TagGestureVerdict.NoGesture ? 0 : _lastSampleAtMs - _startedAtMs; }
        }

        /// <summary>Starts watching with the first sample: <paramref name="heldSet"/> (<see cref="TagGesture.BitOf"/> per held button) at <paramref name="nowMs"/> (ms, any monotonic clock). Returns <see cref="State"/>.</summary>
        public TagGestureVerdict Start(long nowMs, int heldSet)
        {
            _set = heldSet;
            _startedAtMs = nowMs;
            _lastSampleAtMs = nowMs;
            _state = TagGesture.KindOf(heldSet) == SensorTagKind.Untagged ? TagGestureVerdict.NoGesture : TagGestureVerdict.Hold;
            return _state;
        }

        /// <summary>
        /// One later sample: <paramref name="heldSet"/> at <paramref name="nowMs"/>. Returns <see cref="State"/> after it; a
        /// hold that has ended stays as it ended (later samples change nothing). A time earlier than the previous sample's is
        /// a clock that cannot be trusted: not watched.
        /// </summary>
        public TagGestureVerdict Sample(long nowMs, int heldSet)
        {
            if (_state != TagGestureVerdict.Hold)
            {
                return _state;
            }

            long gapMs = nowMs - _lastSampleAtMs;
            if (gapMs < 0 || gapMs > MaxSampleGapMs)
            {
                _state = TagGestureVerdict.RefusedNotWatched;
                return _state;
            }

            if (heldSet != _set)
            {
                _state = TagGestureVerdict.RefusedSetChanged;
                return _state;
            }

            _lastSampleAtMs = nowMs;
            if (nowMs - _startedAtMs >= HoldMs)
            {
                _state = TagGestureVerdict.Held;
            }

            return _state;
        }
    }
}
