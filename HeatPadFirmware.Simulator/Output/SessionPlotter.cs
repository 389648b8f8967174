using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Session;
using ScottPlot;

namespace HeatPadFirmware.Simulator.Output
{
    /// <summary>
    /// Draws a session as a PNG: surface, sensor reading and setpoint temperatures on the left axis,
    /// heater duty on the right axis, heat phases shaded red, cool phases blue, faults grey.
    /// </summary>
    public static class SessionPlotter
    {
        /// <summary>Image width, px.</summary>
        public const int WidthPx = 1400;

        /// <summary>Image height, px.</summary>
        public const int HeightPx = 700;

        /// <summary>Writes the plot of <paramref name="trace"/> to <paramref name="path"/> (folders are created).</summary>
        public static void WritePng(SessionTrace trace, string title, string path)
        {
            WritePng(trace.Samples, title, path);
        }

        /// <summary>
        /// Writes the plot of <paramref name="samples"/> to <paramref name="path"/>. Series whose values are all
        /// NaN (the true surface and core of a log captured from a real pad) are left out.
        /// </summary>
        public static void WritePng(IReadOnlyList<TraceSample> samples, string title, string path)
        {
            if (samples.Count == 0)
            {
                throw new ArgumentException("nothing to plot: no samples", nameof(samples));
            }

            double[] minutes = samples.Select(s => s.TimeS / 60.0).ToArray();

            var plot = new Plot();
            ShadePhases(plot, samples);

            bool hasTruth = samples.Any(s => !double.IsNaN(s.SurfaceC));
            if (hasTruth)
            {
                var surface = plot.Add.Scatter(minutes, samples.Select(s => s.SurfaceC).ToArray());
                surface.LegendText = "surface (true)";
                surface.MarkerSize = 0;
                surface.LineWidth = 2;
                surface.Color = Colors.OrangeRed;
            }

            var reading = plot.Add.Scatter(minutes, samples.Select(s => s.ReadingValid ? s.ReadingC : double.NaN).ToArray());
            reading.LegendText = "sensor reading";
            reading.MarkerSize = 0;
            reading.LineWidth = 1;
            reading.Color = Colors.SteelBlue;

            if (hasTruth)
            {
                var core = plot.Add.Scatter(minutes, samples.Select(s => s.CoreC).ToArray());
                core.LegendText = "heater core (true)";
                core.MarkerSize = 0;
                core.LineWidth = 1;
                core.LinePattern = LinePattern.Dotted;
                core.Color = Colors.DarkRed;
            }

            var setpoint = plot.Add.Scatter(minutes, samples.Select(s => s.HasSetpoint ? s.SetpointC : double.NaN).ToArray());
            setpoint.LegendText = "setpoint";
            setpoint.MarkerSize = 0;
            setpoint.LineWidth = 2;
            setpoint.LinePattern = LinePattern.Dashed;
            setpoint.Color = Colors.Black;

            var duty = plot.Add.Scatter(minutes, samples.Select(s => s.DutyFraction * 100.0).ToArray());
            duty.LegendText = "duty % (right axis)";
            duty.MarkerSize = 0;
            duty.LineWidth = 1;
            duty.Color = Colors.Green.WithAlpha(0.6);
            duty.Axes.YAxis = plot.Axes.Right;

            plot.Title(title);
            plot.XLabel("time (min)");
            plot.YLabel("temperature (°C)");
            plot.Axes.Right.Label.Text = "heater duty (%)";
            plot.Axes.SetLimitsY(0, 105, plot.Axes.Right);
            double[] temperatures = samples
                .SelectMany(s => new[] { s.CoreC, s.SurfaceC, s.ReadingValid ? s.ReadingC : double.NaN, s.HasSetpoint ? s.SetpointC : double.NaN })
                .Where(t => !double.IsNaN(t))
                .DefaultIfEmpty(25.0)
                .ToArray();
            double maxC = temperatures.Max();
            double minC = temperatures.Min();
            plot.Axes.SetLimitsY(Math.Floor(minC - 1), Math.Ceiling(maxC + 1), plot.Axes.Left);
            plot.Axes.SetLimitsX(0, minutes.Length > 0 ? minutes[^1] : 1);
            plot.ShowLegend(Alignment.LowerRight);

            string folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            plot.SavePng(path, WidthPx, HeightPx);
        }

        private static void ShadePhases(Plot plot, IReadOnlyList<TraceSample> samples)
        {
            var labelled = new HashSet<SessionPhase>();
            int start = 0;
            for (int i = 1; i <= samples.Count; i++)
            {
                if (i < samples.Count && samples[i].Phase == samples[start].Phase)
                {
                    continue;
                }

                SessionPhase phase = samples[start].Phase;
                if (phase != SessionPhase.Off)
                {
                    double x1 = samples[start].TimeS / 60.0;
                    double x2 = samples[i - 1].TimeS / 60.0;
                    var span = plot.Add.HorizontalSpan(x1, x2);
                    span.FillStyle.Color = phase switch
                    {
                        SessionPhase.Heat => Colors.Red.WithAlpha(0.08),
                        SessionPhase.Cool => Colors.Blue.WithAlpha(0.10),
                        _ => Colors.Gray.WithAlpha(0.25),
                    };
                    span.LineStyle.Width = 0;
                    if (labelled.Add(phase))
                    {
                        span.LegendText = phase switch
                        {
                            SessionPhase.Heat => "heat phase",
                            SessionPhase.Cool => "cool phase (cold pack)",
                            _ => "fault",
                        };
                    }
                }

                start = i;
            }
        }
    }
}
