using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Weak33
{
    /// <summary>
    /// Session 33 (weak33, issue 4; docs/safety.md "Session 33: far32's weak-pad premise attacked"): far32's paced far fall
    /// (<see cref="SensorDetachedCheck.HardWorkFarFallLagS"/>) is asked of a weak pad (<see cref="SensorDetachedCheck.PacedFarFallMaxFullPowerW"/>)
    /// only while the learned full-power ceiling is under <see cref="SensorDetachedCheck.PacedFarFallMaxCeilingC"/> (43 °C, the burn
    /// dose's floor): the check alone, fed the fall far32 sized its pace on.
    /// </summary>
    public class PacedFarFallCeilingTests
    {
        private const double RoomC = 12.0;

        [Fact]
        public void PacedFarFallMaxCeiling_IsTheBurnDosesFloor()
        {
            Assert.Equal(BurnDose.DoseFloorC, SensorDetachedCheck.PacedFarFallMaxCeilingC);
            Assert.True(SensorDetachedCheck.PacedFarFallMaxCeilingC < SensorCouplingCheck.MinCeilingC);
        }

        // far32's traced fall (usb-10w, user up in a 12 °C room): 34 -> 20 °C with a 60 s time constant at full power on a 10 W pad whose
        // learned ceiling is about 35 °C. Quiet, as far32 (the lead passes the far fall).
        [Theory]
        [InlineData(35.0)]
        [InlineData(42.9)]
        public void DetachedCheck_StaysQuiet_OnTheWeakPadsSlowFall_WhenItsLearnedCeilingCannotBurn(double ceilingC)
        {
            var check = new SensorDetachedCheck();
            double maxLeadC = 0.0;

            Assert.False(Feed(check, 10.0, ceilingC, s => 20.0 + (14.0 * Math.Exp(-s / 60.0)), ref maxLeadC));
            Assert.True(maxLeadC >= SensorDetachedCheck.HardWorkFarFallC, "lead " + maxLeadC.ToString("F2"));
        }

        // The same fall on a 10 W pad whose learned ceiling is 43 °C or more (a weak pad insulated, covered or folded), or with no model
        // learned: the far fall latches on the lead alone, over the room band, as before far32.
        [Theory]
        [InlineData(43.0)]
        [InlineData(77.0)]
        [InlineData(double.MaxValue)]
        public void DetachedCheck_LatchesTheWeakPadsSlowFall_WhenItsLearnedCeilingCanBurn(double ceilingC)
        {
            var check = new SensorDetachedCheck();
            double maxLeadC = 0.0;
            double readingC = double.NaN;

            Assert.True(Feed(check, 10.0, ceilingC, s => readingC = 20.0 + (14.0 * Math.Exp(-s / 60.0)), ref maxLeadC));
            Assert.True(readingC > RoomC + SensorDetachedCheck.HardWorkRoomBandC, "latched at " + readingC.ToString("F2"));
        }

        // Both sensors sliding off a 16 W insulated pad into a place 12 °C over the room (under a blanket) fall toward the place, not
        // the room: from 44 °C toward 24 °C with a 40 s lag. A weak pad whose ceiling can burn latches at the far fall; one whose
        // ceiling cannot still waits for the pace (far32's premise kept where it holds).
        [Fact]
        public void DetachedCheck_TellsAFallTowardAWarmPlace_ByTheLearnedCeiling()
        {
            double maxLeadC = 0.0;

            Assert.True(Feed(new SensorDetachedCheck(), 14.0, 77.0, s => 24.0 + (20.0 * Math.Exp(-s / 40.0)), ref maxLeadC, 44.0));
            Assert.False(Feed(new SensorDetachedCheck(), 14.0, 35.0, s => 24.0 + (20.0 * Math.Exp(-s / 40.0)), ref maxLeadC, 44.0));
        }

        // Powers on at the room (unheated, 60 s), holds holdC at full power for 60 s, then feeds readingC(s) at full power for 600 s
        // (quantised to the register), with the element's full power and the learned ceiling. True when the check latched.
        private static bool Feed(SensorDetachedCheck check, double fullPowerW, double ceilingC, Func<double, double> readingC, ref double maxLeadC, double holdC = 34.0)
        {
            for (int s = 0; s < 60; s++)
            {
                check.Update(RoomC, 1.0, 0.0, false, fullPowerW, ceilingC);
            }

            for (int s = 0; s < 60; s++)
            {
                Assert.False(check.Update(holdC, 1.0, 1.0, true, fullPowerW, ceilingC));
            }

            for (int s = 0; s < 600; s++)
            {
                bool latched = check.Update(SimulatedSensor.Quantise(readingC(s)), 1.0, 1.0, true, fullPowerW, ceilingC);
                maxLeadC = Math.Max(maxLeadC, check.HardWorkLeadC);
                if (latched)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
