using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace HeatPadFirmware.Simulator.Bench
{
    /// <summary>The bench table's second section: the re-heat after a cold pack (<see cref="ReheatSchedule"/>), a summary per controller and family, the worst firmware runs, the faults.</summary>
    public static class ReheatTable
    {
        /// <summary>Rise ratio over which a run misses issue 3's worst-rise target, 1.15.</summary>
        public const double RiseTarget = 1.15;

        /// <summary>Overshoot over which a run misses issue 3's overshoot target, 0.3 °C.</summary>
        public const double OvershootTargetC = 0.3;

        /// <summary>Writes the section for <paramref name="rows"/> with one summary line per controller of <paramref name="controllers"/>, in that order.</summary>
        public static void Write(TextWriter output, IReadOnlyList<ReheatResult> rows, IReadOnlyList<string> controllers)
        {
            CultureInfo inv = CultureInfo.InvariantCulture;
            output.WriteLine();
            output.WriteLine("Re-heat after a cold pack (reachable cases): heat from rest, hold 10 min after arriving (at least 20 min of heat;");
            output.WriteLine(string.Format(inv, "20 min and no figure when not arrived by then), heat off {0:0} min with a cold pack ({1:0} W/K to the room), heat again {2:0} min.",
                ReheatSchedule.CoolS / 60, ReheatSchedule.ColdPackWPerK, ReheatSchedule.ReheatS / 60));
            output.WriteLine("The firmware runs the contrast program (heat phases of 20-30 min, 4-min cool, 2 cycles). Figures on the TRUE surface, re-heat only:");
            output.WriteLine("rise = time from the re-heat's start to target - 0.5 C / physical bound from the pad's state then (full power, then coast);");
            output.WriteLine("overshoot over the target: the setpoint in force at the re-heat's start (the firmware's burn-dose cap, 42.5 C, if it came before).");
            foreach (string family in new[] { "random", "shipped" })
            {
                output.WriteLine();
                output.WriteLine(family == "random" ? "Re-heat, random family" : "Re-heat, shipped pads");
                output.WriteLine("  controller    runs  first n/r  median rise  worst rise  over 1.15  not reached  max overshoot  over 0.3 C  faults");
                foreach (string controller in controllers)
                {
                    var rs = rows.Where(r => r.Controller == controller && IsRandom(r) == (family == "random")).ToList();
                    var figures = rs.Where(r => r.HasFigure).ToList();
                    var ratios = figures.Where(r => r.RiseRatio != null).Select(r => r.RiseRatio.Value).ToList();
                    int firstNotReached = rs.Count(r => !r.FirstReached);
                    int notReached = figures.Count(r => r.RiseS == null);
                    double worst = ratios.Count > 0 ? ratios.Max() : double.NaN;
                    int overRise = ratios.Count(x => x > RiseTarget);
                    double maxOver = figures.Count > 0 ? figures.Max(r => r.OvershootC) : double.NaN;
                    int overOvershoot = figures.Count(r => r.OvershootC > OvershootTargetC);
                    int faults = rs.Count(r => r.Fault != "");
                    output.WriteLine(string.Format(inv, "  {0,-12} {1,5}  {2,9}  {3,11:0.000}  {4,10:0.000}  {5,9}  {6,11}  {7,11:0.00} C  {8,10}  {9,6}",
                        controller, rs.Count, firstNotReached, Median.Of(ratios), worst, overRise, notReached, maxOver, overOvershoot, faults));
                }
            }

            var fw = rows.Where(r => r.Controller == BenchRunner.Firmware && r.HasFigure).ToList();
            if (fw.Count > 0)
            {
                output.WriteLine();
                output.WriteLine("Worst firmware re-heats (by rise ratio, then by overshoot):");
                foreach (ReheatResult r in fw.OrderByDescending(r => r.RiseRatio ?? 99).Take(5).Concat(fw.OrderByDescending(r => r.OvershootC).Take(5)))
                {
                    output.WriteLine(string.Format(inv, "  {0,-14} {1,-4} L{2} {3:0.0} C  start core {4:0.0} surface {5:0.0} C  bound {6,5:0} s  rise {7}  overshoot {8:0.00} C  {9}",
                        r.PadName, r.Condition, r.Level, r.TargetC, r.StartCoreC, r.StartSurfaceC, r.BoundS,
                        r.RiseRatio is double x ? x.ToString("0.000", inv) : r.RiseS == null ? "not reached" : "in band", r.OvershootC, r.Fault));
                }
            }

            foreach (ReheatResult r in rows.Where(r => r.Fault != "").Take(10))
            {
                output.WriteLine(string.Format(inv, "  FAULT {0} on {1} {2} level {3} at {4:0} s (re-heat starts at {5:0} s): {6}",
                    r.Controller, r.PadName, r.Condition, r.Level, r.FaultAtS, r.ReheatStartS, r.Fault));
            }
        }

        private static bool IsRandom(ReheatResult r)
        {
            return r.PadName.StartsWith("random-", StringComparison.Ordinal);
        }
    }
}
