using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review27a
{
    /// <summary>
    /// Review 27a: attacks on session 26's held-divergence watch (<see cref="ElementHeldDivergenceCheck"/>, ecap26) — faults'
    /// lying-down group, seed 1 (<see cref="LieDownLife"/>, each session in its own 16-26 C room), the Factory record made per run
    /// (the fixture's record for the run's pad and seed, optionally scaled by <see cref="ElementCalibrationSource.Scaled"/>), and a
    /// disturbance applied while the surface cap holds (docs/safety.md "Review 27a"). A session "added by the watch" latches
    /// sensor_detached on the tick the watch's <see cref="ElementHeldDivergenceCheck.Verdict"/> is true and the witness's own
    /// verdict is not (the base, main 8c1865e, has no such latch).
    /// </summary>
    internal static class HeldDivergenceAttack
    {
        private static readonly FieldInfo SeedField = typeof(FaultRun).GetField("_seed", BindingFlags.NonPublic | BindingFlags.Instance)!;

        /// <summary>The first lying-down session's seed of faults seed 1.</summary>
        public const int FirstSeed = 100003 + FaultsCommand.LieDownLifeSeedOffset;

        public sealed class Outcome
        {
            public int Seed;
            public string Pad = "";
            public int Level;
            public double RoomC;
            public FaultCode Fault;
            public int FaultAtS;
            public bool ByWatch;
            public double MaxGrowthC;
            public double HeldS;
            public double MaxSurfaceC;

            public override string ToString()
            {
                return FormattableString.Invariant($"{Seed} {Pad} L{Level} room {RoomC:0.0}: {FaultCodeNames.Of(Fault)} at {FaultAtS} s{(ByWatch ? " (the watch)" : "")}, growth {MaxGrowthC:F2} C, held {HeldS:F0} s, peak {MaxSurfaceC:F2} C");
            }
        }

        /// <summary>
        /// One lying-down session. <paramref name="disturb"/>: called before each tick with the run, the seconds since the start
        /// press and the seconds since the hold first opened (-1 before it).
        /// </summary>
        public static Outcome Session(int seed, double sense = 1.0, double capacity = 1.0, double conductance = 1.0, double startUnderC = 0.0, Action<FaultRun, long, long>? disturb = null)
        {
            var shipped = PadFile.LoadAllShipped();
            double room = LifeRoom.Of(seed);
            var pads = LifeRoom.PadsIn(shipped, room);
            if (startUnderC != 0.0)
            {
                for (int k = 0; k < pads.Length; k++)
                {
                    pads[k] = (pads[k].Name, pads[k].Pad.With(initialC: room - startUnderC));
                }
            }

            var o = new Outcome { Seed = seed, RoomC = room };
            long firstHoldS = -1;
            var (draw, fault, at) = LieDownLife.Run(pads, seed, onTick: run =>
            {
                Supervisor s = run.Core.Supervisor;
                ElementHeldDivergenceCheck w = s.HeldDivergence;
                o.MaxGrowthC = Math.Max(o.MaxGrowthC, w.GrowthSeenC);
                o.HeldS += s.SurfaceCap.Holding ? 1.0 : 0.0;
                o.MaxSurfaceC = Math.Max(o.MaxSurfaceC, run.Pad.SurfaceC);
                if (s.SurfaceCap.Holding && firstHoldS < 0)
                {
                    firstHoldS = run.NowMs / 1000;
                }

                if (s.Fault == FaultCode.SensorDetached && !o.ByWatch && o.Fault == FaultCode.None)
                {
                    o.ByWatch = w.Verdict && !s.ElementWitness.Verdict;
                }
            }, fitElement: r =>
            {
                int runSeed = (int)SeedField.GetValue(r)!;
                ElementCalibration record = ElementCalibrationFixture.Calibrate(r.Pad.Parameters, runSeed);
                r.FitElementSensor(ElementCalibrationSource.Scaled(record, sense, capacity, conductance));
            }, beforeTick: (run, sinceS) =>
            {
                long nowS = run.NowMs / 1000;
                disturb?.Invoke(run, sinceS, firstHoldS < 0 ? -1 : nowS - firstHoldS);
            });
            o.Pad = draw.PadName;
            o.Level = draw.Level;
            o.Fault = fault;
            o.FaultAtS = at;
            return o;
        }

        /// <summary>Sessions <paramref name="first"/>..first+count-1 of seed 1's group; returns all outcomes.</summary>
        public static List<Outcome> Scan(int first, int count, Func<int, Outcome> session)
        {
            var all = new List<Outcome>();
            for (int i = first; i < first + count; i++)
            {
                all.Add(session(FirstSeed + i));
            }

            return all;
        }
    }

    /// <summary>By hand (not in the suite): REVIEW27A_MODE picks the attack, REVIEW27A_OUT the output file, REVIEW27A_N the sessions.</summary>
    public class HeldDivergenceAttackScan
    {
        // A harness, not a check: without REVIEW27A_MODE it runs nothing (run by hand: docs/safety.md, Review 27a).
        [Fact]
        public void Scan()
        {
            string? mode = Environment.GetEnvironmentVariable("REVIEW27A_MODE");
            if (string.IsNullOrEmpty(mode))
            {
                return;
            }

            string outPath = Environment.GetEnvironmentVariable("REVIEW27A_OUT") ?? "review27a-scan.txt";
            int n = int.Parse(Environment.GetEnvironmentVariable("REVIEW27A_N") ?? "200");
            int first = int.Parse(Environment.GetEnvironmentVariable("REVIEW27A_FIRST") ?? "0");
            using var w = new StreamWriter(outPath, append: false) { AutoFlush = true };
            if (mode.StartsWith("contrast", StringComparison.Ordinal))
            {
                // faults' contrast group (a cold pack in every cool phase), seed 1, with the Factory flags set globally; "contrast-cold10":
                // every pad switched on 10 C under its room.
                double under = mode == "contrast-cold10" ? 10.0 : 0.0;
                Element.FactoryFlags.With("REVIEW27A_SENSE", "REVIEW27A_C", "REVIEW27A_GCS", () =>
                {
                    var shipped = PadFile.LoadAllShipped();
                    for (int i = first; i < first + n; i++)
                    {
                        int seed = 100003 + FaultsCommand.ContrastLifeSeedOffset + i;
                        double room = LifeRoom.Of(seed);
                        var pads = LifeRoom.PadsIn(shipped, room);
                        for (int k = 0; k < pads.Length; k++)
                        {
                            pads[k] = (pads[k].Name, pads[k].Pad.With(initialC: room - under));
                        }

                        var o = new HeldDivergenceAttack.Outcome { Seed = seed, RoomC = room };
                        o.Fault = FaultCampaign.RunContrastLife(pads, seed, run =>
                        {
                            Supervisor sup = run.Core.Supervisor;
                            o.MaxGrowthC = Math.Max(o.MaxGrowthC, sup.HeldDivergence.GrowthSeenC);
                            o.HeldS += sup.SurfaceCap.Holding ? 1.0 : 0.0;
                            o.MaxSurfaceC = Math.Max(o.MaxSurfaceC, run.Pad.SurfaceC);
                            if (sup.Fault == FaultCode.SensorDetached && !o.ByWatch && o.FaultAtS == 0)
                            {
                                o.ByWatch = sup.HeldDivergence.Verdict && !sup.ElementWitness.Verdict;
                                o.FaultAtS = (int)(run.NowMs / 1000);
                            }
                        });
                        w.WriteLine(o.ToString());
                    }
                });
                return;
            }

            for (int i = first; i < first + n; i++)
            {
                w.WriteLine(Run(mode, HeldDivergenceAttack.FirstSeed + i).ToString());
            }
        }

        /// <summary>
        /// One session under the named attack: parts joined by '+', e.g. "cold10+surge". Record: c0.9, c1.2, gcs0.95, sense1.10;
        /// start: cold10 (the pad 10 C under its room), warm8 (8 C over); 30 s into the first hold: surge / sag (the supply to
        /// x1.1 / x0.9 of rated, 13.2 / 10.8 V on a 12 V pad), bodyon (x3 the pad's body contact), bodyoff, pack (a cold pack,
        /// FaultCampaign.ColdPackWPerK, for 5 min), cover (the surface's loss to the room halved).
        /// </summary>
        internal static HeldDivergenceAttack.Outcome Run(string mode, int seed)
        {
            double sense = 1.0, capacity = 1.0, conductance = 1.0, under = 0.0;
            var acts = new List<Action<FaultRun, long, long>>();
            foreach (string part in mode.Split('+'))
            {
                switch (part)
                {
                    case "c0.9": capacity = 0.9; break;
                    case "c1.2": capacity = 1.2; break;
                    case "gcs0.95": conductance = 0.95; break;
                    case "sense1.10": sense = 1.10; break;
                    case "cold10": under = 10.0; break;
                    case "warm8": under = -8.0; break;
                    case "surge": acts.Add((r, s, h) => { if (h == 30) { r.Pad.SupplyVoltageV = 1.1 * r.Pad.Parameters.RatedVoltageV; } }); break;
                    case "sag": acts.Add((r, s, h) => { if (h == 30) { r.Pad.SupplyVoltageV = 0.9 * r.Pad.Parameters.RatedVoltageV; } }); break;
                    case "bodyon": acts.Add((r, s, h) => { if (h == 30) { r.Pad.SurfaceToBodyWPerK = 3.0 * Math.Max(3.0, r.Pad.Parameters.SurfaceToBodyWPerK); } }); break;
                    case "bodyoff": acts.Add((r, s, h) => { if (h == 30) { r.Pad.SurfaceToBodyWPerK = 0.0; } }); break;
                    case "pack":
                        double airWPerK = double.NaN;
                        acts.Add((r, s, h) =>
                        {
                            if (h == 30)
                            {
                                airWPerK = r.Pad.SurfaceToAmbientWPerK;
                                r.Pad.SurfaceToAmbientWPerK = FaultCampaign.ColdPackWPerK;
                            }
                            else if (h == 330)
                            {
                                r.Pad.SurfaceToAmbientWPerK = airWPerK;
                            }
                        });
                        break;
                    case "cover": acts.Add((r, s, h) => { if (h == 30) { r.Pad.SurfaceToAmbientWPerK = 0.5 * r.Pad.SurfaceToAmbientWPerK; } }); break;
                    case "plain": break;
                    default:
                        // "surge@N" / "sag@N": the step N s into the first hold; "senseX": the record's sense scale X.
                        if (part.StartsWith("surge@", StringComparison.Ordinal) || part.StartsWith("sag@", StringComparison.Ordinal))
                        {
                            long atS = long.Parse(part.Substring(part.IndexOf('@') + 1), System.Globalization.CultureInfo.InvariantCulture);
                            double scale = part.StartsWith("surge", StringComparison.Ordinal) ? 1.1 : 0.9;
                            acts.Add((r, s, h) => { if (h == atS) { r.Pad.SupplyVoltageV = scale * r.Pad.Parameters.RatedVoltageV; } });
                            break;
                        }

                        if (part.StartsWith("sense", StringComparison.Ordinal))
                        {
                            sense = double.Parse(part.Substring(5), System.Globalization.CultureInfo.InvariantCulture);
                            break;
                        }

                        throw new ArgumentException("unknown attack " + part);
                }
            }

            return HeldDivergenceAttack.Session(seed, sense, capacity, conductance, under, (r, s, h) =>
            {
                foreach (var act in acts)
                {
                    act(r, s, h);
                }
            });
        }
    }
}
