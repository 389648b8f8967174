using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Rooms32
{
    /// <summary>
    /// Session 32: <c>faults --life-room-min C</c> draws the normal-life groups' rooms from C °C (5–16 °C) instead of 16 °C.
    /// Session 31 pinned every session in a 12 °C bedroom (<c>--room 12</c>) and found 40 of 1,000 normal sessions tripping;
    /// the option puts such bedrooms among the drawn ones, with each session's other draws as they were.
    /// </summary>
    public class CoolestLifeRoomOptionTests
    {
        private static ParseResult Parse(params string[] args)
        {
            return HeatPadFirmware.Simulator.Program.BuildCommandLine().Parse(args);
        }

        [Fact]
        public void FaultsCommand_TakesACoolestLifeRoom_AndDefaultsTo16Degrees()
        {
            Assert.Empty(Parse("faults", "--life-room-min", "12", "--life-room-max", "30").Errors);
            Assert.Equal(12.0, Parse("faults", "--life-room-min", "12").GetValue<double>("--life-room-min"));
            Assert.Equal(16.0, Parse("faults").GetValue<double>("--life-room-min"));
        }

        [Theory]
        [InlineData("4.9")]
        [InlineData("16.1")]
        [InlineData("NaN")]
        public void FaultsCommand_RefusesACoolestRoomOutOf5To16Degrees_WithAClearError(string value)
        {
            ParseResult parse = Parse("faults", "--life-room-min", value);
            int exitCode = parse.Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = new StringWriter() });

            Assert.NotEqual(0, exitCode);
            Assert.Contains(parse.Errors, e => e.Message.Contains("--life-room-min must be between 5 (a bedroom at frost protection) and 16 C"));
        }

        [Fact]
        public void Campaign_RefusesACoolestRoomOutOfRange_WhenCalledDirectly()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => FaultsCommand.Execute(0, 1, true, TextWriter.Null, TextWriter.Null, new[] { FaultKind.HeaterOpen }, lifeRoomMinC: 17.0));
            Assert.Throws<ArgumentOutOfRangeException>(() => LifeRoom.OfIn(100003, 4.0, 26.0));
            Assert.Throws<ArgumentOutOfRangeException>(() => LifeRoom.OfIn(100003, 12.0, 36.0));
        }

        [Fact]
        public void CoolestLifeRoom_Of16Degrees_DrawsTheRoomsItDrewBefore()
        {
            foreach (int seed in Enumerable.Range(100003, 400))
            {
                Assert.Equal(LifeRoom.Of(seed), LifeRoom.OfIn(seed, LifeRoom.MinC, LifeRoom.MaxC));
                Assert.Equal(LifeRoom.OfUpTo(seed, 30.0), LifeRoom.OfIn(seed, LifeRoom.MinC, 30.0));
            }
        }

        [Fact]
        public void CoolestLifeRoom_Of12Degrees_DrawsOver12To26Degrees_AboutTwoSeventhsUnder16()
        {
            double[] rooms = Enumerable.Range(100003, 2000).Select(s => LifeRoom.OfIn(s, 12.0, 26.0)).ToArray();

            Assert.All(rooms, r => Assert.InRange(r, 12.0, 26.0));
            Assert.True(rooms.Min() < 12.5 && rooms.Max() > 25.5, $"rooms {rooms.Min()}..{rooms.Max()} C");
            int under16 = rooms.Count(r => r < LifeRoom.MinC);
            Assert.InRange(under16, 450, 700); // 4 of the 14 °C span: 571 expected of 2,000
        }

        [Fact]
        public void CoolestLifeRoom_MovesOnlyTheRoom_NotTheSessionsOtherDraws()
        {
            var shipped = PadFile.LoadAllShipped();
            foreach (int seed in Enumerable.Range(130003, 50))
            {
                LieDownDraw a = LieDownLife.Draw(LifeRoom.PadsIn(shipped, LifeRoom.Of(seed)), seed);
                LieDownDraw b = LieDownLife.Draw(LifeRoom.PadsIn(shipped, LifeRoom.OfIn(seed, 12.0, 26.0)), seed);
                Assert.Equal((a.PadName, a.Level, a.SupplyV, a.LieAtS, a.BodyWPerK, a.UpAtS), (b.PadName, b.Level, b.SupplyV, b.LieAtS, b.BodyWPerK, b.UpAtS));
            }
        }

        [Fact]
        public void Campaign_WithACoolerLifeRoomMinimum_SaysSo_AndRunsTheGroupsInTheRoomsDrawnFromIt()
        {
            var output = new StringWriter();
            FaultsCommand.Execute(6, 1, true, output, TextWriter.Null, new[] { FaultKind.HeaterOpen }, lieDownSessions: 3, lifeRoomMinC: 12.0);
            using JsonDocument document = JsonDocument.Parse(output.ToString());
            JsonElement root = document.RootElement;

            Assert.Equal(12.0, root.GetProperty("rooms").GetProperty("normalLife").GetProperty("drawnMinC").GetDouble());
            Assert.Equal(26.0, root.GetProperty("rooms").GetProperty("normalLife").GetProperty("drawnMaxC").GetDouble());
            double[] normal = Enumerable.Range(100003, 6).Select(s => LifeRoom.OfIn(s, 12.0, 26.0)).ToArray();
            Assert.Equal(normal.Min(), root.GetProperty("normalLife").GetProperty("rooms").GetProperty("coolestC").GetDouble());
            Assert.Equal(normal.Max(), root.GetProperty("normalLife").GetProperty("rooms").GetProperty("warmestC").GetDouble());
            double[] lying = Enumerable.Range(100003 + FaultsCommand.LieDownLifeSeedOffset, 3).Select(s => LifeRoom.OfIn(s, 12.0, 26.0)).ToArray();
            Assert.Equal(lying.Min(), root.GetProperty("lieDownLife").GetProperty("rooms").GetProperty("coolestC").GetDouble());

            var table = new StringWriter();
            FaultsCommand.Execute(0, 1, false, table, TextWriter.Null, new[] { FaultKind.HeaterOpen }, lifeRoomMinC: 12.0);
            Assert.Contains("drawn from its seed, 12-26 C", table.ToString());
        }
    }
}
