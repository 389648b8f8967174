using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    public class SafetyCheckTests
    {
        [Fact]
        public void Plausibility_RejectsALonePowerOnValue_WithoutLatchingAFault()
        {
            var driver = new CoreDriver();
            driver.Press(ButtonId.Power, 35.0);
            driver.Hold(35.0, 5);
            CoreOutputs outputs = driver.Tick(85.0);
            Assert.Equal(0.0, outputs.DutyFraction);
            Assert.Equal(FaultCode.None, outputs.Fault);
            Assert.True(driver.Tick(35.0).DutyFraction > 0.0);
        }

        [Fact]
        public void Plausibility_LatchesImplausibleReading_WhenOutOfRangeValuesPersist()
        {
            var driver = new CoreDriver();
            driver.Press(ButtonId.Power, 35.0);
            CoreOutputs outputs = driver.Hold(-127.0, SafetyLimits.SensorLostConsecutiveReads);
            Assert.Equal(FaultCode.ImplausibleReading, outputs.Fault);
            Assert.False(outputs.HeaterEnabled);
        }

        [Fact]
        public void Plausibility_RejectsASingleSpike_ButFollowsAConfirmedStep()
        {
            var check = new PlausibilityCheck();
            Assert.True(check.Check(1000, SensorReading.Valid(35.0)).IsValid);
            Assert.False(check.Check(2000, SensorReading.Valid(41.0)).IsValid);
            Assert.True(check.Check(3000, SensorReading.Valid(35.0)).IsValid);
            Assert.False(check.Check(4000, SensorReading.Valid(41.0)).IsValid);
            Assert.True(check.Check(5000, SensorReading.Valid(41.0)).IsValid);
            Assert.Equal(FaultCode.None, check.Verdict());
        }

        [Fact]
        public void BurnDoseLimiter_StepsTheSetpointDownFirst_ThenEndsHeating()
        {
            var limiter = new BurnDoseLimiter();
            Assert.Equal(SafetyLimits.MaxSetpointC, limiter.SetpointCapC);
            int seconds = 0;
            while (limiter.SetpointCapC == SafetyLimits.MaxSetpointC)
            {
                limiter.Update(SensorReading.Valid(44.5), 1.0);
                seconds++;
            }

            Assert.False(limiter.AtLimit);
            Assert.Equal(BurnDoseLimiter.SteppedDownSetpointC, limiter.SetpointCapC);
            // 0.5 factored = 1/8 of the fitted threshold at 44.5 °C.
            double expectedS = 0.125 * BurnDose.ThresholdSeconds(44.5);
            Assert.InRange(seconds, expectedS - 2, expectedS + 2);
            while (!limiter.AtLimit)
            {
                limiter.Update(SensorReading.Valid(44.5), 1.0);
            }

            Assert.True(limiter.FactoredDose / BurnDoseLimiter.SafetyFactor <= 0.25);
        }

        [Fact]
        public void BurnDoseLimiter_DecaysOnlyWhileThePadIsCool()
        {
            var limiter = new BurnDoseLimiter();
            limiter.Update(SensorReading.Valid(45.0), 600.0);
            double dose = limiter.FactoredDose;
            limiter.Update(SensorReading.Valid(40.0), 600.0);
            Assert.True(limiter.FactoredDose >= dose);
            // The step from 40 °C is counted at the hotter end; the hour after it at 30 °C decays.
            limiter.Update(SensorReading.Valid(30.0), 1.0);
            dose = limiter.FactoredDose;
            limiter.Update(SensorReading.Valid(30.0), 3600.0);
            Assert.True(limiter.FactoredDose < dose);
        }

        [Fact]
        public void SessionHeatLimit_TripsOnlyAfterNinetyMinutesOfHeat()
        {
            var limit = new SessionHeatLimit();
            for (int i = 0; i < SafetyLimits.MaxHeatMinutesPerSession * 60; i++)
            {
                Assert.False(limit.Update(1000, true, true));
            }

            Assert.True(limit.Update(1000, true, true));
            Assert.False(limit.Update(1000, true, false));
        }

        [Fact]
        public void Core_AppliesNoHeatAndSkipsTheHeartbeat_WhenATickIsLateOrTimeGoesBack()
        {
            var driver = new CoreDriver();
            driver.Press(ButtonId.Power, 35.0);
            driver.Hold(35.0, 3);
            CoreOutputs late = driver.Tick(35.0, stepMs: Supervisor.MaxTickGapMs + 1000);
            Assert.Equal(0.0, late.DutyFraction);
            Assert.False(late.CutoffHeartbeat);
            CoreOutputs back = driver.Tick(35.0, stepMs: -3000);
            Assert.Equal(0.0, back.DutyFraction);
            Assert.True(driver.Tick(35.0625, stepMs: 4000).DutyFraction > 0.0);
        }

        [Fact]
        public void HeaterStuckOn_SurvivesALongPress_WhileOtherFaultsClear()
        {
            var supervisor = new Supervisor();
            supervisor.Latch(FaultCode.HeaterStuckOn);
            Assert.False(supervisor.TryClear(SensorReading.Valid(25.0), SensorReading.Valid(25.0)));
            var other = new Supervisor();
            other.Latch(FaultCode.FrozenReading);
            Assert.False(other.TryClear(SensorReading.Valid(41.0), SensorReading.Valid(41.0)));
            Assert.True(other.TryClear(SensorReading.Valid(25.0), SensorReading.Valid(25.0)));
        }

        [Theory]
        [InlineData(40.0, 40.5, false)]
        [InlineData(40.0, 40.9375, false)]
        [InlineData(40.0, 42.0, true)]
        public void HeaterStuckOn_CountsARiseAtZeroDuty_OnlyPastTheSetpointMargin(double setpointC, double endC, bool expectTrip)
        {
            var check = new HeaterStuckOnCheck();
            double startC = 39.5;
            bool tripped = false;
            for (int s = 0; s <= 300; s++)
            {
                double readingC = startC + ((endC - startC) * s / 300.0);
                tripped |= check.Update(readingC, 1.0, 0.0, true, setpointC);
            }

            Assert.Equal(expectTrip, tripped);
        }

        [Fact]
        public void HeaterStuckOn_IgnoresRisesWhileTheHeaterWasCommandedOrTheCutoffOpen()
        {
            var check = new HeaterStuckOnCheck();
            for (int s = 0; s <= 300; s++)
            {
                Assert.False(check.Update(38.0 + (0.02 * s), 1.0, s % 2 == 0 ? 0.3 : 0.0, true, 40.0));
                Assert.False(check.Update(38.0 + (0.02 * s), 1.0, 0.0, false, 40.0));
            }
        }
    }
}
