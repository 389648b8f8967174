using System;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review19a;
using Xunit;

namespace HeatPadFirmware.Tests.Review21a
{
    /// <summary>
    /// Review 21a's scan (by hand): the real latch (the run's own Factory calibration, <see cref="ElementCalibrationKind.Factory"/>)
    /// on every shipped pad, conditions body / air / folded, levels 2-5, a pad switched on at room + offset (a positive offset:
    /// a restart with the pad still warm from the session before the power cut). Counts SensorDetached latches in 1,800 s.
    /// REVIEW21A_OFFSETS (comma-separated, °C), REVIEW21A_ROOM (22), REVIEW21A_OUT.
    /// </summary>
    public class Review21aScan
    {
        private const string ByHand = "Review 21a's scan: run by hand (remove the Skip; docs/safety.md, Review 21a).";

        internal static (FaultCode Fault, int AtS, double StartC, double Gca, double Gcs) Run(PadParameters pad, int seed, int level, int seconds = 1800, ElementCalibrationKind kind = ElementCalibrationKind.Factory, double supplyFromFraction = 1.0, double supplyToFraction = 1.0, int stepAtS = -1)
        {
            var run = new FaultRun(pad, seed);
            run.FitElementSensor(kind);
            run.Pad.SupplyVoltageV = pad.RatedVoltageV * supplyFromFraction;
            run.Start(level);
            long startS = run.NowMs / 1000;
            for (int s = 1; s <= seconds && run.Last.Fault == FaultCode.None; s++)
            {
                if (s == stepAtS)
                {
                    run.Pad.SupplyVoltageV = pad.RatedVoltageV * supplyToFraction;
                }

                run.TickPair(1000, run.Sensor.Read(run.NowMs + 1000), run.SecondSensor.Read(run.NowMs + 1000));
            }

            var l = run.Core.Supervisor.ElementWitness.Learner;
            return (run.Last.Fault, (int)(run.NowMs / 1000 - startS), l.StartC, l.RoomConductanceWPerK, l.ConductanceWPerK);
        }

