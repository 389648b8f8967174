namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The button events that ended since the last tick, in order. Fixed capacity, allocated once:
    /// the caller fills it, the core reads it during <see cref="HeatPadCore.Step"/>, the caller clears it.
    /// Events beyond the capacity are dropped (a human cannot press 8 buttons in one tick; chatter can).
    /// </summary>
    public sealed class ButtonEventQueue
    {
        /// <summary>Most events kept per tick.</summary>
        public const int Capacity = 8;

        private readonly ButtonEvent[] _events = new ButtonEvent[Capacity];
        private int _count;

        /// <summary>Number of events held (0..<see cref="Capacity"/>).</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Appends an event; false (and nothing kept) when full or when the button is <see cref="ButtonId.None"/>.</summary>
        public bool Add(ButtonId button, bool isLong)
        {
            if (_count >= Capacity || button == ButtonId.None)
            {
                return false;
            }

            _events[_count] = new ButtonEvent(button, isLong);
            _count++;
            return true;
        }

        /// <summary>The event at <paramref name="index"/> (0..Count−1).</summary>
        public ButtonEvent Get(int index)
        {
            return _events[index];
        }

        /// <summary>Removes every event.</summary>
        public void Clear()
        {
            _count = 0;
        }
    }
}
