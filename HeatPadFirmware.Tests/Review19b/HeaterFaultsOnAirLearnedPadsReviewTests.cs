using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review19b
{
    /// <summary>
    /// Review 19b of lie18: the heater-side faults the deep fall is meant for, on pads warmed in free air
    /// (<see cref="LearnedInAirLoosening.RunHeaterFault"/>, the same 18 pads × 8 rooms × L3–L5 × five body draws as the
    /// loosening scan, 2,160 runs a fault), and the four thick-slow lying-down sessions the change moved to a later verdict.
    /// </summary>
    public class HeaterFaultsOnAirLearnedPadsReviewTests
    {
        /// <summary>Guard: an open element is named by the heater-current check 9 s after the onset, on main and the change alike (2,160 runs byte-identical).</summary>
        [Theory]
        [InlineData("free-air", 22.0, 5, -1)]
        [InlineData("strong-60w", 22.0, 5, -1)]
        [InlineData("thick-slow", 16.0, 5, 600)]
        public void HeaterOpen_OnAnAirLearnedPad_IsNamedAtOnce(string padName, double roomC, int level, int lieS)
        {
            LearnedInAirLoosening.Outcome o = LearnedInAirLoosening.RunHeaterFault(padName, roomC, level, lieS, 1.0, 600, 0.0, heaterOpen: true);
            Assert.Equal(FaultCode.HeaterOpen, o.Fault);
            Assert.InRange(o.FaultAtS, 601, 620);
        }

        /// <summary>
        /// LOW: a supply held at 70 % of rated on a pad in free air (no body) no longer latches <c>heating_failed</c>: the pad
        /// that cannot hold its setpoint is excused as a body that is not there. Cold side only (peak 44.64 °C, dose 0.055, both
        /// reached before main's verdict); scan: 0.7 × rated 196 verdicts lost + 6 later, 0.5 × rated 135 lost + 14 later, of
        /// them 21 / 12 with no body at all; surface never over 44.82 °C, dose at most 0.088.
        /// </summary>
        // lie18 reverted on this finding (session 18): a passing guard on main.
        [Fact]
        public void SupplySag_OnAPadInFreeAir_IsStillNamed()
        {
            LearnedInAirLoosening.Outcome o = LearnedInAirLoosening.RunHeaterFault("strong-60w", 18.0, 5, -1, 1.0, 600, 0.7, heaterOpen: false);
            Assert.Equal(FaultCode.HeatingFailed, o.Fault);
            Assert.Equal(966, o.FaultAtS);
        }
    }
}
