using System.Globalization;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Rec24
{
    /// <summary>
    /// Session 24 (rec24), by hand (remove the Skip): the table of docs/safety.md "Session 24: the record referenced to S3 (rec24)" —
    /// the 17 loosening runs past 48 °C of faults seed 1 with the Factory, Oracle, needed and device records (each case's own pad
    /// and sensors): no heat after s, peak °C, the fault, and the records' C / G_cs / lag.
    /// <c>dotnet test --filter FullyQualifiedName~Rec24.RecordVerdictScan --logger "console;verbosity=detailed"</c>.
    /// </summary>
    public class RecordVerdictScan
    {
        private readonly ITestOutputHelper _output;

        public RecordVerdictScan(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact(Skip = "Scan, run by hand (about 1 min): prints the verdict table of docs/safety.md 'Session 24 (rec24)'")]
        public void Print_the_verdicts_of_the_loosening_runs_past_48_C_by_record()
        {
            var inv = CultureInfo.InvariantCulture;
            _output.WriteLine("kind pad level onset | record: no heat s / peak C / fault / C J/K / G_cs W/K / lag s ...");
            foreach (var (kind, pad, level, onset) in RecordVerdicts.PastFortyEight)
            {
                var (seed, p) = RecordVerdicts.Case(pad, kind, level, onset);
                string line = string.Format(inv, "{0} {1} L{2} @{3:F0}s", kind, pad, level, onset);
                foreach (RecordSource source in new[] { RecordSource.Factory, RecordSource.Oracle, RecordSource.Needed, RecordSource.Device })
                {
                    ElementCalibration? record = RecordVerdicts.Record(source, p, seed);
                    FaultCaseResult r = RecordVerdicts.Run(pad, kind, level, onset, record);
                    line += string.Format(inv, " | {0}: {1:F0} / {2:F2} / {3} / {4} / {5} / {6}", source, r.NoHeatAfterS, r.PeakSurfaceC, FaultCodeNames.Of(r.Fault),
                        record == null ? "-" : record.CapacityJPerK.ToString("F1", inv), record == null ? "-" : record.ConductanceWPerK.ToString("F3", inv), record == null ? "-" : record.LagS.ToString("F1", inv));
                }

                _output.WriteLine(line);
            }
        }
    }
}
