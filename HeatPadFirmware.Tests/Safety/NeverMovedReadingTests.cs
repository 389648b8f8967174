using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Issue 4: a sensor that falls off before the reading ever moved from the room. The room-reading witness
    /// counts work (full-power seconds) and energy (J) since power-on and names the trip heating_failed once both
    /// exceed what every pad of the design range needs to move its reading a degree.
    /// </summary>
    public class NeverMovedReadingTests
    {
        private static int SecondsToTrip(RoomReadingCheck check, double powerW, int limitS)
        {
            int seconds = 0;
            bool tripped = false;
            while (!tripped && seconds < limitS)
            {
                tripped = check.Update(22.0, 1.0, 1.0, true, powerW);
                seconds++;
            }

            return tripped ? seconds : -1;
        }

        [Fact]
        public void RoomReadingCheck_NamesAReadingThatNeverMoved_AfterTheWorkBound_OnAStrongHeater()
        {
            var check = new RoomReadingCheck();
            check.Update(22.0, 1.0, 0.0, false, 70.0);
            int seconds = SecondsToTrip(check, 70.0, 1000);
            Assert.Equal(RoomReadingCheck.DefaultMaxWorkS, seconds, 0);
            Assert.True(check.NeverMoved);
        }

        [Fact]
        public void RoomReadingCheck_WaitsForTheEnergyBound_OnAWeakHeater()
        {
            // A 10 W element in a heavy pad needs over 200 full-power seconds to move its reading: time alone is no proof.
            var check = new RoomReadingCheck();
            check.Update(22.0, 1.0, 0.0, false, 10.0);
            int seconds = SecondsToTrip(check, 10.0, 2000);
            Assert.Equal(RoomReadingCheck.DefaultMaxEnergyJ / 10.0, seconds, 0);
            Assert.True(check.NeverMoved);
        }

        [Fact]
        public void RoomReadingCheck_CountsTheHeatBeforeAnOffPress_LessWhatThePadLostWhileOff()
        {
            var check = new RoomReadingCheck();
            check.Update(22.0, 1.0, 0.0, false, 70.0);
            for (int i = 0; i < 100; i++)
            {
                Assert.False(check.Update(22.0, 1.0, 1.0, true, 70.0));
            }

            for (int i = 0; i < 10; i++)
            {
                Assert.False(check.Update(22.0, 1.0, 0.0, false, 70.0));
            }

            int seconds = SecondsToTrip(check, 70.0, 1000);
            Assert.InRange(seconds, 61, 159);
        }

        [Fact]
        public void RoomReadingCheck_ForgetsTheHeatBeforeAnOffPress_OnceThePadHadTimeToCool()
        {
            var check = new RoomReadingCheck();
            check.Update(22.0, 1.0, 0.0, false, 70.0);
            for (int i = 0; i < 100; i++)
            {
                Assert.False(check.Update(22.0, 1.0, 1.0, true, 70.0));
            }

            // An hour off: far beyond the forgetting time constant of the bound (ForgetSPerBoundS × 160 s).
            Assert.False(check.Update(22.0, 3600.0, 0.0, false, 70.0));
            Assert.Equal(RoomReadingCheck.DefaultMaxWorkS, SecondsToTrip(check, 70.0, 1000), 0);
        }

        [Fact]
        public void RoomReadingCheck_LeavesAReadingThatMoved_ToItsLearnedBound()
        {
            var check = new RoomReadingCheck();
            check.Update(22.0, 1.0, 0.0, false, 70.0);
            for (int i = 0; i < 10; i++)
            {
                check.Update(22.5, 1.0, 1.0, true, 70.0);
            }

            check.Update(23.5, 1.0, 1.0, true, 70.0);
            check.Update(22.2, 1.0, 1.0, false, 70.0);
            int seconds = 0;
            bool tripped = false;
            while (!tripped && seconds < 1000)
            {
                tripped = check.Update(22.2, 1.0, 1.0, true, 70.0);
                seconds++;
            }

            // The reading came back to the room with no heat wanted: a bound under the off-body floor is raised to it.
            Assert.Equal(Math.Max(check.MaxWorkS, RoomReadingCheck.OffBodyMinWorkS), seconds, 0);
            Assert.False(check.NeverMoved);
        }

        [Theory]
        [InlineData(FaultKind.BothSensorsDetached, 0.0)]
        [InlineData(FaultKind.DetachedWhileOff, 60.0)]
        public void Supervisor_StopsUnseenHeatWithinThreeMinutes_WhenTheSensorFallsOffBeforeTheFoldedPadsReadingMoved(FaultKind kind, double offS)
        {
            // Folded-covered at level 1 with the sensor gone in the first minute: the heating watch's 240 s window
            // let 241 s of heat through (242 s after a restart, which comes offS after the off press). Both sensors go (the
            // sensor strip), the room witness's case: one sensor alone is outvoted by the other.
            FaultCaseResult result = FaultCampaign.RunCase("folded-covered", PadFile.LoadShipped("folded-covered"), 1, kind, 60, 11);
            Assert.Equal(FaultCode.HeatingFailed, result.Fault);
            Assert.False(double.IsNaN(result.NoHeatAfterS), "heat still flowed at the end of the run");
            Assert.True(result.NoHeatAfterS - offS < 180.0, $"heat stopped {result.NoHeatAfterS} s after the onset");
        }
    }
}
