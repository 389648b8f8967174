using System;
using System.IO;
using System.Linq;
using System.Text;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Element
{
    /// <summary>
    /// Session 24 (damp24; docs/safety.md "Session 24: the witness's estimate through a power fall (damp24)"): the calibrated
    /// witness's estimate through the controller's power fall near the setpoint on cold23's finding run (folded-covered L5, 1.1 ×
    /// rated, seed of faults seed 1's BothSensorsLoosening L5 @1,800 s case, pair lags 35 / 40.25 s, healthy pair). The error is
    /// the estimate through the fast lag with the room's span given back, minus the true surface through the witness's 30 s mean
    /// and the 5 s lag; "pre" the mean over the 60 s before the fall, "peak" the largest in the 150 s after it; seconds on the run's clock. A scan, not a
    /// guard: skipped; run un-skipped with DAMP24_OUT=file it writes the docs' table.
    /// </summary>
    public class PowerFallTraceScan
    {
        [Fact(Skip = "Scan (session 24, damp24): writes the power-fall trace table of docs/safety.md to DAMP24_OUT; on a8584cf the "
            + "error moves -1.72 -> peak -1.34 C with the pad's true values, +1.24 -> +3.40 C with the fixture's record at the room.")]
        public void PowerFallErrors()
        {
            var sb = new StringBuilder();
            sb.AppendLine("record | pad | fall at s | pre error C | peak error C after (s) | verdict s");
            foreach (var (oracle, scale, underC) in new[] { (true, 1.0, 0.0), (false, 1.0, 0.0), (true, 1.0, 10.0), (false, 1.0, 10.0), (true, 1.10, 10.0), (false, 1.10, 10.0) })
            {
                var pads = PadFile.LoadAllShipped();
                int seed = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1)[("folded-covered", 5, 1800.0, FaultKind.BothSensorsLoosening)];
                PadParameters shipped = pads.First(p => p.Name == "folded-covered").Pad;
                PadParameters pad = shipped.With(sensorLagS: 35.0, secondSensorLagS: 35.0 * 1.15, supplyVoltageV: shipped.RatedVoltageV * 1.1, ambientC: shipped.AmbientC, initialC: shipped.AmbientC - underC);
                var run = new FaultRun(pad, seed);
                run.FitElementSensor(ElementCalibrationKind.None);
                ElementCalibration record = oracle ? ElementCalibrationSource.For(ElementCalibrationKind.Oracle, pad, run.ElementSensor, seed) : ElementCalibrationFixture.Calibrate(pad, seed);
                run.Core.CalibrateElement(ElementCalibrationSource.Scaled(record, scale, 1.0, 1.0));
                run.Pad.SupplyVoltageV = pad.RatedVoltageV * 1.1;
                run.Start(5);
                ElementWitnessCheck w = run.Core.Supervisor.ElementWitness;
                long offsetS = run.NowMs / 1000; // seconds on the run's clock before the first tick here
                double meanC = run.Pad.SurfaceC;
                double idealC = meanC;
                double energyJ = run.Pad.EnergyJ;
                var errors = new double[1801];
                long fallS = -1;
                long verdictS = -1;
                int lowTicks = 0;
                for (int s = 1; s <= 1800 && run.Last.Fault == FaultCode.None; s++)
                {
                    run.TickPair(1000, run.Sensor.Read(run.NowMs + 1000), run.SecondSensor.Read(run.NowMs + 1000));
                    double powerW = run.Pad.EnergyJ - energyJ;
                    energyJ = run.Pad.EnergyJ;
                    meanC += (run.Pad.SurfaceC - meanC) / ElementWitnessCheck.SmoothingS;
                    idealC += (meanC - idealC) / ElementWitnessCheck.FastLagS;
                    errors[s] = w.FastLaggedSurfaceC + w.RoomShiftC - idealC;
                    // The fall: the first 5 ticks in a row under 50 W after 600 s (one short off-tick at full power is not it).
                    lowTicks = powerW < 50.0 ? lowTicks + 1 : 0;
                    if (fallS < 0 && s > 600 && lowTicks >= 5)
                    {
                        fallS = s - 4;
                    }

                    if (w.Verdict)
                    {
                        verdictS = run.NowMs / 1000;
                        break;
                    }
                }

                double pre = 0.0;
                for (long s = fallS - 60; s < fallS; s++)
                {
                    pre += errors[s] / 60.0;
                }

                long peakS = fallS;
                for (long s = fallS; s <= Math.Min(1800, fallS + 150); s++)
                {
                    peakS = errors[s] > errors[peakS] ? s : peakS;
                }

                sb.AppendLine($"{(oracle ? "true values" : "fixture")} x{scale:F2} | {underC:F0} C under | {fallS + offsetS} | {pre:+0.00;-0.00} | {errors[peakS]:+0.00;-0.00} ({peakS + offsetS}) | {(verdictS < 0 ? "none" : verdictS.ToString())}");
            }

            File.WriteAllText(Environment.GetEnvironmentVariable("DAMP24_OUT") ?? "damp24-trace.txt", sb.ToString());
        }
    
        [Fact(Skip = "Scan (session 24, damp24): the fixture's record against the pad's true values on the 20 case seeds of faults seed 1's "
            + "BothSensorsLoosening on folded-covered; on a8584cf 8 of 20 records have C off by more than 10 % (0.61-0.90 of the true), "
            + "3 with the lag at 15 s (true 3.4-7.7 s). Writes DAMP24_OUT.")]
        public void FixtureRecordsOnTheCaseSeeds()
        {
            var sb = new StringBuilder();
            var pads = PadFile.LoadAllShipped();
            var seeds = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1);
            PadParameters pad = pads.First(p => p.Name == "folded-covered").Pad;
            int offCount = 0;
            foreach (var entry in seeds.Where(k => k.Key.Item1 == "folded-covered" && k.Key.Item4 == FaultKind.BothSensorsLoosening).OrderBy(k => k.Key.Item2).ThenBy(k => k.Key.Item3))
            {
                var run = new FaultRun(pad, entry.Value);
                run.FitElementSensor(ElementCalibrationKind.None);
                ElementCalibration fixture = ElementCalibrationFixture.Calibrate(pad, entry.Value);
                ElementCalibration truth = ElementCalibrationSource.For(ElementCalibrationKind.Oracle, pad, run.ElementSensor, entry.Value);
                double ratio = fixture.CapacityJPerK / truth.CapacityJPerK;
                offCount += Math.Abs(ratio - 1.0) > 0.1 ? 1 : 0;
                sb.AppendLine($"L{entry.Key.Item2} @{entry.Key.Item3} seed {entry.Value}: C {fixture.CapacityJPerK:F1} / {truth.CapacityJPerK:F1} ({ratio:F2}), G_ca {fixture.RoomConductanceWPerK:F3} / {truth.RoomConductanceWPerK:F3}, lag {fixture.LagS:F1} / {truth.LagS:F2}");
            }

            sb.AppendLine($"{offCount} records with C off by more than 10 %");
            File.WriteAllText(Environment.GetEnvironmentVariable("DAMP24_OUT") ?? "damp24-records.txt", sb.ToString());
        }
    }
}
