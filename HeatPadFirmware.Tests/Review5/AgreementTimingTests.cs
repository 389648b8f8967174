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
        [Fact(Skip = "finding 6: one 61 s late tick with the sensors 2 °C apart latches sensors_disagree at once (the check adds the raw 61 s to its 60 s)")]
        public void Supervisor_DoesNotLatchSensorsDisagree_OnOneLateTick()
        {
            var supervisor = new Supervisor();
            long nowMs = 0;
            for (int s = 0; s < 5; s++)
            {
                nowMs += 1000;
                supervisor.Observe(nowMs, SensorReading.Valid(40.0 + ((s % 2) * 0.0625)), SensorReading.Valid(38.0), 0.3, true, true, 40.0, false, 0.0);
            }

            Assert.Equal(FaultCode.None, supervisor.Fault);
            nowMs += 61_000;
            supervisor.Observe(nowMs, SensorReading.Valid(40.0), SensorReading.Valid(38.0), 0.3, true, true, 40.0, false, 0.0);

            Assert.False(supervisor.LoopOnTime);
            Assert.Equal(FaultCode.None, supervisor.Fault);
        }

        [Fact]
        public void Supervisor_LatchesSensorsDisagree_AfterAMinuteOfOnTimeTicks_WithTheSensorsTwoDegreesApart()
        {
            // The counterpart of finding 6 (and checked sound): on time, the same 2 °C gap needs the full 60 s.
            var supervisor = new Supervisor();
            long nowMs = 0;
            int latchS = -1;
            for (int s = 1; s <= 120 && latchS < 0; s++)
            {
                nowMs += 1000;
                supervisor.Observe(nowMs, SensorReading.Valid(40.0 + ((s % 2) * 0.0625)), SensorReading.Valid(38.0), 0.3, true, true, 40.0, false, 0.0);
                latchS = supervisor.Fault == FaultCode.SensorsDisagree ? s : -1;
            }

            Assert.InRange(latchS, 60, 62);
        }
    
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
