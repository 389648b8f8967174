using TwoNodePlant = HeatPadFirmware.Tests.Element.ElementWitnessStandDownTests.TwoNodePlant;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review21b
{
    /// <summary>
    /// Review 21b (lie20's stand-down of the readings-only checks while the calibrated element witness affirms the pair):
    /// how far under the surface the pair can read, held steady, while <see cref="ElementWitnessCheck.Affirms"/> stays true
    /// (and so the heat-energy check, the coupling check's unsettled-doubt watch and probes and the heating watch's deep fall
    /// latch nothing), with the factory record right and with the record a little wrong in the direction that reads the
    /// estimate LOW (G_cs recorded low, the sensed power high, the element sensor reading cold).
    /// A two-node pad (element, surface) in a 22 C room, 30 W, the same structure as ElementWitnessStandDownTests' plant.
    /// </summary>
    public class AffirmedPairOffsetReviewTests
    {
        // Steady pair offset under the surface, C, the largest (0.1 C steps) still affirmed through 1,200 s after a 600 s
        // start with the pair on the surface.
        internal static double LargestAffirmedOffsetC(double gScale, double powerScale, double elementOffsetC)
        {
            double largest = 0.0;
            for (int tenths = 1; tenths <= 80; tenths++)
            {
                double offsetC = tenths / 10.0;
                if (StaysAffirmed(offsetC, gScale, powerScale, elementOffsetC))
                {
                    largest = offsetC;
                }
            }

            return largest;
        }

        internal static bool StaysAffirmed(double offsetC, double gScale, double powerScale, double elementOffsetC)
        {
            var plant = new TwoNodePlant();
            var check = new ElementWitnessCheck();
            check.Learner.Calibrate(new ElementCalibration(TwoNodePlant.ElementJPerK, TwoNodePlant.CoreToSurfaceWPerK * gScale, TwoNodePlant.CoreToRoomWPerK, 0.0));
            for (int s = 1; s <= 1800; s++)
            {
                plant.Step(TwoNodePlant.PowerW, 1.0);
                // The pair slides to offsetC under the surface over 120 s from 600 s (slower than the affirmation's 60 s memory).
                double under = s <= 600 ? 0.0 : System.Math.Min(1.0, (s - 600) / 120.0) * offsetC;
                check.Update(true, SensorReading.Valid(plant.ElementC + elementOffsetC), true, TwoNodePlant.PowerW * powerScale, SensorReading.Valid(plant.SurfaceC - under), true, 1.0);
                if (s > 600 && !check.Affirms)
                {
                    return false;
                }
            }

            return check.Affirms;
        }

        [Fact]
        public void ExactRecord_APairThreeDegreesUnderTheSurface_IsNotAffirmed()
        {
            // Measured: the largest steady offset still affirmed is 2.0 C (AffirmGapC), the stand-down's design.
            Assert.False(StaysAffirmed(3.0, 1.0, 1.0, 0.0));
            Assert.InRange(LargestAffirmedOffsetC(1.0, 1.0, 0.0), 1.5, ElementWitnessCheck.AffirmGapC + 0.2);
        }

        [Fact]
        public void EstimateFarTooLow_GcsLowSenseHighElementCold_AffirmsNothing_SoNoCheckIsStoodDown()
        {
            // G_cs x0.90, sensed power x1.05 and the element sensor 0.5 C cold together: the estimate sits more than 2 C under
            // an on-surface pair, so the witness never affirms (measured: not even at a 0.1 C offset) and every check latches
            // as on main ac07779. The danger zone is the smaller errors (the finding below).
            Assert.False(StaysAffirmed(0.0, 0.9, 1.05, -0.5));
            Assert.Equal(0.0, LargestAffirmedOffsetC(0.9, 1.05, -0.5));
        }

        [Fact]
        public void GcsRecordedHigh_NarrowsTheAffirmedOffset()
        {
            // G_cs x1.10 reads the estimate high: the pair must sit within 0.9 C of the surface to be affirmed (measured 0.9).
            Assert.InRange(LargestAffirmedOffsetC(1.1, 1.0, 0.0), 0.5, 1.5);
        }

        [Fact(Skip = "Review 21b MEDIUM: with the factory record's G_cs 10 % low the calibrated witness affirms a pair reading 3.3 C under the "
            + "surface (exact record 2.0 C; sensed power +5 % 2.7 C; element sensor 0.5 C cold 2.5 C), and the readings-only checks stay "
            + "stood down. faults seed 1 with the flags, both-sensor loosening kinds (BothSensorsLoosening, TwoPace, TwoPaceReversed, "
            + "ShortPhases), merge 8bbb538 vs the same tree with the stand-down off (= ac07779): exact record 0 of 480 cases differ; "
            + "G_cs x0.90: 5 named 7-48 s later (peak +0.9 C); G_cs x0.90 with sense +5 %: 14 named 7-167 s later, peak at the stop "
            + "up to +3.0 C (folded-covered TwoPace L2 @60 s 35.1 -> 38.1 C), one sensor_detached -> heating_failed 145 s later; "
            + "none past 48 C. The affirmation has no allowance for the record's error: AffirmGapC 2 C is applied to an estimate "
            + "whose own error is 0.1 x the drop per 10 % of G_cs. Session 21 (loose21) sized the band's loosening side on the "
            + "record's error (2 C - 0.05 x the drop, floored) and took it back: the witness's own transient after a power cut "
            + "reaches +1.82 C on the exact record (lying-down 330395, nominal-12v L5, 1,389 s), so a floor of 1.3 C added 130298 "
            + "(seed 1, +1.48 C) and 1.5 C added 330395 (seed 3), 630201 and 630291 (seed 6) to the lying-down trips (seeds 1, 3, 5, 6: "
            + "7 -> 10); with no floor seed 1 went 1 -> 5. With the "
            + "1.5 C floor this plant affirmed 2.8 C under the surface at G_cs x0.90 (docs/safety.md, Session 21, loose21).")]
        public void GcsRecordedTenPercentLow_APairThreeDegreesUnderTheSurface_IsNotAffirmed()
        {
            Assert.False(StaysAffirmed(3.0, 0.9, 1.0, 0.0));
        }
    }
}
