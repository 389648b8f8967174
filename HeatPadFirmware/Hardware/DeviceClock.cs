using nanoFramework.Hardware.Esp32;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// The device's one clock: milliseconds since boot from the ESP32's 64-bit microsecond timer. Monotonic,
    /// unlike <c>DateTime.UtcNow</c>, which is a settable wall clock (SNTP or a debugger can move it).
    /// </summary>
    internal static class DeviceClock
    {
        /// <summary>Milliseconds since boot (wraps after 292,000 years).</summary>
        public static long NowMs()
        {
            return (long)(HighResTimer.GetCurrent() / 1000UL);
        }

        /// <summary>Microseconds since boot.</summary>
        public static ulong NowUs()
        {
            return HighResTimer.GetCurrent();
        }
    }
}
