using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review29c
{
    /// <summary>
    /// Review 29b (review29c) of lie28b's body-load stand-down (<see cref="HeatEnergyCheck.BodyCouldTake"/>), review 29a's HIGH
    /// run: docs/safety.md "Review 29b: review 29a's findings run". On a pad the learner fitted in free air and then lain on, a
    /// pair that loosens partly and settles (w = 0.4–0.7 of its rise over the room) asks of a 34 °C body what a lying-down asks:
    /// the thick-slow pad in 24–28 °C rooms at w 0.55–0.65 reads about 41 °C over a 49–51 °C surface asking 4.8 W/K (the
    /// lying-down group's thick-slow latches ask 4.5–7.6), warm bodies (36–38 °C) in 26–30 °C rooms at w 0.4–0.6 read 35.0–35.8 °C
    /// asking 8–14 W/K (the group's free-air latches ask up to 14.0). Main withholds the heat-energy verdict c9dbab8 (before
    /// lie28b) latches at once: of about 20,800 scanned runs (the sets overlap a little) 54 are named later or not at all on main, 10 of them with the surface
    /// longer over 48 °C (thick-slow: up to 3,301 s and a dose of 16.4 on main against 1,209 s and 3.75 on c9dbab8).
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
        /// The hotter rows (pinned as main behaves, passing): thick-slow, free air then lain on at 600 s (its own contact, the
        /// 34 °C body), L2 in a 24 °C room / L3 in a 27 °C room, the pair settling at w 0.6 from 900 s. c9dbab8 names them at
        /// 3,400 / 3,341 s after 1,045 / 1,209 s over 48 °C (dose 3.50 / 3.75); main withholds the verdict from that second on and
        /// names nothing to the program's end: 3,045 / 3,268 s over 48 °C, peak 50.64 / 51.14 °C, dose 12.8 / 16.4.
        /// </summary>
        [Theory]
        [InlineData(24.0, 2, 3400, 3045, 50.64)]
        [InlineData(27.0, 3, 3341, 3268, 51.14)]
        public void ThickSlowSettledLoosening_MainWithholdsTheVerdictC9dbab8Latches_AndRunsOver48C(double roomC, int level, int baseLatchS, int over48S, double peakC)
        {
            bool withheldAtBaseLatch = false;
            SettledLooseningOnLearnedPad.Outcome o = SettledLooseningOnLearnedPad.Run("thick-slow", roomC, level, 600, 1.0, double.NaN, 900, 0.6, 4500, (run, s) =>
            {
                if (s == baseLatchS)
                {
                    HeatEnergyCheck e = run.Core.Supervisor.HeatEnergy;
                    withheldAtBaseLatch = e.UnseenJ > HeatEnergyCheck.MaxUnseenJ && e.BodyCouldTake;
                }
            });

            Assert.True(withheldAtBaseLatch, "the heat-energy verdict is not withheld at c9dbab8's second " + baseLatchS);
            Assert.Equal(FaultCode.None, o.Fault);
            Assert.Equal(over48S, o.Over48S);
            Assert.Equal(peakC, o.PeakC, 2);
        }

        /// <summary>
        /// The hotter rows' finding (fails on main): named no later than c9dbab8 names them.
        /// </summary>
        [Theory(Skip = "review 29b finding (measured, not mended): lie28b's body-load stand-down withholds the heat-energy verdict on thick-slow "
            + "settled partial loosenings (24 C L2 / 27 C L3, w 0.6) that c9dbab8 names at 3,400 / 3,341 s; main names nothing and the surface "
            + "runs 3,045 / 3,268 s over 48 C (dose 12.8 / 16.4); the heat sum asks 4.8 W/K, inside the lying-down latches' 4.5-14.0 (docs/safety.md, Review 29b)")]
        [InlineData(24.0, 2, 3400)]
        [InlineData(27.0, 3, 3341)]
        public void ThickSlowSettledLoosening_IsNamedNoLaterThanC9dbab8(double roomC, int level, int baseLatchS)
        {
            SettledLooseningOnLearnedPad.Outcome o = SettledLooseningOnLearnedPad.Run("thick-slow", roomC, level, 600, 1.0, double.NaN, 900, 0.6, 4500);

            Assert.True(o.Fault != FaultCode.None && o.FaultAtS <= baseLatchS, "named " + o.Fault + " at " + o.FaultAtS + " s (c9dbab8: " + baseLatchS + " s), " + o.Over48S + " s over 48 C");
        }

        /// <summary>
        /// The warm rooms' finding (fails on main): the same rows named no later than c9dbab8 names them. No form was found that
        /// keeps the lying-down group's clearances: the 33 lying-down sessions the stand-down withholds ask 4.5–14.0 W/K at
        /// 35.1–42.7 °C readings in 16.9–26.0 °C rooms, these 8–14 W/K at 35.0–35.8 °C in 26–30 °C rooms.
        /// </summary>
        [Theory(Skip = "review 29b finding (measured, not mended): main withholds the heat-energy verdict on these settled partial loosenings "
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
