using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review13
{
    /// <summary>
    /// Review 13's scenario for session 12's first-landing end (HeatController.LandingSettleS): a pad starts its first heat-up
    /// after power-on at a level and, at second <c>atS</c> after the start press (chosen in the first landing: the cautious
    /// stop of full power measured on the scenario), one thing changes: the supply steps, the user lies down on the pad
    /// (surface-to-body conductance from 0 to <c>bodyWPerK</c>) or gets up, the pad folds. Watched <c>watchS</c> s.
    /// Deterministic: seed 11, 1 s ticks.
    /// </summary>
    internal static class FirstLandingScenario
    {
        /// <summary>The first fault (None: none) and its second, the highest true surface over the setpoint, °C, and the first second the true surface was within 0.5 °C of it (-1: never).</summary>
        internal readonly record struct Outcome(FaultCode Fault, int FaultAtS, double OverSetpointC, int BandAtS);

        internal enum Change { None, SupplyTo, BodyOn, BodyOff, Fold }

        public static PadParameters Pad(string padName, string condition)
        {
            if (padName.StartsWith("random-", StringComparison.Ordinal))
            {
                foreach (var (name, pad) in BenchPadFamily.Build(12, 1))
                {
                    if (name == padName)
                    {
                        return BenchPadFamily.InCondition(pad, condition);
                    }
                }

                throw new ArgumentException(padName);
            }

            return BenchPadFamily.InCondition(PadFile.LoadShipped(padName), condition);
        }

        public static Outcome Run(PadParameters pad, int level, Change change, int atS, double value = 0.0, double startSupplyV = 0.0, int watchS = 2400)
        {
            var run = new FaultRun(pad, 11);
            if (startSupplyV > 0.0)
            {
                run.Pad.SupplyVoltageV = startSupplyV;
            }

            run.Start(level);
            double over = double.NegativeInfinity;
            int bandAtS = -1;
            for (int s = 1; s <= watchS; s++)
            {
                if (s == atS)
                {
                    switch (change)
                    {
                        case Change.SupplyTo: run.Pad.SupplyVoltageV = value; break;
                        case Change.BodyOn: run.Pad.SurfaceToBodyWPerK = value; break;
                        case Change.BodyOff: run.Pad.SurfaceToBodyWPerK = 0.0; break;
                        case Change.Fold: run.Pad.SurfaceToAmbientWPerK = run.Pad.SurfaceToAmbientWPerK * value; break;
                    }
                }

                run.Tick(1000, null);
                if (run.Last.HasSetpoint)
                {
                    over = Math.Max(over, run.Pad.SurfaceC - run.Last.SetpointC);
                    if (bandAtS < 0 && run.Pad.SurfaceC >= run.Last.SetpointC - 0.5)
                    {
                        bandAtS = s;
                    }
                }

                if (run.Last.Fault != FaultCode.None)
                {
                    return new Outcome(run.Last.Fault, s, over, bandAtS);
                }
            }

            return new Outcome(FaultCode.None, -1, over, bandAtS);
        }
    }
}
