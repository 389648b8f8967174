using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review16a
{
    /// <summary>
    /// Review 16a's scenario: the restart scan's run (<see cref="RestartScan"/>: seed 7, a pad learned
    /// <see cref="RestartScan.LearnHeatS"/> s at a level on the body or in free air), the user presses off, gets up and lays a
    /// cold pack on the pad (its conductance to the room raised to <c>packWPerK</c>; 0: no pack, the pad in free air) for <c>off1S</c> seconds, presses on again
    /// (the pack lifted at that restart when <c>liftAtFirst</c>, else kept on the pad into the heat), heats <c>heatS</c>
    /// seconds, presses off for <c>off2S</c> seconds and on again (the pack lifted by then in both cases, the user staying up),
    /// watched <see cref="RestartScan.WatchS"/> s after the second restart. The sensors stay on the pad throughout: any latch
    /// is a false alarm. Pads: the shipped ones by name, or random-NNN of the bench family of seed 1 (48 pads).
    /// </summary>
    internal static class PackLiftedOffOnAgainScenario
    {
        /// <summary>The first fault after the second restart (None: none; negative seconds: before it), the seconds, the highest true surface until then, °C.</summary>
        internal readonly record struct Outcome(FaultCode Fault, double AfterS, double PeakSurfaceC);

        public static Outcome Run(string padName, bool learnOnBody, int level, int off1S, double packWPerK, bool liftAtFirst, int heatS, int off2S)
        {
            PadParameters pad = Find(padName);
            PadParameters learned = learnOnBody ? pad : BenchPadFamily.InCondition(pad, "air");
            var run = new FaultRun(learned, RestartScan.RunSeed);
            double upWPerK = Math.Max(pad.SurfaceToAmbientWPerK, BenchPadFamily.FreeAirSurfaceToAmbientWPerK);
            int learnFaultS = RestartScan.LearnHeat(run, level);
            if (learnFaultS >= 0)
            {
                return new Outcome(run.Last.Fault, -1000 - learnFaultS, double.NaN);
            }

            run.Tick(1000, null, ButtonId.Power);
            run.Pad.SurfaceToBodyWPerK = 0.0;
            run.Pad.SurfaceToAmbientWPerK = packWPerK > 0.0 ? packWPerK : upWPerK;
            for (int s = 1; s < off1S; s++)
            {
                run.Tick(1000, null);
            }

            if (liftAtFirst)
            {
                run.Pad.SurfaceToAmbientWPerK = upWPerK;
            }

            run.Tick(1000, null, ButtonId.Power);
            for (int s = 1; s <= heatS; s++)
            {
                run.Tick(1000, null);
                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, -s, double.NaN);
                }
            }

            run.Tick(1000, null, ButtonId.Power);
            for (int s = 1; s < off2S; s++)
            {
                run.Tick(1000, null);
            }

            run.Pad.SurfaceToAmbientWPerK = upWPerK;
            RestartScan.Outcome watched = Review14a.RestartWatchRun.PressOnAndWatch(run);
            return new Outcome(watched.Fault, watched.AfterS, watched.PeakSurfaceC);
        }

        /// <summary>A shipped pad by name, or random-NNN of the bench family of seed 1.</summary>
        internal static PadParameters Find(string padName)
        {
            if (!padName.StartsWith("random-", StringComparison.Ordinal))
            {
                return PadFile.LoadShipped(padName);
            }

            foreach (var (name, p) in BenchPadFamily.Build(48, 1))
            {
                if (name == padName)
                {
                    return p;
                }
            }

            throw new ArgumentException("no pad " + padName + " in the bench family of seed 1", nameof(padName));
        }
    }
}
