using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Detachment;
using HeatPadFirmware.Tests.Weak33;
using Xunit;

namespace HeatPadFirmware.Tests.Review33a
{
    /// <summary>
    /// Review 33a (issue 4; docs/safety.md "Review 33a: weak33's burn gate on the paced far fall"), findings 2 and 3 and the attacks
    /// form U withstands: readings that teach the core a pad weaker than it is (a pair settled part-way off; a supply sag that makes a
    /// 24 W pad look weak), and the first heat-up (an early model). Seed 11 (<see cref="PairDetachment"/>), a <c>heat</c> session, L5.
    /// </summary>
    public class TaughtWeakerDetachmentTests
    {
        // Finding 2: the bench's random-004 made 17.9 W (weak33's WeakPads), between layers of insulation, a 12 °C room, switched on 10 °C
        // under it; at 600 s both sensors settle part-way off (w 1 -> 0.65 over 300 s, the campaign's SettlingLoosening65), at 1,800 s
        // they leave for the room (40 s lag). The settled readings taught a full-power ceiling of 32.0 °C (62.5 °C without the loosening):
        // form U asks the pace. Main before far32: sensor_detached 21 s after, peak 38.96 °C. Main and weak33: not named, 57.48 °C,
        // 2,614 s past 48 °C, dose 145.
        // review 33a, finding 2 (MEDIUM): weak33 and far32 left it unnamed (57.48 C, 2,614 s past 48 C, dose 145; learned ceiling 32.0 C); before far32: 21 s, 38.96 C; named since session 33 (the pace withdrawn)
        [Fact]
        public void ThePairLeavingAfterSettlingPartWayOff_AnInsulatedRandomPadSwitchedOnCold_IsNamedWithinNinetySeconds()
        {
            var r = PairDetachment.Run(Settled(0.65));

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.InRange(r.AfterDetachS, 0, 90);
            Assert.Equal(0, r.Over48S);
        }

        // The mechanism as weak33 stands: the settled pair teaches a ceiling under 43 °C on a pad whose true full-power ceiling is over
        // 48 °C (PadMayBurn stays true: no ceiling was seen); the same run with the pair attached to the detachment learns over 43 °C and
        // is named as before far32 (10 s).
        [Fact]
        public void TheLearnedCeiling_FallsUnderTheBurnFloor_WhenThePairHasSettledPartWayOff()
        {
            var settled = PairDetachment.Run(Settled(0.65));
            var attached = PairDetachment.Run(Settled(1.0));

            Assert.True(settled.CeilingAtDetachC < Weak33.WeakPadGate.CeilingC, "settled: learned " + settled.CeilingAtDetachC.ToString("F2"));
            Assert.True(settled.MayBurnAtDetach);
            Assert.True(WeakPads.CeilingC(Pad("random-004/17.9W/insulated").With(ambientC: 12.0)) > 48.0);
            Assert.True(attached.CeilingAtDetachC >= Weak33.WeakPadGate.CeilingC, "attached: learned " + attached.CeilingAtDetachC.ToString("F2"));
            Assert.Equal(FaultCode.SensorDetached, attached.Fault);
            Assert.InRange(attached.AfterDetachS, 0, 30);
        }

        // Finding 3: far32's 20 W gate reads the full power the witness learned, so a 24 W pad on a 90 % supply (19.4 W, learned 16.8 W)
        // is a weak pad; then finding 1 applies. nominal-12v made 24 W, 10.8 V supply, 22 °C room, L5: the user gets up at 1,200 s (body
        // 3 -> 0 W/K, the pad as built, 0.1 W/K to the room), the pair slides into the bedding (+8 °C, 40 s lag) 300 s later. Main before
        // far32: 34 s, 44.21 °C. Main and weak33: not named, 52.99 °C, 3,246 s past 48 °C, dose 41.5 (learned ceiling 36.8 °C, PadMayBurn
        // false). At its rated 12 V the same pad is no weak pad and every such run is named as before far32.
        // review 33a, finding 3 (MEDIUM): weak33 and far32 left it unnamed (52.99 C, 3,246 s past 48 C, dose 41.5; full power learned 16.8 W); before far32: 34 s, 44.21 C; named since session 33 (the pace withdrawn)
        [Fact]
        public void ThePairLeavingWithTheUser_FromATwentyFourWattPadOnASaggedSupply_IsNamedWithinNinetySeconds()
        {
            PadParameters pad = PadFile.LoadShipped("nominal-12v").With(heaterPowerW: 24.0, supplyVoltageV: 10.8);
            var r = PairDetachment.Run(new PairDetachment.Setup(pad, 22.0, 0.0, 5, 0, 0.0, 1200, 0.0, 0.1, 1500, 8.0, 40.0));

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.InRange(r.AfterDetachS, 0, 90);
            Assert.Equal(0, r.Over48S);
        }

        // Where form U is right (attack 3, the first heat-up): usb-10w made 20 W between layers of insulation, a 16 °C room, both sensors
        // into a place 8 °C over the room 240 s into the heat-up (40 s lag). The early fit does not sit low (learned ceiling about 84 °C):
        // weak33 names it at 27 s, 44.55 °C, as before far32. Main (far32): not named, 52.17 °C, 194 s past 48 °C.
        [Fact]
        public void ThePairLeavingEarlyInTheHeatUp_FromAnInsulatedTwentyWattPad_IsNamedAsBeforeFar32()
        {
            var r = PairDetachment.Run(new PairDetachment.Setup(Pad("usb-10w/20.0W/insulated"), 16.0, 0.0, 5, 0, 0.0, 0, 0.0, 0.0, 240, 8.0, 40.0));

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.InRange(r.AfterDetachS, 0, 40);
            Assert.Equal(0, r.Over48S);
            Assert.True(r.CeilingAtDetachC >= Weak33.WeakPadGate.CeilingC, "learned " + r.CeilingAtDetachC.ToString("F2"));
        }

        private static PairDetachment.Setup Settled(double share)
        {
            return new PairDetachment.Setup(Pad("random-004/17.9W/insulated"), 12.0, 10.0, 5, share < 1.0 ? 600 : 0, share, 0, 0.0, 0.0, 1800, 0.0, 40.0);
        }

        private static PadParameters Pad(string name)
        {
            return WeakPads.All().Single(p => p.Name == name).Pad;
        }
    }
}
