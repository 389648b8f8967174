using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Simulator.Faults
{
    /// <summary>
    /// One session of the <c>faults</c> campaign's pack-left group (session 36, issue 4; trip35 and pack35, docs/safety.md "Session 35:
    /// the cold pack left on into the re-heat (pack35; traced)"): a <c>contrast</c> session on a shipped pad in its drawn room
    /// (<see cref="LifeRoom"/>), the cold pack on the pad through every cool phase as the contrast group lays it
    /// (<see cref="FaultCampaign.ColdPackWPerK"/>, the surface–room conductance of the one-zone pad: the pack covers the whole pad and
    /// both sensors), and left on <see cref="LeftOnS"/> (0/30/60/120/180 s, drawn) into each heat phase that follows a cool phase.
    /// The supply is drawn 90–110 % of rated and the level 1–5, as the other groups draw them; half the sessions run the shipped
    /// contrast program (<see cref="TherapyConfig"/>'s defaults: 6-min heat, 2-min cool, 3 cycles), the others the contrast group's
    /// cut-short cycles (5-min heat, 1–15-min cool, as many as fit in <see cref="FaultCampaign.NormalLifeMinutes"/>, at most 10).
    /// In <see cref="BodyFraction"/> of the sessions a user lies on the pad throughout (the pad's own body contact; a pad without one
    /// has none), in the others nobody does (the pad's own room contact, as trip35's pinned session). No sensor glitches, no sag,
    /// no level raise: the group isolates the pack. Each session reports, beside its fault, the true surface's peak over the
    /// level from the first re-heat on and its seconds over 48 °C, both counted on past a fault while the pad coasts
    /// (<see cref="CoastAfterFaultS"/>): a latched fault stops the heat, not the heat the core has stored.
    /// </summary>
    public static class PackLeftLife
    {
        /// <summary>
        /// The seconds the pack is left on into a re-heat, one drawn per session: 0 (the contrast group's pack) to 180 s (the brief
        /// of session 36; review 35a scanned 0/60/180/600 s, pack35 traced 60 s).
        /// </summary>
        public static readonly int[] LeftOnS = { 0, 30, 60, 120, 180 };

        /// <summary>Longest pin <c>--pack-left-seconds</c> takes, s, 600 (review 35a's longest; longer than any heat phase the group runs, so the pack lies on through it).</summary>
        public const int MaxPinnedLeftOnS = 600;

        /// <summary>True when <paramref name="leftOnS"/> may pin the seconds left on: 0..<see cref="MaxPinnedLeftOnS"/>.</summary>
        public static bool IsAllowedLeftOnS(int leftOnS)
        {
            return leftOnS >= 0 && leftOnS <= MaxPinnedLeftOnS;
        }

        /// <summary>Fraction of the sessions with a user lying on the pad throughout, 0.7 (the contrast group's: 3 in 10 get up).</summary>
        public const double BodyFraction = 0.7;

        /// <summary>Fraction of the sessions that run the shipped contrast program (6/2/3) instead of the cut-short cycles, 0.5 (the project's choice).</summary>
        public const double ShippedProgramFraction = 0.5;

        /// <summary>
        /// Seconds the pad is followed after a fault latched, 300: with the heat off the stored heat lifts the surface on for
        /// tens of seconds (pack35: the core 8 °C over the surface at the fault), and the surface's seconds over 48 °C count there too.
        /// </summary>
        public const int CoastAfterFaultS = 300;

        /// <summary>
        /// The draw of the session seeded <paramref name="seed"/> over <paramref name="pads"/> (already in the session's room):
        /// the same seed gives the same session. <paramref name="pinnedLeftOnS"/>: when not negative, the seconds left on instead
        /// of the drawn ones (the other draws do not move).
        /// </summary>
        public static PackLeftDraw Draw((string Name, PadParameters Pad)[] pads, int seed, int pinnedLeftOnS = -1)
        {
            ArgumentNullException.ThrowIfNull(pads);
            var random = new Random(seed);
            (string name, PadParameters pad) = pads[random.Next(pads.Length)];
            double supplyV = pad.RatedVoltageV * (0.9 + (0.2 * random.NextDouble()));
            int level = 1 + random.Next(TherapyConfig.LevelCount);
            bool shipped = random.NextDouble() < ShippedProgramFraction;
            int coolMinutes = 1 + random.Next(15);
            bool body = random.NextDouble() < BodyFraction;
            int leftOnS = LeftOnS[random.Next(LeftOnS.Length)];
            var defaults = new TherapyConfig();
            int heatMinutes = shipped ? defaults.ContrastHeatMinutes : TherapyConfig.MinHeatPhaseMinutes;
            coolMinutes = shipped ? defaults.ContrastCoolMinutes : coolMinutes;
            int cycles = shipped ? defaults.ContrastCycles : Math.Max(1, Math.Min(10, FaultCampaign.NormalLifeMinutes / (heatMinutes + coolMinutes)));
            return new PackLeftDraw(name, pad, supplyV, level, heatMinutes, coolMinutes, cycles, body ? pad.SurfaceToBodyWPerK : 0.0, pinnedLeftOnS >= 0 ? pinnedLeftOnS : leftOnS);
        }

        /// <summary>
        /// Runs the session seeded <paramref name="seed"/> (<see cref="Draw"/>); see <see cref="Run(PackLeftDraw, int, Action{FaultRun}, Action{FaultRun})"/>.
        /// </summary>
        public static PackLeftOutcome Run((string Name, PadParameters Pad)[] pads, int seed, Action<FaultRun> onTick = null, int pinnedLeftOnS = -1, Action<FaultRun> fitElement = null)
        {
            return Run(Draw(pads, seed, pinnedLeftOnS), seed, onTick, fitElement);
        }

        /// <summary>
        /// Runs <paramref name="draw"/> in 1 s ticks (run seeded <paramref name="runSeed"/>) to the program's end,
        /// <see cref="FaultCampaign.NormalLifeMinutes"/> or the first fault, then, after a fault, <see cref="CoastAfterFaultS"/> more
        /// with the core as it latched; <paramref name="onTick"/>: called after each tick before the fault (not in the coast);
        /// <paramref name="fitElement"/>: called on the new run before anything else. The pack lies on the pad in a tick whose
        /// previous tick was in a cool phase, and in the first <see cref="PackLeftDraw.LeftOnS"/> ticks of a heat phase after one
        /// (the contrast group's one-tick lag, and trip35's pinned session's).
        /// </summary>
        public static PackLeftOutcome Run(PackLeftDraw draw, int runSeed, Action<FaultRun> onTick = null, Action<FaultRun> fitElement = null)
        {
            ArgumentNullException.ThrowIfNull(draw);
            var config = new TherapyConfig
            {
                ContrastHeatMinutes = draw.HeatMinutes,
                ContrastCoolMinutes = draw.CoolMinutes,
                ContrastCycles = draw.Cycles,
            };
            double levelC = config.SetpointOfLevelC(draw.Level);
            var run = new FaultRun(draw.Pad, runSeed, config);
            fitElement?.Invoke(run);
            run.Pad.SupplyVoltageV = draw.SupplyV;
            double airWPerK = run.Pad.SurfaceToAmbientWPerK;
            run.Pad.SurfaceToBodyWPerK = draw.BodyWPerK;
            run.Start(draw.Level, TherapyProgram.Contrast);
            long startMs = run.NowMs;
            long endMs = startMs + (FaultCampaign.NormalLifeMinutes * 60000L);
            SessionPhase previous = run.Last.Phase;
            bool cooled = false;
            int heatTicks = 0;
            double peakC = double.NegativeInfinity;
            double reheatPeakC = double.NegativeInfinity;
            int over48S = 0;
            FaultCode fault = FaultCode.None;
            int faultAtS = -1;
            while (run.Last.Phase != SessionPhase.Off && run.NowMs < endMs)
            {
                SessionPhase phase = run.Last.Phase;
                if (phase != previous)
                {
                    cooled |= phase == SessionPhase.Cool;
                    heatTicks = 0;
                    previous = phase;
                }

                bool pack = phase == SessionPhase.Cool || (phase == SessionPhase.Heat && cooled && heatTicks < draw.LeftOnS);
                heatTicks += phase == SessionPhase.Heat ? 1 : 0;
                double wantAirWPerK = pack ? FaultCampaign.ColdPackWPerK : airWPerK;
                if (run.Pad.SurfaceToAmbientWPerK != wantAirWPerK)
                {
                    run.Pad.SurfaceToAmbientWPerK = wantAirWPerK;
                }

                CoreOutputs outputs = run.TickPair(1000, null, null);
                onTick?.Invoke(run);
                Observe(run.Pad.SurfaceC, cooled, ref peakC, ref reheatPeakC, ref over48S);
                if (outputs.Fault != FaultCode.None)
                {
                    fault = outputs.Fault;
                    faultAtS = (int)((run.NowMs - startMs) / 1000);
                    break;
                }
            }

            if (fault != FaultCode.None)
            {
                // The coast: the fault holds the heat off; the pad lies as it lay (the pack, if on, stays on).
                for (int s = 0; s < CoastAfterFaultS; s++)
                {
                    run.TickPair(1000, null, null);
                    Observe(run.Pad.SurfaceC, cooled, ref peakC, ref reheatPeakC, ref over48S);
                }
            }

            return new PackLeftOutcome(draw, fault, faultAtS, peakC, double.IsNegativeInfinity(reheatPeakC) ? double.NaN : reheatPeakC - levelC, over48S);
        }

        private static void Observe(double surfaceC, bool cooled, ref double peakC, ref double reheatPeakC, ref int over48S)
        {
            peakC = Math.Max(peakC, surfaceC);
            if (cooled)
            {
                reheatPeakC = Math.Max(reheatPeakC, surfaceC);
            }

            over48S += surfaceC > FaultCampaign.SingleFaultSurfaceC ? 1 : 0;
        }
    }

    /// <summary>
    /// One pack-left session's draw: the pad (<paramref name="PadName"/>, <paramref name="Pad"/> in the session's room), the supply, V,
    /// the level 1–5, the contrast program's heat and cool phases, min, and cycles, the body contact, W/K (0: nobody on the pad), and
    /// the seconds the pack is left on into each re-heat.
    /// </summary>
    public sealed record PackLeftDraw(string PadName, PadParameters Pad, double SupplyV, int Level, int HeatMinutes, int CoolMinutes, int Cycles, double BodyWPerK, int LeftOnS)
    {
        /// <summary>True when a user lies on the pad.</summary>
        public bool Body => BodyWPerK > 0.0;
    }

    /// <summary>
    /// One pack-left session's outcome: its draw, the fault latched (<see cref="FaultCode.None"/>: none) and its second after the
    /// start press (−1: none), the true surface's peak over the whole session, °C, its peak over the level from the first cool phase
    /// on (the re-heats; NaN: the session never cooled), °C, and its seconds over 48 °C; the last three count the coast after a fault.
    /// </summary>
    public sealed record PackLeftOutcome(PackLeftDraw Draw, FaultCode Fault, int FaultAtS, double PeakC, double ReheatOverLevelC, int Over48S);
}
