using System.Linq;
using System.Reflection;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Growth30
{
    /// <summary>
    /// Session 30 (growth30; docs/safety.md "Session 30: the held-divergence growth", the settling kinds under the record
    /// attacks): a factory record whose G_cs reads 10 % low (review 21b's attack, <c>--element-record-gcs 0.9</c>) makes the
    /// surface cap's estimate read the surface low, and the calibrated pad's settling figures fall back towards the plain pad's
    /// (faults seed 1, 22 °C: 52 of 360 runs past 48 °C, 28 never named, against 6 / 4 with the exact record).
    /// </summary>
    public class SettlingUnderALowConductanceRecordTests
    {
        private static readonly FieldInfo SeedField = typeof(FaultRun).GetField("_seed", BindingFlags.NonPublic | BindingFlags.Instance)!;

        private static FaultCaseResult Run(double conductance)
        {
            var pads = PadFile.LoadAllShipped();
            PadParameters pad = pads.Single(p => p.Name == "free-air").Pad;
            int seed = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1)[("free-air", 5, 60.0, FaultKind.SettlingLoosening80)];
            return FaultCampaign.RunCase("free-air", pad, 5, FaultKind.SettlingLoosening80, 60.0, seed, r =>
            {
                ElementCalibration record = ElementCalibrationFixture.Calibrate(r.Pad.Parameters, (int)SeedField.GetValue(r)!);
                r.FitElementSensor(ElementCalibrationSource.Scaled(record, 1.0, 1.0, conductance));
            });
        }

        [Fact]
        public void TheSameRowWithTheExactRecord_SpendsAtMost74SecondsPast48()
        {
            // Main with the exact record: unnamed, 74 s past 48 °C (peak 48.4 °C); GrowthC 1.0 names it at 270 s (42 s).
            FaultCaseResult exact = Run(1.0);

            Assert.True(exact.SecondsOver48C <= 74.5, exact.ToString());
        }

        [Fact(Skip = "Finding (session 30, growth30): with the record's G_cs x0.9 this settling loosening (free-air L5 @60 s, w 0.8, 22 C) "
            + "runs 4,957 s past 48 C unnamed on main (peak 49.9 C); GrowthC 1.0 names it at 307 s, 109 s past 48 C (faults seed 1's "
            + "settling kinds under that record: 52 past 48 C, 28 never named on main; 51 / 23 at GrowthC 1.0).")]
        public void WithARecordWhoseConductanceReads10PercentLow_ASettlingLoosening_IsNamedBefore48()
        {
            FaultCaseResult low = Run(0.9);

            Assert.True(low.Fault != FaultCode.None && low.SecondsOver48C == 0.0, low.ToString());
        }
    }
}
