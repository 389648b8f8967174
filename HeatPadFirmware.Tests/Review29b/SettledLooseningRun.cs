using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review19b;

namespace HeatPadFirmware.Tests.Review29b
{
    /// <summary>
    /// Review 29b's scenario: review 19b's (<see cref="LearnedInAirLoosening"/>: a bench-family pad in a room, started in free air,
    /// lain on at <c>lieS</c> with the pad's own body contact × <c>factor</c>, run seed 11, 1 s ticks) with the pair loosening
    /// partly and settling from <c>onsetS</c>: both sensors read room + w × (attached − room), w falling linearly 1 → <c>finalW</c>
    /// over 300 s and staying there (the lead's session-28 scan of the partial loosening). Watched to <c>onsetS</c> + 3,600 s,
    /// the program's end or the first fault; each tick it also counts the seconds the heat-energy check's verdict is withheld by
    /// the body-load stand-down (<see cref="HeatEnergyCheck.BodyCouldTake"/> while the account is over
    /// <see cref="HeatEnergyCheck.MaxUnseenJ"/>).
    /// </summary>
    internal static class SettledLooseningRun
    {
        /// <summary>The pair's share of the surface's rise settles over this many seconds (the lead's scan), s.</summary>
        public const double SettleS = FaultCampaign.SettlingPaceS;

        /// <summary>
        /// The first fault (None: none) and its second after the start press, the true surface's peak, °C, the seconds it spent
        /// over 48 °C, the fitted burn dose since power-on, the seconds the heat-energy verdict was withheld and the first of them
        /// (−1: never).
        /// </summary>
        internal readonly record struct Outcome(FaultCode Fault, int FaultAtS, double PeakC, int Over48S, double Dose, int WithheldS, int FirstWithheldS);

        public static Outcome Run(string padName, double roomC, int level, int lieS, double factor, int onsetS, double finalW)
        {
            PadParameters pad = LearnedInAirLoosening.FamilyPad(padName).With(ambientC: roomC, initialC: roomC);
            var run = new FaultRun(pad, 11);
            double ownAirWPerK = run.Pad.SurfaceToAmbientWPerK;
            double ownBodyWPerK = pad.SurfaceToBodyWPerK > 0.0 ? pad.SurfaceToBodyWPerK : LieDownLife.NoBodyPadContactWPerK;
            run.Pad.SurfaceToBodyWPerK = 0.0;
            run.Pad.SurfaceToAmbientWPerK = BenchPadFamily.FreeAirSurfaceToAmbientWPerK;
            run.Start(level, TherapyProgram.Heat);
            double peakC = double.NegativeInfinity;
            int over48S = 0;
            int withheldS = 0;
            int firstWithheldS = -1;
            for (int s = 1; s <= onsetS + 3600; s++)
            {
                if (s == lieS)
                {
                    run.Pad.SurfaceToBodyWPerK = factor * ownBodyWPerK;
                    run.Pad.SurfaceToAmbientWPerK = ownAirWPerK;
                }

                SensorReading? first = null, second = null;
                if (s >= onsetS)
                {
                    first = FaultCampaign.SettledReading(pad, run.Sensor.Read(run.NowMs), s - onsetS, finalW);
                    second = FaultCampaign.SettledReading(pad, run.SecondSensor.Read(run.NowMs), s - onsetS, finalW);
                }

                run.TickPair(1000, first, second);
                peakC = Math.Max(peakC, run.Pad.SurfaceC);
                if (run.Pad.SurfaceC > 48.0)
                {
                    over48S++;
                }

                HeatEnergyCheck energy = run.Core.Supervisor.HeatEnergy;
                if (energy.BodyCouldTake && energy.UnseenJ > HeatEnergyCheck.MaxUnseenJ)
                {
                    withheldS++;
                    if (firstWithheldS < 0)
                    {
                        firstWithheldS = s;
                    }
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s, peakC, over48S, run.SurfaceDose, withheldS, firstWithheldS);
                }

                if (run.Last.Phase == SessionPhase.Off)
                {
                    break;
                }
            }

            return new Outcome(FaultCode.None, -1, peakC, over48S, run.SurfaceDose, withheldS, firstWithheldS);
        }

        // What a sensor settling partly off the pad reads sinceOnsetS after it started: the room plus w × (the attached reading − the room).
    }
}
