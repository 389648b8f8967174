using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Element
{
    /// <summary>
    /// Session 18: the element sensor (a DS18B20 bonded to the heating element), its learner and the element witness
    /// (docs/safety.md "Session 18: the element witness built").
    /// </summary>
    public class ElementWitnessTests
    {
        private const int Seconds = 1800;

        // A heat session on the pad, the pair seeing `view` of the surface's rise over the room; returns the run, the second
        // the surface first passed 48 °C (-1: never) and the fault's second (-1: none).
        private static (FaultRun Run, int T48, int FaultAt) Session(PadParameters pad, int seed, int level, double view, bool element, Action<FaultRun, int>? onTick = null)
        {
            return PartialViewSession.Run(pad, seed, level, view, element ? r => r.FitElementSensor() : null, Seconds, onTick);
        }

        [Theory]
        [InlineData("nominal-12v", "air")]
        [InlineData("nominal-12v", "body")]
        [InlineData("free-air", "air")]
        [InlineData("thick-slow", "air")]
        [InlineData("strong-60w", "body")]
        [InlineData("folded-covered", "body")]
        public void Learner_AtAColdStart_LearnsTheElementWithinTheMeasuredBounds(string padName, string condition)
        {
            // Bounds: the session-18 scan's worst cold-start errors over the shipped pads and the bench family (C within
            // -0.5..+0.65, G_cs within -0.55..+1.3 of the pad's; docs/safety.md "Session 18"), on the shipped pads here.
            PadParameters pad = BenchPadFamily.InCondition(PadFile.LoadShipped(padName), condition);
            foreach (int seed in new[] { 1801, 1802, 1803 })
            {
                var (run, _, _) = Session(pad, seed, 5, 1.0, true);
                ElementModelLearner learner = run.Core.Supervisor.ElementWitness.Learner;
                Assert.True(learner.Learned, padName + " " + condition + " seed " + seed + ": not learned");
                double capacityError = (learner.CapacityJPerK / pad.CoreCapacityJPerK) - 1.0;
                double conductanceError = (learner.ConductanceWPerK / pad.CoreToSurfaceWPerK) - 1.0;
                Assert.InRange(capacityError, -0.5, 0.65);
                Assert.InRange(conductanceError, -0.55, 1.3);
            }
        }

        [Fact]
        public void Learner_OnAPadWithoutHeat_LearnsNothing()
        {
            var learner = new ElementModelLearner();
            for (int s = 0; s < 600; s++)
            {
                learner.Update(true, 22.0 + (0.0625 * (s % 2)), true, 0.0, true, 22.0, 1.0);
            }

            Assert.False(learner.Learned);
        }

        [Fact]
        public void Learner_AStartWithTheElementFarOverTheSurface_IsNotACold_Start()
        {
            // A warm element (a session just ended, the element 5 °C over the pair): no fit begins.
            var learner = new ElementModelLearner();
            for (int s = 0; s < 300; s++)
            {
                learner.Update(true, 45.0 + (0.05 * s), true, 60.0, true, 40.0, 1.0);
            }

            Assert.False(learner.Learning);
            Assert.False(learner.Learned);
        }

        [Fact]
        public void Check_OverTheElementLimit_IsReportedAfterThreeReads_AndOneReadIsNot()
        {
            // Reported, not latched (the latch was withdrawn after review 19a).
            var check = new ElementWitnessCheck();
            SensorReading pair = SensorReading.Valid(40.0);
            check.Update(true, SensorReading.Valid(ElementWitnessCheck.ElementMaxC + 1.0), true, 50.0, pair, true, 1.0);
            check.Update(true, SensorReading.Valid(60.0), true, 50.0, pair, true, 1.0);
            Assert.False(check.OverLimit);
            for (int i = 0; i < ElementWitnessCheck.OverReads; i++)
            {
                check.Update(true, SensorReading.Valid(ElementWitnessCheck.ElementMaxC + 1.0), true, 50.0, pair, true, 1.0);
            }

            Assert.True(check.OverLimit);
        }

        [Fact]
        public void Check_ThePowerOnValue_IsAFailedRead_NotAnOverTemperature()
        {
            var check = new ElementWitnessCheck();
            for (int i = 0; i < 20; i++)
            {
                check.Update(true, SensorReading.Valid(85.0), true, 50.0, SensorReading.Valid(40.0), true, 1.0);
            }

            Assert.Equal(ElementWitnessState.Lost, check.State);
            Assert.False(check.OverLimit);
        }

        [Fact]
        public void NotFitted_TheWitnessDoesNothing()
        {
            var (run, _, fault) = Session(PadFile.LoadShipped("nominal-12v"), 1810, 5, 1.0, false);
            Assert.Equal(-1, fault);
            Assert.Equal(ElementWitnessState.NotFitted, run.Core.Supervisor.ElementWitness.State);
            Assert.False(run.Core.Supervisor.ElementWitness.Learner.Learned);
        }

        [Theory]
        [InlineData(ElementSensorFailure.Lost, 0, ElementWitnessState.Lost, false)]
        [InlineData(ElementSensorFailure.Lost, 400, ElementWitnessState.Lost, false)]
        [InlineData(ElementSensorFailure.PowerOnValue, 400, ElementWitnessState.Lost, false)]
        [InlineData(ElementSensorFailure.Frozen, 400, ElementWitnessState.Frozen, false)]
        // Frozen at the room before the first heat: the pair rises 5 °C over it within the frozen watch's 120 s. Until session 34
        // the far-under-the-pair watch (60 s) stood the witness down first (Detached); since then it only reports, and the frozen
        // watch stands the witness down at 120 s of heat. Either way nothing latches and nothing heats.
        [InlineData(ElementSensorFailure.Frozen, 5, ElementWitnessState.Frozen, false)]
        // Off the element at 400 s (it follows the room): until session 34 stood down (Detached); since then reported
        // (FarUnderPair) while the witness keeps judging, and still nothing latches and nothing heats.
        [InlineData(ElementSensorFailure.Detached, 400, ElementWitnessState.Judging, true)]
        public void AFailingElementSensor_GivesNoHeatAndNoPadFault_TheWitnessStandsDownOrReportsIt(ElementSensorFailure failure, int atS, ElementWitnessState expected, bool farUnderPair)
        {
            // The same session without the element sensor: the failing sensor must not change a single duty, nor latch.
            PadParameters pad = PadFile.LoadShipped("nominal-12v");
            var (without, _, withoutFault) = Session(pad, 1820, 5, 1.0, false);
            var (with, _, withFault) = Session(pad, 1820, 5, 1.0, true, (run, s) =>
            {
                if (s == atS + 1)
                {
                    run.ElementSensor.Failure = failure;
                }
            });
            Assert.Equal(-1, withoutFault);
            Assert.Equal(-1, withFault);
            Assert.Equal(expected, with.Core.Supervisor.ElementWitness.State);
            Assert.Equal(farUnderPair, with.Core.Supervisor.ElementWitness.FarUnderPair);
            Assert.Equal(without.RatedHeatS, with.RatedHeatS);
            Assert.Equal(without.SurfaceDose, with.SurfaceDose);
        }

        [Fact]
        public void APartialViewThatMainNeverNames_IsReportedOverTheElementLimit_ButNotStopped()
        {
            // view16's class: a folded strong-60w whose pair sees 10 % of the rise. Main names it never (the surface passes
            // 100 °C). With the element sensor the element's 95 °C limit is passed (after the surface passed 48 °C) and
            // reported; since review 19a it latches nothing, so the session runs as without the sensor (docs/safety.md
            // "Session 18", "Review 19a"). Only the hardware (TCO1, TF1) bounds this class.
            PadParameters pad = PadFile.LoadShipped("strong-60w").With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: 0.3);
            double peakWithout = 0.0;
            double peakWith = 0.0;
            var (_, _, faultWithout) = Session(pad, 1830, 5, 0.1, false, (run, s) => peakWithout = Math.Max(peakWithout, run.Pad.SurfaceC));
            var (with, t48, faultWith) = Session(pad, 1830, 5, 0.1, true, (run, s) => peakWith = Math.Max(peakWith, run.Pad.SurfaceC));
            Assert.True(with.Core.Supervisor.ElementWitness.OverLimit);
            Assert.True(t48 > 0);
            Assert.Equal(faultWithout, faultWith);
            Assert.Equal(peakWithout, peakWith);
        }
    }
}
