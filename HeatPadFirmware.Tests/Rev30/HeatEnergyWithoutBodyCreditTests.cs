using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Rev30
{
    /// <summary>
    /// Session 30 (issue 4): the heat-energy check's verdict is no longer withheld for a body that could take the heat going in.
    /// Session 28 (lie28b) withheld it while the account's mean power was at most 2.0 W/K × (reading − room) + 14 W/K ×
    /// (reading − 34 °C); review 29c found pairs loosening partly under a body that it kept unnamed past 48 °C (thick-slow up to
    /// 3,268 s, dose 16.4) with no credit bound separating them from the lying-down latches it cleared. docs/safety.md
    /// "Session 30: the body-load stand-down reverted".
    /// </summary>
    public class HeatEnergyWithoutBodyCreditTests
    {
        private static readonly (string Name, PadParameters Pad)[] Shipped = PadFile.LoadAllShipped();

        /// <summary>
        /// The price, pinned: lying-down sessions the stand-down let run to the end latch the heat-energy check again at the
        /// second they latched before session 28 (known false trips the group counts; they asked 4.4–12.9 W/K of a 34 °C body).
        /// </summary>
        [Theory]
        [InlineData(130050, "folded-covered", 1, 1998)]
        [InlineData(130256, "thick-slow", 1, 3764)]
        [InlineData(330319, "thick-slow", 4, 5173)]
        [InlineData(530197, "folded-covered", 1, 2838)]
        [InlineData(630252, "free-air", 2, 5381)]
        public void LyingDownSession_TheStandDownCleared_LatchesTheHeatEnergyCheckAgain(int seed, string padName, int level, int latchS)
        {
            double unseenJ = 0.0;
            var (draw, fault, faultAtS) = LieDownLife.Run(LifeRoom.PadsIn(Shipped, LifeRoom.Of(seed)), seed, r => unseenJ = r.Core.Supervisor.HeatEnergy.UnseenJ);

            Assert.Equal(padName, draw.PadName);
            Assert.Equal(level, draw.Level);
            Assert.Equal(FaultCode.SensorDetached, fault);
            Assert.Equal(latchS, faultAtS);
            Assert.True(unseenJ > HeatEnergyCheck.MaxUnseenJ, "the account stood at " + unseenJ.ToString("F0") + " J");
        }

        /// <summary>
        /// The pair loosenings the heat-energy check names whose heat comes nearest a body's (faults seeds 1–2, the room pinned or
        /// the shipped 22 °C): named by the same fault at the second they were named with and without the stand-down. The body each asks at its latch, of a
        /// 34 °C skin: 15.2 / 17.7 / 20.0 W/K (30 °C), 37.4 / 45.4 (22 °C), 49.5 (28 °C) against the stand-down's 14.
        /// </summary>
        [Theory]
        [InlineData(1, 30.0, "free-air", 5, 300.0, FaultKind.BothSensorsLoosening, 3275.0)]
        [InlineData(1, 30.0, "free-air", 3, 60.0, FaultKind.TwoPaceLoosening, 3647.0)]
        [InlineData(1, 30.0, "free-air", 4, 60.0, FaultKind.TwoPaceLooseningReversed, 2733.0)]
        [InlineData(1, 22.0, "folded-covered", 5, 600.0, FaultKind.TwoPaceLoosening, 588.0)]
        [InlineData(1, 22.0, "folded-covered", 4, 600.0, FaultKind.TwoPaceLoosening, 705.0)]
        [InlineData(2, 28.0, "folded-covered", 4, 300.0, FaultKind.BothSensorsLooseningShortPhases, 1289.0)]
        public void PairLoosening_TheHeatEnergyCheckNames_IsNamedAtTheSameSecond(int campaignSeed, double roomC, string padName, int level, double onsetS, FaultKind kind, double noHeatAfterS)
        {
            var pads = Shipped.Select(p => (p.Name, Pad: p.Pad.With(ambientC: roomC, initialC: roomC))).ToArray();
            int seed = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), campaignSeed)[(padName, level, onsetS, kind)];
            PadParameters pad = pads.First(p => p.Name == padName).Pad;

            FaultCaseResult r = FaultCampaign.RunCase(padName, pad, level, kind, onsetS, seed);

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.Equal(noHeatAfterS, r.NoHeatAfterS);
        }
    }
}
