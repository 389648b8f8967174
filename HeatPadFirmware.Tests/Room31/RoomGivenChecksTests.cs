using System;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Room31
{
    /// <summary>
    /// Session 31: the detached, heat-balance and heat-energy checks take their room from the supervisor's <see cref="RoomAirEstimate"/>.
    /// Given the lowest reading they judge exactly as with their own; given a warmer room they judge the same readings more strictly.
    /// </summary>
    public class RoomGivenChecksTests
    {
        // A cold pad heated at full power, held, then its pair parting: the reading falls 0.02 C/s toward 22 C under full power.
        private static double Reading(int t)
        {
            if (t < 1200)
            {
                return 12.0 + (26.0 * (1.0 - Math.Exp(-t / 400.0)));
            }

            return Math.Max(22.0, 12.0 + (26.0 * (1.0 - Math.Exp(-3.0))) - (0.02 * (t - 1200)));
        }

        private static double Duty(int t)
        {
            return t < 900 ? 1.0 : (t < 1200 ? 0.4 : 1.0);
        }

        [Fact]
        public void EachCheck_GivenTheLowestReading_JudgesAsWithItsOwnRoom()
        {
            var ownDetached = new SensorDetachedCheck();
            var givenDetached = new SensorDetachedCheck();
            var ownBalance = new HeatBalanceCheck();
            var givenBalance = new HeatBalanceCheck();
            var ownEnergy = new HeatEnergyCheck();
            var givenEnergy = new HeatEnergyCheck();
            var air = new RoomAirEstimate();
            for (int t = 0; t < 3600; t++)
            {
                double c = Reading(t);
                double duty = Duty(t);
                air.Update(c, 1.0, duty);
                Assert.Equal(ownDetached.Update(c, 1.0, duty, true), givenDetached.Update(c, 1.0, duty, true, air.RoomC));
                Assert.Equal(ownDetached.HardWorkLeadC, givenDetached.HardWorkLeadC);
                Assert.Equal(ownBalance.Update(c, 1.0, duty, true, 70.0), givenBalance.Update(c, 1.0, duty, true, 70.0, air.RoomC));
                Assert.Equal(ownBalance.HoldingConductanceWPerK, givenBalance.HoldingConductanceWPerK);
                Assert.Equal(ownEnergy.Update(c, 1.0, duty, 70.0, null), givenEnergy.Update(c, 1.0, duty, 70.0, null, air.RoomC));
                Assert.Equal(ownEnergy.UnseenJ, givenEnergy.UnseenJ);
            }
        }

        [Fact]
        public void TheEnergyCheck_GivenTheAirOverTheLowestReading_CountsMoreUnseenHeat()
        {
            var lowest = new HeatEnergyCheck();
            var warmer = new HeatEnergyCheck();
            double lowestUnseenJ = 0.0;
            double warmerUnseenJ = 0.0;
            for (int t = 0; t < 3600; t++)
            {
                double c = Reading(t);
                lowest.Update(c, 1.0, Duty(t), 70.0, null, 12.0);
                warmer.Update(c, 1.0, Duty(t), 70.0, null, 22.0);
                lowestUnseenJ = Math.Max(lowestUnseenJ, lowest.UnseenJ);
                warmerUnseenJ = Math.Max(warmerUnseenJ, warmer.UnseenJ);
            }

            // The loss excused is 2 W/K x (reading - room): 10 K of room is 20 W less excused while the reading is over 22 C.
            Assert.True(warmerUnseenJ > lowestUnseenJ + 10000.0, lowestUnseenJ.ToString("F0") + " J -> " + warmerUnseenJ.ToString("F0") + " J");
        }
    }
}
