using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// <see cref="SensorDetachedCheck"/>'s carried fall (session 10): a reading falling with no heat wanted as the heat returns
    /// (a cold pack lifted in a short off press, the sensor's lag still draining) has its latch withheld until it turns up
    /// <see cref="SensorDetachedCheck.CarriedFallTurnC"/> (no latch, the envelopes start afresh) or
    /// <see cref="SensorDetachedCheck.CarriedFallMaxS"/> runs out (a withheld latch latches then).
    /// </summary>
    public class CarriedFallTests
    {
        [Fact]
        public void SensorDetachedCheck_DoesNotLatch_WhenAFallBegunWithNoHeatTurnsUpWithinALag()
        {
            var check = new SensorDetachedCheck();
            double readingC = FallIntoTheHeat(check, 15);

            // The sensor's lag runs out and the reading turns up with the heat (0.05 °C/s).
            for (int s = 0; s < 30; s++)
            {
                readingC += 0.05;
                Assert.False(check.Update(readingC, 1.0, 1.0, true), $"latched {s + 1} s after the fall ended");
            }

            // The envelopes judge afresh: a sensor leaving the pad now is named as before.
            int latchS = 0;
            for (int s = 1; s <= 40 && latchS == 0; s++)
            {
                readingC -= 0.5;
                latchS = check.Update(readingC, 1.0, 1.0, true) ? s : 0;
            }

            Assert.InRange(latchS, 1, 16);
        }

        [Fact]
        public void SensorDetachedCheck_Latches_WhenAFallBegunWithNoHeatReachesTheRoomWithoutTurning()
        {
            var check = new SensorDetachedCheck();
            double readingC = FallIntoTheHeat(check, 0);
            int latchS = 0;
            for (int s = 1; s <= 120 && latchS == 0; s++)
            {
                // A sensor off the pad settles at the room (22 °C) and never turns.
                readingC = readingC > 22.5 ? readingC - 0.4 : 22.5;
                latchS = check.Update(readingC, 1.0, 1.0, true) ? s : 0;
            }

            Assert.InRange(latchS, 20, (int)SensorDetachedCheck.CarriedFallMaxS);
        }

        [Fact]
        public void SensorDetachedCheck_LatchesAtOnce_WhenAReadingSteadyBeforeTheHeatFallsUnderIt()
        {
            var check = new SensorDetachedCheck();
            Assert.False(check.Update(22.0, 1.0, 0.0, false));
            for (int s = 0; s < 30; s++)
            {
                Assert.False(check.Update(40.0 + (s % 2 == 0 ? 0.0625 : 0.0), 1.0, 0.0, false));
            }

            double readingC = 40.0;
            int latchS = 0;
            for (int s = 1; s <= 40 && latchS == 0; s++)
            {
                readingC -= 0.5;
                latchS = check.Update(readingC, 1.0, 1.0, true) ? s : 0;
            }

            // No carried fall: the 0.3 °C/s envelope is 3 °C behind after 15 s.
            Assert.InRange(latchS, 1, 16);
        }

        /// <summary>
        /// The room at 22 °C, a reading at 40 °C falling 0.5 °C/s for 20 s with no heat wanted, then full power with the fall
        /// running on at 0.4 °C/s for <paramref name="carriedS"/> (none of it latches). Returns the last reading.
        /// </summary>
        private static double FallIntoTheHeat(SensorDetachedCheck check, int carriedS)
        {
            Assert.False(check.Update(22.0, 1.0, 0.0, false));
            double readingC = 40.0;
            for (int s = 0; s < 10; s++)
            {
                Assert.False(check.Update(readingC, 1.0, 0.0, false));
            }

            for (int s = 0; s < 20; s++)
            {
                readingC -= 0.5;
                Assert.False(check.Update(readingC, 1.0, 0.0, false));
            }

            for (int s = 0; s < carriedS; s++)
            {
                readingC -= 0.4;
                Assert.False(check.Update(readingC, 1.0, 1.0, true), $"latched {s + 1} s into the heat");
            }

            return readingC;
        }
    }
}
