using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Detachment;
using HeatPadFirmware.Tests.Weak33;
using Xunit;

namespace HeatPadFirmware.Tests.Cf35
{
    /// <summary>
    /// Session 35 (cf35, issue 4; docs/safety.md "Session 35: a witness probe that answers a detached pair"): the coupling check's
    /// witness probes latch <see cref="FaultCode.SensorDetached"/> after <see cref="SensorCouplingCheck.WitnessNoAnswerCount"/> fine,
    /// heated answers running under <see cref="SensorCouplingCheck.WitnessNoAnswerRatio"/>, each on a model that can burn. On early33's
    /// weak insulated pads whose pair leaves in the first minute (1,451 rows, plain pad) main names 104 (+6 by the dose) and lets all
    /// 1,451 pass 48 °C; with the latch 178 are named (68 newly, 18 of them before 48 °C), 1,433 pass 48 °C, none later or hotter.
    /// The lying-down group's low answers come a few at a time.
    /// </summary>
    public class WitnessNoAnswerTests
    {
        private static readonly (string Name, PadParameters Pad)[] Shipped = PadFile.LoadAllShipped();

        // early33's rows (PairDetachment.Run(pad, 28 °C room, at the room, L1, 60, place, the sensors' own lags)). Main 880667c: not named,
        // usb-10w made 20 W with the pair to +4 °C: peak 95.43 °C, 1,640 s over 48 °C; random-011 (17.3 W) with the pair to +8 °C:
        // 55.56 °C, 1,441 s. With the witness's latch: named 1,311 s and 991 s after the detachment, at 42.65 and 39.15 °C.
        [Theory]
        [InlineData("usb-10w/20.0W/insulated", 4.0, 1311, 42.65)]
        [InlineData("random-011/17.3W/insulated", 8.0, 991, 39.15)]
        public void PairLeavingAWeakInsulatedPadIntoAWarmPlace_IsNamedSensorDetached_BeforeTheSurfacePasses48C(string pad, double placeOverRoomC, int afterS, double peakC)
        {
            int lowRunning = 0, longestLowRunning = 0;
            bool wasProbing = false;
            double lastRatio = double.NaN;
            var r = PairDetachment.Run(Pad(pad), 28.0, 0.0, 1, 60, placeOverRoomC, 0.0, onTick: (run, s) =>
            {
                SensorCouplingCheck coupling = run.Core.Supervisor.Coupling;
                if (wasProbing && !coupling.HoldsDutyAtZero && coupling.HasRatio && coupling.LastRatio != lastRatio)
                {
                    lastRatio = coupling.LastRatio;
                    lowRunning = lastRatio < SensorCouplingCheck.WitnessNoAnswerRatio ? lowRunning + 1 : 0;
                    longestLowRunning = Math.Max(longestLowRunning, lowRunning);
                }

                wasProbing = coupling.HoldsDutyAtZero;
            });

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.Equal(afterS, r.AfterDetachS);
            Assert.InRange(r.PeakC, peakC - 0.1, peakC + 0.1);
            Assert.Equal(0, r.Over48S);
            Assert.True(longestLowRunning >= SensorCouplingCheck.WitnessNoAnswerCount, "longest run of low answers " + longestLowRunning);
        }

        // The lying-down group's session with the longest run of low fine witness answers on seed 1 (130332: nominal-12v L2 lain on
        // with 4.47 W/K). The witness's answers: −2.63, 0.82, 1.93, 1.88, then 0.21 at about 1,509 s and 0.29 at about 2,235 s (its count
        // reaches two). Then the latching probes answer 0.30, 0.31, 0.30, 0.30 (from about 2,987 s; a load change's shape, session 15),
        // which the witness's count does not see: counted with every probe, three answers under 0.3 run. No trip.
        [Fact]
        public void LyingDownSession_AnswersLowTwiceRunning_AndDoesNotTrip()
        {
            const int session = 130332;
            int lowRunning = 0, longestLowRunning = 0, answers = 0;
            bool wasProbing = false;
            double lastRatio = double.NaN, lastExpectedC = double.NaN;
            var (draw, fault, _) = LieDownLife.Run(LifeRoom.PadsIn(Shipped, LifeRoom.Of(session)), session, run =>
            {
                SensorCouplingCheck coupling = run.Core.Supervisor.Coupling;
                if (wasProbing && !coupling.HoldsDutyAtZero && coupling.HasRatio && (coupling.LastRatio != lastRatio || coupling.LastExpectedC != lastExpectedC))
                {
                    lastRatio = coupling.LastRatio;
                    lastExpectedC = coupling.LastExpectedC;
                    answers++;
                    bool fine = lastExpectedC >= SensorCouplingCheck.ConfirmResponseC;
                    lowRunning = fine && lastRatio < SensorCouplingCheck.WitnessNoAnswerRatio ? lowRunning + 1 : 0;
                    longestLowRunning = Math.Max(longestLowRunning, lowRunning);
                }

                wasProbing = coupling.HoldsDutyAtZero;
            });

            Assert.Equal("nominal-12v", draw.PadName);
            Assert.Equal(FaultCode.None, fault);
            Assert.True(answers >= 6, answers + " answers");
            Assert.Equal(3, longestLowRunning);
        }

        private static PadParameters Pad(string name)
        {
            return WeakPads.All().Single(p => p.Name == name).Pad;
        }
    }
}
