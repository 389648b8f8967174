using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Bench
{
    /// <summary>
    /// The bench's re-heat after a cold pack (<see cref="ReheatSchedule"/>, <see cref="ReheatRunner"/>) and the physical
    /// bound from a given pad state (<see cref="PhysicalBound.ComputeFrom"/>).
    /// </summary>
    public class ReheatTests
    {
        private const int Level = 2;

        private static PadParameters Nominal()
        {
            return PadFile.LoadShipped("nominal-12v");
        }

        private static double SetpointC => new TherapyConfig().SetpointOfLevelC(Level);

        [Fact]
        public void PhysicalBound_FromRest_IsWhenFullPowerOnTheSimulatedPadReachesTheBand()
        {
            // The bound's own two-node stepper must be the simulator's pad: on nominal-12v the coast after full power stays
            // inside 0.5 C, so the bound is the first quarter-second step at which a ThermalPad at full power reaches the band.
            PadParameters p = Nominal();
            Assert.True(PhysicalBound.Compute(p, SetpointC, out double boundS, out double coastC));
            Assert.True(coastC <= PhysicalBound.BandC);
            var pad = new ThermalPad(p);
            double t = 0;
            while (pad.SurfaceC < SetpointC - PhysicalBound.BandC)
            {
                pad.Step(0.25, 1.0, true);
                t += 0.25;
            }

            Assert.Equal(t, boundS);
        }

        [Fact]
        public void PhysicalBound_FromAHotCore_ReachesTheBandSoonerThanFromRest()
        {
            PadParameters p = Nominal();
            Assert.True(PhysicalBound.Compute(p, SetpointC, out double restS, out _));
            Assert.True(PhysicalBound.ComputeFrom(p, p.InitialC, p.InitialC, SetpointC, out double sameS, out _));
            Assert.Equal(restS, sameS);

            // The state a cold pack leaves: the surface cooled back near the room, the core still warm.
            Assert.True(PhysicalBound.ComputeFrom(p, SetpointC + 10.0, p.InitialC + 3.0, SetpointC, out double hotS, out double hotCoastC));
            Assert.True(hotS > 0.0);
            Assert.True(hotS < restS, $"from a hot core {hotS} s, from rest {restS} s");
            Assert.True(hotCoastC <= PhysicalBound.BandC + 1e-9);
        }

        [Fact]
        public void PhysicalBound_IsZero_WhenThePadStartsInTheBand()
        {
            PadParameters p = Nominal();
            Assert.True(PhysicalBound.ComputeFrom(p, SetpointC, SetpointC - 0.2, SetpointC, out double boundS, out double coastC));
            Assert.Equal(0.0, boundS);
            Assert.True(coastC < PhysicalBound.BandC);
        }

        [Fact]
        public void PhysicalBound_IsUnreachable_FromAnyState_WhenFullPowerCannotReachTheBand()
        {
            PadParameters p = Nominal();
            Assert.False(PhysicalBound.ComputeFrom(p, 80.0, 60.0, SafetyLimits.MaxSetpointC + 40.0, out double boundS, out _));
            Assert.True(double.IsNaN(boundS));
        }

        [Theory]
        [InlineData(-1.0, 20)]
        [InlineData(60.0, 20)]
        [InlineData(600.0, 20)]
        [InlineData(601.0, 21)]
        [InlineData(900.0, 25)]
        [InlineData(1200.0, 30)]
        [InlineData(1201.0, 20)]
        public void HeatPhaseMinutes_HoldsTenMinutesAfterArrival_WithinTwentyToThirtyMinutes(double firstRiseS, int minutes)
        {
            // -1 stands for "never arrived" (null).
            Assert.Equal(minutes, ReheatSchedule.HeatPhaseMinutes(firstRiseS < 0 ? null : firstRiseS));
        }

        [Fact]
        public void ReheatConfig_IsAValidContrastProgramWithAFourMinuteCoolPhase()
        {
            TherapyConfig config = ReheatSchedule.Config(27);
            Assert.Null(config.Validate());
            Assert.Equal(27, config.ContrastHeatMinutes);
            Assert.Equal(4, config.ContrastCoolMinutes);
            Assert.Equal(2, config.ContrastCycles);
            Assert.Throws<InvalidOperationException>(() => ReheatSchedule.Config(31));
        }

        [Fact]
        public void FirmwareReheat_RunsHeatThenCoolThenHeat_AsTheContrastProgramsPhases()
        {
            var trace = new ReheatTrace();
            ReheatResult r = ReheatRunner.Run("firmware", Nominal(), "nominal-12v", "body", Level, 7936, 150.0, trace);

            // Phases after power-on and the set-up presses, run-length encoded: Off, then Heat 20 min, Cool 4 min, Heat 20 min;
            // the last tick (the pad's state after the re-heat's 20 min) is where the session's second heat phase ends.
            var runs = Runs(trace.Phase.Take(trace.Phase.Count - 1).ToArray());
            Assert.Equal(new[] { SessionPhase.Off, SessionPhase.Heat, SessionPhase.Cool, SessionPhase.Heat }, runs.Select(x => x.Phase).ToArray());
            Assert.Equal(20 * 60, runs[1].Ticks);
            Assert.Equal((int)ReheatSchedule.CoolS, runs[2].Ticks);
            Assert.Equal((int)ReheatSchedule.ReheatS, runs[3].Ticks);
            Assert.Equal(SessionPhase.Cool, trace.Phase[^1]);
            Assert.Equal(20, r.HeatPhaseMinutes);
            Assert.Equal(20 * 60 + ReheatSchedule.CoolS, r.ReheatStartS);
            Assert.True(r.FirstReached);
            Assert.Equal(ReheatResult.CaseName, r.Case);
            Assert.Equal("", r.Fault);
            Assert.True(r.StartSurfaceC < SetpointC - 3.0, $"the cold pack left the surface at {r.StartSurfaceC} C");
        }

        [Theory]
        [InlineData("firmware")]
        [InlineData("thermostat")]
        [InlineData("marlin-mpc")]
        public void ColdPack_LiesOnThePad_OnlyInTheCoolPhase(string controller)
        {
            PadParameters p = Nominal();
            var trace = new ReheatTrace();
            ReheatRunner.Run(controller, p, "nominal-12v", "body", Level, 7936, 150.0, trace);
            int packed = 0;
            for (int i = 1; i < trace.TimeS.Count; i++)
            {
                bool cool = trace.Phase[i - 1] == SessionPhase.Cool;
                Assert.Equal(cool ? ReheatSchedule.ColdPackWPerK : p.SurfaceToAmbientWPerK, trace.SurfaceToAmbientWPerK[i]);
                packed += cool ? 1 : 0;
                if (trace.Phase[i] == SessionPhase.Cool)
                {
                    Assert.Equal(0.0, trace.Duty[i]);
                }
            }

            Assert.Equal((int)ReheatSchedule.CoolS, packed);
        }

        [Fact]
        public void ReferenceReheat_StartsAfterTheFirstHeatAndTheCoolPhase_AndMeasuresAgainstTheBoundFromThatState()
        {
            PadParameters p = Nominal();
            ReheatResult r = ReheatRunner.Run("thermostat", p, "nominal-12v", "body", Level, 7936, 700.0, null);
            Assert.Equal(22, r.HeatPhaseMinutes);
            Assert.Equal(22 * 60 + ReheatSchedule.CoolS, r.ReheatStartS);
            Assert.True(r.HasFigure);
            Assert.True(PhysicalBound.ComputeFrom(p, r.StartCoreC, r.StartSurfaceC, SetpointC, out double boundS, out _));
            Assert.Equal(boundS, r.BoundS);
            Assert.True(r.RiseS is double riseS && r.RiseRatio is double ratio && Math.Abs(ratio - riseS / r.BoundS) < 1e-12, $"rise {r.RiseS} s, ratio {r.RiseRatio}");
        }

        [Fact]
        public void Reheat_HasNoFigure_WhenTheFirstHeatUpNeverArrives()
        {
            // A pad too weak for level 5: no arrival in 20 min, so the heat phase is 20 min and the case has no figure.
            PadParameters weak = Nominal().With(heaterPowerW: 8.0);
            ReheatResult r = ReheatRunner.Run("thermostat", weak, "weak", "body", 5, 7936, null, null);
            Assert.False(r.FirstReached);
            Assert.False(r.HasFigure);
            Assert.Null(r.RiseRatio);
            Assert.Equal(20, r.HeatPhaseMinutes);
        }

        [Fact]
        public void BenchJson_ReheatRows_SayWhichCaseTheyAre_WithTheirFigures()
        {
            ReheatResult r = ReheatRunner.Run("marlin-mpc", Nominal(), "nominal-12v", "air", Level, 7937, 150.0, null);
            string json = BenchCommand.SerializeRows(new object[] { r });
            using var document = System.Text.Json.JsonDocument.Parse(json);
            System.Text.Json.JsonElement row = document.RootElement[0];
            Assert.Equal("reheat-after-cold-pack", row.GetProperty("Case").GetString());
            Assert.Equal("marlin-mpc", row.GetProperty("Controller").GetString());
            foreach (string field in new[] { "SetpointC", "TargetC", "HeatPhaseMinutes", "FirstRiseS", "ReheatStartS", "StartCoreC", "StartSurfaceC", "BoundS", "RiseS", "RiseRatio", "OvershootC", "Fault" })
            {
                Assert.True(row.TryGetProperty(field, out _), field);
            }

            Assert.False(row.TryGetProperty("HasFigure", out _));
            Assert.True(r.RiseRatio is double ratio && Math.Abs(ratio - row.GetProperty("RiseRatio").GetDouble()) < 1e-12, $"ratio {r.RiseRatio}");
        }

        [Fact]
        public void ReheatTable_SummarisesEachControllerPerFamily_WithTheRowsItWasGiven()
        {
            PadParameters p = Nominal();
            var rows = new[]
            {
                ReheatRunner.Run("thermostat", p, "nominal-12v", "body", Level, 7936, 150.0),
                ReheatRunner.Run("thermostat", p, "nominal-12v", "air", Level, 7937, 150.0),
                ReheatRunner.Run("marlin-mpc", p, "nominal-12v", "body", Level, 7936, 150.0),
            };
            var output = new System.IO.StringWriter();
            ReheatTable.Write(output, rows, new[] { "thermostat", "marlin-mpc" });
            string[] lines = output.ToString().Split('\n');
            int shipped = Array.FindIndex(lines, l => l.StartsWith("Re-heat, shipped pads", StringComparison.Ordinal));
            Assert.True(shipped > 0);
            string thermostat = lines.Skip(shipped).First(l => l.TrimStart().StartsWith("thermostat", StringComparison.Ordinal));
            string mpc = lines.Skip(shipped).First(l => l.TrimStart().StartsWith("marlin-mpc", StringComparison.Ordinal));
            Assert.Equal("2", thermostat.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
            Assert.Equal("1", mpc.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
            Assert.All(rows, r => Assert.NotNull(r.RiseRatio));
            string worstThermostat = rows.Take(2).Max(r => r.RiseRatio ?? double.NaN).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(worstThermostat, thermostat);
        }

        private static (SessionPhase Phase, int Ticks)[] Runs(SessionPhase[] phases)
        {
            var runs = new System.Collections.Generic.List<(SessionPhase, int)>();
            foreach (SessionPhase phase in phases)
            {
                if (runs.Count > 0 && runs[^1].Item1 == phase)
                {
                    runs[^1] = (phase, runs[^1].Item2 + 1);
                }
                else
                {
                    runs.Add((phase, 1));
                }
            }

            return runs.ToArray();
        }
    }
}
