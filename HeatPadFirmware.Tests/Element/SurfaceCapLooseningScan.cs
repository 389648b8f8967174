using System;
using System.IO;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using Xunit;

namespace HeatPadFirmware.Tests.Element
{
    /// <summary>
    /// Session 25 (ecap25), by hand, not in the suite: faults seed 1's four both-sensor loosening kinds with the element sensor
    /// and the factory record (the flags <c>--element-sensor --element-calibration Factory</c>), every case (480), one line per
    /// case with what the campaign's case row gives (seconds from the onset to no heat, peak surface, the fault) and what it does
    /// not: the true surface's burn dose over the whole run (<see cref="BurnDose.Increment"/>, a fraction of a burn), the second
    /// the surface first reached 48 °C, and the seconds the duty was held under the controller's request by the element's
    /// surface cap. Run the same scan on two trees and compare the lines case by case (docs/safety.md "Session 25: the element's
    /// surface as a duty cap (ecap25)"). Remove the Skip and run
    /// <c>dotnet test HeatPadFirmware.Tests --filter FullyQualifiedName~SurfaceCapLooseningScan</c>; ECAP25_OUT names the output file
    /// (appended); ECAP25_SENSE / ECAP25_C / ECAP25_GCS scale the factory record as the simulator's <c>--element-record-sense /
    /// -c / -gcs</c> do (default 1). It sets the simulator's global element-sensor switches for its runs: run it alone, with the filter.
    /// </summary>
    public class SurfaceCapLooseningScan
    {
        private const string ByHand = "Session 25's surface-cap loosening scan: run by hand (docs/safety.md, Session 25, ecap25).";

        private static string Out => Environment.GetEnvironmentVariable("ECAP25_OUT") ?? "ecap25-loosening.txt";

        [Fact(Skip = ByHand)]
        public void Cases()
        {
            FactoryFlags.With("ECAP25_SENSE", "ECAP25_C", "ECAP25_GCS", () =>
            {
                using var w = new StreamWriter(Out, append: true);
                w.WriteLine("kind pad level onset | no heat s | peak C | dose | t48 s | capped s | fault");
                foreach (FaultKind kind in LooseningCases.BothSensorKinds)
                {
                    int past48 = 0;
                    foreach (LooseningCase c in LooseningCases.Of(kind))
                    {
                        var surface = new SurfaceTally();
                        double cappedS = 0.0;
                        FaultCaseResult r = c.Run(run =>
                        {
                            surface.Tick(run);
                            cappedS += CapHeld(run) ? surface.TickS : 0.0;
                        });
                        if (r.PeakSurfaceC >= 48.0)
                        {
                            past48++;
                        }

                        w.WriteLine(FormattableString.Invariant($"{c.Head} | {r.NoHeatAfterS:F1} | {r.PeakSurfaceC:F1} | {surface.Dose:F4} | {surface.At48S} | {cappedS:F0} | {FaultCodeNames.Of(r.Fault)}"));
                    }

                    w.WriteLine(FormattableString.Invariant($"PAST48 {kind} {past48}"));
                }
            });
        }

        // Whether the element's surface cap held the duty this tick (ElementSurfaceCap.Holding).
        private static bool CapHeld(FaultRun run)
        {
            return run.Core.Supervisor.SurfaceCap.Holding;
        }
    }
}
