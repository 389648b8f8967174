using System;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Room31
{
    /// <summary>
    /// Session 31 (room31, docs/safety.md "Session 31: the cold start's room"): <see cref="RoomAirEstimate"/>, the room the detached,
    /// heat-balance and heat-energy checks judge against. It starts at the lowest reading and only rises toward the air on a pad left
    /// unheated long enough for its core to settle whose reading still rises.
    /// </summary>
    public class RoomAirEstimateTests
    {
        private const double TickS = 1.0;

        // A first-order approach from startC toward sinkC with time constant tauS, read in 1/16 C steps, duty 0 throughout.
        private static double Approach(double startC, double sinkC, double tauS, double tS)
        {
            double c = sinkC + ((startC - sinkC) * Math.Exp(-tS / tauS));
            return Math.Round(c * 16.0) / 16.0;
        }

        [Fact]
        public void StaysAtTheLowestReading_InAColdBedroom_WhereThePadRestsAtTheAir()
        {
            var air = new RoomAirEstimate();
            var random = new Random(31);
            for (int t = 0; t < 7200; t++)
            {
                // A pad at rest at 12 C: the DS18B20's 1/16 C steps and noise around it, no heat.
                double c = Math.Round((12.0 + (0.05 * ((random.NextDouble() * 2.0) - 1.0))) * 16.0) / 16.0;
                air.Update(c, TickS, 0.0);
                Assert.Equal(air.LowestC, air.RoomC);
            }

            Assert.InRange(air.RoomC, 11.9, 12.0);
        }

        [Fact]
        public void RisesTowardTheAir_WhenAPadLeftUnheatedWarms_AndNeverAboveItsReadingNorTheAir()
        {
            var air = new RoomAirEstimate();
            double highestC = double.MinValue;
            for (int t = 0; t <= 3600; t++)
            {
                // Switched on at 12 C in a 22 C room and left unheated: the folded pad's slow approach (time constant 1,500 s).
                double c = Approach(12.0, 22.0, 1500.0, t);
                highestC = Math.Max(highestC, c);
                air.Update(c, TickS, 0.0);
                Assert.True(air.RoomC <= highestC, "t " + t + ": " + air.RoomC.ToString("F3") + " over the highest reading " + highestC.ToString("F3"));
                Assert.True(air.RoomC <= 22.0, "t " + t + ": past the air");
                if (t < RoomAirEstimate.QuietS)
                {
                    Assert.Equal(air.LowestC, air.RoomC);
                }
            }

            Assert.Equal(12.0, air.LowestC);
            Assert.InRange(air.RoomC, 19.0, 22.0);
        }

        [Fact]
        public void IgnoresARise_BeforeThePadHasBeenUnheatedForTheQuietStretch()
        {
            // Heat stopped at 20 C with the core still warmer: the surface rises 3 C over the next 600 s from the core's heat alone.
            var air = new RoomAirEstimate();
            air.Update(12.0, TickS, 0.0);
            for (int t = 0; t < 300; t++)
            {
                air.Update(12.0 + (t * 8.0 / 300.0), TickS, 1.0);
            }

            for (int t = 0; t < (int)RoomAirEstimate.QuietS - 1; t++)
            {
                air.Update(Approach(20.0, 23.0, 150.0, t), TickS, 0.0);
                Assert.Equal(12.0, air.RoomC);
            }
        }

        [Fact]
        public void AnyHeat_StartsTheQuietStretchAgain()
        {
            var air = new RoomAirEstimate();
            for (int t = 0; t <= 3600; t++)
            {
                // The warming pad of the test above, but a short pulse of heat every 600 s.
                double duty = t % 600 == 599 ? 0.01 : 0.0;
                air.Update(Approach(12.0, 22.0, 1500.0, t), TickS, duty);
                Assert.Equal(12.0, air.RoomC);
            }
        }

        [Fact]
        public void WithdrawsTheRaise_WhenAQuietPadWarmsPastTheRoomsTheChecksTrust_ABodyNotTheAir()
        {
            // A body on an unheated pad in a 12 C room: the pad warms toward about 31 C. The estimate follows up to the checks' 30 C
            // ceiling, then takes the warming for the body's and returns to the lowest reading.
            var air = new RoomAirEstimate();
            bool raised = false;
            for (int t = 0; t <= 7200; t++)
            {
                double c = Approach(12.0, 31.5, 1200.0, t);
                air.Update(c, TickS, 0.0);
                raised = raised || air.RoomC > air.LowestC;
                Assert.True(air.RoomC <= RoomReadingCheck.MaxRoomC);
            }

            Assert.True(raised);
            Assert.Equal(12.0, air.RoomC);
        }

        [Fact]
        public void APadSwitchedOnWarm_HasTheLowestReadingForItsRoom_AsItCools()
        {
            var air = new RoomAirEstimate();
            for (int t = 0; t <= 3600; t++)
            {
                double c = Approach(40.0, 22.0, 600.0, t);
                air.Update(c, TickS, 0.0);
                Assert.Equal(c, air.RoomC);
            }
        }

        [Fact]
        public void IgnoresReadingsThatAreNotFinite()
        {
            var air = new RoomAirEstimate();
            air.Update(double.NaN, TickS, 0.0);
            Assert.False(air.HasRoom);
            air.Update(15.0, TickS, 0.0);
            air.Update(double.NaN, TickS, 0.0);
            air.Update(double.NegativeInfinity, TickS, 0.0);
            air.Update(double.PositiveInfinity, TickS, 0.0);
            Assert.True(air.HasRoom);
            Assert.Equal(15.0, air.LowestC);
            Assert.Equal(15.0, air.RoomC);
        }
    }
}
