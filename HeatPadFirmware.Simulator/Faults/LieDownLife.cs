using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Faults
{
    /// <summary>
    /// One session of the <c>faults</c> campaign's lying-down group (session 14, issue 4): the most common use of a heating pad —
    /// switched on, left to warm on the bed or sofa in free air, then lain on. Seeded: a shipped pad, the supply drawn as the
    /// normal-life group draws it (90–110 % of rated), a level 1–5, the <c>heat</c> program, the pad started in free air (no body,
    /// <see cref="BenchPadFamily.FreeAirSurfaceToAmbientWPerK"/> to the room, the campaign's free air), the user lying down at a second drawn over <see cref="LieDownMinS"/>..
    /// <see cref="LieDownMaxS"/> with a body contact of 1–3 × the pad's own (<see cref="NoBodyPadContactWPerK"/> for a pad with
    /// none) and the pad's own room contact, staying to the program's end — or, in <see cref="GetUpFraction"/> of the sessions,
    /// getting up again <see cref="GetUpMinAfterS"/>..<see cref="GetUpMaxAfterS"/> after lying down (back in free air). No
    /// sensor glitches, no sag, no level raise: the group isolates the lie-down (the normal group has those events, and its
    /// pre-heat draw lies down only at 5–25 min). Before this group review 14b's scan (LieDownScenario) found 568 of 3,168 runs
    /// latching a false alarm, most when lain on at 120–240 s.
    /// </summary>
    public static class LieDownLife
    {
        /// <summary>Earliest lie-down, s after the start press, 60 (the brief of session 14: 60–1,500 s; review 14b's worst window is 120–240 s).</summary>
        public const int LieDownMinS = 60;

        /// <summary>Latest lie-down, s after the start press, 1,500 (25 min: the normal group's pre-heat draw ends there).</summary>
        public const int LieDownMaxS = 1500;

        /// <summary>Least body contact, × the pad's own surface-to-body conductance, 1.</summary>
        public const double ContactMinFactor = 1.0;

        /// <summary>Most body contact, × the pad's own surface-to-body conductance, 3 (a heavier user pressing the pad harder; review 14b scanned up to 3×).</summary>
        public const double ContactMaxFactor = 3.0;

        /// <summary>Body contact of a pad whose file has none (a pad fitted in free air), W/K before the factor, 3 (the order of the shipped body pads' own).</summary>
        public const double NoBodyPadContactWPerK = 3.0;

        /// <summary>Fraction of the sessions in which the user gets up again, 0.3 (the normal group's body-off draw).</summary>
        public const double GetUpFraction = 0.3;

        /// <summary>Earliest get-up, s after lying down, 600.</summary>
        public const int GetUpMinAfterS = 600;

        /// <summary>Latest get-up, s after lying down, 2,400 (the normal group's body-off draw ends 40 min after the start).</summary>
        public const int GetUpMaxAfterS = 2400;

        /// <summary>
        /// The draw of the session seeded <paramref name="seed"/> over <paramref name="pads"/> (already in the session's room):
        /// the same seed gives the same session.
        /// </summary>
        public static LieDownDraw Draw((string Name, PadParameters Pad)[] pads, int seed)
        {
            var random = new Random(seed);
            (string name, PadParameters pad) = pads[random.Next(pads.Length)];
            double supplyV = pad.RatedVoltageV * (0.9 + (0.2 * random.NextDouble()));
            int level = 1 + random.Next(TherapyConfig.LevelCount);
            int lieAtS = random.Next(LieDownMinS, LieDownMaxS + 1);
            double factor = ContactMinFactor + ((ContactMaxFactor - ContactMinFactor) * random.NextDouble());
            double ownWPerK = pad.SurfaceToBodyWPerK > 0.0 ? pad.SurfaceToBodyWPerK : NoBodyPadContactWPerK;
            int upAtS = random.NextDouble() < GetUpFraction ? lieAtS + random.Next(GetUpMinAfterS, GetUpMaxAfterS + 1) : -1;
            return new LieDownDraw(name, pad, supplyV, level, lieAtS, factor * ownWPerK, upAtS);
        }

        /// <summary>
        /// Runs the session seeded <paramref name="seed"/> (<see cref="Draw"/>) to the program's end or
        /// <see cref="FaultCampaign.NormalLifeMinutes"/>, whichever is first; <paramref name="onTick"/>: called after each tick.
        /// Returns the draw, the fault latched (<see cref="FaultCode.None"/> when none) and the second after the start press it latched (-1: none).
        /// <paramref name="lainFromStart"/>: the reference of the same draw — the user lies on the pad (the drawn contact, the pad's own
        /// room contact) from before the start press and stays; what the pad gives a user who did not pre-heat it.
        /// <paramref name="fitElement"/>: called on the new run before anything else (e.g. to fit the element sensor with a given
        /// calibration, whatever the command line's <c>--element-sensor</c> says). <paramref name="beforeTick"/>: called before each
        /// tick with the seconds since the start press, before the draw's lying down and getting up (e.g. to move the room).
        /// </summary>
        public static (LieDownDraw Draw, FaultCode Fault, int FaultAtS) Run((string Name, PadParameters Pad)[] pads, int seed, Action<FaultRun> onTick = null, bool lainFromStart = false, Action<FaultRun> fitElement = null, Action<FaultRun, long> beforeTick = null)
        {
            LieDownDraw draw = Draw(pads, seed);
            PadParameters pad = draw.Pad;
            var run = new FaultRun(pad, seed);
            fitElement?.Invoke(run);

            run.Pad.SupplyVoltageV = draw.SupplyV;
            double ownAirWPerK = run.Pad.SurfaceToAmbientWPerK;
            PlaceUser(run, lainFromStart, draw.BodyWPerK, ownAirWPerK);
            int lieAtS = lainFromStart ? -1 : draw.LieAtS;
            int upAtS = lainFromStart ? -1 : draw.UpAtS;
            run.Start(draw.Level, TherapyProgram.Heat);
            long startMs = run.NowMs;
            long endMs = startMs + (FaultCampaign.NormalLifeMinutes * 60000L);
            while (run.Last.Phase != SessionPhase.Off && run.NowMs < endMs)
            {
                long sinceS = (run.NowMs - startMs) / 1000;
                beforeTick?.Invoke(run, sinceS);
                if (sinceS == lieAtS || sinceS == upAtS)
                {
                    PlaceUser(run, sinceS == lieAtS, draw.BodyWPerK, ownAirWPerK);
                }

                CoreOutputs outputs = run.TickPair(1000, null, null);
                onTick?.Invoke(run);
                if (outputs.Fault != FaultCode.None)
                {
                    return (draw, outputs.Fault, (int)((run.NowMs - startMs) / 1000));
                }
            }

            return (draw, FaultCode.None, -1);
        }

        /// <summary>
        /// Puts the user on the pad (<paramref name="lain"/>: the body's contact <paramref name="bodyWPerK"/>, W/K, and the pad's own
        /// room contact <paramref name="ownAirWPerK"/>, W/K) or off it (no body, the pad in free air,
        /// <see cref="BenchPadFamily.FreeAirSurfaceToAmbientWPerK"/>): the lying-down group's two states, shared by the restless group.
        /// </summary>
        public static void PlaceUser(FaultRun run, bool lain, double bodyWPerK, double ownAirWPerK)
        {
            ArgumentNullException.ThrowIfNull(run);
            run.Pad.SurfaceToBodyWPerK = lain ? bodyWPerK : 0.0;
            run.Pad.SurfaceToAmbientWPerK = lain ? ownAirWPerK : BenchPadFamily.FreeAirSurfaceToAmbientWPerK;
        }
    }

    /// <summary>
    /// One lying-down session's draw: the pad (<paramref name="PadName"/>, <paramref name="Pad"/> in the session's room), the
    /// supply, V, the level 1–5, the second after the start press the user lies down, the body contact then, W/K, and the second
    /// they get up again (-1: they stay).
    /// </summary>
    public sealed record LieDownDraw(string PadName, PadParameters Pad, double SupplyV, int Level, int LieAtS, double BodyWPerK, int UpAtS);
}
