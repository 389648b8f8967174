using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Settle29
{
    /// <summary>
    /// The settling loosening kinds of the campaign (session 29): the sensor strip slides part-way out over
    /// <see cref="FaultCampaign.SettlingPaceS"/> and stays, both sensors keeping a share w of 0.5, 0.65 or 0.8 of the
    /// surface's rise over the room (the shape session 28's scan found unnamed past 48 °C).
    /// </summary>
    public class SettlingLooseningKindTests
    {
        private static readonly FaultKind[] Settling = { FaultKind.SettlingLoosening50, FaultKind.SettlingLoosening65, FaultKind.SettlingLoosening80 };

        // A pad in a 22 °C room whose attached sensor reads 42 °C: a 20 °C rise, so w × 20 °C lands on whole 1/16 °C steps.
        private static PadParameters Pad22() => PadFile.LoadShipped("nominal-12v").With(ambientC: 22.0, initialC: 22.0);

        [Theory]
        [InlineData(0.5, 0.0, 42.0)]
        [InlineData(0.5, 150.0, 37.0)]
        [InlineData(0.5, 300.0, 32.0)]
        [InlineData(0.5, 4000.0, 32.0)]
        [InlineData(0.65, 150.0, 38.5)]
        [InlineData(0.65, 300.0, 35.0)]
        [InlineData(0.65, 4000.0, 35.0)]
        [InlineData(0.8, 150.0, 40.0)]
        [InlineData(0.8, 300.0, 38.0)]
        [InlineData(0.8, 4000.0, 38.0)]
        public void SettledReading_FallsLinearlyToTheFinalShare_InThreeHundredSeconds_AndStaysThere(double finalShare, double sinceOnsetS, double expectedC)
        {
            // w = 1 − (1 − final) × min(1, t / 300 s): at the onset the attached reading, half-way half the fall, at 300 s and
            // long after the room plus the final share of the rise.
            SensorReading reading = FaultCampaign.SettledReading(Pad22(), SensorReading.Valid(42.0), sinceOnsetS, finalShare);

            Assert.True(reading.IsValid);
            Assert.Equal(expectedC, reading.TemperatureC, 6);
        }

        [Fact]
        public void SettledReading_PassesAnInvalidReadingThrough()
        {
            SensorReading reading = FaultCampaign.SettledReading(Pad22(), SensorReading.Invalid, 150.0, 0.5);

            Assert.False(reading.IsValid);
        }

        [Fact]
        public void SettlingPace_IsThreeHundredSeconds_TheScanThatFoundTheGap()
        {
            Assert.Equal(300.0, FaultCampaign.SettlingPaceS);
        }

        [Theory]
        [InlineData(FaultKind.SettlingLoosening50, 0.5)]
        [InlineData(FaultKind.SettlingLoosening65, 0.65)]
        [InlineData(FaultKind.SettlingLoosening80, 0.8)]
        public void SettlingKind_HitsBothSensors_KeepsItsShare_AndIsWatchedAsALoosening(FaultKind kind, double share)
        {
            Assert.Equal(FaultKindSensors.Both, FaultKindSensors.Of(kind));
            Assert.True(FaultKindSensors.HitsFirst(kind) && FaultKindSensors.HitsSecond(kind));
            Assert.Equal(share, FaultCampaign.SettledShare(kind));
            Assert.True(FaultCampaign.IsSettling(kind));
            Assert.True(FaultCampaign.IsLoosening(kind));
            Assert.Equal(FaultCampaign.LooseningAfterOnsetMinutes, FaultCampaign.WatchMinutes(kind));
        }

        [Fact]
        public void NoOtherKind_IsSettling()
        {
            foreach (FaultKind kind in System.Enum.GetValues<FaultKind>().Except(Settling))
            {
                Assert.False(FaultCampaign.IsSettling(kind), kind.ToString());
                Assert.True(double.IsNaN(FaultCampaign.SettledShare(kind)), kind.ToString());
            }
        }

        [Fact]
        public void KindsOption_AcceptsTheSettlingKinds_InAnyCase()
        {
            Assert.Equal(Settling, FaultsCommand.ParseKinds("SettlingLoosening50, settlingloosening65,SETTLINGLOOSENING80"));

            ParseResult parse = HeatPadFirmware.Simulator.Program.BuildCommandLine().Parse(new[] { "faults", "--kinds", "SettlingLoosening65", "--sessions", "0" });
            Assert.Empty(parse.Errors);
            ParseResult unknown = HeatPadFirmware.Simulator.Program.BuildCommandLine().Parse(new[] { "faults", "--kinds", "SettlingLoosening70", "--sessions", "0" });
            Assert.NotEmpty(unknown.Errors);
        }

        [Fact]
        public void CampaignSeeds_GiveTheSettlingKindsSeedsOfTheirOwn_SoNoEarlierRowMoves()
        {
            // The settling kinds came last (session 29): their seeds come from a range of their own (+1,700,000), checked
            // before the two-pace kinds' range, so every other row keeps its seed and its figures.
            string[] names = PadFile.LoadAllShipped().Select(p => p.Name).ToArray();
            var seeds = FaultsCommand.CaseSeeds(names, 1);
            var settling = seeds.Where(k => FaultCampaign.IsSettling(k.Key.Kind)).Select(k => k.Value).ToList();
            var twoPace = seeds.Where(k => k.Key.Kind == FaultKind.TwoPaceLoosening || k.Key.Kind == FaultKind.TwoPaceLooseningReversed).Select(k => k.Value).ToList();
            var others = seeds.Where(k => !FaultCampaign.IsSettling(k.Key.Kind)).Select(k => k.Value).ToList();

            Assert.Equal(names.Length * TherapyConfig.LevelCount * FaultsCommand.OnsetsS.Length * 3, settling.Distinct().Count());
            Assert.True(others.Max() < settling.Min(), $"other rows reach seed {others.Max()}, the settling kinds start at {settling.Min()}");
            // The two-pace kinds' range is still consecutive from its start: the new kinds took none of its seeds.
            Assert.Equal(Enumerable.Range(1 + 1500000, twoPace.Count), twoPace.OrderBy(s => s));
        }

        [Theory]
        [InlineData(FaultKind.SettlingLoosening50, "folded-covered", 3, 60.0)]
        [InlineData(FaultKind.SettlingLoosening50, "nominal-12v", 3, 300.0)]
        [InlineData(FaultKind.SettlingLoosening65, "thick-slow", 5, 600.0)]
        public void SettlingStrip_IsNamedSensorDetached_BeforeTheSurfaceReaches48C_OnTheseCases(FaultKind kind, string padName, int level, double onsetS)
        {
            // Faults seed 1, 22 °C, main: the pair settles low enough (or the pad heats slowly enough) that the one-sensor
            // witnesses see it (519 / 1,820 / 1,424 s after the onset, peaks 33.3 / 42.7 / 44.4 °C).
            FaultCaseResult result = RunSeed1Case(kind, padName, level, onsetS);

            Assert.Equal(FaultCode.SensorDetached, result.Fault);
            Assert.InRange(result.FaultAfterOnsetS, 0.0, FaultCampaign.SettlingPaceS + (FaultCampaign.LooseningAfterOnsetMinutes * 60.0));
            Assert.True(result.PeakSurfaceC < FaultCampaign.SingleFaultSurfaceC, $"peak {result.PeakSurfaceC:F2} C");
            Assert.Equal(0.0, result.SecondsOver48C);
            Assert.False(result.HeatFlowedPast48C);
        }

        [Theory]
        [InlineData(FaultKind.SettlingLoosening50, "folded-covered", 5, 600.0)]
        [InlineData(FaultKind.SettlingLoosening65, "thick-slow", 3, 300.0)]
        [InlineData(FaultKind.SettlingLoosening80, "folded-covered", 4, 300.0)]
        public void SettlingStrip_IsNeverNamed_WhileTheSurfaceRunsPast48C_OnMain_PinOfTheGap(FaultKind kind, string padName, int level, double onsetS)
        {
            // A pin of the gap session 28's scan found, not a requirement: on main (faults seed 1, 22 °C, the plain pad) these
            // runs end the 90-min watch with no fault while heat flows with the true surface past 48 °C (folded-covered L5 @600 s
            // w 0.5: 67.5 °C, 3,836 s past 48 °C; thick-slow L3 @300 s w 0.65: 51.0 °C; folded-covered L4 @300 s w 0.8:
            // 50.6 °C). The pair reads room + w × the rise, inside the level's band, while the controller heats the surface
            // past it. When a mend for the settling strip lands, this test's expectation changes on purpose: the run must
            // then be named before 48 °C.
            FaultCaseResult result = RunSeed1Case(kind, padName, level, onsetS);

            Assert.Equal(FaultCode.None, result.Fault);
            Assert.True(double.IsNaN(result.FaultAfterOnsetS));
            Assert.True(result.PeakSurfaceC > FaultCampaign.SingleFaultSurfaceC, $"peak {result.PeakSurfaceC:F2} C");
            Assert.True(result.SecondsOver48C > 600.0, $"{result.SecondsOver48C} s past 48 C");
            Assert.True(result.HeatFlowedPast48C);
        }

        [Theory]
        [InlineData(FaultKind.SettlingLoosening50, "folded-covered", 5, 600.0)]
        [InlineData(FaultKind.SettlingLoosening65, "thick-slow", 3, 300.0)]
        public void SettlingStrip_TheGapsPinnedAbove_AreNamedBefore48C_OnAPadWithAFactoryCalibration(FaultKind kind, string padName, int level, double onsetS)
        {
            // The same runs with the element sensor and its factory record (--element-sensor --element-calibration Factory):
            // the witness names them (294 / 1,066 s after the onset; peaks 36.7 / 46.9 °C against the plain pad's 67.5 / 51.0).
            FaultCaseResult result = RunSeed1Case(kind, padName, level, onsetS, factory: true);

            Assert.Equal(FaultCode.SensorDetached, result.Fault);
            Assert.True(result.PeakSurfaceC < FaultCampaign.SingleFaultSurfaceC, $"peak {result.PeakSurfaceC:F2} C");
            Assert.False(result.HeatFlowedPast48C);
        }

        [Fact]
        public void SettlingStripAtFourFifths_OnAPadWithAFactoryCalibration_IsHeldNear48CByTheSurfaceCap_ButNotNamed_PinOfTheGap()
        {
            // A pin, not a requirement: folded-covered L5 @300 s w 0.8 on a calibrated pad (faults seed 1, 22 °C) is never named;
            // the surface cap's estimate trails the rising folded surface by 2–3 °C (46.06 °C at 48.51 °C), so the cap holds
            // the duty only once the surface is about 46.8 °C and the pad's stored heat carries it to 48.68 °C, 322 s past 48 °C,
            // before the cap holds it at 45.7–47.1 °C (docs/safety.md "Session 29"). The plain pad's same run reaches 50.6 °C.
            // When a mend lands (a cap that leads the rise, or a verdict on the hold's heat) this expectation changes on purpose.
            FaultCaseResult result = RunSeed1Case(FaultKind.SettlingLoosening80, "folded-covered", 5, 300.0, factory: true);
            FaultCaseResult plain = RunSeed1Case(FaultKind.SettlingLoosening80, "folded-covered", 5, 300.0);

            Assert.Equal(FaultCode.None, result.Fault);
            Assert.InRange(result.PeakSurfaceC, FaultCampaign.SingleFaultSurfaceC, 49.0);
            Assert.True(result.PeakSurfaceC < plain.PeakSurfaceC - 1.0, $"calibrated {result.PeakSurfaceC:F2} C, plain {plain.PeakSurfaceC:F2} C");
            Assert.InRange(result.SecondsOver48C, 1.0, 600.0);
        }

        [Fact]
        public void Json_ListsTheSettlingFigures_AndTheRowsPerRunColumns()
        {
            // One settling kind through the command (120 runs): the per-kind block and the per-run columns are there and agree.
            var output = new StringWriter();
            int exitCode = FaultsCommand.Execute(0, 1, true, output, TextWriter.Null, new[] { FaultKind.SettlingLoosening80 }, listCases: true);
            using JsonDocument document = JsonDocument.Parse(output.ToString());

            Assert.Equal(0, exitCode);
            JsonElement block = document.RootElement.GetProperty("settlingLoosenings").EnumerateArray().Single();
            Assert.Equal("SettlingLoosening80", block.GetProperty("fault").GetString());
            Assert.Equal(0.8, block.GetProperty("settledShare").GetDouble());
            Assert.Equal(120, block.GetProperty("runs").GetInt32());
            var rows = document.RootElement.GetProperty("cases").EnumerateArray().ToList();
            Assert.Equal(120, rows.Count);
            int past = rows.Count(r => r.GetProperty("secondsOver48C").GetDouble() > 0.0);
            int unnamedPast = rows.Count(r => r.GetProperty("secondsOver48C").GetDouble() > 0.0 && r.GetProperty("latched").GetString() == "none");
            int named = rows.Count(r => r.GetProperty("latchedAfterOnsetS").ValueKind == JsonValueKind.Number);
            Assert.Equal(past, block.GetProperty("runsPast48C").GetInt32());
            Assert.Equal(unnamedPast, block.GetProperty("runsUnnamedPast48C").GetInt32());
            Assert.Equal(named, block.GetProperty("named").GetInt32());
            Assert.All(rows, r => Assert.Equal(0.8, r.GetProperty("settledShare").GetDouble()));
        }

        // The campaign's run of this case (faults seed 1, 22 °C); factory: the element sensor fitted with its factory record.
        private static FaultCaseResult RunSeed1Case(FaultKind kind, string padName, int level, double onsetS, bool factory = false)
        {
            string[] names = PadFile.LoadAllShipped().Select(p => p.Name).ToArray();
            int seed = FaultsCommand.CaseSeeds(names, 1)[(padName, level, onsetS, kind)];
            return factory
                ? FaultCampaign.RunCase(padName, PadFile.LoadShipped(padName), level, kind, onsetS, seed, r => r.FitElementSensor(ElementCalibrationKind.Factory))
                : FaultCampaign.RunCase(padName, PadFile.LoadShipped(padName), level, kind, onsetS, seed);
        }
    }
}
