using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review14c;
using Xunit;

namespace HeatPadFirmware.Tests.Review15a
{
    /// <summary>
    /// Review 15a of jump14's re-base (PadObserver: at a switch of the adopted fit while the correction is over
    /// <see cref="PadObserver.StaleCorrectionC"/>, <see cref="PadModelLearner.SwitchSensorStepC"/> is added to the correction).
    /// Base main 13a496b against the change; the true surface over the LEVEL's setpoint in heat phases (a burn-dose step-down is
    /// not an overshoot). Scans: (1) normal life seeds 6, 2, 4 and 3, all four groups (8,800 sessions; the 452 with a switch at a
    /// correction over 1 C replayed on the base): 26 cooler, 8 hotter (2 by over 0.1 C, below), no fault gained or lost, none
    /// newly over 0.3 C; (2) bench family seed 1
    /// (18 pads x body/air x L1/L3/L5, 3,600 s), a fresh disturbance at 400 / 900 / 1,800 s (lying down, getting up, a fold, a
    /// 120 s cold pack, supply 0.9 / 1.1, one or both sensors loosening at a 600 / 1,800 s pace, getting up then both loosening,
    /// lying down then up; 3,672 runs): 5 moved, 4 cooler, 1 hotter by 0.001 C; (3) the same pads with the disturbance in the
    /// first heat-up's landing, at 60 / 150 / 250 s (also a 600 s cold pack, supply 0.95 / 1.05, up and back after 90 s, off
    /// 120 s with the user up / lying down after, off and on then both sensors loosening; 4,320 runs): 81 moved, 66 cooler,
    /// 7 hotter, 22 back under 0.3 C over the setpoint, 1 newly over it (below). No loosening run of either scan met a switch
    /// at a correction over 1 C: every verdict and its second as the base (the re-base never acted on a reading leaving the pad).
    /// </summary>
    public class FitSwitchRebaseReviewTests
    {
        /// <summary>The first fault (None: none) and its second, and the highest true surface over the level's setpoint in a heat phase, °C, and its second.</summary>
        internal readonly record struct Outcome(FaultCode Fault, int FaultAtS, double OverLevelC, int OverAtS);

        /// <summary>Review 14c's first-landing run (seed 11, 1 s ticks), <paramref name="perturb"/> before each tick (the run, the second, the pad's air loss at the start, W/K), judged against the level's setpoint from second <paramref name="fromS"/> (the disturbance's).</summary>
        internal static Outcome Run(string padName, string condition, int level, Action<FaultRun, int, double> perturb, int fromS, int watchS = 3600)
        {
            var run = new FaultRun(FirstLandingPerturbation.Pad(padName, condition), 11);
            double airWPerK = run.Pad.SurfaceToAmbientWPerK;
            run.Start(level);
            double over = double.NegativeInfinity;
            int overAtS = -1;
            for (int s = 1; s <= watchS; s++)
            {
                perturb(run, s, airWPerK);
                run.Tick(1000, null);
                if (s >= fromS && run.Last.Phase == SessionPhase.Heat && run.Pad.SurfaceC - run.Core.Session.SetpointC > over)
                {
                    over = run.Pad.SurfaceC - run.Core.Session.SetpointC;
                    overAtS = s;
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s, over, overAtS);
                }
            }

            return new Outcome(FaultCode.None, -1, over, overAtS);
        }

        [Fact(Skip = "Review 15a, HIGH (newly over 0.3 C): thick-slow on the body at L5, the user up at 250 s (in the first heat-up) and back at 340 s; a switch at 754 s at a +1.88 C correction. Main 13a496b 0.162 C over the level's setpoint from 250 s on (at 859 s); the change 0.345 C at 847 s (peak 44.66 -> 44.85 C)")]
        public void FirstHeatUp_UpAndBackInTheLanding_ThickSlowBodyL5_StaysWithin03COverTheSetpoint()
        {
            double bodyWPerK = FirstLandingPerturbation.Pad("thick-slow", "body").SurfaceToBodyWPerK;
            var r = Run("thick-slow", "body", 5, (run, s, airWPerK) =>
            {
                if (s == 250)
                {
                    run.Pad.SurfaceToBodyWPerK = 0.0;
                    run.Pad.SurfaceToAmbientWPerK = Math.Max(airWPerK, 1.2);
                }

                if (s == 340)
                {
                    run.Pad.SurfaceToBodyWPerK = bodyWPerK;
                    run.Pad.SurfaceToAmbientWPerK = airWPerK;
                }
            }, 250);
            Assert.Equal(FaultCode.None, r.Fault);
            Assert.True(r.OverLevelC <= OverSetpointWatch.NoticeC, "over the setpoint " + r.OverLevelC.ToString("F3") + " C at " + r.OverAtS + " s");
        }

