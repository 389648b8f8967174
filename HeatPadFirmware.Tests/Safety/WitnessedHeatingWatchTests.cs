using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Issue 4, session 3: the heating watch on a pad whose sink changed. On faults seed 4 the normal-life session
    /// 400295 (usb-10w at 4.67 V, body 2 W/K, level 4, contrast) proved 35.7 °C on the body; the user got up in the
    /// cool phase, the next heat started at 28 °C, more than <see cref="HeatingFailedCheck.ProvenMarginC"/> under that,
    /// at the pad's off-body plateau, and the watch latched heating_failed. With the heater current witness trusted and
    /// the element learned, heat demonstrably flows: a stretch that starts after an unheated interval owes no gain once
    /// the pad has proven it warms its sensor. The first heat-up, a restart within a heat phase and the deep fall (a
    /// loosening sensor) are still watched.
    /// </summary>
    public class WitnessedHeatingWatchTests
    {
        private const double SetpointC = 43.0;

        /// <summary>First heat on the body from the room to a 35.7 °C plateau, then a cool phase to 26.7 °C off the body.</summary>
        private static HeatingFailedCheck ProvenOnTheBodyThenCooledOffIt(bool elementWitnessed)
        {
            var check = new HeatingFailedCheck();
            for (int s = 0; s < 360; s++)
            {
                double readingC = 35.7 - (13.7 * System.Math.Exp(-s / 60.0));
                Assert.False(check.Update(readingC, 1.0, 1.0, true, SetpointC, elementWitnessed), $"tripped in the first heat at {s} s");
            }

            for (int s = 0; s < 120; s++)
            {
                Assert.False(check.Update(35.7 - (9.0 * s / 120.0), 1.0, 0.0, false, SetpointC, elementWitnessed));
            }

            return check;
        }

        /// <summary>Seconds of full power, reading creeping 0.3 °C over 600 s from 26.7 °C, until the watch latches (−1: never).</summary>
        private static int SecondsToLatchOffBody(HeatingFailedCheck check, bool elementWitnessed)
        {
            for (int s = 1; s <= 600; s++)
            {
                if (check.Update(26.7 + (0.3 * s / 600.0), 1.0, 1.0, true, SetpointC, elementWitnessed))
                {
                    return s;
                }
            }

            return -1;
        }

        [Fact]
        public void HeatingFailedCheck_OwesNoGain_WhenTheWitnessedElementRestartsFarUnderALevelProvenOnTheBody()
        {
            HeatingFailedCheck check = ProvenOnTheBodyThenCooledOffIt(elementWitnessed: true);
            Assert.Equal(-1, SecondsToLatchOffBody(check, elementWitnessed: true));
        }

        [Fact]
        public void HeatingFailedCheck_StillOwesTheGain_WithoutACurrentWitness()
        {
            // The temperature-only watch is unchanged: the same restart latches within its window.
            HeatingFailedCheck check = ProvenOnTheBodyThenCooledOffIt(elementWitnessed: false);
            int seconds = SecondsToLatchOffBody(check, elementWitnessed: false);
            Assert.InRange(seconds, (int)HeatingFailedCheck.WindowS, (int)HeatingFailedCheck.WindowS + 2);
        }

        [Fact]
        public void HeatingFailedCheck_StillOwesTheGain_WhenAWitnessedStretchRestartsWithinTheHeatPhase()
        {
            // A pause with heat still wanted (the coupling probe's duty 0 for 40 s) ends the stretch; the restart is watched
            // as before, so a loosening sensor on a folded pad still heating up is named (SensorCouplingCheckTests).
            var check = new HeatingFailedCheck();
            for (int s = 0; s < 360; s++)
            {
                Assert.False(check.Update(35.7 - (13.7 * System.Math.Exp(-s / 60.0)), 1.0, 1.0, true, SetpointC, true));
            }

            for (int s = 0; s < 40; s++)
            {
                Assert.False(check.Update(35.7 - (9.0 * s / 40.0), 1.0, 0.0, true, SetpointC, true));
            }

            int seconds = SecondsToLatchOffBody(check, elementWitnessed: true);
            Assert.InRange(seconds, (int)HeatingFailedCheck.WindowS, (int)HeatingFailedCheck.WindowS + 2);
        }

        [Fact]
        public void HeatingFailedCheck_StillLatches_WhenTheWitnessedFirstHeatUpLeavesTheReadingFlat()
        {
            // Nothing proven yet: a reading that never warms under full power owes its gain even with current flowing.
            var check = new HeatingFailedCheck();
            int seconds = 0;
            bool failed = false;
            while (!failed && seconds < 900)
            {
                failed = check.Update(22.0, 1.0, 1.0, true, SetpointC, true);
                seconds++;
            }

            Assert.True(failed);
            Assert.InRange(seconds, HeatingFailedCheck.WindowS, HeatingFailedCheck.WindowS + 2);
        }

        [Fact]
        public void HeatingFailedCheck_StillLatches_WhenAWitnessedReadingSinksDeepUnderAReachedSetpoint()
        {
            // A sensor loosening from its pocket: the pad reached its setpoint, then the reading sinks 6 °C under it at
            // full power and stays there.
            var check = new HeatingFailedCheck();
            for (int s = 0; s < 300; s++)
            {
                double readingC = SetpointC - (21.0 * System.Math.Exp(-s / 60.0));
                Assert.False(check.Update(readingC, 1.0, 1.0, true, SetpointC, true));
            }

            int seconds = 0;
            bool failed = false;
            while (!failed && seconds < 900)
            {
                double readingC = seconds < 120 ? SetpointC - (6.0 * seconds / 120.0) : SetpointC - 6.0;
                failed = check.Update(readingC, 1.0, 1.0, true, SetpointC, true);
                seconds++;
            }

            Assert.True(failed);
            Assert.True(seconds < 120 + (int)HeatingFailedCheck.WindowS + 2, $"latched at {seconds} s");
        }

        [Theory]
        [InlineData(400295)] // faults seed 4: usb-10w at 4.67 V, level 4, proven 35.7 C on the body, restarted at 28 C off it
        [InlineData(500338)] // faults seed 5: usb-10w at 4.52 V, level 1, proven 35.5 C on the body, restarted at 26 C off it
        public void NormalLife_TheWeakPadWhoseUserGotUpInTheCoolPhase_DoesNotTrip(int sessionSeed)
        {
            // The traced sessions: main latched heating_failed in their second heat phase.
            var pads = PadFile.LoadAllShipped();
            Assert.Equal(FaultCode.None, FaultCampaign.RunNormalLife(pads, sessionSeed));
        }
    }
}
