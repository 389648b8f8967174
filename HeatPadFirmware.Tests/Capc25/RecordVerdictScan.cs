using System.Globalization;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Tests.Rec24;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Capc25
{
    /// <summary>
    /// Session 25 (capc25), by hand (remove the Skip): Rec24's verdict table with rec24's device record beside capc25's — faults
    /// seed 1's 17 loosening runs past 48 °C (M21F) with the exact record (the needed values), the Factory record, and the record
    /// the device's fixture run on the case's pad and sensors makes, fitted rec24's way and capc25's: no heat after s / peak °C.
    /// <c>dotnet test --filter FullyQualifiedName~Capc25.RecordVerdictScan --logger "console;verbosity=detailed"</c>.
    /// </summary>
    public class RecordVerdictScan
    {
        private readonly ITestOutputHelper _output;

        public RecordVerdictScan(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact(Skip = "Scan, run by hand (about 20 s): prints the verdict table of docs/safety.md 'Session 25: the record's C (capc25)' (review 26b LOW: as a runnable fact it could not fail)")]
        public void Print_the_verdicts_of_the_loosening_runs_past_48_C_rec24_against_capc25()
        {
            var inv = CultureInfo.InvariantCulture;
            _output.WriteLine("case | exact | Factory | rec24 device | capc25 device (no heat s / peak C) | rec24 C / lag | capc25 C / lag | needed C / lag");
            foreach (var (kind, pad, level, onset) in RecordVerdicts.PastFortyEight)
            {
                var (seed, p) = RecordVerdicts.Case(pad, kind, level, onset);
                ElementCalibration exact = RecordVerdicts.Record(RecordSource.Needed, p, seed)!;
                ElementCalibration? rec24 = DeviceRecords.Rec24(p, seed);
                ElementCalibration? capc25 = DeviceRecords.Capc25(p, seed);
                string Cell(ElementCalibration? record)
                {
                    if (record == null)
                    {
                        return "refused";
                    }

                    FaultCaseResult r = RecordVerdicts.Run(pad, kind, level, onset, record);
                    return string.Format(inv, "{0:F0} s / {1:F2}", r.NoHeatAfterS, r.PeakSurfaceC);
                }

                _output.WriteLine(string.Format(inv, "{0} {1} L{2} @{3:F0}s | {4} | {5} | {6} | {7} | {8:F1} / {9:F0} | {10:F1} / {11:F0} | {12:F1} / {13:F1}",
                    kind, pad, level, onset, Cell(exact), Cell(RecordVerdicts.Record(RecordSource.Factory, p, seed)), Cell(rec24), Cell(capc25),
                    rec24?.CapacityJPerK ?? double.NaN, rec24?.LagS ?? double.NaN, capc25?.CapacityJPerK ?? double.NaN, capc25?.LagS ?? double.NaN, exact.CapacityJPerK, exact.LagS));
            }
        }
    }
}
