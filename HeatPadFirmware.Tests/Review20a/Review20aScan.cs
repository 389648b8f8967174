using System;
using System.Collections.Generic;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review19a;

namespace HeatPadFirmware.Tests.Review20a
{
    /// <summary>
    /// Review 20a's shared drive: healthy first heat-ups (the pair seeing the whole surface, real sensors) with and without the
    /// element sensor's factory calibration, so a latch the calibrated verdict adds shows as a different fault.
    /// </summary>
    internal static class Review20aScan
    {
        /// <summary>One session's end: its fault (None: none), the second it latched (-1: none), the surface's peak, °C.</summary>
        internal readonly record struct Outcome(FaultCode Fault, int At, double PeakC, ElementWitnessState State);

        /// <summary>
        /// A heat session of <paramref name="seconds"/> at <paramref name="level"/>. <paramref name="calibration"/>: null, no
        /// element sensor; otherwise fitted with this calibration (<paramref name="custom"/> overrides it when given).
        /// <paramref name="perTick"/>: called before every tick (test seams: supply, ticks).
        /// </summary>
        internal static Outcome Session(PadParameters pad, int seed, int level, ElementCalibrationKind? calibration, ElementCalibration? custom = null, int seconds = 1800, Action<FaultRun, int>? perTick = null, Func<int, long>? tickMs = null)
        {
            var run = new FaultRun(pad, seed);
            if (calibration.HasValue)
            {
                run.FitElementSensor(custom != null ? ElementCalibrationKind.None : calibration.Value);
                if (custom != null)
                {
                    run.Core.CalibrateElement(custom);
                }
            }

            run.Start(level);
            double peak = run.Pad.SurfaceC;
            long elapsedMs = 0;
            int s = 0;
            while (elapsedMs < seconds * 1000L)
            {
                s++;
                perTick?.Invoke(run, s);
                long dt = tickMs == null ? 1000 : tickMs(s);
                run.TickPair(dt, null, null);
                elapsedMs += dt;
                peak = Math.Max(peak, run.Pad.SurfaceC);
                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, (int)(elapsedMs / 1000), peak, run.Core.Supervisor.ElementWitness.State);
                }
            }

            return new Outcome(FaultCode.None, -1, peak, run.Core.Supervisor.ElementWitness.State);
        }

        /// <summary>
        /// Every shipped pad x body / air / folded x levels 1 / 3 / 5, each pad first changed by <paramref name="change"/>: the
        /// cases where the calibrated element sensor ends the session differently from no element sensor.
        /// </summary>
        internal static List<string> Added(int seed, Func<PadParameters, PadParameters> change, Func<PadParameters, int, ElementCalibration>? custom = null, Action<FaultRun, int>? perTick = null, Func<int, long>? tickMs = null)
        {
            var added = new List<string>();
            foreach (var (name, shipped) in PadFile.LoadAllShipped())
            {
                foreach (string condition in HostileElementReadingTests.Conditions)
                {
                    PadParameters pad = change(HostileElementReadingTests.InCondition(shipped, condition));
                    foreach (int level in new[] { 1, 3, 5 })
                    {
                        seed++;
                        Outcome without = Session(pad, seed, level, null, null, 1800, perTick, tickMs);
                        Outcome with = Session(pad, seed, level, ElementCalibrationKind.Factory, custom?.Invoke(pad, seed), 1800, perTick, tickMs);
                        // Added: a fault only the calibrated pad latches (session 20: a withheld readings-only trip is a removal).
                        if (with.Fault != without.Fault && with.Fault != FaultCode.None)
                        {
                            added.Add(name + " " + condition + " L" + level + ": " + FaultCodeNames.Of(with.Fault) + " at " + with.At + " s (without: " + FaultCodeNames.Of(without.Fault) + ")");
                        }
                    }
                }
            }

            return added;
        }
    }
}
