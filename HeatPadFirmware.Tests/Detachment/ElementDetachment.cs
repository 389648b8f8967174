using System;
using System.Globalization;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Detachment
{
    /// <summary>
    /// The element sensor leaving its element, run through the whole core (issue 4; docs/safety.md "Session 34: the element witness
    /// keeps judging under heat" and "Review 34a: the element witness judging under heat"). A pad with the element sensor and the
    /// fixture's factory record (<see cref="ElementCalibrationKind.Factory"/>), moved into a room at <see cref="Setup.RoomC"/> and
    /// switched on <see cref="Setup.ColdStartC"/> under it, a session of <see cref="Setup.Program"/> at a level; then, each optional:
    /// <list type="bullet">
    /// <item>from <see cref="Setup.ElementAtS"/> the element sensor is off its element (<see cref="ElementMode"/>, with
    /// <see cref="Setup.ElementArg"/>);</item>
    /// <item>from <see cref="Setup.PairAtS"/> the pair fails as well (<see cref="PairMode"/>, with <see cref="Setup.PairArg"/>): the
    /// double fault the witness's old stand-down guarded.</item>
    /// </list>
    /// With <see cref="Setup.ColdPack"/> the surface loses <see cref="FaultCampaign.ColdPackWPerK"/> to the room in the cool phases.
    /// Seed <see cref="Setup.Seed"/> (1820 unless given): the run's, the element's noise ((seed × 31) + 5) and a departed pair's
    /// noise ((seed × 7919) + 17), each a Box–Muller sequence of its own. 1 s ticks, to <see cref="Setup.Seconds"/>, the program's end
    /// or the first fault.
    /// <para>
    /// Session 35 (fold35) folded the two copies of this loop into this one, as fold34 did for <see cref="PairDetachment"/>:
    /// witn34's <c>Witn34/ElementOffSession</c> (<c>Run(padName, level, program, seed, elementOffS, placeC, pairOffS,
    /// pairPlaceOverRoomC, seconds)</c>: here the shipped pad in its own 22 °C room, no cold start,
    /// <see cref="ElementMode.Place"/> at <c>placeC</c> (NaN: the room) and, where <c>pairOffS</c> &gt; 0,
    /// <see cref="PairMode.Place"/> at <c>pairPlaceOverRoomC</c>) and review 34a's <c>Review34a/ElementOffElement</c> (the same call
    /// as <see cref="Run(PadParameters, double, double, int, TherapyProgram, ElementMode, double, int, PairMode, double, int,
    /// int, bool, int)"/>). Run side by side on every call their tests make (13), and on 208 mixed rows (four shipped pads,
    /// both programs, both levels, seeds 1820-1821, onsets at 5 / 120 / 400 s, the element in the room or a 34 / 40 °C place,
    /// the pair leaving or not; and every element and pair mode with and without the cold pack, 10 °C under a 16 °C room), the
    /// old copies and this one gave bit-identical outcomes (every field). Four things differ from the old copies. The outcome's
    /// names are review 34a's (witn34's <c>AffirmedS</c> is <see cref="Outcome.AffirmAfterElementS"/>,
    /// <c>AffirmedAfterPairS</c> <see cref="Outcome.AffirmAfterPairS"/>, <c>CapHeldS</c> <see cref="Outcome.CapS"/>,
    /// <c>FarUnderPairAtS</c> <see cref="Outcome.FarAtS"/>), and witn34's runs report the seconds over 48 °C and the dose too.
    /// The noise is <see cref="PairDetachment.Noise"/>'s (σ × √ × cos, witn34's draw; review 34a's took σ × (√ × cos), which
    /// may round differently in the last bit: no compared outcome changed). The counts after the element's onset start the
    /// second after it, as witn34's did: review 34a's also counted the onset second itself, which on every call its tests make
    /// (onsets at 0-120 s) counts nothing, but with a 400 s onset adds one affirmed second (31 of 32 rows compared). An invalid
    /// element reading after the onset is passed on, as review 34a's did (witn34's replaced it; none of these runs sets an
    /// element failure, so none is invalid).
    /// </para>
    /// </summary>
    internal static class ElementDetachment
    {
        /// <summary>Where the element sensor reads once it is off its element.</summary>
        internal enum ElementMode
        {
            /// <summary>On its element throughout.</summary>
            None,
            /// <summary>A place at <c>arg</c> °C (the body, bedding; NaN: the room), through a 20 s lag from where its body was.</summary>
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
            /// <summary>
            /// Leaving: both sensors follow a place <c>arg</c> °C over the room, each through its own lag
            /// (<see cref="PadParameters.SensorLagS"/>, <see cref="PadParameters.SecondSensorLagS"/>) from its temperature at the
            /// onset, with the pad's bias, the sensor noise and the DS18B20's 1/16 °C steps.
            /// </summary>
            Place,
        }

        /// <summary>
        /// The first fault (None: none) and its second from the session's start (−1: none), the witness's state at the end, the first
        /// second <see cref="ElementWitnessCheck.FarUnderPair"/> was reported (−1: never), the seconds the witness affirmed the pair
        /// (<see cref="ElementWitnessCheck.Affirms"/>: the readings-only checks stood down) after the element's onset (from the
        /// second after it; with <see cref="ElementMode.None"/>, after <see cref="Setup.ElementAtS"/>) and the part of them after
        /// the pair's, the seconds the surface cap held after the element's onset, the true surface's peak, °C, its seconds over 48 °C
        /// (<see cref="FaultCampaign.SingleFaultSurfaceC"/>) and the fitted burn dose (<see cref="FaultRun.SurfaceDose"/>).
        /// </summary>
        internal readonly record struct Outcome(FaultCode Fault, int FaultAtS, ElementWitnessState State, int FarAtS, int AffirmAfterElementS, int AffirmAfterPairS, int CapS, double PeakC, int Over48S, double Dose);

        /// <summary>
        /// The scenario's settings (see the class): the pad as built, the room, °C, how far under the room it is switched on, °C, the
        /// level (1–5) and program; the element sensor's departure (<see cref="ElementMode"/>, its argument, its second); the pair's
        /// (<see cref="PairMode"/>, its argument, its second, ≥ 1); the seconds watched; the cold pack in the cool phases; the seed.
        /// </summary>
        internal sealed record Setup(PadParameters Pad, double RoomC, double ColdStartC, int Level, TherapyProgram Program, ElementMode Element, double ElementArg, int ElementAtS, PairMode Pair, double PairArg, int PairAtS, int Seconds, bool ColdPack = false, int Seed = 1820);

        /// <summary>Runs the scenario (see the class and <see cref="Setup"/>).</summary>
        public static Outcome Run(PadParameters basePad, double roomC, double coldStartC, int level, TherapyProgram program, ElementMode element, double elementArg, int elementAtS, PairMode pair, double pairArg, int pairAtS, int seconds, bool coldPack = false, int seed = 1820)
        {
            return Run(new Setup(basePad, roomC, coldStartC, level, program, element, elementArg, elementAtS, pair, pairArg, pairAtS, seconds, coldPack, seed));
        }

        /// <summary>Runs the scenario; see the class.</summary>
        public static Outcome Run(Setup setup)
        {
            ArgumentNullException.ThrowIfNull(setup);
            PadParameters pad = setup.Pad.With(ambientC: setup.RoomC, initialC: setup.RoomC - setup.ColdStartC);
            var run = new FaultRun(pad, setup.Seed);
            run.FitElementSensor(ElementCalibrationKind.Factory);
            int second = 0;
            double elementC = double.NaN;
            var noise = new Random((setup.Seed * 31) + 5);
            run.ElementReadingFilter = r =>
            {
                if (setup.Element == ElementMode.None || second < setup.ElementAtS || !r.IsValid)
                {
                    return r;
                }

                double room = run.Pad.AmbientC;
                if (setup.Element == ElementMode.Slide)
                {
                    double share = 1.0 - (Math.Min(1.0, (second - setup.ElementAtS) / 300.0) * (1.0 - setup.ElementArg));
                    return SensorReading.Valid(SimulatedSensor.Quantise(room + (share * (r.TemperatureC - room))));
                }

                double targetC = setup.Element == ElementMode.Place
                    ? (double.IsNaN(setup.ElementArg) ? room : setup.ElementArg)
                    : room + (setup.ElementArg * (run.Pad.SurfaceC - room));
                double lagS = setup.Element == ElementMode.Place ? 20.0 : 60.0;
                if (double.IsNaN(elementC))
                {
                    elementC = run.ElementSensor!.LaggedC;
                }

                elementC = targetC + ((elementC - targetC) * Math.Exp(-1.0 / lagS));
                return SensorReading.Valid(SimulatedSensor.Quantise(elementC + run.ElementSensor!.OffsetC + PairDetachment.Noise(noise, pad.SensorNoiseC)));
            };

            run.Start(setup.Level, setup.Program);
            double airWPerK = run.Pad.SurfaceToAmbientWPerK;
            var pairNoise = new Random((setup.Seed * 7919) + 17);
            double firstC = 0.0;
            double secondC = 0.0;
            int affirmAfterElementS = 0, affirmAfterPairS = 0, capS = 0, farAtS = -1, faultAtS = -1, over48S = 0;
            double peakC = double.NegativeInfinity;
            FaultCode fault = FaultCode.None;
            for (second = 1; second <= setup.Seconds; second++)
            {
                if (setup.ColdPack)
                {
                    run.Pad.SurfaceToAmbientWPerK = run.Last.Phase == SessionPhase.Cool ? FaultCampaign.ColdPackWPerK : airWPerK;
                }

                SensorReading? a = null;
                SensorReading? b = null;
                bool pairOff = setup.Pair != PairMode.None && second >= setup.PairAtS;
                if (pairOff && setup.Pair == PairMode.View)
                {
                    double room = run.Pad.AmbientC;
                    double view = 1.0 - (Math.Min(1.0, (second - setup.PairAtS) / 300.0) * (1.0 - setup.PairArg));
                    a = Seen(run.Sensor.Read(run.NowMs + 1000), room, view);
                    b = Seen(run.SecondSensor.Read(run.NowMs + 1000), room, view);
                }
                else if (pairOff && setup.Pair == PairMode.Place)
                {
                    if (second == setup.PairAtS)
                    {
                        firstC = run.Sensor.LaggedC;
                        secondC = run.SecondSensor.LaggedC;
                    }

                    double targetC = run.Pad.AmbientC + setup.PairArg;
                    firstC = targetC + ((firstC - targetC) * Math.Exp(-1.0 / pad.SensorLagS));
                    secondC = targetC + ((secondC - targetC) * Math.Exp(-1.0 / pad.SecondSensorLagS));
                    a = SensorReading.Valid(SimulatedSensor.Quantise(firstC + pad.SensorBiasC + PairDetachment.Noise(pairNoise, pad.SensorNoiseC)));
                    b = SensorReading.Valid(SimulatedSensor.Quantise(secondC + pad.SecondSensorBiasC + PairDetachment.Noise(pairNoise, pad.SensorNoiseC)));
                }

                run.TickPair(1000, a, b);
                ElementWitnessCheck w = run.Core.Supervisor.ElementWitness;
                peakC = Math.Max(peakC, run.Pad.SurfaceC);
                if (run.Pad.SurfaceC > FaultCampaign.SingleFaultSurfaceC)
                {
                    over48S++;
                }

                if (second > setup.ElementAtS)
                {
                    affirmAfterElementS += w.Affirms ? 1 : 0;
                    affirmAfterPairS += w.Affirms && pairOff ? 1 : 0;
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

        // A loosened sensor's reading: the room + its view of its own reading's rise.
        private static SensorReading Seen(SensorReading own, double roomC, double view)
        {
            return own.IsValid ? SensorReading.Valid(SimulatedSensor.Quantise(roomC + (view * (own.TemperatureC - roomC)))) : own;
        }
    }
}
