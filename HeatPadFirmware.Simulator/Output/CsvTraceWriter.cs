using System.Globalization;
using System.IO;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Session;

namespace HeatPadFirmware.Simulator.Output
{
    /// <summary>
    /// Writes a session trace as CSV, one row per tick, invariant culture, empty cells for "none". <c>reading_c</c> is
    /// sensor 1's reading, <c>reading2_c</c> (the last column, so readers of the one-sensor trace keep working) sensor 2's,
    /// 4 decimals like the first, empty when invalid.
    /// </summary>
    public static class CsvTraceWriter
    {
        /// <summary>The header row.</summary>
        public const string Header = "time_s,surface_c,core_c,sensor_body_c,reading_c,setpoint_c,duty,heater_enabled,power_w,phase,level,fault,cue,reading2_c";

        /// <summary>Writes <paramref name="trace"/> to <paramref name="writer"/>.</summary>
        public static void Write(SessionTrace trace, TextWriter writer)
        {
            CultureInfo inv = CultureInfo.InvariantCulture;
            writer.WriteLine(Header);
            foreach (TraceSample s in trace.Samples)
            {
                writer.Write(s.TimeS.ToString("0.###", inv));
                writer.Write(',');
                writer.Write(s.SurfaceC.ToString("0.0000", inv));
                writer.Write(',');
                writer.Write(s.CoreC.ToString("0.0000", inv));
                writer.Write(',');
                writer.Write(s.SensorBodyC.ToString("0.0000", inv));
                writer.Write(',');
                writer.Write(s.ReadingValid ? s.ReadingC.ToString("0.0000", inv) : "");
                writer.Write(',');
                writer.Write(s.HasSetpoint ? s.SetpointC.ToString("0.00", inv) : "");
                writer.Write(',');
                writer.Write(s.DutyFraction.ToString("0.0000", inv));
                writer.Write(',');
                writer.Write(s.HeaterEnabled ? "1" : "0");
                writer.Write(',');
                writer.Write(s.HeaterPowerW.ToString("0.00", inv));
                writer.Write(',');
                writer.Write(SessionPhaseNames.Of(s.Phase));
                writer.Write(',');
                writer.Write(s.Level.ToString(inv));
                writer.Write(',');
                writer.Write(s.Fault == FaultCode.None ? "" : FaultCodeNames.Of(s.Fault));
                writer.Write(',');
                writer.Write(s.Cue == BuzzerCue.None ? "" : BuzzerCueNames.Of(s.Cue));
                writer.Write(',');
                writer.WriteLine(s.SecondReadingValid ? s.SecondReadingC.ToString("0.0000", inv) : "");
            }
        }

        /// <summary>Writes <paramref name="trace"/> to the file <paramref name="path"/> (folders are created).</summary>
        public static void WriteFile(SessionTrace trace, string path)
        {
            string folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            using var writer = new StreamWriter(path);
            Write(trace, writer);
        }
    }
}
