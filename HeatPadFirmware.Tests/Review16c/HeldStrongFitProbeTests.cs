using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review14c;
using Xunit;

namespace HeatPadFirmware.Tests.Review16c
{
    /// <summary>
    /// Review 16c of slow15b, the faults campaign's own cases traced past their 12-min watch: the rows "SupplySag stopped 2 → 4"
    /// and "BodyOff peaks 40.0-41.7 → 39.1-39.2 °C" (folded-covered @600 s) are not heat stopped for good but a witness probe
    /// (duty 0 for about 180 s) against the held heat-up fit on a healthy pad, after a 10 % sag or the user getting off under the
    /// heat-up; the level comes 240-390 s later and is then held as on main. Campaign seeds (faults seed 1, FaultsCommand.CaseSeeds),
    /// shipped folded-covered, 1 s ticks, 3,600 s.
    /// </summary>
    public class HeldStrongFitProbeTests
    {
        [Theory]
        [InlineData("SupplySag", 4)]
        [InlineData("SupplySag", 5)]
        [InlineData("BodyOff", 4)]
        [InlineData("BodyOff", 3)]
        public void FoldedCovered_SagOrUserOffUnderTheHeatUp_NoProbeOnAHealthyPad(string kindName, int level)
        {
            var kind = System.Enum.Parse<FaultKind>(kindName);
            var pads = PadFile.LoadAllShipped();
            var pad = pads.First(p => p.Name == "folded-covered").Pad;
            int seed = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1)[("folded-covered", level, 600.0, kind)];
            var run = new FaultRun(pad, seed);
            run.Start(level);
            int probeS = 0;
            for (int s = 1; s <= 3600; s++)
            {
                if (s == 600)
                {
                    if (kind == FaultKind.SupplySag)
                    {
                        run.Pad.SupplyVoltageV = 0.9 * pad.RatedVoltageV;
                    }
                    else
                    {
                        run.Pad.SurfaceToBodyWPerK = 0.0;
                        run.Pad.SurfaceToAmbientWPerK = 1.2;
                    }
                }

                run.TickPair(1000, null, null);
                Assert.Equal(FaultCode.None, run.Last.Fault);
                if (run.Core.Supervisor.Coupling.HoldsDutyAtZero)
                {
                    probeS++;
                }
            }

            Assert.True(probeS == 0, "witness probes held the duty at 0 for " + probeS + " s");
        }
    }
}
