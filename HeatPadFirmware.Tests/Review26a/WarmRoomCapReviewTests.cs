using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Faults;
using Xunit;

namespace HeatPadFirmware.Tests.Review26a
{
    /// <summary>
    /// Review 26a: ecap25's surface cap in a room pinned at 30 °C (<c>faults --seed 1 --room 30 --cases</c> with the Factory flags,
    /// the five loosening kinds; the pad's ambient and start at 30 °C as the command sets them). Main's figures from the same command
    /// on main (docs/safety.md "Review 26a").
    /// </summary>
    public class WarmRoomCapReviewTests
    {
        private const string Hotter = "Review 26a HIGH: in a 30 C room the cap makes loosening rows HOTTER and later than main (Factory flags, "
            + "faults seed 1 --room 30): TwoPaceLoosening folded-covered L2 @600 s 47.0 -> 48.0 C, named 708 -> 857 s; TwoPaceLooseningReversed "
            + "thick-slow L4 @600 s 45.2 -> 46.0 C, 330 -> 768 s; 10 of 600 rows hotter by 0.1-1.0 C, 29 named more than 60 s later "
            + "(runs past 48 C 65 -> 18, no verdict lost). Session 26 (ecap26, the held-divergence watch), the same command (528 rows compared): "
            + "folded-covered L2 @600 s 47.5 C at 772 s, thick-slow L4 @600 s 46.0 C at 768 s; against main 9 rows hotter, 10 named more than "
            + "60 s later, past 48 C 8; against ecap25 81 rows sooner, none later or hotter.";

        private static FaultCaseResult Run(FaultKind kind, string padName, int level, double onsetS, double roomC)
            => CalibratedCampaignCase.Run(kind, padName, level, onsetS, roomC);

        [Theory(Skip = Hotter)]
        [InlineData(FaultKind.TwoPaceLoosening, "folded-covered", 2, 600.0, 47.0, 708.0)]
        [InlineData(FaultKind.TwoPaceLooseningReversed, "thick-slow", 4, 600.0, 45.2, 330.0)]
        public void InA30CRoom_ALooseningPair_IsNoHotter_AndNamedNoLater_ThanOnMain(FaultKind kind, string padName, int level, double onsetS, double mainPeakC, double mainNoHeatS)
        {
            FaultCaseResult r = Run(kind, padName, level, onsetS, 30.0);
            Assert.True(r.PeakSurfaceC <= mainPeakC + 0.1, FormattableString.Invariant($"peak {r.PeakSurfaceC:F2} C vs main {mainPeakC:F1}"));
            Assert.True(r.NoHeatAfterS <= mainNoHeatS + 30.0, FormattableString.Invariant($"named {r.NoHeatAfterS:F0} s vs main {mainNoHeatS:F0}"));
        }

        [Theory]
        // Guard: in the same room the worst rows are held far cooler than main (53.2 / 51.6 C on main).
        [InlineData(FaultKind.BothSensorsLoosening, "free-air", 5, 60.0)]
        [InlineData(FaultKind.TwoPaceLooseningReversed, "free-air", 5, 60.0)]
        public void InA30CRoom_TheWorstRows_StayUnder48C_AndAreNamed(FaultKind kind, string padName, int level, double onsetS)
        {
            FaultCaseResult r = Run(kind, padName, level, onsetS, 30.0);
            Assert.True(r.PeakSurfaceC < 48.0, FormattableString.Invariant($"peak {r.PeakSurfaceC:F2} C"));
            Assert.NotEqual(FaultCode.None, r.Fault);
        }
    }
}
