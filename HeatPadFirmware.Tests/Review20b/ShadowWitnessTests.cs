using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review20b
{
    /// <summary>Review 20b's instrument (<see cref="CalibrationErrorShadow"/>): a shadow witness is the core's own, tick for tick.</summary>
    public class ShadowWitnessTests
    {
        [Theory]
        [InlineData("nominal-12v", 0.2, 2001)]
        [InlineData("thick-slow", 1.0, 2002)]
        [InlineData("strong-60w", 0.5, 2003)]
        public void TheShadowWitness_MatchesTheCoresOwn_TickForTick(string padName, double view, int seed)
        {
            PadParameters pad = PadFile.LoadShipped(padName).With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: 0.3);
            var run = new FaultRun(pad, seed);
            run.FitElementSensor(ElementCalibrationKind.Factory);
            var shadow = new CalibrationErrorShadow(run, new[] { ElementCalibrationFixture.Calibrate(pad, seed) });
            run.Start(5);
            int judged = 0;
            int ownVerdictAtS = -1;
            for (int s = 1; s <= 1800 && run.Last.Fault == FaultCode.None; s++)
            {
                SensorReading a = run.Sensor.Read(run.NowMs + 1000);
                SensorReading b = run.SecondSensor.Read(run.NowMs + 1000);
                if (view < 1.0)
                {
                    a = SensorReading.Valid(SimulatedSensor.Quantise(pad.AmbientC + (view * (a.TemperatureC - pad.AmbientC))));
                    b = SensorReading.Valid(SimulatedSensor.Quantise(pad.AmbientC + (view * (b.TemperatureC - pad.AmbientC))));
                }

                run.TickPair(1000, a, b);
                shadow.Flush();
                ElementWitnessCheck own = run.Core.Supervisor.ElementWitness;
                ElementWitnessCheck copy = shadow.Shadows[0];
                Assert.Equal(own.Judged, copy.Judged);
                Assert.Equal(own.GapC, copy.GapC);
                Assert.Equal(own.Verdict, copy.Verdict);
                Assert.Equal(own.State, copy.State);
                judged += own.Judged ? 1 : 0;
                if (ownVerdictAtS < 0 && own.Verdict)
                {
                    ownVerdictAtS = (int)(run.NowMs / 1000);
                }
            }

            Assert.True(judged > 0, "never judged");
            // The shadow's verdict second is the core's own (the core latches sensor_detached on it since session 20).
            Assert.Equal(ownVerdictAtS, shadow.VerdictAtS[0]);
        }
    }
}
