using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Element;
using Xunit;

namespace HeatPadFirmware.Tests.Ecap28
{
    /// <summary>
    /// Session 28 (ecap28, measured, not landed): a grace for the calibrated witness's affirmation — kept through up to 30 judged
    /// seconds of the gap out of its band — cleared two lying-down trips (530294, 630194: the estimate's swing at a power step) but
    /// named loosening rows later under mis-recorded records (docs/safety.md, Session 28). These guards pin the affirmation as it
    /// is: at steady power a gap leaving the band ends it on that tick (the unconditional grace failed this), and an excursion
    /// before the first affirmation restarts its count. Driven on session 20's two-node plant
    /// (<see cref="ElementWitnessStandDownTests.TwoNodePlant"/>: the exact record, so the gap is the pair's offset alone).
    /// </summary>
    public class AffirmationBandTests
    {
        private static ElementWitnessCheck NewCalibrated()
        {
            var check = new ElementWitnessCheck();
            check.Learner.Calibrate(new ElementCalibration(
                ElementWitnessStandDownTests.TwoNodePlant.ElementJPerK,
                ElementWitnessStandDownTests.TwoNodePlant.CoreToSurfaceWPerK,
                ElementWitnessStandDownTests.TwoNodePlant.CoreToRoomWPerK,
                0.0));
            return check;
        }

        // One 1 s tick of heat with the pair reading the surface + offsetC.
        private static void Tick(ElementWitnessStandDownTests.TwoNodePlant plant, ElementWitnessCheck check, double offsetC)
        {
            Tick(plant, check, offsetC, ElementWitnessStandDownTests.TwoNodePlant.PowerW);
        }

        // As above at powerW (heat still wanted: a heat phase whose duty the controller set to powerW's share).
        private static void Tick(ElementWitnessStandDownTests.TwoNodePlant plant, ElementWitnessCheck check, double offsetC, double powerW)
        {
            plant.Step(powerW, 1.0);
            check.Update(true, SensorReading.Valid(plant.ElementC), true, powerW, SensorReading.Valid(plant.SurfaceC + offsetC), true, 1.0);
        }

        // The gap the affirmation judges: the estimate before the room's span lowered it, less the pair.
        private static double AffirmGap(ElementWitnessCheck check)
        {
            return check.GapC + check.RoomShiftC;
        }

        [Fact]
        public void Witness_AtSteadyPower_AGapLeavingItsBand_EndsTheAffirmationAtOnce()
        {
            var plant = new ElementWitnessStandDownTests.TwoNodePlant();
            ElementWitnessCheck check = NewCalibrated();
            for (int s = 1; s <= 600; s++)
            {
                Tick(plant, check, 0.0);
            }

            Assert.True(check.Affirms);

            // At steady power (a pair loosening under a steady heat): the affirmation ends on the tick the gap leaves the band
            // (session 28's unconditional 30 s grace named 7 loosening rows 4-29 s later under a G_cs x0.90 record).
            int leftS = -1;
            int lapsedS = -1;
            for (int s = 1; s <= 300 && lapsedS < 0; s++)
            {
                Tick(plant, check, -8.0);
                if (leftS < 0 && AffirmGap(check) > ElementWitnessCheck.AffirmGapC)
                {
                    leftS = s;
                }

                if (!check.Affirms)
                {
                    lapsedS = s;
                }
            }

            Assert.True(leftS > 0, "the gap never left the band");
            Assert.Equal(leftS, lapsedS);
        }

        [Fact]
        public void Witness_AnExcursionBeforeTheAffirmationIsGiven_RestartsItsCount()
        {
            // Undisturbed, the first affirmation comes at firstS; the same run with the pair 15 C under the surface for 12 s ending
            // 20 s before it: no affirmation yet, so no grace — the count starts again once the gap is back in the band.
            int firstS = FirstAffirmationS();
            Assert.True(firstS > 0, "never affirmed undisturbed");
            int excursionEndS = firstS - 20;

            int lastOutS = -1;
            var plant = new ElementWitnessStandDownTests.TwoNodePlant();
            ElementWitnessCheck check = NewCalibrated();
            int disturbedFirstS = -1;
            for (int s = 1; s <= 900 && disturbedFirstS < 0; s++)
            {
                Tick(plant, check, s > excursionEndS - 12 && s <= excursionEndS ? -15.0 : 0.0);
                if (check.Judged && AffirmGap(check) > ElementWitnessCheck.AffirmGapC)
                {
                    lastOutS = s;
                }

                if (check.Affirms)
                {
                    disturbedFirstS = s;
                }
            }

            Assert.True(lastOutS > excursionEndS - 12, "the excursion never left the band");
            Assert.InRange(disturbedFirstS, lastOutS + (int)ElementWitnessCheck.AffirmS - 1, lastOutS + (int)ElementWitnessCheck.AffirmS + 1);
        }

        private static int FirstAffirmationS()
        {
            var plant = new ElementWitnessStandDownTests.TwoNodePlant();
            ElementWitnessCheck check = NewCalibrated();
            for (int s = 1; s <= 900; s++)
            {
                Tick(plant, check, 0.0);
                if (check.Affirms)
                {
                    return s;
                }
            }

            return -1;
        }
    }
}
