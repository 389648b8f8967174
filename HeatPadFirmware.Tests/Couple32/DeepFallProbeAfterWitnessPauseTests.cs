using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Couple32
{
    /// <summary>
    /// Session 32 (couple32; docs/safety.md "Session 32: the coupling check in a 12 °C bedroom"): the deep-fall probe that latches
    /// the cold bedroom's getting-up sessions is the one that names the settling pair loosenings on nominal-12v, by the same
    /// answer. Asked 120 s after a witness probe's pause, its trend (the last 60 s of the innovation) still carries the pause's
    /// rewarming, and the attached pad and the loosened pair both answer next to nothing — far under a scaled loosening's w. A form
    /// that asked it only 240 s after any pause (the trend clear of it; scratch, not landed) took the ten false trips away and named
    /// 89 fault rows of `faults --seed 1 --cases --room 12` later (128 hotter): this row among them (heat off for good 248 → 632 s after the onset: the probe's pause that ends in the latch).
    /// </summary>
    public class DeepFallProbeAfterWitnessPauseTests
    {
        private static readonly (string Name, PadParameters Pad)[] Shipped = PadFile.LoadAllShipped();

        [Fact]
        public void SettlingPairLoosening_OnANominalPadInA12DegreeRoom_IsNamedByTheDeepFallProbe_OnAnAnswerFarUnderTheSharePairShows()
        {
            const double RoomC = 12.0;
            var pads = Shipped.Select(p => (p.Name, Pad: p.Pad.With(ambientC: RoomC, initialC: RoomC))).ToArray();
            int seed = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1)[("nominal-12v", 3, 300.0, FaultKind.SettlingLoosening80)];
            double lastProbeS = double.NaN, lastRatio = double.NaN, shareOfRise = double.NaN;
            bool seen = false;
            FaultCaseResult r = FaultCampaign.RunCase("nominal-12v", pads.First(p => p.Name == "nominal-12v").Pad, 3, FaultKind.SettlingLoosening80, 300.0, seed, onTick: run =>
            {
                if (seen || run.Last.Fault == FaultCode.None)
                {
                    return;
                }

                seen = true;
                SensorCouplingCheck coupling = run.Core.Supervisor.Coupling;
                lastProbeS = coupling.LastProbeS;
                lastRatio = coupling.LastRatio;
                shareOfRise = (run.Core.Supervisor.HotterReading.TemperatureC - RoomC) / (run.Pad.SurfaceC - RoomC);
            });

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.Equal(273.0, r.FaultAfterOnsetS);
            Assert.Equal(248.0, r.NoHeatAfterS);
            Assert.Equal(SensorCouplingCheck.ReachedProbeMaxS, lastProbeS);
            // The pair shows 0.8 of the surface's rise over the room (SettlingLoosening80, settled; the sensor lag and noise aside);
            // a scaled loosening would answer about that, the probe answered under NoResponseRatio.
            Assert.InRange(shareOfRise, 0.75, 0.85);
            Assert.True(lastRatio < SensorCouplingCheck.NoResponseRatio, "answer " + lastRatio.ToString("F2"));
        }
    }
}
