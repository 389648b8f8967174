using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Witn34
{
    /// <summary>
    /// Session 34 (witn34, issue 4; docs/safety.md "Session 34: the element witness keeps judging under heat"). selfwit33's form N
    /// (under heat neither far-under-the-pair rule stands the element witness down) names 439 of early33's 448 warm-place rows
    /// before 48 °C, but was not landed: it lets the witness judge on its OWN sensor's wrong reading. These tests pin what main's
    /// stand-down does with a sensor off the element (<see cref="ElementOffSession"/>, seed 1820, the fixture's factory record);
    /// each comment gives form N's figure (branch witn34, 8ecd39c), which makes the marked assertions fail.
    /// </summary>
    public class ElementSensorOffTests
    {
        // Off into the room at 400 s on nominal-12v at L5: the element reads the room, far under the pair; main stands the witness
        // down. No fault, nothing affirmed or capped, peak 44.59 °C. Form N: the same, the witness judging on (FarUnderPair
        // reported 67 s after the sensor left).
        [Fact]
        public void AnElementSensorOffIntoTheRoom_StandsTheWitnessDown_AndNeitherAffirmsNorLatches()
        {
            var r = ElementOffSession.Run("nominal-12v", 5, TherapyProgram.Heat, 1820, 400, double.NaN);

            Assert.Equal(FaultCode.None, r.Fault);
            Assert.Equal(ElementWitnessState.Detached, r.State);
            Assert.Equal(0, r.AffirmedS);
            Assert.Equal(0, r.CapHeldS);
            Assert.InRange(r.PeakC, 44.4, 44.7);
        }

        // Off into a 40 °C place (the bedding, a body) at 120 s on folded-covered at L5, the contrast program: main stands the
        // witness down in the first heat-up, and the session runs to its end with no fault (peak 41.34 °C). Form N: at the second
        // heat phase's start (490 s) the pair has cooled under the place, the estimate from the sensor in the place stands over it
        // by the margin and the verdict names the healthy pair sensor_detached (the surface ≤ 29.2 °C): a false alarm. Over 720
        // sessions (6 pads x L1/L5 x heat/contrast x off at 5/120/400 s x the room/30/34/37/40 °C x seeds 1820-1821) form N
        // latches 48 against main's 27, every added one in a 37-40 °C place.
        [Fact]
        public void AnElementSensorOffIntoAPlaceWarmerThanThePair_StandsTheWitnessDown_AndNamesNothingAtTheReheat()
        {
            var r = ElementOffSession.Run("folded-covered", 5, TherapyProgram.Contrast, 1820, 120, 40.0);

            Assert.Equal(FaultCode.None, r.Fault);                      // form N: SensorDetached at 490 s
            Assert.Equal(ElementWitnessState.Detached, r.State);
            Assert.InRange(r.PeakC, 41.2, 41.5);                        // form N: 29.23 °C (ended at 490 s)
        }

        // Off into a 40 °C place at 120 s on folded-covered at L1 (setpoint under the place): main stands the witness down and
        // affirms nothing. Form N judges on: at the low holding duty the estimate (the place less a small drop) lands within 2 °C of
        // the pair and it affirms the healthy pair for 1,377 s (the readings-only checks stand down meanwhile). No fault on either,
        // peak 38.00 °C.
        [Fact]
        public void AnElementSensorOffIntoAFortyDegreePlace_AffirmsNothing_AtLevelOne()
        {
            var r = ElementOffSession.Run("folded-covered", 1, TherapyProgram.Heat, 1820, 120, 40.0);

            Assert.Equal(FaultCode.None, r.Fault);
            Assert.Equal(0, r.AffirmedS);                               // form N: 1,377 s
            Assert.InRange(r.PeakC, 37.8, 38.2);
        }

        // The same, then both pair sensors into a place 16 °C over the room (38 °C) at 600 s: on main nothing is affirmed and nothing
        // is named in the hour; the pair reads over the surface, so the pad under-heats (peak 34.19 °C). Form N affirms the DEPARTED
        // pair for the rest of the hour (2,813 s), names nothing either, the same peak: the affirmation needs a low duty (a small
        // drop), which a pair reading under the level does not give.
        [Fact]
        public void AnElementSensorOffAndThePairOffIntoPlacesAlike_AffirmNothing_AndThePadUnderHeats()
        {
            var r = ElementOffSession.Run("folded-covered", 1, TherapyProgram.Heat, 1820, 120, 40.0, 600, 16.0, 3600);

            Assert.Equal(FaultCode.None, r.Fault);
            Assert.Equal(0, r.AffirmedAfterPairS);                      // form N: 2,813 s
            Assert.True(r.PeakC < 34.5, "peak " + r.PeakC.ToString("F2"));
        }
    }
}
