using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review19b;

namespace HeatPadFirmware.Tests.Review29c
{
    /// <summary>
    /// Review 29b's scenario (review29c; docs/safety.md "Review 29b: review 29a's findings run"): review 19b's start
    /// (<see cref="LearnedInAirLoosening"/>: a bench-family pad, family seed 1, in a room, the <c>heat</c> program started in free
    /// air so the learner fits no body, lain on at <c>lieS</c> with the pad's own body contact × <c>factor</c> and a body at
    /// <c>bodyC</c> (NaN: the pad's own, 34 °C); <c>lieS</c> ≤ 0: lying on that body from power-on), then from <c>onsetS</c> both sensors loosen <b>partly and
    /// settle</b>: they read room + w × (attached − room), w falling linearly from 1 to <c>settledW</c> over 300 s and staying
    /// there (the lead's session-28 scan). Run seed 11, 1 s ticks, watched to <c>onsetS</c> + <c>watchS</c>, the program's end or
    /// the first fault. <c>onTick</c> sees the run after each tick with the second since the start press.
    /// </summary>
    internal static class SettledLooseningOnLearnedPad
    {
        /// <summary>The first fault (None: none) and its second after the start press, the true surface's peak from the onset, °C, the seconds it spent over 48 °C, and the fitted burn dose since power-on (<see cref="FaultRun.SurfaceDose"/>).</summary>
        internal readonly record struct Outcome(FaultCode Fault, int FaultAtS, double PeakC, int Over48S, double Dose);

        public static Outcome Run(string padName, double roomC, int level, int lieS, double factor, double bodyC, int onsetS, double settledW, int watchS, Action<FaultRun, int>? onTick = null)
        {
            PadParameters pad = LearnedInAirLoosening.FamilyPad(padName).With(ambientC: roomC, initialC: roomC);
            if (!double.IsNaN(bodyC))
            {
                pad = pad.With(bodyC: bodyC);
            }

            var run = new FaultRun(pad, 11);
            double ownAirWPerK = run.Pad.SurfaceToAmbientWPerK;
            double ownBodyWPerK = pad.SurfaceToBodyWPerK > 0.0 ? pad.SurfaceToBodyWPerK : LieDownLife.NoBodyPadContactWPerK;
            if (lieS > 0)
            {
                run.Pad.SurfaceToBodyWPerK = 0.0;
                run.Pad.SurfaceToAmbientWPerK = BenchPadFamily.FreeAirSurfaceToAmbientWPerK;
            }
            else
            {
                run.Pad.SurfaceToBodyWPerK = factor * ownBodyWPerK;
            }

            run.Start(level, TherapyProgram.Heat);
            double peakC = double.NegativeInfinity;
            int over48S = 0;
            for (int s = 1; s <= onsetS + watchS; s++)
            {
                if (s == lieS)
                {
                    run.Pad.SurfaceToBodyWPerK = factor * ownBodyWPerK;
                    run.Pad.SurfaceToAmbientWPerK = ownAirWPerK;
                }

                SensorReading? first = null, second = null;
                if (s >= onsetS)
                {
                    first = FaultCampaign.SettledReading(pad, run.Sensor.Read(run.NowMs), s - onsetS, settledW);
                    second = FaultCampaign.SettledReading(pad, run.SecondSensor.Read(run.NowMs), s - onsetS, settledW);
                }

                run.TickPair(1000, first, second);
                onTick?.Invoke(run, s);
                if (s >= onsetS)
                {
                    peakC = Math.Max(peakC, run.Pad.SurfaceC);
                    if (run.Pad.SurfaceC > FaultCampaign.SingleFaultSurfaceC)
                    {
                        over48S++;
                    }
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s, peakC, over48S, run.SurfaceDose);
                }

                if (run.Last.Phase == SessionPhase.Off)
                {
                    break;
                }
            }

            return new Outcome(FaultCode.None, -1, peakC, over48S, run.SurfaceDose);
        }
    }
}
