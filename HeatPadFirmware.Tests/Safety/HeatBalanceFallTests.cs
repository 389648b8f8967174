using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// <see cref="HeatBalanceCheck"/>'s fall under sustained heat (session 13): a reading falling
    /// <see cref="HeatBalanceCheck.MaxFallUnderHeatC"/> under its highest of the heat while the mean duty is at least
    /// <see cref="HeatBalanceCheck.MinFallDutyFraction"/>, still at or over <see cref="HeatEnergyCheck.BodyC"/>, with more power going
    /// in than the room could take, latches; a body lying down (4.1 °C), a level turned down, a weak pad falling to its air
    /// plateau do not.
    /// </summary>
    public class HeatBalanceFallTests
    {
        private const double RoomC = 22.0;

        // 1 s ticks: the room for 10 s with no heat, then heat at full power (duty 0 in the pause seconds given) while the
        // reading rises 0.02 C/s to peakC, then falls at fallCPerS down to floorC and stays there; the second it latched (-1: never).
        private static int Run(double fullPowerW, double peakC, double fallCPerS, double floorC, int seconds, int pauseFromS = -1, int pauseS = 0)
        {
            var check = new HeatBalanceCheck();
            for (int i = 0; i < 10; i++)
            {
                check.Update(RoomC, 1.0, 0.0, false, fullPowerW);
            }

            double readingC = RoomC;
            bool falling = false;
            for (int t = 1; t <= seconds; t++)
            {
                if (!falling)
                {
                    readingC += 0.02;
                    if (readingC >= peakC)
                    {
                        readingC = peakC;
                        falling = true;
                    }
                }
                else
                {
                    readingC = System.Math.Max(floorC, readingC - fallCPerS);
                }

                double duty = t >= pauseFromS && t < pauseFromS + pauseS ? 0.0 : 1.0;
                if (check.Update(readingC, 1.0, duty, true, fullPowerW))
                {
                    return t;
                }
            }

            return -1;
        }

        [Fact]
        public void Latches_WhenTheReadingFallsFiveDegreesUnderFullPower()
        {
            // Review 12's folded pad: 43.6 C, then 0.02 C/s down under 70 W. Rise 1,080 s, 5 C more 250 s.
            int latchedS = Run(70.0, 43.6, 0.02, 25.0, 3600);

            Assert.InRange(latchedS, 1300, 1360);
        }

        [Fact]
        public void Latches_ThroughACouplingProbesPause()
        {
            // A 25-s pause at duty 0 in the fall takes the mean duty to about 0.81: the highest reading is kept.
            int latchedS = Run(70.0, 43.6, 0.02, 25.0, 3600, 1150, 25);

            Assert.InRange(latchedS, 1300, 1400);
        }

        [Fact]
        public void StaysQuiet_WhenABodyLyingDownPullsTheReadingFourDegrees()
        {
            Assert.Equal(-1, Run(70.0, 43.6, 0.02, 43.6 - 4.1, 3600));
        }

        [Fact]
        public void StaysQuiet_WhenTheFallEndsUnderTheBodysTemperature()
        {
            // A weak pad whose user got up: 36.5 C down to its air plateau, 27 C, under full power.
            Assert.Equal(-1, Run(11.0, 36.5, 0.02, 27.0, 3600));
        }

        [Fact]
        public void StaysQuiet_WhenTheRoomAloneCouldTakeThePowerGoingIn()
        {
            // 10 W with the reading 12-17 C over the room: the room term (2 W/K) takes 24-34 W.
            Assert.Equal(-1, Run(10.0, 39.0, 0.02, 33.5, 3600));
        }

        [Fact]
        public void StaysQuiet_WhenALevelTurnedDownLetsTheReadingFallWithNoHeat()
        {
            // Full power to 45 C, then no heat for 400 s while the reading falls 8 C to a lower level, then a hold at full power.
            var check = new HeatBalanceCheck();
            for (int i = 0; i < 10; i++)
            {
                check.Update(RoomC, 1.0, 0.0, false, 70.0);
            }

            double readingC = RoomC;
            for (int t = 1; t <= 3600; t++)
            {
                double duty = 1.0;
                if (readingC < 45.0 && t < 1200)
                {
                    readingC += 0.02;
                }
                else if (t < 1600)
                {
                    duty = 0.0;
                    readingC = System.Math.Max(37.0, readingC - 0.02);
                }

                Assert.False(check.Update(readingC, 1.0, duty, true, 70.0), "latched at " + t + " s");
            }
        }

        [Fact]
        public void StaysQuiet_WithNoHeatWanted()
        {
            // A cool phase with a cold pack: the reading falls 15 C with no heat.
            var check = new HeatBalanceCheck();
            for (int t = 0; t < 1200; t++)
            {
                check.Update(RoomC + System.Math.Min(22.0, 0.02 * t), 1.0, 1.0, true, 70.0);
            }

            for (int t = 0; t < 900; t++)
            {
                Assert.False(check.Update(44.0 - System.Math.Min(15.0, 0.05 * t), 1.0, 0.0, false, 70.0));
            }
        }
    }
}
