using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Ecap28
{
    /// <summary>
    /// Session 28 (ecap28): the heating watch's owed warming, now withheld while the calibrated witness affirms, and the
    /// heat-balance check, whose stand-down was measured and not landed, must name a loosening pair at the second they named it on
    /// main: the witness does not affirm a pair that has left the surface. Rows of <c>faults --seed 1 --cases --element-sensor
    /// --element-calibration Factory</c> (byte-identical on main c9dbab8 and on this change) latched by those paths or by the
    /// heat-energy check; traced on main, the affirmation had ended at least 130 s before any stood-down path latched a loosening
    /// or detached row of that campaign (BothSensorsLoosening folded-covered L4 @60 s, the heat-energy check).
    /// </summary>
    public class StoodDownPathsLooseningGuardTests
    {
        [Theory]
        // The heat-balance check (a reading standing still too low for the heat going in): thick-slow's slow loosening from 1,800 s and
        // folded-covered's from 300 s; the affirmation ended 183 s (folded-covered) and more before the latch.
        [InlineData(FaultKind.BothSensorsLoosening, "thick-slow", 3, 1800, FaultCode.SensorDetached, 429.0, 43.6)]
        [InlineData(FaultKind.BothSensorsLoosening, "folded-covered", 1, 300, FaultCode.SensorDetached, 489.0, 37.1)]
        // The heating watch: the one heating_failed loosening row of that campaign.
        [InlineData(FaultKind.TwoPaceLooseningReversed, "thick-slow", 5, 1800, FaultCode.HeatingFailed, 760.0, 45.9)]
        // The heat-energy check, the stood-down latch closest to the affirmation's end (130 s).
        [InlineData(FaultKind.BothSensorsLoosening, "folded-covered", 4, 60, FaultCode.SensorDetached, 473.0, 32.5)]
        public void ALooseningPair_OnACalibratedPad_IsNamedAtMainsSecond(FaultKind kind, string padName, int level, double onsetS, FaultCode mainFault, double mainNoHeatS, double mainPeakC)
        {
            var pads = PadFile.LoadAllShipped();
            PadParameters pad = pads.Single(p => p.Name == padName).Pad;
            int seed = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1)[(padName, level, onsetS, kind)];

            FaultCaseResult result = FaultCampaign.RunCase(padName, pad, level, kind, onsetS, seed, r => r.FitElementSensor(ElementCalibrationKind.Factory));

            Assert.Equal(mainFault, result.Fault);
            Assert.Equal(mainNoHeatS, result.NoHeatAfterS, 0.5);
            Assert.Equal(mainPeakC, result.PeakSurfaceC, 0.05);
        }
    }
}
