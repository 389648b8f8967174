using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// The sensor strip loosening at two paces on the folded pad (session 10, review 10 HIGH-2: 72–83 °C with no fault on
    /// main), named by <see cref="HeatBalanceCheck"/>, and the pocket sessions that part the two sensors for good reason,
    /// which it must leave alone.
    /// </summary>
    public class TwoPaceLooseningTests
    {
        // Issue 4: a strip coming loose is one fault; nothing may reach 48 C unnamed.
        private const double SingleFaultSurfaceC = 48.0;

        [Theory]
        [InlineData(FaultKind.TwoPaceLoosening, 1, 60.0)]
        [InlineData(FaultKind.TwoPaceLoosening, 3, 60.0)]
        [InlineData(FaultKind.TwoPaceLoosening, 5, 300.0)]
        [InlineData(FaultKind.TwoPaceLooseningReversed, 3, 300.0)]
        [InlineData(FaultKind.BothSensorsLoosening, 3, 60.0)]
        public void Firmware_NamesTheLooseningStrip_BeforeTheFoldedPadReaches48C(FaultKind kind, int level, double onsetS)
        {
            string[] names = PadFile.LoadAllShipped().Select(p => p.Name).ToArray();
            int seed = FaultsCommand.CaseSeeds(names, 1)[("folded-covered", level, onsetS, kind)];

            FaultCaseResult result = FaultCampaign.RunCase("folded-covered", PadFile.LoadShipped("folded-covered"), level, kind, onsetS, seed);

            Assert.NotEqual(FaultCode.None, result.Fault);
            Assert.True(result.PeakSurfaceC < SingleFaultSurfaceC, $"peak {result.PeakSurfaceC:F2} C, {result.Fault}, no heat after {result.NoHeatAfterS:F0} s");
        }

        [Fact]
        public void CampaignSeeds_GiveTheTwoPaceKindsSeedsOfTheirOwn_SoNoEarlierRowMoves()
        {
            // The two-pace kinds came last (session 10): their seeds come from a range of their own, so every other row keeps
            // the seed it had and its figures.
            string[] names = PadFile.LoadAllShipped().Select(p => p.Name).ToArray();
            var seeds = FaultsCommand.CaseSeeds(names, 1);
            var twoPace = seeds.Where(k => k.Key.Kind == FaultKind.TwoPaceLoosening || k.Key.Kind == FaultKind.TwoPaceLooseningReversed).Select(k => k.Value).ToList();
            // The earlier rows: the kinds before the two-pace ones (session 29's settling kinds came after, from a range of
            // their own above this one: Settle29's seed test).
            var others = seeds.Where(k => k.Key.Kind < FaultKind.TwoPaceLoosening).Select(k => k.Value).ToList();

            Assert.Equal(names.Length * TherapyConfig.LevelCount * FaultsCommand.OnsetsS.Length * 2, twoPace.Distinct().Count());
            Assert.True(others.Max() < twoPace.Min(), $"other rows reach seed {others.Max()}, the two-pace kinds start at {twoPace.Min()}");
        }

        [Fact]
        public void ColdPackOverOnePocket_RaisesNoFault_InContrastSessions()
        {
            // The campaign's pocket group (seed 1): contrast sessions whose cold pack lies over one pocket only, so the two
            // sensors part by the pack's pull in every cool phase and rewarm apart in the heat.
            var pads = PadFile.LoadAllShipped();
            int[] seeds = Enumerable.Range(0, 400)
                .Where(i => i % 2 == 1)
                .Select(i => 100003 + FaultsCommand.PocketLifeSeedOffset + i)
                .Where(s => PocketSpread.FromSeed(s).ColdPackOnFirst != PocketSpread.FromSeed(s).ColdPackOnSecond)
                .Take(6)
                .ToArray();
            Assert.Equal(6, seeds.Length);

            foreach (int seed in seeds)
            {
                FaultCode fault = FaultCampaign.RunContrastLife(LifeRoom.PadsIn(pads, LifeRoom.Of(seed)), seed, pocketSpread: true);

                Assert.True(fault == FaultCode.None, $"session {seed}: {FaultCodeNames.Of(fault)}");
            }
        }
    }
}
