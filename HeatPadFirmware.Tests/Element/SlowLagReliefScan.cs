using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Element
{
    /// <summary>
    /// Session 22 (loose22): forms of the calibrated witness's verdict that give up part of the slowest pair lag's allowance, or
    /// of the margin, judged as shadows of the committed witness (docs/safety.md "Session 22: the calibrated witness's slowest-lag
    /// allowance and margin, measured (loose22)"). Each form takes the witness's own fast- and slow-lag estimates and
    /// pair mean each judged tick, forms its own estimate and margin floor, and holds <see cref="ElementWitnessCheck.ConfirmS"/>
    /// s as the witness does. A form's estimate is never under the committed one's (min of the two lags), so a form can only name
    /// sooner. The lags' states are read through the witness's internal accessors (a scan, not a guard). The tracker also carries the true surface
    /// through the witness's 30 s mean and the fastest lag (the "ideal" estimate: what an exact estimate would read).
    /// </summary>
    internal sealed class SlowLagReliefTracker
    {
        public static readonly string[] Names = { "C", "F", "B0.5", "B0.75", "B1", "B1.5", "O.5/.5", "O.5/1", "C3.5", "C3", "C2.5", "F3" };
        private readonly double[] _over = new double[Names.Length];
        private double _trueMeanC;
        private double _idealC;
        private bool _started;

        public long[] At { get; } = Enumerable.Repeat(-1L, Names.Length).ToArray();

        public double IdealC => _idealC;

        public static double FastC(ElementWitnessCheck w) => w.FastLaggedSurfaceC;

        public static double SlowC(ElementWitnessCheck w) => w.SlowLaggedSurfaceC;

        public static double MeanHotterC(ElementWitnessCheck w) => w.MeanHotterReadingC;

        // B: the estimate through the fastest lag, at most b over the committed (lower) one. O: the same, only the part of the
        // fast - slow difference over d given up (nothing on a near-steady gap). C / F with a floor: the committed / fastest-lag
        // estimate against floor + 0.1 x the drop.
        private static double Estimate(int form, double fast, double slow)
        {
            double lower = Math.Min(fast, slow);
            double d = fast - slow;
            switch (Names[form])
            {
                case "F":
                case "F3":
                    return fast;
                case "B0.5":
                    return Math.Min(fast, lower + 0.5);
                case "B0.75":
                    return Math.Min(fast, lower + 0.75);
                case "B1":
                    return Math.Min(fast, lower + 1.0);
                case "B1.5":
                    return Math.Min(fast, lower + 1.5);
                case "O.5/.5":
                    return d > 0.0 ? slow + Math.Min(0.5, Math.Max(0.0, d - 0.5)) : fast;
                case "O.5/1":
                    return d > 0.0 ? slow + Math.Min(1.0, Math.Max(0.0, d - 0.5)) : fast;
                default:
                    return lower;
            }
        }

        private static double Floor(int form)
        {
            switch (Names[form])
            {
                case "C3.5":
                    return 3.5;
                case "C3":
                case "F3":
                    return 3.0;
                case "C2.5":
                    return 2.5;
                default:
                    return ElementWitnessCheck.CalibratedFloorC;
            }
        }

        public void Tick(ElementWitnessCheck w, long nowS, double dtS, double trueSurfaceC)
        {
            if (!_started)
            {
                _trueMeanC = trueSurfaceC;
                _idealC = trueSurfaceC;
                _started = true;
            }

            _trueMeanC += Math.Min(1.0, dtS / ElementWitnessCheck.SmoothingS) * (trueSurfaceC - _trueMeanC);
            _idealC += Math.Min(1.0, dtS / ElementWitnessCheck.FastLagS) * (_trueMeanC - _idealC);
            for (int v = 0; v < Names.Length; v++)
            {
                if (!w.Judged)
                {
                    _over[v] = 0.0;
                    continue;
                }

                double gapC = Estimate(v, FastC(w), SlowC(w)) - MeanHotterC(w);
                double marginC = Floor(v) + (ElementWitnessCheck.CalibratedDropFraction * Math.Max(0.0, w.DropC));
                _over[v] = gapC > marginC ? _over[v] + dtS : 0.0;
                if (At[v] < 0 && _over[v] >= ElementWitnessCheck.ConfirmS)
                {
                    At[v] = nowS;
                }
            }
        }
    }

    /// <summary>
    /// Session 22's scans (loose22), by hand, not in the suite: remove a Skip and run
    /// <c>dotnet test HeatPadFirmware.Tests --filter FullyQualifiedName~SlowLagReliefScan.&lt;Name&gt;</c>, one at a time (they set
    /// the simulator's global element-sensor switch and record scales); LOOSE22_OUT names the output file (appended). The record as
    /// a mis-scaled board reads it: LOOSE22_SENSE (every parameter × it: 1.10 = the sense 9 % low), LOOSE22_C, LOOSE22_G (default 1).
    /// <see cref="Cases"/>: faults seed 1's four both-sensor loosening kinds with the flags, the runs past 48 °C, each form's verdict
    /// second, and at 48 °C the ideal estimate's gap, the margin and each estimate's error against the ideal.
    /// <see cref="Hole"/>: the shipped pads, L1–L5, both pair sensors lagging LOOSE22_LAG s (default 35; the second × 1.15), the
    /// supply LOOSE22_SUPPLY × rated (1.1), the pad LOOSE22_COLD °C under its room (17), the room LOOSE22_ROOM °C (unset: the pad's
    /// own), healthy until 1,800 s (loose21's 35 s runs). <see cref="LyingDown"/>: the lying-down group, seed LOOSE22_SEED (1), 400
    /// sessions, the pad LOOSE22_COLD °C under its room (0), the room warming LOOSE22_DRIFT °C over the first hour (0), the room
    /// LOOSE22_ROOM (unset: each session's own); sessions with a verdict and those a form adds (the committed form none).
    /// <see cref="WholeViews"/> / <see cref="PartialViews"/>: view16's grid (session 20's), the pair seeing the whole rise (any
    /// verdict false) or 0.1–0.7 of it (the runs past 48 °C with the committed latch, named before it).
    /// </summary>
    public class SlowLagReliefScan
    {
        private const string ByHand = "Session 22's slow-lag relief scan: run by hand (docs/safety.md, Session 22, loose22).";
        private static readonly FieldInfo AmbientField = typeof(ThermalPad).GetField("_ambientC", BindingFlags.NonPublic | BindingFlags.Instance)!;

        private static string Out => Environment.GetEnvironmentVariable("LOOSE22_OUT") ?? "loose22-scan.txt";

        private static string Head => string.Join(" / ", SlowLagReliefTracker.Names);

        private static double Env(string name, double fallback)
        {
            string? s = Environment.GetEnvironmentVariable(name);
            return string.IsNullOrEmpty(s) ? fallback : double.Parse(s, CultureInfo.InvariantCulture);
        }

        private static void WithFlags(Action body)
        {
            FactoryFlags.With("LOOSE22_SENSE", "LOOSE22_C", "LOOSE22_G", body);
        }

        [Fact(Skip = ByHand)]
        public void Cases()
        {
            WithFlags(() =>
            {
                using var w = new StreamWriter(Out, append: true);
                int pass48 = 0;
                var before = new int[SlowLagReliefTracker.Names.Length];
                w.WriteLine("forms: " + Head);
                foreach (LooseningCase c in LooseningCases.Of(LooseningCases.BothSensorKinds))
                {
                    var t = new SlowLagReliefTracker();
                    var surface = new SurfaceTally(firstTickS: 1.0);
                    string at48 = string.Empty;
                    FaultCaseResult r = c.Run(run =>
                    {
                        ElementWitnessCheck wit = run.Core.Supervisor.ElementWitness;
                        long nowS = run.NowMs / 1000;
                        surface.Tick(run);
                        t.Tick(wit, nowS, surface.TickS, run.Pad.SurfaceC);
                        if (surface.Reached48Now)
                        {
                            double f = SlowLagReliefTracker.FastC(wit);
                            double s = SlowLagReliefTracker.SlowC(wit);
                            double mh = SlowLagReliefTracker.MeanHotterC(wit);
                            at48 = FormattableString.Invariant($" [48 C: ideal - pair {t.IdealC - mh:F2}, margin {wit.MarginC:F2}, estimate - ideal: committed {Math.Min(f, s) - t.IdealC:F2}, fast {f - t.IdealC:F2}, fast without the span {f + wit.RoomShiftC - t.IdealC:F2}; span {wit.RoomShiftC:F2}, fast - slow {f - s:F2}, surface - pair {run.Pad.SurfaceC - mh:F2}]");
                        }
                    });
                    long t48 = surface.At48S;
                    if (t48 < 0)
                    {
                        continue;
                    }

                    pass48++;
                    for (int v = 0; v < before.Length; v++)
                    {
                        if (t.At[v] >= 0 && t.At[v] < t48)
                        {
                            before[v]++;
                        }
                    }

                    w.WriteLine(FormattableString.Invariant($"{c.Head} t48 {t48} peak {r.PeakSurfaceC:F1} {FaultCodeNames.Of(r.Fault)} | {string.Join(" / ", t.At)}{at48}"));
                }

                w.WriteLine($"CASES past 48 C {pass48}; named before 48 C: {string.Join(" / ", before)}");
            });
        }

        [Fact(Skip = ByHand)]
        public void Hole()
        {
            double lagS = Env("LOOSE22_LAG", 35.0);
            double supply = Env("LOOSE22_SUPPLY", 1.1);
            double colderC = Env("LOOSE22_COLD", 17.0);
            double roomC = Env("LOOSE22_ROOM", double.NaN);
            WithFlags(() =>
            {
                using var w = new StreamWriter(Out, append: true);
                var pads = PadFile.LoadAllShipped();
                var seeds = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1);
                var n = new int[SlowLagReliefTracker.Names.Length];
                int runs = 0;
                foreach (var (name, pad0) in pads)
                {
                    for (int level = 1; level <= TherapyConfig.LevelCount; level++)
                    {
                        PadParameters inRoom = double.IsNaN(roomC) ? pad0 : pad0.With(ambientC: roomC, bodyC: Math.Max(pad0.BodyC, roomC));
                        PadParameters pad = inRoom.With(sensorLagS: lagS, secondSensorLagS: lagS * 1.15, supplyVoltageV: pad0.RatedVoltageV * supply, initialC: inRoom.AmbientC - colderC);
                        var t = new SlowLagReliefTracker();
                        long lastMs = -1;
                        FaultCampaign.RunCase(name, pad, level, FaultKind.BothSensorsLoosening, 1800.0, seeds[(name, level, 1800.0, FaultKind.BothSensorsLoosening)], onTick: run =>
                        {
                            if (run.NowMs < 1800000)
                            {
                                t.Tick(run.Core.Supervisor.ElementWitness, run.NowMs / 1000, lastMs < 0 ? 1.0 : (run.NowMs - lastMs) / 1000.0, run.Pad.SurfaceC);
                            }

                            lastMs = run.NowMs;
                        });
                        runs++;
                        for (int v = 0; v < n.Length; v++)
                        {
                            if (t.At[v] >= 0)
                            {
                                n[v]++;
                                w.WriteLine(FormattableString.Invariant($"  {name} L{level} {SlowLagReliefTracker.Names[v]} at {t.At[v]} s"));
                            }
                        }
                    }
                }

                w.WriteLine(FormattableString.Invariant($"HOLE pair lag {lagS} s, supply x{supply}, pad {colderC} C under the room {roomC}, record sense x{ElementSensorOption.RecordSenseScale} C x{ElementSensorOption.RecordCapacityScale} G x{ElementSensorOption.RecordConductanceScale}: {runs} runs healthy to 1,800 s; verdicts {Head}: {string.Join(" / ", n)}"));
            });
        }

        [Fact(Skip = ByHand)]
        public void LyingDown()
        {
            int seed = (int)Env("LOOSE22_SEED", 1);
            double colderC = Env("LOOSE22_COLD", 0.0);
            double driftC = Env("LOOSE22_DRIFT", 0.0);
            double roomC = Env("LOOSE22_ROOM", double.NaN);
            WithFlags(() =>
            {
                using var w = new StreamWriter(Out, append: true);
                var n = new int[SlowLagReliefTracker.Names.Length];
                var added = new int[n.Length];
                for (int i = 0; i < 400; i++)
                {
                    int sessionSeed = (seed * 100003) + FaultsCommand.LieDownLifeSeedOffset + i;
                    var pads = LifeRoom.PadsIn(PadFile.LoadAllShipped(), LifeRoom.Of(sessionSeed));
                    for (int j = 0; j < pads.Length; j++)
                    {
                        PadParameters p = double.IsNaN(roomC) ? pads[j].Pad : pads[j].Pad.With(ambientC: roomC);
                        pads[j] = (pads[j].Name, p.With(initialC: p.AmbientC - colderC));
                    }

                    var t = new SlowLagReliefTracker();
                    long lastMs = -1;
                    long startS = -1;
                    double room0C = double.NaN;
                    var (draw, fault, faultAtS) = LieDownLife.Run(
                        pads,
                        sessionSeed,
                        run =>
                        {
                            if (startS < 0)
                            {
                                startS = (run.NowMs / 1000) - 1;
                            }

                            t.Tick(run.Core.Supervisor.ElementWitness, run.NowMs / 1000, lastMs < 0 ? 1.0 : (run.NowMs - lastMs) / 1000.0, run.Pad.SurfaceC);
                            lastMs = run.NowMs;
                        },
                        beforeTick: driftC == 0.0 ? null : (run, sinceS) =>
                        {
                            if (double.IsNaN(room0C))
                            {
                                room0C = run.Pad.AmbientC;
                            }

                            AmbientField.SetValue(run.Pad, room0C + (driftC * Math.Min(1.0, sinceS / 3600.0)));
                        });
                    // A form's verdict counts at or before the session's own fault (the committed latch among them).
                    bool committed = t.At[0] >= 0 && (faultAtS < 0 || t.At[0] - startS <= faultAtS + 1);
                    for (int v = 0; v < n.Length; v++)
                    {
                        if (t.At[v] >= 0 && (faultAtS < 0 || t.At[v] - startS <= faultAtS + 1))
                        {
                            n[v]++;
                            added[v] += committed ? 0 : 1;
                            w.WriteLine(FormattableString.Invariant($"  seed {sessionSeed} {draw.PadName} L{draw.Level} {SlowLagReliefTracker.Names[v]} at {t.At[v] - startS} s (the session's fault: {FaultCodeNames.Of(fault)} at {faultAtS} s)"));
                        }
                    }
                }

                w.WriteLine(FormattableString.Invariant($"LIE seed {seed}, pad {colderC} C under its room, room +{driftC} C in the hour, room {roomC}, record sense x{ElementSensorOption.RecordSenseScale} C x{ElementSensorOption.RecordCapacityScale} G x{ElementSensorOption.RecordConductanceScale}: sessions with a verdict {Head}: {string.Join(" / ", n)}; added: {string.Join(" / ", added)} of 400"));
            });
        }

        [Fact(Skip = ByHand)]
        public void WholeViews()
        {
            // View16's whole views (LooseningVerdictScan.WholeViews' grid): the pair seeing the whole rise, 3,600 s; any verdict is false.
            using var w = new StreamWriter(Out, append: true);
            var n = new int[SlowLagReliefTracker.Names.Length];
            int runs = 0;
            int seed = 11;
            foreach (var (name, p0) in BenchPadFamily.Build(20, 1))
            {
                foreach (string condition in new[] { "body", "air", "folded" })
                {
                    PadParameters pad = HeatPadFirmware.Tests.Review19a.HostileElementReadingTests.InCondition(p0, condition);
                    foreach (int level in new[] { 1, 3, 5 })
                    {
                        seed++;
                        runs++;
                        var t = new SlowLagReliefTracker();
                        PartialViewSession.Run(pad, seed, level, 1.0, run => run.FitElementSensor(ElementCalibrationKind.Factory), 3600, (run, s) =>
                        {
                            if (s > 1)
                            {
                                t.Tick(run.Core.Supervisor.ElementWitness, s - 1, 1.0, run.Pad.SurfaceC);
                            }
                        });
                        for (int v = 0; v < n.Length; v++)
                        {
                            if (t.At[v] >= 0)
                            {
                                n[v]++;
                                w.WriteLine(FormattableString.Invariant($"  {name} {condition} L{level} {SlowLagReliefTracker.Names[v]} at {t.At[v]} s"));
                            }
                        }
                    }
                }
            }

            w.WriteLine($"WHOLE views {runs}: runs with a verdict {Head}: {string.Join(" / ", n)}");
        }

        [Fact(Skip = ByHand)]
        public void PartialViews()
        {
            using var w = new StreamWriter(Out, append: true);
            var before = new int[SlowLagReliefTracker.Names.Length];
            int pass48 = 0;
            int seed = 11;
            foreach (var (name, p0) in BenchPadFamily.Build(20, 1))
            {
                foreach (string condition in new[] { "body", "air", "folded" })
                {
                    PadParameters pad = HeatPadFirmware.Tests.Review19a.HostileElementReadingTests.InCondition(p0, condition);
                    foreach (int level in new[] { 1, 3, 5 })
                    {
                        foreach (double view in new[] { 0.1, 0.2, 0.3, 0.5, 0.7 })
                        {
                            seed++;
                            var t = new SlowLagReliefTracker();
                            var (_, t48, faultAt) = PartialViewSession.Run(pad, seed, level, view, run => run.FitElementSensor(ElementCalibrationKind.Factory), 3600, (run, s) =>
                            {
                                if (s > 1)
                                {
                                    t.Tick(run.Core.Supervisor.ElementWitness, s - 1, 1.0, run.Pad.SurfaceC);
                                }
                            });
                            if (t48 < 0 || (faultAt > 0 && faultAt < t48))
                            {
                                continue;
                            }

                            pass48++;
                            for (int v = 0; v < before.Length; v++)
                            {
                                if (t.At[v] >= 0 && t.At[v] < t48)
                                {
                                    before[v]++;
                                }
                            }
                        }
                    }
                }
            }

            w.WriteLine($"PARTIAL views past 48 C with the committed latch {pass48}: named before 48 C {Head}: {string.Join(" / ", before)}");
        }
    }
}
