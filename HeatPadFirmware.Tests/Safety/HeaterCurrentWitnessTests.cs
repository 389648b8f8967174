using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>The heater current witness: from the check alone, through the core, and on the simulated pads.</summary>
    public class HeaterCurrentWitnessTests
    {
        private const double SupplyV = 12.0;

        /// <summary>Starts a level-5 heat session on a driver; the reading stays well below the setpoint.</summary>
        private static CoreDriver StartedDriver()
        {
            var driver = new CoreDriver();
            driver.Tick(30.0);
            while (driver.Core.Session.Level != 5)
            {
                driver.Press(ButtonId.Up, 30.0);
            }

            driver.Press(ButtonId.Power, 30.0);
            Assert.Equal(SessionPhase.Heat, driver.Last.Phase);
            return driver;
        }

        /// <summary>Feeds <paramref name="count"/> readings of full current at full duty (teaches the conductance).</summary>
        private static void Learn(HeaterCurrentCheck check, int count, double fullCurrentA = 5.0)
        {
            for (int i = 0; i < count; i++)
            {
                Assert.Equal(FaultCode.None, check.Update(HeaterSenseReading.Valid(fullCurrentA, SupplyV), 1.0, true, true, 1000));
            }
        }

        [Fact]
        public void CurrentCheck_LatchesStuckOn_OnTheSecondReadingWithCurrentAtDutyZero()
        {
            var check = new HeaterCurrentCheck();
            Assert.Equal(FaultCode.None, check.Update(HeaterSenseReading.Valid(5.0, SupplyV), 0.0, true, true, 1000));
            Assert.True(check.HoldOff, "one reading of current at duty 0 must force the next tick to duty 0");
            Assert.Equal(FaultCode.HeaterStuckOn, check.Update(HeaterSenseReading.Valid(5.0, SupplyV), 0.0, true, true, 1000));
        }

        [Fact]
        public void CurrentCheck_LatchesStuckOn_WhenCurrentFlowsWithTheCutoffOpen()
        {
            var check = new HeaterCurrentCheck();
            check.Update(HeaterSenseReading.Valid(2.0, SupplyV), 0.7, false, true, 1000);
            Assert.Equal(FaultCode.HeaterStuckOn, check.Update(HeaterSenseReading.Valid(2.0, SupplyV), 0.7, false, true, 1000));
        }

        [Fact]
        public void CurrentCheck_ForgivesASingleReading_ThatTheNextReadingAtDutyZeroContradicts()
        {
            var check = new HeaterCurrentCheck();
            check.Update(HeaterSenseReading.Valid(0.5, SupplyV), 0.0, true, true, 1000);
            Assert.Equal(FaultCode.None, check.Update(HeaterSenseReading.Valid(0.01, SupplyV), 0.0, true, true, 1000));
            Assert.False(check.HoldOff);
        }

        [Theory]
        [InlineData(0.3, 5.0, true)]
        [InlineData(0.6, 5.0, true)]
        [InlineData(0.3, 1.6, false)]
        [InlineData(0.6, 3.1, false)]
        public void CurrentCheck_SeesAShortAtPartialDuty_OnceTheElementIsLearned(double duty, double currentA, bool expectSuspect)
        {
            var check = new HeaterCurrentCheck();
            Learn(check, HeaterCurrentCheck.LearnMinSamples);
            check.Update(HeaterSenseReading.Valid(currentA, SupplyV), duty, true, true, 1000);
            Assert.Equal(expectSuspect, check.HoldOff);
        }

        [Fact]
        public void CurrentCheck_LearnsTheElementResistance_FromTheSense()
        {
            var check = new HeaterCurrentCheck();
            Assert.False(check.HasLearnedResistance);
            Learn(check, 20, SupplyV / 2.88);
            Assert.True(check.HasLearnedResistance);
            Assert.InRange(check.LearnedResistanceOhm, 2.85, 2.91);
        }

        [Fact]
        public void CurrentCheck_AsksForAProbe_AfterTwoMinutesOfSaturatedDuty_AndNotBefore()
        {
            var check = new HeaterCurrentCheck();
            int readings = 0;
            while (!check.ProbeDue)
            {
                Assert.Equal(FaultCode.None, check.Update(HeaterSenseReading.Valid(5.0, SupplyV), 1.0, true, true, 1000));
                readings++;
                Assert.True(readings <= 200, "no probe after 200 s of saturated duty");
            }

            Assert.Equal((int)HeaterCurrentCheck.ProbeIntervalS, readings);

            // The probe tick (duty 0, no current) resets the timer.
            check.Update(HeaterSenseReading.Valid(0.0, SupplyV), 0.0, true, true, 1000);
            Assert.False(check.ProbeDue);
        }

        [Theory]
        [InlineData(double.NaN, 12.0)]
        [InlineData(-1.0, 12.0)]
        [InlineData(12.4, 12.0)]
        [InlineData(1.0, 0.5)]
        [InlineData(1.0, 24.0)]
        public void CurrentCheck_DistrustsAnImpossibleReading_AndLatchesAfterThree(double currentA, double supplyV)
        {
            var check = new HeaterCurrentCheck();
            Assert.Equal(FaultCode.None, check.Update(HeaterSenseReading.Valid(currentA, supplyV), 0.5, true, true, 1000));
            Assert.False(check.Trusted);
            Assert.Equal(FaultCode.None, check.Update(HeaterSenseReading.Valid(currentA, supplyV), 0.5, true, true, 1000));
            Assert.Equal(FaultCode.HeaterSenseFailed, check.Update(HeaterSenseReading.Valid(currentA, supplyV), 0.5, true, true, 1000));
        }

        [Fact]
        public void CurrentCheck_DistrustsMoreCurrentThanTheLearnedElementCanDraw()
        {
            var check = new HeaterCurrentCheck();
            Learn(check, HeaterCurrentCheck.LearnMinSamples);
            check.Update(HeaterSenseReading.Valid(8.0, SupplyV), 1.0, true, true, 1000);
            Assert.False(check.Trusted);
        }

        [Fact]
        public void CurrentCheck_JudgesNothing_OnALateTick()
        {
            var check = new HeaterCurrentCheck();
            for (int i = 0; i < 5; i++)
            {
                Assert.Equal(FaultCode.None, check.Update(HeaterSenseReading.Valid(5.0, SupplyV), 0.0, true, false, 7000));
            }

            Assert.False(check.HoldOff);
        }

        [Fact]
        public void Core_OpensTheCutoffWithinThreeTicks_WhenTheSwitchShortsAtDutyZero()
        {
            CoreDriver driver = StartedDriver();
            driver.Hold(47.5 - 1.0, 5);
            driver.Hold(46.0, 30);
            Assert.Equal(0.0, driver.Last.DutyFraction);
            Assert.True(driver.Last.HeaterEnabled);
            Assert.Equal(FaultCode.None, driver.Last.Fault);

            driver.SwitchShorted = true;
            int ticks = 0;
            while (driver.Last.HeaterEnabled)
            {
                driver.Tick(46.0 + ((ticks & 1) * 0.0625));
                ticks++;
                Assert.True(ticks <= 3, "the cut-off was still closed three ticks after the short");
            }

            Assert.Equal(FaultCode.HeaterStuckOn, driver.Last.Fault);

            // Only a power cycle clears it.
            driver.Press(ButtonId.Power, 30.0, isLong: true);
            Assert.Equal(FaultCode.HeaterStuckOn, driver.Last.Fault);
            Assert.False(driver.Last.HeaterEnabled);
        }

        [Fact]
        public void Core_DoesNotLatchStuckOn_WhenTheReadingRisesAtDutyZeroWithoutCurrent()
        {
            // Stored heat coasting up after the losses drop: the reading climbs over 1 °C, to 2.25 °C past the level-5 setpoint, with the
            // duty at 0 for minutes, which the temperature check alone took for a short; no current flows.
            CoreDriver driver = StartedDriver();
            driver.Hold(45.5625, 40);
            Assert.Equal(0.0, driver.Last.DutyFraction);
            for (int i = 0; i < 120; i++)
            {
                driver.Tick(Math.Min(46.75, 45.5625 + ((i / 5) * 0.0625)));
                Assert.Equal(FaultCode.None, driver.Last.Fault);
            }

            Assert.True(driver.Last.HeaterEnabled);
        }

        [Fact]
        public void Core_GatesOneTickInTwoMinutes_DuringALongFullPowerApproach_AtUnderOnePercentOfTheHeat()
        {
            CoreDriver driver = StartedDriver();
            int probeTicks = 0;
            double lostDuty = 0.0;
            const int Ticks = 540;
            for (int i = 0; i < Ticks; i++)
            {
                // A slow pad warming 1/16 °C every 3 s: still below 41.5 °C, in the full-power approach, after 9 minutes.
                driver.Tick(30.0 + ((i / 3) * 0.0625));
                Assert.Equal(FaultCode.None, driver.Last.Fault);
                if (i > 5 && driver.Last.DutyFraction < 1.0)
                {
                    probeTicks++;
                    lostDuty += 1.0 - driver.Last.DutyFraction;
                    Assert.Equal(HeaterCurrentCheck.PartialMaxDutyFraction, driver.Last.DutyFraction, 9);
                }
            }

            Assert.Equal(4, probeTicks);
            Assert.True(lostDuty <= 0.01 * Ticks, $"the probes cost {lostDuty} full-power ticks in {Ticks}, more than 1 % of the heat");
        }

        [Fact]
        public void Core_CatchesAShortAtTheNextProbe_DuringAFullPowerApproach()
        {
            CoreDriver driver = StartedDriver();
            driver.Hold(30.0, 20);
            Assert.True(driver.Last.DutyFraction > 0.9);

            driver.SwitchShorted = true;
            int ticks = 0;
            while (driver.Last.HeaterEnabled)
            {
                driver.Tick(30.0 + ((ticks & 1) * 0.0625));
                ticks++;
                Assert.True(ticks <= HeaterCurrentCheck.ProbeIntervalS + 3, "the short was not caught by the probe");
            }

            Assert.Equal(FaultCode.HeaterStuckOn, driver.Last.Fault);
        }

        [Fact]
        public void Core_LatchesHeaterOpen_WhenNoCurrentFlowsAtFullPower()
        {
            CoreDriver driver = StartedDriver();
            driver.ElementOpen = true;
            driver.Hold(30.0, HeaterCurrentCheck.OpenConfirmReadings + 5);
            Assert.Equal(FaultCode.HeaterOpen, driver.Last.Fault);
            Assert.Equal("heater_open", FaultCodeNames.Of(driver.Last.Fault));
            Assert.Equal(0.0, driver.Last.DutyFraction);
            Assert.False(driver.Last.HeaterEnabled);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Core_NeverHeats_WithoutATrustedSense(bool fullScale)
        {
            CoreDriver driver = StartedDriver();
            driver.Hold(30.0, 10);
            Assert.True(driver.Last.DutyFraction > 0.0);

            driver.SenseOverride = fullScale ? HeaterSenseReading.Valid(12.4, SupplyV) : HeaterSenseReading.Invalid;
            for (int i = 0; i < 10; i++)
            {
                driver.Tick(30.0 + ((i & 1) * 0.0625));
                Assert.Equal(0.0, driver.Last.DutyFraction);
                Assert.False(driver.Last.HasHeaterSense);
            }

            Assert.Equal(FaultCode.HeaterSenseFailed, driver.Last.Fault);
            Assert.False(driver.Last.HeaterEnabled);
        }

        [Fact]
        public void Core_RefusesHeat_OnASupplyFarAboveTheDesign_AndShowsTheSupply()
        {
            CoreDriver driver = StartedDriver();
            driver.Hold(30.0, 5);
            Assert.Equal(SupplyV, driver.Last.SupplyV, 6);
            driver.SenseOverride = HeaterSenseReading.Valid(0.0, 16.0);
            driver.Hold(30.0, 5);
            Assert.Equal(FaultCode.SupplyOutOfRange, driver.Last.Fault);
            Assert.Equal(0.0, driver.Last.DutyFraction);
        }

        [Theory]
        [InlineData("nominal-12v")]
        [InlineData("thick-slow")]
        [InlineData("strong-60w")]
        public void Supervisor_OpensTheCutoffWithinThreeMinutes_WhenTheMosfetShortsDuringTheApproach(string padName)
        {
            FaultCaseResult result = FaultCampaign.RunCase(padName, PadFile.LoadShipped(padName), 5, FaultKind.MosfetShorted, 60, 11);
            Assert.Equal(FaultCode.HeaterStuckOn, result.Fault);
            Assert.True(result.NoHeatAfterS <= 180.0, $"cut-off opened {result.NoHeatAfterS} s after the short");
            Assert.True(result.PeakBeforeNoHeatC < 48.0, $"surface reached {result.PeakBeforeNoHeatC} C with the cut-off closed");
        }

        [Theory]
        [InlineData("nominal-12v", FaultKind.BodyOff)]
        [InlineData("thick-slow", FaultKind.BodyOff)]
        [InlineData("strong-60w", FaultKind.BodyOff)]
        [InlineData("nominal-12v", FaultKind.Folded)]
        [InlineData("thick-slow", FaultKind.Folded)]
        public void Supervisor_DoesNotLatchStuckOn_WhenStoredHeatCoastsUpAfterTheLossesDrop(string padName, FaultKind kind)
        {
            // After a full-power approach the user gets up or the pad is folded: the surface rises at duty 0 on
            // the element's stored heat, as it would with a short; the current witness sees no current.
            FaultCaseResult result = FaultCampaign.RunCase(padName, PadFile.LoadShipped(padName), 5, kind, 600, 11);
            Assert.NotEqual(FaultCode.HeaterStuckOn, result.Fault);
            Assert.NotEqual(FaultCode.HeaterOpen, result.Fault);
            Assert.NotEqual(FaultCode.HeaterSenseFailed, result.Fault);
        }

        [Theory]
        [InlineData(FaultKind.SenseStuckAtZero)]
        [InlineData(FaultKind.SenseStuckAtFullScale)]
        [InlineData(FaultKind.HeaterOpen)]
        public void Supervisor_EndsInASafeState_WhenTheSenseOrTheElementFails(FaultKind kind)
        {
            FaultCaseResult result = FaultCampaign.RunCase("nominal-12v", PadFile.LoadShipped("nominal-12v"), 3, kind, 60, 11);
            Assert.NotEqual(FaultCode.None, result.Fault);
            Assert.False(double.IsNaN(result.NoHeatAfterS), "heat still flowed at the end of the run");
            Assert.True(result.NoHeatAfterS <= 300.0, $"heat stopped {result.NoHeatAfterS} s after onset");
        }

        [Fact]
        public void SimulatedSense_ReadsDutyTimesTheElementCurrent_AndWhatAShortOrAnOpenDraws()
        {
            var pad = new ThermalPad(PadFile.LoadShipped("nominal-12v"));
            double fullA = pad.HeaterPowerW(1.0, true) / pad.SupplyVoltageV;
            var sense = new SimulatedHeaterSense(3, 1.1);

            Assert.InRange(sense.Read(pad, 0.5, true).CurrentA, (0.5 * fullA * 0.97) - 0.05, (0.5 * fullA * 1.03) + 0.05);
            Assert.InRange(sense.Read(pad, 1.0, false).CurrentA, -0.05, 0.05);
            Assert.InRange(sense.Read(pad, 0.0, true).SupplyV, pad.SupplyVoltageV * 0.97, pad.SupplyVoltageV * 1.03);
            pad.HeaterStuckOn = true;
            Assert.InRange(sense.Read(pad, 0.0, true).CurrentA, fullA * 0.97, fullA * 1.03);
            pad.HeaterStuckOn = false;
            pad.HeaterOpen = true;
            Assert.InRange(sense.Read(pad, 1.0, true).CurrentA, -0.05, 0.05);

            // A dead amplifier reads 0 counts (under the REF level), a shorted one the top: neither is a reading.
            sense.Failure = HeaterSenseFailure.StuckAtFullScale;
            Assert.False(sense.Read(pad, 0.0, true).IsValid);
            sense.Failure = HeaterSenseFailure.StuckAtZero;
            Assert.False(sense.Read(pad, 0.0, true).IsValid);
        }
    }
}
