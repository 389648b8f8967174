using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review9
{
    /// <summary>
    /// Review 9's scenario for the unproven witness (session 8, change A): a shipped pad in a contrast program of 5-min heat
    /// phases and <c>coolMinutes</c> cool phases, a cold pack of <c>packWPerK</c> on the pad in every cool phase (none when 0; the
    /// program's own instruction; the campaign's pack is <see cref="FaultCampaign.ColdPackWPerK"/>, 8 W/K), both sensors
    /// (the strip) loosening from <c>onsetS</c>: w goes 1 → 0.3 over <c>looseningS</c> (the campaign's
    /// <see cref="FaultCampaign.LoosenedReading"/> is 600 s), the session restarted whenever it ends without a fault.
    /// Deterministic: seed 7, 1 s ticks. Seconds count from the start press.
    /// </summary>
    internal static class PackLooseningScenario
    {
        /// <summary>What one run showed from the onset on.</summary>
        internal sealed class Outcome
        {
            /// <summary>First fault latched after the onset (None: none within the run).</summary>
            public FaultCode Fault = FaultCode.None;

            /// <summary>Seconds from the onset to that fault (NaN: none).</summary>
            public double FaultAfterS = double.NaN;

            /// <summary>Highest true surface from the onset until the fault (or the run's end), °C.</summary>
            public double PeakSurfaceC = double.NegativeInfinity;

            /// <summary>Coupling probes asked after the onset.</summary>
            public int ProbesAfterOnset;
        }

        /// <summary>
        /// Runs the scenario until <paramref name="endS"/> (<paramref name="onsetS"/> may be infinite: no loosening), calling
        /// <paramref name="onTick"/> after every tick with the seconds since the start press.
        /// </summary>
        public static Outcome Run(string padName, int level, int coolMinutes, double packWPerK, double onsetS, double looseningS, double endS, Action<FaultRun, double>? onTick = null)
        {
            PadParameters pad = PadFile.LoadAllShipped().First(p => p.Name == padName).Pad;
            var config = new TherapyConfig
            {
                ContrastHeatMinutes = TherapyConfig.MinHeatPhaseMinutes,
                ContrastCoolMinutes = coolMinutes,
                ContrastCycles = Math.Min(10, SafetyLimits.MaxHeatMinutesPerSession / TherapyConfig.MinHeatPhaseMinutes),
            };
            var run = new FaultRun(pad, 7, config);
            double airWPerK = run.Pad.SurfaceToAmbientWPerK;
            run.Start(level, TherapyProgram.Contrast);
            long startMs = run.NowMs;
            var outcome = new Outcome();
            int probesAtOnset = -1;
            while (true)
            {
                double sinceS = (run.NowMs - startMs) / 1000.0;
                if (sinceS >= endS)
                {
                    return outcome;
                }

                double wantedAirWPerK = run.Last.Phase == SessionPhase.Cool && packWPerK > 0.0 ? packWPerK : airWPerK;
                if (run.Pad.SurfaceToAmbientWPerK != wantedAirWPerK)
                {
                    run.Pad.SurfaceToAmbientWPerK = wantedAirWPerK;
                }

                SensorReading? first = null;
                SensorReading? second = null;
                if (sinceS >= onsetS)
                {
                    first = Loosened(pad, run.Sensor.Read(run.NowMs), sinceS - onsetS, looseningS);
                    second = Loosened(pad, run.SecondSensor.Read(run.NowMs), sinceS - onsetS, looseningS);
                }

                ButtonId press = run.Last.Phase == SessionPhase.Off && run.Last.Fault == FaultCode.None ? ButtonId.Power : ButtonId.None;
                run.TickPair(1000, first, second, press);
                onTick?.Invoke(run, (run.NowMs - startMs) / 1000.0);
                if (sinceS < onsetS)
                {
                    continue;
                }

                SensorCouplingCheck coupling = run.Core.Supervisor.Coupling;
                probesAtOnset = probesAtOnset < 0 ? coupling.ProbesAsked : probesAtOnset;
                outcome.ProbesAfterOnset = coupling.ProbesAsked - probesAtOnset;
                if (outcome.Fault != FaultCode.None)
                {
                    continue;
                }

                outcome.PeakSurfaceC = Math.Max(outcome.PeakSurfaceC, run.Pad.SurfaceC);
                if (run.Last.Fault != FaultCode.None)
                {
                    outcome.Fault = run.Last.Fault;
                    outcome.FaultAfterS = sinceS + 1.0 - onsetS;
                }
            }
        }

        /// <summary>The campaign's loosened reading with its own pace: w = 1 − 0.7 × min(1, t / <paramref name="looseningS"/>).</summary>
        private static SensorReading Loosened(PadParameters pad, SensorReading attached, double sinceOnsetS, double looseningS)
        {
            if (!attached.IsValid)
            {
                return attached;
            }

            double w = 1.0 - (0.7 * Math.Min(1.0, Math.Max(0.0, sinceOnsetS) / looseningS));
            return SensorReading.Valid(SimulatedSensor.Quantise(pad.AmbientC + (w * (attached.TemperatureC - pad.AmbientC))));
        }
    }
}
