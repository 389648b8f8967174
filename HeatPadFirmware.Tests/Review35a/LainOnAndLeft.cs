using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review35a
{
    /// <summary>
    /// Review 35a's healthy-use scenario (issue 4; docs/safety.md "Review 35a: the witness's no-answer latch"): a pad in a room at
    /// <c>roomC</c>, every sensor healthy, a <c>heat</c> session at a level, lain on and left again on a schedule (<c>lain(s)</c>:
    /// the user lies on it at second s, with <c>bodyWPerK</c> and the pad's own room contact; otherwise it lies in free air,
    /// <see cref="BenchPadFamily.FreeAirSurfaceToAmbientWPerK"/>, as in the lying-down group). Optional presses (<c>presses(s)</c>:
    /// Power stops a session and starts the next one, at the same level) make several sessions in one power-on. Seed 1820, 1 s
    /// ticks, to <c>seconds</c> or the first fault (with no presses, also the program's end). Every probe answer with a verdict is
    /// counted through the coupling check's public telemetry (<see cref="SensorCouplingCheck.LastRatio"/>,
    /// <see cref="SensorCouplingCheck.LastExpectedC"/>, <see cref="SensorCouplingCheck.LastProbeS"/>).
    /// </summary>
    internal static class LainOnAndLeft
    {
        /// <summary>The run's seed (any fixed one; review 34a's).</summary>
        internal const int Seed = 1820;

        /// <summary>
        /// A fine answer under this is "no response", 0.3: cf35's form A's bound (<c>WitnessNoAnswerRatio</c>, session 35, withdrawn;
        /// docs/safety.md "Session 35: a witness probe that answers a detached pair"), kept here because main has no such constant.
        /// </summary>
        internal const double NoAnswerRatio = 0.3;

        /// <summary>
        /// The first fault (None: none), its second after the start press (−1: none), the true surface's peak, °C, its seconds over
        /// 48 °C, the probe answers with a verdict, how many were fine (modelled response ≥ <see cref="SensorCouplingCheck.ConfirmResponseC"/>)
        /// and under <see cref="NoAnswerRatio"/>, the seconds of each such low answer, the path that latched the fault as the run's
        /// <c>pathOf</c> names it (empty without a fault or a <c>pathOf</c>), the hotter sensor's reading at the fault's tick, °C
        /// (NaN: no fault), and the last answer's ratio (NaN: none).
        /// </summary>
        internal readonly record struct Outcome(FaultCode Fault, int FaultAtS, double PeakC, int Over48S, int Answers, int LowAnswers, string LowAtS, string Path, double ReadingC, double LastRatio);

        /// <summary>Runs the scenario; see the class.</summary>
        public static Outcome Run(PadParameters basePad, double roomC, int level, int seconds, Func<int, bool> lain, double bodyWPerK, Func<int, ButtonId>? presses = null, bool factory = false)
        {
            ArgumentNullException.ThrowIfNull(lain);
            double ownAirWPerK = basePad.SurfaceToAmbientWPerK;
            return Run(basePad, roomC, level, seconds, (run, s) => LieDownLife.PlaceUser(run, lain(s), bodyWPerK, ownAirWPerK), presses, factory);
        }

        /// <summary>
        /// As <see cref="Run(PadParameters, double, int, int, Func{int, bool}, double, Func{int, ButtonId}?, bool)"/>, with the pad's
        /// load set by <paramref name="place"/> (the run and its second, 0 before the start press) instead of the lying-down schedule.
        /// </summary>
        public static Outcome Run(PadParameters basePad, double roomC, int level, int seconds, Action<FaultRun, int> place, Func<int, ButtonId>? presses = null, bool factory = false)
        {
            ArgumentNullException.ThrowIfNull(basePad);
            return Run(basePad.With(ambientC: roomC, initialC: roomC), level, seconds, place, presses, factory, TherapyProgram.Heat, null);
        }

        /// <summary>
        /// The session loop itself: <paramref name="pad"/> as given (its room and start already set), a session of
        /// <paramref name="program"/>, and <paramref name="pathOf"/> (the run at the fault's tick and whether a probe answered on it)
        /// naming the path that latched (trip35).
        /// </summary>
        public static Outcome Run(PadParameters pad, int level, int seconds, Action<FaultRun, int> place, Func<int, ButtonId>? presses, bool factory, TherapyProgram program, Func<FaultRun, bool, string>? pathOf)
        {
            ArgumentNullException.ThrowIfNull(pad);
            ArgumentNullException.ThrowIfNull(place);
            var run = new FaultRun(pad, Seed);
            if (factory)
            {
                run.FitElementSensor(ElementCalibrationKind.Factory);
            }

            place(run, 0);
            run.Start(level, program);
            double lastRatio = double.NaN, lastExpectedC = double.NaN, lastProbeS = double.NaN, peakC = 0.0;
            int answers = 0, low = 0, over48S = 0;
            string lowAt = string.Empty;
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
                    answers++;
                    if (lastExpectedC >= SensorCouplingCheck.ConfirmResponseC && lastRatio < NoAnswerRatio)
                    {
                        low++;
                        lowAt += (lowAt.Length == 0 ? string.Empty : " ") + s.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }
                }

                peakC = Math.Max(peakC, run.Pad.SurfaceC);
                over48S += run.Pad.SurfaceC > FaultCampaign.SingleFaultSurfaceC ? 1 : 0;
                if (run.Last.Fault != FaultCode.None)
                {
                    string path = pathOf != null ? pathOf(run, answered) : string.Empty;
                    return new Outcome(run.Last.Fault, s, peakC, over48S, answers, low, lowAt, path, run.Core.Supervisor.HotterReading.TemperatureC, lastRatio);
                }

                if (presses == null && run.Last.Phase == SessionPhase.Off)
                {
                    break;
                }
            }

            return new Outcome(FaultCode.None, -1, peakC, over48S, answers, low, lowAt, string.Empty, double.NaN, lastRatio);
        }

        /// <summary>The outcome as one line, for a failing assertion's message.</summary>
        public static string Describe(Outcome o)
        {
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} at {1} s, peak {2:F2} C, {3} s over 48 C, {4} answers, {5} low (at {6})", FaultCodeNames.Of(o.Fault), o.FaultAtS, o.PeakC, o.Over48S, o.Answers, o.LowAnswers, o.LowAtS);
        }
    }
}
