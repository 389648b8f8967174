using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review9
{
    /// <summary>
    /// Review 9, change B of session 8 (branch detach8, not merged when written: <c>RoomReadingCheck</c> keeps the room
    /// witness's count open from the start of a reading's fall toward the room under hard work, and judges such a count on
    /// 1.5 × the pad's largest heat-up + 20 s, at least 72 s). These tests PASS on main and FAIL with change B: normal use
    /// in which the weak USB pad's readings fall toward the room under full power and end just over the room band (a
    /// cold pack left on the pad, nobody on it: 10 W into 8 W/K holds the surface ≈ 1.2 °C over the room). On main the
    /// reading out of the band shows the heat and the count never runs; with change B the fall's work is carried and the
    /// first noisy touch of the band judges it on the fall's bound. Measured with change B against main (seed 7, 1 s ticks):
    /// 720 contrast runs (6 pads, rooms 16/20/24 °C, levels 2/5, the pack lifted 10–120 s late into each heat phase, the user
    /// getting up at 60 or 500 s or staying, 1.2 W/K or the pad's own edges after): 14 new trips, all usb-10w getting up at
    /// 500 s (20 s into a heat phase, the pack lifted 60–120 s late); 2,352 runs of other normal life (body off, a pack of 8 or
    /// 20 W/K under heat, supply at 0.9/0.8, a draft of +1.5/+4 W/K, lying down on a pad pre-heated in air; 16/22 °C, levels
    /// 2/5, heat and contrast programs): 8 new, all usb-10w up 30 s after the start with a pack laid on; 3,840 body-off runs
    /// (usb-10w, nominal-12v, strong-60w, thick-slow; 1.2–8 W/K to the room after, 16–26 °C, at 12 V and 10 % low): 18 new,
    /// all usb-10w at 6–8 W/K (a pack or a strong draft) up in the first 30 s. No other pad trips with B where main does not.
    /// </summary>
    public class RoomWitnessFallFalseTripTests
    {
        /// <summary>
        /// usb-10w in <paramref name="roomC"/>; the campaign's cold pack (<see cref="FaultCampaign.ColdPackWPerK"/>) on the pad
        /// in every cool phase and until <paramref name="packLateS"/> s into each following heat phase, and from
        /// <paramref name="packFromS"/> to <paramref name="packUntilS"/> s; the user gets up at <paramref name="bodyOffS"/>
        /// (the campaign's body-off: no body, 1.2 W/K to the room). Returns the first fault and its time (s since the start press).
        /// </summary>
        private static (FaultCode Fault, double AtS) RunUsbPad(double roomC, int level, TherapyProgram program, double bodyOffS, double packLateS, double packFromS, double packUntilS, double durationS)
        {
            PadParameters pad = PadFile.LoadAllShipped().First(p => p.Name == "usb-10w").Pad.With(ambientC: roomC, initialC: roomC);
            var config = new TherapyConfig
            {
                ContrastHeatMinutes = TherapyConfig.MinHeatPhaseMinutes,
                ContrastCoolMinutes = 3,
                ContrastCycles = Math.Min(10, SafetyLimits.MaxHeatMinutesPerSession / TherapyConfig.MinHeatPhaseMinutes),
            };
            var run = new FaultRun(pad, 7, config);
            double bodyWPerK = run.Pad.SurfaceToBodyWPerK;
            double airWPerK = run.Pad.SurfaceToAmbientWPerK;
            run.Start(level, program);
            long startMs = run.NowMs;
            double heatStartS = double.NaN;
            SessionPhase lastPhase = SessionPhase.Heat;
            while (true)
            {
                double sinceS = (run.NowMs - startMs) / 1000.0;
                if (sinceS >= durationS)
                {
                    return (FaultCode.None, double.NaN);
                }

                if (run.Last.Phase == SessionPhase.Heat && lastPhase == SessionPhase.Cool)
                {
                    heatStartS = sinceS;
                }

                lastPhase = run.Last.Phase;
                bool packOn = run.Last.Phase == SessionPhase.Cool
                    || (run.Last.Phase == SessionPhase.Heat && sinceS - heatStartS < packLateS)
                    || (sinceS >= packFromS && sinceS < packUntilS);
                bool up = sinceS >= bodyOffS;
                double wantedAirWPerK = packOn ? FaultCampaign.ColdPackWPerK : (up ? 1.2 : airWPerK);
                double wantedBodyWPerK = up ? 0.0 : bodyWPerK;
                if (run.Pad.SurfaceToAmbientWPerK != wantedAirWPerK)
                {
                    run.Pad.SurfaceToAmbientWPerK = wantedAirWPerK;
                }

                if (run.Pad.SurfaceToBodyWPerK != wantedBodyWPerK)
                {
                    run.Pad.SurfaceToBodyWPerK = wantedBodyWPerK;
                }

                ButtonId press = run.Last.Phase == SessionPhase.Off ? ButtonId.Power : ButtonId.None;
                run.TickPair(1000, null, null, press);
                if (run.Last.Fault != FaultCode.None)
                {
                    return (run.Last.Fault, (run.NowMs - startMs) / 1000.0);
                }
            }
        }

        [Fact]
        public void Firmware_RaisesNoFault_WhenTheUserGetsUpEarlyInAHeatPhaseLeavingTheColdPackOnAWeakPad()
        {
            // Review 9 finding 4 (MEDIUM, change B). usb-10w at level 2 in a 20 C room, contrast program (5-min heat, 3-min
            // cool) with the pack in every cool phase; the second heat phase starts at 480 s with the pack still on, the user
            // gets up at 500 s and the pack is lifted at 600 s. Main: no fault in 40 min. Change B: sensor_detached at 542 s.
            (FaultCode fault, double atS) = RunUsbPad(20.0, 2, TherapyProgram.Contrast, 500.0, 120.0, double.PositiveInfinity, double.PositiveInfinity, 2400.0);

            Assert.True(fault == FaultCode.None, FormattableString.Invariant($"{fault} at {atS:0} s"));
        }

        [Fact(Skip = "Review 9 finding 5 (LOW), open: in the first minutes of its heat-up the weak pad has not yet been seen standing at its full-power ceiling (SensorCouplingCheck.PadMayBurn is still true), so the room witness counts its fall from the start and names sensor_detached at 102 s; a pack laid on under heat from 120 s on is a known false trip on main too.")]
        public void Firmware_RaisesNoFault_WhenTheUserGetsUpInTheFirstHalfMinuteAndLaysAColdPackOnAWeakPad()
        {
            // Review 9 finding 5 (LOW, change B). usb-10w at level 2 in a 22 C room, heat program; the user gets up 30 s after
            // the start press and lays the campaign's pack on the pad for 3 min while it heats at full power. Main: no fault in
            // 40 min (a pack left on from 120 s trips on main too, 13 s later: that use is a known false trip). Change B:
            // sensor_detached at 102 s.
            (FaultCode fault, double atS) = RunUsbPad(22.0, 2, TherapyProgram.Heat, 30.0, 0.0, 30.0, 210.0, 2400.0);

            Assert.True(fault == FaultCode.None, FormattableString.Invariant($"{fault} at {atS:0} s"));
        }
    }
}
