using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Session 7, the campaign's rooms drawn 16–26 °C: usb-10w at full power on a 90 % supply, its user gets up in a 16 °C
    /// room. The reading falls 10 °C in about 100 s toward the off-body plateau (room + P / G ≈ room + 8 °C) and came
    /// 5.0 °C under <see cref="SensorDetachedCheck"/>'s hard-work envelope 8–9 °C over the room: sensor_detached (campaign
    /// seeds 1 and 3, normal life, room pinned at 16 °C: 100696, 300160, 300738; in a 22 °C room the fall is 1.3 °C ahead
    /// of the envelope at most). A sensor off the pad falls to the room itself; the 5 °C lead now latches only within
    /// <see cref="SensorDetachedCheck.HardWorkRoomBandC"/> of the room, or at <see cref="SensorDetachedCheck.HardWorkFarFallC"/>.
    /// </summary>
    public class CoolRoomBodyOffTests
    {
        private const double RoomC = 16.0;

        [Theory]
        [InlineData(100696)]
        [InlineData(300160)]
        [InlineData(300738)]
        public void Core_KeepsHeating_WhenTheWeakPadsUserGetsUpAtFullPower_InASixteenDegreeRoom(int seed)
        {
            var pads = LifeRoom.PadsIn(PadFile.LoadAllShipped(), RoomC);
            Assert.Equal("usb-10w", pads[new Random(seed).Next(pads.Length)].Name);

            Assert.Equal(FaultCode.None, FaultCampaign.RunNormalLife(pads, seed));
        }

        [Fact]
        public void DetachedCheck_StaysQuiet_WhenTheReadingFallsUnderFullPowerToAPlateauEightDegreesOverTheRoom()
        {
            // The traced fall in numbers: 35 -> 24 °C (room + 8) with a 45 s time constant, at full power.
            var check = new SensorDetachedCheck();
            double maxLeadC = 0.0;
            bool latched = Feed(check, s => 24.0 + (11.0 * Math.Exp(-s / 45.0)), ref maxLeadC);

            Assert.False(latched);
            Assert.InRange(maxLeadC, SensorDetachedCheck.HardWorkFallC, SensorDetachedCheck.HardWorkFarFallC);
        }

        [Fact]
        public void DetachedCheck_Latches_WhenTheSameFallEndsAtTheRoom()
        {
            // A sensor off the pad: the same start and time constant, but it falls to the room.
            var check = new SensorDetachedCheck();
            double maxLeadC = 0.0;

            Assert.True(Feed(check, s => RoomC + (19.0 * Math.Exp(-s / 45.0)), ref maxLeadC));
        }

        [Fact]
        public void DetachedCheck_Latches_AtTheFarFall_WhenTheRoomIsUnknown()
        {
            // Switched on warm (the lowest reading 35 °C: no room): the old 5 °C lead latches as before.
            var check = new SensorDetachedCheck();
            double maxLeadC = 0.0;

            Assert.True(Feed(check, s => 24.0 + (11.0 * Math.Exp(-s / 45.0)), ref maxLeadC, roomFirst: false));
        }

        // Powers on at the room (unheated, 60 s) unless roomFirst is false, holds 35 °C at full power for 60 s, then feeds
        // readingC(s) at full power for 600 s (quantised to the register). True when the check latched.
        private static bool Feed(SensorDetachedCheck check, Func<double, double> readingC, ref double maxLeadC, bool roomFirst = true)
        {
            if (roomFirst)
            {
                for (int s = 0; s < 60; s++)
                {
                    check.Update(RoomC, 1.0, 0.0, false);
                }
            }

            for (int s = 0; s < 60; s++)
            {
                Assert.False(check.Update(35.0, 1.0, 1.0, true));
            }

            for (int s = 0; s < 600; s++)
            {
                bool latched = check.Update(SimulatedSensor.Quantise(readingC(s)), 1.0, 1.0, true);
                maxLeadC = Math.Max(maxLeadC, check.HardWorkLeadC);
                if (latched)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
