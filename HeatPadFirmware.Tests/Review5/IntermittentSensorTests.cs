using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review5
{
    /// <summary>
    /// Review 5, finding 4: a sensor that fails 3 reads in 4 (never 4 in a row, so never sensor_lost) leaves the fusion to
    /// the other sensor on those ticks. When the one that drops out is the hotter, the controller, the burn dose and the
    /// over-temperature limit see the cooler one 3 ticks in 4.
    /// </summary>
    public class IntermittentSensorTests
    {
        private static (double PeakC, FaultCode Fault) HoldLevelFive(string padName, bool intermittent)
        {
            // Sensor 2 reads 1.4 °C low (inside the agreement check's 1.5 °C allowance: no fault by design).
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new PairRun(pad, 1, pad.With(sensorBiasC: -1.4));
            if (intermittent)
            {
                run.FirstReading = (tick, reading) => tick > 200 && tick % 4 != 0 ? SensorReading.Invalid : reading;
            }

            run.Start(5);
            run.RunFor(600);
            double peakC = double.NegativeInfinity;
            for (int s = 0; s < 1200 && run.Last.Fault == FaultCode.None; s++)
            {
                run.Tick();
                peakC = System.Math.Max(peakC, run.Pad.SurfaceC);
            }

            return (peakC, run.FirstFault);
        }

        [Theory(Skip = "finding 4: sensor 1 (the hotter) valid 1 read in 4: folded-covered held at 46.2 °C instead of 44.4 °C (strong-60w 45.2 vs 44.6), no fault in 30 min")]
        [InlineData("folded-covered")]
        [InlineData("strong-60w")]
        public void Core_HoldsThePadWhereItsGoodSensorsWould_WhenTheHotterSensorFailsThreeReadsInFour(string padName)
        {
            (double steadyPeakC, FaultCode steadyFault) = HoldLevelFive(padName, false);
            (double flakyPeakC, FaultCode flakyFault) = HoldLevelFive(padName, true);

            Assert.Equal(FaultCode.None, steadyFault);
            Assert.True(flakyFault != FaultCode.None || flakyPeakC <= steadyPeakC + 0.3,
                $"{padName}: peak {flakyPeakC:F2} °C with the hotter sensor failing 3 reads in 4, {steadyPeakC:F2} °C without; fault {flakyFault}");
        }

        [Theory]
        [InlineData("nominal-12v")]
        [InlineData("strong-60w")]
        public void Core_StopsTheHeat_WithinThreeMinutes_WhenSensorOneFallsOffWhileSensorTwoFailsEveryOtherRead(string padName)
        {
            // Checked and sound: the brief's case (a glitching sensor 2 while sensor 1 is detached: fused flips between
            // the two). On main the single-reading detached check latches on the fused reading's 20 °C drops within
            // 10 s; with finding 4's fix (hold a missing sensor's last trusted reading) sensors_disagree latches instead.
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new PairRun(pad, 1);
            run.SecondReading = (tick, reading) => tick > 400 && tick % 2 != 0 ? SensorReading.Invalid : reading;
            run.Start(5);
            run.RunFor(400);
            Assert.Equal(FaultCode.None, run.FirstFault);
            long onsetMs = run.NowMs;
            double peakAtOnsetC = run.PeakSurfaceC;
            run.Sensor1.Detached = true;
            run.RunFor(600);

            Assert.True(run.FirstFault == FaultCode.SensorDetached || run.FirstFault == FaultCode.SensorsDisagree, $"fault {run.FirstFault}");
            Assert.InRange(run.FirstFaultMs - onsetMs, 1, 180_000);
            Assert.True(run.PeakSurfaceC <= System.Math.Max(peakAtOnsetC, 45.0), $"peak {run.PeakSurfaceC:F2} °C");
        }
    }
}
