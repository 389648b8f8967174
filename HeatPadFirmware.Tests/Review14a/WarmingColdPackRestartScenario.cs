using System;
using System.Reflection;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review14a
{
    /// <summary>
    /// Review 14a's scenario: the restart scan's run (<see cref="RestartScan"/>: seed 7, a shipped pad learned on the body
    /// <see cref="RestartScan.LearnHeatS"/> s at a level, the user presses off and gets up, presses on again after <c>offS</c>
    /// seconds, watched <see cref="RestartScan.WatchS"/> s) with a real cold pack: one taken from the fridge at <c>packC</c> and
    /// laid on the pad at the off press, warming toward the room with a time constant of <c>packTauS</c> (a gel pack in a towel
    /// on a warm pad: 10-30 min), coupled to the surface by <c>packWPerK</c>; lifted as the user presses on, the user staying up.
    /// <see cref="RestartScan"/>'s pack is a conductance to the room air (a pack at the room); this one is colder than the room
    /// and warms on its own, so the pad's reading under it rises in the off by itself. The pack is the pad's body node (the
    /// user is up): its temperature is fixed when the simulated pad is built, so the scenario moves it each second.
    /// </summary>
    internal static class WarmingColdPackRestartScenario
    {
        private static readonly FieldInfo BodyNodeC = typeof(ThermalPad).GetField("_bodyC", BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw new InvalidOperationException("ThermalPad's body node temperature field (_bodyC) is gone: this scenario moves it");

        /// <summary>The first fault after the restart (None: none), its time after the restart (NaN: none), the highest true surface until then, °C.</summary>
        internal readonly record struct Outcome(FaultCode Fault, double AfterS, double PeakSurfaceC);

        public static Outcome Run(string padName, int level, int offS, double packC, double packTauS, double packWPerK)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new FaultRun(pad, RestartScan.RunSeed);
            double roomC = pad.AmbientC;
            double upWPerK = Math.Max(pad.SurfaceToAmbientWPerK, BenchPadFamily.FreeAirSurfaceToAmbientWPerK);
            int learnFaultS = RestartScan.LearnHeat(run, level);
            if (learnFaultS >= 0)
            {
                return new Outcome(run.Last.Fault, -learnFaultS, double.NaN);
            }

            run.Tick(1000, null, ButtonId.Power);
            run.Pad.SurfaceToBodyWPerK = packWPerK;
            run.Pad.SurfaceToAmbientWPerK = pad.SurfaceToAmbientWPerK;
            for (int s = 1; s < offS; s++)
            {
                BodyNodeC.SetValue(run.Pad, roomC + ((packC - roomC) * Math.Exp(-s / packTauS)));
                run.Tick(1000, null);
            }

            BodyNodeC.SetValue(run.Pad, pad.BodyC);
            run.Pad.SurfaceToBodyWPerK = 0.0;
            run.Pad.SurfaceToAmbientWPerK = upWPerK;
            RestartScan.Outcome watched = RestartWatchRun.PressOnAndWatch(run);
            return new Outcome(watched.Fault, watched.AfterS, watched.PeakSurfaceC);
        }
    }
}
