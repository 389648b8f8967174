using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Control
{
    /// <summary>
    /// A learner fed a pad's full-power heat-up: 1 s ticks of full duty on <see cref="ThermalPad"/>, read through
    /// <see cref="SimulatedSensor"/>, the first read at 0 s with no time elapsed, the last at <c>lastS</c>. The pad and the
    /// sensor are the caller's, so it can read the true surface after.
    /// </summary>
    internal static class FullPowerHeatUpLearning
    {
        /// <summary>The learner after seconds 0..<paramref name="lastS"/> (inclusive) of full power on <paramref name="pad"/>.</summary>
        internal static PadModelLearner Learn(ThermalPad pad, SimulatedSensor sensor, int lastS)
        {
            var learner = new PadModelLearner();
            for (int t = 0; t <= lastS; t++)
            {
                if (t > 0)
                {
                    pad.Step(1.0, 1.0, true);
                    sensor.Advance(1.0, pad.SurfaceC);
                }

                learner.Update(t == 0 ? 0.0 : 1.0, 1.0, sensor.Read(t * 1000L));
            }

            return learner;
        }
    }
}
