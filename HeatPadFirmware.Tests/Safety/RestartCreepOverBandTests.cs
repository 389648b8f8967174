using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Issue 4, session 15 (review 15b, traced by bedding14): a reading in the room band as heat returns that creeps over the
    /// band's edge by less than <see cref="RoomReadingCheck.RestartCreepC"/> since stays in the room count, on a pad that may burn
    /// only, and keeps the off-body suspect's bound (<see cref="RoomReadingCheck.OffBodyMinWorkS"/>). Before it, one DS18B20 step
    /// over the edge 5 s after the restart was "the pad shown" and ended the count (strong-60w's sensors on bedding the pad warms:
    /// nothing named until frozen_reading at 1,085 s, the surface at 59.4 °C).
    /// </summary>
    public class RestartCreepOverBandTests
    {
        private const double RoomC = 22.0;
        private const double Step = 0.0625;
        private const double PowerW = 60.0;

        [Fact]
        public void RoomReadingCheck_NamesAReadingThatCreepsOneStepOverTheBandAfterTheRestart_OnTheSuspectBound()
        {
            RoomReadingCheck check = LearnedThenOff();

            // Full power from the restart; 5 s at the band's edge less a step, then one step over the edge, never more.
            double tripS = RestartUntilTrip(check, s => s <= 5 ? RoomC + 1.0 - Step : RoomC + 1.0 + Step, true);

            // The learned bound is 2 × 20 + 20 = 60 full-power s; the pad may have lost its body in the off: 72 s.
            Assert.InRange(tripS, RoomReadingCheck.OffBodyMinWorkS, RoomReadingCheck.OffBodyMinWorkS + 1.0);
        }

        [Fact]
        public void RoomReadingCheck_TakesTheCreepAsThePad_OnAPadThatCannotBurn()
        {
            RoomReadingCheck check = LearnedThenOff();

            // The same readings on a pad whose full power cannot burn (review 9: a weak pad's full power holds its reading barely
            // over the band under a cold pack): over the edge is the pad shown, as before.
            double tripS = RestartUntilTrip(check, s => s <= 5 ? RoomC + 1.0 - Step : RoomC + 1.0 + Step, false);

            Assert.Equal(double.PositiveInfinity, tripS);
        }

        [Fact]
        public void RoomReadingCheck_TakesAReadingThatRisesOverTheEdgeAsThePad()
        {
            RoomReadingCheck check = LearnedThenOff();

            // An attached pad: its reading goes on rising once over the edge (0.01 °C/s): four steps over its value at the return
            // after about 25 s, before the bound, and the count ends.
            double tripS = RestartUntilTrip(check, s => Quantise(RoomC + 1.0 - Step + (0.01 * s)), true);

            Assert.Equal(double.PositiveInfinity, tripS);
        }

        [Fact]
        public void RoomReadingCheck_TakesAReadingThatFellAfterTheReturnAndRoseOverTheEdgeAsThePad()
        {
            RoomReadingCheck check = LearnedThenOff();

            // A reading still falling for its lag as the heat returns (a cold pack lifted) to room + 0.5 °C, then rising back over
            // the edge to room + 1.125 °C: 0.625 °C over its lowest since the return, under 0.25 °C over its value at the return.
            double tripS = RestartUntilTrip(check, s => s <= 20 ? RoomC + 0.5 : (s <= 40 ? RoomC + 1.0 - Step : RoomC + 1.0 + (2.0 * Step)), true);

            Assert.Equal(double.PositiveInfinity, tripS);
        }

        /// <summary>
        /// A check that learned a 20 full-power-second heat-up at 60 W from the 22 °C room, saw the pad at 30 °C, then had the
        /// user's 185 s off press with the reading falling to one step under the band's edge and holding there.
        /// </summary>
        private static RoomReadingCheck LearnedThenOff()
        {
            var check = new RoomReadingCheck();
            Assert.False(check.Update(RoomC, 1.0, 0.0, false, PowerW, 0.0, true, true));
            for (int s = 1; s <= 120; s++)
            {
                double readingC = s <= 20 ? RoomC + 0.5 : RoomC + 8.0;
                Assert.False(check.Update(readingC, 1.0, 1.0, true, PowerW, 1.0, true, true));
            }

            for (int s = 1; s <= 185; s++)
            {
                double readingC = s <= 10 ? RoomC + 8.0 - (0.7 * s) : RoomC + 1.0 - Step;
                Assert.False(check.Update(readingC, 1.0, 0.0, false, PowerW, 0.0, true, false));
            }

            return check;
        }

        private static double RestartUntilTrip(RoomReadingCheck check, System.Func<int, double> readingC, bool padMayBurn)
        {
            for (int s = 1; s <= 600; s++)
            {
                if (check.Update(readingC(s), 1.0, 1.0, true, PowerW, 1.0, padMayBurn, true))
                {
                    return s;
                }
            }

            return double.PositiveInfinity;
        }

        private static double Quantise(double c)
        {
            return System.Math.Round(c / Step) * Step;
        }
    }
}
