using System;
using System.Globalization;
using System.IO;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Rec24;
using Xunit;
using Xunit.Abstractions;

namespace HeatPadFirmware.Tests.Review25b
{
    /// <summary>
    /// Review 25b, by hand (remove the Skip): every loosening case of faults seed 1 (4 kinds × 5 levels × 4 onsets) on the pads
    /// named in REVIEW25B_PADS (comma-separated; default strong-60w,usb-10w — the pads whose device record's C is lowest), each
    /// run with the Factory record (M21F-faults1's rows), the record main's telemetry fit makes of the device's fixture run on that
    /// case's pad and seed, and rec24's. Rows <c>case | kind pad L onset | Factory s/peak/fault | main ... | rec24 ...</c>; a verdict
    /// "none" is heat to the run's end with no fault. <c>dotnet test --filter FullyQualifiedName~Review25b.DeviceRecordLooseningScan --logger "console;verbosity=detailed"</c>.
    /// </summary>
    public class DeviceRecordLooseningScan
    {
        private readonly ITestOutputHelper _out;

        public DeviceRecordLooseningScan(ITestOutputHelper output) => _out = output;

        internal static readonly FaultKind[] Kinds = { FaultKind.BothSensorsLoosening, FaultKind.BothSensorsLooseningShortPhases, FaultKind.TwoPaceLoosening, FaultKind.TwoPaceLooseningReversed };

        /// <summary>Main's telemetry record of the device's fixture run on <paramref name="pad"/> with the sensors of <paramref name="seed"/> (null: refused).</summary>
        internal static ElementCalibration? MainDeviceRecord(PadParameters pad, int seed)
        {
            var log = new StringWriter();
            DeviceFixtureSimulation.Run(pad, seed, log, RecordVerdicts.Rom);
            return AcceptedRecordScan.MainRecord(log.ToString());
        }

        [Fact(Skip = "Scan, run by hand (about 6 min for two pads): prints the loosening-verdict table of docs/safety.md 'Review 25b'")]
        public void Print_the_loosening_verdicts_with_the_device_records_of_main_and_rec24()
        {
            var inv = CultureInfo.InvariantCulture;
            string pads = Environment.GetEnvironmentVariable("REVIEW25B_PADS") ?? "strong-60w,usb-10w";
            foreach (string padName in pads.Split(','))
            {
                foreach (FaultKind kind in Kinds)
                {
                    for (int level = 1; level <= 5; level++)
                    {
                        foreach (double onset in new[] { 60.0, 300.0, 600.0, 1800.0 })
                        {
                            var (seed, pad) = RecordVerdicts.Case(padName, kind, level, onset);
                            ElementCalibration? factory = RecordVerdicts.Record(RecordSource.Factory, pad, seed);
                            ElementCalibration? main = MainDeviceRecord(pad, seed);
                            ElementCalibration? rec = RecordVerdicts.Record(RecordSource.Device, pad, seed);
                            string Cell(ElementCalibration? c)
                            {
                                if (c == null)
                                {
                                    return "refused";
                                }

                                FaultCaseResult r = RecordVerdicts.Run(padName, kind, level, onset, c);
                                return string.Format(inv, "{0:F0} s {1:F2} C {2} (C x{3:F2} G x{4:F3})", r.NoHeatAfterS, r.PeakSurfaceC, r.Fault, c.CapacityJPerK / factory!.CapacityJPerK, c.ConductanceWPerK / factory.ConductanceWPerK);
                            }

                            _out.WriteLine(string.Format(inv, "case | {0} {1} L{2} @{3:F0} | Factory {4} | main {5} | rec24 {6}", kind, padName, level, onset, Cell(factory), Cell(main), Cell(rec)));
                        }
                    }
                }
            }
        }
    }
}
