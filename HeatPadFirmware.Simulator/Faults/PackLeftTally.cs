using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;

namespace HeatPadFirmware.Simulator.Faults
{
    /// <summary>
    /// The pack-left group's own figures (session 36, <see cref="PackLeftLife"/>), what its false-trip count misses: the sessions
    /// whose re-heat took the true surface more than <see cref="OverLevelNoticeC"/> over the level and past
    /// <see cref="FaultCampaign.SingleFaultSurfaceC"/>, the worst one named, the same per seconds left on, and with <c>--cases</c>
    /// one line per session over the level's notice or tripping.
    /// </summary>
    public sealed class PackLeftTally
    {
        /// <summary>A re-heat over the level by more than this is counted, 0.3 °C (issue 3's overshoot figure, <see cref="OverSetpointWatch.NoticeC"/>).</summary>
        public const double OverLevelNoticeC = OverSetpointWatch.NoticeC;

        private readonly List<(int Seed, double RoomC, PackLeftOutcome Outcome)> _runs;

        /// <summary>Tallies <paramref name="runs"/> (each session's seed, room, °C, and outcome, in the order they ran).</summary>
        public PackLeftTally(List<(int Seed, double RoomC, PackLeftOutcome Outcome)> runs)
        {
            _runs = runs ?? throw new ArgumentNullException(nameof(runs));
        }

        /// <summary>Sessions whose re-heat peak was more than <see cref="OverLevelNoticeC"/> over the level.</summary>
        public int OverNotice => _runs.Count(r => r.Outcome.ReheatOverLevelC > OverLevelNoticeC);

        /// <summary>Sessions whose true surface spent at least a second over 48 °C.</summary>
        public int Past48 => _runs.Count(r => r.Outcome.Over48S > 0);

        /// <summary>Seconds over 48 °C, all sessions together.</summary>
        public int Over48S => _runs.Sum(r => r.Outcome.Over48S);

        /// <summary>The session with the highest re-heat peak over the level (most seconds over 48 °C on a tie; null: none re-heated).</summary>
        public (int Seed, double RoomC, PackLeftOutcome Outcome)? Worst => Worst_(_runs);

        private static (int Seed, double RoomC, PackLeftOutcome Outcome)? Worst_(IEnumerable<(int Seed, double RoomC, PackLeftOutcome Outcome)> runs)
        {
            var ranked = runs.Where(r => !double.IsNaN(r.Outcome.ReheatOverLevelC)).OrderByDescending(r => r.Outcome.ReheatOverLevelC).ThenByDescending(r => r.Outcome.Over48S).ToList();
            return ranked.Count == 0 ? null : ranked[0];
        }

        /// <summary>Writes the summary line, the rows per seconds left on and, with <paramref name="listCases"/>, the sessions over the notice or tripping.</summary>
        public void Write(TextWriter output, bool listCases)
        {
            ArgumentNullException.ThrowIfNull(output);
            var worst = Worst;
            output.WriteLine(FormattableString.Invariant($"  re-heat true surface over the level > {OverLevelNoticeC:0.0} C in {OverNotice}, past {FaultCampaign.SingleFaultSurfaceC:0} C in {Past48} ({Over48S} s in all, the coast after a fault counted)")
                + (worst.HasValue ? "; worst " + Name(worst.Value) : ""));
            output.WriteLine(FormattableString.Invariant($"  {"left on s",9} {"sessions",8} {"trips",5} {"over+0.3",8} {"past 48",7} {"s>48C",6} {"worst over C",12}"));
            foreach (int leftOnS in _runs.Select(r => r.Outcome.Draw.LeftOnS).Distinct().OrderBy(x => x))
            {
                var rows = _runs.Where(r => r.Outcome.Draw.LeftOnS == leftOnS).ToList();
                var w = Worst_(rows);
                output.WriteLine(FormattableString.Invariant($"  {leftOnS,9} {rows.Count,8} {rows.Count(r => r.Outcome.Fault != FaultCode.None),5} {rows.Count(r => r.Outcome.ReheatOverLevelC > OverLevelNoticeC),8} {rows.Count(r => r.Outcome.Over48S > 0),7} {rows.Sum(r => r.Outcome.Over48S),6} {(w.HasValue ? w.Value.Outcome.ReheatOverLevelC.ToString("+0.00;-0.00", System.Globalization.CultureInfo.InvariantCulture) : "-"),12}"));
            }

            if (!listCases)
            {
                return;
            }

            var listed = _runs.Where(r => r.Outcome.Fault != FaultCode.None || r.Outcome.ReheatOverLevelC > OverLevelNoticeC).ToList();
            if (listed.Count == 0)
            {
                return;
            }

            output.WriteLine(FormattableString.Invariant($"  pack-left sessions over the level + {OverLevelNoticeC:0.0} C or tripping: seed, room C, pad, level, supply V, heat/cool min x cycles, body W/K, left on s, re-heat peak over the level C, peak C, s>48C, fault at s"));
            foreach (var r in listed)
            {
                PackLeftOutcome o = r.Outcome;
                PackLeftDraw d = o.Draw;
                output.WriteLine(FormattableString.Invariant($"  {r.Seed,7} {r.RoomC,5:0.0} {d.PadName,-16} L{d.Level} {d.SupplyV,6:0.00} {d.HeatMinutes,2}/{d.CoolMinutes,-2}x{d.Cycles,-2} {d.BodyWPerK,5:0.00} {d.LeftOnS,4} {Over(o.ReheatOverLevelC),6} {o.PeakC,6:0.00} {o.Over48S,4}  {FaultCodeNames.Of(o.Fault)}") + (o.Fault == FaultCode.None ? "" : FormattableString.Invariant($" at {o.FaultAtS}")));
            }
        }

