using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Left36
{
    /// <summary>
    /// Session 36 (left36, issue 4; docs/safety.md "Session 36: the cold pack left on into the re-heat in the campaign (left36;
    /// landed)"): the <c>faults</c> campaign's pack-left group (<see cref="PackLeftLife"/>, <c>--pack-left-sessions</c>,
    /// <c>--pack-left-seconds</c>), pack35's healthy-pad overshoot drawn as a normal-life group. It measures; it does not fix.
    /// Off by default, so every existing output keeps its bytes.
    /// </summary>
    public class PackLeftLifeFaultsGroupTests
    {
        private static readonly FaultKind[] HeaterOpenOnly = { FaultKind.HeaterOpen };

        [Fact]
        public void PackLeftGroup_DefaultsToNone_AndTheSecondsLeftOnToDrawn()
        {
            ParseResult parse = HeatPadFirmware.Simulator.Program.BuildCommandLine().Parse(new[] { "faults" });

            Assert.Empty(parse.Errors);
            Assert.Equal(0, parse.GetValue<int>("--pack-left-sessions"));
            Assert.Null(parse.GetValue<int?>("--pack-left-seconds"));
        }

        [Theory]
        [InlineData("--pack-left-sessions", "-1", "--pack-left-sessions must be >= 0")]
        [InlineData("--pack-left-seconds", "-1", "--pack-left-seconds must be between 0 and 600 s")]
        [InlineData("--pack-left-seconds", "601", "--pack-left-seconds must be between 0 and 600 s")]
        public void OutOfRangePackLeftOption_IsRefusedWithAClearMessage(string option, string value, string message)
        {
            ParseResult parse = HeatPadFirmware.Simulator.Program.BuildCommandLine().Parse(new[] { "faults", option, value, "--sessions", "0" });
            int exitCode = parse.Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = new StringWriter() });

            Assert.NotEqual(0, exitCode);
            Assert.Contains(parse.Errors, e => e.Message == message);
        }

        [Fact]
        public void DefaultRun_HasNoPackLeftLine_AndNoPackLeftBlock()
        {
            string table = Table(0, 1);
            using JsonDocument document = JsonDocument.Parse(Json(0, 1));

            Assert.DoesNotContain("pack left on", table, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("pack-left", table, StringComparison.OrdinalIgnoreCase);
            Assert.False(document.RootElement.TryGetProperty("packLeftLife", out _));
        }

        // The group adds its own lines after the lying-down group's (and its block after lieDownLife) and moves nothing else.
        [Fact]
        public void GroupOn_LeavesEveryOtherLineAndBlock_AsTheDefaultRunWritesThem()
        {
            string[] off = Lines(Table(0, 1));
            string[] on = Lines(Table(3, 1));
            int first = Array.FindIndex(on, l => l.StartsWith("Normal life, the cold pack left on into the re-heat", StringComparison.Ordinal));
            int after = Array.FindIndex(on, first + 1, l => !l.StartsWith("  ", StringComparison.Ordinal));
            Assert.True(first > 0 && after > first, string.Join("\n", on));
            Assert.StartsWith("Normal life, lying down on a pad pre-heated in free air", on[first - 1]);
            Assert.Equal(off, on.Take(first).Concat(on.Skip(after)).ToArray());

            using JsonDocument offJson = JsonDocument.Parse(Json(0, 1));
            using JsonDocument onJson = JsonDocument.Parse(Json(3, 1));
            string[] offKeys = offJson.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
            string[] onKeys = onJson.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
            Assert.Equal(Array.IndexOf(onKeys, "lieDownLife") + 1, Array.IndexOf(onKeys, "packLeftLife"));
            Assert.Equal(offKeys, onKeys.Where(k => k != "packLeftLife").ToArray());
            foreach (string key in offKeys)
            {
                Assert.Equal(offJson.RootElement.GetProperty(key).GetRawText(), onJson.RootElement.GetProperty(key).GetRawText());
            }
        }

        [Fact]
        public void WithTheRestlessGroup_ThePackLeftBlockFollowsTheRestlessBlock()
        {
            var output = new StringWriter();
            FaultsCommand.Execute(0, 1, true, output, TextWriter.Null, HeaterOpenOnly, listCases: true, restlessSessions: 1, packLeftSessions: 1);
            using JsonDocument document = JsonDocument.Parse(output.ToString());
            string[] keys = document.RootElement.EnumerateObject().Select(p => p.Name).ToArray();

            Assert.Equal(Array.IndexOf(keys, "lieDownLife") + 1, Array.IndexOf(keys, "restlessLife"));
            Assert.Equal(Array.IndexOf(keys, "restlessLife") + 1, Array.IndexOf(keys, "packLeftLife"));
        }

        // Session i of campaign seed S is seeded S x 100003 + 20000 + i, and the same seed gives the same sessions, figures and cases.
        [Fact]
        public void Group_IsDeterministicPerSeed_AndSeedsItsSessionsClearOfTheOtherGroups()
        {
            string first = Json(3, 2);
            Assert.Equal(first, Json(3, 2));

            using JsonDocument document = JsonDocument.Parse(first);
            JsonElement group = document.RootElement.GetProperty("packLeftLife");
            Assert.Equal(3, group.GetProperty("sessions").GetInt32());
            int[] seeds = group.GetProperty("sessionCases").EnumerateArray().Select(e => e.GetProperty("seed").GetInt32()).ToArray();
            Assert.Equal(new[] { 220006, 220007, 220008 }, seeds);
            Assert.Equal(3, group.GetProperty("byLeftOnS").EnumerateArray().Sum(e => e.GetProperty("sessions").GetInt32()));
        }

        [Fact]
        public void Draw_IsSeeded_AndCoversEverySecondsLeftOn_WithAndWithoutABody()
        {
            var pads = PadFile.LoadAllShipped();
            var byLeftOn = PackLeftLife.LeftOnS.ToDictionary(s => s, _ => 0);
            int body = 0, bodyPossible = 0, shipped = 0;
            const int Draws = 1000;
            for (int seed = 0; seed < Draws; seed++)
            {
                PackLeftDraw a = PackLeftLife.Draw(pads, seed);
                Assert.Equal(a, PackLeftLife.Draw(pads, seed));
                byLeftOn[a.LeftOnS]++;
                body += a.Body ? 1 : 0;
                bodyPossible += a.Pad.SurfaceToBodyWPerK > 0.0 ? 1 : 0;
                Assert.True(a.BodyWPerK == 0.0 || a.BodyWPerK == a.Pad.SurfaceToBodyWPerK);
                shipped += a.HeatMinutes == 6 && a.CoolMinutes == 2 && a.Cycles == 3 ? 1 : 0;
                Assert.InRange(a.Level, 1, TherapyConfig.LevelCount);
                Assert.InRange(a.SupplyV, 0.9 * a.Pad.RatedVoltageV, 1.1 * a.Pad.RatedVoltageV);
                Assert.Null(new TherapyConfig { ContrastHeatMinutes = a.HeatMinutes, ContrastCoolMinutes = a.CoolMinutes, ContrastCycles = a.Cycles }.Validate());

                // Pinning the seconds left on moves no other draw.
                Assert.Equal(a with { LeftOnS = 600 }, PackLeftLife.Draw(pads, seed, 600));
            }

            // Each of the five 1 in 5 (200 expected), 7 in 10 lain on (a pad without body contact has none), half the shipped program.
            Assert.All(byLeftOn.Values, n => Assert.InRange(n, 150, 250));
            Assert.InRange(body, (int)(0.6 * bodyPossible), (int)(0.8 * bodyPossible));
            Assert.InRange(shipped, 430, 570);
        }

        // trip35's pinned session run alone (MainFalseTripPathTests.ColdPackLeftOn60sIntoTheReheat_...): nominal-12v, 16 C, the shipped
        // contrast program at L5 (44.5 C), no body, run seed 1820. Before session 36's readings' veto on a re-learnt fit
        // (HeatController.ModelMissHotC), the pack left on 60 s or 120 s took the surface to 48.68 C (over_temperature at 725 s with
        // the surface at 48.36 C, then the stored heat; 58 s over 48 C in all). With the veto: 45.04 C (60 s) and 44.27 C (120 s), no
        // fault. 0 and 30 s left on were under 48 C before and are unchanged (30 s: 1.23 C over the level).
        [Theory]
        [InlineData(0, 44.5, 45.0, 0, 0)]
        [InlineData(30, 45.5, 46.0, 0, 0)]
        [InlineData(60, 44.9, 45.2, 0, 0)]
        [InlineData(120, 44.1, 44.45, 0, 0)]
        public void PinnedSession_RunAlone_StaysUnder48C_WithNoFault_WhateverTheSecondsTheColdPackIsLeftOn(int leftOnS, double peakMinC, double peakMaxC, int over48MinS, int over48MaxS)
        {
            PadParameters pad = PadFile.LoadShipped("nominal-12v").With(ambientC: 16.0, initialC: 16.0);
            var draw = new PackLeftDraw("nominal-12v", pad, pad.SupplyVoltageV, 5, 6, 2, 3, 0.0, leftOnS);
            double sessionPeakC = 0.0;
            int over48InSessionS = 0;
            PackLeftOutcome o = PackLeftLife.Run(draw, 1820, r =>
            {
                sessionPeakC = Math.Max(sessionPeakC, r.Pad.SurfaceC);
                over48InSessionS += r.Pad.SurfaceC > FaultCampaign.SingleFaultSurfaceC ? 1 : 0;
            });

            Assert.InRange(o.PeakC, peakMinC, peakMaxC);
            Assert.InRange(o.Over48S, over48MinS, over48MaxS);
            // The re-heat's peak is the session's or under it (120 s left on: the re-heat lands 1.0 C under the level, the session's
            // peak is the first heat's).
            Assert.True(o.ReheatOverLevelC <= o.PeakC - 44.5 + 1e-9, "re-heat over the level " + o.ReheatOverLevelC);
            Assert.Equal(FaultCode.None, o.Fault);
            Assert.True(sessionPeakC < FaultCampaign.SingleFaultSurfaceC, "session peak " + sessionPeakC);
            Assert.Equal(0, over48InSessionS);
        }

        // The same session drawn: campaign seed 2 with --room 16 --pack-left-seconds 60 draws it as its 202nd session (seed 220207:
        // nominal-12v, L5, the shipped program, no body, 12.36 V). Before session 36's readings' veto: over_temperature at 713 s, the
        // surface 49.14 C, 75 s over 48 C. With it: no fault, never over 48 C (peak 45.23 C).
        [Fact]
        public void PinnedSession_Drawn_InASixteenDegreeRoom_StaysUnder48C_WithNoFault()
        {
            var pads = LifeRoom.PadsIn(PadFile.LoadAllShipped(), 16.0);
            int seed = (2 * 100003) + FaultsCommand.PackLeftLifeSeedOffset + 201;
            PackLeftOutcome o = PackLeftLife.Run(pads, seed, null, 60);

            Assert.Equal(("nominal-12v", 5, 0.0, 6, 2, 3), (o.Draw.PadName, o.Draw.Level, o.Draw.BodyWPerK, o.Draw.HeatMinutes, o.Draw.CoolMinutes, o.Draw.Cycles));
            Assert.Equal(FaultCode.None, o.Fault);
            Assert.Equal(0, o.Over48S);
            Assert.InRange(o.PeakC, 45.1, 45.35);
        }

        private static string Table(int packLeft, int seed)
        {
            var output = new StringWriter();
            FaultsCommand.Execute(0, seed, false, output, TextWriter.Null, HeaterOpenOnly, listCases: true, packLeftSessions: packLeft);
            return output.ToString();
        }

        private static string Json(int packLeft, int seed)
        {
            var output = new StringWriter();
            FaultsCommand.Execute(0, seed, true, output, TextWriter.Null, HeaterOpenOnly, listCases: true, packLeftSessions: packLeft);
            return output.ToString();
        }

        private static string[] Lines(string text)
        {
            return text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        }
    }
}
