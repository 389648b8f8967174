using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review13
{
    /// <summary>
    /// Review 13 of session 12's first-landing end (rise12, HeatController.LandingSettleS and the resume after the estimate's
    /// arrival): the first heat-up after power-on with one change in its first landing (<see cref="FirstLandingScenario"/>).
    /// The base is main before session 12 (f3f0347); the cases were found by a scan of 5,220 runs (12 pads x 2 conditions x
    /// 5 levels x supply steps, lying down, getting up, folding, level changes, off/on, sensor offsets, a lagging second sensor)
    /// and are the ones where main is hotter or alarms where the base did not (119 of the 5,220 differ at all; a second scan on
    /// 30 random pads of family seed 2, 7,500 runs, 16 differ, none hotter past 0.3 °C, no fault added or moved). The
    /// perturbation second is the first landing's measured start (+0 / +40 s), the same on both trees.
    /// </summary>
    public class FirstLandingChangeTests
    {
        [Fact]
        // Found by review 13 on rise12 (reverted; this guards main): HIGH (by the brief's rule, marginal): nominal-12v on the body, L2, supply 10.8 -> 13.2 V at 106 s (the first landing's stop): true surface peak over the setpoint base 0.248 C, main 0.316 C (band at 143 s both)
        public void SupplyStepUp_AtTheFirstLanding_NominalL2_StaysWithin03COverTheSetpoint()
        {
            var r = FirstLandingScenario.Run(FirstLandingScenario.Pad("nominal-12v", "body"), 2, FirstLandingScenario.Change.SupplyTo, 106, 13.2, 10.8);
            Assert.Equal(FaultCode.None, r.Fault);
            Assert.True(r.OverSetpointC <= 0.3, "over the setpoint " + r.OverSetpointC.ToString("F3") + " C");
        }

        [Fact]
        // Found by review 13 on rise12 (reverted; this guards main): LOW (the base was already past 0.3 C): strong-60w on the body, L3, supply 10.8 -> 13.2 V at 68 s (the first landing's stop): true surface peak over the setpoint base 0.495 C, main 0.709 C (band at 94 s both)
        public void SupplyStepUp_AtTheFirstLanding_Strong60wL3_IsNoHotterThanTheBase()
        {
            var r = FirstLandingScenario.Run(FirstLandingScenario.Pad("strong-60w", "body"), 3, FirstLandingScenario.Change.SupplyTo, 68, 13.2, 10.8);
            Assert.Equal(FaultCode.None, r.Fault);
            Assert.True(r.OverSetpointC <= 0.5, "over the setpoint " + r.OverSetpointC.ToString("F3") + " C");
        }

        [Fact]
        // Found by review 13 on rise12 (reverted; this guards main): MEDIUM (new false alarm): thick-slow started in free air, L3, the user lies down at 693 s (first landing + 40 s; body 4 W/K): main latches sensor_detached at 2259 s, the base runs 2400 s without a fault (surface 0.9 C under the setpoint both). Not one-sided: random-011 air L3 at 346 s alarms on the base (765 s) with its own 3.93 W/K and on main (744 s) with 4 W/K
        public void LyingDown_InTheFirstLanding_ThickSlowAirL3_RaisesNoFalseAlarm()
        {
            var r = FirstLandingScenario.Run(FirstLandingScenario.Pad("thick-slow", "air"), 3, FirstLandingScenario.Change.BodyOn, 693, 4.0);
            Assert.True(r.Fault == FaultCode.None, r.Fault + " at " + r.FaultAtS + " s");
        }

        [Fact(Skip = "Review 13, pre-existing (base too): nominal-12v started in free air, L5, the user lies down at 239 s (first landing + 40 s; its shipped body 3 W/K), sensors attached, surface never over the setpoint: sensor_detached latched at 1072 s on the base, 1422 s on main. Same with free-air / nominal-12v at 4 W/K (1065 s base, 1495 s main)")]
        public void LyingDown_AfterAFreeAirHeatUp_NominalL5_RaisesNoFalseAlarm()
        {
            var r = FirstLandingScenario.Run(FirstLandingScenario.Pad("nominal-12v", "air"), 5, FirstLandingScenario.Change.BodyOn, 239, 3.0);
            Assert.True(r.Fault == FaultCode.None, r.Fault + " at " + r.FaultAtS + " s");
        }
    }
}
