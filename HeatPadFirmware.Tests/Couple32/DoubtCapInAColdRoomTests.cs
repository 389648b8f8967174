using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Couple32
{
    /// <summary>
    /// Session 32 (couple32; docs/safety.md "Session 32: the coupling check in a 12 °C bedroom", form C): the doubt cap's holding
    /// duty is the learned model's, body and all. In a 12 °C room it starves a pad whose user got up (eight of the ten normal-group
    /// trips were held 5–10 °C under their level by it) — and it is what holds a settling pair loosening under a body there. A cap
    /// computed with the model's sink moved to its learned room (scratch, not landed) took six of the ten trips away and made 192
    /// of 840 loosening rows at 12 °C hotter: this one, named on main at 43.2 °C, ran unnamed to 49.8 °C.
    /// </summary>
    public class DoubtCapInAColdRoomTests
    {
        private static readonly (string Name, PadParameters Pad)[] Shipped = PadFile.LoadAllShipped();

        [Fact]
        public void SettlingPairLoosening_OnAThickPadUnderABodyInA12DegreeRoom_IsHeldByTheDoubtCap_AndNamedUnder44Degrees()
        {
            const double RoomC = 12.0;
            var pads = Shipped.Select(p => (p.Name, Pad: p.Pad.With(ambientC: RoomC, initialC: RoomC))).ToArray();
            int seed = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1)[("thick-slow", 4, 600.0, FaultKind.SettlingLoosening80)];
            bool capped = false;
            FaultCaseResult r = FaultCampaign.RunCase("thick-slow", pads.First(p => p.Name == "thick-slow").Pad, 4, FaultKind.SettlingLoosening80, 600.0, seed, onTick: run =>
            {
                capped |= run.Core.Supervisor.Coupling.DutyCap < 1.0;
            });

            Assert.Equal(FaultCode.SensorDetached, r.Fault);
            Assert.Equal(1107.0, r.NoHeatAfterS);
            Assert.True(capped, "the doubt cap held the duty before the verdict");
            // Form C (the cap on the learned room): unnamed, 49.8 C.
            Assert.InRange(r.PeakSurfaceC, 43.1, 43.3);
        }
    }
}
