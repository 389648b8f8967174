using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review10
{
    /// <summary>
    /// Review 10, session 9's restart9 change (<see cref="RoomReadingCheck.RestartMaxOffS"/> / <see cref="RoomReadingCheck.RestartLearnedFactor"/>):
    /// false sensor_detached with both sensors ATTACHED. Scan (whole core, seed 7): 6 shipped + 40 random-family pads (bench seed 1),
    /// learned on the body or in the air, levels 5 and 2, 300 s of heat, an off press of 45 or 90 s in which the user gets up and a
    /// cold pack of 8, 40 or 160 W/K lies on the pad, restarted (at 100 or 90 % supply; or a second 20-s heat and a second off),
    /// the pack lifted at the restart, 30 s after it, or left on; 600 s watched. 8,832 runs: 2,190 faults on ace3172 (main before
    /// session 9), 2,209 on 9cb15b4; 19 new (6 with the pack lifted at the restart, 13 with it left on), 603 earlier, none gone.
    /// </summary>
    public class RestartRuleFalseTripTests
    {
        private const string Measured = "Review 10 finding MEDIUM-1 (restart9): ";

        [Fact(Skip = Measured + "main: sensor_detached 73 s after the restart; ace3172: no fault in 600 s. random-003 learned its heat-up on the body (N at the 72-s floor), restarted off it; "
            + "6 such new runs in the scan (160 W/K pack lifted at the restart, levels 2/5, one or two offs: 62-73 s)")]
        public void Firmware_RaisesNoFault_WhenAPadLearnedOnTheBodyRestartsOffItAfterAColdPackWasLiftedAtTheRestart()
        {
            (FaultCode fault, double afterS) = Restart(RandomPad("random-003"), learnOnBody: true, level: 5, offS: 90, packWPerK: 160.0, packLiftedAfterS: 0, offPresses: 1);

            Assert.True(fault == FaultCode.None, $"{fault} {afterS} s after the restart");
        }

        [Fact(Skip = Measured + "main: sensor_detached 92 s after the second restart; ace3172: no fault in 600 s. Scan: 13 new runs with the pack left on, 9 with this 8 W/K pack "
            + "through two offs (random-003/009/021/029/031/033, air-learned, 92-148 s) and 4 with 40 W/K (random-004, 72-73 s); one off alone does not trip them (not traced: likely the first restart's 20 s of work kept in the count while the pack took that heat out again)")]
        public void Firmware_RaisesNoFault_WhenTheCampaignColdPackStaysOnThroughTwoOffPressesInARow()
        {
            (FaultCode fault, double afterS) = Restart(RandomPad("random-021"), learnOnBody: false, level: 5, offS: 90, packWPerK: FaultCampaign.ColdPackWPerK, packLiftedAfterS: int.MaxValue, offPresses: 2);

            Assert.True(fault == FaultCode.None, $"{fault} {afterS} s after the restart");
        }

        [Fact(Skip = "Review 10 finding MEDIUM-3 (pre-existing, not session 9's): sensor_detached 42 s after the restart on ace3172 and main alike (8 W/K pack: 26-50 s over levels 2/5, one or two offs, 90/100 % supply)")]
        public void Firmware_RaisesNoFault_WhenTheWeakPadRestartsUnderTheCampaignColdPackAfterTheUserGotUp()
        {
            (FaultCode fault, double afterS) = Restart(PadFile.LoadShipped("usb-10w"), learnOnBody: true, level: 5, offS: 45, packWPerK: FaultCampaign.ColdPackWPerK, packLiftedAfterS: int.MaxValue, offPresses: 1);

            Assert.True(fault == FaultCode.None, $"{fault} {afterS} s after the restart");
        }

        private static PadParameters RandomPad(string name)
        {
            return BenchPadFamily.Build(40, 1).First(p => p.Name == name).Pad;
        }

        /// <summary>
        /// Review 10's restart (since session 12 the `restarts` command's, <see cref="RestartScan.RunAttached"/>): the pad learned
        /// 300 s at <paramref name="level"/>, then <paramref name="offPresses"/> off presses with the user up and a cold pack on the
        /// pad, the pack lifted <paramref name="packLiftedAfterS"/> s after the last restart (<see cref="int.MaxValue"/>: never).
        /// Returns the first fault and its seconds after the last restart.
        /// </summary>
        private static (FaultCode Fault, double AfterS) Restart(PadParameters p, bool learnOnBody, int level, int offS, double packWPerK, int packLiftedAfterS, int offPresses)
        {
            RestartScan.Outcome o = RestartScan.RunAttached(p, learnOnBody, level, offS, packWPerK, packLiftedAfterS == int.MaxValue ? RestartScan.NeverLifted : packLiftedAfterS, offPresses);
            return (o.Fault, o.AfterS);
        }
    }
}
