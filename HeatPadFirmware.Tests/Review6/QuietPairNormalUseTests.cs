using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review5;
using Xunit;

namespace HeatPadFirmware.Tests.Review6
{
    /// <summary>
    /// Review 6, checked sound: the agreement check's one-sensor frozen rule (60 s of heat bit-identical while the other
    /// moved 1.0 °C) and its 4.0 °C allowance in normal use with QUIET sensors (noise 0 or 0.005 °C: a sensor the
    /// controller holds can sit on one 1/16 °C code for minutes), irregular ticks (0.7-2.2 s), the user getting up and
    /// lying down again (both pockets), a level raise, and pocket body contacts up to 1.4x apart (two-zone PairRun).
    /// </summary>
    public class QuietPairNormalUseTests
    {
        [Fact]
        public void Core_LatchesNoFault_InSixtySessions_WithQuietSensorsIrregularTicksAndTheUserGettingUp()
        {
            string[] pads = { "nominal-12v", "strong-60w", "thick-slow", "usb-10w" };
            string faults = "";
            int heatedSessions = 0;
            for (int seed = 1; seed <= 60; seed++)
            {
                var random = new Random(seed);
                PadParameters pad = PadFile.LoadShipped(pads[random.Next(pads.Length)]).With(sensorNoiseC: random.Next(2) == 0 ? 0.0 : 0.005);
                double factor = Math.Exp(((random.NextDouble() * 2.0) - 1.0) * Math.Log(1.4));
                int level = 1 + random.Next(5);
                var run = new PairRun(pad, seed, null, pad.With(surfaceToBodyWPerK: pad.SurfaceToBodyWPerK * factor));
                run.Start(level);
                double firstBodyWPerK = run.Pad.SurfaceToBodyWPerK;
                double secondBodyWPerK = run.SecondZone!.SurfaceToBodyWPerK;
                int upAtS = 600 + random.Next(1200);
                int downAtS = upAtS + 60 + random.Next(600);
                int raiseAtS = 300 + random.Next(2000);
                bool heated = false;
                for (int s = 0; s < 3000 && run.FirstFault == FaultCode.None && run.Last.Phase != SessionPhase.Off; s++)
                {
                    // Getting up: both pockets leave the body and face the room air (heater-safety reference: ≈ 1.2 W/K).
                    bool up = s >= upAtS && s < downAtS;
                    run.Pad.SurfaceToBodyWPerK = up ? 0.0 : firstBodyWPerK;
                    run.SecondZone.SurfaceToBodyWPerK = up ? 0.0 : secondBodyWPerK;
                    run.Pad.SurfaceToAmbientWPerK = up ? 1.2 : pad.SurfaceToAmbientWPerK;
                    run.SecondZone.SurfaceToAmbientWPerK = up ? 1.2 : pad.SurfaceToAmbientWPerK;
                    run.Tick(700 + random.Next(1500), s == raiseAtS && level < 5 ? ButtonId.Up : ButtonId.None);
                    heated |= run.Last.DutyFraction > 0.0;
                }

                heatedSessions += heated ? 1 : 0;
                if (run.FirstFault != FaultCode.None)
                {
                    faults += $" seed {seed} {pad.Name} L{level} x{factor:F2}: {run.FirstFault} at {run.FirstFaultMs / 1000} s;";
                }
            }

            Assert.Equal(60, heatedSessions);
            Assert.True(faults.Length == 0, "false alarms:" + faults);
        }
    }
}
