using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review17c
{
    /// <summary>
    /// Review 17c's scenario: the restart scan's run (<see cref="RestartScan"/>: run seed 7, a pad learned
    /// <see cref="RestartScan.LearnHeatS"/> s at a level on the body or in free air) with an off press LONGER than
    /// <see cref="RoomReadingCheck.RestartWatchMaxOffS"/> (the restart scan's offs are 45 / 90 s), in a room of its own
    /// temperature (the pad built with <c>ambientC = initialC = roomC</c>; the body stays at the pad file's 34 °C). At the off
    /// press the user gets up (body contact 0) and lays a cold pack on the pad (its conductance to the room raised to the pack's;
    /// none: the pad in free air); the user presses on again after <c>offS</c> s and lifts the pack <c>liftS</c> s after the
    /// restart (<see cref="RestartScan.NeverLifted"/>: never); the pad is then in free air. The sensors stay on the pad: any
    /// latch with the pack lifted is a false alarm. Watched <see cref="WatchS"/> s after the restart, 1 s ticks.
    /// </summary>
    internal static class LongOffRestartScenario
    {
        /// <summary>Seconds watched after the restart, 900.</summary>
        public const int WatchS = 900;

        /// <summary>The first fault after the restart (None: none), its time after the restart (NaN: none), the highest true surface until then, °C.</summary>
        internal readonly record struct Outcome(FaultCode Fault, double AfterS, double PeakSurfaceC);

        /// <summary>
        /// The run on a shipped pad (sensor biases zeroed as the bench family's) or a random-family pad of family seed 1
        /// ("random-NNN", NNN under 50; <see cref="BenchPadFamily.Build"/>) in a room of <paramref name="roomC"/>, the supply at
        /// <paramref name="supplyFraction"/> (0..1; review 18a: a weaker adapter or a battery running down) of its voltage from the
        /// off press on.
        /// </summary>
        public static Outcome Run(string padName, double roomC, bool learnOnBody, int level, int offS, double packWPerK, int liftS, double supplyFraction = 1.0)
        {
            PadParameters pad = null!;
            foreach (var (name, p) in BenchPadFamily.Build(padName.StartsWith("random-", StringComparison.Ordinal) ? 50 : 0, 1))
            {
                if (name == padName)
                {
                    pad = p.With(ambientC: roomC, initialC: roomC);
                }
            }

            if (pad == null)
            {
                throw new ArgumentException("no such pad: " + padName);
            }

            PadParameters learned = learnOnBody ? pad : BenchPadFamily.InCondition(pad, "air");
            var run = new FaultRun(learned, RestartScan.RunSeed);
            double upWPerK = Math.Max(pad.SurfaceToAmbientWPerK, BenchPadFamily.FreeAirSurfaceToAmbientWPerK);
            int learnFaultS = RestartScan.LearnHeat(run, level);
            if (learnFaultS >= 0)
            {
                return new Outcome(run.Last.Fault, -learnFaultS, double.NaN);
            }

            run.Tick(1000, null, ButtonId.Power);
            if (supplyFraction != 1.0)
            {
                run.Pad.SupplyVoltageV = pad.SupplyVoltageV * supplyFraction;
            }

            run.Pad.SurfaceToBodyWPerK = 0.0;
            run.Pad.SurfaceToAmbientWPerK = packWPerK > 0.0 ? packWPerK : upWPerK;
            for (int s = 1; s < offS; s++)
            {
                run.Tick(1000, null);
            }

            if (liftS == 0)
            {
                run.Pad.SurfaceToAmbientWPerK = upWPerK;
            }

            run.Tick(1000, null, ButtonId.Power);
            double peakC = double.NegativeInfinity;
            for (int s = 1; s <= WatchS; s++)
            {
                if (s == liftS)
                {
                    run.Pad.SurfaceToAmbientWPerK = upWPerK;
                }

                run.Tick(1000, null);
                peakC = Math.Max(peakC, run.Pad.SurfaceC);
                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s, peakC);
                }
            }

            return new Outcome(FaultCode.None, double.NaN, peakC);
        }
    }
}
