using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Witn34
{
    /// <summary>
    /// Session 34 (witn34; docs/safety.md "Session 34: the element witness keeps judging under heat"): what the element witness
    /// does when its OWN sensor comes off the element, now that it no longer stands itself down under heat. A shipped pad with the
    /// element sensor and the fixture's factory record (<see cref="ElementCalibrationKind.Factory"/>), a session of
    /// <c>program</c> at a level, seed as given, 1 s ticks. At <c>elementOffS</c> the element sensor leaves the element and follows a
    /// place (NaN: the room; else that temperature, °C: the body, the bedding) through a 20 s lag from where its body was, with its
    /// offset, Gaussian noise of the pad's sensor noise and the DS18B20's 1/16 °C steps. Optionally at <c>pairOffS</c> (≤ 0: never)
    /// both pair sensors leave too and follow a place <c>pairPlaceOverRoomC</c> over the room with their own lags, bias, the same
    /// noise and steps. Stops at the first fault, the program's end or <c>seconds</c>.
    /// </summary>
    internal static class ElementOffSession
    {
        /// <summary>
        /// The first fault (None: none) and its second (−1: none), the seconds after the element sensor left in which the witness
        /// affirmed the pair (<see cref="ElementWitnessCheck.Affirms"/>: the readings-only checks stood down), the part of them after
        /// the pair left, the seconds the surface cap held, the first second <see cref="ElementWitnessCheck.FarUnderPair"/> was
        /// reported (−1: never), the true surface's peak, °C, and the witness's state at the end.
        /// </summary>
        internal readonly record struct Outcome(FaultCode Fault, int FaultAtS, int AffirmedS, int AffirmedAfterPairS, int CapHeldS, int FarUnderPairAtS, double PeakC, ElementWitnessState State);

        public static Outcome Run(string padName, int level, TherapyProgram program, int seed, int elementOffS, double placeC, int pairOffS = -1, double pairPlaceOverRoomC = 0.0, int seconds = 2400)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new FaultRun(pad, seed);
            run.FitElementSensor(ElementCalibrationKind.Factory);
            var noise = new Random((seed * 31) + 5);
            double elementC = double.NaN;
            int second = 0;
            run.ElementReadingFilter = r =>
            {
                if (second < elementOffS)
                {
                    return r;
                }

                double targetC = double.IsNaN(placeC) ? run.Pad.AmbientC : placeC;
                elementC = double.IsNaN(elementC) ? run.ElementSensor.LaggedC : elementC;
                elementC = targetC + ((elementC - targetC) * Math.Exp(-1.0 / 20.0));
                return SensorReading.Valid(SimulatedSensor.Quantise(elementC + run.ElementSensor.OffsetC + Noise(noise, pad.SensorNoiseC)));
            };

            run.Start(level, program);
            var pairNoise = new Random((seed * 7919) + 17);
            double firstC = 0.0;
            double secondC = 0.0;
            int affirmedS = 0;
            int affirmedAfterPairS = 0;
            int capS = 0;
            int farAtS = -1;
            double peakC = double.NegativeInfinity;
            for (second = 1; second <= seconds; second++)
            {
                SensorReading? first = null;
                SensorReading? secondReading = null;
                if (pairOffS > 0 && second >= pairOffS)
                {
                    if (second == pairOffS)
                    {
                        firstC = run.Sensor.LaggedC;
                        secondC = run.SecondSensor.LaggedC;
                    }

                    double targetC = run.Pad.AmbientC + pairPlaceOverRoomC;
                    firstC = targetC + ((firstC - targetC) * Math.Exp(-1.0 / pad.SensorLagS));
                    secondC = targetC + ((secondC - targetC) * Math.Exp(-1.0 / pad.SecondSensorLagS));
                    first = SensorReading.Valid(SimulatedSensor.Quantise(firstC + pad.SensorBiasC + Noise(pairNoise, pad.SensorNoiseC)));
                    secondReading = SensorReading.Valid(SimulatedSensor.Quantise(secondC + pad.SecondSensorBiasC + Noise(pairNoise, pad.SensorNoiseC)));
                }

                run.TickPair(1000, first, secondReading);
                ElementWitnessCheck witness = run.Core.Supervisor.ElementWitness;
                peakC = Math.Max(peakC, run.Pad.SurfaceC);
                if (second > elementOffS)
                {
                    affirmedS += witness.Affirms ? 1 : 0;
                    affirmedAfterPairS += witness.Affirms && pairOffS > 0 && second >= pairOffS ? 1 : 0;
                    capS += run.Core.Supervisor.SurfaceCap.Holding ? 1 : 0;
                    farAtS = farAtS < 0 && FarUnderPair(witness) ? second : farAtS;
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, second, affirmedS, affirmedAfterPairS, capS, farAtS, peakC, witness.State);
                }

                if (run.Last.Phase == SessionPhase.Off)
                {
                    break;
                }
            }

            return new Outcome(FaultCode.None, -1, affirmedS, affirmedAfterPairS, capS, farAtS, peakC, run.Core.Supervisor.ElementWitness.State);
        }

        // Read by name so that the harness also builds on a tree before session 34 (no such property: never reported).
        private static bool FarUnderPair(ElementWitnessCheck witness)
        {
            var property = typeof(ElementWitnessCheck).GetProperty("FarUnderPair");
            return property != null && (bool)property.GetValue(witness)!;
        }

        // Box–Muller on the session's own seeded sequence.
        private static double Noise(Random random, double sigmaC)
        {
            double u1 = 1.0 - random.NextDouble();
            double u2 = random.NextDouble();
            return sigmaC * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }
    }
}
