using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Simulator.Session;
using Xunit;

namespace HeatPadFirmware.Tests.Control
{
    public class HeatControllerTests
    {
        private static readonly TherapyConfig Config = new TherapyConfig();

        public static TheoryData<string, int> ShippedOnBodyCases()
        {
            var data = new TheoryData<string, int>();
            foreach (string name in PadFile.ShippedNames)
            {
                if (PadFile.LoadShipped(name).SurfaceToBodyWPerK <= 0.0)
                {
                    continue;
                }

                for (int level = 1; level <= TherapyConfig.LevelCount; level++)
                {
                    data.Add(name, level);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(ShippedOnBodyCases))]
        public void Surface_NeverExceedsSetpointByMoreThanThreeTenths_OnShippedOnBodyPads(string padName, int level)
        {
            var scenario = new SessionScenario { Pad = PadFile.LoadShipped(padName), Level = level, Program = TherapyProgram.Heat, Minutes = 40 };

            SessionTrace trace = SessionRunner.Run(scenario);

            double setpointC = Config.SetpointOfLevelC(level);
            double maxSurfaceC = double.NegativeInfinity;
            foreach (TraceSample sample in trace.Samples)
            {
                maxSurfaceC = Math.Max(maxSurfaceC, sample.SurfaceC);
                Assert.Equal(FaultCode.None, sample.Fault);
            }

            Assert.True(maxSurfaceC <= setpointC + 0.3, $"{padName} level {level}: surface peaked at {maxSurfaceC:0.00} C for a {setpointC:0.0} C setpoint");
        }

        [Fact]
        public void Duty_IsZero_WhenHeatIsNotWanted()
        {
            var loop = new ControlLoop(ControlLoop.Shipped("nominal-12v"));
            loop.Run(600, heatWanted: true, setpointC: 40.0);
            Assert.True(loop.Duty > 0.0, "the pad should be heating while heat is wanted");

            for (int i = 0; i < 120; i++)
            {
                Assert.Equal(0.0, loop.Tick(heatWanted: false, setpointC: 40.0));
            }
        }

        [Fact]
        public void Duty_IsZero_OnAnInvalidReading()
        {
            var controller = new HeatController();
            Assert.True(controller.Update(0, SensorReading.Valid(25.0), true, 40.0) > 0.0, "a cold pad should be heated");
            Assert.Equal(0.0, controller.Update(1000, SensorReading.Invalid, true, 40.0));
            Assert.Equal(0.0, controller.Update(2000, SensorReading.Valid(double.NaN), true, 40.0));
            Assert.Equal(0.0, controller.Update(3000, SensorReading.Valid(25.0), true, double.NaN));
        }

        [Fact]
        public void LongSaturatedHeatUp_OnAThickPad_DoesNotOvershoot()
        {
            var loop = new ControlLoop(ControlLoop.Shipped("thick-slow"));

            loop.Run(60 * 60, heatWanted: true, setpointC: 44.5);

            Assert.True(loop.MaxSurfaceC <= 44.8, $"surface peaked at {loop.MaxSurfaceC:0.00} C");
            Assert.True(loop.Pad.SurfaceC >= 44.0, $"surface ended at {loop.Pad.SurfaceC:0.00} C");
        }

        [Fact]
        public void UnreachableLevel_RunsFullPower_IsReported_ThenRecoversWithoutOvershoot()
        {
            var loop = new ControlLoop(ControlLoop.Shipped("nominal-12v"));
            loop.Pad.SupplyVoltageV = 9.0;

            loop.Run(30 * 60, heatWanted: true, setpointC: 44.5, trackMax: false);

            Assert.Equal(1.0, loop.Duty);
            Assert.True(loop.Controller.LevelUnreachable, "a plateau below the setpoint at full power must be reported");
            Assert.True(loop.Pad.SurfaceC < 44.0);

            loop.Pad.SupplyVoltageV = 12.0;
            loop.Run(30 * 60, heatWanted: true, setpointC: 44.5);

            Assert.False(loop.Controller.LevelUnreachable);
            Assert.True(loop.MaxSurfaceC <= 44.8, $"surface peaked at {loop.MaxSurfaceC:0.00} C after the supply came back");
            Assert.True(Math.Abs(loop.Pad.SurfaceC - 44.5) < 0.2, $"surface ended at {loop.Pad.SurfaceC:0.00} C");
        }

        [Fact]
        public void UnreachableLevel_IsNotAFault_InTheWholeCore()
        {
            PadParameters weak = ControlLoop.Shipped("nominal-12v").With(supplyVoltageV: 9.0);
            var scenario = new SessionScenario { Pad = weak, Level = 5, Program = TherapyProgram.Heat, Minutes = 40 };

            SessionTrace trace = SessionRunner.Run(scenario);

            TraceSample last = trace.Samples[trace.Samples.Count - 1];
            Assert.Equal(FaultCode.None, last.Fault);
            Assert.Equal(1.0, last.DutyFraction);
            Assert.True(last.SurfaceC < 44.0);
        }

        [Fact]
        public void LevelChange_IsBumpless_UpAndDown()
        {
            var loop = new ControlLoop(ControlLoop.Shipped("nominal-12v"));
            loop.Run(25 * 60, heatWanted: true, setpointC: 40.0, trackMax: false);
            double holdingDuty = loop.Duty;

            // Down: the duty must not jump up, and the surface must settle at the new setpoint from above.
            double firstDutyAfterDown = loop.Tick(true, 38.0);
            Assert.True(firstDutyAfterDown <= holdingDuty + 1e-9);
            loop.Run(20 * 60, heatWanted: true, setpointC: 38.0, trackMax: false);
            Assert.True(Math.Abs(loop.Pad.SurfaceC - 38.0) < 0.2, $"surface at {loop.Pad.SurfaceC:0.00} C after lowering to 38 C");

            // Up: no overshoot of the new setpoint.
            loop.MaxSurfaceC = double.NegativeInfinity;
            loop.Run(20 * 60, heatWanted: true, setpointC: 41.5);
            Assert.True(loop.MaxSurfaceC <= 41.8, $"surface peaked at {loop.MaxSurfaceC:0.00} C after raising to 41.5 C");
            Assert.True(Math.Abs(loop.Pad.SurfaceC - 41.5) < 0.2, $"surface at {loop.Pad.SurfaceC:0.00} C after raising to 41.5 C");
        }

        [Fact]
        public void ControllerUpdate_AllocatesNothing()
        {
            var loop = new ControlLoop(ControlLoop.Shipped("nominal-12v"));
            loop.Run(300, true, 40.0);

            long before = GC.GetAllocatedBytesForCurrentThread();
            loop.Run(600, true, 40.0);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.True(loop.Controller.HasModel);
            Assert.Equal(0L, allocated);
        }
    }
}
