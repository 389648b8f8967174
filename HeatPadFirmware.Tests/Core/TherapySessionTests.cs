using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Core
{
    public class TherapySessionTests
    {
        [Fact]
        public void PowerOn_StartsIdle_AtTheDefaultLevel_WithTheHeatProgram()
        {
            var driver = new CoreDriver();
            CoreOutputs outputs = driver.Tick(25.0);
            Assert.Equal(SessionPhase.Off, outputs.Phase);
            Assert.Equal(2, outputs.Level);
            Assert.Equal(TherapyProgram.Heat, outputs.Program);
            Assert.Equal(0.0, outputs.DutyFraction);
            Assert.False(outputs.HeaterEnabled);
            Assert.False(outputs.HasSetpoint);
        }

        [Fact]
        public void PowerShortPress_StartsTheSelectedProgram_AtTheSelectedLevel()
        {
            var driver = new CoreDriver();
            driver.Press(ButtonId.Up);
            CoreOutputs outputs = driver.Press(ButtonId.Power);
            Assert.Equal(SessionPhase.Heat, outputs.Phase);
            Assert.True(outputs.HasSetpoint);
            Assert.Equal(41.5, outputs.SetpointC);
            Assert.True(outputs.HeaterEnabled);
            Assert.True(outputs.DutyFraction > 0.0);
            Assert.Equal(BuzzerCue.SessionStart, outputs.Cue);
        }

        [Fact]
        public void PowerShortPress_DuringASession_StopsIt()
        {
            var driver = new CoreDriver();
            driver.Press(ButtonId.Power);
            CoreOutputs outputs = driver.Press(ButtonId.Power);
            Assert.Equal(SessionPhase.Off, outputs.Phase);
            Assert.Equal(0.0, outputs.DutyFraction);
            Assert.False(outputs.HeaterEnabled);
            Assert.Equal(BuzzerCue.SessionEnd, outputs.Cue);
        }

        [Theory]
        [InlineData(ButtonId.Up, 5, 5)]
        [InlineData(ButtonId.Down, 5, 1)]
        [InlineData(ButtonId.Up, 1, 3)]
        public void LevelButtons_StepTheLevel_WithinOneToFive(ButtonId button, int presses, int expectedLevel)
        {
            var driver = new CoreDriver();
            CoreOutputs outputs = default;
            for (int i = 0; i < presses; i++)
            {
                outputs = driver.Press(button);
            }

            Assert.Equal(expectedLevel, outputs.Level);
        }

        [Fact]
        public void LevelButton_PastTheEnd_IsRefusedWithASound()
        {
            var driver = new CoreDriver();
            driver.Press(ButtonId.Down);
            CoreOutputs outputs = driver.Press(ButtonId.Down);
            Assert.Equal(1, outputs.Level);
            Assert.Equal(BuzzerCue.Refused, outputs.Cue);
        }

        [Fact]
        public void ProgramButton_CyclesHeatHotColdContrast_OnlyWhileOff()
        {
            var driver = new CoreDriver();
            Assert.Equal(TherapyProgram.HotCold, driver.Press(ButtonId.Program).Program);
            Assert.Equal(TherapyProgram.Contrast, driver.Press(ButtonId.Program).Program);
            Assert.Equal(TherapyProgram.Heat, driver.Press(ButtonId.Program).Program);
            driver.Press(ButtonId.Power);
            Assert.Equal(TherapyProgram.Heat, driver.Press(ButtonId.Program, 35.0).Program);
        }

        [Fact]
        public void LevelChange_DuringHeat_MovesTheSetpoint()
        {
            var driver = new CoreDriver();
            driver.Press(ButtonId.Power);
            CoreOutputs outputs = driver.Press(ButtonId.Up, 35.0);
            Assert.Equal(SessionPhase.Heat, outputs.Phase);
            Assert.Equal(41.5, outputs.SetpointC);
        }

        [Fact]
        public void HotCold_HeatsTwentyMinutes_ThenCoolsTenWithHeaterOffAndCutoffOpen_ThenEnds()
        {
            var driver = new CoreDriver();
            driver.Press(ButtonId.Program);
            driver.Press(ButtonId.Power);
            CoreOutputs outputs = driver.Hold(40.0, 20 * 60 - 1);
            Assert.Equal(SessionPhase.Heat, outputs.Phase);
            Assert.Equal(1.0, outputs.PhaseRemainingS);

            outputs = driver.Tick(40.0);
            Assert.Equal(SessionPhase.Cool, outputs.Phase);
            Assert.Equal(BuzzerCue.ApplyColdPack, outputs.Cue);
            Assert.Equal(0.0, outputs.DutyFraction);
            Assert.False(outputs.HeaterEnabled);
            Assert.False(outputs.HasSetpoint);
            Assert.True(outputs.CoolLedOn);

            outputs = driver.Hold(35.0, 10 * 60);
            Assert.Equal(SessionPhase.Off, outputs.Phase);
            Assert.Equal(0.0, outputs.DutyFraction);
        }

        [Fact]
        public void Contrast_RunsThreeHeatCoolCycles_WithCuesAtEachChange()
        {
            var driver = new CoreDriver();
            driver.Press(ButtonId.Program);
            driver.Press(ButtonId.Program);
            driver.Press(ButtonId.Power);

            int applyCues = 0;
            int removeCues = 0;
            int endCues = 0;
            for (int s = 0; s < 30 * 60; s++)
            {
                CoreOutputs outputs = driver.Tick(s % 2 == 0 ? 38.0 : 38.0625);
                applyCues += outputs.Cue == BuzzerCue.ApplyColdPack ? 1 : 0;
                removeCues += outputs.Cue == BuzzerCue.RemoveColdPack ? 1 : 0;
                endCues += outputs.Cue == BuzzerCue.SessionEnd ? 1 : 0;
                if (outputs.Phase == SessionPhase.Cool)
                {
                    Assert.Equal(0.0, outputs.DutyFraction);
                    Assert.False(outputs.HeaterEnabled);
                }
            }

            Assert.Equal(3, applyCues);
            Assert.Equal(2, removeCues);
            Assert.Equal(1, endCues);
            Assert.Equal(SessionPhase.Off, driver.Last.Phase);
        }

        [Fact]
        public void HeatProgram_EndsByItself_AfterNinetyMinutes()
        {
            var driver = new CoreDriver();
            driver.Press(ButtonId.Power);
            CoreOutputs outputs = driver.Hold(40.0, 90 * 60 - 1);
            Assert.Equal(SessionPhase.Heat, outputs.Phase);
            outputs = driver.Tick(40.0);
            Assert.Equal(SessionPhase.Off, outputs.Phase);
            Assert.Equal(0.0, outputs.DutyFraction);
        }

        [Fact]
        public void PadHot_ShowsAfterTheSession_UntilBelowThirtyEightDegrees()
        {
            var driver = new CoreDriver();
            driver.Press(ButtonId.Power);
            driver.Hold(40.0, 10);
            CoreOutputs outputs = driver.Press(ButtonId.Power, 40.0);
            Assert.True(outputs.PadHot);
            Assert.True(driver.Tick(38.0).PadHot);
            Assert.False(driver.Tick(37.9375).PadHot);
        }
    }
}
