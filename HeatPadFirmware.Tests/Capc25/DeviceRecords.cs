using System.IO;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Rec24;

namespace HeatPadFirmware.Tests.Capc25
{
    /// <summary>
    /// Session 25 (capc25): the two records the device's own fixture run on a pad makes — rec24's (the heat and plate stages'
    /// C and lag) and capc25's (<c>calibrate --telemetry</c>: C and the lag from the cool stage) — for the verdict scans.
    /// </summary>
    internal static class DeviceRecords
    {
        /// <summary>rec24's record of the device's fixture run on <paramref name="pad"/> with the sensors of <paramref name="seed"/> (null: refused).</summary>
        public static ElementCalibration? Rec24(PadParameters pad, int seed)
        {
            var log = new StringWriter();
            DeviceFixtureSimulation.Run(pad, seed, log, RecordVerdicts.Rom);
            if (!FixtureTelemetry.TryRead(new StringReader(log.ToString()), RecordVerdicts.Rom, out ElementFixtureSeries run, out _))
            {
                return null;
            }

            ElementCalibration fit = ElementCalibrationFixture.Fit(run.ElementC, run.FitPairC(), run.PowerW(), run.HeatStartS, run.PlateOnS, run.PairReferencedToElement);
            return fit.IsValid && ElementFitChecks.Check(run, fit).TrueForAll(c => c.Passed) ? fit : null;
        }

        /// <summary>capc25's record (what calibrate --telemetry writes) of the same run (null: refused).</summary>
        public static ElementCalibration? Capc25(PadParameters pad, int seed)
        {
            return RecordVerdicts.Record(RecordSource.Device, pad, seed);
        }
    }
}
