using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review33a
{
    /// <summary>
    /// Review 33a's scenario (docs/safety.md "Review 33a: weak33's burn gate on the paced far fall"): weak33's
    /// <c>Weak33/WeakPadDetachment</c> with what may teach the core a pad weaker than it is before the sensors leave. The pad is
    /// moved into a room and switched on <c>coldStartC</c> under it, a <c>heat</c> session at a level; then, each optional:
    /// <list type="bullet">
    /// <item>at <c>looseS</c> (&gt; 0) both sensors settle part-way off, as the campaign's settling kinds
    /// (<see cref="FaultCampaign.SettledReading"/>: room + w × (attached − room), w 1 → <c>share</c> over 300 s and staying);</item>
    /// <item>at <c>loadS</c> (&gt; 0) the pad's load changes: surface to the body <c>bodyWPerK</c>, surface to the room
    /// <c>ambientWPerK</c> (the body leaves and a duvet covers the pad);</item>
    /// <item>at <c>detachS</c> both sensors leave the pad and follow a place <c>placeOverRoomC</c> over the room with a lag (≤ 0: each
    /// sensor's own), each from what it read (its lagged temperature, or the settled share of it), with the pad's bias, Gaussian
    /// noise (its own seeded sequence) and the register's rounding.</item>
    /// </list>
    /// <c>Factory</c>: the pad has the optional element sensor with a factory calibration (the campaigns' <c>--element-sensor
    /// --element-calibration Factory</c>). Seed 11, 1 s ticks, watched to <c>detachS</c> + 3,600 s, the program's end or the first fault.
    /// </summary>
    internal static class StagedDetachment
    {
        /// <summary>
        /// The first fault (None: none), its second after the detachment (negative: before it), the true surface's peak, °C, the
        /// seconds it spent over 48 °C (in all, and before the detachment), the fitted burn dose since power-on, and at the detachment
        /// what weak33's gate reads: the element's full power learned, W, <see cref="SensorCouplingCheck.PadMayBurn"/>, and the learned
        /// full-power ceiling, °C (NaN: no model); the true surface then, °C.
        /// </summary>
        internal readonly record struct Outcome(FaultCode Fault, int AfterDetachS, double PeakC, int Over48S, int Over48BeforeDetachS, double Dose, double FullPowerAtDetachW, bool MayBurnAtDetach, double CeilingAtDetachC, double SurfaceAtDetachC);

        /// <summary>The scenario's settings (see the class).</summary>
        internal sealed record Setup(PadParameters Pad, double RoomC, double ColdStartC, int Level, int LooseS, double Share, int LoadS, double BodyWPerK, double AmbientWPerK, int DetachS, double PlaceOverRoomC, double LagS, bool Factory = false);

        /// <summary>Runs the scenario; see the class.</summary>
        public static Outcome Run(Setup setup)
        {
            PadParameters pad = setup.Pad.With(ambientC: setup.RoomC, initialC: setup.RoomC - setup.ColdStartC);
            const int seed = 11;
            var run = new FaultRun(pad, seed);
            if (setup.Factory)
            {
                run.FitElementSensor(ElementCalibrationKind.Factory);
            }

            run.Start(setup.Level, TherapyProgram.Heat);
            double peakC = double.NegativeInfinity;
            int over48S = 0;
            int over48BeforeS = 0;
            double firstC = 0.0;
            double secondC = 0.0;
            double fullPowerW = 0.0;
            bool mayBurn = true;
            double ceilingC = double.NaN;
            double surfaceAtDetachC = double.NaN;
            double firstLagS = setup.LagS > 0.0 ? setup.LagS : pad.SensorLagS;
            double secondLagS = setup.LagS > 0.0 ? setup.LagS : pad.SecondSensorLagS;
            double targetC = setup.RoomC + setup.PlaceOverRoomC;
            var random = new Random((seed * 7919) + 17);
            for (int s = 1; s <= setup.DetachS + 3600; s++)
            {
                SensorReading? first = null;
                SensorReading? second = null;
                if (setup.LoadS > 0 && s == setup.LoadS)
                {
                    run.Pad.SurfaceToBodyWPerK = setup.BodyWPerK;
                    run.Pad.SurfaceToAmbientWPerK = setup.AmbientWPerK;
                }

                if (s == setup.DetachS)
                {
                    firstC = Settled(setup, pad, run.Sensor.LaggedC, s);
                    secondC = Settled(setup, pad, run.SecondSensor.LaggedC, s);
                    fullPowerW = run.Core.Supervisor.HeaterCurrent.FullPowerW;
                    mayBurn = run.Core.Supervisor.Coupling.PadMayBurn;
                    PadModelLearner learner = run.Core.Controller.Learner;
                    ceilingC = learner.HasModel ? learner.Model.SteadySurfaceC(1.0, out _) : double.NaN;
                    surfaceAtDetachC = run.Pad.SurfaceC;
                    over48BeforeS = over48S;
                }

                if (s >= setup.DetachS)
                {
                    firstC = targetC + ((firstC - targetC) * Math.Exp(-1.0 / firstLagS));
                    secondC = targetC + ((secondC - targetC) * Math.Exp(-1.0 / secondLagS));
                    first = SensorReading.Valid(SimulatedSensor.Quantise(firstC + pad.SensorBiasC + Noise(random, pad.SensorNoiseC)));
                    second = SensorReading.Valid(SimulatedSensor.Quantise(secondC + pad.SecondSensorBiasC + Noise(random, pad.SensorNoiseC)));
                }
                else if (setup.LooseS > 0 && s >= setup.LooseS)
                {
                    first = FaultCampaign.SettledReading(pad, run.Sensor.Read(run.NowMs), s - setup.LooseS, setup.Share);
                    second = FaultCampaign.SettledReading(pad, run.SecondSensor.Read(run.NowMs), s - setup.LooseS, setup.Share);
                }

                run.TickPair(1000, first, second);
                peakC = Math.Max(peakC, run.Pad.SurfaceC);
                if (run.Pad.SurfaceC > FaultCampaign.SingleFaultSurfaceC)
                {
                    over48S++;
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s - setup.DetachS, peakC, over48S, s < setup.DetachS ? over48S : over48BeforeS, run.SurfaceDose, fullPowerW, mayBurn, ceilingC, surfaceAtDetachC);
                }

                if (run.Last.Phase == SessionPhase.Off)
                {
                    break;
                }
            }

            return new Outcome(FaultCode.None, int.MinValue, peakC, over48S, over48BeforeS, run.SurfaceDose, fullPowerW, mayBurn, ceilingC, surfaceAtDetachC);
        }

        // The sensor's own temperature at the detachment: its lagged temperature, or the settled share of its rise.
        private static double Settled(Setup setup, PadParameters pad, double laggedC, int s)
        {
            if (setup.LooseS <= 0 || s < setup.LooseS)
            {
                return laggedC;
            }

            double w = 1.0 - ((1.0 - setup.Share) * Math.Min(1.0, (s - setup.LooseS) / FaultCampaign.SettlingPaceS));
            return pad.AmbientC + (w * (laggedC - pad.AmbientC));
        }

        // Box–Muller on the run's own seeded sequence (weak33's and review 32a's harnesses draw the same).
        private static double Noise(Random random, double sigmaC)
        {
            double u1 = 1.0 - random.NextDouble();
            double u2 = random.NextDouble();
            return sigmaC * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }
    }
}
