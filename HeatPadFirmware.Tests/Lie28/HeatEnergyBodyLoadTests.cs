using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Lie28
{
    /// <summary>
    /// Session 28 (lie28b, issue 4): the heat-energy check's verdict withheld while a body at the reading could take the heat
    /// going in (<see cref="HeatEnergyCheck.BodyCouldTake"/>: the account's mean power at most 2.0 W/K × (reading − room) +
    /// 14 W/K × (reading − 34 °C)). docs/safety.md "Session 28: the heat a body asks for at the lying-down latches (lie28b)".
    /// </summary>
    public class HeatEnergyBodyLoadTests
    {
        private static readonly (string Name, PadParameters Pad)[] Shipped = PadFile.LoadAllShipped();

        /// <summary>
        /// Lying-down sessions main's heat-energy check latched (seeds 1–6; main's second in the comment) now run to the program's end:
        /// at main's latch they asked 4.4–12.9 W/K of a 34 °C body.
        /// </summary>
        [Theory]
        [InlineData(130050, "folded-covered", 1)] // main: sensor_detached at 1,998 s, 8.9 W/K at 33 °C
        [InlineData(130256, "thick-slow", 1)] // main: 3,764 s (session 16's pin)
        [InlineData(330319, "thick-slow", 4)] // main: 5,173 s, the reading 42.75 °C in a 17.0 °C room
        [InlineData(530197, "folded-covered", 1)] // main: 2,838 s
        [InlineData(630252, "free-air", 2)] // main: 5,381 s, the reading 35.16 °C
        public void LyingDownSession_TheHeatEnergyCheckLatchedOnMain_RunsToTheEnd(int seed, string padName, int level)
        {
            var (draw, fault, faultAtS) = LieDownLife.Run(LifeRoom.PadsIn(Shipped, LifeRoom.Of(seed)), seed);

            Assert.Equal(padName, draw.PadName);
            Assert.Equal(level, draw.Level);
            Assert.Equal(FaultCode.None, fault);
            Assert.Equal(-1, faultAtS);
        }

        /// <summary>
        /// The pair loosenings the heat-energy check names whose heat comes nearest a body's (faults seeds 1–2, the room pinned or
        /// the shipped 22 °C): named by the same fault at main's second after the onset. The body each asks at main's latch, of a
        /// 34 °C skin: 15.2 / 17.7 / 20.0 W/K (30 °C), 37.4 / 45.4 (22 °C), 49.5 (28 °C) against the stand-down's 14.
        /// </summary>
        [Theory]
        [InlineData(1, 30.0, "free-air", 5, 300.0, FaultKind.BothSensorsLoosening, 3275.0)]
        [InlineData(1, 30.0, "free-air", 3, 60.0, FaultKind.TwoPaceLoosening, 3647.0)]
        [InlineData(1, 30.0, "free-air", 4, 60.0, FaultKind.TwoPaceLooseningReversed, 2733.0)]
        [InlineData(1, 22.0, "folded-covered", 5, 600.0, FaultKind.TwoPaceLoosening, 588.0)]
        [InlineData(1, 22.0, "folded-covered", 4, 600.0, FaultKind.TwoPaceLoosening, 705.0)]
        [InlineData(2, 28.0, "folded-covered", 4, 300.0, FaultKind.BothSensorsLooseningShortPhases, 1289.0)]
        public void PairLoosening_TheHeatEnergyCheckNames_IsNamedAtMainsSecond(int campaignSeed, double roomC, string padName, int level, double onsetS, FaultKind kind, double mainNoHeatAfterS)
        {
            var pads = Shipped.Select(p => (p.Name, Pad: p.Pad.With(ambientC: roomC, initialC: roomC))).ToArray();
            int seed = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), campaignSeed)[(padName, level, onsetS, kind)];
            PadParameters pad = pads.First(p => p.Name == padName).Pad;

            FaultCaseResult r = FaultCampaign.RunCase(padName, pad, level, kind, onsetS, seed);

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.Equal(mainNoHeatAfterS, r.NoHeatAfterS);
        }
    }
}
