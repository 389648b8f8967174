using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Bench
{
    /// <summary>
    /// The firmware tick shared by the bench, the stop snapshots and the session runner (<see cref="FirmwareRun"/>), the
    /// bench's walk over its pad family (<see cref="BenchPadFamily.Walk"/>) and the options of the bench-family commands.
    /// </summary>
    public class FirmwareRunTests
    {
        private static PadParameters Nominal()
        {
            return PadFile.LoadShipped("nominal-12v");
        }

        [Theory]
        [InlineData(TherapyProgram.Heat, 0, 1)]
        [InlineData(TherapyProgram.Heat, 0, 5)]
        [InlineData(TherapyProgram.HotCold, 1, 4)]
        [InlineData(TherapyProgram.Contrast, 2, 2)]
        public void FirmwareRun_StartsTheRequestedProgramAndLevel_WithOnePressPerTick(TherapyProgram program, int programPresses, int level)
        {
            // Program presses from the default program "heat" (TherapySession's cycle: heat, hot-cold, contrast), then
            // the level presses from the default level, then power; the first tick (power-on) presses nothing.
            var config = new TherapyConfig();
            var run = new FirmwareRun(Nominal(), 1, config, program, level);
            int presses = programPresses + Math.Abs(level - config.DefaultLevel) + 1;
            CoreOutputs outputs = default;
            for (int t = 0; t <= presses; t++)
            {
                outputs = run.Step();
                Assert.Equal(t == presses, outputs.HasSetpoint);
            }

            Assert.Equal(program, run.Core.Session.Program);
            Assert.Equal(level, run.Core.Session.Level);
            Assert.Equal(config.SetpointOfLevelC(level), outputs.SetpointC, 9);
        }

        [Fact]
        public void FirmwareRun_PressesNothing_AfterItsLastSetupTick()
        {
            // The session runner stops after its planned presses: with none allowed the pad must stay off.
            var run = new FirmwareRun(Nominal(), 1, new TherapyConfig(), TherapyProgram.Heat, 3) { LastSetupTick = 0 };
            for (int t = 0; t < 30; t++)
            {
                CoreOutputs outputs = run.Step();
                Assert.False(outputs.HasSetpoint);
                Assert.Equal(0.0, run.DutyFraction);
            }

            Assert.Equal(SessionPhase.Off, run.Core.Session.Phase);
        }

        [Fact]
        public void FirmwareRun_HoldsEachTicksOutputs_AndSpacesTicksByTheTick()
        {
            var run = new FirmwareRun(Nominal(), 4, new TherapyConfig(), TherapyProgram.Heat, 3, 2000);
            double energyJ = 0.0;
            for (int t = 0; t < 300; t++)
            {
                double heldDuty = run.DutyFraction;
                bool heldClosed = run.CutoffClosed;
                double before = run.Pad.EnergyJ;
                CoreOutputs outputs = run.Step();
                Assert.Equal(t * 2000L, run.NowMs);
                Assert.Equal(t + 1, run.NextTick);
                Assert.Equal(outputs.DutyFraction, run.DutyFraction);
                Assert.Equal(outputs.HeaterEnabled, run.CutoffClosed);
                // The pad stepped 2 s under the outputs the previous tick held (none on the power-on tick).
                double expectedJ = t == 0 ? 0.0 : run.Pad.HeaterPowerW(heldDuty, heldClosed) * 2.0;
                // Within 1e-9 J, not rounded to 9 decimals: the difference of two running sums carries a few ulps of error
                // (under 1e-11 J at this session's energy), and rounding put a 3e-13 J difference on either side of a
                // 9-decimal edge (session 6, a controller change). A wrong step (1 s instead of 2 s, another tick's duty)
                // misses by far more: a duty change of 1e-9 on this 12 V pad for 2 s is over 1e-8 J.
                Assert.Equal(expectedJ, run.Pad.EnergyJ - before, 1e-9);
                energyJ += expectedJ;
            }

            Assert.True(energyJ > 0.0, "the session never heated");
        }

        [Fact]
        public void Walk_GivesEveryLevelTheBenchSeed_AndSkipsTheFreeAirPadInAir()
        {
            var pads = BenchPadFamily.Build(3, 2);
            var walk = BenchPadFamily.Walk(pads, 2).ToList();
            Assert.Equal(pads.Count * 2 - 1, walk.Count);
            Assert.DoesNotContain(walk, pc => pc.Name == "free-air" && pc.Condition == "air");
            Assert.Equal(2 * 7919, walk[0].TuneSeed);
            Assert.Equal(2 * 7919 + 1, walk[0].SensorSeed(1));
            for (int i = 1; i < walk.Count; i++)
            {
                // Five sensor seeds per pad condition, one per level, none shared.
                Assert.Equal(walk[i - 1].SensorSeed(TherapyConfig.LevelCount), walk[i].TuneSeed);
                Assert.True(walk[i].Ordinal > walk[i - 1].Ordinal);
            }

            Assert.Equal(pads.Count * 2, walk[^1].Ordinal);
            foreach (BenchPadCondition pc in walk)
            {
                Assert.Equal(pc.Name.StartsWith("random-", StringComparison.Ordinal), pc.IsRandom);
                Assert.Equal(pc.Condition == "air" ? 0.0 : pc.BasePad.SurfaceToBodyWPerK, pc.Pad.SurfaceToBodyWPerK);
            }
        }

        [Theory]
        [InlineData("bench")]
        [InlineData("twins")]
        [InlineData("groupfloor")]
        public void BenchFamilyCommands_RejectTooManyPads_AndAcceptNone(string command)
        {
            var tooMany = HeatPadFirmware.Simulator.Program.BuildCommandLine().Parse(new[] { command, "--pads", "1001" });
            Assert.Contains(tooMany.Errors, e => e.Message == "--pads must be 0..1000, got 1001");
            var none = HeatPadFirmware.Simulator.Program.BuildCommandLine().Parse(new[] { command, "--pads", "0", "--seed", "9" });
            Assert.Empty(none.Errors);
        }
    }
}
