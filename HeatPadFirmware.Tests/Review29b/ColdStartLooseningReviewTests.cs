using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review29b
{
    /// <summary>
    /// Review 29b, found while running review 29a's MEDIUM (a pad switched on under its room) and left alone: on the plain pad
    /// (no element sensor) a pair loosening on a pad switched on 10 °C under its room is named late or not at all, on main and on
    /// c9dbab8 alike (the body-load stand-down never withheld a verdict on these runs). The campaign's own rows at the room
    /// (faults seed 1, 22 °C) name every folded-covered <c>BothSensorsLoosening</c> row by 48.0 °C.
    /// </summary>
    public class ColdStartLooseningReviewTests
    {
        /// <summary>
        /// Folded-covered in a 22 °C room, switched on at 12 °C, level 5, both sensors loosening at 600 s (the campaign's case
        /// seed, faults seed 1): main and c9dbab8 name nothing and heat to the program's end, the surface peaking at 79.6 °C
        /// (3,854 s over 48 °C). Also unnamed on both: folded-covered 28 °C L3 <c>TwoPaceLoosening</c> and its reverse at 600 s
        /// (73.9 °C), <c>BothSensorsLooseningShortPhases</c> L3 / L5 at 600 s (58.4–66.6 °C); 17 of the 240 cold-start rows
        /// scanned pass 48 °C. What would name it is not measured here: the checks take the lowest reading since power-on as the
        /// room, 10 °C under the air the loosened pair falls toward.
        /// </summary>
        [Fact(Skip = "Review 29b finding, main and c9dbab8 alike: not named; the surface reaches 79.6 C (3,854 s over 48 C). Fix the cold start's room, then unskip.")]
        public void PairLoosening_OnAPadSwitchedOnTenDegreesUnderItsRoom_IsNamedBefore48C()
        {
            var pads = PadFile.LoadAllShipped().Select(p => (p.Name, Pad: p.Pad.With(ambientC: 22.0, initialC: 12.0))).ToArray();
            int seed = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1)[("folded-covered", 5, 600.0, FaultKind.BothSensorsLoosening)];
            PadParameters pad = pads.First(p => p.Name == "folded-covered").Pad;

            FaultCaseResult r = FaultCampaign.RunCase("folded-covered", pad, 5, FaultKind.BothSensorsLoosening, 600.0, seed);

            Assert.NotEqual(FaultCode.None, r.Fault);
            Assert.True(r.PeakBeforeNoHeatC < 48.0, "heat until " + r.PeakBeforeNoHeatC.ToString("F2") + " C");
        }
    }
}
