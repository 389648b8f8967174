using System;
using System.Collections.Generic;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Far32
{
    /// <summary>
    /// Session 32 (far32, issue 4; docs/safety.md "Session 32: the 10 W pad's far fall in a 12 °C bedroom"), pinned on main. In a
    /// 12 °C room the 10 W pad's full power does not hold it once its user gets up, and its reading falls under
    /// <see cref="SensorDetachedCheck"/>'s hard-work envelope past the far fall (<see cref="SensorDetachedCheck.HardWorkFarFallC"/>,
    /// sized on a 16 °C room): 30 of the normal group's 40 false trips and 20 of the lying-down group's 51 (<c>faults --seed 1
    /// --cases --room 12</c>), 10–14.6 °C over the room falling 0.07–0.13 °C/s. far32's paced form (the far fall only while the
    /// reading falls at least (reading − room) / 60 s; scratch, not landed) ran those sessions on and kept every row of the 12, 16 and
    /// 22 °C campaigns, but on a pad switched on 10 °C under its room (<c>--cold-start 10</c>) the room it knows is 10 °C low, a
    /// detached sensor falls toward the true room slower than the form asked, and 17 rows were named later (up to 543 s), 16 hotter
    /// (up to +6.5 °C), 8 not at all.
    /// </summary>
    public class ColdRoomFarFallTests
    {
        private const double RoomC = 12.0;

        // The paced form's time: the far fall latched only while the reading fell at least (reading − room) / 60 s.
        private const double PacedFormLagS = 60.0;

        private static readonly (string Name, PadParameters Pad)[] Shipped = PadFile.LoadAllShipped();

        private sealed class AtLatch
        {
            public int Second = -1;
            public double LeadC;
            public double OverRoomC;
            public double FallCPerS;
        }

        // Normal-life sessions of faults --seed 1 --room 12 on usb-10w: main latches sensor_detached on the far fall (672 / 256 s after the
        // start; lead 6.05 / 6.04 °C, 12.8 / 12.3 °C over the room, falling 0.08 °C/s). The paced form ran both to their end.
        [Theory]
        [InlineData(100005, 672)]
        [InlineData(100076, 256)]
        public void NormalLife_OnTheTenWattPad_InATwelveDegreeBedroom_TripsTheFarFallOnMain_FallingAtThePadsOwnPace(int seed, int latchS)
        {
            var pads = LifeRoom.PadsIn(Shipped, RoomC);
            Assert.Equal("usb-10w", pads[new Random(seed).Next(pads.Length)].Name);
            var readings = new List<double>();
            var at = new AtLatch();
            long startMs = -1;

            FaultCode fault = FaultCampaign.RunNormalLife(pads, seed, onTick: run =>
            {
                if (startMs < 0)
                {
                    startMs = run.NowMs - 1000;
                }

                double readingC = run.Core.Supervisor.HotterReading.TemperatureC;
                readings.Add(readingC);
                if (run.Last.Fault != FaultCode.None && at.Second < 0)
                {
                    at.Second = (int)((run.NowMs - startMs) / 1000);
                    at.LeadC = run.Core.Supervisor.Detached.HardWorkLeadC;
                    at.OverRoomC = readingC - RoomC;
                    at.FallCPerS = (readings[readings.Count - 11] - readingC) / 10.0;
                }
            });

            Assert.Equal(FaultCode.SensorDetached, fault);
            Assert.InRange(at.Second, latchS - 1, latchS + 1);
            Assert.True(at.LeadC >= SensorDetachedCheck.HardWorkFarFallC, "lead " + at.LeadC.ToString("F2"));
            Assert.True(at.OverRoomC > SensorDetachedCheck.HardWorkRoomBandC, "over the room " + at.OverRoomC.ToString("F2"));
            Assert.True(at.FallCPerS > 0.0 && at.FallCPerS * PacedFormLagS < at.OverRoomC, "fall " + at.FallCPerS.ToString("F3") + " C/s");
        }

        // The lying-down group's 130017 (usb-10w L1, 4.73 V, lain on at 1,166 s, up at 3,375 s): main latches sensor_detached at 3,435 s,
        // 60 s after the user got up (lead 6.10 °C, 13.8 °C over the room). The paced form ran it to the program's end.
        [Fact]
        public void LyingDown_OnTheTenWattPad_InATwelveDegreeBedroom_GettingUpTripsTheFarFallOnMain()
        {
            var (draw, fault, atS) = LieDownLife.Run(LifeRoom.PadsIn(Shipped, RoomC), 130017);

            Assert.Equal("usb-10w", draw.PadName);
            Assert.Equal(FaultCode.SensorDetached, fault);
            Assert.Equal(3435, atS);
        }

        // faults --seed 1 --room 12, BodyOff on usb-10w at 300 s (the same user getting up): main latches sensor_detached 62 s after the
        // onset, its surface at most 34.7 °C. The paced form heats on (no fault).
        [Fact]
        public void BodyOff_OnTheTenWattPad_InATwelveDegreeRoom_IsLatchedOnMain()
        {
            FaultCaseResult r = RunRow(Shipped.Single(p => p.Name == "usb-10w").Pad.With(ambientC: RoomC, initialC: RoomC), "usb-10w", 1, 300.0, FaultKind.BodyOff);

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.Equal(62.0, r.FaultAfterOnsetS);
        }

        // faults --seed 1 --room 12, both sensors detached on thick-slow (35 s lag) 300 s after the start, level 1: named 24 s after the
        // onset by the far fall (8.2 °C over the room, falling 0.26 °C/s: (reading − room) / 31 s), on main and in the paced form; with
        // no far fall 37 s.
        [Fact]
        public void BothSensorsDetached_OnTheSlowestSensor_InATwelveDegreeRoom_IsNamedByTheFarFall()
        {
            FaultCaseResult r = RunRow(Shipped.Single(p => p.Name == "thick-slow").Pad.With(ambientC: RoomC, initialC: RoomC), "thick-slow", 1, 300.0, FaultKind.BothSensorsDetached);

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.Equal(24.0, r.FaultAfterOnsetS);
        }

        // faults --seed 1 --cold-start 10 (the pad switched on at 12 °C in the 22 °C room, so the room the check knows is 10 °C low): both
        // sensors detached on thick-slow 1,800 s after the start, level 2. Main names it 23 s after the onset at 40.1 °C; the paced form
        // 566 s after it at 45.1 °C (the sensor falls toward the true room at (reading − 22 °C) / 35 s, under (reading − 12 °C) / 60 s).
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
        public void DetachedCheck_LatchesTheFarFall_WhenTheReadingFallsUnderFullPowerToAPlateauEightDegreesOverATwelveDegreeRoom()
        {
            // The traced fall in numbers: 34 -> 20 °C (room + 8) with a 60 s time constant, at full power. Main latches it over the room
            // band, falling at (reading − plateau) / 60 s, under (reading − room) / 60 s: the paced form stayed quiet.
            var check = new SensorDetachedCheck();
            double readingC = double.NaN;

            Assert.True(Feed(check, s => readingC = 20.0 + (14.0 * Math.Exp(-s / 60.0))));
            Assert.True(readingC > RoomC + SensorDetachedCheck.HardWorkRoomBandC, "latched at " + readingC.ToString("F2"));
            Assert.True(check.HardWorkLeadC >= SensorDetachedCheck.HardWorkFarFallC);
        }

        private static FaultCaseResult RunRow(PadParameters pad, string padName, int level, double onsetS, FaultKind kind)
        {
            int seed = FaultsCommand.CaseSeeds(Shipped.Select(p => p.Name).ToArray(), 1)[(padName, level, onsetS, kind)];
            return FaultCampaign.RunCase(padName, pad, level, kind, onsetS, seed);
        }

        // Powers on at the room (unheated, 60 s), holds 34 °C at full power for 60 s, then feeds readingC(s) at full power for 600 s
        // (quantised to the register). True when the check latched.
        private static bool Feed(SensorDetachedCheck check, Func<double, double> readingC)
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
                if (check.Update(SimulatedSensor.Quantise(readingC(s)), 1.0, 1.0, true))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
