using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Detachment;
using HeatPadFirmware.Tests.Weak33;
using Xunit;
using Mode = HeatPadFirmware.Tests.Detachment.ElementDetachment.ElementMode;
using Pair = HeatPadFirmware.Tests.Detachment.ElementDetachment.PairMode;

namespace HeatPadFirmware.Tests.Review34a
{
    /// <summary>
    /// Review 34a (issue 4; docs/safety.md "Review 34a: the element witness judging under heat"): witn34 no longer stands the element
    /// witness down when the element reads far under the pair under heat (<see cref="ElementWitnessCheck.FarUnderPair"/>, reported
    /// only). The stand-down existed so that an element sensor off its element is not believed. These tests run the element sensor off
    /// its element (<see cref="ElementDetachment"/>), alone and then with the pair failing too, and pin what witn34 does where it is
    /// right; where it is not, the test asserts main's behaviour and is skipped with both figures.
    /// </summary>
    public class ElementWitnessJudgingUnderHeatTests
    {
        // nominal-12v in its 22 °C room, L5 heat: the element sensor's bond lets go at 120 s and it follows the room. The estimate
        // then stands 30-50 °C under the pair: no verdict, no affirmation, no cap (witn34's own claim holds for this sensor). Main
        // stood the witness down at the same second witn34 reports it far under the pair; neither latches.
        [Fact]
        public void ElementSensorOffToTheRoom_WithAHealthyPair_NeitherLatchesNorAffirmsNorCaps()
        {
            var r = ElementDetachment.Run(PadFile.LoadShipped("nominal-12v"), 22.0, 0.0, 5, TherapyProgram.Heat, Mode.Place, 22.0, 120, Pair.None, 0.0, 0, 2700);

            Assert.True(r.Fault == FaultCode.None, ElementDetachment.Describe(r));
            Assert.Equal(ElementWitnessState.Judging, r.State);
            Assert.InRange(r.FarAtS, 120, 400);
            Assert.Equal(0, r.AffirmAfterElementS);
            Assert.Equal(0, r.CapS);
        }

        // folded-covered in a 30 °C room, L5: the element sensor comes off onto the laminate's surface side at 120 s (it reads the
        // surface through a 60 s lag), then at 900 s the pair loosens to half the surface's rise over 300 s. Main stood the witness
        // down at 206 s and never named the pair: 59.47 °C, 2,263 s past 48 °C, dose 446. witn34 keeps judging and names it
        // sensor_detached at 1,542 s: 50.17 °C, 205 s past 48 °C, dose 0.67.
        [Fact]
        public void ElementSensorOnTheSurfaceSide_ThenThePairLoosening_IsNamedSoonerThanMainOnAWarmRoomFoldedPad()
        {
            var r = ElementDetachment.Run(PadFile.LoadShipped("folded-covered"), 30.0, 0.0, 5, TherapyProgram.Heat, Mode.Surface, 1.0, 120, Pair.View, 0.5, 900, 3600);

            Assert.True(r.Fault == FaultCode.SensorDetached, ElementDetachment.Describe(r));
            Assert.InRange(r.FaultAtS, 1500, 1600);
            Assert.InRange(r.PeakC, 49.9, 50.5);
            Assert.InRange(r.Over48S, 150, 260);
        }

        // The weak random-002 (16.2 W, insulated) in a 28 °C room, L5: the element sensor off at 60 s reading 0.8 of the surface's rise,
        // the pair loosening to half from 600 s. Main: stood down at 433 s, never named: 61.28 °C, 2,059 s past 48 °C. witn34: named
        // sensor_detached at 915 s, 44.20 °C.
        [Fact]
        public void ElementSensorUnderTheSurface_ThenThePairLoosening_IsNamedBeforeFortyEightDegreesOnAWeakInsulatedPad()
        {
            var r = ElementDetachment.Run(Weak("random-002/16.2W/insulated"), 28.0, 0.0, 5, TherapyProgram.Heat, Mode.Surface, 0.8, 60, Pair.View, 0.5, 600, 3600);

            Assert.True(r.Fault == FaultCode.SensorDetached, ElementDetachment.Describe(r));
            Assert.InRange(r.FaultAtS, 880, 950);
            Assert.Equal(0, r.Over48S);
        }

        // Brief item 2, a body warmer than the pad early in the heat-up, every sensor healthy: random-001 (19.3 W) under a heavy body
        // (8 W/K at 37 °C) in a 12 °C room, L5. The pair reads the body while the element is still cold: the element reads 5 °C under
        // the pair through 60 s of heat at 70 s. Main took that for its own sensor off the element and stood the witness down for the
        // session (no verdict, no cap, no affirmation after 70 s); witn34 reports it and keeps judging: no trip, the same heat
        // (peak 37.67 °C), and the witness affirms the pair for 2,471 s. Review 34a's scan: 96 of 1,848 healthy sessions with a
        // 34-37 °C body (shipped and weak pads, 12-30 °C rooms, cold starts) stood main's witness down, none trips or changes its heat
        // under witn34. Since doubt34's form D-a (the lead, session 34) a witness that saw FarUnderPair never affirms again: 0 s.
        [Fact]
        public void ABodyWarmerThanTheElementEarlyInTheHeatUp_IsReportedFarUnderThePair_AndTheHealthyWitnessKeepsJudging()
        {
            PadParameters pad = Weak("random-001/19.3W/light-body").With(surfaceToBodyWPerK: 8.0, bodyC: 37.0);
            var r = ElementDetachment.Run(pad, 12.0, 0.0, 5, TherapyProgram.Heat, Mode.None, 0.0, 0, Pair.None, 0.0, 0, 2700);

            Assert.True(r.Fault == FaultCode.None, ElementDetachment.Describe(r));
            Assert.Equal(ElementWitnessState.Judging, r.State);
            Assert.InRange(r.FarAtS, 60, 90);
            Assert.Equal(0, r.AffirmAfterElementS);
            Assert.InRange(r.PeakC, 37.4, 37.9);
        }

