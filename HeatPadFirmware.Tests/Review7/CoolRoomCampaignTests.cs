using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review7
{
    /// <summary>
    /// Review 7: every session of the <c>faults</c> campaign runs in a 22 °C room (the shipped pad files' <c>ambientC</c>;
    /// nothing draws another). The same seeds with the shipped pads in a cooler bedroom (room and pad start at
    /// <c>roomC</c>, nothing else changed) raise false alarms that 22 °C hides.
    /// </summary>
    public class CoolRoomCampaignTests
    {
        private const string PocketSkip =
            "review 7 finding 2 (HIGH); the usb-10w trips fixed in session 6 (the gap rule holds at full power: 18 C 15 -> 1, 16 C 17 -> 3), these not. Campaign seed 1's pocket group (400 sessions, seeds 170003 + i) with the room at " +
            "18 C: 15 false trips (22 C: 1, 170003, known; 26 C: 0) — 13 sensors_disagree, all usb-10w with pocket 2 off the body " +
            "(pockets 34.9-36.4 / 22.4-24.6 C: the body, not the 10 W element, makes pocket 1 the hotter; at 22 C they sit 8.6 C " +
            "apart, just under the 9.0 C allowance), 1 sensor_detached (170074 thick-slow L4); at 16 C: 17 (15 usb-10w as above, " +
            "thick-slow 170296/170298 sensors_disagree early in the heat-up at 21.0 / 17.0 C, strong-60w 170133 frozen_reading)";

        private const string OneSurfaceSkip =
            "review 7 finding 2b (MEDIUM, not session 6's checks), not fixed: campaign seed 1's normal life (1,000) and contrast " +
            "group (400) with the room at 16 C: 3 sensor_detached, all after the user got up (at 22 C: 0). Traced to the latch: " +
            "100094 nominal-12v L5 at 10.8 V and 100165 nominal-12v L2 at 11.0 V, the coupling probe (in doubt, answers 0.50 / " +
            "0.55, then -0.05 / -0.07: the pad loses heat to the cool air faster than the learned model expects); 100696 usb-10w " +
            "L3 at 4.5 V, surface 25.0 C at full power in the air, no probe asked, so not the coupling probe (not traced further: likely the room witness)";

        [Theory]
        [InlineData(170061, 18.0)]
        [InlineData(170065, 18.0)]
        public void Core_RaisesNoFalseAlarm_InThePocketGroup_InACoolBedroom_WhenTheWeakPadRunsFullPower(int seed, double roomC)
        {
            // Session 6, after review 7: the agreement check's gap rule holds its count while the heater runs at full power
            // (the pad works as hard as it can; the usb-10w pockets are as far apart as the body is over the room). Seed 1's
            // pocket group at 18 C: 15 false trips -> 1 (170074, below), at 16 C: 17 -> 3.
            Core_RaisesNoFalseAlarm_InThePocketGroup_InACoolBedroom(seed, roomC);
        }

        [Theory(Skip = PocketSkip)]
        [InlineData(170074, 18.0)]
        [InlineData(170296, 16.0)]
        [InlineData(170133, 16.0)]
        public void Core_RaisesNoFalseAlarm_InThePocketGroup_InACoolBedroom(int seed, double roomC)
        {
            FaultCode fault = IsNormalLife(seed)
                ? FaultCampaign.RunNormalLife(PadsAt(roomC), seed, pocketSpread: true)
                : FaultCampaign.RunContrastLife(PadsAt(roomC), seed, pocketSpread: true);

            Assert.Equal(FaultCode.None, fault);
        }

        [Theory(Skip = OneSurfaceSkip)]
        [InlineData(100094)]
        [InlineData(100165)]
        [InlineData(100696)]
        public void Core_RaisesNoFalseAlarm_InNormalLife_InACoolBedroom(int seed)
        {
            Assert.Equal(FaultCode.None, FaultCampaign.RunNormalLife(PadsAt(16.0), seed));
        }

        [Theory]
        [InlineData(170061)]
        [InlineData(170065)]
        [InlineData(170074)]
        public void Core_RaisesNoFalseAlarm_InTheSamePocketSessions_InTheCampaignsRoom(int seed)
        {
            // The rows above differ from the campaign only in the room: at 22 °C these sessions run clean.
            FaultCode fault = IsNormalLife(seed)
                ? FaultCampaign.RunNormalLife(PadsAt(22.0), seed, pocketSpread: true)
                : FaultCampaign.RunContrastLife(PadsAt(22.0), seed, pocketSpread: true);

            Assert.Equal(FaultCode.None, fault);
        }

        // The pocket group's seeds are seed × 100003 + 70000 + i: even i normal life, odd i contrast (FaultsCommand).
        private static bool IsNormalLife(int seed)
        {
            return (seed - 100003 - FaultsCommand.PocketLifeSeedOffset) % 2 == 0;
        }

        private static (string Name, PadParameters Pad)[] PadsAt(double roomC)
        {
            return PadFile.ShippedNames.Select(n => (n, PadFile.LoadShipped(n).With(ambientC: roomC, initialC: roomC))).ToArray();
        }
    }
}
