using System;
using System.IO;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// Where the pad's element calibration is kept on the controller: a text file on the ESP32's internal flash storage
    /// (nanoFramework's drive <c>I:</c>), written at assembly with <c>nanoff --filedeployment</c> (hardware/README.md,
    /// "Calibrating the element witness"). Read once at boot; what it says is decided by the core
    /// (<see cref="Core.ElementCalibrationRecord.Parse(string, string, double, out Core.ElementCalibration)"/>), not here. Nothing here throws.
    /// </summary>
    internal static class ElementCalibrationFile
    {
        /// <summary>The record's path on the internal storage.</summary>
        public const string FilePath = "I:\\element-calibration.txt";

        /// <summary>
        /// The file's text, or null when there is none; <paramref name="error"/> says why a file that exists could not be read
        /// (null otherwise). A storage that is not mounted reads as no file: the witness then runs uncalibrated, as on a pad
        /// never calibrated.
        /// </summary>
        public static string Read(out string error)
        {
            error = null;
            try
            {
                if (!File.Exists(FilePath))
                {
                    return null;
                }

                return File.ReadAllText(FilePath);
            }
            catch (Exception ex)
            {
                error = ex.Message;
                return null;
            }
        }
    }
}
