using System;
using System.Globalization;
using System.IO;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Tests.Rec24;
using HeatPadFirmware.Tests.Review22b;
using HeatPadFirmware.Tests.Room25;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Review26b
{
    /// <summary>
    /// Review 26b, by hand (remove the Skip): faults seed 1's 17 loosening runs past 48 C (Rec24's table) with the record the
    /// device's fixture run (review 22b's harness) makes on the case's pad and sensors in a steady room and with the room
    /// stepping in the cool stage's unjudged tail (4,330 s), fitted capc25's way (calibrate --telemetry), beside rec24's fit of
    /// the same steady log (the base) and the exact record: no heat after s / peak C.
    /// <c>REVIEW26B_STEP=-2 dotnet test --filter FullyQualifiedName~Review26b.TailRecordVerdictScan26b --logger "console;verbosity=detailed"</c>
    /// </summary>
    public class TailRecordVerdictScan26b
    {
        private readonly ITestOutputHelper _out;

        public TailRecordVerdictScan26b(ITestOutputHelper output) => _out = output;

        internal static ElementCalibration? Capc25Record(string log)
        {
            var text = new StringWriter();
            if (CalibrateCommand.FitTelemetry(text, new StringWriter(), new StringReader(log), RecordVerdicts.Rom) != 0)
            {
                return null;
            }

            ElementCalibrationRecord.Parse(text.ToString(), RecordVerdicts.Rom, out ElementCalibration? record);
            return record;
        }

        [Fact(Skip = "Scan, run by hand: prints docs/safety.md 'Review 26b' verdict table")]
        public void Print_loosening_verdicts_with_records_from_a_room_stepping_in_the_unjudged_tail()
        {
            var inv = CultureInfo.InvariantCulture;
            double step = double.Parse(Environment.GetEnvironmentVariable("REVIEW26B_STEP") ?? "-2", inv);
            _out.WriteLine("case | exact | base rec24 steady | capc25 steady | capc25 tail step (no heat s / peak C) | C/needed: rec24, capc25, tail");
            foreach (var (kind, pad, level, onset) in RecordVerdicts.PastFortyEight)
            {
                var (seed, p) = RecordVerdicts.Case(pad, kind, level, onset);
                ElementCalibration exact = RecordVerdicts.Record(RecordSource.Needed, p, seed)!;
                string steadyLog = new FitReviewHarness().Run(p, seed);
                var tailH = new FitReviewHarness { RoomAt = RoomDriftScan.Step(step, 4330) };
                string tailLog = tailH.Run(p, seed);
                ElementCalibration? b = RoomTailScan26b.BaseRecord(steadyLog);
                ElementCalibration? s = Capc25Record(steadyLog);
                ElementCalibration? t = tailH.LastRun!.Stage == ElementFixtureStage.Done ? Capc25Record(tailLog) : null;
                string Cell(ElementCalibration? record)
                {
                    if (record == null)
                    {
                        return "refused";
                    }

                    FaultCaseResult r = RecordVerdicts.Run(pad, kind, level, onset, record);
                    return string.Format(inv, "{0:F0} s / {1:F2}", r.NoHeatAfterS, r.PeakSurfaceC);
                }

                string Ratio(ElementCalibration? c) => c == null ? "-" : (c.CapacityJPerK / exact.CapacityJPerK).ToString("F3", inv);
                _out.WriteLine(string.Format(inv, "{0} {1} L{2} @{3:F0}s | {4} | {5} | {6} | {7} | {8}, {9}, {10}", kind, pad, level, onset, Cell(exact), Cell(b), Cell(s), Cell(t), Ratio(b), Ratio(s), Ratio(t)));
            }
        }
    }
}
