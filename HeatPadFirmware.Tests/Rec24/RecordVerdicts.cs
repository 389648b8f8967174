using System;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Rec24
{
    /// <summary>Which record the calibrated witness of a faults case is given (session 24, rec24).</summary>
    internal enum RecordSource
    {
        /// <summary>The direct (simulated-fixture) fit: `--element-calibration Factory`, M21F's.</summary>
        Factory,

        /// <summary>The pad's true parameters as the run's sensor and sense see them: `--element-calibration Oracle` (no error).</summary>
        Oracle,

        /// <summary>The values the fixture's fit aims at (calibrate's "needed" column: G_cs·k, C·k/(1+s), the effective G_ca).</summary>
        Needed,

        /// <summary>The record the device's own fixture run makes for the case's pad and sensors (its telemetry fitted).</summary>
        Device,
    }

    /// <summary>
    /// Session 24 (rec24): review 23a's HIGH 1 restated — the calibrated witness's verdicts on faults seed 1's loosening runs past
    /// 48 °C (M21F, the Factory flags) with the record the device's fixture run makes for the case's own pad and sensors against
    /// the exact records. No global switch: the record goes in through <see cref="FaultCampaign.RunCase(string, PadParameters, int, FaultKind, double, int, Action{FaultRun}, bool, Action{FaultRun})"/>'s hook.
    /// </summary>
    internal static class RecordVerdicts
    {
        public const string Rom = "28FF23A10F1603C1";

        /// <summary>The 17 loosening runs of M21F-faults1 (faults --seed 1 --cases with the Factory flags) whose peak reached 48 °C.</summary>
        public static readonly (FaultKind Kind, string Pad, int Level, double OnsetS)[] PastFortyEight =
        {
            (FaultKind.BothSensorsLoosening, "free-air", 2, 60.0),
            (FaultKind.BothSensorsLoosening, "free-air", 3, 60.0),
            (FaultKind.BothSensorsLoosening, "free-air", 4, 60.0),
            (FaultKind.BothSensorsLoosening, "free-air", 5, 60.0),
            (FaultKind.BothSensorsLoosening, "free-air", 5, 300.0),
            (FaultKind.BothSensorsLoosening, "strong-60w", 4, 60.0),
            (FaultKind.BothSensorsLoosening, "strong-60w", 5, 60.0),
            (FaultKind.BothSensorsLooseningShortPhases, "free-air", 3, 60.0),
            (FaultKind.BothSensorsLooseningShortPhases, "free-air", 4, 60.0),
            (FaultKind.BothSensorsLooseningShortPhases, "free-air", 5, 60.0),
            (FaultKind.BothSensorsLooseningShortPhases, "strong-60w", 5, 60.0),
            (FaultKind.TwoPaceLoosening, "free-air", 2, 60.0),
            (FaultKind.TwoPaceLoosening, "free-air", 5, 60.0),
            (FaultKind.TwoPaceLoosening, "strong-60w", 5, 60.0),
            (FaultKind.TwoPaceLooseningReversed, "free-air", 5, 60.0),
            (FaultKind.TwoPaceLooseningReversed, "nominal-12v", 5, 60.0),
            (FaultKind.TwoPaceLooseningReversed, "strong-60w", 5, 60.0),
        };

        /// <summary>The case's run seed (faults --seed 1's) and pad.</summary>
        public static (int Seed, PadParameters Pad) Case(string padName, FaultKind kind, int level, double onsetS)
        {
            var pads = PadFile.LoadAllShipped();
            var seeds = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1);
            return (seeds[(padName, level, onsetS, kind)], pads.First(p => p.Name == padName).Pad);
        }

        /// <summary>The record of <paramref name="source"/> for pad <paramref name="pad"/> with the sensors and sense of <paramref name="seed"/> (null: the device refused its run).</summary>
        public static ElementCalibration? Record(RecordSource source, PadParameters pad, int seed)
        {
            var sensor = new SimulatedElementSensor(pad, seed);
            switch (source)
            {
                case RecordSource.Factory:
                    return ElementCalibrationFixture.Calibrate(pad, seed);
                case RecordSource.Oracle:
                    return ElementCalibrationSource.For(ElementCalibrationKind.Oracle, pad, sensor, seed);
                case RecordSource.Needed:
                    double k = ElementCalibrationSource.SenseScale(pad, seed);
                    double s = 1.0 + sensor.SpotFraction;
                    double g = pad.CoreToSurfaceWPerK * k;
                    return new ElementCalibration(pad.CoreCapacityJPerK * k / s, g, (pad.CoreToAmbientWPerK * k / s) + (g * ((1.0 / s) - 1.0)), sensor.LagS);
                default:
                    var log = new StringWriter();
                    DeviceFixtureSimulation.Run(pad, seed, log, Rom);
                    var text = new StringWriter();
                    if (CalibrateCommand.FitTelemetry(text, new StringWriter(), new StringReader(log.ToString()), Rom) != 0)
                    {
                        return null;
                    }

                    ElementCalibrationRecord.Parse(text.ToString(), Rom, out ElementCalibration? record);
                    return record;
            }
        }

        /// <summary>The case with the witness given <paramref name="record"/> (null: the element sensor fitted, no record).</summary>
        public static FaultCaseResult Run(string padName, FaultKind kind, int level, double onsetS, ElementCalibration? record)
        {
            var (seed, pad) = Case(padName, kind, level, onsetS);
            return FaultCampaign.RunCase(padName, pad, level, kind, onsetS, seed, run => run.FitElementSensor(record));
        }
    }
}
