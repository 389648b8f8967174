using System;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Control
{
    /// <summary>
    /// After the first full-power stretch the controller stops on the most cautious plausible model; the coast then
    /// shows which models were right, and full power resumes once every model still plausible agrees it is safe.
    /// </summary>
    public class LandingTests
    {
        [Theory]
        [InlineData("nominal-12v", 2)]
        public void Approach_ResumesFullPower_AfterACautiousStop_AndLandsWithinThreeTenths(string padName, int level)
        {
            // A case where, with sensor seed 3, the first stop comes well before the band (a pessimistic model among the
            // plausible ones) and full power comes back once the coast has cleared it. With a narrow plausible set
            // (100 noise units, 16 kept) it stopped late instead and never returned to full power below the band. (The
            // case was thick-slow level 2 until the learner bounded the sink at body temperature: the pessimistic fit
            // that stopped it early settled above 37 °C unheated.)
            double setpointC = new TherapyConfig().SetpointOfLevelC(level);
            var loop = new ControlLoop(ControlLoop.Shipped(padName), 3);
            int stage = 0;
            bool resumed = false;
            for (int t = 0; t < 1500; t++)
            {
                double duty = loop.Tick(true, setpointC);
                loop.MaxSurfaceC = Math.Max(loop.MaxSurfaceC, loop.Pad.SurfaceC);

                if (stage == 0 && duty >= HeaterDutyLimits.MaxDutyFraction)
                {
                    stage = 1;
                }
                else if (stage == 1 && duty < HeaterDutyLimits.MaxDutyFraction)
                {
                    stage = 2;
                }
                else if (stage == 2 && duty >= HeaterDutyLimits.MaxDutyFraction && loop.Pad.SurfaceC < setpointC - HeatController.CoastBandC)
                {
                    resumed = true;
                }
            }

            Assert.True(resumed, "full power resumed below the arrival band after the first stop");
            Assert.True(loop.MaxSurfaceC <= setpointC + 0.3, $"peak {loop.MaxSurfaceC:0.00} C for a {setpointC:0.0} C setpoint");
        }
    }
}
