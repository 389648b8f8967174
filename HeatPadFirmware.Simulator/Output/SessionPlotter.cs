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
    /// Draws a session as a PNG: surface, sensor readings (sensor 2's when the trace has it) and setpoint temperatures on the left axis,
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
                AddLine(plot, minutes, samples.Select(s => s.SurfaceC), "surface (true)", 2, Colors.OrangeRed, LinePattern.Solid);
            }

            bool hasSecond = samples.Any(s => s.SecondReadingValid);
            AddLine(plot, minutes, samples.Select(s => s.ReadingValid ? s.ReadingC : double.NaN), hasSecond ? "sensor 1 reading" : "sensor reading", 1, Colors.SteelBlue, LinePattern.Solid);
            if (hasSecond)
            {
                AddLine(plot, minutes, samples.Select(s => s.SecondReadingValid ? s.SecondReadingC : double.NaN), "sensor 2 reading", 1, Colors.MediumPurple, LinePattern.Solid);
            }

            if (hasTruth)
            {
                AddLine(plot, minutes, samples.Select(s => s.CoreC), "heater core (true)", 1, Colors.DarkRed, LinePattern.Dotted);
            }

            AddLine(plot, minutes, samples.Select(s => s.HasSetpoint ? s.SetpointC : double.NaN), "setpoint", 2, Colors.Black, LinePattern.Dashed);
            var duty = AddLine(plot, minutes, samples.Select(s => s.DutyFraction * 100.0), "duty % (right axis)", 1, Colors.Green.WithAlpha(0.6), LinePattern.Solid);
            duty.Axes.YAxis = plot.Axes.Right;

            plot.Title(title);
            plot.XLabel("time (min)");
            plot.YLabel("temperature (°C)");
            plot.Axes.Right.Label.Text = "heater duty (%)";
            plot.Axes.SetLimitsY(0, 105, plot.Axes.Right);
            double[] temperatures = samples
                .SelectMany(s => new[] { s.CoreC, s.SurfaceC, s.ReadingValid ? s.ReadingC : double.NaN, s.SecondReadingValid ? s.SecondReadingC : double.NaN, s.HasSetpoint ? s.SetpointC : double.NaN })
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

        /// <summary>One line series without markers (NaN leaves a gap).</summary>
        private static ScottPlot.Plottables.Scatter AddLine(Plot plot, double[] xs, IEnumerable<double> ys, string legend, float width, Color color, LinePattern pattern)
        {
            var line = plot.Add.Scatter(xs, ys.ToArray());
            line.LegendText = legend;
            line.MarkerSize = 0;
            line.LineWidth = width;
            line.Color = color;
            line.LinePattern = pattern;
            return line;
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
