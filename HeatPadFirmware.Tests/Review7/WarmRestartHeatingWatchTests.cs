using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review5;
using Xunit;

namespace HeatPadFirmware.Tests.Review7
{
    /// <summary>
    /// Review 7, finding 6 (MEDIUM, false alarm; not from session 6's changes: the same with the deep-fall stand-down
    /// reverted). The 10 W pad on a body plateaus at 36.3 °C under full power, under level 3's 41.5 °C. Powered on at or
    /// above that plateau — a watchdog reboot or an unplugged and replugged pad in the middle of a session (a reboot forgets
    /// the proven level, hardware/README "Reboot") — and restarted at level 3, full power cannot raise it 1 °C in 240 s.
    /// </summary>
    public class WarmRestartHeatingWatchTests
    {
        [Theory(Skip = "review 7 finding 6, not fixed (HeatingFailedCheck, outside this review's changes): one surface for both sensors, " +
            "usb-10w on the body, level 3: heating_failed at 244 s (powered on at 36 C), 327 s (38 C), 362 s (42 C); levels 4 and 5 and " +
            "34 C run clean for 3,600 s")]
        [InlineData(36.0)]
        [InlineData(38.0)]
        public void Core_KeepsHeating_WhenTheWeakPadRestartsAtLevel3_WarmFromBeforeAReboot(double initialC)
        {
            PadParameters pad = PadFile.LoadShipped("usb-10w").With(initialC: initialC);
            var run = new PairRun(pad, 1);
            run.Start(3);
            run.RunFor(3600);

            Assert.True(run.FirstFault == FaultCode.None, $"{run.FirstFault} at {run.FirstFaultMs / 1000} s; surface {run.Pad.SurfaceC:F2} °C");
        }
    }
}
