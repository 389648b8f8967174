using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Far32
{
    /// <summary>
    /// Session 32 (far32, issue 4; docs/safety.md "Session 32: the 10 W pad's far fall in a 12 °C bedroom"): in a 12 °C room the
    /// 10 W pad's full power does not hold it once its user gets up, and its reading fell under <see cref="SensorDetachedCheck"/>'s
    /// hard-work envelope past the far fall (<see cref="SensorDetachedCheck.HardWorkFarFallC"/>, sized on a 16 °C room): 30 of the
    /// normal group's 40 false trips and 20 of the lying-down group's 51 (<c>faults --seed 1 --cases --room 12</c>). At the latch the
    /// reading stood 10–14.6 °C over the room falling 0.07–0.13 °C/s; the rows the far fall names in 12, 16 and 22 °C rooms (sensors
    /// detached) fell at (reading − room) / 34 s or faster. Since far32 the far fall latches only while the reading falls at least
    /// (reading − room) / <see cref="SensorDetachedCheck.HardWorkFarFallLagS"/>.
    /// </summary>
    public class ColdRoomFarFallTests
    {
        private const double RoomC = 12.0;

        private static readonly (string Name, PadParameters Pad)[] Shipped = PadFile.LoadAllShipped();

        // Normal-life sessions of faults --seed 1 --room 12 on usb-10w that main latched sensor_detached on the far fall (at 672, 256 s
        // after the start; lead 6.05 / 6.04 °C, 12.8 / 12.3 °C over the room, falling 0.08 °C/s). With far32 they run to their end.
        [Theory]
        [InlineData(100005)]
        [InlineData(100076)]
        public void NormalLife_OnTheTenWattPad_InATwelveDegreeBedroom_RunsWithoutAFalseTrip(int seed)
        {
            var pads = LifeRoom.PadsIn(Shipped, RoomC);
            Assert.Equal("usb-10w", pads[new Random(seed).Next(pads.Length)].Name);
            double largestLeadC = 0.0;

            FaultCode fault = FaultCampaign.RunNormalLife(pads, seed, onTick: run => largestLeadC = Math.Max(largestLeadC, run.Core.Supervisor.Detached.HardWorkLeadC));

            Assert.Equal(FaultCode.None, fault);
            Assert.True(largestLeadC >= SensorDetachedCheck.HardWorkFarFallC, "the lead passes the far fall: " + largestLeadC.ToString("F2"));
        }

        // The lying-down group's 130017 (usb-10w L1, 4.73 V, lain on at 1,166 s, up at 3,375 s): main latched sensor_detached at
        // 3,435 s, lead 6.10 °C, 13.8 °C over the room. With far32 it runs on to the program's end.
        [Fact]
        public void LyingDown_OnTheTenWattPad_InATwelveDegreeBedroom_GettingUpTripsNothing()
        {
            var (draw, fault, _) = LieDownLife.Run(LifeRoom.PadsIn(Shipped, RoomC), 130017);

            Assert.Equal("usb-10w", draw.PadName);
            Assert.Equal(FaultCode.None, fault);
        }

        // faults --seed 1 --room 12, both sensors detached on thick-slow (35 s lag) 300 s after the start, level 1: named 24 s after the
        // onset by the far fall (8.2 °C over the room, falling 0.26 °C/s), on main and with far32; without the far fall 37 s.
        [Fact]
        public void BothSensorsDetached_OnTheSlowestSensor_InATwelveDegreeRoom_IsNamedAtMainsSecond()
        {
            FaultCaseResult r = RunRow("thick-slow", 1, 300.0, FaultKind.BothSensorsDetached);

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.Equal(24.0, r.FaultAfterOnsetS);
        }

        // faults --seed 1 --room 12, BodyOff on usb-10w at 300 s (the user gets up under full power: the same fall as the normal-life
        // trips above). Main latched sensor_detached 62 s after the onset, 14 °C over the room, falling 0.11 °C/s; with far32 the pad
        // heats on, its surface at most 34.7 °C (the 10 W pad cannot go higher in a 12 °C room).
        [Fact]
        public void BodyOff_OnTheTenWattPad_InATwelveDegreeRoom_HeatsOnWithoutAFault()
        {
            FaultCaseResult r = RunRow("usb-10w", 1, 300.0, FaultKind.BodyOff);

            Assert.Equal(FaultCode.None, r.Fault);
            Assert.True(r.PeakSurfaceC < SafetyLimits.OverTemperatureC - 5.0, "peak " + r.PeakSurfaceC.ToString("F2"));
        }

        [Fact]
        public void DetachedCheck_StaysQuiet_WhenTheReadingFallsUnderFullPowerToAPlateauEightDegreesOverATwelveDegreeRoom()
        {
            // The traced fall in numbers: 34 -> 20 °C (room + 8) with a 60 s time constant, at full power: the lead passes the far fall.
            var check = new SensorDetachedCheck();
            double maxLeadC = 0.0;
            bool latched = Feed(check, s => 20.0 + (14.0 * Math.Exp(-s / 60.0)), ref maxLeadC);

            Assert.False(latched);
            Assert.True(maxLeadC >= SensorDetachedCheck.HardWorkFarFallC, "lead " + maxLeadC.ToString("F2"));
        }

        [Fact]
        public void DetachedCheck_LatchesAtTheFarFall_WhenASensorWithTheSlowestLagFallsFromThePadToTheRoom()
        {
            // A sensor off the pad: 34 °C toward the 12 °C room with a 40 s lag. Latched while still over the room band.
            var check = new SensorDetachedCheck();
            double maxLeadC = 0.0;
            double readingC = double.NaN;
            bool latched = Feed(check, s => readingC = RoomC + (22.0 * Math.Exp(-s / 40.0)), ref maxLeadC);

            Assert.True(latched);
            Assert.True(readingC > RoomC + SensorDetachedCheck.HardWorkRoomBandC, "latched at " + readingC.ToString("F2"));
        }

        private static FaultCaseResult RunRow(string padName, int level, double onsetS, FaultKind kind)
        {
            PadParameters pad = Shipped.Single(p => p.Name == padName).Pad.With(ambientC: RoomC, initialC: RoomC);
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
