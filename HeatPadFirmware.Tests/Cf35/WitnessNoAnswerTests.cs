using System;
using System.Collections.Generic;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Detachment;
using HeatPadFirmware.Tests.Review5;
using HeatPadFirmware.Tests.Weak33;
using Xunit;

namespace HeatPadFirmware.Tests.Cf35
{
    /// <summary>
    /// Session 35 (cf35, issue 4; docs/safety.md "Session 35: a witness probe that answers a detached pair"): form A, a latch on fine,
    /// heated witness answers running under 0.3 on a model that can burn, measured and not landed. On main the witness's answers
    /// already say "no response" probe after probe on early33's pads whose pair left in the first minute, and form A (four answers)
    /// names 68 more of those 1,451 rows (18 before 48 °C) with none later or hotter. But healthy pads answer the same way: a two-zone
    /// pad held by a body (three such answers running) and, in a 12 °C bedroom, normal-life sessions (four and more running; with four
    /// the `--room 12` campaign's normal-life groups went 40 / 2 / 3 / 4 → 45 / 6 / 7 / 9 false trips). These tests pin main's answers
    /// and verdicts on those sessions: a form that latches on runs of low witness answers makes the healthy ones fail.
    /// </summary>
    public class WitnessNoAnswerTests
    {
        private const double LowAnswer = 0.3;
        private static readonly (string Name, PadParameters Pad)[] Shipped = PadFile.LoadAllShipped();

        // early33's rows (PairDetachment.Run(pad, 28 °C room, at the room, L1, 60, place, the sensors' own lags)): main names neither
        // (usb-10w made 20 W with the pair to +4 °C: peak 95.43 °C, 1,640 s over 48 °C; random-011 17.3 W with the pair to +8 °C: 55.56 °C,
        // 1,441 s), though its witness answers under 0.3 at least four times running. Form A (four answers): named 1,311 s and 991 s
        // after the detachment, at 42.65 and 39.15 °C, never past 48 °C.
        [Theory]
        [InlineData("usb-10w/20.0W/insulated", 4.0, 95.43, 1640)]
        [InlineData("random-011/17.3W/insulated", 8.0, 55.56, 1441)]
        public void PairLeavingAWeakInsulatedPadIntoAWarmPlace_AnswersNothingProbeAfterProbe_AndIsNotNamed(string pad, double placeOverRoomC, double peakC, int over48S)
        {
            var log = new AnswerLog();
            var r = PairDetachment.Run(Pad(pad), 28.0, 0.0, 1, 60, placeOverRoomC, 0.0, onTick: (run, s) => log.Watch(run.Core.Supervisor.Coupling));

            Assert.Equal(FaultCode.None, r.Fault);
            Assert.InRange(r.PeakC, peakC - 0.1, peakC + 0.1);
            Assert.InRange(r.Over48S, over48S - 10, over48S + 10);
            Assert.True(LongestLowRun(log.Answers) >= 4, "longest run of low answers " + LongestLowRun(log.Answers));
        }

        // Safety's SensorRiseTwoZoneTests case (nominal-12v, L5, both pockets in the room air, the user lying down at the press on pocket
        // 1 with 3 W/K, pocket 2 beside the body): the body holds the surface at 39–40 °C under a 50.3 °C free-air ceiling, and the pad
        // hardly moves in a 37 s cut, so the witness answers −0.04, 0.27, 0.11 (about 1,200–1,405 s). Main: no fault. Form A with three
        // answers latched sensor_detached here at 1,411 s.
        [Fact]
        public void TwoZonePadHeldByABody_AnswersUnder0Point3ThreeTimesRunning_AndDoesNotTrip()
        {
            PadParameters pad = PadFile.LoadShipped("nominal-12v");
            PadParameters unoccupied = pad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: BenchPadFamily.FreeAirSurfaceToAmbientWPerK);
            var run = new PairRun(unoccupied, 1, null, unoccupied);
            run.Start(5);
            run.Pad.SurfaceToBodyWPerK = pad.SurfaceToBodyWPerK;
            run.Pad.SurfaceToAmbientWPerK = pad.SurfaceToAmbientWPerK;
            var log = new AnswerLog();
            for (int s = 0; s < 1800 && run.FirstFault == FaultCode.None; s++)
            {
                run.Tick();
                log.Watch(run.Core.Supervisor.Coupling);
            }

