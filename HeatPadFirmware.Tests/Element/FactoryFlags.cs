using System;
using System.Globalization;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Element
{
    /// <summary>
    /// The by-hand scans' calibrated pad: the simulator's global element option set as <c>--element-sensor --element-calibration
    /// Factory</c> with the record's sense / C / G_cs scales read from three environment variables (unset: 1), and put back to
    /// the default (no element sensor, every scale 1) whatever the body does.
    /// </summary>
    internal static class FactoryFlags
    {
        /// <summary>Runs <paramref name="body"/> with the Factory flags, the record scaled by the named variables.</summary>
        public static void With(string senseVariable, string capacityVariable, string conductanceVariable, Action body)
        {
            ElementSensorOption.Fitted = true;
            ElementSensorOption.Calibration = ElementCalibrationKind.Factory;
            ElementSensorOption.RecordSenseScale = Scale(senseVariable);
            ElementSensorOption.RecordCapacityScale = Scale(capacityVariable);
            ElementSensorOption.RecordConductanceScale = Scale(conductanceVariable);
            try
            {
                body();
            }
            finally
            {
                ElementSensorOption.Fitted = false;
                ElementSensorOption.Calibration = ElementCalibrationKind.None;
                ElementSensorOption.RecordSenseScale = 1.0;
                ElementSensorOption.RecordCapacityScale = 1.0;
                ElementSensorOption.RecordConductanceScale = 1.0;
            }
        }

        private static double Scale(string variable)
        {
            string? text = Environment.GetEnvironmentVariable(variable);
            return string.IsNullOrEmpty(text) ? 1.0 : double.Parse(text, CultureInfo.InvariantCulture);
        }
    }
}
