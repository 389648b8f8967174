using System;
using System.CommandLine.Parsing;

namespace HeatPadFirmware.Simulator.Commands
{
    /// <summary>
    /// An option's value inside a validator. System.CommandLine runs the validators even when the text did not convert
    /// ("--pads abc"), and <c>GetValueOrDefault</c> then throws: the command ended in an unhandled exception instead of the
    /// parser's usage message (found in session 6 for faults, bench, twins and groupfloor).
    /// </summary>
    public static class OptionValue
    {
        /// <summary>The converted value, or false when it did not convert (the parser reports that error itself).</summary>
        public static bool TryGet<T>(OptionResult result, out T value)
        {
            try
            {
                value = result.GetValueOrDefault<T>();
                return true;
            }
            catch (InvalidOperationException)
            {
                value = default;
                return false;
            }
        }
    }
}
