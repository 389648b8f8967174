using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

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
        /// <summary>The scan's seed (review 35a's and review 34a's).</summary>
        internal const int Seed = 1820;

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
        /// The first fault (None: none), its second after the start press (−1: none), the path (empty without a fault), the true
        /// surface's peak, °C, its seconds over 48 °C, the hotter sensor's reading at the fault's tick, °C (NaN: no fault), and the
        /// last probe answer's ratio (NaN: none).
        /// </summary>
        internal readonly record struct Outcome(FaultCode Fault, int FaultAtS, string Path, double PeakC, int Over48S, double ReadingC, double LastRatio);

        /// <summary>Runs the session; see the class.</summary>
        public static Outcome Run(PadParameters pad, int level, int seconds, Action<FaultRun, int> place, Func<int, ButtonId>? presses = null, TherapyProgram program = TherapyProgram.Heat)
        {
            ArgumentNullException.ThrowIfNull(pad);
            ArgumentNullException.ThrowIfNull(place);
            var run = new FaultRun(pad, Seed);
            place(run, 0);
            run.Start(level, program);
            double peakC = 0.0, lastRatio = double.NaN, lastExpectedC = double.NaN, lastProbeS = double.NaN;
            int over48S = 0;
            for (int s = 1; s <= seconds; s++)
            {
                place(run, s);
                run.TickPair(1000, null, null, presses != null ? presses(s) : ButtonId.None);
                SensorCouplingCheck c = run.Core.Supervisor.Coupling;
                bool answered = false;
                if (c.HasRatio && (c.LastRatio != lastRatio || c.LastExpectedC != lastExpectedC || c.LastProbeS != lastProbeS))
                {
                    lastRatio = c.LastRatio;
                    lastExpectedC = c.LastExpectedC;
                    lastProbeS = c.LastProbeS;
                    answered = true;
                }

                peakC = Math.Max(peakC, run.Pad.SurfaceC);
                over48S += run.Pad.SurfaceC > FaultCampaign.SingleFaultSurfaceC ? 1 : 0;
                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s, PathOf(run, answered), peakC, over48S, run.Core.Supervisor.HotterReading.TemperatureC, lastRatio);
                }

                if (presses == null && run.Last.Phase == SessionPhase.Off)
                {
                    break;
                }
            }

            return new Outcome(FaultCode.None, -1, string.Empty, peakC, over48S, double.NaN, lastRatio);
        }

        /// <summary>The outcome as one line, for a failing assertion's message.</summary>
        public static string Describe(Outcome o)
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
