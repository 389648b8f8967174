using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Faults
{
    /// <summary>
    /// Session 7: each normal-life session of <c>faults</c> runs in a bedroom of its own, drawn from its seed (16–26 °C,
    /// <see cref="LifeRoom"/>); <c>--room</c> pins one for every session; the injected faults and the adversarial user keep
    /// the shipped 22 °C.
    /// </summary>
    public class LifeRoomTests
    {
        [Fact]
        public void LifeRoom_DrawsEveryRoomBetweenSixteenAndTwentySixDegrees_SpreadAcrossTheRange()
        {
            double[] rooms = Enumerable.Range(100003, 2000).Select(LifeRoom.Of).ToArray();

            Assert.All(rooms, r => Assert.InRange(r, LifeRoom.MinC, LifeRoom.MaxC));
            Assert.True(rooms.Min() < LifeRoom.MinC + 0.5 && rooms.Max() > LifeRoom.MaxC - 0.5, $"rooms {rooms.Min()}..{rooms.Max()} °C");
            // Uniform over 101 steps of 0.1 °C: each third of the range gets about a third of the sessions.
            int cool = rooms.Count(r => r < 19.4);
            Assert.InRange(cool, 560, 760);
            Assert.All(rooms, r => Assert.Equal(Math.Round(r, 1), r));
        }

        [Fact]
        public void LifeRoom_IsTheSameForTheSameSeed_AndDiffersBetweenNeighbouringSeeds()
        {
            Assert.Equal(LifeRoom.Of(170074), LifeRoom.Of(170074));
            int distinct = Enumerable.Range(150003, 20).Select(LifeRoom.Of).Distinct().Count();
            Assert.True(distinct >= 15, $"{distinct} distinct rooms in 20 neighbouring seeds");
        }

        [Fact]
        public void PadsIn_MovesEveryPadIntoTheRoom_AndStartsItThere_KeepingTheBodyAt34Degrees()
        {
            var shipped = PadFile.LoadAllShipped();
            var moved = LifeRoom.PadsIn(shipped, 17.3);

            Assert.Equal(shipped.Select(p => p.Name), moved.Select(p => p.Name));
            Assert.All(moved, p => Assert.Equal(17.3, p.Pad.AmbientC));
            Assert.All(moved, p => Assert.Equal(17.3, p.Pad.InitialC));
            Assert.All(moved.Zip(shipped), p => Assert.Equal(p.Second.Pad.BodyC, p.First.Pad.BodyC));
            Assert.All(shipped, p => Assert.Equal(FaultsCommand.ShippedRoomC, p.Pad.AmbientC));
        }

        [Fact]
        public void Campaign_SaysWhichRoomsRan_DrawnForLifeAndShippedForTheInjectedFaults()
        {
            var output = new StringWriter();
            FaultsCommand.Execute(6, 1, true, output, TextWriter.Null, new[] { FaultKind.HeaterOpen }, contrastSessions: 2);
            using JsonDocument document = JsonDocument.Parse(output.ToString());
            JsonElement root = document.RootElement;

            Assert.Equal(JsonValueKind.Null, root.GetProperty("roomC").ValueKind);
            Assert.Equal(FaultsCommand.ShippedRoomC, root.GetProperty("rooms").GetProperty("injectedFaultsAndAdversarialC").GetDouble());
            Assert.Equal(LifeRoom.MinC, root.GetProperty("rooms").GetProperty("normalLife").GetProperty("drawnMinC").GetDouble());
            Assert.Equal(LifeRoom.MaxC, root.GetProperty("rooms").GetProperty("normalLife").GetProperty("drawnMaxC").GetDouble());
            // The normal-life group ran sessions 100003..100008, each in its own drawn room.
            double[] drawn = Enumerable.Range(100003, 6).Select(LifeRoom.Of).ToArray();
            JsonElement groupRooms = root.GetProperty("normalLife").GetProperty("rooms");
            Assert.Equal(drawn.Min(), groupRooms.GetProperty("coolestC").GetDouble());
            Assert.Equal(drawn.Max(), groupRooms.GetProperty("warmestC").GetDouble());
        }

        [Fact]
        public void Campaign_PinsOneRoomForEverySession_WhenAsked()
        {
            var output = new StringWriter();
            FaultsCommand.Execute(3, 1, true, output, TextWriter.Null, new[] { FaultKind.HeaterOpen }, contrastSessions: 2, roomC: 18.0);
            using JsonDocument document = JsonDocument.Parse(output.ToString());
            JsonElement root = document.RootElement;

            Assert.Equal(18.0, root.GetProperty("rooms").GetProperty("normalLife").GetProperty("pinnedC").GetDouble());
            Assert.Equal(18.0, root.GetProperty("rooms").GetProperty("injectedFaultsAndAdversarialC").GetDouble());
            foreach (string group in new[] { "normalLife", "contrastLife" })
            {
                Assert.Equal(18.0, root.GetProperty(group).GetProperty("rooms").GetProperty("coolestC").GetDouble());
                Assert.Equal(18.0, root.GetProperty(group).GetProperty("rooms").GetProperty("warmestC").GetDouble());
            }
        }

        [Fact]
        public void CampaignTable_SaysTheInjectedFaultsKeepTheShippedRoom_AndTheLifeRoomsAreDrawn()
        {
            var output = new StringWriter();
            FaultsCommand.Execute(2, 1, false, output, TextWriter.Null, new[] { FaultKind.HeaterOpen });
            string table = output.ToString();

            Assert.Contains("injected faults and the adversarial user in the shipped pads' 22 C", table);
            Assert.Contains("each normal-life session in its own room drawn from its seed, 16-26 C", table);
            double[] drawn = Enumerable.Range(100003, 2).Select(LifeRoom.Of).ToArray();
            Assert.Contains(FormattableString.Invariant($"Normal life: 2 sessions in rooms {drawn.Min():0.0}-{drawn.Max():0.0} C"), table);
        }

        [Fact]
        public void DrawnRoom_ChangesNoOtherDrawOfTheSession()
        {
            // The room has a sequence of its own: in the shipped room the campaign's session is the 22 °C campaign's, tick for tick.
            var shipped = PadFile.LoadAllShipped();
            const int seed = 100094;
            var first = new System.Collections.Generic.List<double>();
            var second = new System.Collections.Generic.List<double>();
            FaultCode a = FaultCampaign.RunNormalLife(shipped, seed, onTick: run => first.Add(run.Last.DutyFraction));
            FaultCode b = FaultCampaign.RunNormalLife(LifeRoom.PadsIn(shipped, FaultsCommand.ShippedRoomC), seed, onTick: run => second.Add(run.Last.DutyFraction));

            Assert.Equal(a, b);
            Assert.Equal(first, second);
            Assert.NotEqual(FaultsCommand.ShippedRoomC, LifeRoom.Of(seed));
        }
    }
}
