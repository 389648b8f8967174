using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review14a
{
    /// <summary>
    /// Review 14a's scenario: the restart scan's run (<see cref="RestartScan"/>: seed 7, a pad learned
    /// <see cref="RestartScan.LearnHeatS"/> s at a level, watched <see cref="RestartScan.WatchS"/> s after the restart) in a room
    /// at <c>roomC</c>: the user presses off and gets up (body contact 0, the surface to the room at least as in free air), lies
    /// back down on the pad <c>lieDownBeforeOnS</c> seconds before pressing on again <c>offS</c> seconds after the off, and stays.
    /// The pads are the bench family of seed 1 (<see cref="BenchPadFamily.Build"/> with 40 random pads: the restarts command's).
    /// </summary>
    internal static class LieBackDownRestartScenario
    {
        /// <summary>The first fault after the restart (None: none), its time after the restart (NaN: none), the highest true surface until then, °C.</summary>
        internal readonly record struct Outcome(FaultCode Fault, double AfterS, double PeakSurfaceC);

        public static Outcome Run(string padName, string condition, double roomC, int level, int offS, int lieDownBeforeOnS)
        {
            PadParameters? found = null;
            foreach (var (name, p) in BenchPadFamily.Build(40, 1))
            {
                if (name == padName)
                {
                    found = p;
                }
            }

            PadParameters pad = found ?? throw new ArgumentException("no pad " + padName + " in the bench family of seed 1", nameof(padName));

            PadParameters learned = BenchPadFamily.InCondition(pad, condition).With(ambientC: roomC, initialC: roomC);
            var run = new FaultRun(learned, RestartScan.RunSeed);
            double upWPerK = Math.Max(learned.SurfaceToAmbientWPerK, BenchPadFamily.FreeAirSurfaceToAmbientWPerK);
            double edgeWPerK = Math.Min(learned.SurfaceToAmbientWPerK, 0.1);
            double bodyWPerK = Math.Max(2.0, pad.SurfaceToBodyWPerK);
            int learnFaultS = RestartScan.LearnHeat(run, level);
            if (learnFaultS >= 0)
            {
                return new Outcome(run.Last.Fault, -learnFaultS, double.NaN);
            }

            run.Tick(1000, null, ButtonId.Power);
            run.Pad.SurfaceToBodyWPerK = 0.0;
            run.Pad.SurfaceToAmbientWPerK = upWPerK;
            for (int s = 1; s < offS; s++)
            {
                if (s == offS - lieDownBeforeOnS)
                {
                    run.Pad.SurfaceToBodyWPerK = bodyWPerK;
                    run.Pad.SurfaceToAmbientWPerK = edgeWPerK;
                }

                run.Tick(1000, null);
            }

            RestartScan.Outcome watched = RestartWatchRun.PressOnAndWatch(run);
            return new Outcome(watched.Fault, watched.AfterS, watched.PeakSurfaceC);
        }
    }
}
