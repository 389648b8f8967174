using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Detachment;
using Xunit;

namespace HeatPadFirmware.Tests.Review33a
{
    /// <summary>
    /// Review 33a (issue 4; docs/safety.md "Review 33a: weak33's burn gate on the paced far fall"), finding 1: both of form U's proofs
    /// that a weak pad cannot burn are proofs about the load the pad had when they were made. The learned full-power ceiling
    /// (<see cref="PadThermalModel.SteadySurfaceC"/> at duty 1) is room + P / G on the body's load, and <see cref="SensorCouplingCheck.PadMayBurn"/>
    /// stays false until the pad holds its level below full power; when the user gets up (the body's 2 W/K gone, the pad in free air or
    /// under a duvet) and the sensor pair slides off with them into the warm bedding, both still say "cannot burn", the far fall waits
    /// for the pace, the fall toward the bedding is slower than the pace, and the pad runs at full power toward its free-air ceiling.
    /// Main before far32 (its <see cref="Weak33.WeakPadGate.FullPowerW"/> = 0) names every one of these within 64 s.
    /// The shipped usb-10w (10 W at 5 V), a <c>heat</c> session, seed 11 (<see cref="PairDetachment"/>).
    /// </summary>
    public class LoadChangeDetachmentTests
    {
        // The shipped usb-10w as it is built, L5, a 16 °C bedroom: the user gets up at 1,200 s (body 2 -> 0 W/K, nothing else changes: the
        // pad lies in free air, whose full-power ceiling is about 48-50 °C) and the sensor pair leaves with them into the bedding, 8 °C over
        // the room, 40 s lag. Main before far32: sensor_detached 62 s after, peak 37.51 °C, nothing past 48 °C. Main (far32) and weak33
        // (form U): not named in the hour, the surface 48.11 °C, 1,584 s past 48 °C, dose 2.84; at the detachment the learned ceiling
        // is 35.6 °C (the body's load) and PadMayBurn false.
        // review 33a, finding 1 (HIGH): weak33 and far32 left it unnamed (48.11 C, 1,584 s past 48 C, dose 2.84); before far32: 62 s, 37.51 C; named since session 33 (the pace withdrawn)
        [Fact]
        public void ThePairLeavingWithTheUser_FromTheShippedTenWattPad_IsNamedWithinNinetySeconds()
        {
            var r = PairDetachment.Run(UserUp(PadFile.LoadShipped("usb-10w"), 16.0, 5, 0.05, 0, 8.0, 40.0));

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.InRange(r.AfterDetachS, 0, 90);
            Assert.Equal(0, r.Over48S);
        }

        // The same pad made 20 W (weak by its power: 17.5 W learned), 16 °C room, L5: the user gets up at 1,200 s and draws a duvet
        // over the pad (surface to the room 0.05 -> 0.02 W/K), the pair leaves with them into the bedding (+8 °C, 40 s lag). Main before
        // far32: sensor_detached 26 s after, peak 42.49 °C. Main and weak33: not named, 88.69 °C, 3,516 s past 48 °C, dose 7.5e7; learned
        // ceiling at the detachment 39.3 °C, PadMayBurn false.
        // review 33a, finding 1 (HIGH): weak33 and far32 left it unnamed (88.69 C, 3,516 s past 48 C, dose 7.5e7); before far32: 26 s, 42.49 C; named since session 33 (the pace withdrawn)
        [Fact]
        public void ThePairLeavingWithTheUser_FromATwentyWattPadUnderADuvet_IsNamedWithinNinetySeconds()
        {
            var r = PairDetachment.Run(UserUp(PadFile.LoadShipped("usb-10w").With(heaterPowerW: 20.0), 16.0, 5, 0.02, 0, 8.0, 40.0));

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.InRange(r.AfterDetachS, 0, 90);
            Assert.Equal(0, r.Over48S);
        }

