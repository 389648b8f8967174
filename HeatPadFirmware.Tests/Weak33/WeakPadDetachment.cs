using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Weak33
{
    /// <summary>
    /// Session 33's attack on far32's weak-pad premise (docs/safety.md "Session 33: far32's weak-pad premise attacked"): review 32a's
    /// scenario (<c>Review32a/WarmPlaceDetachment</c>) on any pad (<see cref="WeakPads"/>) and with a cold start. The pad is moved into
    /// a room and switched on <c>coldStartC</c> under it (0: at the room; 10: as <c>faults --cold-start 10</c>), a <c>heat</c> session
    /// at a level, the body as the pad is built; at <c>onsetS</c> both sensors leave the pad and follow a place
    /// <c>placeOverRoomC</c> over the room (0: the room; more: under a blanket, against clothing or the body) with a lag (≤ 0: each
    /// sensor's own), each from its own lagged temperature at the onset, with the pad's bias, Gaussian noise (its own seeded sequence)
    /// and the register's rounding. Seed 11, 1 s ticks, watched to <c>onsetS</c> + 3,600 s, the program's end or the first fault.
    /// </summary>
    internal static class WeakPadDetachment
    {
        /// <summary>
        /// The first fault (None: none) and its second after the onset (−1: none), the true surface's peak, °C, the seconds it spent
        /// over 48 °C, the fitted burn dose since power-on (<see cref="FaultRun.SurfaceDose"/>), and the element's full power the core
        /// had learned at the onset, W (<see cref="HeaterCurrentCheck.FullPowerW"/>: what far32's gate reads), whether the coupling
        /// check still held that full power may burn this pad at the onset (<see cref="SensorCouplingCheck.PadMayBurn"/>), and the
        /// controller's learned full-power ceiling then, °C (<see cref="PadThermalModel.SteadySurfaceC"/> at duty 1; NaN: no model).
        /// </summary>
        internal readonly record struct Outcome(FaultCode Fault, int AfterOnsetS, double PeakC, int Over48S, double Dose, double FullPowerAtOnsetW, bool MayBurnAtOnset = true, double CeilingAtOnsetC = double.NaN);

        /// <summary>
        /// Runs the scenario; see the class. <paramref name="onTick"/> (optional) sees the run after each tick with its second;
        /// <paramref name="beforeStart"/> (optional) the new run with the seed before anything else (session 34: a chosen chip Vref).
        /// </summary>
        public static Outcome Run(PadParameters basePad, double roomC, double coldStartC, int level, int onsetS, double placeOverRoomC, double lagS, bool factory = false, Action<FaultRun, int>? onTick = null, Action<FaultRun, int>? beforeStart = null)
        {
            PadParameters pad = basePad.With(ambientC: roomC, initialC: roomC - coldStartC);
            const int seed = 11;
            var run = new FaultRun(pad, seed);
            beforeStart?.Invoke(run, seed);
            if (factory)
            {
                run.FitElementSensor(ElementCalibrationKind.Factory);
            }

            run.Start(level, TherapyProgram.Heat);
            double peakC = double.NegativeInfinity;
            int over48S = 0;
            double firstC = 0.0;
            double secondC = 0.0;
            double fullPowerAtOnsetW = 0.0;
            bool mayBurnAtOnset = true;
            double ceilingAtOnsetC = double.NaN;
            double firstLagS = lagS > 0.0 ? lagS : pad.SensorLagS;
            double secondLagS = lagS > 0.0 ? lagS : pad.SecondSensorLagS;
            double targetC = roomC + placeOverRoomC;
            var random = new Random((seed * 7919) + 17);
            for (int s = 1; s <= onsetS + 3600; s++)
            {
                SensorReading? first = null;
                SensorReading? second = null;
                if (s == onsetS)
                {
                    firstC = run.Sensor.LaggedC;
                    secondC = run.SecondSensor.LaggedC;
                    fullPowerAtOnsetW = run.Core.Supervisor.HeaterCurrent.FullPowerW;
                    mayBurnAtOnset = run.Core.Supervisor.Coupling.PadMayBurn;
                    PadModelLearner learner = run.Core.Controller.Learner;
                    ceilingAtOnsetC = learner.HasModel ? learner.Model.SteadySurfaceC(1.0, out _) : double.NaN;
                }

                if (s >= onsetS)
                {
                    firstC = targetC + ((firstC - targetC) * Math.Exp(-1.0 / firstLagS));
                    secondC = targetC + ((secondC - targetC) * Math.Exp(-1.0 / secondLagS));
                    first = SensorReading.Valid(SimulatedSensor.Quantise(firstC + pad.SensorBiasC + Noise(random, pad.SensorNoiseC)));
                    second = SensorReading.Valid(SimulatedSensor.Quantise(secondC + pad.SecondSensorBiasC + Noise(random, pad.SensorNoiseC)));
                }

                run.TickPair(1000, first, second);
                onTick?.Invoke(run, s);
                peakC = Math.Max(peakC, run.Pad.SurfaceC);
                if (run.Pad.SurfaceC > FaultCampaign.SingleFaultSurfaceC)
                {
                    over48S++;
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s >= onsetS ? s - onsetS : -(onsetS - s), peakC, over48S, run.SurfaceDose, fullPowerAtOnsetW, mayBurnAtOnset, ceilingAtOnsetC);
                }

                if (run.Last.Phase == SessionPhase.Off)
                {
                    break;
                }
            }

            return new Outcome(FaultCode.None, -1, peakC, over48S, run.SurfaceDose, fullPowerAtOnsetW, mayBurnAtOnset, ceilingAtOnsetC);
        }

        // Box–Muller on the run's own seeded sequence (review 32a's harness draws the same).
        private static double Noise(Random random, double sigmaC)
        {
            double u1 = 1.0 - random.NextDouble();
            double u2 = random.NextDouble();
            return sigmaC * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }
    }
}
