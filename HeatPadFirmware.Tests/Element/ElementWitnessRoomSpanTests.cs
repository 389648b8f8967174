using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Element
{
    /// <summary>
    /// Session 20 (wit20): the calibrated witness judged on the most favourable room within
    /// <see cref="ElementWitnessCheck.RoomSpanC"/> of the cold start's reading, its latch restored, the one restart of its means
    /// and the report of a witness blinded by irregular ticks (docs/safety.md "Session 20: the calibrated witness judged on the
    /// most favourable room").
    /// </summary>
    public class ElementWitnessRoomSpanTests
    {
        private static PadParameters FoldedNominal()
        {
            return PadFile.LoadShipped("nominal-12v").With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: 0.3);
        }

        // nominal-12v folded at level 5, the pair seeing `view` of the rise, the element sensor fitted (the fixture's record
        // when `calibration` is null and `factory` is true; `calibration` when given; none at all when both are unset).
        private static FaultRun Run(double view, int seconds, Func<int, long> tickMs, bool factory = true, ElementCalibration? calibration = null, Action<FaultRun, int>? afterTick = null)
        {
            PadParameters pad = FoldedNominal();
            var run = new FaultRun(pad, 2001);
            run.FitElementSensor(factory && calibration == null ? ElementCalibrationKind.Factory : ElementCalibrationKind.None);
            if (calibration != null)
            {
                run.Core.CalibrateElement(calibration);
            }

            run.Start(5);
            long elapsedMs = 0;
            for (int i = 1; elapsedMs < seconds * 1000L && run.Last.Fault == FaultCode.None; i++)
            {
                long dt = tickMs(i);
                run.TickPair(dt, PartialViewSession.Seen(pad, run.Sensor.Read(run.NowMs + dt), view), PartialViewSession.Seen(pad, run.SecondSensor.Read(run.NowMs + dt), view));
                elapsedMs += dt;
                afterTick?.Invoke(run, i);
            }

            return run;
        }

        [Fact]
        public void ACalibratedWitness_LowersItsEstimate_ByTheRoomConductanceShareOfTheSpan()
        {
            var run = Run(1.0, 300, i => 1000);
            ElementWitnessCheck witness = run.Core.Supervisor.ElementWitness;
            ElementModelLearner learner = witness.Learner;
            Assert.True(learner.Learned && learner.Calibrated);
            double expected = Math.Abs(learner.RoomConductanceWPerK) * ElementWitnessCheck.RoomSpanC / learner.ConductanceWPerK;
            Assert.Equal(expected, witness.RoomShiftC, 12);
            Assert.True(witness.RoomShiftC > 0.0);
        }

        [Theory]
        [InlineData(0.3)]
        [InlineData(-0.3)]
        public void TheRoomShift_IsTheSameForANegativeEffectiveRoomConductance(double roomWPerK)
        {
            // The fixture's G_ca is an effective term that may be negative (it absorbs the element sensor's spot); the most
            // favourable room is then the colder end of the span, and the estimate is lowered by the same |G_ca| / G_cs x span.
            var run = Run(1.0, 300, i => 1000, calibration: new ElementCalibration(100.0, 2.0, roomWPerK, 5.0));
            Assert.Equal(0.3 * ElementWitnessCheck.RoomSpanC / 2.0, run.Core.Supervisor.ElementWitness.RoomShiftC, 12);
        }

        [Fact]
        public void WithoutACalibration_TheRoomShiftIsZero_AndNothingLatches()
        {
            var run = Run(0.2, 900, i => 1000, factory: false);
            Assert.True(run.Core.Supervisor.ElementWitness.Learner.Learned);
            Assert.Equal(0.0, run.Core.Supervisor.ElementWitness.RoomShiftC);
            Assert.Equal(FaultCode.None, run.Last.Fault);
        }

        [Theory]
        [InlineData(0.1)]
        [InlineData(0.2)]
        [InlineData(0.3)]
        public void APairSeeingPartOfTheRise_OnACalibratedPad_LatchesSensorDetachedBeforeTheSurfacePasses48C(double view)
        {
            double peakC = 0.0;
            var run = Run(view, 1800, i => 1000, afterTick: (r, i) => peakC = Math.Max(peakC, r.Pad.SurfaceC));
            Assert.Equal(FaultCode.SensorDetached, run.Last.Fault);
            Assert.True(run.Core.Supervisor.ElementWitness.Verdict);
            Assert.True(peakC < 48.0, "peak " + peakC + " C");
        }

        [Fact]
        public void SteadyTicksOutsideTheBand_BlindTheWitness_AndItSaysSo()
        {
            // Review 20a's steady 1.25 s ticks: every tick restarts the means; the state stays Judging-or-Unlearned, and
            // Blinded says the witness cannot give its verdict.
            bool everJudged = false;
            var run = Run(0.2, 1200, i => 1250, afterTick: (r, i) => everJudged |= r.Core.Supervisor.ElementWitness.Judged);
            Assert.False(everJudged);
            Assert.True(run.Core.Supervisor.ElementWitness.Blinded);
            Assert.False(run.Core.Supervisor.ElementWitness.Verdict);
        }

        [Fact]
        public void OneLongTick_BlindsTheWitnessUntilItHasSettledAndJudgedAgain()
        {
            // Whole view (no verdict): one 1.5 s tick at tick 400, 1 s ticks otherwise. Blinded from that tick until the first
            // judged tick after a new settle (SettleS), then clear.
            int blindFrom = -1;
            int blindTo = -1;
            Run(1.0, 900, i => i == 400 ? 1500 : 1000, afterTick: (r, i) =>
            {
                ElementWitnessCheck w = r.Core.Supervisor.ElementWitness;
                if (w.Blinded && blindFrom < 0)
                {
                    blindFrom = i;
                }

                if (!w.Blinded && blindFrom > 0 && blindTo < 0)
                {
                    blindTo = i;
                    Assert.True(w.Judged);
                }
            });
            Assert.Equal(400, blindFrom);
            Assert.InRange(blindTo - blindFrom, (int)ElementWitnessCheck.SettleS, (int)ElementWitnessCheck.SettleS + 2);
        }

        [Fact]
        public void SteadyOneSecondTicks_NeverBlindTheWitness()
        {
            bool everBlind = false;
            Run(1.0, 900, i => 1000, afterTick: (r, i) => everBlind |= r.Core.Supervisor.ElementWitness.Blinded);
            Assert.False(everBlind);
        }

        [Fact]
        public void AnInvalidElementRead_RestartsTheMeans_AsAnIrregularTickDoes()
        {
            // One restart path: a failed element read at tick 400 (whole view, 1 s ticks) stops judging for the same settle as
            // a long tick does, and does not say the witness is blinded (that is for the loop's ticks).
            PadParameters pad = FoldedNominal();
            int lastJudgedGap = 0;
            int previousJudged = -1;
            var run = new FaultRun(pad, 2001);
            run.FitElementSensor(ElementCalibrationKind.Factory);
            int tick = 0;
            run.ElementReadingFilter = r => tick == 400 ? SensorReading.Invalid : r;
            run.Start(5);
            for (tick = 1; tick <= 900; tick++)
            {
                run.TickPair(1000, null, null);
                ElementWitnessCheck w = run.Core.Supervisor.ElementWitness;
                Assert.False(w.Blinded);
                if (w.Judged)
                {
                    if (previousJudged > 0 && tick - previousJudged > 1)
                    {
                        lastJudgedGap = tick - previousJudged;
                    }

                    previousJudged = tick;
                }
            }

            Assert.InRange(lastJudgedGap, (int)ElementWitnessCheck.SettleS, (int)ElementWitnessCheck.SettleS + 2);
        }
    }
}
