using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// <see cref="HeatBalanceCheck"/> (session 10): a reading standing still under sustained heat must stand where that heat can
    /// hold a pad; a sensor strip sliding off the pad reads room + w × the pad's rise and stands low while the pad climbs.
    /// </summary>
    public class HeatBalanceCheckTests
    {
        private const double RoomC = 22.0;

        // Feeds the check 1 s ticks: the room for 10 s with no heat, then heat at the duty given, the reading standing at
        // standC (after a rise to it) for the seconds given; returns the second it latched (-1: never).
        private static int Run(HeatBalanceCheck check, double fullPowerW, double duty, double standC, int seconds)
        {
            for (int i = 0; i < 10; i++)
            {
                check.Update(RoomC, 1.0, 0.0, false, fullPowerW);
            }

            for (int t = 1; t <= seconds; t++)
            {
                // A rise of 0.02 C/s to the standing value, then standing.
                double readingC = System.Math.Min(standC, RoomC + (0.02 * t));
                if (check.Update(readingC, 1.0, duty, true, fullPowerW))
                {
                    return t;
                }
            }

            return -1;
        }

        [Fact]
        public void HeatBalanceCheck_Latches_WhenTheReadingStandsStillTooLowForFullPower()
        {
            // 70 W standing 7 C over the room: 10 W/K would be holding it, more than any pad of the design range has.
            var check = new HeatBalanceCheck();

            int latchedS = Run(check, 70.0, 1.0, RoomC + 7.0, 1800);

            Assert.InRange(latchedS, (int)HeatBalanceCheck.MinHeatS, 1200);
            Assert.True(check.HoldingConductanceWPerK > HeatBalanceCheck.MaxHoldingConductanceWPerK);
        }

        [Fact]
        public void HeatBalanceCheck_StaysQuiet_WhenTheReadingStandsWhereAPadOnTheBodyHoldsIt()
        {
            // 70 W standing 26 C over the room (the nominal pad on the body at full power, 48.3 C): 2.7 W/K.
            var check = new HeatBalanceCheck();

            Assert.Equal(-1, Run(check, 70.0, 1.0, RoomC + 26.0, 3600));
            Assert.InRange(check.HoldingConductanceWPerK, 2.0, 3.0);
        }

        [Fact]
        public void HeatBalanceCheck_StaysQuiet_WhenTheElementsPowerIsUnknown()
        {
            var check = new HeatBalanceCheck();

            Assert.Equal(-1, Run(check, 0.0, 1.0, RoomC + 2.0, 1200));
        }

        [Fact]
        public void HeatBalanceCheck_StaysQuiet_InAHoldBelowHalfPower()
        {
            // A hold at 0.3 duty standing 3 C over the room would be 7 W/K at 70 W: below half power it is not judged.
            var check = new HeatBalanceCheck();

            Assert.Equal(-1, Run(check, 70.0, 0.3, RoomC + 3.0, 1200));
        }

        [Fact]
        public void HeatBalanceCheck_StaysQuiet_WhileTheReadingRises()
        {
            // A heavy pad heating slowly from the room under full power: 0.004 C/s is never standing still.
            var check = new HeatBalanceCheck();
            for (int i = 0; i < 10; i++)
            {
                check.Update(RoomC, 1.0, 0.0, false, 70.0);
            }

            for (int t = 1; t <= 2000; t++)
            {
                Assert.False(check.Update(RoomC + (0.004 * t), 1.0, 1.0, true, 70.0), $"latched at {t} s");
            }
        }
    }
}
