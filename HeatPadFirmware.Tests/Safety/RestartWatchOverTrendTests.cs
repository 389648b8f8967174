using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review14a;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Issue 4, session 14: a restart rise watch that a long off opened (<see cref="RoomReadingCheck.RestartWatchOffRiseC"/>) ends
    /// at its bound as "pad seen" when the reading rose <see cref="RoomReadingCheck.RestartWatchOverTrendC"/> over its own pace of
    /// the off since the heat came back (<see cref="RoomReadingCheck.RestartWatchPaceS"/>): an attached pad in a warming room, or
    /// under a fridge-cold pack, rises on its own in the off as a sensor resting on a warming surface does, but then answers the
    /// heat, if slowly; the sensor keeps the surface's pace.
    /// </summary>
    public class RestartWatchOverTrendTests
    {
        private const double RoomC = 22.0;
        private const double PowerW = 70.0;

        [Theory]
        [InlineData(0.0, true)]
        [InlineData(0.0045, true)]
        [InlineData(0.0085, false)]
        public void Check_EndsALongOffWatch_WhenTheReadingRoseOverItsOffPace(double extraCPerS, bool expectTrip)
        {
            var check = new RoomReadingCheck();
            double readingC = RoomReadingCheckFirstHeatUp.Learn(check, RoomC, PowerW);

            // The user's off press, 300 s: the reading falls to 1.5 C over the room in 150 s, then rises 0.003 C/s on its own
            // (0.45 C: over RestartWatchOffRiseC, so the long off opens the watch).
            for (int s = 0; s < 300; s++)
            {
                readingC = s < 150 ? readingC + (((RoomC + 1.5) - readingC) / 10.0) : readingC + 0.003;
                Assert.False(check.Update(readingC, 1.0, 0.0, false, PowerW, 0.0, true, false));
            }

            // Heat back at full power: the reading goes on at its off pace plus extraCPerS, far under the 70 W / 3,000 J/K = 0.023 C/s
            // the excess asks for. By the bound (72 s) that is 0 / 0.32 / 0.61 C over the off's pace.
            double trippedAtS = double.NaN;
            for (int s = 1; s <= 300 && double.IsNaN(trippedAtS); s++)
            {
                readingC += 0.003 + extraCPerS;
                if (check.Update(readingC, 1.0, 1.0, true, PowerW, 1.0, true, true))
                {
                    trippedAtS = s;
                }
            }

            if (expectTrip)
            {
                // The bound: 2 x the 10 s learned heat-up + 20 s = 40 s, at least 72 s; 72 s x 70 W = 5,040 J >= 5,000 J.
                Assert.Equal(72.0, trippedAtS);
            }
            else
            {
                // The watch ended as "pad seen"; the count from the room (160 s default bound) does not judge a reading out of the band.
                Assert.True(double.IsNaN(trippedAtS), "tripped at " + trippedAtS + " s");
            }
        }

        [Fact]
        public void Check_KeepsTheOffPressWatch_OfAShortOff_AsBefore()
        {
            // After an off of at most RestartWatchMaxOffS the reading is still settling from the hot pad: its pace says nothing, and
            // the watch latches at its bound whatever the rise (the 0.5 C over the off's pace that ends a long off's watch).
            var check = new RoomReadingCheck();
            double readingC = RoomReadingCheckFirstHeatUp.Learn(check, RoomC, PowerW);
            for (int s = 0; s < 120; s++)
            {
                readingC = s < 100 ? readingC + (((RoomC + 1.5) - readingC) / 10.0) : readingC + 0.003;
                Assert.False(check.Update(readingC, 1.0, 0.0, false, PowerW, 0.0, true, false));
            }

            double trippedAtS = double.NaN;
            for (int s = 1; s <= 300 && double.IsNaN(trippedAtS); s++)
            {
                readingC += 0.0115;
                if (check.Update(readingC, 1.0, 1.0, true, PowerW, 1.0, true, true))
                {
                    trippedAtS = s;
                }
            }

            Assert.Equal(72.0, trippedAtS);
        }

        /// <summary>
        /// Review 14a's warming room with the restart scan's heaviest pack (160 W/K), which review 14a did not run: thick-slow learned
        /// on the body latched sensor_detached at 121 s on watch13 (scratch scan, session 14); the reading 0.93-1.09 C over its off's
        /// pace at the bound.
        /// </summary>
        [Theory]
        [InlineData(5, 600, 160.0, 0.001)]
        [InlineData(5, 1200, 160.0, 0.002)]
        [InlineData(5, 600, 160.0, 0.003)]
        public void Core_KeepsHeating_ThickSlowAfterALongOffUnderAHeavyPack_InAWarmingRoom(int level, int offS, double packWPerK, double roomRampCPerS)
        {
            var o = WarmingRoomRestartScenario.Run("thick-slow", true, level, offS, packWPerK, roomRampCPerS);
            Assert.True(o.Fault == FaultCode.None, o.Fault + " at " + o.AfterS + " s after the restart, surface " + o.PeakSurfaceC.ToString("0.0") + " C");
        }
    }
}
