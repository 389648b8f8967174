using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review29c
{
    /// <summary>
    /// Review 29b (review29c) of lie28b's body-load stand-down (<see cref="HeatEnergyCheck.BodyCouldTake"/>), review 29a's HIGH
    /// run: docs/safety.md "Review 29b: review 29a's findings run". On a pad the learner fitted in free air, lain on by a warm
    /// body (36–38 °C) in a 26–30 °C room, a pair that loosens partly and settles at w = 0.4–0.6 reads 35.0–35.8 °C while the
    /// surface holds 39–45 °C; the heat-energy account crosses <see cref="HeatEnergyCheck.MaxUnseenJ"/> 2,800–4,100 s into its
    /// span asking 8–14 W/K of a 34 °C body, inside the lying-down group's 4.5–14.0 W/K, so main withholds the verdict that
    /// c9dbab8 (before lie28b) latches (`sensor_detached`) at once. Of 16,000-odd scanned runs, 36 are named later or not
    /// before the program's end on main; none of them runs over 48 °C on either tree (peaks 38.8–45.0 °C, the same on both).
    /// </summary>
    public class BodyLoadStandDownReviewTests
    {
        /// <summary>
        /// Main's behaviour on the two worst rows (pinned, passing): at c9dbab8's latching second the account is over
        /// <see cref="HeatEnergyCheck.MaxUnseenJ"/> and the stand-down holds; nothing is named before the program ends; the
        /// surface's peak and its seconds over 48 °C are those c9dbab8's run shows up to its latch (nothing hotter, only longer:
        /// the dose since power-on in the comment).
        /// </summary>
        [Theory]
        // random-008, free air then lain on at 600 s (own contact, 37 C body), 30 C room, L5, settling at w 0.5: c9dbab8 names it
        // at 4,319 s, main not by 5,300 s (the longest delay found); peak 40.87 C, dose 0.024 on both.
        [InlineData("random-008", 30.0, 5, 600, 1.0, 37.0, 0.5, 4400, 4319, 40.87)]
        // random-004, lying on a 37 C body (half its contact) from power-on, 30 C room, L5, settling at w 0.4: c9dbab8 at
        // 4,628 s, main to the program's end (the largest dose found: 0.492 -> 0.589); peak 45.02 C on both.
        [InlineData("random-004", 30.0, 5, 0, 0.5, 37.0, 0.4, 4400, 4628, 45.02)]
        public void SettledLooseningInAWarmRoom_MainWithholdsTheHeatEnergyVerdictFromC9dbab8sSecond_NoHotterThanItsPeak(string padName, double roomC, int level, int lieS, double factor, double bodyC, double settledW, int watchS, int baseLatchS, double peakC)
        {
            bool withheldAtBaseLatch = false;
            SettledLooseningOnLearnedPad.Outcome o = SettledLooseningOnLearnedPad.Run(padName, roomC, level, lieS, factor, bodyC, 900, settledW, watchS, (run, s) =>
            {
                if (s == baseLatchS)
                {
                    HeatEnergyCheck e = run.Core.Supervisor.HeatEnergy;
                    withheldAtBaseLatch = e.UnseenJ > HeatEnergyCheck.MaxUnseenJ && e.BodyCouldTake;
                }
            });

            Assert.True(withheldAtBaseLatch, "the heat-energy verdict is not withheld at c9dbab8's second " + baseLatchS);
            Assert.Equal(FaultCode.None, o.Fault);
            Assert.Equal(peakC, o.PeakC, 2);
            Assert.Equal(0, o.Over48S);
        }

        /// <summary>
        /// The finding (fails on main): the same rows named no later than c9dbab8 names them. No mend kept the lying-down group's
        /// clearances: the 33 lying-down sessions the stand-down withholds ask 4.5–14.0 W/K at 35.1–42.7 °C readings in
        /// 16.9–26.0 °C rooms, these 8–14 W/K at 35.0–35.8 °C in 26–30 °C rooms.
        /// </summary>
        [Theory(Skip = "review 29b finding (measured, not landed): main withholds the heat-energy verdict on these settled partial loosenings "
            + "(random-008: c9dbab8 4,319 s, main none by 5,300 s; random-004: c9dbab8 4,628 s, main none to the program's end); surfaces under "
            + "45.1 C on both trees; no form found that separates them from the lying-down latches lie28b clears (docs/safety.md, Review 29b)")]
        [InlineData("random-008", 30.0, 5, 600, 1.0, 37.0, 0.5, 4400, 4319)]
        [InlineData("random-004", 30.0, 5, 0, 0.5, 37.0, 0.4, 4400, 4628)]
        public void SettledLooseningInAWarmRoom_IsNamedNoLaterThanC9dbab8(string padName, double roomC, int level, int lieS, double factor, double bodyC, double settledW, int watchS, int baseLatchS)
        {
            SettledLooseningOnLearnedPad.Outcome o = SettledLooseningOnLearnedPad.Run(padName, roomC, level, lieS, factor, bodyC, 900, settledW, watchS);

            Assert.True(o.Fault != FaultCode.None && o.FaultAtS <= baseLatchS, "named " + o.Fault + " at " + o.FaultAtS + " s (c9dbab8: " + baseLatchS + " s)");
        }
    }
}
