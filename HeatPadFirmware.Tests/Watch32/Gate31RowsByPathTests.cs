using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Tests.Faults;
using Xunit;

namespace HeatPadFirmware.Tests.Watch32
{
    /// <summary>
    /// Session 32 (watch32; docs/safety.md "Session 32: the held-divergence watch's count, and form 4 on it"): which path names
    /// gate31's four rows (<c>Gate31/GatedEstimateCostTests</c>, the rows form 4 moves) on a calibrated pad. gate31 read their
    /// costs as the held-divergence watch's: only one of the four is the watch's; the coupling check's zero-duty probe ends the heat
    /// of two. Each test runs the row with the element sensor
    /// and the Factory record (<see cref="CalibratedCampaignCase"/>) and follows <see cref="ElementHeldDivergenceCheck"/> on every
    /// tick; the comments give form 4's figures (traced with gate31's scratch switch).
    /// </summary>
    public class Gate31RowsByPathTests
    {
        private sealed class Seen
        {
            public FaultCaseResult Result = null!;
            public double MaxGrowthC;
            public bool VerdictSeen;
            public double HeldS;
        }

        private static Seen Run(FaultKind kind, string padName, int level, double onsetS, double? roomC = null)
        {
            var seen = new Seen();
            seen.Result = CalibratedCampaignCase.Run(kind, padName, level, onsetS, roomC, run =>
            {
                ElementHeldDivergenceCheck watch = run.Core.Supervisor.HeldDivergence;
                seen.MaxGrowthC = Math.Max(seen.MaxGrowthC, watch.GrowthSeenC);
                seen.VerdictSeen = seen.VerdictSeen || watch.Verdict;
                seen.HeldS += run.Core.Supervisor.SurfaceCap.Holding ? 1.0 : 0.0;
            });
            return seen;
        }

        [Fact]
        public void SettlingLoosening80FreeAirL5At300_IsNamedByTheWatch_At174s()
        {
            // The one row of the four the watch names: its growth passes GrowthC at 465 s of the run and holds 10 held ticks.
            // Form 4: the growth passes GrowthC a tick later, the count restarts on one held tick under it by less than 0.005 C (467 s), and the
            // cap lets go for three ticks (476-478 s) which the watch neither counts nor forgives: named at 180 s. With DipS (one
            // tick kept) 179 s; judging the released ticks too, 176 s: the trimmed heat's slower growth alone costs 2 s.
            Seen seen = Run(FaultKind.SettlingLoosening80, "free-air", 5, 300.0);

            Assert.True(seen.VerdictSeen, "the watch never gave its verdict");
            Assert.Equal(FaultCode.SensorDetached, seen.Result.Fault);
            Assert.Equal(174.0, seen.Result.NoHeatAfterS, 0.5);
        }

        [Fact]
        public void SettlingLoosening80ThickSlowL3At600InA16CRoom_IsNamedAt920s_ByAPathOtherThanTheWatch()
        {
            // Main: the coupling check's zero-duty probe from 920 s after the onset, its sensor_detached at 989 s (traced), held
            // 91 s, the watch's growth at most 0.51 C. Form 4 holds the cap for 1,878 s, the duty mostly at 0: the coupling check
            // never starts its probe, the watch's growth reaches 0.63 C, and the row goes unnamed. No count of the watch's can name it: its growth is a quarter of GrowthC.
            Seen seen = Run(FaultKind.SettlingLoosening80, "thick-slow", 3, 600.0, 16.0);

            Assert.False(seen.VerdictSeen, "the watch gave its verdict");
            Assert.True(seen.MaxGrowthC < 0.6, FormattableString.Invariant($"growth {seen.MaxGrowthC:F2} C"));
            Assert.Equal(FaultCode.SensorDetached, seen.Result.Fault);
            Assert.Equal(920.0, seen.Result.NoHeatAfterS, 0.5);
        }

        [Fact]
        public void TwoPaceLooseningReversedThickSlowL4At600_EndsHeatAt486s_WithTheWatchsGrowthUnderGrowthC()
        {
            // Main: the duty falls to 0 at 486 s with the cap let go (the coupling check's zero-duty probe, traced), and the
            // witness's margin verdict latches sensor_detached at 602 s; the watch's growth at most 1.64 C. Form 4: the probe from
            // 491 s, growth 1.88 C, the same latch. The watch names neither: no count of its ticks moves this row.
            Seen seen = Run(FaultKind.TwoPaceLooseningReversed, "thick-slow", 4, 600.0);

            Assert.False(seen.VerdictSeen, "the watch gave its verdict");
            Assert.True(seen.MaxGrowthC < ElementHeldDivergenceCheck.GrowthC, FormattableString.Invariant($"growth {seen.MaxGrowthC:F2} C"));
            Assert.Equal(FaultCode.SensorDetached, seen.Result.Fault);
            Assert.Equal(486.0, seen.Result.NoHeatAfterS, 0.5);
        }

        [Fact]
        public void SettlingLoosening65ThickSlowL1At600_IsNeverNamed_AndTheWatchNeverGivesItsVerdict()
        {
            // Main: unnamed, peak 46.29 C, the watch's growth at most 1.14 C over 2,256 held s. Form 4: 46.44 C, growth 1.88 C,
            // unnamed: the 0.15 C is the cap's trims moving the level-1 hold, not a naming.
            Seen seen = Run(FaultKind.SettlingLoosening65, "thick-slow", 1, 600.0);

            Assert.False(seen.VerdictSeen, "the watch gave its verdict");
            Assert.True(seen.HeldS > 1800.0, FormattableString.Invariant($"held {seen.HeldS:F0} s"));
            Assert.True(seen.MaxGrowthC < 1.5, FormattableString.Invariant($"growth {seen.MaxGrowthC:F2} C"));
            Assert.Equal(FaultCode.None, seen.Result.Fault);
            Assert.Equal(46.29, seen.Result.PeakSurfaceC, 0.02);
        }
    }
}
