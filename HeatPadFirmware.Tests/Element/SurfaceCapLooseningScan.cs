using System;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
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

        private static readonly FaultKind[] Kinds =
        {
            FaultKind.BothSensorsLoosening, FaultKind.BothSensorsLooseningShortPhases, FaultKind.TwoPaceLoosening, FaultKind.TwoPaceLooseningReversed,
        };

        [Fact(Skip = ByHand)]
        public void Cases()
        {
            FactoryFlags.With("ECAP25_SENSE", "ECAP25_C", "ECAP25_GCS", () =>
            {
                using var w = new StreamWriter(Out, append: true);
                var pads = PadFile.LoadAllShipped();
                var seeds = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1);
                w.WriteLine("kind pad level onset | no heat s | peak C | dose | t48 s | capped s | fault");
                foreach (FaultKind kind in Kinds)
                {
                    int past48 = 0;
                    foreach (var (name, pad) in pads)
                    {
                        for (int level = 1; level <= TherapyConfig.LevelCount; level++)
                        {
                            foreach (double onsetS in new[] { 60.0, 300.0, 600.0, 1800.0 })
                            {
                                double dose = 0.0;
                                long t48 = -1;
                                double cappedS = 0.0;
                                long lastMs = 0;
                                FaultCaseResult r = FaultCampaign.RunCase(name, pad, level, kind, onsetS, seeds[(name, level, onsetS, kind)], onTick: run =>
                                {
                                    double dtS = (run.NowMs - lastMs) / 1000.0;
                                    lastMs = run.NowMs;
                                    dose += BurnDose.Increment(run.Pad.SurfaceC, dtS);
                                    if (t48 < 0 && run.Pad.SurfaceC >= 48.0)
                                    {
                                        t48 = run.NowMs / 1000;
                                    }

                                    cappedS += CapHeld(run) ? dtS : 0.0;
                                });
                                if (r.PeakSurfaceC >= 48.0)
                                {
                                    past48++;
                                }

                                w.WriteLine(FormattableString.Invariant($"{kind} {name} L{level} @{onsetS} | {r.NoHeatAfterS:F1} | {r.PeakSurfaceC:F1} | {dose:F4} | {t48} | {cappedS:F0} | {FaultCodeNames.Of(r.Fault)}"));
                            }
                        }
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
