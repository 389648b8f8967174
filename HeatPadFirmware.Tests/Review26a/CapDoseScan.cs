using System;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using Xunit;

namespace HeatPadFirmware.Tests.Review26a
{
    /// <summary>
    /// Review 26a, by hand, not in the suite: faults seed 1's loosening kinds with the Factory record (the flags
    /// <c>--element-sensor --element-calibration Factory</c>), every case, one line per case: seconds from the onset to no heat,
    /// the fault, peak surface, the run's surface burn dose (<see cref="FaultRun.SurfaceDose"/>), the dose from the onset to the
    /// latch, seconds over 46 °C. It compiles on main (059a3f0) unchanged, so the same file run on both trees compares them case by
    /// case (docs/safety.md "Review 26a"). Remove the Skip and run
    /// <c>dotnet test HeatPadFirmware.Tests --filter FullyQualifiedName~Review26a.CapDoseScan</c>; REVIEW26A_OUT names the output
    /// file; REVIEW26A_SENSE / _C / _GCS scale the record as <c>--element-record-sense / -c / -gcs</c> do; REVIEW26A_KINDS limits
    /// the kinds (comma list). It sets the simulator's global element-sensor switches: run it alone, with the filter.
    /// </summary>
    public class CapDoseScan
    {
        private const string ByHand = "Review 26a's per-case dose scan: run by hand (docs/safety.md, Review 26a).";

        [Fact(Skip = ByHand)]
        public void Cases()
        {
            string outPath = Environment.GetEnvironmentVariable("REVIEW26A_OUT") ?? "review26a-dose.txt";
            string? kindsText = Environment.GetEnvironmentVariable("REVIEW26A_KINDS");
            FaultKind[] kinds = string.IsNullOrEmpty(kindsText) ? Element.LooseningCases.AllKinds : kindsText.Split(',').Select(k => Enum.Parse<FaultKind>(k)).ToArray();
            Element.FactoryFlags.With("REVIEW26A_SENSE", "REVIEW26A_C", "REVIEW26A_GCS", () =>
            {
                using var w = new StreamWriter(outPath, append: false);
                foreach (Element.LooseningCase c in Element.LooseningCases.Of(kinds))
                {
                    var surface = new Element.SurfaceTally();
                    double doseAtLatch = -1.0;
                    FaultRun? last = null;
                    FaultCaseResult r = c.Run(run =>
                    {
                        surface.Tick(run);
                        last = run;
                        if (doseAtLatch < 0.0 && run.Core.Supervisor.Fault != FaultCode.None)
                        {
                            doseAtLatch = run.SurfaceDose;
                        }
                    });
                    w.WriteLine(FormattableString.Invariant($"{c.Head} | {r.NoHeatAfterS:F1} | {FaultCodeNames.Of(r.Fault)} | {r.PeakSurfaceC:F2} | {last!.SurfaceDose:F4} | {doseAtLatch:F4} | {surface.Over46S:F0}"));
                }
            });
        }
    }
}
