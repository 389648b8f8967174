using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Pack36;
using HeatPadFirmware.Tests.Review35a;

namespace HeatPadFirmware.Tests.Reheat37
{
    /// <summary>
    /// Session 37's trace of the contrast re-heat with the cold pack lifted on time (issue 3; docs/control.md "Session 37: the
    /// contrast re-heat's overshoot with the pack lifted on time (reheat37; traced, not landed)"): pack36's family row with the pack
    /// left on 0 s (a shipped pad in a room, no body, the shipped contrast program at a level, the cold pack on through each cool
    /// phase only), on review 35a's loop (seed 1820, 1 s ticks). Beside the re-heats' peak it reads, after the tick on which the
    /// re-learnt fit is first adopted (the learner's generation at 2 and no longer provisional: a re-learning started at the re-heat,
    /// then its first credible fit; an abandoned re-learning also counts a generation, and is not taken), the true core's lead over the
    /// true surface, the true surface, the adopted fit's own coast peak from the observer's estimate (<see cref="PadThermalModel.CoastPeakC"/>
    /// from the observer's core and surface, which carry its correction, in 4 s steps as the controller's cautious coast runs it), the
    /// true pad's coast peak from that tick with no more heat (a <see cref="ThermalPad"/> copy of the true state, with the conductance to
    /// the room then in force, stepped at duty 0), and the heat the controller decided from that tick on: over 15 ticks and until its
    /// first zero duty (Σ duty × 1 s, full-power seconds). Ticks are named as the harness names them: "tick t" is the pad and
    /// controller after tick t (the callback before tick t + 1 reads them).
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
            double HeatIn15sAfterAdoptionS,
            double HeatUntilNoDutyAfterAdoptionS,
            double MaxCorrectionC);

        /// <summary>Runs the session; see the class.</summary>
        public static Result Run(string padName, double roomC, int level)
        {
            PadParameters pad = PadFile.LoadShipped(padName).With(ambientC: roomC, initialC: roomC);
            int adoptedAtS = -1;
            double leadC = double.NaN, surfaceC = double.NaN, fitCoastC = double.NaN, trueCoastC = double.NaN, heat15S = 0.0, heatS = 0.0;
            bool dutyStopped = false;
            var scratch = new PadThermalModel();
            ColdPackLeftIntoReheat.Result r = ColdPackLeftIntoReheat.Run(
                padName,
                roomC,
                level,
                0,
                (run, s) =>
                {
                    // The pad, the controller and run.Last are tick s - 1's; the pad's load for tick s is already set.
                    HeatController controller = run.Core.Controller;
                    if (adoptedAtS < 0 && controller.Learner.Generation == 2 && !controller.Learner.IsProvisional)
                    {
                        adoptedAtS = s - 1;
                        leadC = run.Pad.CoreC - run.Pad.SurfaceC;
                        surfaceC = run.Pad.SurfaceC;
                        scratch.CopyFrom(controller.Learner.Model);
                        fitCoastC = scratch.CoastPeakC(controller.Observer.CoreC, controller.Observer.SurfaceC, 4.0, 120);
                        var copy = new ThermalPad(pad, run.Pad.CoreC, run.Pad.SurfaceC);
                        copy.SurfaceToBodyWPerK = 0.0;
                        copy.SurfaceToAmbientWPerK = run.Pad.SurfaceToAmbientWPerK;
                        double peak = copy.SurfaceC;
                        for (int i = 0; i < 600; i++)
                        {
                            copy.Step(1.0, 0.0, true);
                            peak = Math.Max(peak, copy.SurfaceC);
                        }

                        trueCoastC = peak;
                    }

                    if (adoptedAtS >= 0)
                    {
                        // run.Last.DutyFraction is the duty decided on tick s - 1, applied over tick s.
                        double duty = run.Last.DutyFraction;
                        if (s - 1 < adoptedAtS + 15)
                        {
                            heat15S += duty;
                        }

                        dutyStopped = dutyStopped || !(duty > 0.0);
                        if (!dutyStopped)
                        {
                            heatS += duty;
                        }
                    }
                });
            return new Result(r.Outcome, r.ReheatOverLevelC, adoptedAtS, leadC, surfaceC, fitCoastC, trueCoastC, heat15S, heatS, r.MaxCorrectionC);
        }
    }
}
