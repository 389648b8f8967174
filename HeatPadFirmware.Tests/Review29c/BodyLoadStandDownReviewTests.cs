using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Review29c
{
    /// <summary>
    /// Review 29b (review29c) of lie28b's body-load stand-down (session 28; reverted in session 30), review 29a's HIGH
    /// run: docs/safety.md "Review 29b: review 29a's findings run". On a pad the learner fitted in free air and then lain on, a
    /// pair that loosens partly and settles (w = 0.4–0.7 of its rise over the room) asks of a 34 °C body what a lying-down asks:
    /// the thick-slow pad in 24–28 °C rooms at w 0.55–0.65 reads about 41 °C over a 49–51 °C surface asking 4.8 W/K (the
    /// lying-down group's thick-slow latches ask 4.5–7.6), warm bodies (36–38 °C) in 26–30 °C rooms at w 0.4–0.6 read 35.0–35.8 °C
    /// asking 8–14 W/K (the group's free-air latches ask up to 14.0). The stand-down withheld the heat-energy verdict c9dbab8 (before
    /// lie28b) latches at once: of about 20,800 scanned runs (the sets overlap a little) 54 were named later or not at all with it, 10 of them with the surface
    /// longer over 48 °C (thick-slow: up to 3,301 s and a dose of 16.4 with it against 1,209 s and 3.75 on c9dbab8).
    /// </summary>
    public class BodyLoadStandDownReviewTests
    {
        /// <summary>
        /// The hotter rows: thick-slow, free air then lain on at 600 s (its own contact, the 34 °C body), L2 in a 24 °C room / L3 in a
        /// 27 °C room, the pair settling at w 0.6 from 900 s. c9dbab8 names them at 3,400 / 3,341 s after 1,045 / 1,209 s over 48 °C
        /// (dose 3.50 / 3.75); the stand-down withheld that verdict to the program's end (3,045 / 3,268 s over 48 °C, peak
        /// 50.64 / 51.14 °C, dose 12.8 / 16.4). Since its revert (session 30) named no later than c9dbab8.
        /// </summary>
        [Theory]
        [InlineData(24.0, 2, 3400)]
        [InlineData(27.0, 3, 3341)]
        public void ThickSlowSettledLoosening_IsNamedNoLaterThanC9dbab8(double roomC, int level, int baseLatchS)
        {
            SettledLooseningOnLearnedPad.Outcome o = SettledLooseningOnLearnedPad.Run("thick-slow", roomC, level, 600, 1.0, double.NaN, 900, 0.6, 4500);

            Assert.True(o.Fault != FaultCode.None && o.FaultAtS <= baseLatchS, "named " + o.Fault + " at " + o.FaultAtS + " s (c9dbab8: " + baseLatchS + " s), " + o.Over48S + " s over 48 C");
        }

        /// <summary>
        /// The warm rooms: random-008 (free air then lain on at 600 s, 37 °C body, 30 °C room, L5, w 0.5: c9dbab8 4,319 s, the
        /// stand-down none by 5,300 s) and random-004 (lain on a 37 °C body at half its contact from power-on, 30 °C room, L5, w 0.4:
        /// c9dbab8 4,628 s, the stand-down none to the program's end), both under 45.1 °C. No credit bound separated them from the
        /// 33 lying-down latches (4.5–14.0 W/K at 35.1–42.7 °C readings in 16.9–26.0 °C rooms, these 8–14 W/K at 35.0–35.8 °C in
        /// 26–30 °C rooms). Since the revert (session 30) named no later than c9dbab8.
        /// </summary>
        [Theory]
        [InlineData("random-008", 30.0, 5, 600, 1.0, 37.0, 0.5, 4400, 4319)]
        [InlineData("random-004", 30.0, 5, 0, 0.5, 37.0, 0.4, 4400, 4628)]
        public void SettledLooseningInAWarmRoom_IsNamedNoLaterThanC9dbab8(string padName, double roomC, int level, int lieS, double factor, double bodyC, double settledW, int watchS, int baseLatchS)
        {
            SettledLooseningOnLearnedPad.Outcome o = SettledLooseningOnLearnedPad.Run(padName, roomC, level, lieS, factor, bodyC, 900, settledW, watchS);

            Assert.True(o.Fault != FaultCode.None && o.FaultAtS <= baseLatchS, "named " + o.Fault + " at " + o.FaultAtS + " s (c9dbab8: " + baseLatchS + " s)");
        }
    }
}