        /// <summary>The group's block for <c>--json</c>: the group's common figures as given and its own.</summary>
        public object Json(int sessions, int? pinnedLeftOnS, object overSetpoint, object rooms, Dictionary<string, int> falseTrips, IEnumerable<int> tripSeeds, IEnumerable<object> trips, bool listCases)
        {
            var worst = Worst;
            return new
            {
                sessions,
                leftOnS = pinnedLeftOnS.HasValue ? new[] { pinnedLeftOnS.Value } : PackLeftLife.LeftOnS,
                leftOnPinned = pinnedLeftOnS.HasValue,
                coldPackWPerK = FaultCampaign.ColdPackWPerK,
                bodyFraction = PackLeftLife.BodyFraction,
                shippedProgramFraction = PackLeftLife.ShippedProgramFraction,
                coastAfterFaultS = PackLeftLife.CoastAfterFaultS,
                overSetpoint,
                rooms,
                falseTrips,
                tripSeeds,
                trips,
                reheatOverLevel = new
                {
                    noticeC = OverLevelNoticeC,
                    sessionsOverNotice = OverNotice,
                    past48C = FaultCampaign.SingleFaultSurfaceC,
                    sessionsPast48C = Past48,
                    secondsPast48C = Over48S,
                    worst = worst.HasValue ? Case(worst.Value) : null,
                },
                byLeftOnS = _runs.Select(r => r.Outcome.Draw.LeftOnS).Distinct().OrderBy(x => x).Select(leftOnS =>
                {
                    var rows = _runs.Where(r => r.Outcome.Draw.LeftOnS == leftOnS).ToList();
                    var w = Worst_(rows);
                    return new
                    {
                        leftOnS,
                        sessions = rows.Count,
                        trips = rows.Count(r => r.Outcome.Fault != FaultCode.None),
                        sessionsOverNotice = rows.Count(r => r.Outcome.ReheatOverLevelC > OverLevelNoticeC),
                        sessionsPast48C = rows.Count(r => r.Outcome.Over48S > 0),
                        secondsPast48C = rows.Sum(r => r.Outcome.Over48S),
                        worstOverLevelC = w.HasValue ? Num(w.Value.Outcome.ReheatOverLevelC) : null,
                    };
                }),
                sessionCases = listCases ? _runs.Select(Case) : null,
            };
        }

        private static object Case((int Seed, double RoomC, PackLeftOutcome Outcome) r)
        {
            PackLeftOutcome o = r.Outcome;
            PackLeftDraw d = o.Draw;
            return new
            {
                seed = r.Seed,
                roomC = r.RoomC,
                pad = d.PadName,
                level = d.Level,
                supplyV = Math.Round(d.SupplyV, 2),
                heatMinutes = d.HeatMinutes,
                coolMinutes = d.CoolMinutes,
                cycles = d.Cycles,
                bodyWPerK = Math.Round(d.BodyWPerK, 2),
                leftOnS = d.LeftOnS,
                reheatOverLevelC = Num(o.ReheatOverLevelC),
                peakC = Num(o.PeakC),
                secondsOver48C = o.Over48S,
                fault = FaultCodeNames.Of(o.Fault),
                faultAtS = o.FaultAtS,
            };
        }

        private static string Name((int Seed, double RoomC, PackLeftOutcome Outcome) r)
        {
            PackLeftOutcome o = r.Outcome;
            PackLeftDraw d = o.Draw;
            return FormattableString.Invariant($"{Over(o.ReheatOverLevelC)} C (peak {o.PeakC:0.00} C, {o.Over48S} s over 48 C): {d.PadName} L{d.Level} in {r.RoomC:0.0} C, left on {d.LeftOnS} s, {(d.Body ? "lain on" : "no body")}, {d.HeatMinutes}/{d.CoolMinutes} min x{d.Cycles}, {FaultCodeNames.Of(o.Fault)}{(o.Fault == FaultCode.None ? "" : FormattableString.Invariant($" at {o.FaultAtS} s"))} (seed {r.Seed})");
        }

        private static string Over(double c) => double.IsNaN(c) ? "-" : c.ToString("+0.00;-0.00", System.Globalization.CultureInfo.InvariantCulture);

        private static double? Num(double value) => double.IsNaN(value) || double.IsInfinity(value) ? null : Math.Round(value, 2);
    }
}
