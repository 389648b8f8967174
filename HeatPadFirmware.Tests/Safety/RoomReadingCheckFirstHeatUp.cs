using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>The first heat-up the restart rise watch's check-level tests teach a <see cref="RoomReadingCheck"/> before their off.</summary>
    internal static class RoomReadingCheckFirstHeatUp
    {
        /// <summary>
        /// First heat-up from a room at <paramref name="roomC"/> at full power (<paramref name="powerW"/>, at the rated supply): the
        /// reading leaves the room band after 10 full-power s and climbs 0.1 °C/s for 200 s, no trip on the way. Returns the last reading, °C.
        /// </summary>
        internal static double Learn(RoomReadingCheck check, double roomC, double powerW)
        {
            double readingC = roomC;
            Assert.False(check.Update(readingC, 1.0, 0.0, false, powerW, 0.0, true, true));
            for (int s = 1; s <= 200; s++)
            {
                readingC = roomC + (s <= 10 ? 0.1 * s : 1.0 + (0.1 * (s - 10)));
                Assert.False(check.Update(readingC, 1.0, 1.0, true, powerW, 1.0, true, true));
            }

            return readingC;
        }
    }
}
