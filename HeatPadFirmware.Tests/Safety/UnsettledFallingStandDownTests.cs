using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Session 17 (lie17c, measured, not landed; docs/safety.md "Session 17: the unsettled-doubt watch's verdict under the doubt
    /// cap, on the model's warming", its lie17c paragraph and the lead's ruling): two lying-down sessions the unsettled-doubt watch
    /// latches on main. lie17c's rule (the verdict under the doubt cap waits while the reading stands at half the learned model's
    /// warming or more, unless it keeps falling 0.1 C a minute after 300 s of held work) ran both to the end, but held 46 real pair
    /// loosenings of its own scan under the cap instead of naming them (19 over 46 C for up to 1,699 s: at least 0.54 of the fitted
    /// burn threshold), so it was not landed and these stay known false trips. The falling pair is review 14b's guard
    /// (StaleWitnessGateTests.AirLearned_LainOnThenUp_ThickSlowLoosening_IsNamedAsSoonAsTheBase).
    /// </summary>
    public class UnsettledFallingStandDownTests
    {
        private static readonly (string Name, PadParameters Pad)[] Shipped = PadFile.LoadAllShipped();

        /// <summary>
        /// The lying-down group's session 130034 (seed 1): thick-slow L5 at 11.31 V in a 19.3 °C room, lain on at 630 s with
        /// 7.22 W/K and staying. Main latches sensor_detached at 2,108 s through the watch; under lie17c's rule the body holds the pad near 39 °C under
        /// the cap, the reading levels off (0.74 of the model's warming), so the verdict waits, and no fault comes to the program's end.
        /// </summary>
        [Fact(Skip = "Known false trip (session 17, lie17c not landed): main latches sensor_detached at 2,108 s through the unsettled-doubt watch; lie17c's share rule ran it to the end but held 46 real pair loosenings under the doubt cap near 47 C (docs/safety.md, the lead's ruling)")]
        public void BodyHoldingTheCappedPad_RaisesNoFalseAlarm()
        {
            const int seed = 130034;
            var (draw, fault, faultAtS) = LieDownLife.Run(LifeRoom.PadsIn(Shipped, LifeRoom.Of(seed)), seed);

            Assert.Equal("thick-slow", draw.PadName);
            Assert.Equal(630, draw.LieAtS);
            Assert.True(fault == FaultCode.None, fault + " at " + faultAtS + " s");
        }

        /// <summary>
        /// The lying-down group's session 130231 (seed 1): thick-slow L4 at 10.84 V in an 18.4 °C room, lain on at 700 s with
        /// 6.87 W/K, up at 2,700 s. After a probe's 180 s pause at about 2,870 s the thick pad's reading falls for about 240 s
        /// under the restored capped duty (0.2-0.6 °C a minute; the core cooled in the pause) and then rises: with 180 s of held
        /// work before the fall counts, lie17c's rule latched at 3,226 s (main 2,049 s); with 300 s there was no fault.
        /// </summary>
        [Fact(Skip = "Known false trip (session 17, lie17c not landed): main latches sensor_detached at 2,049 s through the unsettled-doubt watch; lie17c's rule ran it to the end only with 300 s of held work (docs/safety.md, the lead's ruling)")]
        public void ThickPadRecoveringFromAProbePause_AfterGettingUp_RaisesNoFalseAlarm()
        {
            const int seed = 130231;
            var (draw, fault, faultAtS) = LieDownLife.Run(LifeRoom.PadsIn(Shipped, LifeRoom.Of(seed)), seed);

            Assert.Equal("thick-slow", draw.PadName);
            Assert.Equal(2700, draw.UpAtS);
            Assert.True(fault == FaultCode.None, fault + " at " + faultAtS + " s");
        }
    }
}
