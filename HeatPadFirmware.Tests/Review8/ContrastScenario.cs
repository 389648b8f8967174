using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review8
{
    /// <summary>
    /// Review 8's scenario: a shipped pad in a contrast program of 5-min heat phases and <c>coolMinutes</c> cool phases,
    /// the campaign's cold pack (<see cref="FaultCampaign.ColdPackWPerK"/>) on the pad in every cool phase, the user
    /// optionally getting up at <c>bodyOffS</c> (the campaign's body-off: no body, 1.2 W/K to the room), both sensors
    /// optionally loosening from <c>looseningS</c> (<see cref="FaultCampaign.LoosenedReading"/>, the strip sliding out: the
    /// <c>BothSensorsLooseningShortPhases</c> kind), the session restarted whenever it ends (the short-phase kinds' user).
    /// Seconds count from the start press. Deterministic: one seed, 1 s ticks.
    /// </summary>
    internal static class ContrastScenario
    {
        /// <summary>Never: no event.</summary>
        public const double Never = double.PositiveInfinity;

        /// <summary>Runs the scenario for <paramref name="durationS"/> s, calling <paramref name="onTick"/> after every tick with the seconds since the start press.</summary>
        public static FaultRun Run(string padName, int level, int coolMinutes, double bodyOffS, double looseningS, double durationS, Action<FaultRun, double> onTick, int seed = 7)
        {
            PadParameters pad = PadFile.LoadAllShipped().First(p => p.Name == padName).Pad;
            var config = new TherapyConfig
            {
                ContrastHeatMinutes = TherapyConfig.MinHeatPhaseMinutes,
                ContrastCoolMinutes = coolMinutes,
                ContrastCycles = Math.Min(10, SafetyLimits.MaxHeatMinutesPerSession / TherapyConfig.MinHeatPhaseMinutes),
            };
            var run = new FaultRun(pad, seed, config);
            double airWPerK = run.Pad.SurfaceToAmbientWPerK;
            run.Start(level, TherapyProgram.Contrast);
            long startMs = run.NowMs;
            while (true)
            {
                double sinceS = (run.NowMs - startMs) / 1000.0;
                if (sinceS >= durationS)
                {
                    return run;
                }

                if (sinceS == bodyOffS)
                {
                    run.Pad.SurfaceToBodyWPerK = 0.0;
                    airWPerK = 1.2;
                }

                double wantedAirWPerK = run.Last.Phase == SessionPhase.Cool ? FaultCampaign.ColdPackWPerK : airWPerK;
                if (run.Pad.SurfaceToAmbientWPerK != wantedAirWPerK)
                {
                    run.Pad.SurfaceToAmbientWPerK = wantedAirWPerK;
                }

                SensorReading? first = null;
                SensorReading? second = null;
                if (sinceS >= looseningS)
                {
                    first = FaultCampaign.LoosenedReading(pad, run.Sensor.Read(run.NowMs), sinceS - looseningS);
                    second = FaultCampaign.LoosenedReading(pad, run.SecondSensor.Read(run.NowMs), sinceS - looseningS);
                }

                ButtonId press = run.Last.Phase == SessionPhase.Off ? ButtonId.Power : ButtonId.None;
                run.TickPair(1000, first, second, press);
                onTick(run, (run.NowMs - startMs) / 1000.0);
            }
        }
    }
}
