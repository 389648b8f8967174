using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review19b;

namespace HeatPadFirmware.Tests.Cap29
{
    /// <summary>
    /// Session 29 (cap29; docs/safety.md "Session 29: the element sensor on the settling partial loosening"): one run of the
    /// lead's session-28 scan — a pad of review 19b's family (<c>BenchPadFamily.Build(12, 1)</c>), <see cref="FaultRun"/> seed 11,
    /// the heat program at a level, both sensors from <see cref="OnsetS"/> reading room + w × (attached − room) with w falling
    /// linearly from 1 to <c>finalWeight</c> over <see cref="SettleS"/> and staying there, <see cref="RunS"/> one-second ticks —
    /// optionally with the element sensor and its factory record fitted as <c>--element-sensor --element-calibration Factory</c>
    /// fits it.
    /// </summary>
    internal static class SettlingLooseningRun
    {
        /// <summary>Second the pair starts to loosen (900: the scan's; the first heat-up long settled).</summary>
        public const int OnsetS = 900;

        /// <summary>Seconds over which w falls to its final weight (300: the scan's).</summary>
        public const double SettleS = FaultCampaign.SettlingPaceS;

        /// <summary>Length of a run, s (4,500: the scan's).</summary>
        public const int RunS = 4500;

        /// <summary>What one run did.</summary>
        public sealed class Outcome
        {
            /// <summary>The latched fault (None: the run went its length unnamed).</summary>
            public FaultCode Fault;

            /// <summary>Second the fault latched (−1: none).</summary>
            public int FaultS = -1;

            /// <summary>True when the element witness's own verdict stood on the latching tick.</summary>
            public bool ByWitness;

            /// <summary>True when the held-divergence watch's verdict stood on the latching tick (session 26).</summary>
            public bool ByHeldDivergence;

            /// <summary>Peak true surface, °C.</summary>
            public double PeakSurfaceC = double.NegativeInfinity;

            /// <summary>Seconds the true surface spent over 48 °C.</summary>
            public int SecondsOver48;

            /// <summary>Burn dose of the true surface (1: the fitted first-degree threshold, <see cref="BurnDose"/>).</summary>
            public double SurfaceDose;

            /// <summary>Seconds, from the onset, the surface cap held the duty under 1.</summary>
            public int CapHoldingS;
        }

        /// <summary>Runs the case; <paramref name="factoryRecord"/>: fit the element sensor with its factory record.</summary>
        public static Outcome Run(string padName, double roomC, int level, double finalWeight, bool factoryRecord)
        {
            PadParameters pad = LearnedInAirLoosening.FamilyPad(padName).With(ambientC: roomC, initialC: roomC);
            var run = new FaultRun(pad, 11);
            if (factoryRecord)
            {
                run.FitElementSensor(ElementCalibrationKind.Factory);
            }

            run.Start(level, TherapyProgram.Heat);
            var outcome = new Outcome();
            for (int s = 1; s <= RunS; s++)
            {
                SensorReading? first = null;
                SensorReading? second = null;
                if (s >= OnsetS)
                {
                    first = FaultCampaign.SettledReading(pad, run.Sensor.Read(run.NowMs), s - OnsetS, finalWeight);
                    second = FaultCampaign.SettledReading(pad, run.SecondSensor.Read(run.NowMs), s - OnsetS, finalWeight);
                }

                run.TickPair(1000, first, second);
                outcome.PeakSurfaceC = Math.Max(outcome.PeakSurfaceC, run.Pad.SurfaceC);
                if (run.Pad.SurfaceC > FaultCampaign.SingleFaultSurfaceC)
                {
                    outcome.SecondsOver48++;
                }

                if (s >= OnsetS && run.Core.Supervisor.SurfaceCap.Holding)
                {
                    outcome.CapHoldingS++;
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    outcome.Fault = run.Last.Fault;
                    outcome.FaultS = s;
                    outcome.ByWitness = run.Core.Supervisor.ElementWitness.Verdict;
                    outcome.ByHeldDivergence = run.Core.Supervisor.HeldDivergence.Verdict;
                    break;
                }
            }

            outcome.SurfaceDose = run.SurfaceDose;
            return outcome;
        }
    }
}