        [Theory(Skip = "Review 15a, MEDIUM (hotter by > 0.1 C, over 0.3 C on main too): the re-base makes these normal-life sessions hotter than main (figures in the data rows)")]
        // Seed 2's normal-life session 200367: a switch at 320 s at a steady +1.2 C correction, re-based to 0.02 C where main cut the
        // duty; the runs part there and a re-heat at 960 s lands 4 s later. Main 0.569 C over the setpoint (84 s); the change 0.751 C (1,002 s).
        [InlineData(200367, false, 0.569)]
        // Seed 2's pocket session 270159 (contrast, pockets apart): a switch to a fit of another lag at the heat's start (1,800 s) at
        // a -1.28 C correction; re-based to +0.07 C the estimated surface ran 1.1 C under the true one and full power 12 s longer.
        // Main 0.501 C (948 s); the change 0.897 C (1,841 s).
        [InlineData(270159, true, 0.501)]
        public void NormalLife_ARebasedSwitch_IsNoHotterThanMain(int session, bool pocketContrast, double mainOverC)
        {
            var pads = LifeRoom.PadsIn(PadFile.LoadAllShipped(), LifeRoom.Of(session));
            var watch = new OverSetpointWatch();
            FaultCode fault = pocketContrast
                ? FaultCampaign.RunContrastLife(pads, session, watch.Observe, pocketSpread: true)
                : FaultCampaign.RunNormalLife(pads, session, onTick: watch.Observe);
            watch.EndSession(session);

            Assert.Equal(FaultCode.None, fault);
            // 0.01 C: far under the DS18B20's 0.0625 C step; main's figure is the bound.
            Assert.True(watch.WorstC <= mainOverC + 0.01, "session " + session + ": surface " + watch.WorstC.ToString("F3") + " C over the setpoint, main " + mainOverC.ToString("F3") + " C");
        }

        [Theory]
        // Guards: a fresh disturbance with a switch at a correction over 1 C, where the re-base is what keeps the surface within
        // 0.3 C over the level's setpoint from the disturbance on (main / the change, °C).
        // random-006 in air at L3, folded at 250 s (switch at 2,163 s, -10.89 C): 0.537 / 0.037.
        [InlineData("random-006", "air", 3, "fold", 250, 0.537)]
        // strong-60w on the body at L1, the user up at 250 s (switch at 2,208 s, -1.07 C): 0.692 / 0.138.
        [InlineData("strong-60w", "body", 1, "up", 250, 0.692)]
        // strong-60w on the body at L3, supply to 95 % at 250 s (switch at 2,234 s, -1.53 C): 0.474 / 0.048.
        [InlineData("strong-60w", "body", 3, "sag95", 250, 0.474)]
        // strong-60w in air at L1, supply to 110 % at 400 s (switch at 2,771 s, +2.24 C): 1.456 / 0.359 (within 0.4).
        [InlineData("strong-60w", "air", 1, "surge110", 400, 1.456)]
        public void FreshDisturbance_ARebasedSwitch_KeepsTheSurfaceNearTheSetpoint(string padName, string condition, int level, string change, int atS, double mainOverC)
        {
            var r = Run(padName, condition, level, (run, s, airWPerK) =>
            {
                if (s != atS)
                {
                    return;
                }

                double rated = run.Pad.Parameters.RatedVoltageV;
                switch (change)
                {
                    case "fold": run.Pad.SurfaceToBodyWPerK = 0.0; run.Pad.SurfaceToAmbientWPerK = 0.3; break;
                    case "up": run.Pad.SurfaceToBodyWPerK = 0.0; run.Pad.SurfaceToAmbientWPerK = Math.Max(airWPerK, 1.2); break;
                    case "sag95": run.Pad.SupplyVoltageV = 0.95 * rated; break;
                    case "surge110": run.Pad.SupplyVoltageV = 1.1 * rated; break;
                }
            }, atS);
            Assert.Equal(FaultCode.None, r.Fault);
            // 0.4 C: the surge row's 0.359 C with a DS18B20 step to spare; the others are within 0.3 C; main's figures all over it.
            double boundC = change == "surge110" ? 0.4 : OverSetpointWatch.NoticeC;
            Assert.True(r.OverLevelC <= boundC, padName + " " + condition + " L" + level + ": " + r.OverLevelC.ToString("F3") + " C over the setpoint at " + r.OverAtS + " s (main " + mainOverC.ToString("F3") + " C)");
        }
    }
}
