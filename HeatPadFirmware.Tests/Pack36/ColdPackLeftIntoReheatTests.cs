using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Trip35;
using Xunit;

namespace HeatPadFirmware.Tests.Pack36
{
    /// <summary>
    /// Session 36, pack36's family (docs/safety.md "Session 36: the readings' veto on a re-learnt fit (fix36; landed)"): the heat
    /// controller withholds heat while a fit re-learnt within this heat under-predicts the pad (the observer's correction over
    /// <see cref="HeatController.ModelMissHotC"/>) and the hotter reading + <see cref="HeatController.MaxSensorLagS"/> × its slope is at
    /// the setpoint. A cold pack left on into a
    /// contrast re-heat (<see cref="ColdPackLeftIntoReheat"/>) then no longer drives the true surface past 48 °C; main's figures are in
    /// each test's comment.
    /// </summary>
    public class ColdPackLeftIntoReheatTests
    {
        // pack35's session (trip35's pin): nominal-12v, 16 °C, L5 (44.5 °C), the pack left on 60 s. Main: true surface 48.36 °C, 8 s
        // over 48 °C, over_temperature at 725 s (re-heat 3.82 °C over the level). With the bound: 45.04 °C, no fault.
        [Fact]
        public void ColdPackLeftOn60sIntoTheReheat_OnNominal12vIn16CRoom_StaysUnder48C_WithNoFault()
        {
            var r = ColdPackLeftIntoReheat.Run("nominal-12v", 16.0, 5, 60);

            Assert.True(r.Outcome.Fault == FaultCode.None, TripByPath.Describe(r.Outcome));
            Assert.Equal(0, r.Outcome.Over48S);
            Assert.InRange(r.Outcome.PeakC, 44.9, 45.2);
            Assert.InRange(r.ReheatOverLevelC, 0.4, 0.7);
        }

        // The family's hottest rows on main: nominal-12v, 28 °C, L5, left on 120 s (main 48.48 °C, 7 s over 48 °C, over_temperature at
        // 1,214 s); now 45.17 °C, no fault.
        [Fact]
        public void ColdPackLeftOn120sIntoTheReheat_OnNominal12vIn28CRoom_StaysUnder48C_WithNoFault()
        {
            var r = ColdPackLeftIntoReheat.Run("nominal-12v", 28.0, 5, 120);

            Assert.True(r.Outcome.Fault == FaultCode.None, TripByPath.Describe(r.Outcome));
            Assert.Equal(0, r.Outcome.Over48S);
            Assert.InRange(r.Outcome.PeakC, 45.0, 45.35);
        }

        // nominal-12v, 12 °C, L5, left on 60 s (main 48.12 °C, 4 s over 48 °C, over_temperature at 753 s); now 45.25 °C, no fault.
        [Fact]
        public void ColdPackLeftOn60sIntoTheReheat_OnNominal12vIn12CRoom_StaysUnder48C_WithNoFault()
        {
            var r = ColdPackLeftIntoReheat.Run("nominal-12v", 12.0, 5, 60);

            Assert.True(r.Outcome.Fault == FaultCode.None, TripByPath.Describe(r.Outcome));
            Assert.Equal(0, r.Outcome.Over48S);
            Assert.InRange(r.Outcome.PeakC, 45.1, 45.4);
        }

        // strong-60w, 28 °C, L5, left on 60 s (main 47.45 °C, over_temperature at 763 s: the hotter reading reached 47 °C); now 44.87 °C
        // (0.37 °C over the level), no fault.
        [Fact]
        public void ColdPackLeftOn60sIntoTheReheat_OnStrong60wIn28CRoom_EndsWithoutOverTemperature()
        {
            var r = ColdPackLeftIntoReheat.Run("strong-60w", 28.0, 5, 60);

            Assert.True(r.Outcome.Fault == FaultCode.None, TripByPath.Describe(r.Outcome));
            Assert.Equal(0, r.Outcome.Over48S);
            Assert.InRange(r.Outcome.PeakC, 44.7, 45.0);
        }

        // The bound is silent on a normal re-heat: the pack lifted at the cool phase's end (left on 0 s), thick-slow, 22 °C, L1
        // (38 °C). The fit explains the readings within 0.4 °C all session, so the observer's correction never passes ModelMissHotC
        // and the bound cannot act: the re-heats land as on main (peak 0.035 °C under the level). (Not every normal re-heat's correction stays
        // under 1 °C: on nominal-12v at 22 °C L2-L5 and strong-60w at 16-22 °C it reaches 1.0-2.7 °C, where the bound may act.)
        [Fact]
        public void ColdPackLiftedAtTheCoolPhasesEnd_OnThickSlowIn22CRoom_NeverArmsTheBound()
        {
            var r = ColdPackLeftIntoReheat.Run("thick-slow", 22.0, 1, 0);

            Assert.True(r.Outcome.Fault == FaultCode.None, TripByPath.Describe(r.Outcome));
            Assert.True(r.MaxCorrectionC <= HeatController.ModelMissHotC, "largest correction " + r.MaxCorrectionC.ToString("F3", System.Globalization.CultureInfo.InvariantCulture));
            Assert.InRange(r.ReheatOverLevelC, -0.1, 0.05);
        }
    }
}
