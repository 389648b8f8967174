using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review14c
{
    /// <summary>
    /// Review 14c of rise13: HeatController's first-heat-up flag (the longer landing end) is cleared only when a landing ends or
    /// stands down. A first heat-up that reaches its band without a landing (folded-covered in air at L4 and L5: no stop of full
    /// power before the band; usb-10w and weak random pads: the level unreachable) keeps it, so the NEXT landing of the session
    /// — a re-approach after a fold, a level raise, a supply step — runs on the first landing's rules, with the stand-down's
    /// supply window opened at the heat's start. Measured on folded-covered in air, L4 and L5, with a change at 900 s or 1,500 s
    /// (level up / down, lying down, getting up, the air loss x0.5 / x2, supply +10 %; 2,700 s watched): every run identical to
    /// the base (LOW: latent). This guards the one that re-approaches and lands.
    /// </summary>
    public class LaterLandingTests
    {
        [Fact]
        // folded-covered in air, L4, the air loss halved at 900 s (the first heat-up had no landing): 0.153 C over the setpoint at
        // 1,555 s on main and on the base.
        public void Fold_AfterAFirstHeatUpWithoutALanding_FoldedCoveredAirL4_StaysWithin03COverTheSetpoint()
        {
            var r = FirstLandingPerturbation.Run(FirstLandingPerturbation.Pad("folded-covered", "air"), 4, (run, s, v0) =>
            {
                if (s == 900)
                {
                    run.Pad.SurfaceToAmbientWPerK *= 0.5;
                }
            }, 2700);
            Assert.Equal(FaultCode.None, r.Fault);
            Assert.True(r.OverSetpointC <= 0.3, "over the setpoint " + r.OverSetpointC.ToString("F3") + " C at " + r.OverAtS + " s");
        }
    }
}
