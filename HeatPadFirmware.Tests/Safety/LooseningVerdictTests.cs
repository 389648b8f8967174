using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// A doubt about the sensor's coupling must come to a verdict (session 4 review, issue 4): a sensor that loosens on
    /// folded-covered while it still heats up (onset 600 s) settles at w = 0.3 and teaches the learner a pad 0.3 times as
    /// weak, whose probes then answer about 1 and whose doubt cap (0.8) has no physical limit: 67.6–81.9 °C by the end of
    /// one 90-min session with no fault. Each case runs to the session's end; it must latch, or keep the surface under
    /// 48 °C with a burn dose under 1 (<see cref="Simulator.Faults.FaultRun.SurfaceDose"/>, the fitted threshold without
    /// a safety factor).
    /// </summary>
    public class LooseningVerdictTests
    {
        [Theory]
        [InlineData(1, 3)]
        [InlineData(2, 2)]
        [InlineData(2, 3)]
        [InlineData(4, 4)]
        public void Supervisor_LatchesOrStaysUnder48C_WhenTheSensorLoosensOnAFoldedPadForAWholeSession(int level, int seed)
        {
            var (fault, peakC, _, run) = LooseningRun.Loosen("folded-covered", level, 600, 90, seed);
            AssertLatchedOrSafe(fault, peakC, run.SurfaceDose);
        }

        [Theory]
        [InlineData(3, 1, 3)]
        [InlineData(2, 1, 700011)]
        public void Supervisor_LatchesOrStaysUnder48C_WhenTheSensorLoosensInOneMinuteCoolPhases(int level, int coolMinutes, int seed)
        {
            var (fault, peakC, _, run) = LooseningRun.LoosenContrast("folded-covered", level, 600, coolMinutes, 90, seed);
            AssertLatchedOrSafe(fault, peakC, run.SurfaceDose);
        }

        [Theory]
        [InlineData("nominal-12v", 5, 1800, 1888)]
        [InlineData("thick-slow", 4, 600, 671)]
        public void Supervisor_LatchesOrStaysUnder48C_WhenALooseningSensorsSessionIsStartedAgain(string padName, int level, int onsetS, int seed)
        {
            var (fault, peakC, dose, _) = LooseningRun.LoosenRestarted(padName, level, onsetS, 90, seed);
            AssertLatchedOrSafe(fault, peakC, dose);
        }

        [Fact]
        public void Supervisor_NamesSensorDetached_WhenACouplingDoubtIsNeverSettledByTheProbes()
        {
            // The reviewer's first case: in doubt from 717 s after the onset, the probes answered 1.38 and 1.44 (a reading
            // that settled at w = 0.3 matches the weak pad the learner took it for) and the reading crept 0.2 °C a minute
            // 11 °C under the setpoint at the doubt cap; the unsettled-doubt watch names it.
            var (fault, _, doubted, run) = LooseningRun.Loosen("folded-covered", 1, 600, 90, 3);
            Assert.True(doubted, "the coupling was never put in doubt");
            Assert.Equal(FaultCode.SensorDetached, fault);
            Assert.False(run.HeatFlowing, "heat still flows after the latch");
        }

        private static void AssertLatchedOrSafe(FaultCode fault, double peakC, double dose)
        {
            bool latched = fault == FaultCode.SensorDetached || fault == FaultCode.HeatingFailed;
            Assert.True(latched || (peakC < 48.0 && dose < 1.0), $"fault {fault}, peak {peakC:0.0} C, dose {dose:0.00}");
            Assert.True(peakC < 48.0, $"surface peaked at {peakC:0.0} C (fault {fault})");
            Assert.True(dose < 1.0, $"burn dose {dose:0.00} (fault {fault})");
        }
    }
}
