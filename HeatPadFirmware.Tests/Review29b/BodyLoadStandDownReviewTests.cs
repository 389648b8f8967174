using HeatPadFirmware.Core;
using HeatPadFirmware.Tests.Review29c;
using Xunit;

namespace HeatPadFirmware.Tests.Review29b
{
    /// <summary>
    /// Review 29b (issue 4): review 29a's findings on lie28b's body-load stand-down (session 28: the heat-energy check's verdict
    /// withheld while a body at the reading could take the heat going in) run against c9dbab8, the tree before it
    /// (docs/safety.md "Review 29b: review 29a's findings run"). The stand-down withheld the verdict on two of the scanned runs;
    /// session 30 reverted it (docs/safety.md "Session 30: the body-load stand-down reverted"), and both are named again at
    /// c9dbab8's second. The runs: <see cref="SettledLooseningOnLearnedPad"/> (a bench-family pad warmed in free air, lain on at
    /// 600 s with its own contact and the 34 °C body, the pair settling partly from the onset), watched 3,600 s past the onset.
    /// </summary>
    public class BodyLoadStandDownReviewTests
    {
        /// <summary>
        /// Review 29a's HIGH: thick-slow of the bench family in a 16 °C room at level 1, the pair settling at w = 0.65 from 900 s.
        /// c9dbab8 names it <c>sensor_detached</c> at 4,410 s (547 s over 48 °C, dose 1.745); with the stand-down nothing named it
        /// (637 s over 48 °C, dose 1.872). Without it, named at c9dbab8's second. Both let the surface past 48 °C first (the settled
        /// partial loosening on the plain pad, session 28's gap, still open).
        /// </summary>
        [Fact]
        public void SettledLoosening_OnAFreeAirWarmedThickPadAtLevel1_IsNamedAtC9dbab8sSecond()
        {
            SettledLooseningOnLearnedPad.Outcome o = SettledLooseningOnLearnedPad.Run("thick-slow", 16.0, 1, 600, 1.0, double.NaN, 900, 0.65, 3600);

            Assert.Equal(FaultCode.SensorDetached, o.Fault);
            Assert.Equal(4410, o.FaultAtS);
            Assert.Equal(547, o.Over48S);
        }

        /// <summary>
        /// Review 29a's MEDIUM (a late loosening after a long low-duty hold): folded-covered in a 28 °C room at level 1, the pair
        /// settling at w = 0.65 from 1,800 s. The stand-down withheld the account's verdict from 5,093 s to the program's end
        /// (peak 43.35 °C); c9dbab8 and main since session 30 name <c>sensor_detached</c> at 5,093 s, the surface under 44 °C.
        /// </summary>
        [Fact]
        public void LateSettledLoosening_AtLevel1InAWarmRoom_IsNamedAtC9dbab8sSecond_WithTheSurfaceUnder44C()
        {
            SettledLooseningOnLearnedPad.Outcome o = SettledLooseningOnLearnedPad.Run("folded-covered", 28.0, 1, 600, 1.0, double.NaN, 1800, 0.65, 3600);

            Assert.Equal(FaultCode.SensorDetached, o.Fault);
            Assert.Equal(5093, o.FaultAtS);
            Assert.True(o.PeakC < 44.0, "peak " + o.PeakC.ToString("F2") + " C");
            Assert.Equal(0, o.Over48S);
        }
    }
}
