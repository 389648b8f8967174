using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>The sensor-integrity checks of issue 4 session 2: the active frozen-reading probe, the room-reading witness and the hard-work fall envelope.</summary>
    public class IntegrityCheckTests
    {
        [Fact]
        public void FrozenReadingProbe_HoldsTheDutyAtZero_AfterAMinuteOfABitIdenticalReadingWithHeat()
        {
            var probe = new FrozenReadingProbe();
            int seconds = 0;
            probe.Update(40.0, 1.0, 0.4, true);
            while (!probe.HoldsDutyAtZero && seconds < 600)
            {
                Assert.False(probe.Update(40.0, 1.0, 0.4, true));
                seconds++;
            }

            Assert.True(probe.HoldsDutyAtZero);
            Assert.Equal(FrozenReadingProbe.ProbeAfterS, seconds, 0);
        }

        [Fact]
        public void FrozenReadingProbe_EndsTheProbe_WhenTheReadingMoves()
        {
            var probe = new FrozenReadingProbe();
            for (int i = 0; i <= FrozenReadingProbe.ProbeAfterS; i++)
            {
                probe.Update(40.0, 1.0, 0.4, true);
            }

            Assert.True(probe.HoldsDutyAtZero);
            Assert.False(probe.Update(39.9375, 1.0, 0.0, true));
            Assert.False(probe.HoldsDutyAtZero);
        }

        [Fact]
        public void FrozenReadingProbe_ReportsAFrozenReading_WhenItDoesNotMoveWithoutHeat()
        {
            var probe = new FrozenReadingProbe();
            int seconds = 0;
            bool frozen = false;
            while (!frozen && seconds < 1000)
            {
                frozen = probe.Update(40.0, 1.0, probe.HoldsDutyAtZero ? 0.0 : 0.4, true);
                seconds++;
            }

            Assert.True(frozen);
            Assert.InRange(seconds, FrozenReadingProbe.ProbeAfterS + FrozenReadingProbe.ProbeMaxS, FrozenReadingProbe.ProbeAfterS + FrozenReadingProbe.ProbeMaxS + 2);
        }

        [Fact]
        public void FrozenReadingProbe_NeverProbes_WhenNoHeatWentIn()
        {
            var probe = new FrozenReadingProbe();
            for (int i = 0; i < 600; i++)
            {
                Assert.False(probe.Update(30.0, 1.0, 0.0, true));
                Assert.False(probe.HoldsDutyAtZero);
                Assert.False(probe.Update(30.0, 1.0, 1.0, false));
            }
        }

        [Theory]
        [InlineData("nominal-12v", 3)]
        [InlineData("folded-covered", 5)]
        [InlineData("usb-10w", 1)]
        [InlineData("thick-slow", 4)]
        public void Supervisor_StopsHeatWithinTwoMinutes_WhenTheReadingFreezesInTheHold(string padName, int level)
        {
            // Before the probe a freeze in the hold band was never caught (43/90 in the campaign, worst 650 s).
            FaultCaseResult result = FaultCampaign.RunCase(padName, PadFile.LoadShipped(padName), level, FaultKind.FrozenReading, 1800, 11);
            Assert.Equal(FaultCode.FrozenReading, result.Fault);
            Assert.InRange(result.NoHeatAfterS, 0.0, 120.0);
        }

        [Theory]
        [InlineData("folded-covered", 2)]
        [InlineData("thick-slow", 5)]
        [InlineData("nominal-12v", 4)]
        [InlineData("usb-10w", 5)]
        public void Supervisor_DoesNotLatchAFault_ForASilentSensorOnAHeldPad(string padName, int level)
        {
            // A noiseless DS18B20 on a held pad sits on one step: the probe's dip must let it move every time.
            var run = new FaultRun(PadFile.LoadShipped(padName).With(sensorNoiseC: 0.0), 3);
            run.Start(level);
            for (int i = 0; i < 40 * 60; i++)
            {
                run.Tick(1000, null);
            }

            Assert.Equal(FaultCode.None, run.Last.Fault);
            Assert.Equal(SessionPhase.Heat, run.Last.Phase);
        }

        [Fact]
        public void RoomReadingCheck_LatchesAfterTheDefaultWork_WhenTheReadingStaysAtTheRoomUnderHeat()
        {
            // Heat started warm (nothing learned), then the reading fell back to the room.
            var check = new RoomReadingCheck();
            check.Update(22.0, 1.0, 0.0, false);
            check.Update(26.0, 1.0, 0.0, false);
            Assert.False(check.Update(26.0, 1.0, 1.0, true));
            int seconds = 0;
            bool tripped = false;
            while (!tripped && seconds < 1000)
            {
                tripped = check.Update(22.0625, 1.0, 1.0, true);
                seconds++;
            }

            Assert.True(tripped);
            Assert.Equal(RoomReadingCheck.DefaultMaxWorkS, seconds, 0);
        }

        [Fact]
        public void RoomReadingCheck_LearnsItsBound_FromThisPadsFirstHeatUp()
        {
            var check = new RoomReadingCheck();
            check.Update(22.0, 1.0, 0.0, false);
            for (int i = 0; i < 10; i++)
            {
                check.Update(22.5, 1.0, 1.0, true);
            }

            check.Update(23.5, 1.0, 1.0, true);
            Assert.Equal((RoomReadingCheck.LearnedFactor * 10.0) + RoomReadingCheck.LearnedMarginS, check.MaxWorkS, 6);

            // Later the sensor falls back to the room under full power.
            check.Update(22.2, 1.0, 1.0, false);
            int seconds = 0;
            bool tripped = false;
            while (!tripped && seconds < 1000)
            {
                tripped = check.Update(22.2, 1.0, 1.0, true);
                seconds++;
            }

            // The reading came back to the room with no heat wanted: a bound under the off-body floor is raised to it.
            Assert.Equal(Math.Max(check.MaxWorkS, RoomReadingCheck.OffBodyMinWorkS), seconds, 0);
        }

        [Fact]
        public void RoomReadingCheck_LeavesAReadingThatNeverMoved_ToTheHeatingWatch_WhenThePowerIsUnknown()
        {
            // Without the element's power the energy bound cannot be judged (NeverMovedReadingTests covers it known).
            var check = new RoomReadingCheck();
            check.Update(22.0, 1.0, 0.0, false);
            for (int i = 0; i < 600; i++)
            {
                Assert.False(check.Update(22.0, 1.0, 1.0, true));
            }
        }

        [Fact]
        public void RoomReadingCheck_DoesNotTrustTheRoom_WhenThePadWasSwitchedOnWarm()
        {
            var check = new RoomReadingCheck();
            check.Update(40.0, 1.0, 0.0, false);
            for (int i = 0; i < 3600; i++)
            {
                Assert.False(check.Update(40.0, 1.0, 0.4, true));
            }
        }

        [Fact]
        public void SensorDetachedCheck_LatchesASlowLagFall_UnderHardWork()
        {
            var check = new SensorDetachedCheck();
            bool tripped = false;
            int seconds = 0;
            // A 35 s-lag sensor leaving a 40 °C pad for 22 °C air: too slow for the 0.3 °C/s envelope.
            while (!tripped && seconds < 120)
            {
                double readingC = 22.0 + (18.0 * System.Math.Exp(-seconds / 35.0));
                tripped = check.Update(readingC, 1.0, 1.0, true);
                seconds++;
            }

            Assert.True(tripped);
            Assert.InRange(seconds, 10, 30);
        }

        [Fact]
        public void SensorDetachedCheck_IgnoresTheSameFall_WhenTheHeaterIsNotWorkingHard()
        {
            // A lowered level: the controller coasts and the pad cools by itself.
            var check = new SensorDetachedCheck();
            for (int seconds = 0; seconds < 600; seconds++)
            {
                double readingC = 34.0 + (10.0 * System.Math.Exp(-seconds / 120.0));
                Assert.False(check.Update(readingC, 1.0, 0.0, true));
            }
        }

        [Theory]
        [InlineData("strong-60w")]
        [InlineData("nominal-12v")]
        [InlineData("thick-slow")]
        [InlineData("free-air")]
        public void Supervisor_LatchesSensorDetached_WhenTheSensorFellOffWhileThePadWasOff(string padName)
        {
            // Review finding 4: 240 s of full power took strong-60w from 34 to 49 °C.
            FaultCaseResult result = FaultCampaign.RunCase(padName, PadFile.LoadShipped(padName), 5, FaultKind.DetachedWhileOff, 600, 5);
            Assert.Equal(FaultCode.SensorDetached, result.Fault);
            Assert.InRange(result.NoHeatAfterS, 0.0, 60.0 + 180.0);
            Assert.True(result.PeakBeforeNoHeatC < 48.0, $"surface {result.PeakBeforeNoHeatC:F1} °C while heat could flow");
        }

        [Theory]
        [InlineData("nominal-12v", 1, 60)]
        [InlineData("free-air", 3, 60)]
        [InlineData("thick-slow", 5, 60)]
        [InlineData("thick-slow", 2, 1800)]
        public void Supervisor_LatchesSensorDetached_WithinThreeMinutes_WhereItWasMissedBefore(string padName, int level, double onsetS)
        {
            // Both sensors fall off (the sensor strip: a common cause the pair cannot outvote), the one-sensor witnesses' case.
            FaultCaseResult result = FaultCampaign.RunCase(padName, PadFile.LoadShipped(padName), level, FaultKind.BothSensorsDetached, onsetS, 9);
            Assert.Equal(FaultCode.SensorDetached, result.Fault);
            Assert.True(result.PeakBeforeNoHeatC < 48.0);
            Assert.InRange(result.NoHeatAfterS, 0.0, 240.0);
        }

        [Fact]
        public void HeatingFailedCheck_StandsDown_WhenAWeakPadLosesItsBodyOnTheWayUp()
        {
            // usb-10w in a contrast heat phase: it warms 0.5 °C, the user gets up, the reading falls 5.5 °C at full
            // power and plateaus.
            var check = new HeatingFailedCheck();
            for (int seconds = 0; seconds < 900; seconds++)
            {
                double readingC = seconds < 30 ? 33.0 + (seconds / 60.0) : 28.0 + (5.5 * System.Math.Exp(-(seconds - 30) / 60.0));
                Assert.False(check.Update(readingC, 1.0, 1.0, true, 44.5), $"tripped at {seconds} s");
            }
        }

        [Fact]
        public void HeatingFailedCheck_StillLatches_WhenFullPowerLeavesTheReadingFlat()
        {
            var check = new HeatingFailedCheck();
            int seconds = 0;
            bool failed = false;
            while (!failed && seconds < 900)
            {
                failed = check.Update(30.0, 1.0, 1.0, true, 44.5);
                seconds++;
            }

            Assert.True(failed);
            Assert.InRange(seconds, HeatingFailedCheck.WindowS, HeatingFailedCheck.WindowS + 2);
        }
    }
}
