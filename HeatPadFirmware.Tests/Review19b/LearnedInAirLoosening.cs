using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review19b
{
    /// <summary>
    /// Review 19b's scenario: a pad of the bench's family (<see cref="BenchPadFamily.Build"/> with 12 random pads, family seed 1)
    /// moved into a room, started at a level of the <c>heat</c> program in free air as the lying-down group starts it
    /// (<see cref="LieDownLife"/>: no body, <see cref="BenchPadFamily.FreeAirSurfaceToAmbientWPerK"/> to the room), so the learner
    /// fits its model without a body; optionally lain on at <c>lieS</c> (the pad's own body contact × <c>factor</c>, or
    /// <see cref="LieDownLife.NoBodyPadContactWPerK"/> for a pad with none, and its own room contact); then from <c>onsetS</c>
    /// both sensors loosen (<see cref="FaultCampaign.LoosenedReading(PadParameters, SensorReading, double, double)"/>: sensor 1
    /// reaching w = 0.3 after <c>paceFirstS</c>, sensor 2 after <c>paceSecondS</c>). Run seed 11, 1 s ticks, watched to
    /// <c>onsetS</c> + 3,600 s, the program's end or the first fault.
    /// </summary>
    internal static class LearnedInAirLoosening
    {
        /// <summary>The first fault (None: none) and its second after the start press, the true surface's peak, °C, the seconds it spent over 48 °C, and the fitted burn dose since power-on (<see cref="FaultRun.SurfaceDose"/>).</summary>
        internal readonly record struct Outcome(FaultCode Fault, int FaultAtS, double PeakC, int Over48S, double Dose);

        public static PadParameters FamilyPad(string padName)
        {
            foreach (var (name, pad) in BenchPadFamily.Build(12, 1))
            {
                if (name == padName)
                {
                    return pad;
                }
            }

            throw new ArgumentException(padName);
        }

        public static Outcome Run(string padName, double roomC, int level, int lieS, double factor, int onsetS, double paceFirstS, double paceSecondS)
        {
            return Run(padName, roomC, level, lieS, factor, onsetS, paceFirstS, paceSecondS, null, double.NaN);
        }

        /// <summary>As <see cref="Run(string, double, int, int, double, int, double, double)"/> with the body's temperature <paramref name="bodyC"/>, °C (the simulated body is 34 °C; a warm trunk or a fever 36.5–38 °C).</summary>
        public static Outcome RunWithBodyAt(string padName, double roomC, int level, int lieS, double factor, int onsetS, double paceFirstS, double paceSecondS, double bodyC)
        {
            return Run(padName, roomC, level, lieS, factor, onsetS, paceFirstS, paceSecondS, null, bodyC);
        }

        /// <summary>
        /// The same scenario with a heater-side fault instead of the loosening: from <paramref name="onsetS"/> the supply held at
        /// <paramref name="supplyFraction"/> of rated (≤ 0: as drawn) and, when <paramref name="heaterOpen"/>, the element open.
        /// </summary>
        public static Outcome RunHeaterFault(string padName, double roomC, int level, int lieS, double factor, int onsetS, double supplyFraction, bool heaterOpen)
        {
            return Run(padName, roomC, level, lieS, factor, onsetS, 0.0, 0.0, run =>
            {
                if (supplyFraction > 0.0)
                {
                    run.Pad.SupplyVoltageV = supplyFraction * run.Pad.Parameters.RatedVoltageV;
                }

                run.Pad.HeaterOpen = heaterOpen;
            }, double.NaN);
        }

        private static Outcome Run(string padName, double roomC, int level, int lieS, double factor, int onsetS, double paceFirstS, double paceSecondS, Action<FaultRun>? atOnset, double bodyC)
        {
            PadParameters pad = FamilyPad(padName).With(ambientC: roomC, initialC: roomC);
            if (!double.IsNaN(bodyC))
            {
                pad = pad.With(bodyC: bodyC);
            }

            var run = new FaultRun(pad, 11);
            double ownAirWPerK = run.Pad.SurfaceToAmbientWPerK;
            double ownBodyWPerK = pad.SurfaceToBodyWPerK > 0.0 ? pad.SurfaceToBodyWPerK : LieDownLife.NoBodyPadContactWPerK;
            run.Pad.SurfaceToBodyWPerK = 0.0;
            run.Pad.SurfaceToAmbientWPerK = BenchPadFamily.FreeAirSurfaceToAmbientWPerK;
            run.Start(level, TherapyProgram.Heat);
            double peakC = double.NegativeInfinity;
            int over48S = 0;
            for (int s = 1; s <= onsetS + 3600; s++)
            {
                if (s == lieS)
                {
                    run.Pad.SurfaceToBodyWPerK = factor * ownBodyWPerK;
                    run.Pad.SurfaceToAmbientWPerK = ownAirWPerK;
                }

                if (s == onsetS)
                {
                    atOnset?.Invoke(run);
                }

                SensorReading? first = null, second = null;
                if (s >= onsetS && paceFirstS > 0.0)
                {
                    first = FaultCampaign.LoosenedReading(pad, run.Sensor.Read(run.NowMs), s - onsetS, paceFirstS);
                    second = FaultCampaign.LoosenedReading(pad, run.SecondSensor.Read(run.NowMs), s - onsetS, paceSecondS);
                }

                run.TickPair(1000, first, second);
                peakC = Math.Max(peakC, run.Pad.SurfaceC);
                if (run.Pad.SurfaceC > 48.0)
                {
                    over48S++;
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
