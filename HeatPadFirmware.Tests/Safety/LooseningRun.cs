using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>A heat session whose sensor loosens as the fault campaign's does (<see cref="FaultCampaign.LoosenedReading"/>).</summary>
    internal static class LooseningRun
    {
        /// <summary>
        /// Runs a heat session at <paramref name="level"/> on <paramref name="padName"/> (seed <paramref name="seed"/>) and
        /// loosens the sensor (w 1 → 0.3 over 10 min) after <paramref name="holdS"/> s, for <paramref name="afterMinutes"/>
        /// min or until the session ends. Returns the first fault, the peak surface after the onset, whether the coupling
        /// was ever in doubt, and the run. From the onset both sensors read the loosening sensor 1 (the strip slides out as
        /// one: the one-sensor witnesses' case); before it each reads its own, unless <paramref name="secondMirrorsFirst"/>
        /// (sensor 2 reads sensor 1 throughout: the one sensor these tests were written for, <see cref="FaultRun.SecondMirrorsFirst"/>).
        /// </summary>
        public static (FaultCode Fault, double PeakC, bool Doubted, FaultRun Run) Loosen(string padName, int level, double holdS, double afterMinutes, int seed, bool secondMirrorsFirst = false)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new FaultRun(pad, seed) { SecondMirrorsFirst = secondMirrorsFirst };
            run.Start(level);
            long onsetMs = run.NowMs + (long)(holdS * 1000);
            double peakC = double.NegativeInfinity;
            bool doubted = false;
            FaultCode fault = FaultCode.None;
            while (run.NowMs < onsetMs + (long)(afterMinutes * 60000) && run.Last.Phase != SessionPhase.Off)
            {
                SensorReading? reading = null;
                if (run.NowMs >= onsetMs)
                {
                    reading = FaultCampaign.LoosenedReading(pad, run.Sensor.Read(run.NowMs), (run.NowMs - onsetMs) / 1000.0);
                    peakC = Math.Max(peakC, run.Pad.SurfaceC);
                }

                run.Tick(1000, reading);
                doubted |= run.Core.Supervisor.Coupling.InDoubt;
                if (fault == FaultCode.None)
                {
                    fault = run.Last.Fault;
                }
            }

            return (fault, peakC, doubted, run);
        }

        /// <summary>
        /// As <see cref="Loosen"/>, with the user pressing power again whenever the session ends (the heat program started
        /// again, as the campaign's adversarial user does), for <paramref name="afterMinutes"/> min after the onset. Returns
        /// the first fault, the peak surface after the onset, the surface dose over the whole run and the run.
        /// </summary>
        public static (FaultCode Fault, double PeakC, double Dose, FaultRun Run) LoosenRestarted(string padName, int level, double onsetS, double afterMinutes, int seed)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new FaultRun(pad, seed);
            run.Start(level);
            var (fault, peakC, _) = RunRestarted(pad, run, onsetS, afterMinutes);
            return (fault, peakC, run.SurfaceDose, run);
        }

        /// <summary>
        /// As <see cref="Loosen"/> in the contrast program of 5-min heat phases and <paramref name="coolMinutes"/>-min cool
        /// phases (<see cref="FaultCampaign.ShortPhaseConfig(int)"/>), started again whenever it ends after the onset (the
        /// campaign's <see cref="FaultKind.LooseningShortPhases"/>), for <paramref name="afterMinutes"/> min after the onset.
        /// Returns the first fault, the peak surface after the onset, whether a heat phase ever started with the coupling
        /// still in doubt from before the cool phase, and the run.
        /// </summary>
        public static (FaultCode Fault, double PeakC, bool DoubtCarried, FaultRun Run) LoosenContrast(string padName, int level, double onsetS, int coolMinutes, double afterMinutes, int seed)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new FaultRun(pad, seed, FaultCampaign.ShortPhaseConfig(coolMinutes));
            run.Start(level, TherapyProgram.Contrast);
            var (fault, peakC, carried) = RunRestarted(pad, run, onsetS, afterMinutes);
            return (fault, peakC, carried, run);
        }

        // The started run, its sensor loosening from onsetS after now, power pressed again whenever the session is off after
        // the onset, for afterMinutes after it: the first fault, the peak surface after the onset, and whether a heat phase
        // ever started with the coupling still in doubt from the cool phase before it.
        private static (FaultCode Fault, double PeakC, bool DoubtCarried) RunRestarted(PadParameters pad, FaultRun run, double onsetS, double afterMinutes)
        {
            long onsetMs = run.NowMs + (long)(onsetS * 1000);
            double peakC = double.NegativeInfinity;
            bool carried = false;
            FaultCode fault = FaultCode.None;
            SessionPhase lastPhase = run.Last.Phase;
            while (run.NowMs < onsetMs + (long)(afterMinutes * 60000))
            {
                SensorReading? reading = null;
                ButtonId press = ButtonId.None;
                if (run.NowMs >= onsetMs)
                {
                    reading = FaultCampaign.LoosenedReading(pad, run.Sensor.Read(run.NowMs), (run.NowMs - onsetMs) / 1000.0);
                    peakC = Math.Max(peakC, run.Pad.SurfaceC);
                    press = run.Last.Phase == SessionPhase.Off ? ButtonId.Power : ButtonId.None;
                }

                run.Tick(1000, reading, press, false);
                carried |= lastPhase == SessionPhase.Cool && run.Last.Phase == SessionPhase.Heat && run.Core.Supervisor.Coupling.InDoubt;
                lastPhase = run.Last.Phase;
                if (fault == FaultCode.None)
                {
                    fault = run.Last.Fault;
                }
            }

            return (fault, peakC, carried);
        }
    }
}
