using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Far32
{
    /// <summary>
    /// Session 32 (far32, issue 4; docs/safety.md "Session 32: the 10 W pad's far fall in a 12 °C bedroom"). In a 12 °C room the
    /// 10 W pad's full power does not hold it once its user gets up, and on main its reading fell under
    /// <see cref="SensorDetachedCheck"/>'s hard-work envelope past the far fall (<see cref="SensorDetachedCheck.HardWorkFarFallC"/>,
    /// sized on a 16 °C room): 30 of the normal group's 40 false trips and 20 of the lying-down group's 51 (<c>faults --seed 1
    /// --cases --room 12</c>), 10–14.6 °C over the room falling 0.07–0.13 °C/s. Since far32 the far fall waits, on a pad of at most
    /// 20 W (its <c>PacedFarFallMaxFullPowerW</c>), for the reading to fall at least (reading − room) / 60 s (its
    /// <c>HardWorkFarFallLagS</c>). The pace alone (every pad) named 17 detached rows later on a pad switched
    /// on 10 °C under its room (<c>--cold-start 10</c>), 16 hotter (up to +6.5 °C), 8 not at all: the room the check knows is 10 °C
    /// low there, and thick-slow (80 W) is no weak pad.
    /// <para>Session 33 took the pace back out (weak33, review 33a; docs/safety.md "Session 33: the paced far fall withdrawn"): a
    /// weak pad is no pad that cannot burn. Covered, insulated, or once its user gets up under a duvet, a 10–20 W pad reaches room +
    /// P / G far over 48 °C, and a pair leaving into warm bedding falls slower than the pace: the shipped usb-10w from a 16 °C room
    /// passed 48 °C for 1,584 s unnamed, 16–20 W pads reached 57–95 °C, where the far fall on the lead alone names them within 62 s.
    /// Neither the learned ceiling nor a ceiling seen proves the pad cannot burn once the load changes. These tests now pin the far
    /// fall on the lead alone: the 12 °C bedroom's getting-up trips are back (a false alarm is the price; a burn is not).</para>
    /// </summary>
    public class ColdRoomFarFallTests
    {
        private const double RoomC = 12.0;

        private static readonly (string Name, PadParameters Pad)[] Shipped = PadFile.LoadAllShipped();

        // Normal-life sessions of faults --seed 1 --room 12 on usb-10w latched sensor_detached on the far fall (672 / 256 s after the start;
        // lead 6.05 / 6.04 °C, 12.8 / 12.3 °C over the room, falling 0.08 °C/s: (reading − room) / 158 s). far32's pace let them run to
        // their end; since session 33 they trip again: the known price of a far fall that does not wait on a pad that might burn.
        [Theory]
        [InlineData(100005)]
        [InlineData(100076)]
        public void NormalLife_OnTheTenWattPad_InATwelveDegreeBedroom_TripsTheFarFall_AKnownFalseAlarm(int seed)
        {
            var pads = LifeRoom.PadsIn(Shipped, RoomC);
            Assert.Equal("usb-10w", pads[new Random(seed).Next(pads.Length)].Name);

            FaultCode fault = FaultCampaign.RunNormalLife(pads, seed);

            Assert.Equal(FaultCode.SensorDetached, fault);
        }

        // The lying-down group's 130017 (usb-10w L1, 4.73 V, lain on at 1,166 s, up at 3,375 s): main latched sensor_detached at 3,435 s,
        // 60 s after the user got up (lead 6.10 °C, 13.8 °C over the room). far32 let it run to the program's end; since session 33 it
        // trips again (a known false alarm).
        [Fact]
        public void LyingDown_OnTheTenWattPad_InATwelveDegreeBedroom_GettingUpTripsTheFarFall_AKnownFalseAlarm()
        {
            var (draw, fault, _) = LieDownLife.Run(LifeRoom.PadsIn(Shipped, RoomC), 130017);

            Assert.Equal("usb-10w", draw.PadName);
            Assert.Equal(FaultCode.SensorDetached, fault);
        }

        // faults --seed 1 --room 12, BodyOff on usb-10w at 300 s (the same user getting up under full power): main latched
        // sensor_detached 62 s after the onset. far32 let the pad heat on (its surface at most 34.7 °C); since session 33 the far fall
        // names it again, as it names a pair leaving the same pad into warm bedding.
        [Fact]
        public void BodyOff_OnTheTenWattPad_InATwelveDegreeRoom_IsNamedByTheFarFall_AKnownFalseAlarm()
        {
            FaultCaseResult r = RunRow(Shipped.Single(p => p.Name == "usb-10w").Pad.With(ambientC: RoomC, initialC: RoomC), "usb-10w", 1, 300.0, FaultKind.BodyOff);

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.Equal(62.0, r.FaultAfterOnsetS);
        }

        // faults --seed 1 --room 12, both sensors detached on thick-slow (35 s lag) 300 s after the start, level 1: named 24 s after the
        // onset by the far fall (8.2 °C over the room, falling 0.26 °C/s: (reading − room) / 31 s), before, with and after far32; with no
        // far fall 37 s.
        [Fact]
        public void BothSensorsDetached_OnTheSlowestSensor_InATwelveDegreeRoom_IsNamedByTheFarFall()
        {
            FaultCaseResult r = RunRow(Shipped.Single(p => p.Name == "thick-slow").Pad.With(ambientC: RoomC, initialC: RoomC), "thick-slow", 1, 300.0, FaultKind.BothSensorsDetached);

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.Equal(24.0, r.FaultAfterOnsetS);
        }

        // faults --seed 1 --cold-start 10 (the pad switched on at 12 °C in the 22 °C room, so the room the check knows is 10 °C low): both
        // sensors detached on thick-slow 1,800 s after the start, level 2. Main and far32 name it 23 s after the onset at 40.1 °C; the
        // pace alone (every pad, scratch) 566 s after it at 45.1 °C: the sensor falls toward the true room at (reading − 22 °C) / 35 s,
        // under (reading − 12 °C) / 60 s. thick-slow's 80 W was over far32's 20 W (withdrawn in session 33).
        [Fact]
        public void BothSensorsDetached_OnAPadSwitchedOnCold_IsNamedByTheFarFallWithinHalfAMinute()
        {
            PadParameters pad = FaultsCommand.ColdStarted(Shipped, 10.0).Single(p => p.Name == "thick-slow").Pad;

            FaultCaseResult r = RunRow(pad, "thick-slow", 2, 1800.0, FaultKind.BothSensorsDetached);

            Assert.Equal(12.0, pad.InitialC);
            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.Equal(23.0, r.FaultAfterOnsetS);
            Assert.InRange(r.PeakSurfaceC, 40.0, 40.2);
        }

        [Fact]
        public void DetachedCheck_LatchesTheFarFall_WhenAWeakPadsReadingFallsUnderFullPowerToAPlateauEightDegreesOverATwelveDegreeRoom()
        {
            // The traced fall in numbers: 34 -> 20 °C (room + 8) with a 60 s time constant at full power. far32's pace kept it quiet on a
            // 10 W pad; the check cannot tell it from a pair leaving into warm bedding (review 33a), so it latches over the room band.
            var check = new SensorDetachedCheck();
            double maxLeadC = 0.0;
            double readingC = double.NaN;

            Assert.True(Feed(check, s => readingC = 20.0 + (14.0 * Math.Exp(-s / 60.0)), ref maxLeadC));
            Assert.True(readingC > RoomC + SensorDetachedCheck.HardWorkRoomBandC, "latched at " + readingC.ToString("F2"));
            Assert.True(maxLeadC >= SensorDetachedCheck.HardWorkFarFallC, "lead " + maxLeadC.ToString("F2"));
        }

        [Fact]
        public void DetachedCheck_LatchesTheFarFall_WhenASensorWithTheSlowestLagFallsOffAPadToTheRoom()
        {
            // A sensor off the pad: 34 °C toward the 12 °C room with a 40 s lag (the design range's slowest). Latched over the room band.
            var check = new SensorDetachedCheck();
            double maxLeadC = 0.0;
            double readingC = double.NaN;

            Assert.True(Feed(check, s => readingC = RoomC + (22.0 * Math.Exp(-s / 40.0)), ref maxLeadC));
            Assert.True(readingC > RoomC + SensorDetachedCheck.HardWorkRoomBandC, "latched at " + readingC.ToString("F2"));
        }

        private static FaultCaseResult RunRow(PadParameters pad, string padName, int level, double onsetS, FaultKind kind)
        {
            int seed = FaultsCommand.CaseSeeds(Shipped.Select(p => p.Name).ToArray(), 1)[(padName, level, onsetS, kind)];
            return FaultCampaign.RunCase(padName, pad, level, kind, onsetS, seed);
        }

        // Powers on at the room (unheated, 60 s), holds 34 °C at full power for 60 s, then feeds readingC(s) at full power for 600 s
        // (quantised to the register). True when the check latched.
        private static bool Feed(SensorDetachedCheck check, Func<double, double> readingC, ref double maxLeadC)
        {
            for (int s = 0; s < 60; s++)
            {
                check.Update(RoomC, 1.0, 0.0, false);
            }

            for (int s = 0; s < 60; s++)
            {
                Assert.False(check.Update(34.0, 1.0, 1.0, true));
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
