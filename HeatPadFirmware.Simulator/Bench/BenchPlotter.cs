using System;
using System.Globalization;
using System.IO;
using System.Linq;
using ScottPlot;

namespace HeatPadFirmware.Simulator.Bench
{
    /// <summary>PNG of one bench run, in the style of the session plot: true surface, readings (both sensors for the firmware), core, setpoint, duty.</summary>
    internal static class BenchPlotter
    {
        public static void WritePng(BenchResult run, string path)
        {
            BenchTrace trace = run.Trace;
            double[] minutes = trace.TimeS.Select(s => s / 60.0).ToArray();
            var plot = new Plot();
            var surface = plot.Add.Scatter(minutes, trace.SurfaceC.ToArray());
            surface.LegendText = "surface (true)";
            surface.MarkerSize = 0;
            surface.LineWidth = 2;
            surface.Color = Colors.OrangeRed;
            var reading = plot.Add.Scatter(minutes, trace.ReadingC.ToArray());
            bool hasSecond = trace.SecondReadingC.Any(c => !double.IsNaN(c));
            reading.LegendText = hasSecond ? "sensor 1 reading" : "sensor reading";
            reading.MarkerSize = 0;
            reading.Color = Colors.SteelBlue;
            if (hasSecond)
            {
                var second = plot.Add.Scatter(minutes, trace.SecondReadingC.ToArray());
                second.LegendText = "sensor 2 reading";
                second.MarkerSize = 0;
                second.Color = Colors.MediumPurple;
            }

            var core = plot.Add.Scatter(minutes, trace.CoreC.ToArray());
            core.LegendText = "heater core (true)";
            core.MarkerSize = 0;
            core.LinePattern = LinePattern.Dotted;
            core.Color = Colors.DarkRed;
            var setpoint = plot.Add.HorizontalLine(run.SetpointC);
            setpoint.LegendText = "setpoint";
            setpoint.LinePattern = LinePattern.Dashed;
            setpoint.Color = Colors.Black;
            var bound = plot.Add.VerticalLine(run.BoundS / 60.0);
            bound.LegendText = "physical bound";
            bound.LinePattern = LinePattern.Dotted;
            bound.Color = Colors.Gray;
            var duty = plot.Add.Scatter(minutes, trace.Duty.Select(d => d * 100.0).ToArray());
            duty.LegendText = "duty % (right axis)";
            duty.MarkerSize = 0;
            duty.Color = Colors.Green.WithAlpha(0.6);
            duty.Axes.YAxis = plot.Axes.Right;
            CultureInfo inv = CultureInfo.InvariantCulture;
            plot.Title(string.Format(inv, "{0}: {1} {2}, level {3} ({4:0.0} C) - rise {5}, overshoot {6:0.00} C",
                run.Controller, run.PadName, run.Condition, run.Level, run.SetpointC,
                run.RiseRatio is double r ? r.ToString("0.000", inv) + "x bound" : "not reached", run.OvershootC));
            plot.XLabel("time since heat on (min)");
            plot.YLabel("temperature (°C)");
            plot.Axes.Right.Label.Text = "heater duty (%)";
            plot.Axes.SetLimitsY(0, 105, plot.Axes.Right);
            double maxC = trace.SurfaceC.Concat(trace.CoreC).Max();
            double minC = trace.SurfaceC.Min();
            plot.Axes.SetLimitsY(Math.Floor(minC - 1), Math.Ceiling(maxC + 1), plot.Axes.Left);
            plot.ShowLegend(Alignment.LowerRight);
            string dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir))
            {
                Directory.CreateDirectory(dir);
            }

            plot.SavePng(path, 1400, 700);
        }
    }
}
