using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Couple32
{
    /// <summary>
    /// Session 32 (couple32; docs/safety.md "Session 32: the coupling check in a 12 °C bedroom"): the lying-down group's 24
    /// coupling-check trips at 12 °C split between the unsettled-doubt watch (14: a highest ceiling from the free-air pre-heat's
    /// fits, the body's ceiling under 0.6 of it, the reading held 5 °C under a level it cannot reach) and the latching probes (10).
    /// One of each, pinned on main.
    /// </summary>
    public class ColdBedroomLyingDownTests
    {
        private static readonly (string Name, PadParameters Pad)[] Shipped = PadFile.LoadAllShipped();

        [Theory]
        [InlineData(130034, "thick-slow", 2138, true)]
        [InlineData(130031, "free-air", 1307, false)]
        public void LyingDownInA12DegreeBedroom_IsLatchedByTheUnsettledWatchOrByADeepFallProbe(int seed, string padName, int mainFaultAtS, bool unsettledWatch)
        {
            const double RoomC = 12.0;
            var pads = LifeRoom.PadsIn(Shipped.Select(p => (p.Name, p.Pad.With(ambientC: RoomC, initialC: RoomC))).ToArray(), RoomC);
            double unsettledS = double.NaN, lastProbeS = double.NaN, lastRatio = double.NaN;
            bool seen = false;
            var (draw, fault, faultAtS) = LieDownLife.Run(pads, seed, run =>
            {
                if (seen || run.Last.Fault == FaultCode.None)
                {
                    return;
                }

                seen = true;
                SensorCouplingCheck coupling = run.Core.Supervisor.Coupling;
                unsettledS = coupling.UnsettledS;
                lastProbeS = coupling.LastProbeS;
                lastRatio = coupling.LastRatio;
            });

            Assert.Equal(padName, draw.PadName);
            Assert.Equal(FaultCode.SensorDetached, fault);
            Assert.Equal(mainFaultAtS, faultAtS);
            if (unsettledWatch)
            {
                // The watch's window ran out: 600 s of work without the 3 C gain owed.
                Assert.True(unsettledS >= SensorCouplingCheck.UnsettledWindowS, "unsettled " + unsettledS.ToString("F0") + " s");
            }
            else
            {
                Assert.True(unsettledS < SensorCouplingCheck.UnsettledWindowS, "unsettled " + unsettledS.ToString("F0") + " s");
                Assert.Equal(SensorCouplingCheck.ReachedProbeMaxS, lastProbeS);
                Assert.True(lastRatio < SensorCouplingCheck.NoResponseRatio, "answer " + lastRatio.ToString("F2"));
            }
        }
    }
}
