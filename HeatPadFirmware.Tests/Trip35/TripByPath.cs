using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review35a;

namespace HeatPadFirmware.Tests.Trip35
{
    /// <summary>
    /// Session 35's trip35 (issue 4; docs/safety.md "Session 35: main's false trips in review 35a's families, by path (trip35;
    /// measured)"): one of review 35a's healthy-use sessions run as its scan ran it (a pad in a room at <c>roomC</c>, seed 1820, 1 s
    /// ticks, every sensor healthy, a session of a program (<c>heat</c> unless given) at a level; <c>place(run, s)</c> sets the pad's load before each tick,
    /// second 0 before the start press; optional presses), to the first fault or <c>seconds</c>, and the path that latched it, read
    /// at the fault's tick through the public telemetry only (the same names the scratch scan recorded at the supervisor's latch call):
    /// <list type="bullet">
    /// <item><c>heating_failed</c>: <see cref="HeatingFailedCheck.DeepFallArmed"/> says the deep fall's watch (a reading 5 °C under a
    /// setpoint the pad reached), otherwise the owed warming (the reading not warming as owed on the way up, session 28).</item>
    /// <item><c>sensor_detached</c>: the coupling check's unsettled-doubt watch when its window is full
    /// (<see cref="SensorCouplingCheck.UnsettledS"/> ≥ <see cref="SensorCouplingCheck.UnsettledWindowS"/>); a latching probe when a
    /// probe answered on the fault's tick; anything else is reported as another path.</item>
    /// </list>
    /// </summary>
    internal static class TripByPath
    {
        /// <summary>The path names (see the class).</summary>
        internal const string OwedWarming = "heating watch, owed warming";

        /// <summary>The deep fall's watch (a reading <see cref="HeatingFailedCheck.DeepFallC"/> under a reached setpoint at full power).</summary>
        internal const string DeepFall = "heating watch, deep fall";

        /// <summary>The coupling check's unsettled-doubt watch (its window of <see cref="SensorCouplingCheck.UnsettledWindowS"/> full).</summary>
        internal const string UnsettledDoubt = "coupling, unsettled-doubt watch";

        /// <summary>A latching probe of the coupling check (not a witness probe): two low answers or one of no response.</summary>
        internal const string LatchingProbe = "coupling, latching probe";

        /// <summary>Any other check.</summary>
        internal const string Other = "other";

        /// <summary>
        /// Runs the session on review 35a's loop (<see cref="LainOnAndLeft"/>, the pad as given) and names the latching path
        /// (<see cref="LainOnAndLeft.Outcome.Path"/>); see the class.
        /// </summary>
        public static LainOnAndLeft.Outcome Run(PadParameters pad, int level, int seconds, Action<FaultRun, int> place, Func<int, ButtonId>? presses = null, TherapyProgram program = TherapyProgram.Heat)
        {
            return LainOnAndLeft.Run(pad, level, seconds, place, presses, false, program, PathOf);
        }

        /// <summary>The outcome as one line, for a failing assertion's message.</summary>
        public static string Describe(LainOnAndLeft.Outcome o)
        {
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} at {1} s by {2}, reading {3:F2} C, peak {4:F2} C, {5} s over 48 C, last answer {6:F2}", FaultCodeNames.Of(o.Fault), o.FaultAtS, o.Path, o.ReadingC, o.PeakC, o.Over48S, o.LastRatio);
        }

        private static string PathOf(FaultRun run, bool answeredThisTick)
        {
            Supervisor sup = run.Core.Supervisor;
            if (run.Last.Fault == FaultCode.HeatingFailed)
            {
                return sup.HeatingFailedWatch.DeepFallArmed ? DeepFall : OwedWarming;
            }

            if (run.Last.Fault == FaultCode.SensorDetached)
            {
                if (sup.Coupling.UnsettledS >= SensorCouplingCheck.UnsettledWindowS)
                {
                    return UnsettledDoubt;
                }

                if (answeredThisTick)
                {
                    return LatchingProbe;
                }
            }

            return Other;
        }
    }
}
