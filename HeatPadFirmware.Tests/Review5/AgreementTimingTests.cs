using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review5
{
    /// <summary>
    /// Review 5, finding 6: the supervisor credits its windows at most <see cref="Supervisor.MaxTickGapMs"/> over a late
    /// tick, but hands the agreement check the raw gap: one late tick counts as its whole length of disagreement.
    /// </summary>
    public class AgreementTimingTests
    {
        [Fact]
        public void Supervisor_DoesNotLatchSensorsDisagree_OnOneLateTick()
        {
            // Past the heat-start grace, 5 s over the allowance, then one tick 61 s late: the raw 61 s would latch.
            var supervisor = new Supervisor();
            long nowMs = 0;
            int onTimeS = (int)SensorAgreementCheck.HeatStartGraceS + 5;
            for (int s = 0; s < onTimeS; s++)
            {
                nowMs += 1000;
                supervisor.Observe(nowMs, SensorReading.Valid(40.0 + ((s % 2) * 0.0625)), SensorReading.Valid(GapReadingC), 0.3, true, true, 40.0, false, 0.0);
            }

            Assert.Equal(FaultCode.None, supervisor.Fault);
            Assert.True(supervisor.Agreement.OverAllowanceS > 0.0, "the gap must be over the allowance for the late tick to matter");
            nowMs += 61_000;
            supervisor.Observe(nowMs, SensorReading.Valid(40.0), SensorReading.Valid(GapReadingC), 0.3, true, true, 40.0, false, 0.0);

            Assert.False(supervisor.LoopOnTime);
            Assert.Equal(FaultCode.None, supervisor.Fault);
        }

        [Fact]
        public void Supervisor_LatchesSensorsDisagree_AfterTheGraceAndAMinuteOfOnTimeTicks_WithTheSensorsADegreePastTheAllowance()
        {
            // The counterpart of finding 6 (and checked sound): on time, the same gap needs the grace and the full 60 s.
            var supervisor = new Supervisor();
            long nowMs = 0;
            int latchS = -1;
            for (int s = 1; s <= 900 && latchS < 0; s++)
            {
                nowMs += 1000;
                supervisor.Observe(nowMs, SensorReading.Valid(40.0 + ((s % 2) * 0.0625)), SensorReading.Valid(GapReadingC), 0.3, true, true, 40.0, false, 0.0);
                latchS = supervisor.Fault == FaultCode.SensorsDisagree ? s : -1;
            }

            int expectedS = (int)(SensorAgreementCheck.HeatStartGraceS + SensorAgreementCheck.ConfirmS);
            Assert.InRange(latchS, expectedS, expectedS + 2);
        }

        // Sensor 2 a degree past the allowance under sensor 1's 40 °C.
        private const double GapReadingC = 40.0 - SensorAgreementCheck.BaseAllowanceC - 1.0;
    
        [Fact]
        public void Supervisor_CountsNoDisagreement_OverTicksWhoseTimeDidNotAdvanceOrWentBack()
        {
            // Checked and sound: a repeated or backward time counts as no time passing, in the agreement check too.
            var supervisor = new Supervisor();
            long nowMs = 100_000;
            supervisor.Observe(nowMs, SensorReading.Valid(40.0), SensorReading.Valid(38.0), 0.3, true, true, 40.0, false, 0.0);
            for (int s = 0; s < 300; s++)
            {
                long tickMs = s % 2 == 0 ? nowMs : nowMs - 1000;
                supervisor.Observe(tickMs, SensorReading.Valid(40.0 + ((s % 2) * 0.0625)), SensorReading.Valid(38.0), 0.3, true, true, 40.0, false, 0.0);
            }

            Assert.Equal(FaultCode.None, supervisor.Fault);
            Assert.Equal(0.0, supervisor.Agreement.OverAllowanceS);
        }
}
}
