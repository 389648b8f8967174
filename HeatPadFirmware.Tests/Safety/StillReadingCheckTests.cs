using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// <see cref="StillReadingCheck"/> on its own: a reading that answers neither the witness's rise nor its fall latches; one
    /// that follows a part of the swing, or stands in the hold band, or sees no heat wanted, does not.
    /// </summary>
    public class StillReadingCheckTests
    {
        private const double SetpointC = 44.5;

        // The witness's sensor rises 2 °C over 40 s, then falls 2 °C over 40 s; the reading is room-side of it by the offset and
        // follows the given share of the witness's move, plus a DS18B20 step of noise on alternate ticks.
        private static int FirstLatchS(double share, double readingC, bool heatWanted = true, double setpointC = SetpointC)
        {
            var check = new StillReadingCheck();
            for (int s = 0; s <= 80; s++)
            {
                double modelC = s <= 40 ? 41.0 + (2.0 * s / 40.0) : 43.0 - (2.0 * (s - 40) / 40.0);
                double noiseC = (s % 2 == 0) ? 0.0625 : 0.0;
                double c = readingC + (share * (modelC - 41.0)) + noiseC;
                if (check.Update(c, heatWanted, setpointC, true, modelC))
                {
                    return s;
                }
            }

            return -1;
        }

        [Fact]
        public void Latches_WhenTheReadingStandsStillThroughTheWitnessRiseAndFall()
        {
            // Rise of 1.0 °C at 20 s, fall of 1.0 °C from the 43 °C top at 60 s.
            Assert.Equal(60, FirstLatchS(share: 0.0, readingC: 30.0));
        }

        [Fact]
        public void DoesNotLatch_WhenTheReadingAnswersASixthOfTheSwing()
        {
            // A sixth of 2 °C is 0.33 °C: out of the 0.25 °C band, so the watch starts afresh.
            Assert.Equal(-1, FirstLatchS(share: 1.0 / 6.0, readingC: 30.0));
        }

        [Fact]
        public void DoesNotLatch_InTheHoldBand()
        {
            Assert.Equal(-1, FirstLatchS(share: 0.0, readingC: SetpointC - 0.5));
        }

        [Fact]
        public void DoesNotLatch_WithNoHeatWanted()
        {
            Assert.Equal(-1, FirstLatchS(share: 0.0, readingC: 30.0, heatWanted: false));
        }

        [Fact]
        public void DoesNotLatch_WhenTheWitnessOnlyRises()
        {
            var check = new StillReadingCheck();
            for (int s = 0; s <= 300; s++)
            {
                Assert.False(check.Update(30.0, true, SetpointC, true, 35.0 + (s * 0.02)));
            }
        }

        [Fact]
        public void LeavesAReadingFrozenBitForBitToTheFrozenCheck()
        {
            var check = new StillReadingCheck();
            for (int s = 0; s <= 80; s++)
            {
                double modelC = s <= 40 ? 41.0 + (2.0 * s / 40.0) : 43.0 - (2.0 * (s - 40) / 40.0);
                Assert.False(check.Update(30.0, true, SetpointC, true, modelC));
            }
        }

        [Fact]
        public void DoesNotLatch_WithoutAModel()
        {
            var check = new StillReadingCheck();
            for (int s = 0; s <= 300; s++)
            {
                Assert.False(check.Update(30.0, true, SetpointC, false, double.NaN));
            }
        }
    }
}
