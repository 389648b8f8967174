using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review19a;
using HeatPadFirmware.Tests.Review20a;
using Xunit;

namespace HeatPadFirmware.Tests.Gate31
{
    /// <summary>
    /// Session 31 (gate31; docs/safety.md "Session 31: form G gated"): why form G (session 30: the surface cap's estimate takes
    /// the element reading's mean less the meaned drop on a judged tick where <c>GapC + RoomShiftC</c> &gt;
    /// <see cref="ElementWitnessCheck.AffirmGapC"/>) latched review 20a's healthy cold start. Main's code: on a pad switched on
    /// 12 °C under its room the element's start reading is taken as the room, the balance over-counts the element's loss to
    /// the room by G_ca × 12 K, and the judged gap on the cold start's room stands 2.6–4.0 °C over the whole level-5 hold while
    /// the pair reads the true surface within 0.6 °C: G's gate is open on a healthy pad. The same session at its room holds the
    /// gap at 0.2–0.9 °C. Review 20a's session: thick-slow with a body at level 5, the Factory record, 2,000 s
    /// (<see cref="Review20aScan.Added"/>'s seed for that case).
    /// </summary>
    public class ColdStartGapTests
    {
        // Review20aScan.Added's seed for thick-slow / body / level 5 (the scan numbers its cases from 2,001 in the order of the
        // shipped pads, the conditions and the levels 1 / 3 / 5).
        private static int ScanSeed(string padName, string condition, int level)
        {
            int seed = 2000;
            foreach (var (name, _) in PadFile.LoadAllShipped())
            {
                foreach (string c in HostileElementReadingTests.Conditions)
                {
                    foreach (int l in new[] { 1, 3, 5 })
                    {
                        seed++;
                        if (name == padName && c == condition && l == level)
                        {
                            return seed;
                        }
                    }
                }
            }

            throw new ArgumentException(padName + " " + condition + " L" + level);
        }

        private sealed class GapSpan
        {
            internal double MinGapC = double.MaxValue;
            internal double MaxGapC = double.MinValue;
            internal double WorstPairErrorC;
            internal int JudgedTicks;
        }

        // The judged gap on the cold start's room (GapC + RoomShiftC: form G's gate) over [fromS, toS], and how far the pair's
        // mean stood from the true surface there. perTick runs before each tick, so at second s it reads the state after s − 1.
        private static (Review20aScan.Outcome Outcome, GapSpan Span) Hold(double initialC, int fromS, int toS)
        {
            PadParameters pad = HostileElementReadingTests.InCondition(PadFile.LoadShipped("thick-slow"), "body").With(initialC: initialC);
            var span = new GapSpan();
            var outcome = Review20aScan.Session(pad, ScanSeed("thick-slow", "body", 5), 5, ElementCalibrationKind.Factory, null, 2000, (run, s) =>
            {
                ElementWitnessCheck witness = run.Core.Supervisor.ElementWitness;
                if (s - 1 < fromS || s - 1 > toS || !witness.Judged)
                {
                    return;
                }

                double gapC = witness.GapC + witness.RoomShiftC;
                span.MinGapC = Math.Min(span.MinGapC, gapC);
                span.MaxGapC = Math.Max(span.MaxGapC, gapC);
                span.WorstPairErrorC = Math.Max(span.WorstPairErrorC, Math.Abs(witness.MeanHotterReadingC - run.Pad.SurfaceC));
                span.JudgedTicks++;
            });
            return (outcome, span);
        }

        [Fact]
        public void ColdStartedThickSlowBody_HoldsItsJudgedGapOverTheAffirmationBand_WithThePairOnTheSurface()
        {
            // Main (measured): no latch in 2,000 s; over 900–2,000 s the gap on the cold start's room runs 2.64–4.01 °C on all
            // 1,101 judged ticks (the room's error, G_ca / G_cs × 12.25 K ≈ 2.7 °C, RoomShiftC 1.75 °C = G_ca / G_cs × 8), the
            // pair's mean within 0.59 °C of the true surface. Form G: its gate open throughout, the mean's estimate closes the
            // cap at 840–1,080 s, the thick layer's fall raises the gap to 4.4 °C, and the held-divergence watch latches
            // sensor_detached at 1,672 s. Session 31's form 4 (G's gate raised to G_ca / G_cs × (35 °C − the start reading)):
            // gate 5.5 °C here, shut; no latch.
            var (outcome, span) = Hold(10.0, 900, 2000);

            Assert.Equal(FaultCode.None, outcome.Fault);
            Assert.True(span.JudgedTicks > 1000, span.JudgedTicks + " judged ticks");
            Assert.True(span.MinGapC > ElementWitnessCheck.AffirmGapC, "lowest gap " + span.MinGapC.ToString("F2") + " C");
            Assert.True(span.WorstPairErrorC < 1.0, "pair off the surface by " + span.WorstPairErrorC.ToString("F2") + " C");
        }

        [Fact]
        public void ThickSlowBodyAtItsRoom_HoldsItsJudgedGapWithinTheAffirmationBand()
        {
            // Main (measured): over the level-5 hold, 900–1,700 s (before the burn-dose step-down), the gap runs 0.22–0.93 °C,
            // the pair's mean within 0.05 °C of the surface: at its room the same pad never opens G's gate on the hold.
            var (outcome, span) = Hold(22.0, 900, 1700);

            Assert.Equal(FaultCode.None, outcome.Fault);
            Assert.True(span.JudgedTicks > 700, span.JudgedTicks + " judged ticks");
            Assert.True(span.MaxGapC < ElementWitnessCheck.AffirmGapC, "highest gap " + span.MaxGapC.ToString("F2") + " C");
            Assert.True(span.MinGapC > -ElementWitnessCheck.AffirmGapC, "lowest gap " + span.MinGapC.ToString("F2") + " C");
        }
    }
}