        // The shipped usb-10w, 22 °C room, L5: the user gets up at 1,200 s, the pad in free air, and the pair slides into the bedding
        // (+8 °C, 40 s lag) 300 s later, when the pad already holds its level at part duty. PadMayBurn has come back true (the coupling
        // check re-arms), yet the learned ceiling is still the body's (36.3 °C): form U's first proof alone keeps the pace. Main before
        // far32: 30 s, 44.81 °C. Main and weak33: not named, 49.20 °C, 2,836 s past 48 °C, dose 4.84.
        // review 33a, finding 1 (HIGH): weak33 and far32 left it unnamed (49.20 C, 2,836 s past 48 C, dose 4.84; PadMayBurn true, learned ceiling 36.3 C); before far32: 30 s, 44.81 C; named since session 33 (the pace withdrawn)
        [Fact]
        public void ThePairLeavingAfterTheUserGotUp_WhenTheCouplingCheckHasReArmed_IsNamedWithinNinetySeconds()
        {
            var r = PairDetachment.Run(UserUp(PadFile.LoadShipped("usb-10w"), 22.0, 5, 0.05, 300, 8.0, 40.0));

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.InRange(r.AfterDetachS, 0, 90);
            Assert.Equal(0, r.Over48S);
        }

        // The mechanism, as weak33 stands: at the detachment after the user got up the core still holds the body's proofs (a learned
        // full-power ceiling under 43 °C; here PadMayBurn false too) while the pad's true full-power ceiling in free air is over 48 °C.
        [Fact]
        public void TheLearnedCeiling_IsStillTheBodys_WhenThePairLeavesWithTheUser()
        {
            PadParameters pad = PadFile.LoadShipped("usb-10w");
            var r = PairDetachment.Run(UserUp(pad, 16.0, 5, 0.05, 0, 8.0, 40.0));

            Assert.True(r.CeilingAtDetachC < Weak33.WeakPadGate.CeilingC, "learned ceiling " + r.CeilingAtDetachC.ToString("F2"));
            Assert.False(r.MayBurnAtDetach);
            Assert.True(r.FullPowerAtDetachW > 0.0 && r.FullPowerAtDetachW <= Weak33.WeakPadGate.FullPowerW, "full power " + r.FullPowerAtDetachW.ToString("F2"));
            double freeAirCeilingC = Weak33.WeakPads.CeilingC(pad.With(ambientC: 16.0, surfaceToBodyWPerK: 0.0));
            Assert.True(freeAirCeilingC > 48.0, "free-air ceiling " + freeAirCeilingC.ToString("F2"));
        }

        // Attack 2's second question: does the learned ceiling follow the new load before the pair leaves? Not in 30 min: the shipped
        // usb-10w in a 22 °C room, the user up at 1,200 s, the pair off to the bedding (+8 °C, 40 s lag) 1,800 s later: the coupling check
        // has re-armed (PadMayBurn true: the pad held its level at part duty) but the learned ceiling is still the body's 36.3 °C (the
        // same at 300, 600, 900 and 1,200 s). Main before far32: 44 s, 44.63 °C. Main and weak33: not named, 54.04 °C, 1,924 s past 48 °C,
        // dose 37.8.
        [Fact]
        public void TheLearnedCeiling_DoesNotFollowTheUserGettingUp_InHalfAnHour()
        {
            var r = PairDetachment.Run(UserUp(PadFile.LoadShipped("usb-10w"), 22.0, 5, 0.05, 1800, 8.0, 40.0));

            Assert.True(r.MayBurnAtDetach);
            Assert.True(r.CeilingAtDetachC < Weak33.WeakPadGate.CeilingC, "learned ceiling " + r.CeilingAtDetachC.ToString("F2"));
        }

        private static PairDetachment.Setup UserUp(PadParameters pad, double roomC, int level, double ambientWPerK, int gapS, double placeOverRoomC, double lagS)
        {
            const int upS = 1200;
            return new PairDetachment.Setup(pad, roomC, 0.0, level, 0, 0.0, upS, 0.0, ambientWPerK, upS + gapS, placeOverRoomC, lagS);
        }
    }
}
