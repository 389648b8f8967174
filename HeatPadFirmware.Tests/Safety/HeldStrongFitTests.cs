using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review14c;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Session 15 (<c>slow15</c>): a collapse of the adopted fit under uninterrupted hard work (its full-power rise under
    /// <see cref="PadModelLearner.HeldWitnessRiseFraction"/> of a fit kept <see cref="PadModelLearner.HeldWitnessKeptS"/>) holds
    /// the strong fit (<see cref="PadModelLearner.HoldsStrongFit"/>), and the coupling check stands on it as its witness once the
    /// adopted fit says full power cannot take the pad <see cref="SensorCouplingCheck.LongStretchHeadroomC"/> past the setpoint.
    /// Review 15a's slow pair loosening (folded-covered on the body, L1, both sensors loosening from 400 s over 1,800 s; seed 11,
    /// 1 s ticks) and a thick-slow heat-up whose early fits over-reach, sensors attached (the lying-down group's session 130030).
    /// </summary>
    public class HeldStrongFitTests
    {
        private static readonly (string Name, PadParameters Pad)[] Shipped = PadFile.LoadAllShipped();

        [Fact]
        // Measured: the 105.6 C fit (adopted at 152 s) collapses to 45.8 C at 441 s and is held; the reading falls 2 C behind it
        // and the first probe starts at about 780 s with the true surface at 36.4 C (main: first probe at 2,134 s, 56.5 C); its
        // answer 0.92 puts the coupling in doubt and the cap is the strong fit's holding duty, 0.18 (main: the collapsed fit's,
        // clamped to 1.00).
        public void SlowPairLoosening_UnderFullPower_TheStrongFitIsHeld_AndAsksBeforeTheSurfaceIsWarm()
        {
            var pad = FirstLandingPerturbation.Pad("folded-covered", "body");
            var run = new FaultRun(pad, 11);
            run.Start(1);
            const int onsetS = 400;
            PadModelLearner learner = run.Core.Controller.Learner;
            SensorCouplingCheck coupling = run.Core.Supervisor.Coupling;
            int heldAtS = -1, firstProbeAtS = -1, doubtAtS = -1;
            double surfaceAtProbeC = double.NaN, strongCeilingC = double.NaN, adoptedCeilingC = double.NaN, doubtCap = double.NaN;
            for (int s = 1; s <= 1500; s++)
            {
                SensorReading? first = null, second = null;
                if (s >= onsetS)
                {
                    first = FaultCampaign.LoosenedReading(pad, run.Sensor.Read(run.NowMs), s - onsetS, 1800.0);
                    second = FaultCampaign.LoosenedReading(pad, run.SecondSensor.Read(run.NowMs), s - onsetS, 1800.0);
                }

                run.TickPair(1000, first, second);
                if (heldAtS < 0 && learner.HoldsStrongFit)
                {
                    heldAtS = s;
                    strongCeilingC = learner.StrongFit.SteadySurfaceC(1.0, out _);
                    adoptedCeilingC = learner.Model.SteadySurfaceC(1.0, out _);
                }

                if (firstProbeAtS < 0 && coupling.ProbesAsked > 0)
                {
                    firstProbeAtS = s;
                    surfaceAtProbeC = run.Pad.SurfaceC;
                }

                if (doubtAtS < 0 && coupling.InDoubt)
                {
                    doubtAtS = s;
                }

                if (doubtAtS > 0 && s == doubtAtS + 20)
                {
                    // The cap is set on the tick after the answer (the doubt comes at the probe's end).
                    doubtCap = coupling.DutyCap;
                }
            }

            Assert.InRange(heldAtS, onsetS, onsetS + 100);
            Assert.True(strongCeilingC > 100.0 && adoptedCeilingC < 50.0, strongCeilingC.ToString("F1") + " / " + adoptedCeilingC.ToString("F1") + " C");
            Assert.True(learner.HoldsStrongFit, "still held at 1,500 s");
            Assert.InRange(firstProbeAtS, onsetS, 900);
            Assert.True(surfaceAtProbeC < 38.0, "surface at the first probe " + surfaceAtProbeC.ToString("F2") + " C");
            Assert.InRange(doubtCap, 0.0, 0.25);
        }

        [Fact]
        // thick-slow in free air at L1 (lain on at 841 s): its heat-up fit of 106.9 C (adopted at 184 s) gave way to 54.5 C at
        // 332 s, 148 s later, sensors attached. Held from 60 s of keeping, that over-reach stood as a witness the pad never was
        // and the session latched a false sensor_detached at 4,395 s; kept under HeldWitnessKeptS it is not held.
        public void ThickSlowHeatUp_AnEarlyOverReachingFit_IsNotHeld()
        {
            const int seed = 130030;
            bool everHeld = false;
            var r = LieDownLife.Run(LifeRoom.PadsIn(Shipped, LifeRoom.Of(seed)), seed, run => everHeld |= run.Core.Controller.Learner.HoldsStrongFit);

            Assert.Equal("thick-slow", r.Draw.PadName);
            Assert.False(everHeld);
            Assert.True(r.Fault == FaultCode.None, r.Fault + " at " + r.FaultAtS + " s");
        }
    }
}