        // thick-slow in its 22 °C room, L5: the element sensor comes off onto the surface side at 30 s, the pair healthy. Main stood
        // the witness down at 145 s; the session ran on, 44.55 °C, no fault. witn34 keeps judging the wrong reading: when the hold
        // cuts the duty, the reading (the surface, slow to fall) less a drop of zero power puts the estimate over 45.5 °C, the surface
        // cap holds (23 s) and the held-divergence watch latches sensor_detached at 1,779 s on a healthy pair. Review 34a's scan:
        // 63 of 648 such healthy-pair sessions (nominal-12v, thick-slow, free-air, folded-covered; 0.7-1.3 of the surface's rise,
        // 20-300 s lags) latch under witn34, none on main. The element sensor's own failure should latch no pad fault
        // (ElementWitnessCheck's summary); review 19a's misbonded-surface case in Element/ElementCalibrationTests, the same class,
        // fails on witn34 (4 healthy sessions latch).
        [Fact(Skip = "review 34a: witn34 latches sensor_detached at 1,779 s on this healthy pair (main: no fault, witness stood down at 145 s)")]
        public void ElementSensorOnTheSurfaceSide_WithAHealthyPair_LatchesNoFault()
        {
            var r = ElementDetachment.Run(PadFile.LoadShipped("thick-slow"), 22.0, 0.0, 5, TherapyProgram.Heat, Mode.Surface, 1.0, 30, Pair.None, 0.0, 0, 2700);

            Assert.True(r.Fault == FaultCode.None, ElementDetachment.Describe(r));
        }

        // folded-covered in its 22 °C room, L5 contrast (6 min heat / 2 min cool, no cold pack): the element sensor off its element at
        // 5 s into a place at 40 °C (warm bedding). Main stood the witness down in the first heat phase and ran the program. witn34
        // keeps judging: at the second heat phase the estimate stands over the cooled pair by the margin and the witness's verdict
        // latches sensor_detached at 490 s (witn34's own scan has 22 such contrast / heat rows with the element in a 37-40 °C place).
        [Fact(Skip = "review 34a: witn34 latches sensor_detached at 490 s on this healthy pair (main: no fault)")]
        public void ElementSensorIntoWarmBedding_ContrastReheat_LatchesNoFault()
        {
            var r = ElementDetachment.Run(PadFile.LoadShipped("folded-covered"), 22.0, 0.0, 5, TherapyProgram.Contrast, Mode.Place, 40.0, 5, Pair.None, 0.0, 0, 1500);

            Assert.True(r.Fault == FaultCode.None, ElementDetachment.Describe(r));
        }

        // The double fault the stand-down guarded: random-001 (19.3 W) under a light body in a 28 °C room, L5; the element sensor off at
        // 60 s reading 0.8 of the surface's rise, the pair loosening to half from 600 s. Main stood the witness down at 544 s and the
        // heating watch named heating_failed at 2,451 s (44.17 °C, dose 0.031). witn34 keeps judging: the wrong estimate falls with the
        // loosened pair, the witness affirms it for 1,402 s and stands the readings-only checks down; not named in the hour, 46.98 °C,
        // dose 0.45. Review 34a's double-fault scan (720 weak-pad rows): 5 named by main and not by witn34 (4 hotter, +0.28 to
        // +2.81 °C, none past 48 °C), 1 later (+145 s); 12 named by witn34 and not by main, 6 sooner. Since doubt34's form D-a (the
        // lead, session 34: a witness that has seen FarUnderPair never affirms again) it is named heating_failed at 2,451 s again.
        [Fact]
        public void ElementSensorUnderTheSurface_ThenThePairLoosening_UnderALightBody_IsNamedAsOnMain()
        {
            var r = ElementDetachment.Run(Weak("random-001/19.3W/light-body"), 28.0, 0.0, 5, TherapyProgram.Heat, Mode.Surface, 0.8, 60, Pair.View, 0.5, 600, 3600);

            Assert.True(r.Fault != FaultCode.None, ElementDetachment.Describe(r));
            Assert.True(r.FaultAtS <= 2500, ElementDetachment.Describe(r));
            Assert.True(r.PeakC < 45.0, ElementDetachment.Describe(r));
        }

        private static PadParameters Weak(string name)
        {
            return WeakPads.All().Single(p => p.Name == name).Pad;
        }
    }
}
