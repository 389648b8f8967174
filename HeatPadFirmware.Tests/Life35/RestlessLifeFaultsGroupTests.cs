using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Life35
{
    /// <summary>
    /// Session 35 (life35, issue 4; docs/safety.md "Session 35: restless users and several sessions in one power-on in the
    /// campaign"): the <c>faults</c> campaign's restless group (<see cref="RestlessLife"/>, <c>--restless-sessions</c>), review 35a's
    /// findings (1) and (2) drawn as a normal-life group. It measures; it does not fix. Off by default, so every existing output
    /// keeps its bytes.
    /// </summary>
    public class RestlessLifeFaultsGroupTests
    {
        private static readonly FaultKind[] HeaterOpenOnly = { FaultKind.HeaterOpen };

        [Fact]
        public void RestlessSessionCount_DefaultsToNone()
        {
            ParseResult parse = HeatPadFirmware.Simulator.Program.BuildCommandLine().Parse(new[] { "faults" });

            Assert.Empty(parse.Errors);
            Assert.Equal(0, parse.GetValue<int>("--restless-sessions"));
        }

        [Fact]
        public void NegativeRestlessSessionCount_IsRefusedWithAClearMessage()
        {
            ParseResult parse = HeatPadFirmware.Simulator.Program.BuildCommandLine().Parse(new[] { "faults", "--restless-sessions", "-1", "--sessions", "0" });
            int exitCode = parse.Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = new StringWriter() });

            Assert.NotEqual(0, exitCode);
            Assert.Contains(parse.Errors, e => e.Message == "--restless-sessions must be >= 0");
        }

        [Fact]
        public void DefaultRun_HasNoRestlessLine_AndNoRestlessBlock()
        {
            var table = new StringWriter();
            FaultsCommand.Execute(0, 1, false, table, TextWriter.Null, HeaterOpenOnly, listCases: true);
            var json = new StringWriter();
            FaultsCommand.Execute(0, 1, true, json, TextWriter.Null, HeaterOpenOnly, listCases: true);
            using JsonDocument document = JsonDocument.Parse(json.ToString());

            Assert.DoesNotContain("restless", table.ToString(), StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Normal life, lying down on a pad pre-heated in free air", table.ToString(), StringComparison.Ordinal);
            Assert.False(document.RootElement.TryGetProperty("restlessLife", out _));
        }

        // Seed 1's first four power-ons (seeds 190003-190006): main trips the fourth, thick-slow in a 21.3 C room, L4, 8.97 W/K,
        // two sessions and six lyings-down, sensor_detached at 5,487 s after the first start press, in its second session.
        [Fact]
        public void Table_ReportsTheGroupsTrips_WithSeedsAndCases_TheSameEachRun()
        {
            string first = RunTable(4);
            string second = RunTable(4);

            Assert.Equal(first, second);
            string[] lines = first.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
            int lieDown = Array.FindIndex(lines, l => l.StartsWith("Normal life, lying down on a pad pre-heated in free air", StringComparison.Ordinal));
            Assert.True(lieDown >= 0, first);
            Assert.StartsWith("Normal life, restless users", lines[lieDown + 1]);
            Assert.Contains("4 sessions", lines[lieDown + 1]);
            Assert.Contains("false trips 1: sensor_detached 1 (seeds 190006 at 21.3 C)", lines[lieDown + 1]);
            Assert.StartsWith("  restless false trips:", lines[lieDown + 2]);
            Assert.Contains("190006", lines[lieDown + 3]);
            Assert.Contains("thick-slow", lines[lieDown + 3]);
            Assert.EndsWith("sensor_detached at 5487 (session 2)", lines[lieDown + 3]);
        }

        [Fact]
        public void Json_ReportsTheGroup_AfterTheLyingDownGroup()
        {
            var output = new StringWriter();
            FaultsCommand.Execute(0, 1, true, output, TextWriter.Null, HeaterOpenOnly, listCases: true, restlessSessions: 4);
            using JsonDocument document = JsonDocument.Parse(output.ToString());
            string[] keys = document.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
            JsonElement group = document.RootElement.GetProperty("restlessLife");

            Assert.Equal(Array.IndexOf(keys, "lieDownLife") + 1, Array.IndexOf(keys, "restlessLife"));
            Assert.Equal(4, group.GetProperty("sessions").GetInt32());
            Assert.Equal(1, group.GetProperty("falseTrips").GetProperty("sensor_detached").GetInt32());
            Assert.Equal(new[] { 190006 }, group.GetProperty("tripSeeds").EnumerateArray().Select(e => e.GetInt32()).ToArray());
            JsonElement trip = group.GetProperty("tripCases")[0];
            Assert.Equal(2, trip.GetProperty("sessions").GetInt32());
            Assert.Equal(2, trip.GetProperty("faultSession").GetInt32());
            Assert.Equal(5487, trip.GetProperty("faultAtS").GetInt32());
        }

        [Fact]
        public void Draw_IsSeeded_AndWithinTheDocumentedRanges()
        {
            var pads = PadFile.LoadAllShipped();
            int several = 0;
            for (int seed = 0; seed < 300; seed++)
            {
                RestlessDraw a = RestlessLife.Draw(pads, seed);
                RestlessDraw b = RestlessLife.Draw(pads, seed);
                Assert.Equal(a.PadName, b.PadName);
                Assert.Equal(a.LieDowns, b.LieDowns);
                Assert.InRange(a.Sessions.Length, 1, RestlessLife.SessionsMax);
                several += a.Sessions.Length > 1 ? 1 : 0;
                for (int k = 0; k < a.Sessions.Length; k++)
                {
                    RestlessSession s = a.Sessions[k];
                    Assert.Equal(k == 0 ? 0 : 1, Math.Sign(s.GapS));
                    Assert.InRange(s.GapS, k == 0 ? 0 : RestlessLife.GapMinS, RestlessLife.GapMaxS);
                    Assert.InRange(s.PreHeatS, RestlessLife.PreHeatMinS, RestlessLife.PreHeatMaxS);
                    Assert.InRange(s.LainS.Length, RestlessLife.LieDownsMin, RestlessLife.LieDownsMax);
                    Assert.All(s.LainS, x => Assert.InRange(x, RestlessLife.LainMinS, RestlessLife.LainMaxS));
                    Assert.All(s.UpS, x => Assert.InRange(x, RestlessLife.UpMinS, RestlessLife.UpMaxS));
                    Assert.False(s.IsLainAt(s.PreHeatS - 1));
                    Assert.True(s.IsLainAt(s.PreHeatS));
                    Assert.False(s.IsLainAt(s.PreHeatS + s.LainS[0]));
                    Assert.False(s.IsLainAt(s.EndS));
                }
            }

            // A third of the power-ons carry several sessions (300 draws: 100 expected).
            Assert.InRange(several, 75, 125);
        }

        private static string RunTable(int restless)
        {
            var output = new StringWriter();
            FaultsCommand.Execute(0, 1, false, output, TextWriter.Null, HeaterOpenOnly, listCases: true, restlessSessions: restless);
            return output.ToString();
        }
    }
}
