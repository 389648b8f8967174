using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review14c
{
    /// <summary>
    /// Review 14c's scenario: a pad's first heat-up after power-on at a level (seed 11, 1 s ticks, as review 13's
    /// <see cref="Review13.FirstLandingScenario"/>), with a perturbation applied before each tick (second <c>s</c> from the start
    /// press, the run, the supply at power-on, V): supply steps under the stand-down's 3 %, load changes smaller than or
    /// earlier than its 0.1 °C drift watch sees. Watched <c>watchS</c> s.
    /// </summary>
    internal static class FirstLandingPerturbation
    {
        /// <summary>The first fault (None: none) and its second, the highest true surface over the setpoint, °C, and its second.</summary>
        internal readonly record struct Outcome(FaultCode Fault, int FaultAtS, double OverSetpointC, int OverAtS);

        /// <summary>A pad of the bench's family (<see cref="BenchPadFamily.Build"/>: the shipped pads with their sensor biases zeroed, then random-000…) for <paramref name="familySeed"/>, in "body" or "air".</summary>
        public static PadParameters Pad(string padName, string condition, int familySeed = 1)
        {
            foreach (var (name, pad) in BenchPadFamily.Build(12, familySeed))
            {
                if (name == padName)
                {
                    return BenchPadFamily.InCondition(pad, condition);
                }
            }

            throw new ArgumentException(padName);
        }

        public static Outcome Run(PadParameters pad, int level, Action<FaultRun, int, double> perturb, int watchS = 1200)
        {
            var run = new FaultRun(pad, 11);
            double supplyV = run.Pad.SupplyVoltageV;
            run.Start(level);
            double over = double.NegativeInfinity;
            int overAtS = -1;
            for (int s = 1; s <= watchS; s++)
            {
                perturb?.Invoke(run, s, supplyV);
                run.Tick(1000, null);
                if (run.Last.HasSetpoint && run.Pad.SurfaceC - run.Last.SetpointC > over)
                {
                    over = run.Pad.SurfaceC - run.Last.SetpointC;
                    overAtS = s;
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s, over, overAtS);
                }
            }

            return new Outcome(FaultCode.None, -1, over, overAtS);
        }
    }
}
