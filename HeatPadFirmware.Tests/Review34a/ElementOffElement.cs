using System;
using System.Globalization;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review34a
{
    /// <summary>
    /// Review 34a's scenario (docs/safety.md "Review 34a: the element witness judging under heat"): a pad with the element sensor and
    /// its factory record, moved into a room at <c>roomC</c> and switched on <c>coldStartC</c> under it, a session of
    /// <c>program</c> at a level; from <c>elementAtS</c> the element sensor is off its element (<see cref="ElementMode"/>), and from
    /// <c>pairAtS</c> the pair may fail as well (<see cref="PairMode"/>): the double fault the witness's old stand-down guarded.
    /// With <c>coldPack</c> the surface loses <see cref="FaultCampaign.ColdPackWPerK"/> to the room in the cool phases. Seed 1820,
    /// 1 s ticks, to <c>seconds</c>, the program's end or the first fault.
    /// </summary>
    internal static class ElementOffElement
    {
        /// <summary>Where the element sensor reads once it is off its element.</summary>
        internal enum ElementMode
        {
            /// <summary>On its element throughout.</summary>
            None,
            /// <summary>A place at <c>arg</c> °C (the body, bedding), through a 20 s lag from its reading of the moment.</summary>
            Place,
            /// <summary>Sliding off: the room + a share of its own reading's rise, 1 at the onset falling to <c>arg</c> over 300 s.</summary>
            Slide,
            /// <summary>On the laminate's surface side: the room + <c>arg</c> × the true surface's rise, through a 60 s lag.</summary>
            Surface,
        }

        /// <summary>How the pair fails from its onset (the second fault).</summary>
        internal enum PairMode
        {
            /// <summary>Healthy throughout.</summary>
            None,
            /// <summary>Loosening: both sensors see a share of the surface's rise over the room, 1 at the onset falling to <c>arg</c> over 300 s.</summary>
            View,
        }

        /// <summary>
        /// The first fault (None: none) and its second from the session's start (−1: none), the witness's state at the end, the first
        /// second the element read far under the pair (main: the stand-down; witn34: <c>FarUnderPair</c>; −1: never), the seconds it
        /// affirmed the pair after the element's onset (with <see cref="ElementMode.None"/>, from <c>elementAtS</c>) and after the pair's, the seconds the surface cap held after the element's onset,
        /// the true surface's peak, °C, its seconds over 48 °C and the fitted burn dose.
        /// </summary>
        internal readonly record struct Outcome(FaultCode Fault, int FaultAtS, ElementWitnessState State, int FarAtS, int AffirmAfterElementS, int AffirmAfterPairS, int CapS, double PeakC, int Over48S, double Dose);

        internal const int Seed = 1820;

        /// <summary>Runs the scenario; see the class.</summary>
        public static Outcome Run(PadParameters basePad, double roomC, double coldStartC, int level, TherapyProgram program, ElementMode element, double elementArg, int elementAtS, PairMode pair, double pairArg, int pairAtS, int seconds, bool coldPack = false)
        {
            PadParameters pad = basePad.With(ambientC: roomC, initialC: roomC - coldStartC);
            var run = new FaultRun(pad, Seed);
            run.FitElementSensor(ElementCalibrationKind.Factory);
            int second = 0;
            double elementC = double.NaN;
            var noise = new Random((Seed * 31) + 5);
            run.ElementReadingFilter = r =>
            {
                if (element == ElementMode.None || second < elementAtS || !r.IsValid)
                {
                    return r;
                }

                double room = run.Pad.AmbientC;
                if (element == ElementMode.Slide)
                {
                    double share = 1.0 - (Math.Min(1.0, (second - elementAtS) / 300.0) * (1.0 - elementArg));
                    return SensorReading.Valid(SimulatedSensor.Quantise(room + (share * (r.TemperatureC - room))));
                }

                double targetC = element == ElementMode.Place ? elementArg : room + (elementArg * (run.Pad.SurfaceC - room));
                double lagS = element == ElementMode.Place ? 20.0 : 60.0;
                if (double.IsNaN(elementC))
                {
                    elementC = run.ElementSensor!.LaggedC;
                }

                elementC = targetC + ((elementC - targetC) * Math.Exp(-1.0 / lagS));
                double u1 = 1.0 - noise.NextDouble();
                double u2 = noise.NextDouble();
                double g = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
                return SensorReading.Valid(SimulatedSensor.Quantise(elementC + run.ElementSensor!.OffsetC + (pad.SensorNoiseC * g)));
            };

            run.Start(level, program);
            double airWPerK = run.Pad.SurfaceToAmbientWPerK;
            int affirmAfterElementS = 0, affirmAfterPairS = 0, capS = 0, farAtS = -1, faultAtS = -1, over48S = 0;
            double peakC = 0.0;
            FaultCode fault = FaultCode.None;
            for (second = 1; second <= seconds; second++)
            {
                if (coldPack)
                {
                    run.Pad.SurfaceToAmbientWPerK = run.Last.Phase == SessionPhase.Cool ? FaultCampaign.ColdPackWPerK : airWPerK;
                }

                SensorReading? a = null;
                SensorReading? b = null;
                if (pair == PairMode.View && second >= pairAtS)
                {
                    double room = run.Pad.AmbientC;
                    double view = 1.0 - (Math.Min(1.0, (second - pairAtS) / 300.0) * (1.0 - pairArg));
                    a = Seen(run.Sensor.Read(run.NowMs + 1000), room, view);
                    b = Seen(run.SecondSensor.Read(run.NowMs + 1000), room, view);
                }

                run.TickPair(1000, a, b);
                ElementWitnessCheck w = run.Core.Supervisor.ElementWitness;
                peakC = Math.Max(peakC, run.Pad.SurfaceC);
                if (run.Pad.SurfaceC > FaultCampaign.SingleFaultSurfaceC)
                {
                    over48S++;
                }

                if (second >= elementAtS)
                {
                    affirmAfterElementS += w.Affirms ? 1 : 0;
                    affirmAfterPairS += w.Affirms && pair != PairMode.None && second >= pairAtS ? 1 : 0;
                    capS += run.Core.Supervisor.SurfaceCap.Holding ? 1 : 0;
                    if (farAtS < 0 && w.FarUnderPair)
                    {
                        farAtS = second;
                    }
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    fault = run.Last.Fault;
                    faultAtS = second;
                    break;
                }

                if (run.Last.Phase == SessionPhase.Off)
                {
                    break;
                }
            }

            return new Outcome(fault, faultAtS, run.Core.Supervisor.ElementWitness.State, farAtS, affirmAfterElementS, affirmAfterPairS, capS, peakC, over48S, run.SurfaceDose);
        }

        /// <summary>The outcome as one line, for a failing assertion's message.</summary>
        public static string Describe(Outcome o)
        {
            var inv = CultureInfo.InvariantCulture;
            return string.Format(inv, "{0} at {1} s, witness {2}, far under the pair from {3} s, affirmed {4} s (after the pair {5} s), cap {6} s, peak {7:F2} C, {8} s over 48 C, dose {9:G4}", FaultCodeNames.Of(o.Fault), o.FaultAtS, o.State, o.FarAtS, o.AffirmAfterElementS, o.AffirmAfterPairS, o.CapS, o.PeakC, o.Over48S, o.Dose);
        }

        private static SensorReading Seen(SensorReading own, double roomC, double view)
        {
            return own.IsValid ? SensorReading.Valid(SimulatedSensor.Quantise(roomC + (view * (own.TemperatureC - roomC)))) : own;
        }
    }
}
