using System.IO;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Commands;

namespace HeatPadFirmware.Tests.Fit21
{
    /// <summary>
    /// <c>calibrate --telemetry</c> on a fixture run's log held in memory (<see cref="CalibrateCommand.FitTelemetry"/>): the exit
    /// code, what it printed and the record it made — the one wrapper the fit's tests share (Fit21, Fit22, Review22b).
    /// </summary>
    internal static class TelemetryFit
    {
        /// <summary>The element sensor's ROM code every simulated fixture log of the tests names.</summary>
        public const string Rom = "28FF23A10F1603C1";

        /// <summary>Fits <paramref name="log"/> for <paramref name="rom"/>: exit code (0: a record), standard output, error output.</summary>
        public static (int Code, string Output, string Error) Run(string log, string rom = Rom)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int code = CalibrateCommand.FitTelemetry(output, error, new StringReader(log), rom);
            return (code, output.ToString(), error.ToString());
        }

        /// <summary>As <see cref="Run"/>, with the record read back (null when none was written).</summary>
        public static (int Code, ElementCalibration? Record, string Error) Record(string log, string rom = Rom)
        {
            var (code, output, error) = Run(log, rom);
            ElementCalibration? record = null;
            if (code == 0)
            {
                ElementCalibrationRecord.Parse(output, rom, out ElementCalibration c);
                record = c;
            }

            return (code, record, error);
        }
    }
}
