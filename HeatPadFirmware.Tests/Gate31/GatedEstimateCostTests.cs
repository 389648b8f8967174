using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Faults;
using Xunit;

namespace HeatPadFirmware.Tests.Gate31
{
    /// <summary>
    /// Session 31 (gate31; docs/safety.md "Session 31: form G gated"): the rows that kept form G, gated (form 4: G's gate raised
    /// to G_ca / G_cs × (35 °C − the element's start reading), and shut while the judged gap has risen 1 °C or more over its
    /// 60 s mean), from landing. Each test runs main's code on the row with the element sensor and the Factory record
    /// (<c>faults --seed 1 --cases --element-sensor --element-calibration Factory</c>'s case, 22 °C unless a room is given) and
    /// pins main's figure; the comment gives G's and form 4's. A cap that withholds heat while a pair is still parting slows the
    /// gap's growth (it grows with the surface's rise), so the watch that names the pair names it later, or not at all.
    /// </summary>
    public class GatedEstimateCostTests
    {
        private static FaultCaseResult RunCalibrated(FaultKind kind, string padName, int level, double onsetS, double? roomC = null)
            => CalibratedCampaignCase.Run(kind, padName, level, onsetS, roomC);

        [Fact]
        public void SettlingLoosening80ThickSlowL3At600_InA16CRoom_IsNamedAt920s_OnMain()
        {
            // Main: sensor_detached, heat ended 920 s after the onset, peak 45.3 °C. Form 4: never named, heat to the end
            // (4,800 s), peak 45.3 °C (its gate, 5.2 °C in a 16 °C room on thick-slow, kept G's mean from the ticks that let main's
            // held-divergence watch see the pair part). Form G: named (not later).
            FaultCaseResult result = RunCalibrated(FaultKind.SettlingLoosening80, "thick-slow", 3, 600.0, 16.0);

            Assert.Equal(FaultCode.SensorDetached, result.Fault);
            Assert.Equal(920.0, result.NoHeatAfterS, 0.5);
        }

        [Fact]
        public void SettlingLoosening80FreeAirL5At300_IsNamedAt174s_OnMain()
        {
            // Main: sensor_detached by the held-divergence watch, heat ended 174 s after the onset (45.8 °C). Form G 177 s,
            // form 4 180 s: the pair still parting (the gap rising 0.93–1.05 °C a minute on the ticks G's mean changed the cap),
            // the trimmed heat slows the surface and with it the gap's growth to GrowthC.
            FaultCaseResult result = RunCalibrated(FaultKind.SettlingLoosening80, "free-air", 5, 300.0);

            Assert.Equal(FaultCode.SensorDetached, result.Fault);
            Assert.Equal(174.0, result.NoHeatAfterS, 0.5);
        }

        [Fact]
        public void TwoPaceLooseningReversedThickSlowL4At600_IsNamedAt486s_OnMain()
        {
            // Main: sensor_detached, heat ended 486 s after the onset (45.6 °C). Form 4: 491 s — between the two paces the gap
            // stands still at 5.6–6.0 °C (over any room's error), so neither of form 4's gates shuts G's mean there.
            FaultCaseResult result = RunCalibrated(FaultKind.TwoPaceLooseningReversed, "thick-slow", 4, 600.0);

            Assert.Equal(FaultCode.SensorDetached, result.Fault);
            Assert.Equal(486.0, result.NoHeatAfterS, 0.5);
        }

        [Fact]
        public void SettlingLoosening65ThickSlowL1At600_PeaksAt46_29_OnMain()
        {
            // Main: never named, peak 46.29 °C. Forms G and 4: never named, 46.44 °C (the cap's trims move the controller's
            // level-1 hold; not traced further).
            FaultCaseResult result = RunCalibrated(FaultKind.SettlingLoosening65, "thick-slow", 1, 600.0);

            Assert.Equal(FaultCode.None, result.Fault);
            Assert.Equal(46.29, result.PeakSurfaceC, 0.02);
        }
    }
}
