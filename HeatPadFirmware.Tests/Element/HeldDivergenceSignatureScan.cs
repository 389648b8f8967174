using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Element
{
    /// <summary>
    /// Session 27 (ecap27; docs/safety.md "Session 27: the calibrated witness's remaining false trips (ecap27)"): what the
    /// held-divergence watch (<see cref="ElementHeldDivergenceCheck"/>) sees between the hold's lowest gap and its verdict, for
    /// the three populations it must tell apart — an element sensor drifting 3 °C hot after adoption (review 20a's 54 whole-view
    /// heat-ups, ecap26's skipped finding), the 40 loosening rows of faults seed 1 it names sooner than the cap alone, and review
    /// 27a's record attacks. Tracked from outside the core, each tick: the hold's lowest judged gap (fast-lagged estimate on the
    /// cold start's room less the hotter pair mean, on the ticks the cap holds and the witness judges, as the watch takes it), and
    /// there the witness's drop and the pair mean; printed at the verdict (or at the largest growth when there is none): the
    /// growth, the change of the drop (the heat into the surface / G_cs), of the pair and of the estimate since the lowest gap.
    /// </summary>
    public class HeldDivergenceSignatureScan
    {
        private sealed class Tracker
        {
            private bool _hasLowest;
            private double _lowestGapC;
            private double _dropLowC;
            private double _pairLowC;
            private double _estLowC;
            private double _maxGrowthC = -1.0;
            private bool _done;
            public string Line = "";

            public void Tick(Supervisor s, int nowS)
            {
                ElementHeldDivergenceCheck h = s.HeldDivergence;
                ElementWitnessCheck w = s.ElementWitness;
                if (_done)
                {
                    return;
                }

                if (!h.InHold)
                {
                    _hasLowest = false;
                    return;
                }

                double estC = w.FastLaggedSurfaceC + w.RoomShiftC;
                if (s.SurfaceCap.Holding && w.Judged)
                {
                    double gapC = estC - w.MeanHotterReadingC;
                    if (!_hasLowest || gapC < _lowestGapC)
                    {
                        _hasLowest = true;
                        _lowestGapC = gapC;
                        _dropLowC = w.DropC;
                        _pairLowC = w.MeanHotterReadingC;
                        _estLowC = estC;
                    }
                }

                if (_hasLowest && (h.Verdict || h.GrowthSeenC > _maxGrowthC))
                {
                    _maxGrowthC = Math.Max(_maxGrowthC, h.GrowthSeenC);
                    _done = h.Verdict;
                    Line = FormattableString.Invariant($"t {nowS} growth {h.GrowthSeenC:F2} dDrop {w.DropC - _dropLowC:F2} (from {_dropLowC - w.RoomShiftC:F2}) dPair {w.MeanHotterReadingC - _pairLowC:F2} (pair {w.MeanHotterReadingC:F2}) dEst {estC - _estLowC:F2} cap {s.SurfaceCap.DutyCap:F2} verdict {h.Verdict}");
                }
            }
        }

        // By hand: ECAP27_SCAN=drift / loose / attack (or several joined), ECAP27_OUT the output file. Without ECAP27_SCAN it runs nothing.
        [Fact]
        public void Scan()
        {
            string? mode = Environment.GetEnvironmentVariable("ECAP27_SCAN");
            if (string.IsNullOrEmpty(mode))
            {
                return;
            }

            using var o = new StreamWriter(Environment.GetEnvironmentVariable("ECAP27_OUT") ?? "ecap27-scan.txt", append: false) { AutoFlush = true };
            if (mode.Contains("drift", StringComparison.Ordinal))
            {
                // Review 20a's ElementOffsetAfterAdoptionReviewTests, +3 C over 300 s from 600 s, the same seeds.
                Tracker? tracker = null;
                Review20a.ElementOffsetAfterAdoptionReviewTests.EachDriftingSession(
                    3.0,
                    () =>
                    {
                        tracker = new Tracker();
                        return (run, t) => tracker.Tick(run.Core.Supervisor, t);
                    },
                    (name, condition, level, run, lastS) => o.WriteLine($"drift {name} {condition} L{level} {FaultCodeNames.Of(run.Last.Fault)} at {lastS} s: {tracker!.Line}"));
            }

            if (mode.Contains("loose", StringComparison.Ordinal))
            {
                var seeds = FaultsCommand.CaseSeeds(PadFile.LoadAllShipped().Select(p => p.Name).ToArray(), 1);
                foreach (var (kind, padName, level, onsetS) in WatchNamedRows)
                {
                    var tracker = new Tracker();
                    int t = 0;
                    FaultCaseResult res = FaultCampaign.RunCase(padName, PadFile.LoadShipped(padName), level, kind, onsetS, seeds[(padName, level, onsetS, kind)], r => r.FitElementSensor(ElementCalibrationKind.Factory), onTick: run =>
                    {
                        t++;
                        tracker.Tick(run.Core.Supervisor, t);
                    });
                    o.WriteLine(FormattableString.Invariant($"loose {kind} {padName} L{level} @{onsetS:F0} {FaultCodeNames.Of(res.Fault)} no heat {res.NoHeatAfterS:F0} s: {tracker.Line}"));
                }
            }

            if (mode.Contains("attack", StringComparison.Ordinal))
            {
                // Review 27a's sessions (HeldDivergenceAttack): the record's sense scale, a cold start 10 C under the room, the supply
                // to 13.2 V-eq. 30 s into the first hold.
                var attacks = new (double Sense, bool Cold, bool Surge, int Seed)[]
                {
                    (1.15, false, false, 130006), (1.15, false, false, 130032), (1.15, false, false, 130101), (1.10, true, true, 130032),
                    (1.10, false, false, 130184), (1.10, true, false, 130074), (1.15, false, true, 130014), (1.15, false, true, 130069), (1.15, false, true, 130081),
                };
                foreach (var (sense, cold, surge, seed) in attacks)
                {
                    var tracker = new Tracker();
                    Review27a.HeldDivergenceAttack.Outcome oc = Review27a.HeldDivergenceAttack.Session(seed, sense, 1.0, 1.0, cold ? 10.0 : 0.0, (r, sinceS, heldS) =>
                    {
                        if (surge && heldS == 30)
                        {
                            r.Pad.SupplyVoltageV = 1.1 * r.Pad.Parameters.RatedVoltageV;
                        }

                        // Before each tick: the previous tick's state (the session's own tracking is after it).
                        tracker.Tick(r.Core.Supervisor, (int)sinceS);
                    });
                    o.WriteLine(FormattableString.Invariant($"attack sense{sense:F2}{(cold ? "+cold10" : "")}{(surge ? "+surge" : "")} {oc}: {tracker.Line}"));
                }
            }
        }

        /// <summary>Faults seed 1's loosening rows the watch names sooner than the cap alone (M27F-faults1 against ecap25F-faults1: 40 rows).</summary>
        private static readonly (FaultKind Kind, string Pad, int Level, double OnsetS)[] WatchNamedRows =
        {
            (FaultKind.BothSensorsLoosening, "folded-covered", 4, 1800.0),
            (FaultKind.BothSensorsLoosening, "folded-covered", 5, 1800.0),
            (FaultKind.BothSensorsLoosening, "free-air", 1, 60.0),
            (FaultKind.BothSensorsLoosening, "free-air", 2, 60.0),
            (FaultKind.BothSensorsLoosening, "free-air", 3, 60.0),
            (FaultKind.BothSensorsLoosening, "free-air", 4, 60.0),
            (FaultKind.BothSensorsLoosening, "free-air", 5, 60.0),
            (FaultKind.BothSensorsLoosening, "free-air", 5, 300.0),
            (FaultKind.BothSensorsLoosening, "nominal-12v", 2, 60.0),
            (FaultKind.BothSensorsLoosening, "nominal-12v", 3, 60.0),
            (FaultKind.BothSensorsLoosening, "nominal-12v", 4, 60.0),
            (FaultKind.BothSensorsLoosening, "nominal-12v", 5, 60.0),
            (FaultKind.BothSensorsLoosening, "strong-60w", 4, 60.0),
            (FaultKind.BothSensorsLoosening, "strong-60w", 5, 60.0),
            (FaultKind.BothSensorsLooseningShortPhases, "nominal-12v", 3, 60.0),
            (FaultKind.BothSensorsLooseningShortPhases, "nominal-12v", 4, 60.0),
            (FaultKind.BothSensorsLooseningShortPhases, "strong-60w", 3, 60.0),
            (FaultKind.BothSensorsLooseningShortPhases, "strong-60w", 4, 60.0),
            (FaultKind.BothSensorsLooseningShortPhases, "strong-60w", 5, 60.0),
            (FaultKind.TwoPaceLoosening, "free-air", 2, 60.0),
            (FaultKind.TwoPaceLoosening, "free-air", 5, 60.0),
            (FaultKind.TwoPaceLoosening, "nominal-12v", 5, 60.0),
            (FaultKind.TwoPaceLoosening, "strong-60w", 5, 60.0),
            (FaultKind.TwoPaceLoosening, "thick-slow", 1, 300.0),
            (FaultKind.TwoPaceLoosening, "thick-slow", 2, 300.0),
            (FaultKind.TwoPaceLoosening, "thick-slow", 3, 300.0),
            (FaultKind.TwoPaceLoosening, "thick-slow", 4, 300.0),
            (FaultKind.TwoPaceLoosening, "thick-slow", 4, 1800.0),
            (FaultKind.TwoPaceLoosening, "thick-slow", 5, 300.0),
            (FaultKind.TwoPaceLoosening, "thick-slow", 5, 1800.0),
            (FaultKind.TwoPaceLooseningReversed, "nominal-12v", 4, 60.0),
            (FaultKind.TwoPaceLooseningReversed, "nominal-12v", 5, 60.0),
            (FaultKind.TwoPaceLooseningReversed, "strong-60w", 4, 60.0),
            (FaultKind.TwoPaceLooseningReversed, "strong-60w", 5, 60.0),
            (FaultKind.TwoPaceLooseningReversed, "thick-slow", 1, 300.0),
            (FaultKind.TwoPaceLooseningReversed, "thick-slow", 2, 300.0),
            (FaultKind.TwoPaceLooseningReversed, "thick-slow", 3, 300.0),
            (FaultKind.TwoPaceLooseningReversed, "thick-slow", 4, 60.0),
            (FaultKind.TwoPaceLooseningReversed, "thick-slow", 4, 300.0),
            (FaultKind.TwoPaceLooseningReversed, "thick-slow", 5, 300.0),
        };
    }
}
