using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Control;
using Xunit;

namespace HeatPadFirmware.Tests.Ovs31
{
    /// <summary>
    /// Session 31 (ovs31, issue 3; docs/control.md "Session 31: the overshoot after a load leaves"): what the lying-down group's
    /// get-ups do to the surface on main, traced on session 530407, and where the plateau watch measured in session 31 (not landed:
    /// it names three settling loosenings later) would have moved them.
    /// </summary>
    public class LoadLeavesPlateauTests
    {
        private static readonly (string Name, PadParameters Pad)[] Shipped = PadFile.LoadAllShipped();

        // faults --seed 1 --cases, SettlingLoosening50 (both sensors settle to room + 0.5 x (attached - room) over 300 s) on
        // folded-covered at 300 s: main names sensor_detached 761 s (L1) / 646 s (L3) after the onset, the surface peaking at 41.6 /
        // 39.7 C. Session 31's plateau watch named them 907 / 783 s after the onset at 41.9 / 39.9 C (L4: 943 -> 1,108 s, 44.5 ->
        // 44.9 C): the loosened pair reads a plateau the level cannot reach, the watch takes the settling for a load leaving and stops
        // the heat the detached checks judge by. Why it did not land.
        [Theory]
        [InlineData(1, 761.0, 41.6)]
        [InlineData(3, 646.0, 39.7)]
        public void SettlingLoosening_OnFoldedCovered_IsNamedAtMainsSecond(int level, double namedAfterOnsetS, double peakC)
        {
            int seed = FaultsCommand.CaseSeeds(Shipped.Select(p => p.Name).ToArray(), 1)[("folded-covered", level, 300.0, FaultKind.SettlingLoosening50)];
            PadParameters pad = Shipped.First(p => p.Name == "folded-covered").Pad;
            FaultCaseResult result = FaultCampaign.RunCase("folded-covered", pad, level, FaultKind.SettlingLoosening50, 300.0, seed);

            Assert.Equal(FaultCode.SensorDetached, result.Fault);
            Assert.Equal(namedAfterOnsetS, result.FaultAfterOnsetS);
            Assert.InRange(result.PeakSurfaceC, peakC - 0.05, peakC + 0.05);
        }

        /// <summary>
        /// Runs lying-down session <paramref name="seed"/> in 16–30 °C rooms. Returns the draw, the fault, the level's setpoint,
        /// the highest true surface after the get-up, the seconds from the get-up to the first tick with no heat, and the highest
        /// surface the pad would reach from its state at the get-up with all heat stopped then (free air, no body).
        /// </summary>
        private static (LieDownDraw Draw, FaultCode Fault, double SetpointC, double PeakAfterUpC, int CutAfterUpS, double FloorPeakC) GetUp(int seed)
        {
            double roomC = LifeRoom.OfUpTo(seed, 30.0);
            LieDownDraw drawn = LieDownLife.Draw(LifeRoom.PadsIn(Shipped, roomC), seed);
            double setpointC = new TherapyConfig().SetpointOfLevelC(drawn.Level);
            double peakC = double.NegativeInfinity;
            double floorPeakC = double.NaN;
            int cutS = -1;
            int t = 0;
            var (draw, fault, _) = LieDownLife.Run(LifeRoom.PadsIn(Shipped, roomC), seed, r =>
            {
                t++;
                if (t == drawn.UpAtS)
                {
                    var still = new ThermalPad(r.Pad.Parameters, r.Pad.CoreC, r.Pad.SurfaceC);
                    still.SurfaceToBodyWPerK = 0.0;
                    still.SurfaceToAmbientWPerK = BenchPadFamily.FreeAirSurfaceToAmbientWPerK;
                    floorPeakC = still.SurfaceC;
                    for (int s = 0; s < 3000; s++)
                    {
                        still.Step(1.0, 0.0, true);
                        floorPeakC = Math.Max(floorPeakC, still.SurfaceC);
                    }
                }

                if (t > drawn.UpAtS)
                {
                    peakC = Math.Max(peakC, r.Pad.SurfaceC);
                    if (cutS < 0 && r.Last.DutyFraction <= 0.0)
                    {
                        cutS = t - drawn.UpAtS;
                    }
                }
            });

            return (draw, fault, setpointC, peakC, cutS, floorPeakC);
        }