            Assert.Equal(FaultCode.None, run.FirstFault);
            Assert.True(LongestLowRun(log.Answers) >= 3, "longest run of low answers " + LongestLowRun(log.Answers));
        }

        // The `--room 12` campaign's contrast group, session 150102 (seed 1, 12 °C): main names nothing (its two false trips there are
        // 150106 and 150395), yet the witness answers −0.14, −0.15, −0.15, −0.16 running with the pad's surface at 17 °C. Form A (four
        // answers) latched sensor_detached here, one of its 18 new false trips in that campaign's normal-life groups.
        [Fact]
        public void ContrastSessionInA12CBedroom_AnswersNothingFourTimesRunning_AndDoesNotTrip()
        {
            const int session = 150102;
            var log = new AnswerLog();
            FaultCode fault = FaultCampaign.RunContrastLife(LifeRoom.PadsIn(Shipped, 12.0), session, run => log.Watch(run.Core.Supervisor.Coupling));

            Assert.Equal(FaultCode.None, fault);
            Assert.True(LongestLowRun(log.Answers) >= 4, "longest run of low answers " + LongestLowRun(log.Answers));
        }

        // The lying-down group's session with the longest run of low fine witness answers on seed 1 (130332: nominal-12v L2 lain on
        // with 4.47 W/K). The witness's answers: −2.63, 0.82, 1.93, 1.88, then 0.21 at about 1,509 s and 0.29 at about 2,235 s; then the
        // latching probes answer 0.30, 0.31, 0.30, 0.30 (from about 2,987 s; a load change's shape, session 15). Counted with every
        // probe, three answers under 0.3 run. No trip on main, nor under form A (the lying-down group byte-identical, ± the flags, 16–26
        // and 16–30 °C rooms).
        [Fact]
        public void LyingDownSession_AnswersLowTwiceRunning_AndDoesNotTrip()
        {
            const int session = 130332;
            var log = new AnswerLog();
            var (draw, fault, _) = LieDownLife.Run(LifeRoom.PadsIn(Shipped, LifeRoom.Of(session)), session, run => log.Watch(run.Core.Supervisor.Coupling));

            Assert.Equal("nominal-12v", draw.PadName);
            Assert.Equal(FaultCode.None, fault);
            Assert.True(log.Answers.Count >= 6, log.Answers.Count + " answers");
            Assert.Equal(3, LongestLowRun(log.Answers));
        }

        // Fine answers (a modelled response of SensorCouplingCheck.ConfirmResponseC or more) under LowAnswer running; any other answer ends a run.
        private static int LongestLowRun(List<(double Ratio, double ExpectedC)> answers)
        {
            int run = 0, longest = 0;
            foreach (var (ratio, expectedC) in answers)
            {
                run = expectedC >= SensorCouplingCheck.ConfirmResponseC && ratio < LowAnswer ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }

            return longest;
        }

        // Every probe's answer (all witness and latching probes alike), read on the tick a probe ends with a new one (a probe
        // without a verdict leaves the last one as it was).
        private sealed class AnswerLog
        {
            private bool _wasProbing;

            public List<(double Ratio, double ExpectedC)> Answers { get; } = new List<(double Ratio, double ExpectedC)>();

            public void Watch(SensorCouplingCheck coupling)
            {
                if (_wasProbing && !coupling.HoldsDutyAtZero && coupling.HasRatio
                    && (Answers.Count == 0 || Answers[^1].Ratio != coupling.LastRatio || Answers[^1].ExpectedC != coupling.LastExpectedC))
                {
                    Answers.Add((coupling.LastRatio, coupling.LastExpectedC));
                }

                _wasProbing = coupling.HoldsDutyAtZero;
            }
        }

        private static PadParameters Pad(string name)
        {
            return WeakPads.All().Single(p => p.Name == name).Pad;
        }
    }
}
