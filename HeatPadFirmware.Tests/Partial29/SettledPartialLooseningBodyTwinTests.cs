using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review19b;
using Xunit;

namespace HeatPadFirmware.Tests.Partial29
{
    /// <summary>
    /// Session 29 (partial29, docs/safety.md "Session 29: why the settling partial loosening is not named"): a pair that
    /// loosens partly and settles (both sensors reading room + w × (surface − room), w 1 → 0.65 over 300 s from 900 s) on
    /// thick-slow in a 28 °C room at level 3, and the same pad with its pair attached and a body of 6.25 W/K laid on at
    /// 900 s, ask the same duty at the same reading once settled, while the true surfaces stand about 7 °C apart. The
    /// readings and the duty alone cannot tell them apart on this pad; the body's contact lies inside the lying-down
    /// group's draw (1–3 × the pad's own 3 W/K).
    /// </summary>
    public class SettledPartialLooseningBodyTwinTests
    {
        private const double RoomC = 28.0;
        private const int Level = 3;

        private static PadParameters ThickSlow()
        {
            return LearnedInAirLoosening.FamilyPad("thick-slow").With(ambientC: RoomC, initialC: RoomC);
        }

        /// <summary>Runs 4,500 s of the heat program; from 900 s either the pair settles at <paramref name="finalW"/> (&lt; 1) or a body of <paramref name="bodyWPerK"/> lies on. Means over 3,000–4,500 s.</summary>
        private static (FaultCode Fault, double ReadingC, double Duty, double SurfaceC) Run(double finalW, double bodyWPerK)
        {
            PadParameters pad = ThickSlow();
            var run = new FaultRun(pad, 11);
            run.Start(Level, TherapyProgram.Heat);
            double read = 0, duty = 0, surface = 0;
            int n = 0;
            for (int s = 1; s <= 4500; s++)
            {
                SensorReading? first = null, second = null;
                if (s >= 900 && finalW < 1.0)
                {
                    first = FaultCampaign.SettledReading(pad, run.Sensor.Read(run.NowMs), s - 900, finalW);
                    second = FaultCampaign.SettledReading(pad, run.SecondSensor.Read(run.NowMs), s - 900, finalW);
                }

                if (s == 900 && bodyWPerK > 0.0) { run.Pad.SurfaceToBodyWPerK = bodyWPerK; }
                run.TickPair(1000, first, second);
                if (run.Last.Fault != FaultCode.None) { return (run.Last.Fault, 0, 0, 0); }
                if (s > 3000)
                {
                    read += run.Core.Supervisor.HotterReading.TemperatureC;
                    duty += run.Last.DutyFraction;
                    surface += run.Pad.SurfaceC;
                    n++;
                }
            }

            return (FaultCode.None, read / n, duty / n, surface / n);
        }

        [Fact]
        public void SettledPartialLoosening_AsksTheDutyOfABodyTwin_AtTheSameReading_WithTheSurfaceSevenDegreesHotter()
        {
            var loose = Run(0.65, 0.0);
            var twin = Run(1.0, 6.25);

            // Main (06417a1): loosening 41.51 °C read, duty 0.839, surface 48.80 °C, no fault; twin 41.53 °C, 0.831, 41.50 °C.
            Assert.Equal(FaultCode.None, loose.Fault);
            Assert.Equal(FaultCode.None, twin.Fault);
            Assert.InRange(Math.Abs(loose.ReadingC - twin.ReadingC), 0.0, 0.25);
            Assert.InRange(Math.Abs(loose.Duty - twin.Duty), 0.0, 0.03);
            Assert.InRange(loose.SurfaceC - twin.SurfaceC, 6.0, 8.5);
            Assert.InRange(loose.SurfaceC, 48.0, 50.0);
        }
    }
}
