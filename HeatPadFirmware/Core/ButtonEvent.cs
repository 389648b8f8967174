namespace HeatPadFirmware.Core
{
    /// <summary>A completed press of one button: short, or long (held at least <see cref="ButtonTiming.LongPressMs"/>).</summary>
    public struct ButtonEvent
    {
        /// <summary>Which button.</summary>
        public readonly ButtonId Button;

        /// <summary>True for a long press.</summary>
        public readonly bool IsLong;

        /// <summary>Creates an event.</summary>
        public ButtonEvent(ButtonId button, bool isLong)
        {
            Button = button;
            IsLong = isLong;
        }
    }

    /// <summary>Button timing shared by the decoder and the documentation.</summary>
    public static class ButtonTiming
    {
        /// <summary>A press held this long or longer is a long press (2 s, the usual consumer-device convention).</summary>
        public const int LongPressMs = 2000;
    }
}
