using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Faults
{
    /// <summary>
    /// One power-on of the <c>faults</c> campaign's restless group (session 35, issue 4; review 35a's findings (1) and (2), which no
    /// normal-life group drew): a shipped pad in its drawn room (<see cref="LifeRoom"/>), the supply, level, program and body contact
    /// drawn as the lying-down group draws them (<see cref="LieDownLife"/>: 90–110 % of rated, level 1–5, <c>heat</c>, 1–3 × the pad's
    /// own surface-to-body conductance), pre-heated in free air (<see cref="BenchPadFamily.FreeAirSurfaceToAmbientWPerK"/>) for
    /// <see cref="PreHeatMinS"/>..<see cref="PreHeatMaxS"/>, then lain on and left <see cref="LieDownsMin"/>..<see cref="LieDownsMax"/>
    /// times (lain <see cref="LainMinS"/>..<see cref="LainMaxS"/>, up <see cref="UpMinS"/>..<see cref="UpMaxS"/>, back in free air).
    /// In <see cref="SeveralSessionsFraction"/> of the power-ons the pad is left plugged in and carries
    /// <see cref="SessionsMin"/>..<see cref="SessionsMax"/> sessions: each one but the last stopped with a Power press when its user
    /// gets up for the last time, the next started with another <see cref="GapMinS"/>..<see cref="GapMaxS"/> later (the pad off, in
    /// free air), at the same level, with a pre-heat and a lying-down schedule of its own. The last (or only) session runs to the
    /// program's end (its user left it on) or <see cref="FaultCampaign.NormalLifeMinutes"/> after its start press. No sensor
    /// glitches, no sag, no level raise: the group isolates the lying down again and again. Review 35a's scan (docs/safety.md
    /// "Review 35a") found main tripping 42 of 432 restless users and 99 of 864 three-session days, harsher than this draw.
    /// </summary>
    public static class RestlessLife
    {
        /// <summary>Shortest pre-heat in free air, s, 120 (review 35a's sessions pre-heated 2 or 10 min).</summary>
        public const int PreHeatMinS = 120;

        /// <summary>Longest pre-heat in free air, s, 900 (the project's choice: 15 min; the lying-down group draws up to 25 min).</summary>
        public const int PreHeatMaxS = 900;

        /// <summary>Fewest lyings-down per session, 2 (the brief of session 35: lain on and left 2–4 times).</summary>
        public const int LieDownsMin = 2;

        /// <summary>Most lyings-down per session, 4.</summary>
        public const int LieDownsMax = 4;

        /// <summary>Shortest time lain on, s, 300 (review 35a: 5 or 15 min).</summary>
        public const int LainMinS = 300;

        /// <summary>Longest time lain on, s, 900.</summary>
        public const int LainMaxS = 900;

        /// <summary>Shortest time up, s, 120 (review 35a: 2 or 10 min).</summary>
        public const int UpMinS = 120;

        /// <summary>Longest time up, s, 600.</summary>
        public const int UpMaxS = 600;

        /// <summary>Fraction of the power-ons that carry several sessions, 1/3 (the brief of session 35).</summary>
        public const double SeveralSessionsFraction = 1.0 / 3.0;

        /// <summary>Fewest sessions in a power-on that carries several, 2.</summary>
        public const int SessionsMin = 2;

        /// <summary>Most sessions in a power-on that carries several, 3 (review 35a scanned three).</summary>
        public const int SessionsMax = 3;

        /// <summary>Shortest gap between two sessions of one power-on, s, 60 (review 35a: 1 or 30 min).</summary>
        public const int GapMinS = 60;

        /// <summary>Longest gap between two sessions of one power-on, s, 1,800.</summary>
        public const int GapMaxS = 1800;

        /// <summary>
        /// The draw of the power-on seeded <paramref name="seed"/> over <paramref name="pads"/> (already in the power-on's room):
        /// the same seed gives the same power-on.
        /// </summary>
        public static RestlessDraw Draw((string Name, PadParameters Pad)[] pads, int seed)
        {
            var random = new Random(seed);
            (string name, PadParameters pad) = pads[random.Next(pads.Length)];
            double supplyV = pad.RatedVoltageV * (0.9 + (0.2 * random.NextDouble()));
            int level = 1 + random.Next(TherapyConfig.LevelCount);
            double factor = LieDownLife.ContactMinFactor + ((LieDownLife.ContactMaxFactor - LieDownLife.ContactMinFactor) * random.NextDouble());
            double ownWPerK = pad.SurfaceToBodyWPerK > 0.0 ? pad.SurfaceToBodyWPerK : LieDownLife.NoBodyPadContactWPerK;
            int sessions = random.NextDouble() < SeveralSessionsFraction ? random.Next(SessionsMin, SessionsMax + 1) : 1;
            var schedules = new RestlessSession[sessions];
            for (int k = 0; k < sessions; k++)
            {
                int gapS = k == 0 ? 0 : random.Next(GapMinS, GapMaxS + 1);
                int preHeatS = random.Next(PreHeatMinS, PreHeatMaxS + 1);
                int lieDowns = random.Next(LieDownsMin, LieDownsMax + 1);
                var lainS = new int[lieDowns];
                var upS = new int[lieDowns];
                for (int j = 0; j < lieDowns; j++)
                {
                    lainS[j] = random.Next(LainMinS, LainMaxS + 1);
                    upS[j] = random.Next(UpMinS, UpMaxS + 1);
                }

                schedules[k] = new RestlessSession(gapS, preHeatS, lainS, upS);
            }

            return new RestlessDraw(name, pad, supplyV, level, factor * ownWPerK, schedules);
        }

        /// <summary>
        /// Runs the power-on seeded <paramref name="seed"/> (<see cref="Draw"/>) in 1 s ticks to its last session's end or the first
        /// fault; <paramref name="onTick"/>: called after each tick while a session runs; <paramref name="fitElement"/>: called on the
        /// new run before anything else (e.g. to fit the element sensor). Returns the draw, the fault latched (<see cref="FaultCode.None"/>
        /// when none), the second after the first start press it latched (-1: none), and the session (1-based) it latched in (0: none).
        /// </summary>
        public static (RestlessDraw Draw, FaultCode Fault, int FaultAtS, int FaultSession) Run((string Name, PadParameters Pad)[] pads, int seed, Action<FaultRun> onTick = null, Action<FaultRun> fitElement = null)
        {
            RestlessDraw draw = Draw(pads, seed);
            var run = new FaultRun(draw.Pad, seed);
            fitElement?.Invoke(run);
            run.Pad.SupplyVoltageV = draw.SupplyV;
            double ownAirWPerK = run.Pad.SurfaceToAmbientWPerK;
            LieDownLife.PlaceUser(run, false, draw.BodyWPerK, ownAirWPerK);
            run.Start(draw.Level, TherapyProgram.Heat);
            long firstStartMs = run.NowMs;
            for (int k = 0; k < draw.Sessions.Length; k++)
            {
                RestlessSession session = draw.Sessions[k];
                bool last = k == draw.Sessions.Length - 1;
                if (k > 0)
                {
                    // The gap: the pad off in free air, then a Power press starts the next session at the same level.
                    LieDownLife.PlaceUser(run, false, draw.BodyWPerK, ownAirWPerK);
                    for (int s = 1; s < session.GapS; s++)
                    {
                        CoreOutputs idle = run.TickPair(1000, null, null);
                        if (idle.Fault != FaultCode.None)
                        {
                            return (draw, idle.Fault, (int)((run.NowMs - firstStartMs) / 1000), k + 1);
                        }
                    }

                    CoreOutputs started = run.TickPair(1000, null, null, ButtonId.Power);
                    if (started.Fault != FaultCode.None)
                    {
                        return (draw, started.Fault, (int)((run.NowMs - firstStartMs) / 1000), k + 1);
                    }

                    if (run.Last.Phase == SessionPhase.Off)
                    {
                        // The core refused the session (none does on main); the power-on ends here, without a fault.
                        return (draw, FaultCode.None, -1, 0);
                    }
                }

                long startMs = run.NowMs;
                long endMs = startMs + (FaultCampaign.NormalLifeMinutes * 60000L);
                int stopAtS = last ? -1 : session.EndS;
                while (run.Last.Phase != SessionPhase.Off && run.NowMs < endMs)
                {
                    int sinceS = (int)((run.NowMs - startMs) / 1000);
                    LieDownLife.PlaceUser(run, session.IsLainAt(sinceS), draw.BodyWPerK, ownAirWPerK);
                    CoreOutputs outputs = run.TickPair(1000, null, null, sinceS == stopAtS ? ButtonId.Power : ButtonId.None);
                    onTick?.Invoke(run);
                    if (outputs.Fault != FaultCode.None)
                    {
                        return (draw, outputs.Fault, (int)((run.NowMs - firstStartMs) / 1000), k + 1);
                    }
                }
            }

            return (draw, FaultCode.None, -1, 0);
        }
    }

    /// <summary>
    /// One restless power-on's draw: the pad (<paramref name="PadName"/>, <paramref name="Pad"/> in the power-on's room), the supply,
    /// V, the level 1–5, the body contact while lain on, W/K, and its sessions in order.
    /// </summary>
    public sealed record RestlessDraw(string PadName, PadParameters Pad, double SupplyV, int Level, double BodyWPerK, RestlessSession[] Sessions)
    {
        /// <summary>The lyings-down over all the sessions.</summary>
        public int LieDowns
        {
            get
            {
                int n = 0;
                foreach (RestlessSession s in Sessions)
                {
                    n += s.LainS.Length;
                }

                return n;
            }
        }
    }

    /// <summary>
    /// One session of a restless power-on: the gap before its start press, s (0 for the first), the pre-heat in free air, s, and
    /// each lying down's time lain on and the time up after it, s (the last one's only in a power-on's last session: the others stop when their user gets up for the last time).
    /// </summary>
    public sealed record RestlessSession(int GapS, int PreHeatS, int[] LainS, int[] UpS)
    {
        /// <summary>Seconds after the start press the user gets up for the last time and (in all but a power-on's last session) stops the session.</summary>
        public int EndS
        {
            get
            {
                int t = PreHeatS;
                for (int j = 0; j < LainS.Length; j++)
                {
                    t += LainS[j] + (j < LainS.Length - 1 ? UpS[j] : 0);
                }

                return t;
            }
        }

        /// <summary>True when the user lies on the pad <paramref name="sinceS"/> s after the session's start press.</summary>
        public bool IsLainAt(int sinceS)
        {
            int t = PreHeatS;
            for (int j = 0; j < LainS.Length; j++)
            {
                if (sinceS >= t && sinceS < t + LainS[j])
                {
                    return true;
                }

                t += LainS[j] + UpS[j];
            }

            return false;
        }
    }
}
