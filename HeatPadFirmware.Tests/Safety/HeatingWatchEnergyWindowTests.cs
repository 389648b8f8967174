using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review16c;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Issue 3 / 4, session 16: the heating watch's window in energy as well as in time once the element's current is
    /// witnessed (<see cref="HeatingFailedCheck.WitnessedWindowJ"/>). The weakest element on the heaviest pad of the
    /// design range (issue 3's family: 10–60 W, capacities ×0.5–×3, supply 11–13 V) needs 268–296 s of full power to
    /// warm its sensor 1 °C in free air (20–40 s lags, 11 / 10.8 V); the 240 s window latched <c>heating_failed</c> on it with nothing wrong.
    /// </summary>
    public class HeatingWatchEnergyWindowTests
    {
        private const double SetpointC = 44.5;

        /// <summary>Hard-work seconds until the watch latches on a reading that never gains (−1: not within 900 s).</summary>
        private static int SecondsToLatchOnAFlatReading(bool elementWitnessed, double fullPowerW)
        {
            var check = new HeatingFailedCheck();
            for (int s = 1; s <= 900; s++)
            {
                if (check.Update(22.0, 1.0, 1.0, true, SetpointC, elementWitnessed, fullPowerW))
                {
                    return s;
                }
            }

            return -1;
        }

        [Fact]
        public void HeatingFailedCheck_WaitsForTheWindowsEnergy_WhenAWitnessedElementIsWeak()
        {
            // 8.4 W (10 W rated at 12 V on an 11 V supply): 3,000 J take 357 s.
            int seconds = SecondsToLatchOnAFlatReading(true, 8.4);
            Assert.InRange(seconds, 357, 358);
        }

        [Fact]
        public void HeatingFailedCheck_KeepsItsTimeWindow_WhenAWitnessedElementIsStrong()
        {
            // 70 W puts the 3,000 J in within 43 s: the 240 s window decides, as before.
            Assert.Equal((int)HeatingFailedCheck.WindowS, SecondsToLatchOnAFlatReading(true, 70.0));
        }

        [Fact]
        public void HeatingFailedCheck_KeepsItsTimeWindow_WithoutACurrentWitness()
        {
            // No witnessed current: an open element is the watch's to name, within the 5 minutes.
            Assert.Equal((int)HeatingFailedCheck.WindowS, SecondsToLatchOnAFlatReading(false, 8.4));
        }

        [Fact]
        public void HeatingFailedCheck_KeepsItsTimeWindow_WhenTheWitnessedPowerIsUnknown()
        {
            // A witnessed element with no power figure must not disarm the watch for good.
            Assert.Equal((int)HeatingFailedCheck.WindowS, SecondsToLatchOnAFlatReading(true, 0.0));
        }

        [Theory]
        [InlineData("air", 20.0)]
        [InlineData("air", 40.0)]
        [InlineData("body", 40.0)]
        public void Firmware_RaisesNoFault_InTheFirstHeatUp_OfTheWeakestElementOnTheHeaviestPadOfTheFamily(string condition, double lagS)
        {
            // Session 16 (lead): on main before the energy window, free air with 20 / 40 s lags latched heating_failed at 241 s
            // (its sensors gain 1 °C after 268-288 s of full power at 11 V, 2,245-2,413 J).
            PadParameters nominal = PadFile.LoadShipped("nominal-12v");
            PadParameters pad = nominal.With(heaterPowerW: 10.0, ratedVoltageV: 12.0, supplyVoltageV: 11.0,
                coreCapacityJPerK: nominal.CoreCapacityJPerK * 3.0, surfaceCapacityJPerK: nominal.SurfaceCapacityJPerK * 3.0,
                surfaceToBodyWPerK: 2.0, sensorLagS: lagS, sensorBiasC: 0.0);
            pad = BenchPadFamily.InCondition(pad.With(secondSensorLagS: lagS, secondSensorBiasC: 0.0), condition);

            LoadChangeScenario.Outcome outcome = LoadChangeScenario.Run(pad, 5, 900, -1, double.NaN, double.NaN);

            Assert.True(outcome.Fault == FaultCode.None, outcome.ToString());
        }
    }
}
