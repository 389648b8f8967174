using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review35a;
using HeatPadFirmware.Tests.Trip35;

namespace HeatPadFirmware.Tests.Reheat37
{
    /// <summary>
    /// Session 37's trace of the contrast re-heat with the cold pack lifted on time (issue 3; docs/control.md "Session 37: the
    /// contrast re-heat's overshoot with the pack lifted on time (reheat37; traced, not landed)"): pack36's family row with the pack
    /// left on 0 s (a shipped pad in a room, no body, the shipped contrast program at a level, the cold pack on through each cool
    /// phase only), on review 35a's loop (seed 1820, 1 s ticks). Beside the re-heats' peak it reads, on the tick the re-learnt fit is
    /// first adopted (the learner's generation reaching 2), the true core's lead over the true surface, the true surface, the
    /// adopted fit's own coast peak from the observer's estimate (<see cref="PadThermalModel.CoastPeakC"/>, the estimate shifted by the
    /// correction as the controller shifts it), the true pad's coast peak from that second with no more heat (a
    /// <see cref="ThermalPad"/> copy of the true state stepped at duty 0), and the heat the controller applies in the 15 s after it
    /// (Σ duty·Δt, full-power seconds).
    /// </summary>
    internal static class ContrastReheatTrace
    {
        /// <summary>The outcome (see the class); the adoption figures are NaN when generation 2 never came.</summary>
        internal readonly record struct Result(
            LainOnAndLeft.Outcome Outcome,
            double ReheatOverLevelC,
            int Generation2AtS,
            double CoreLeadAtAdoptionC,
            double SurfaceAtAdoptionC,
            double FitCoastPeakAtAdoptionC,
            double TrueCoastPeakAtAdoptionC,
            double WorkAfterAdoptionS,
            double MaxCorrectionC);

        /// <summary>Runs the session; see the class.</summary>
        public static Result Run(string padName, double roomC, int level)
        {
            PadParameters pad = PadFile.LoadShipped(padName).With(ambientC: roomC, initialC: roomC);
            double own = pad.SurfaceToAmbientWPerK;
            double levelC = new TherapyConfig().SetpointOfLevelC(level);
            int lastCoolS = -100000, generation2AtS = -1;
            double reheatPeakC = double.NegativeInfinity, maxCorrectionC = double.NegativeInfinity;
            double leadC = double.NaN, surfaceC = double.NaN, fitCoastC = double.NaN, trueCoastC = double.NaN, workS = 0.0;
            var scratch = new PadThermalModel();
            SessionPhase previous = SessionPhase.Off;
            LainOnAndLeft.Outcome o = TripByPath.Run(
                pad,
                level,
                5400,
                (run, s) =>
                {
                    if (s == 0)
                    {
                        run.Pad.SurfaceToBodyWPerK = 0.0;
                        return;
                    }

                    // run.Last, the pad and the controller are the previous tick's.
                    SessionPhase phase = run.Last.Phase;
                    if (phase != previous)
                    {
                        lastCoolS = phase == SessionPhase.Cool ? s : lastCoolS;
                        previous = phase;
                    }

                    run.Pad.SurfaceToAmbientWPerK = phase == SessionPhase.Cool ? FaultCampaign.ColdPackWPerK : own;
                    if (phase == SessionPhase.Heat && lastCoolS > 0)
                    {
                        reheatPeakC = Math.Max(reheatPeakC, run.Pad.SurfaceC);
                    }

                    HeatController controller = run.Core.Controller;
                    maxCorrectionC = Math.Max(maxCorrectionC, controller.Observer.CorrectionC);
                    if (generation2AtS >= 0 && s - 1 > generation2AtS && s - 1 <= generation2AtS + 15)
                    {
                        workS += run.Last.DutyFraction;
                    }

                    if (generation2AtS < 0 && controller.Learner.Generation == 2)
                    {
                        generation2AtS = s - 1;
                        leadC = run.Pad.CoreC - run.Pad.SurfaceC;
                        surfaceC = run.Pad.SurfaceC;
                        scratch.CopyFrom(controller.Learner.Model);
                        fitCoastC = scratch.CoastPeakC(controller.Observer.CoreC, controller.Observer.SurfaceC, 4.0, 120);
                        var copy = new ThermalPad(pad.With(ambientC: roomC), run.Pad.CoreC, run.Pad.SurfaceC);
                        copy.SurfaceToBodyWPerK = 0.0;
                        double peak = copy.SurfaceC;
                        for (int i = 0; i < 600; i++)
                        {
                            copy.Step(1.0, 0.0, true);
                            peak = Math.Max(peak, copy.SurfaceC);
                        }

                        trueCoastC = peak;
                    }
                },
                null,
                TherapyProgram.Contrast);
            return new Result(o, reheatPeakC - levelC, generation2AtS, leadC, surfaceC, fitCoastC, trueCoastC, workS, maxCorrectionC);
        }
    }
}