        // Session 530407: thick-slow level 5 (44.5 C) at 11.05 V in a 29.4 C room, lain on at 323 s (5.42 W/K), up at 1,489 s. Full
        // power plateaus at 42.7 C with the body on (the level is not reachable there; the true core 75 C). Main runs full power 101 s
        // after the get-up (its fit takes the plateau for its own steady state) and the reading reaches the 47 C over-temperature
        // limit at 1,737 s, the surface 2.51 C over. Session 31's plateau watch (observer correction up 0.1 C from its low on a stalled
        // full-power plateau at an unreachable level, to at least +0.1 C: no heat while the reading rises) stopped the heat 34 s after
        // the get-up, 1.09 C over, no latch; not landed (faults --seed 1: three SettlingLoosening50 rows named later and hotter).
        [Fact]
        public void LyingDown530407_TheUserGettingUpOffAFullPowerPlateau_RunsFullPowerOver90sMore_AndLatchesOverTemperature()
        {
            var run = GetUp(530407);

            Assert.Equal(("thick-slow", 5, 1489), (run.Draw.PadName, run.Draw.Level, run.Draw.UpAtS));
            Assert.Equal(FaultCode.OverTemperature, run.Fault);
            Assert.InRange(run.CutAfterUpS, 95, 105);
            Assert.InRange(run.PeakAfterUpC - run.SetpointC, 2.4, 2.6);
        }

        // No controller keeps 530407 under issue 3's 0.3 C: the core holds 12.8 kJ over the surface at the plateau, and with every
        // heat stopped the second the user gets up the surface still coasts to 44.85 C, 0.35 C over the setpoint (20 s later:
        // 45.30 C; 40 s later: 45.75 C). The sensor (35-40 s lag) tells of the get-up 20-30 s after it at best.
        [Fact]
        public void LyingDown530407_AllHeatStoppedTheSecondTheUserGetsUp_StillTakesTheSurfaceOverIssue3sBound()
        {
            var run = GetUp(530407);

            Assert.InRange(run.FloorPeakC - run.SetpointC, 0.32, 0.38);
            Assert.True(run.PeakAfterUpC > run.FloorPeakC, "the controller cannot beat the pad's own coast");
        }

        // The hold class of the scan (the controller holding the setpoint under a heavy body when the user gets up): session 230341,
        // thick-slow level 2 (40 C) at 11.17 V in a 29.4 C room, 8.30 W/K, up at 2,292 s with the surface at the setpoint and the core
        // at 73.5 C. The pad's own coast from there, all heat stopped at the get-up, is 2.70 C over; the controller ends 3.13 C over
        // (main and session 31's plateau watch alike: the watch acted on an approach stalled at an unreachable level, not on a hold).
        [Fact]
        public void LyingDown230341_AHoldUnderAHeavyBody_LeavesACoreWhoseOwnCoastIsNearlyTheWholeOvershoot()
        {
            var run = GetUp(230341);

            Assert.Equal(("thick-slow", 2), (run.Draw.PadName, run.Draw.Level));
            Assert.Equal(FaultCode.None, run.Fault);
            Assert.InRange(run.FloorPeakC - run.SetpointC, 2.65, 2.75);
            Assert.InRange(run.PeakAfterUpC - run.SetpointC, 3.08, 3.18);
        }

        // Session 31's plateau watch needed the plateau (the estimated surface stalled under HeatController.StalledSlopeCPerS), not only
        // the unreachable flag: on a ramp the fit's low steady state flags the level unreachable and a correction rising there means
        // the level is reachable after all. Bench seed 2, random-010 in air at level 5 (case seed 16003): main rises in 1,306 s against
        // a bound of 1,275.5 s (1.024); the watch without the plateau condition stopped the ramp and took 1,575 s (1.235), one of
        // 19 rows of seeds 1-6 it took newly over 1.15; with the condition the bench was byte-identical to main's on seeds 1-6.
        [Fact]
        public void BenchRamp_OnALevelFlaggedUnreachableWhileStillRising_ReachesTheBandNearTheBound()
        {
            var (overshootC, riseS, _, boundS) = BenchCaseRun.Run(2, "random-010", "air", 5, 16003);

            Assert.Equal(1275.5, boundS);
            Assert.InRange(riseS, 1300, 1310);
            Assert.True(overshootC < 0.05, "overshoot " + overshootC.ToString("F3") + " C");
        }
    }
}
