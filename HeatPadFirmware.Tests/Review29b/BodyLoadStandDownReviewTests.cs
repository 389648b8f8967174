using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review29b
{
    /// <summary>
    /// Review 29b (issue 4): review 29a's findings on lie28b's body-load stand-down (<see cref="HeatEnergyCheck.BodyCouldTake"/>)
    /// run on main against c9dbab8, the tree before it (docs/safety.md "Review 29b: review 29a's findings run"). Of the scanned
    /// fault runs (review 19b's pads with 36 / 37 °C bodies and ×0.5 contacts, settled partial loosenings, pads switched on 10 °C
    /// under the room, loosenings after 30–60 min at levels 1–2, the campaign's pair-loosening and detachment kinds in 18–28 °C
    /// rooms), the stand-down withheld the verdict on two runs; every other run is the same on both trees.
    /// </summary>
    public class BodyLoadStandDownReviewTests
    {
        /// <summary>
        /// Review 29a's HIGH, confirmed (later and hotter): thick-slow of the bench family in a 16 °C room at level 1, warmed in
        /// free air, lain on (×1) at 600 s, the pair settling at w = 0.65 from 900 s. c9dbab8 names it <c>sensor_detached</c> at
        /// 4,410 s (peak 48.76 °C, 547 s over 48 °C, dose 1.745); on main the stand-down withholds that verdict from 4,410 s to the
        /// program's end and nothing names it (peak 48.76 °C, 637 s over 48 °C, dose 1.872). Both trees let the surface past
        /// 48 °C first (the settled partial loosening, session 28's gap); main 90 s longer. Main's outcome, pinned.
        /// </summary>
        [Fact]
        public void SettledLoosening_OnAFreeAirWarmedThickPadAtLevel1_IsWithheldFromC9dbab8sSecond_AndStaysOver48C90sLonger()
        {
            SettledLooseningRun.Outcome o = SettledLooseningRun.Run("thick-slow", 16.0, 1, 600, 1.0, 900, 0.65);

            Assert.Equal(FaultCode.None, o.Fault);
            Assert.Equal(4410, o.FirstWithheldS);
            Assert.Equal(637, o.Over48S);
        }

        /// <summary>
        /// The same run named no later than c9dbab8 names it (4,410 s): the target of a mend of the stand-down (a credit bounded
        /// by the learner's body fit, or a limit on how long a held reading may keep the verdict withheld). Fails on main.
        /// </summary>
        [Fact(Skip = "Review 29b finding (main 06417a1): not named; c9dbab8 names sensor_detached at 4,410 s. Not mended in session 29 (the landing campaigns could not be re-run in the time).")]
        public void SettledLoosening_OnAFreeAirWarmedThickPadAtLevel1_IsNamedNoLaterThanC9dbab8()
        {
            SettledLooseningRun.Outcome o = SettledLooseningRun.Run("thick-slow", 16.0, 1, 600, 1.0, 900, 0.65);

            Assert.Equal(FaultCode.SensorDetached, o.Fault);
            Assert.True(o.FaultAtS <= 4410, "named at " + o.FaultAtS + " s");
        }

        /// <summary>
        /// Review 29a's MEDIUM (a late loosening after a long low-duty hold), the other run the stand-down changed: folded-covered
        /// in a 28 °C room at level 1, lain on at 600 s, the pair settling at w = 0.65 from 1,800 s. The reading held at the
        /// level's 38 °C asks for no more than 2.0 W/K × (38 − 28) + 14 W/K × 4 = 76 W, more than the element gives, so the
        /// account's verdict is withheld from 5,093 s to the program's end. c9dbab8 names it <c>sensor_detached</c> at 5,093 s
        /// (peak 43.34 °C, dose 0.133); main names nothing (peak 43.35 °C, dose 0.152): later, but 4.6 °C under 48 °C.
        /// </summary>
        [Fact]
        public void LateSettledLoosening_AtLevel1InAWarmRoom_IsWithheldFromC9dbab8sSecond_WithTheSurfaceUnder44C()
        {
            SettledLooseningRun.Outcome o = SettledLooseningRun.Run("folded-covered", 28.0, 1, 600, 1.0, 1800, 0.65);

            Assert.Equal(FaultCode.None, o.Fault);
            Assert.Equal(5093, o.FirstWithheldS);
            Assert.True(o.PeakC < 44.0, "peak " + o.PeakC.ToString("F2") + " C");
            Assert.Equal(0, o.Over48S);
        }
    }
}
