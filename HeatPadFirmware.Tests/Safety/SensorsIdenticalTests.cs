using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Core;
using HeatPadFirmware.Tests.Review5;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Session 5 review, finding 1: one sensor read into both slots. <see cref="SensorsIdenticalCheck"/> names it from the
    /// readings alone: two DS18B20s cannot follow a moving pad bit for bit, one sensor read twice always does.
    /// </summary>
    public class SensorsIdenticalTests
    {
        private const double Lsb = 0.0625;

        [Theory]
        [InlineData("nominal-12v", 1.0)]
        [InlineData("free-air", 1.0)]
        [InlineData("folded-covered", 1.0)]
        [InlineData("strong-60w", 1.0)]
        [InlineData("thick-slow", 1.0)]
        [InlineData("usb-10w", 1.0)]
        // The normal-life campaign's quiet sensors (noise down to a few thousandths of a degree on both): the lag difference
        // of two pockets still parts them at every step of a moving pad.
        [InlineData("nominal-12v", 0.1)]
        [InlineData("strong-60w", 0.1)]
        [InlineData("usb-10w", 0.1)]
        public void Core_NeverLatchesSensorsIdentical_WhenTwoSimulatedSensorsFollowAHeatUpAndAHold(string padName, double noiseScale)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            pad = pad.With(sensorNoiseC: pad.SensorNoiseC * noiseScale);
            int worstChanges = 0;
            foreach (int level in new[] { 1, 3, 5 })
            {
                var run = new FirmwareRun(pad, 4000 + level, new TherapyConfig(), TherapyProgram.Heat, level);
                for (int t = 0; t < 40 * 60; t++)
                {
                    CoreOutputs outputs = run.Step();
                    Assert.True(outputs.Fault == FaultCode.None, $"{padName} L{level}: {FaultCodeNames.Of(outputs.Fault)} at {t} s");
                    worstChanges = Math.Max(worstChanges, Math.Max(run.Core.Supervisor.Identical.IdenticalChanges, run.Core.Supervisor.Identical.StaleChanges));
                }
            }

            // Not just no trip: no run of identical changes came within half of the count that may latch.
            Assert.True(worstChanges < SensorsIdenticalCheck.TripChanges / 2, $"{padName}: a run of {worstChanges} identical changes");
        }

        [Theory]
        [InlineData("nominal-12v")]
        [InlineData("free-air")]
        [InlineData("folded-covered")]
        [InlineData("strong-60w")]
        [InlineData("thick-slow")]
        [InlineData("usb-10w")]
        public void Core_LatchesSensorsIdentical_InTheFirstDegreesOfTheHeatUp_WhenSlotTwoCopiesSlotOne(string padName)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new PairRun(pad, 7);
            run.SecondReading = (tick, _) => run.LastFirst;
            run.Start(3);
            long startMs = run.NowMs;
            double startC = double.NaN;
            double lastC = double.NaN;
            while (run.Last.Fault == FaultCode.None && run.NowMs < startMs + (20 * 60000L))
            {
                run.Tick();
                if (run.LastFirst.IsValid)
                {
                    startC = double.IsNaN(startC) ? run.LastFirst.TemperatureC : startC;
                    lastC = run.LastFirst.TemperatureC;
                }
            }

            Assert.Equal(FaultCode.SensorsIdentical, run.Last.Fault);
            Assert.Equal(0.0, run.Last.DutyFraction);
            Assert.False(run.Last.HeaterEnabled);
            // Named after 48 changes over at least 2.0 °C of the first heat-up: 48–147 s into the heat on the shipped pads
            // (strong-60w fastest, folded-covered slowest), the surface still 24–36 °C, under any setpoint.
            Assert.True(run.NowMs - startMs <= 180000L && run.PeakSurfaceC < 38.0,
                $"{padName}: named {(run.NowMs - startMs) / 1000} s into the heat (reading +{lastC - startC:F2} C), surface peaked at {run.PeakSurfaceC:F2} C");
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Check_LatchesSensorsIdentical_WhenOneSlotHoldsTheOthersReadingOfTheTickBefore(bool firstIsStale)
        {
            // Session 6 (review 7, finding 1): a driver handing on the previous conversion in one slot is one sensor too.
            var check = new SensorsIdenticalCheck();
            int latchTick = -1;
            double previousC = 24.0;
            for (int t = 1; t <= 200 && latchTick < 0; t++)
            {
                double nowC = 24.0 + (t * Lsb);
                SensorReading live = SensorReading.Valid(nowC);
                SensorReading stale = SensorReading.Valid(previousC);
                FaultCode fault = firstIsStale ? check.Update(stale, live, true) : check.Update(live, stale, true);
                latchTick = fault == FaultCode.SensorsIdentical ? t : -1;
                previousC = nowC;
            }

            Assert.InRange(latchTick, SensorsIdenticalCheck.TripChanges, SensorsIdenticalCheck.TripChanges + 2);
            Assert.Equal(0, check.IdenticalChanges);
        }

        [Fact]
        public void Check_CountsNothing_WhileNoHeatIsWanted()
        {
            var check = new SensorsIdenticalCheck();
            // A copied slot through a cool phase's fall from 44 to 33 °C: 176 identical changes, no heat wanted.
            for (int i = 0; i <= 176; i++)
            {
                double c = 44.0 - (i * Lsb);
                Assert.Equal(FaultCode.None, check.Update(SensorReading.Valid(c), SensorReading.Valid(c), heatWanted: false));
            }

            Assert.Equal(0, check.IdenticalChanges);
            Assert.Equal(0.0, check.IdenticalSpanC);

            // The same copy under heat counts from the first change on.
            FaultCode fault = FaultCode.None;
            int changes = 0;
            while (fault == FaultCode.None && changes < 200)
            {
                changes++;
                double c = 33.0 + (changes * Lsb);
                fault = check.Update(SensorReading.Valid(c), SensorReading.Valid(c), heatWanted: true);
            }

            Assert.Equal(FaultCode.SensorsIdentical, fault);
            Assert.Equal(SensorsIdenticalCheck.TripChanges, changes);
        }

        [Fact]
        public void Core_DoesNotLatch_WhenACopiedSlotFollowsThePadWhileNoSessionRuns()
        {
            var driver = new CoreDriver { SecondOffsetC = 0.0 };
            // The pad cooling from a session before, and warmed by the sun afterwards: the same reading in both slots, no heat.
            for (double c = 42.0; c >= 30.0; c -= Lsb)
            {
                driver.Tick(c);
            }

            for (double c = 30.0; c <= 36.0; c += Lsb)
            {
                driver.Tick(c);
            }

            Assert.Equal(FaultCode.None, driver.Last.Fault);
            Assert.Equal(SessionPhase.Off, driver.Last.Phase);
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Check_EndsTheRun_WhenTheTwoReadingsDifferOnce(bool differOnce)
        {
            var check = new SensorsIdenticalCheck();
            FaultCode fault = FaultCode.None;
            double c = 30.0;
            check.Update(SensorReading.Valid(c), SensorReading.Valid(c), true);
            for (int i = 0; i < (2 * SensorsIdenticalCheck.TripChanges) - 2; i++)
            {
                c += Lsb;
                bool apart = differOnce && i == SensorsIdenticalCheck.TripChanges - 2;
                fault = check.Update(SensorReading.Valid(c), SensorReading.Valid(apart ? c + Lsb : c), true);
                if (fault != FaultCode.None)
                {
                    break;
                }
            }

            Assert.Equal(differOnce ? FaultCode.None : FaultCode.SensorsIdentical, fault);
        }

        [Fact]
        public void Check_NamesAHoldsFlickerInBothSlots_OnlyAfterTheHoldCount()
        {
            // A copied slot in a hold: the reading flickers by one LSB; the span never reaches 2 °C, so only the longer count
            // for any span latches it.
            var check = new SensorsIdenticalCheck();
            FaultCode fault = FaultCode.None;
            int changes = -1;
            while (fault == FaultCode.None && changes < 3600)
            {
                changes++;
                double c = (changes & 1) == 0 ? 40.0 : 40.0 + Lsb;
                fault = check.Update(SensorReading.Valid(c), SensorReading.Valid(c), true);
            }

            Assert.Equal(FaultCode.SensorsIdentical, fault);
            Assert.Equal(SensorsIdenticalCheck.HoldTripChanges, changes);
            Assert.Equal(Lsb, check.IdenticalSpanC);
        }

        [Theory]
        [InlineData("nominal-12v", 1.0)]
        [InlineData("thick-slow", 1.0)]
        [InlineData("usb-10w", 1.0)]
        [InlineData("nominal-12v", 0.3)]
        public void Core_LatchesSensorsIdentical_InAHold_WhenSlotTwoStartsCopyingSlotOneThere(string padName, double noiseScale)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            pad = pad.With(sensorNoiseC: pad.SensorNoiseC * noiseScale);
            const long copyFromTick = 40 * 60;
            var run = new PairRun(pad, 11);
            run.SecondReading = (tick, own) => tick >= copyFromTick ? run.LastFirst : own;
            run.Start(2);
            while (run.Last.Fault == FaultCode.None && run.Ticks < copyFromTick + (60 * 60))
            {
                run.Tick();
            }

            // Measured: 314–385 s with the shipped sensors' noise, 1,320 s with a third of it (a quiet sensor changes seldom).
            long namedS = run.Ticks - copyFromTick;
            Assert.True(run.Last.Fault == FaultCode.SensorsIdentical && namedS > 0 && namedS <= 30 * 60,
                $"{padName}: {FaultCodeNames.Of(run.Last.Fault)} {namedS} s after the copy began");
        }

        [Fact]
        public void Check_NeedsTheCount_AFastStepOfAFewChangesDoesNotLatch()
        {
            // Two sensors on a fast pad may coincide over a few big steps (the bench family with equal lags: 7 identical changes
            // spanning 2 °C, docs/safety.md): a span reached on few changes is not enough.
            var check = new SensorsIdenticalCheck();
            double c = 30.0;
            check.Update(SensorReading.Valid(c), SensorReading.Valid(c), true);
            for (int i = 0; i < SensorsIdenticalCheck.TripChanges - 1; i++)
            {
                c += 0.5;
                Assert.Equal(FaultCode.None, check.Update(SensorReading.Valid(c), SensorReading.Valid(c), true));
            }

            Assert.True(check.IdenticalSpanC >= SensorsIdenticalCheck.TripSpanC);
            c += 0.5;
            Assert.Equal(FaultCode.SensorsIdentical, check.Update(SensorReading.Valid(c), SensorReading.Valid(c), true));
        }

        [Fact]
        public void Check_HoldsTheRun_OverATickWithAnUntrustedReading()
        {
            // One sensor read twice through two scratchpad reads: a CRC error may hit one read only. That tick judges nothing.
            var check = new SensorsIdenticalCheck();
            double c = 30.0;
            check.Update(SensorReading.Valid(c), SensorReading.Valid(c), true);
            FaultCode fault = FaultCode.None;
            int changes = 0;
            while (fault == FaultCode.None && changes < 100)
            {
                changes++;
                c += Lsb;
                check.Update(SensorReading.Valid(c), SensorReading.Invalid, true);
                fault = check.Update(SensorReading.Valid(c), SensorReading.Valid(c), true);
            }

            Assert.Equal(SensorsIdenticalCheck.TripChanges, changes);
        }

        [Fact]
        public void Supervisor_RefusesTheClear_WhileBothSlotsReadTheSameValue_AndNeedsAPowerCycleAfterTheSecondLatch()
        {
            var driver = new CoreDriver { SecondOffsetC = 0.0 };
            driver.Press(ButtonId.Power, 30.0);
            double c = LatchByACopiedHeatUp(driver, 30.0);
            Assert.Equal("sensors_identical", FaultCodeNames.Of(driver.Last.Fault));
            Assert.Equal(16, driver.Last.FaultBlinkCount);

            // The copy still in place, cool: the long press is refused, again and again.
            for (int i = 0; i < 3; i++)
            {
                driver.Press(ButtonId.Power, c, isLong: true);
                Assert.Equal(FaultCode.SensorsIdentical, driver.Last.Fault);
            }

            // Two sensors again (the connector reseated, the bus searched): the press clears it.
            driver.SecondOffsetC = CoreDriver.DefaultSecondOffsetC;
            driver.Press(ButtonId.Power, c, isLong: true);
            Assert.Equal(FaultCode.None, driver.Last.Fault);

            // A second latch since power-on is a sensor-integrity lockout: even two readings apart no longer clear it.
            driver.SecondOffsetC = 0.0;
            driver.Press(ButtonId.Power, c);
            c = LatchByACopiedHeatUp(driver, c);
            driver.SecondOffsetC = CoreDriver.DefaultSecondOffsetC;
            driver.Press(ButtonId.Power, c, isLong: true);
            Assert.Equal(FaultCode.SensorsIdentical, driver.Last.Fault);
            Assert.False(driver.Core.Supervisor.FaultClearable);
        }

        [Fact]
        public void FaultRun_HandsSensor2TheMirroredReadingOneLsbLower_NeverACopy()
        {
            PadParameters pad = PadFile.LoadShipped("nominal-12v");
            var run = new FaultRun(pad, 3) { SecondMirrorsFirst = true };
            run.Start(3);
            for (int s = 0; s < 600; s++)
            {
                run.Tick(1000, null);
                Assert.Equal(FaultCode.None, run.Last.Fault);
            }

            // The hotter reading (the limit's) is sensor 1's own; the identical check never starts a run.
            Assert.Equal(run.Sensor.Read(run.NowMs).TemperatureC, run.Core.Supervisor.HotterReading.TemperatureC);
            Assert.Equal(0, run.Core.Supervisor.Identical.IdenticalChanges);
        }

        // Heat-up of a copied slot in 1/16 °C steps from fromC until the fault latches (asserted, within 4 °C); the last reading.
        private static double LatchByACopiedHeatUp(CoreDriver driver, double fromC)
        {
            double c = fromC;
            while (driver.Last.Fault == FaultCode.None && c < fromC + 4.0)
            {
                c += Lsb;
                driver.Tick(c);
            }

            Assert.Equal(FaultCode.SensorsIdentical, driver.Last.Fault);
            Assert.Equal(0.0, driver.Last.DutyFraction);
            return c;
        }
    }
}
