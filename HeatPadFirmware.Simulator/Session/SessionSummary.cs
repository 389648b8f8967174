using System;
using System.Collections.Generic;
using HeatPadFirmware.Core;

namespace HeatPadFirmware.Simulator.Session
{
    /// <summary>
    /// The figures of a session, all on the true surface temperature (what the skin feels), not on the
    /// lagging sensor.
    /// </summary>
    public sealed class SessionSummary
    {
        /// <summary>Band below the setpoint that counts as "at temperature", °C.</summary>
        public const double ReachBandC = 0.5;

        /// <summary>Time after first reaching the band before the hold counts towards the steady error, s.</summary>
        public const double SettleS = 300;

        /// <summary>Seconds from the start of the first heat phase until the surface first reached setpoint − 0.5 °C; null when never.</summary>
        public double? TimeToTemperatureS { get; private init; }

        /// <summary>Largest excess of the surface over the setpoint in heat phases, °C (0 when never above).</summary>
        public double OvershootC { get; private init; }

        /// <summary>Mean |surface − setpoint| over heat-phase time from <see cref="SettleS"/> after the first reach, °C; null when no such time.</summary>
        public double? SteadyErrorC { get; private init; }

        /// <summary>Heater energy, Wh.</summary>
        public double EnergyWh { get; private init; }

        /// <summary>Highest surface temperature of the whole run, °C.</summary>
        public double PeakSurfaceC { get; private init; }

        /// <summary>Burn dose at the surface as a fraction of the fitted threshold (<see cref="BurnDose"/>).</summary>
        public double BurnDoseFraction { get; private init; }

        /// <summary>Minutes spent in heat phases.</summary>
        public double HeatMinutes { get; private init; }

        /// <summary>First fault latched, or None.</summary>
        public FaultCode Fault { get; private init; }

        /// <summary>Phase changes, cues and faults in time order.</summary>
        public IReadOnlyList<TimelineEntry> Timeline { get; private init; } = Array.Empty<TimelineEntry>();

        /// <summary>Computes the summary of <paramref name="trace"/>.</summary>
        public static SessionSummary Of(SessionTrace trace)
        {
            IReadOnlyList<TraceSample> samples = trace.Samples;
            double? reachS = null;
            double overshoot = 0;
            double errorSum = 0;
            double errorTime = 0;
            double peak = double.MinValue;
            double dose = 0;
            double heatS = 0;
            FaultCode fault = FaultCode.None;
            var timeline = new List<TimelineEntry>();
            SessionPhase lastPhase = SessionPhase.Off;
            FaultCode lastFault = FaultCode.None;
            int lastLevel = samples.Count > 0 ? samples[0].Level : 0;

            for (int i = 0; i < samples.Count; i++)
            {
                TraceSample s = samples[i];
                double dt = i + 1 < samples.Count ? samples[i + 1].TimeS - s.TimeS : 0;
                peak = Math.Max(peak, s.SurfaceC);
                dose += BurnDose.Increment(s.SurfaceC, dt);

                if (s.Phase != lastPhase)
                {
                    timeline.Add(new TimelineEntry(s.TimeS, $"phase {SessionPhaseNames.Of(lastPhase)} -> {SessionPhaseNames.Of(s.Phase)}" + (s.HasSetpoint ? $" (level {s.Level}, {s.SetpointC:0.0} C)" : "")));
                    lastPhase = s.Phase;
                }

                if (s.Level != lastLevel)
                {
                    timeline.Add(new TimelineEntry(s.TimeS, $"level {lastLevel} -> {s.Level}"));
                    lastLevel = s.Level;
                }

                if (s.Fault != lastFault)
                {
                    timeline.Add(new TimelineEntry(s.TimeS, s.Fault == FaultCode.None ? "fault cleared" : $"FAULT {FaultCodeNames.Of(s.Fault)}"));
                    if (fault == FaultCode.None)
                    {
                        fault = s.Fault;
                    }

                    lastFault = s.Fault;
                }

                if (s.Cue != BuzzerCue.None && s.Cue != BuzzerCue.Click)
                {
                    timeline.Add(new TimelineEntry(s.TimeS, $"cue {BuzzerCueNames.Of(s.Cue)}"));
                }

                if (s.Phase != SessionPhase.Heat || !s.HasSetpoint)
                {
                    continue;
                }

                heatS += dt;
                if (reachS is null && s.SurfaceC >= s.SetpointC - ReachBandC)
                {
                    reachS = s.TimeS;
                }

                if (reachS is not null)
                {
                    overshoot = Math.Max(overshoot, s.SurfaceC - s.SetpointC);
                    if (s.TimeS >= reachS.Value + SettleS)
                    {
                        errorSum += Math.Abs(s.SurfaceC - s.SetpointC) * dt;
                        errorTime += dt;
                    }
                }
            }

            return new SessionSummary
            {
                TimeToTemperatureS = reachS is null ? null : reachS.Value - trace.SessionStartS,
                OvershootC = overshoot,
                SteadyErrorC = errorTime > 0 ? errorSum / errorTime : null,
                EnergyWh = trace.EnergyJ / 3600.0,
                PeakSurfaceC = peak,
                BurnDoseFraction = dose,
                HeatMinutes = heatS / 60.0,
                Fault = fault,
                Timeline = timeline,
            };
        }
    }

    /// <summary>One line of the session timeline.</summary>
    public readonly record struct TimelineEntry(double TimeS, string Text);
}
