namespace HeatPadFirmware.Core
{
    /// <summary>The pad's four buttons.</summary>
    public enum ButtonId
    {
        /// <summary>No button (an empty slot).</summary>
        None = 0,

        /// <summary>Start/stop a session; long press clears a latched fault.</summary>
        Power = 1,

        /// <summary>Heat level up.</summary>
        Up = 2,

        /// <summary>Heat level down.</summary>
        Down = 3,

        /// <summary>Cycle the therapy program (while off).</summary>
        Program = 4,
    }

    /// <summary>Protocol names of <see cref="ButtonId"/> (enum ToString gives the number on nanoFramework).</summary>
    public static class ButtonNames
    {
        /// <summary>The protocol name: "power", "up", "down", "program", or "none".</summary>
        public static string Of(ButtonId button)
        {
            switch (button)
            {
                case ButtonId.Power:
                    return "power";
                case ButtonId.Up:
                    return "up";
                case ButtonId.Down:
                    return "down";
                case ButtonId.Program:
                    return "program";
                default:
                    return "none";
            }
        }

        /// <summary>Parses a protocol name; <see cref="ButtonId.None"/> when it is not a button's name.</summary>
        public static ButtonId Parse(string name)
        {
            if (name == "power")
            {
                return ButtonId.Power;
            }

            if (name == "up")
            {
                return ButtonId.Up;
            }

            if (name == "down")
            {
                return ButtonId.Down;
            }

            if (name == "program")
            {
                return ButtonId.Program;
            }

            return ButtonId.None;
        }
    }
}