        [Fact(Skip = ByHand)]
        public void Scan()
        {
            double room = double.Parse(Environment.GetEnvironmentVariable("REVIEW21A_ROOM") ?? "22");
            string offs = Environment.GetEnvironmentVariable("REVIEW21A_OFFSETS") ?? "0,18";
            double from = double.Parse(Environment.GetEnvironmentVariable("REVIEW21A_FROM") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
            double to = double.Parse(Environment.GetEnvironmentVariable("REVIEW21A_TO") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
            int stepAt = int.Parse(Environment.GetEnvironmentVariable("REVIEW21A_STEP_AT") ?? "-1");
            var kind = Environment.GetEnvironmentVariable("REVIEW21A_KIND") == "None" ? ElementCalibrationKind.None : ElementCalibrationKind.Factory;
            using var w = new StreamWriter(Environment.GetEnvironmentVariable("REVIEW21A_OUT") ?? "review21a-scan.txt", append: true);
            foreach (string o in offs.Split(','))
            {
                double off = double.Parse(o, System.Globalization.CultureInfo.InvariantCulture);
                int n = 0, latched = 0;
                foreach (var (name, shipped) in PadFile.LoadAllShipped())
                {
                    foreach (string cond in HostileElementReadingTests.Conditions)
                    {
                        for (int level = 2; level <= 5; level++)
                        {
                            int seed = 21000 + (n * 7);
                            PadParameters pad = HostileElementReadingTests.InCondition(shipped, cond).With(ambientC: room, initialC: room + off, bodyC: Math.Max(room, shipped.BodyC));
                            var r = Run(pad, seed, level, kind: kind, supplyFromFraction: from, supplyToFraction: to, stepAtS: stepAt);
                            var rb = Run(pad, seed, level, kind: ElementCalibrationKind.None, supplyFromFraction: from, supplyToFraction: to, stepAtS: stepAt);
                            n++;
                            string line = $"  {kind} supply {from}->{to} at {stepAt} room {room} off {off} {name} {cond} L{level} seed {seed}: {r.Fault} at {r.AtS} s (no calibration {rb.Fault} at {rb.AtS} s) StartC {r.StartC:F2} Gca {r.Gca:F3} Gcs {r.Gcs:F3}";
                            if (r.Fault != rb.Fault || r.AtS != rb.AtS) { latched++; }
                            w.WriteLine(line);
                        }
                    }
                }
                w.WriteLine($"ROOM {room} OFFSET {off}: {latched} of {n} differ from the run without a calibration");
                w.Flush();
            }
        }

        // One lying-down session (faults' lying-down group's draw) with the run's own calibration kind: the pad switched on
        // padColderC under its room, the room warming driftC over the first hour.
        internal static (LieDownDraw Draw, FaultCode Fault, int FaultAtS) LieOne(int seed, ElementCalibrationKind kind, double padColderC, double driftC, double? roomC = null)
        {
            var pads = LifeRoom.PadsIn(PadFile.LoadAllShipped(), roomC ?? LifeRoom.Of(seed));
            for (int i = 0; i < pads.Length; i++)
            {
                pads[i] = (pads[i].Name, pads[i].Pad.With(initialC: pads[i].Pad.AmbientC - padColderC));
            }

            double room0C = 0;
            return LieDownLife.Run(pads, seed,
                fitElement: r => { r.FitElementSensor(kind); room0C = r.Pad.Parameters.AmbientC; },
                beforeTick: (r, sinceS) =>
                {
                    if (driftC != 0.0)
                    {
                        HeatPadFirmware.Tests.Review20b.CalibrationErrorShadow.SetRoom(r.Pad, room0C + (driftC * Math.Min(1.0, sinceS / 3600.0)));
                    }
                });
        }

        [Fact(Skip = ByHand)]
        public void LyingDown()
        {
            string conds = Environment.GetEnvironmentVariable("REVIEW21A_LIE") ?? "cold10+drift8";
            int n = int.Parse(Environment.GetEnvironmentVariable("REVIEW21A_N") ?? "400");
            int sd = int.Parse(Environment.GetEnvironmentVariable("REVIEW21A_SEED") ?? "1");
            using var w = new StreamWriter(Environment.GetEnvironmentVariable("REVIEW21A_OUT") ?? "review21a-lie.txt", append: true);
            foreach (string cond in conds.Split(','))
            {
                double cold = 0, drift = 0;
                foreach (string part in cond.Split('+'))
                {
                    if (part.StartsWith("cold")) cold = double.Parse(part.Substring(4), System.Globalization.CultureInfo.InvariantCulture);
                    if (part.StartsWith("warm")) cold = -double.Parse(part.Substring(4), System.Globalization.CultureInfo.InvariantCulture);
                    if (part.StartsWith("drift")) drift = double.Parse(part.Substring(5), System.Globalization.CultureInfo.InvariantCulture);
                }

                int added = 0, moved = 0;
                for (int i = 0; i < n; i++)
                {
                    int seed = (sd * 100003) + FaultsCommand.LieDownLifeSeedOffset + i;
                    var b = LieOne(seed, ElementCalibrationKind.None, cold, drift);
                    var c = LieOne(seed, ElementCalibrationKind.Factory, cold, drift);
                    if (b.Fault != c.Fault || b.FaultAtS != c.FaultAtS)
                    {
                        if (b.Fault == FaultCode.None) added++; else moved++;
                        w.WriteLine($"  {cond} seed {seed} {c.Draw.PadName} L{c.Draw.Level}: none-cal {b.Fault} {b.FaultAtS} s, factory {c.Fault} {c.FaultAtS} s");
                    }
                }

                w.WriteLine($"LIE {cond} seed {sd} sessions {n}: factory latch added {added}, moved {moved}");
                w.Flush();
            }
        }
    }
}
