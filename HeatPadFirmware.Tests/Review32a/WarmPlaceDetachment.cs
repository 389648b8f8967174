using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review32a
{
    /// <summary>
    /// Review 32a's scenario (docs/safety.md "Review 32a: far32's paced far fall"): a shipped pad moved into a room (at the room when
    /// switched on), a <c>heat</c> session at a level, the body on as the campaign's detached kinds keep it (the pad's own contacts);
    /// at <c>onsetS</c> both sensors leave the pad (the strip slides off together) and follow a place <c>targetOverRoomC</c> over the
    /// room (0: the room itself, as the campaign's <see cref="FaultKind.BothSensorsDetached"/>; more: a warm place, under a blanket or
    /// against clothing) with a lag (≤ 0: each sensor's own, <see cref="PadParameters.SensorLagS"/> /
    /// <see cref="PadParameters.SecondSensorLagS"/>), each from its own true body temperature at the onset, with the pad's bias and
    /// Gaussian noise (<see cref="PadParameters.SensorNoiseC"/>, its own seeded sequence) and the register's rounding. Run seed 11,
    /// 1 s ticks, watched to <c>onsetS</c> + 3,600 s, the program's end or the first fault.
    /// </summary>
    internal static class WarmPlaceDetachment
    {
        /// <summary>The first fault (None: none) and its second after the onset (−1: none), the true surface's peak, °C, the seconds it spent over 48 °C, and the fitted burn dose since power-on (<see cref="FaultRun.SurfaceDose"/>).</summary>
        internal readonly record struct Outcome(FaultCode Fault, int AfterOnsetS, double PeakC, int Over48S, double Dose);

        private static readonly (string Name, PadParameters Pad)[] Shipped = PadFile.LoadAllShipped();

        public static Outcome Run(string padName, double roomC, int level, int onsetS, double targetOverRoomC, double lagS, bool factory = false)
        {
            PadParameters pad = Shipped.Single(p => p.Name == padName).Pad.With(ambientC: roomC, initialC: roomC);
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
            double targetC = roomC + targetOverRoomC;
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
                peakC = Math.Max(peakC, run.Pad.SurfaceC);
                if (run.Pad.SurfaceC > FaultCampaign.SingleFaultSurfaceC)
                {
                    over48S++;
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s - onsetS, peakC, over48S, run.SurfaceDose);
                }

                if (run.Last.Phase == SessionPhase.Off)
                {
                    break;
                }
            }

            return new Outcome(FaultCode.None, -1, peakC, over48S, run.SurfaceDose);
        }

        // Box–Muller on the run's own seeded sequence (review 32a's probe draws the same).
        private static double Noise(Random random, double sigmaC)
        {
            double u1 = 1.0 - random.NextDouble();
            double u2 = random.NextDouble();
            return sigmaC * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }
    }
}
