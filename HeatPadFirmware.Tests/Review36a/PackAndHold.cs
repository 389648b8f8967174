using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Pack36;

namespace HeatPadFirmware.Tests.Review36a
{
    /// <summary>
    /// Review 36a's scenario (issue 4; docs/safety.md "Review 36a: the readings' veto on a fit that under-predicts (review36a)"): a
    /// shipped pad in a room at <c>roomC</c> (it starts there), every sensor healthy, seed 1820 (review 35a's scans), 1 s ticks, a
    /// session of <c>program</c> at a level; the cold pack (<see cref="FaultCampaign.ColdPackWPerK"/> to the room, the whole pad) on
    /// through every cool phase and <c>leftOnS</c> s into each heat phase after one. The user (the pad's own body contact, 3 W/K for a
    /// pad without one): <see cref="Body.None"/>, <see cref="Body.Always"/> (from the start press), or <see cref="Body.AfterPack"/>
    /// (lying down when the pack comes off at the first re-heat, and staying). To <c>seconds</c>, the first fault or the program's end.
    /// </summary>
    internal static class PackAndHold
    {
        /// <summary>The run's seed (review 35a's and trip35's).</summary>
        internal const int Seed = 1820;

        /// <summary>Seconds from which a heat phase's error counts in <see cref="Outcome.LateMeanErrorC"/> (the hold, past the first heat-up).</summary>
        internal const int LateFromS = 900;

        internal enum Body
        {
            None,
            Always,
            AfterPack,
        }

        /// <summary>
        /// The first fault (None: none) and its second (−1), the true surface's peak, °C, and seconds over 48 °C; in heat phases: the
        /// true surface's peak over the setpoint, °C, the mean and lowest (surface − setpoint) from <see cref="LateFromS"/> on, °C, and
        /// the heater's switches between no duty and some duty per hour of heat.
        /// </summary>
        internal readonly record struct Outcome(FaultCode Fault, int FaultAtS, double PeakC, int Over48S, double PeakOverLevelC, double LateMeanErrorC, double LateMinErrorC, double SwitchesPerHour);

        public static Outcome Run(string padName, double roomC, TherapyProgram program, int level, int leftOnS, Body body, int seconds)
        {
            PadParameters pad = PadFile.LoadShipped(padName).With(ambientC: roomC, initialC: roomC);
            double airWPerK = pad.SurfaceToAmbientWPerK;
            double bodyWPerK = pad.SurfaceToBodyWPerK > 0.0 ? pad.SurfaceToBodyWPerK : 3.0;
            var run = new FaultRun(pad, Seed);
            run.Pad.SurfaceToBodyWPerK = body == Body.Always ? bodyWPerK : 0.0;
            run.Start(level, program);
            int switches = 0, heatS = 0, over48S = 0, lateN = 0, faultAtS = -1;
            double peakC = double.NegativeInfinity, peakOverC = double.NegativeInfinity, lateSumC = 0.0, lateMinC = double.PositiveInfinity;
            bool lastOn = false;
            FaultCode fault = FaultCode.None;
            var schedule = new ColdPackSchedule(leftOnS);
            for (int s = 1; s <= seconds; s++)
            {
                bool pack = schedule.Update(run.Last.Phase, s);
                run.Pad.SurfaceToAmbientWPerK = pack ? FaultCampaign.ColdPackWPerK : airWPerK;
                if (body == Body.AfterPack && schedule.Reheated && !pack)
                {
                    run.Pad.SurfaceToBodyWPerK = bodyWPerK;
                }

                run.TickPair(1000, null, null);
                CoreOutputs o = run.Last;
                peakC = Math.Max(peakC, run.Pad.SurfaceC);
                over48S += run.Pad.SurfaceC > FaultCampaign.SingleFaultSurfaceC ? 1 : 0;
                if (o.Phase == SessionPhase.Heat && o.HasSetpoint)
                {
                    double overC = run.Pad.SurfaceC - o.SetpointC;
                    peakOverC = Math.Max(peakOverC, overC);
                    heatS++;
                    bool on = o.DutyFraction > 0.0;
                    switches += on != lastOn ? 1 : 0;
                    lastOn = on;
                    if (s >= LateFromS)
                    {
                        lateSumC += overC;
                        lateMinC = Math.Min(lateMinC, overC);
                        lateN++;
                    }
                }

                if (o.Fault != FaultCode.None)
                {
                    fault = o.Fault;
                    faultAtS = s;
                    break;
                }

                if (o.Phase == SessionPhase.Off)
                {
                    break;
                }
            }

            return new Outcome(fault, faultAtS, peakC, over48S, peakOverC, lateN > 0 ? lateSumC / lateN : double.NaN, lateN > 0 ? lateMinC : double.NaN, heatS > 0 ? switches * 3600.0 / heatS : 0.0);
        }

        /// <summary>The outcome as one line, for a failing assertion's message.</summary>
        public static string Describe(Outcome o)
        {
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} at {1} s, peak {2:F2} C, {3} s over 48 C, peak over the level {4:F3} C, late mean {5:F3} C, late min {6:F3} C, {7:F1} switches/h", FaultCodeNames.Of(o.Fault), o.FaultAtS, o.PeakC, o.Over48S, o.PeakOverLevelC, o.LateMeanErrorC, o.LateMinErrorC, o.SwitchesPerHour);
        }
    }
}
