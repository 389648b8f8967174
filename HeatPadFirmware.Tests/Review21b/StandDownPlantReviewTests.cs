using HeatPadFirmware.Tests.Element;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review21b
{
    /// <summary>
    /// Review 21b: since the merge of lie20 with wit20 (8bbb538) the affirmation is judged on the gap before the room's span
    /// (GapC + RoomShiftC). Guard: a pair sliding behind the surface ends the affirmation with that unshifted gap between
    /// AffirmGapC and the calibrated floor (lie20's own test asserts it on GapC, which now includes the span, and fails: 0.80 C).
    /// </summary>
    public class StandDownPlantReviewTests
    {
        [Fact]
        public void PairFallingBehind_EndsTheAffirmation_OnTheGapBeforeTheRoomSpan()
        {
            var plant = new ElementWitnessStandDownTests.TwoNodePlant();
            var check = new ElementWitnessCheck();
            check.Learner.Calibrate(new ElementCalibration(ElementWitnessStandDownTests.TwoNodePlant.ElementJPerK, ElementWitnessStandDownTests.TwoNodePlant.CoreToSurfaceWPerK, ElementWitnessStandDownTests.TwoNodePlant.CoreToRoomWPerK, 0.0));
            for (int s = 1; s <= 900; s++)
            {
                plant.Step(ElementWitnessStandDownTests.TwoNodePlant.PowerW, 1.0);
                check.Update(true, SensorReading.Valid(plant.ElementC), true, ElementWitnessStandDownTests.TwoNodePlant.PowerW, SensorReading.Valid(plant.SurfaceC), true, 1.0);
            }

            Assert.True(check.Affirms);
            double gapAtEndC = double.NaN;
            for (int s = 1; s <= 600 && double.IsNaN(gapAtEndC); s++)
            {
                plant.Step(ElementWitnessStandDownTests.TwoNodePlant.PowerW, 1.0);
                double share = 1.0 - (0.5 * s / 600.0);
                double pairC = ElementWitnessStandDownTests.TwoNodePlant.RoomC + (share * (plant.SurfaceC - ElementWitnessStandDownTests.TwoNodePlant.RoomC));
                check.Update(true, SensorReading.Valid(plant.ElementC), true, ElementWitnessStandDownTests.TwoNodePlant.PowerW, SensorReading.Valid(pairC), true, 1.0);
                if (!check.Affirms)
                {
                    gapAtEndC = check.GapC + check.RoomShiftC;
                }
            }

            Assert.InRange(gapAtEndC, ElementWitnessCheck.AffirmGapC, ElementWitnessCheck.CalibratedFloorC);
        }
    }
}
