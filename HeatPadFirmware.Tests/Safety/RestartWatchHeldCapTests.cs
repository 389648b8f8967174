using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Issue 4, session 18: the response watch held past its bound (<see cref="RoomReadingCheck.RestartWatchHoldMaxS"/>). After a 300 s
    /// off with no rise, heat comes back at full power (or at the check's <see cref="RoomReadingCheck.DutyCap"/>, as the supervisor
    /// applies it) and the reading rises a fixed share of the learned model's response to the heat actually applied. A share short of
    /// <see cref="RoomReadingCheck.RestartWatchResponseFraction"/> by under a sensor step (<see cref="RoomReadingCheck.RestartWatchHoldShortfallC"/>)
    /// and rising is held: the cap limits the heat so the model's surface stays about at its rise at the bound; the hold latches at
    /// its end in time, or as the heat stops (an off press is judged, not dropped), and ends as "pad seen" when the share is reached.
    /// A share short by more latches at the bound as before (<see cref="RestartWatchModelResponseTests"/>).
    /// </summary>
    public class RestartWatchHeldCapTests
    {
        private const double RoomC = 22.0;
        private const double PowerW = 70.0;
        private const double BoundS = 72.0;

        private sealed class Run
        {
            public double TrippedAtS = double.NaN;
            public double LowestCapInHold = 1.0;
            public double SurfaceAtBoundC;
            public double HighestSurfaceInHoldC;
            public double CapAfterS = double.NaN;
        }

        /// <param name="share">Share of the model's sensor response the reading rises (0.145: short of 0.15 by well under a step).</param>
        /// <param name="jumpAtS">Second after the restart at which the reading jumps to 0.3 of the response (0: never).</param>
        /// <param name="offAtS">Second after the restart at which heat stops (0: never).</param>
        private static Run Drive(double share, int jumpAtS, int offAtS)
        {
            PadModelLearner learner = LearnedNominalInTheAir();
            var check = new RoomReadingCheck();
            double readingC = RoomReadingCheckFirstHeatUp.Learn(check, RoomC, PowerW);
            for (int s = 0; s < 300; s++)
            {
                readingC += ((RoomC + 1.5) - readingC) / 10.0;
                Assert.False(check.Update(readingC, 1.0, 0.0, false, PowerW, 0.0, true, false, learner));
            }

            var model = new PadThermalModel();
            model.CopyFrom(learner.Model);
            double coreC = 0.0, surfaceC = 0.0, sensorC = 0.0;
            double startC = readingC;
            var run = new Run();
            for (int s = 1; s <= 300; s++)
            {
                bool heat = offAtS == 0 || s < offAtS;
                double duty = heat ? check.DutyCap : 0.0;
                model.AdvanceResponse(1.0, duty, ref coreC, ref surfaceC, ref sensorC);
                readingC = startC + ((jumpAtS > 0 && s >= jumpAtS ? 0.3 : share) * sensorC);
                if (s == (int)BoundS)
                {
                    run.SurfaceAtBoundC = surfaceC;
                }

                if (s > BoundS)
                {
                    run.HighestSurfaceInHoldC = CoreMath.Max(run.HighestSurfaceInHoldC, surfaceC);
                }

                if (check.Update(readingC, 1.0, duty, heat, PowerW, duty, true, true, learner))
                {
                    run.TrippedAtS = s;
                    break;
                }

                if (s > BoundS && heat)
                {
                    run.LowestCapInHold = CoreMath.Min(run.LowestCapInHold, check.DutyCap);
                }

                if (jumpAtS > 0 && s == jumpAtS + 5)
                {
                    run.CapAfterS = check.DutyCap;
                }
            }

            return run;
        }

        [Fact]
        public void Check_HoldsAReadingShortByUnderAStep_WithTheHeatCapped_AndLatchesAtTheHoldsEnd()
        {
            Run run = Drive(0.145, 0, 0);

            Assert.True(run.TrippedAtS > BoundS && run.TrippedAtS <= BoundS + RoomReadingCheck.RestartWatchHoldMaxS, "tripped at " + run.TrippedAtS + " s");
            Assert.True(run.LowestCapInHold < 0.5, "lowest cap in the hold " + run.LowestCapInHold);
            // The model's surface in the hold: its rise at the bound and the coast of the core's stored heat (nominal-12v in the air:
            // 7.01 -> 8.66 C, measured), not the 50 s of full power's further rise.
            Assert.True(run.HighestSurfaceInHoldC < run.SurfaceAtBoundC + 2.0, "surface " + run.SurfaceAtBoundC.ToString("0.00") + " -> " + run.HighestSurfaceInHoldC.ToString("0.00") + " C");
        }

        [Fact]
        public void Check_EndsTheHoldAsPadSeen_WhenTheReadingReachesTheShare_AndLiftsTheCap()
        {
            Run run = Drive(0.145, 85, 0);

            Assert.True(double.IsNaN(run.TrippedAtS), "tripped at " + run.TrippedAtS + " s");
            Assert.True(run.LowestCapInHold < 0.5, "lowest cap in the hold " + run.LowestCapInHold);
            Assert.Equal(1.0, run.CapAfterS);
        }

        [Fact]
        public void Check_JudgesTheHeldWatch_WhenTheHeatStopsInsideTheHold()
        {
            Run run = Drive(0.145, 0, 80);

            Assert.Equal(80.0, run.TrippedAtS);
        }

        [Fact]
        public void Check_LatchesAtTheBound_AReadingShortByMoreThanAStep()
        {
            Run run = Drive(0.1, 0, 0);

            Assert.Equal(BoundS, run.TrippedAtS);
        }

        private static PadModelLearner LearnedNominalInTheAir()
        {
            PadParameters p = BenchPadFamily.InCondition(PadFile.LoadShipped("nominal-12v"), "air");
            var pad = new ThermalPad(p);
            var sensor = new SimulatedSensor(p, 4);
            PadModelLearner learner = Control.FullPowerHeatUpLearning.Learn(pad, sensor, 399);
            Assert.True(learner.HasModel);
            return learner;
        }
    }
}
