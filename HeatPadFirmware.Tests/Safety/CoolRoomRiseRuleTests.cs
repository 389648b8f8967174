using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Session 7, the campaign's rooms drawn 16–26 °C: thick-slow with pocket 2 off the body from the press, in a cool room.
    /// The body (3 W/K at 34 °C) warms pocket 1 2.8 °C in the first 90 s while thick-slow's element has warmed pocket 2's
    /// sensor only 0.3–0.4 °C: a share of 0.10–0.14, under the rise rule's 0.15. Pocket 2 creeps up at about 0.008 °C/s —
    /// 0.23 °C in the 30 s counted, under the old 0.25 °C restart — and the rise rule latched sensors_disagree 88–97 s in
    /// (seed 2's pocket group: 270098 and 270167 in their drawn 18.4 °C room; with the room pinned at 16 °C, 11 of the
    /// 1,200 pocket sessions of seeds 1–3). A detached sensor never creeps; a pocket that does is on something warm.
    /// </summary>
    public class CoolRoomRiseRuleTests
    {
        private static readonly (string Name, PadParameters Pad)[] Pads = PadFile.LoadAllShipped();

        [Theory]
        [InlineData(270098, 18.4)]
        [InlineData(270167, 18.4)]
        [InlineData(270098, 16.0)]
        [InlineData(270052, 16.0)]
        [InlineData(170296, 16.0)]
        [InlineData(370210, 16.0)]
        public void Core_KeepsHeating_WhenThickSlowsPocketBesideTheBodyCreepsUpSlowly_InACoolRoom(int seed, double roomC)
        {
            var pads = LifeRoom.PadsIn(Pads, roomC);
            FaultCode fault = IsPocketNormalLife(seed)
                ? FaultCampaign.RunNormalLife(pads, seed, pocketSpread: true)
                : FaultCampaign.RunContrastLife(pads, seed, pocketSpread: true);

            Assert.Equal(FaultCode.None, fault);
        }

        [Fact]
        public void CampaignDrawsTheRoom_WhereSeedTwosPocketSessionsTripped()
        {
            // The rows above reproduce the campaign's sessions: the seed alone gives the room it ran in.
            Assert.Equal(18.4, LifeRoom.Of(270098));
            Assert.Equal(18.4, LifeRoom.Of(270167));
        }

        [Fact]
        public void RiseRule_StartsItsCountAgain_WhenTheCoolerCreepsAnEighthOfADegreeWhileCounted()
        {
            // The traced session in numbers: the body pocket rises 0.045 °C/s, the pocket beside the body creeps 0.006 °C/s
            // (share 0.13). In 30 s it creeps 0.18 °C: under the old 0.25 °C restart (latched), over the new 0.125 °C.
            var check = new SensorRiseCheck();
            const double roomC = 16.0;
            Func<int, double> hotter = s => roomC + (0.045 * s);
            Func<int, double> cooler = s => roomC + (0.006 * s);
            int latchS = -1;
            for (int s = 0; s < 300 && latchS < 0; s++)
            {
                if (check.Update(Quantised(hotter(s)), Quantised(cooler(s)), 1.0, true))
                {
                    latchS = s;
                }
            }

            Assert.Equal(-1, latchS);
            Assert.True(check.CoolerRiseC < SensorRiseCheck.MaxRiseShare * check.HotterRiseC, $"the share alone would have counted: {check.CoolerRiseC:F3} of {check.HotterRiseC:F3} °C");
        }

        [Fact]
        public void RiseRule_StillLatches_WhenTheCoolerSensorStaysAtTheCoolRoom()
        {
            // A sensor off the pad in the same 16 °C room reads the room, with its noise: named as before.
            var check = new SensorRiseCheck();
            const double roomC = 16.0;
            var noise = new Random(7);
            int latchS = -1;
            for (int s = 0; s < 300 && latchS < 0; s++)
            {
                double jitterC = 0.04 * ((noise.NextDouble() * 2.0) - 1.0);
                if (check.Update(Quantised(roomC + (0.045 * s)), Quantised(roomC + jitterC), 1.0, true))
                {
                    latchS = s;
                }
            }

            // The hotter's smoothed rise reaches 1.5 °C after about 33 s + the 10 s smoothing; then 30 s of counting.
            Assert.InRange(latchS, 60, 90);
        }

        private static SensorReading Quantised(double c)
        {
            return SensorReading.Valid(SimulatedSensor.Quantise(c));
        }

        // The pocket group's seeds are campaign seed × 100003 + 70000 + i: even i normal life, odd i contrast (FaultsCommand).
        private static bool IsPocketNormalLife(int seed)
        {
            int i = (seed % 100003) - FaultsCommand.PocketLifeSeedOffset;
            return i % 2 == 0;
        }
    }
}
