using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review19a
{
    /// <summary>
    /// Review 19a: the element limit (<see cref="ElementWitnessCheck.ElementMaxC"/>, the one part of session 18's element
    /// witness that acts) and the ways it is switched off or re-armed. The case: elem18's own
    /// (<c>Element/ElementWitnessTests.APartialViewThatMainNeverNames_IsStoppedByTheElementLimit</c>): strong-60w folded
    /// (no body, 0.3 W/K to the air), the pair seeing 10 % of the surface's rise, level 5, seed 1830, 3,600 s. Measured on
    /// bf1c023: with a healthy element sensor element_over_temperature at 462 s, surface peak 92.2 °C, 211 s at or over 80 °C;
    /// without the element sensor (main) sensor_detached at 1,384 s, peak 116.8 °C, 1,236 s at or over 80 °C.
    /// </summary>
    public class ElementLimitDisarmTests
    {
        private const int Seconds = 3600;

        private sealed class Outcome
        {
            public FaultCode FirstFault = FaultCode.None;
            public int FirstFaultAt = -1;
            public int Latches;
            public double PeakSurfaceC;
            public int SecondsAtOrOver80;
            public ElementWitnessState State;
        }

        private static SensorReading Seen(PadParameters pad, SensorReading own)
        {
            return own.IsValid ? SensorReading.Valid(SimulatedSensor.Quantise(pad.AmbientC + (0.1 * (own.TemperatureC - pad.AmbientC)))) : own;
        }

        // The partial view above; `filter` (second, reading) -> what the core gets; `userClears`: the user long-presses Power
        // every 30 s while a fault is shown and starts the pad again (a short press) 15 s later.
        private static Outcome Run(bool element, Func<int, SensorReading, SensorReading>? filter, bool userClears)
        {
            PadParameters pad = PadFile.LoadShipped("strong-60w").With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: 0.3);
            var run = new FaultRun(pad, 1830);
            int second = 0;
            if (element)
            {
                run.FitElementSensor();
                if (filter != null)
                {
                    run.ElementReadingFilter = r => filter(second, r);
                }
            }

            run.Start(5);
            var o = new Outcome();
            FaultCode last = FaultCode.None;
            for (second = 1; second <= Seconds; second++)
            {
                ButtonId press = ButtonId.None;
                bool isLong = false;
                if (userClears && run.Last.Fault != FaultCode.None && second % 30 == 0)
                {
                    press = ButtonId.Power;
                    isLong = true;
                }
                else if (userClears && run.Core.Session.Phase == SessionPhase.Off && second % 30 == 15)
                {
                    press = ButtonId.Power;
                }

                SensorReading a = Seen(pad, run.Sensor.Read(run.NowMs + 1000));
                SensorReading b = Seen(pad, run.SecondSensor.Read(run.NowMs + 1000));
                run.TickPair(1000, a, b, press, isLong);
                o.PeakSurfaceC = Math.Max(o.PeakSurfaceC, run.Pad.SurfaceC);
                o.SecondsAtOrOver80 += run.Pad.SurfaceC >= 80.0 ? 1 : 0;
                if (run.Last.Fault != FaultCode.None && last == FaultCode.None)
                {
                    o.Latches++;
                    if (o.FirstFaultAt < 0)
                    {
                        o.FirstFault = run.Last.Fault;
                        o.FirstFaultAt = second;
                    }
                }

                last = run.Last.Fault;
            }

            o.State = run.Core.Supervisor.ElementWitness.State;
            return o;
        }

        [Fact]
        public void TheCase_WithAHealthyElementSensor_LatchesTheElementLimit_AndWithoutOneDoesNot()
        {
            // The reference both findings below are measured against (passing guard).
            Outcome with = Run(true, null, false);
            Outcome without = Run(false, null, false);
            Assert.Equal(FaultCode.ElementOverTemperature, with.FirstFault);
            Assert.Equal(462, with.FirstFaultAt);
            Assert.True(with.PeakSurfaceC < 93.0, "peak " + with.PeakSurfaceC);
            Assert.Equal(FaultCode.SensorDetached, without.FirstFault);
            Assert.True(without.PeakSurfaceC > 116.0, "peak " + without.PeakSurfaceC);
        }

        [Fact(Skip = "Review 19a finding (HIGH by the brief's letter: the change's one verdict lost, peak over 48 °C; no worse than main): five failed element reads in a row (a bus glitch, the pad unplugged and plugged back while powered) stand the witness down as Lost until power-off, and the Lost state returns before the 95 °C check, so the limit is gone with them. Measured (bf1c023): a 5-read burst at 30 s or at 200 s: no element_over_temperature, sensor_detached at 1,384 s, surface peak 116.8 °C, 1,236 s at or over 80 °C (main's figures exactly) against 462 s / 92.2 °C / 211 s with no burst. Fix direction: judge the element limit on every valid reading whatever the witness's state (a frozen or detached sensor cannot pass 95 °C unless it reads it).")]
        public void AFiveReadLossOfTheElementSensor_LeavesTheElementLimitArmed()
        {
            foreach (int burstAt in new[] { 30, 200 })
            {
                Outcome o = Run(true, (s, r) => s >= burstAt && s < burstAt + ElementWitnessCheck.LostReads ? SensorReading.Invalid : r, false);
                Assert.Equal(FaultCode.ElementOverTemperature, o.FirstFault);
                Assert.True(o.PeakSurfaceC < 100.0, "burst at " + burstAt + ": peak " + o.PeakSurfaceC);
            }
        }

        [Fact]
        public void AFiveReadLossOfTheElementSensor_StandsTheWitnessDownForGood()
        {
            // The mechanism of the finding above (passing guard; it fails when the fix lands, then enable the test above).
            Outcome o = Run(true, (s, r) => s >= 30 && s < 30 + ElementWitnessCheck.LostReads ? SensorReading.Invalid : r, false);
            Assert.Equal(ElementWitnessState.Lost, o.State);
            Assert.NotEqual(FaultCode.ElementOverTemperature, o.FirstFault);
        }

        [Fact(Skip = "Review 19a finding (MEDIUM): a real element reading of 85.0 °C is taken for the DS18B20's power-on value; an element that rises through 85 °C slower than 1/16 °C in 5 reads (0.0125 °C/s) reads 85.0 five times in a row and stands the witness down as Lost, disarming the 95 °C limit until power-off. Measured (bf1c023, the check driven alone: element ramping 84 -> 100 °C at 0.01 °C/s, 1/16 °C steps, pair 40 °C, 50 W): Lost at 85.0 °C, no element_over_temperature at 100 °C. In review 19a's reconstruction of view16's grid (26 pads x body / air / folded x L1 / 3 / 5 x views 0.1-0.7 and whole, 1,872 runs, healthy sensors) it happens in 6 runs (thick-slow body L1 v0.5 and L5 v0.6, random-001 folded L1 v0.2, random-004 / 008 / 017 folded v0.3: Lost at 779-2,770 s after 5-220 reads of 85.0, element plateaus 85.6-93.3 °C, surfaces 49.8-78.0 °C); none then passed 95 °C within the hour, so no verdict was lost there, but the limit was off from then on. Fix direction: take 85.0 as the power-on value only right after a (re)configuration or when the previous reading was not near 85 °C.")]
        public void AnElementRisingSlowlyThrough85C_StillLatchesOver95C()
        {
            Assert.Equal(FaultCode.ElementOverTemperature, SlowRampThrough85(out _));
        }

        [Fact]
        public void AnElementRisingSlowlyThrough85C_IsTakenForThePowerOnValue_AndStandsTheWitnessDown()
        {
            // The mechanism of the finding above (passing guard).
            FaultCode fault = SlowRampThrough85(out ElementWitnessState state);
            Assert.Equal(FaultCode.None, fault);
            Assert.Equal(ElementWitnessState.Lost, state);
        }

        private static FaultCode SlowRampThrough85(out ElementWitnessState state)
        {
            var check = new ElementWitnessCheck();
            SensorReading pair = SensorReading.Valid(40.0);
            FaultCode fault = FaultCode.None;
            for (int s = 0; s <= 1600 && fault == FaultCode.None; s++)
            {
                double elementC = SimulatedSensor.Quantise(84.0 + (0.01 * s));
                fault = check.Update(true, SensorReading.Valid(elementC), true, 50.0, pair, true, 1.0);
            }

            state = check.State;
            return fault;
        }

        [Fact(Skip = "Review 19a finding (MEDIUM): element_over_temperature is user-clearable as soon as the PAIR reads under 40 °C (Supervisor.TryClear never looks at the element) and is not a sensor-integrity latch, so it has no lockout; in a partial view the pair always reads under 40 °C. Measured (bf1c023, the case above, the user long-pressing every 30 s while the fault shows and restarting): 32 latches and clears in 3,600 s, surface peak 92.6 °C, 3,271 s at or over 80 °C, dose 1.97e8 (fitted threshold units) against 211 s and 7.08e6 with one latch (main with the same user: 2 latches then the integrity lockout, peak 116.8 °C, 1,502 s over 80 °C, dose 3.69e10). The limit becomes a 95 °C element thermostat. Fix direction: count it toward MaxIntegrityLatchesBeforeLockout (or make it need a power cycle), or clear only with the element under the clear limit too.")]
        public void AUserClearingTheElementLimit_GetsAtMostTwoLatches()
        {
            Outcome o = Run(true, null, true);
            Assert.True(o.Latches <= Supervisor.MaxIntegrityLatchesBeforeLockout, o.Latches + " latches, " + o.SecondsAtOrOver80 + " s at or over 80 °C");
        }

        [Fact]
        public void AUserClearingTheElementLimit_HeatsToItAgainAndAgain()
        {
            // The mechanism of the finding above (passing guard; 32 cycles measured).
            Outcome o = Run(true, null, true);
            Assert.True(o.Latches > 10, o.Latches + " latches");
            Assert.True(o.SecondsAtOrOver80 > 3000, o.SecondsAtOrOver80 + " s at or over 80 °C");
        }

        [Fact]
        public void AnElementSensorStuckAt125C_LatchesAtTheThirdRead_NoHeat()
        {
            // LOW: a converter stuck at its top value (or a scratchpad decoding 125 °C) is not told from a true over-temperature:
            // element_over_temperature latches at the third read — a false fault, but in the safe direction. Passing guard.
            var check = new ElementWitnessCheck();
            FaultCode fault = FaultCode.None;
            int reads = 0;
            while (fault == FaultCode.None && reads < 10)
            {
                reads++;
                fault = check.Update(true, SensorReading.Valid(125.0), true, 50.0, SensorReading.Valid(30.0), true, 1.0);
            }

            Assert.Equal(FaultCode.ElementOverTemperature, fault);
            Assert.Equal(ElementWitnessCheck.OverReads, reads);
        }
    }
}
