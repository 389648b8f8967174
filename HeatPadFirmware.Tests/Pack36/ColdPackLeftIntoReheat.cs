using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review35a;
using HeatPadFirmware.Tests.Trip35;

namespace HeatPadFirmware.Tests.Pack36
{
    /// <summary>
    /// Session 36's pack36 family (issue 3 and 4; docs/safety.md "Session 36: the cold pack left on into the re-heat (pack36;
    /// measured, not landed)"): trip35's cold-pack session (<c>Trip35/MainFalseTripPathTests</c>) with the pad, room, level and
    /// the seconds the pack is left on as parameters. A shipped pad in a room at <c>roomC</c>, no body, a <c>contrast</c> session (6-min heat, 2-min cool, 3 cycles) at
    /// a level; the cold pack (<see cref="FaultCampaign.ColdPackWPerK"/> to the room over the whole one-zone pad) on through each cool
    /// phase and <c>leftOnS</c> into each heat phase after one. Run on review 35a's loop (seed 1820, 1 s ticks) through
    /// <see cref="TripByPath"/>, which names the latching path. Beside the loop's outcome it returns the true surface's highest
    /// excess over the level in the re-heats (°C), the observer's largest correction over the session (°C) and the second the
    /// learner's fit first reached generation 2 (pack35's re-learning after the pack; −1 if never).
    /// </summary>
    internal static class ColdPackLeftIntoReheat
    {
        /// <summary>The loop's outcome, the re-heats' peak over the level, °C, the largest observer correction, °C, and the second the learner's generation first was 2 (−1: never).</summary>
        internal readonly record struct Result(LainOnAndLeft.Outcome Outcome, double ReheatOverLevelC, double MaxCorrectionC, int Generation2AtS);

        /// <summary>
        /// Runs the session; see the class. <paramref name="observe"/>, when given, is called before every tick after the first, once
        /// the pad's load for that tick is set, with the run and the second (the run's pad, controller and last outputs are then the
        /// previous tick's), for a caller that reads more of the session (session 37's <c>Reheat37/ContrastReheatTrace</c>).
        /// </summary>
        public static Result Run(string padName, double roomC, int level, int leftOnS, Action<FaultRun, int>? observe = null)
        {
            PadParameters pad = PadFile.LoadShipped(padName).With(ambientC: roomC, initialC: roomC);
            double own = pad.SurfaceToAmbientWPerK;
            double levelC = new TherapyConfig().SetpointOfLevelC(level);
            int generation2AtS = -1;
            double reheatPeakC = double.NegativeInfinity, maxCorrectionC = double.NegativeInfinity;
            var schedule = new ColdPackSchedule(leftOnS);
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

                    // run.Last and the pad are the previous tick's.
                    bool pack = schedule.Update(run.Last.Phase, s);
                    run.Pad.SurfaceToAmbientWPerK = pack ? FaultCampaign.ColdPackWPerK : own;
                    if (schedule.InReheat)
                    {
                        reheatPeakC = Math.Max(reheatPeakC, run.Pad.SurfaceC);
                    }

                    maxCorrectionC = Math.Max(maxCorrectionC, run.Core.Controller.Observer.CorrectionC);
                    if (generation2AtS < 0 && run.Core.Controller.Learner.Generation == 2)
                    {
                        // The learner is the previous tick's.
                        generation2AtS = s - 1;
                    }

                    observe?.Invoke(run, s);
                },
                null,
                TherapyProgram.Contrast);
            return new Result(o, reheatPeakC - levelC, maxCorrectionC, generation2AtS);
        }
    }
}
