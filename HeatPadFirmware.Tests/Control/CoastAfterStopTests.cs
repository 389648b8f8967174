using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Control
{
    /// <summary>
    /// The coast after a stop that a much longer-lag model decided: the adopted model (short lag) sees the surface low and
    /// its hold would add heat on top of the stored heat's coast; no heat goes on until the stopping set no longer predicts
    /// the coast reaching the setpoint.
    /// </summary>
    public class CoastAfterStopTests
    {
        /// <summary>Seconds after the first stop over which the coast must add no heat: the hold asked 0.6-0.7 duty there before.</summary>
        private const int CoastCheckS = 30;

        [Fact]
        public void Landing_AddsNoHeatAfterTheStop_WhileALongerLagModelPredictsTheCoastReachingTheSetpoint()
        {
            // Thick-slow with the longest lag, level 3: the first stop comes from a 38 s-lag candidate while the adopted
            // model has a 6 s lag and sees the surface 0.9 C low (its hold gave 0.69 duty, peak 0.66 C over).
            PadParameters pad = ControlLoop.Shipped("thick-slow").With(sensorLagS: HeatController.MaxSensorLagS);
            double setpointC = new TherapyConfig().SetpointOfLevelC(3);
            var loop = new ControlLoop(pad, 3);
            int stopS = FirstStopS(loop, setpointC);
            Assert.True(stopS > 0, "full power stopped within 15 min");

            double heatAfterStop = 0.0;
            for (int t = 0; t < CoastCheckS; t++)
            {
                heatAfterStop += loop.Tick(true, setpointC);
            }

            Assert.Equal(0.0, heatAfterStop);

            // The hold takes over once the coast is spent, and lands within issue 3's 0.3 C.
            double laterHeat = 0.0;
            for (int t = 0; t < 1200; t++)
            {
                laterHeat += loop.Tick(true, setpointC);
                loop.MaxSurfaceC = System.Math.Max(loop.MaxSurfaceC, loop.Pad.SurfaceC);
            }

            Assert.True(laterHeat > 0.0, "the hold heats again after the coast");
            Assert.True(loop.MaxSurfaceC <= setpointC + 0.3, $"peak {loop.MaxSurfaceC:0.00} C for a {setpointC:0.0} C setpoint");
            Assert.True(System.Math.Abs(loop.Pad.SurfaceC - setpointC) <= 0.3, $"surface {loop.Pad.SurfaceC:0.00} C after 20 min");
        }

        /// <summary>Runs until the first tick whose duty is under full power; returns that time, s (0 when none within 15 min).</summary>
        private static int FirstStopS(ControlLoop loop, double setpointC)
        {
            for (int t = 0; t < 900; t++)
            {
                if (loop.Tick(true, setpointC) < HeaterDutyLimits.MaxDutyFraction && t > 0)
                {
                    return t;
                }
            }

            return 0;
        }
    }
}
