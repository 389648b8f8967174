using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Faults
{
    /// <summary>
    /// One restart of review 10's scan (session 10): a pad learned in a heat of <see cref="LearnHeatS"/> at a level, then the
    /// user presses off, gets up (body contact 0) and lays a cold pack on the pad (its conductance to the room raised to the
    /// pack's), and presses on again after an off of some seconds; the pack is lifted at the restart, some seconds after it,
    /// or never. The sensors stay on the pad (<see cref="RunAttached"/>: any latch is a false alarm, or the pack-left-on
    /// class the README tells the user to avoid) or both leave it at the off press (<see cref="RunDetached"/>: the latch must
    /// come, and before the surface is hot). Every rule that judges a restart, an off press or a reading near the room meets
    /// these cases; the campaign's normal life has few of them.
    /// </summary>
    public static class RestartScan
    {
        /// <summary>Seconds of heat before the first off press, 300: the pad's first heat-up is learned and the hold begun.</summary>
        public const int LearnHeatS = 300;

        /// <summary>
        /// Starts <paramref name="run"/> at <paramref name="level"/> (1-5) and runs the scan's learning heat, <see cref="LearnHeatS"/>
        /// ticks of 1 s with the sensors as they read: the second (0..<see cref="LearnHeatS"/> - 1) a fault latched in it, or -1 when
        /// none did (the run then stands at the hold, heat on, ready for the off press).
        /// </summary>
        public static int LearnHeat(FaultRun run, int level)
        {
            run.Start(level);
            for (int s = 0; s < LearnHeatS; s++)
            {
                run.Tick(1000, null);
                if (run.Last.Fault != FaultCode.None)
                {
                    return s;
                }
            }

            return -1;
        }

        /// <summary>Seconds watched after the last restart, 600 (the restart rules judge within the first few minutes).</summary>
        public const int WatchS = 600;

        /// <summary>Seconds of heat between two off presses when there are two, 20: a restart cut short by another off.</summary>
        public const int BetweenOffsS = 20;

        /// <summary>Lift value meaning the pack stays on the pad through the watch.</summary>
        public const int NeverLifted = -1;

        /// <summary>The scan's run seed, 7 (review 10's): sensor noise and the core's seeded choices.</summary>
        public const int RunSeed = 7;

        /// <summary>What one restart came to.</summary>
        public readonly struct Outcome
        {
            /// <summary>Creates an outcome.</summary>
            public Outcome(FaultCode fault, double afterS, double peakSurfaceC)
            {
                Fault = fault;
                AfterS = afterS;
                PeakSurfaceC = peakSurfaceC;
            }

            /// <summary>The fault latched, or <see cref="FaultCode.None"/>.</summary>
            public FaultCode Fault { get; }

            /// <summary>Seconds from the last restart to the latch (negative: latched that many seconds into the learning heat or between offs; NaN: none).</summary>
            public double AfterS { get; }

            /// <summary>Highest true surface temperature from the last restart to the latch or the watch's end, °C.</summary>
            public double PeakSurfaceC { get; }
        }

        /// <summary>
        /// The sensors stay on the pad. <paramref name="pad"/> as built, learned on the body when <paramref name="learnOnBody"/>
        /// (else in free air); <paramref name="offS"/> seconds per off (≥ 2); <paramref name="packWPerK"/> the pack's conductance to
        /// the room while on, W/K; <paramref name="packLiftedAfterS"/> seconds after the last restart the pack is lifted (0: at the
        /// restart, <see cref="NeverLifted"/>: never); <paramref name="offPresses"/> off presses (1–2).
        /// </summary>
        public static Outcome RunAttached(PadParameters pad, bool learnOnBody, int level, int offS, double packWPerK, int packLiftedAfterS, int offPresses)
        {
            return Run(pad, learnOnBody, level, offS, packWPerK, packLiftedAfterS, offPresses, sensorsLeave: false);
        }

        /// <summary>As <see cref="RunAttached"/>, with both sensors leaving the pad for the room air at the first off press.</summary>
        public static Outcome RunDetached(PadParameters pad, bool learnOnBody, int level, int offS, double packWPerK, int packLiftedAfterS, int offPresses)
        {
            return Run(pad, learnOnBody, level, offS, packWPerK, packLiftedAfterS, offPresses, sensorsLeave: true);
        }

        private static Outcome Run(PadParameters pad, bool learnOnBody, int level, int offS, double packWPerK, int packLiftedAfterS, int offPresses, bool sensorsLeave)
        {
            if (offS < 2 || offPresses < 1 || offPresses > 2 || !(packWPerK >= 0.0) || (packLiftedAfterS < 0 && packLiftedAfterS != NeverLifted))
            {
                throw new ArgumentOutOfRangeException(nameof(offS), "off of at least 2 s, 1-2 off presses, a pack of >= 0 W/K lifted at >= 0 s or never");
            }

            PadParameters learned = learnOnBody ? pad : BenchPadFamily.InCondition(pad, "air");
            var run = new FaultRun(learned, RunSeed);
            // The user is up: the pad's surface loses to the room at least as a free-air pad does.
            double upWPerK = Math.Max(pad.SurfaceToAmbientWPerK, BenchPadFamily.FreeAirSurfaceToAmbientWPerK);
            int learnFaultS = LearnHeat(run, level);
            if (learnFaultS >= 0)
            {
                return new Outcome(run.Last.Fault, -learnFaultS, double.NaN);
            }

            double peakC = double.NegativeInfinity;
            for (int k = 0; k < offPresses; k++)
            {
                run.Tick(1000, null, ButtonId.Power);
                if (sensorsLeave && k == 0)
                {
                    run.Sensor.Detached = true;
                    run.SecondSensor.Detached = true;
                }

                run.Pad.SurfaceToBodyWPerK = 0.0;
                run.Pad.SurfaceToAmbientWPerK = packWPerK;
                for (int s = 1; s < offS; s++)
                {
                    run.Tick(1000, null);
                }

                if (packLiftedAfterS == 0)
                {
                    run.Pad.SurfaceToAmbientWPerK = upWPerK;
                }

                run.Tick(1000, null, ButtonId.Power);
                bool last = k + 1 == offPresses;
                int watchS = last ? WatchS : BetweenOffsS;
                for (int s = 1; s <= watchS; s++)
                {
                    if (s == packLiftedAfterS)
                    {
                        run.Pad.SurfaceToAmbientWPerK = upWPerK;
                    }

                    run.Tick(1000, null);
                    if (last)
                    {
                        peakC = Math.Max(peakC, run.Pad.SurfaceC);
                    }

                    if (run.Last.Fault != FaultCode.None)
                    {
                        return new Outcome(run.Last.Fault, last ? s : -s, peakC);
                    }
                }
            }

            return new Outcome(FaultCode.None, double.NaN, peakC);
        }
    }
}
