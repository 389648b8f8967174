using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review19b;
using Xunit;

namespace HeatPadFirmware.Tests.Partial29b
{
    /// <summary>
    /// Session 29 (partial29b; measured, not landed; docs/safety.md "Session 29: a pair that loosens partly and settles, against the
    /// lying-down body, on the plain pad"): what the plain pad's learned model says about a pair that loosens partly and settles
    /// (both sensors reading room + w × (surface − room), w 1 → 0.65 over 300 s from 900 s and staying; the lead's scan of session 28)
    /// and about a body lain on a pad the learner fitted in free air. The model's open-loop surface for the held duty sees the
    /// loosening's hot surface (3–9 °C over the reading on thick-slow), but it sees a body's extra loss as a hotter surface too, as
    /// far over the reading (the lying-down group's thick-slow sessions: median 5.6 °C, 90th percentile 20.9 °C): a cap or a verdict
    /// on it alone leaves the lying-down users cold or trips them. Main's behaviour, pinned.
    /// </summary>
    public class LearnedSurfaceAtSettledLooseningTests
    {

        [Fact]
        public void LearnedModel_PredictsTheTrueSurfaceWithin1C_WhileTheSettledPairReads9CUnderIt_OnThickSlowIn22CRoom()
        {
            PadParameters p = LearnedInAirLoosening.FamilyPad("thick-slow").With(ambientC: 22.0, initialC: 22.0);
            var run = new FaultRun(p, 11);
            run.Start(3, TherapyProgram.Heat);
            double dutySum = 0.0;
            int dutyN = 0;
            for (int s = 1; s <= 2400; s++)
            {
                SensorReading? first = null, second = null;
                if (s >= 900)
                {
                    first = FaultCampaign.SettledReading(p, run.Sensor.Read(run.NowMs), s - 900, 0.65);
                    second = FaultCampaign.SettledReading(p, run.SecondSensor.Read(run.NowMs), s - 900, 0.65);
                }

                run.TickPair(1000, first, second);
                Assert.Equal(FaultCode.None, run.Last.Fault);
                if (s > 1500)
                {
                    dutySum += run.Last.DutyFraction;
                    dutyN++;
                }
            }

            double predictedC = run.Core.Controller.Learner.Model.SteadySurfaceC(dutySum / dutyN, out _);
            double surfaceC = run.Pad.SurfaceC;
            double readingC = run.Core.Supervisor.HotterReading.TemperatureC;

            // Measured on main: surface 49.31 °C, predicted 48.90 °C, reading 39.69 °C, no fault (past 48 °C from about 2,000 s).
            Assert.True(surfaceC > 48.0, "surface " + surfaceC);
            Assert.True(Math.Abs(predictedC - surfaceC) < 1.0, "predicted " + predictedC + " surface " + surfaceC);
            Assert.True(surfaceC - readingC > 8.0, "reading " + readingC);
        }

        [Fact]
        public void LearnedModel_PredictsASurface15CHotterThanTheTruth_ForABodyLainOnThickSlowLearnedInFreeAir_LyingDownSession130124()
        {
            const int session = 130124;
            var inRoom = LifeRoom.PadsIn(PadFile.LoadAllShipped(), LifeRoom.Of(session));
            LieDownDraw draw = LieDownLife.Draw(inRoom, session);
            Assert.Equal("thick-slow", draw.PadName);
            int tick = 0;
            double dutySum = 0.0;
            int dutyN = 0;
            double surfaceC = 0.0, readingC = 0.0;
            var model = new PadThermalModel();
            bool hasModel = false;
            var (_, fault, _) = LieDownLife.Run(inRoom, session, onTick: run =>
            {
                tick++;
                if (tick > draw.LieAtS + 300 && run.Last.Phase == SessionPhase.Heat && run.Last.SetpointC > 0.0)
                {
                    dutySum += run.Last.DutyFraction;
                    dutyN++;
                    surfaceC = run.Pad.SurfaceC;
                    readingC = run.Core.Supervisor.HotterReading.TemperatureC;
                }

                if (tick == draw.LieAtS + 1500 && run.Core.Controller.Learner.HasModel)
                {
                    model.CopyFrom(run.Core.Controller.Learner.Model);
                    hasModel = true;
                }
            });

            Assert.Equal(FaultCode.None, fault);
            Assert.True(hasModel);
            double predictedC = model.SteadySurfaceC(dutySum / dutyN, out _);

            // Measured on main: predicted 61.73 °C for the held duty 0.824, true surface 42.51 °C, reading 42.50 °C: the body's
            // loss reads to the free-air model as a surface 19 °C hotter, against the settled loosening's 9 °C (the test above).
            Assert.True(Math.Abs(readingC - surfaceC) < 0.5, "reading " + readingC + " surface " + surfaceC);
            Assert.True(predictedC - surfaceC > 15.0, "predicted " + predictedC + " surface " + surfaceC);
        }
    }
}
