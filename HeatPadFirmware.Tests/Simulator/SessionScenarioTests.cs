using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Simulator.Session;
using Xunit;

namespace HeatPadFirmware.Tests.Simulator
{
    public class SessionScenarioTests
    {
        [Fact]
        public void Scenario_RefusesATickFasterThanTheHeaterSenseCanJudge()
        {
            var scenario = new SessionScenario { Pad = PadFile.LoadShipped("nominal-12v"), TickMs = 500 };

            var error = Assert.Throws<ArgumentException>(() => scenario.Validate());
            Assert.Contains("700..5000", error.Message);
        }

        [Fact]
        public void Core_GivesNoHeat_WhenItsLoopTicksFasterThanTheHeaterSenseCanJudge()
        {
            // The simulator's runs refuse such ticks; this drives the shared firmware tick directly to show why.
            var run = new HeatPadFirmware.Simulator.Bench.FirmwareRun(PadFile.LoadShipped("nominal-12v"), 1, new TherapyConfig(), TherapyProgram.Heat, 3, 500);
            double mostDuty = 0.0;
            bool heated = false;
            for (int i = 0; i < 600; i++)
            {
                CoreOutputs outputs = run.Step();
                heated |= outputs.Phase == SessionPhase.Heat;
                mostDuty = Math.Max(mostDuty, outputs.DutyFraction);
            }

            Assert.True(heated);
            Assert.Equal(0.0, mostDuty);
        }

        [Fact]
        public void Session_Heats_AtTheFastestTickTheScenarioAccepts()
        {
            SessionTrace trace = SessionRunner.Run(new SessionScenario { Pad = PadFile.LoadShipped("nominal-12v"), Program = TherapyProgram.Heat, Minutes = 5, TickMs = (int)HeaterCurrentCheck.MinJudgedIntervalMs });

            double mostDuty = 0.0;
            foreach (TraceSample s in trace.Samples)
            {
                mostDuty = Math.Max(mostDuty, s.DutyFraction);
            }

            Assert.True(mostDuty > 0.5);
        }
    }
}
