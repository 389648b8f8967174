using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Early33
{
    /// <summary>
    /// weak33's <see cref="Weak33.WeakPadDetachment"/> scenario (same seed, noise sequence and lags, watched to the onset + 3,600 s)
    /// with a hook called after every tick with the run and the second, so a test can read what each check saw (session 33, early33).
    /// </summary>
    internal static class EarlyDetachment
    {
        /// <summary>Runs the scenario; see <see cref="Weak33.WeakPadDetachment.Run"/>. <paramref name="onTick"/> sees the run after each tick; <paramref name="factory"/>: the element sensor fitted with a factory calibration.</summary>
        public static Weak33.WeakPadDetachment.Outcome Run(PadParameters basePad, double roomC, double coldStartC, int level, int onsetS, double placeOverRoomC, double lagS, Action<FaultRun, int> onTick, bool factory = false)
        {
            PadParameters pad = basePad.With(ambientC: roomC, initialC: roomC - coldStartC);
            const int seed = 11;
            var run = new FaultRun(pad, seed);
            if (factory)
            {
                run.FitElementSensor(ElementCalibrationKind.Factory);
            }

            run.Start(level, TherapyProgram.Heat);
            double peakC = double.NegativeInfinity;
            int over48S = 0;
            double firstC = 0.0;
            double secondC = 0.0;
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
                }

                if (s >= onsetS)
                {
                    firstC = targetC + ((firstC - targetC) * Math.Exp(-1.0 / firstLagS));
                    secondC = targetC + ((secondC - targetC) * Math.Exp(-1.0 / secondLagS));
                    first = SensorReading.Valid(SimulatedSensor.Quantise(firstC + pad.SensorBiasC + Noise(random, pad.SensorNoiseC)));
                    second = SensorReading.Valid(SimulatedSensor.Quantise(secondC + pad.SecondSensorBiasC + Noise(random, pad.SensorNoiseC)));
                }

                run.TickPair(1000, first, second);
                onTick(run, s);
                peakC = Math.Max(peakC, run.Pad.SurfaceC);
                if (run.Pad.SurfaceC > FaultCampaign.SingleFaultSurfaceC)
                {
                    over48S++;
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    return new Weak33.WeakPadDetachment.Outcome(run.Last.Fault, s - onsetS, peakC, over48S, run.SurfaceDose, 0.0);
                }

                if (run.Last.Phase == SessionPhase.Off)
                {
                    break;
                }
            }

            return new Weak33.WeakPadDetachment.Outcome(FaultCode.None, -1, peakC, over48S, run.SurfaceDose, 0.0);
        }

        // Box–Muller on the run's own seeded sequence (as weak33's harness).
        private static double Noise(Random random, double sigmaC)
        {
            double u1 = 1.0 - random.NextDouble();
            double u2 = random.NextDouble();
            return sigmaC * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }
    }
}
