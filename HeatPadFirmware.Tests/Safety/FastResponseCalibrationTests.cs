using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// <see cref="FastResponseCalibration"/>: the first approach's cut of full power, measured while the sensors are known
    /// attached, is the yardstick the coupling probe's verdict uses, re-judged against whichever model judges the probe
    /// (session 10, fastresp10: the learner's structure moved between the cut and the probes in every traced cool-room session).
    /// </summary>
    public class FastResponseCalibrationTests
    {
        private static PadThermalModel Pad(double coreTauS, double sensorLagS, double riseC)
        {
            return new PadThermalModel
            {
                CoreTauS = coreTauS,
                SurfaceTauS = 200.0,
                CoreLossRatio = 0.2,
                SurfaceLossRatio = 1.0,
                SensorLagS = sensorLagS,
                RiseC = riseC,
                SinkC = 30.0,
                AmbientC = 20.0,
            };
        }

        /// <summary>The model's sensor answer, °C, to <paramref name="deniedDuty"/> held for <paramref name="seconds"/> s from rest (1-s steps).</summary>
        private static double AnswerC(PadThermalModel model, double deniedDuty, int seconds)
        {
            var unit = new PadThermalModel();
            unit.CopyFrom(model);
            unit.SinkC = 0.0;
            unit.AmbientC = 0.0;
            double core = 0.0, surface = 0.0, sensor = 0.0;
            for (int s = 0; s < seconds; s++)
            {
                unit.Advance(1.0, deniedDuty, ref core, ref surface, ref sensor);
            }

            return sensor;
        }

        /// <summary>
        /// Heats <paramref name="pad"/> at full power for 600 s from 20 °C, feeding the calibration, then cuts the power to
        /// <paramref name="dutyAfterCut"/> for <paramref name="cutS"/> s. The calibration is started at the cut with the pad's own
        /// model and state (a perfect counterfactual: innovation 0, no trend), so what it measures is the pad's true answer.
        /// </summary>
        private static FastResponseCalibration Calibrate(PadThermalModel pad, double dutyAfterCut, int cutS)
        {
            var calibration = new FastResponseCalibration();
            double core = 20.0, surface = 20.0, sensor = 20.0;
            for (int s = 0; s < 600; s++)
            {
                pad.Advance(1.0, 1.0, ref core, ref surface, ref sensor);
                calibration.Step(1.0, 1.0, sensor, false);
            }

            Assert.True(calibration.StartsNow(dutyAfterCut));
            calibration.Step(1.0, dutyAfterCut, sensor, false);
            calibration.Start(pad, core, surface, sensor, 0.0, 0.0, 1.0);
            for (int s = 0; s < cutS; s++)
            {
                pad.Advance(1.0, dutyAfterCut, ref core, ref surface, ref sensor);
                calibration.Step(1.0, dutyAfterCut, sensor, false);
            }

            return calibration;
        }

        [Fact]
        public void Calibration_JudgesOne_BeforeAnyCut()
        {
            var calibration = new FastResponseCalibration();

            Assert.False(calibration.IsCalibrated);
            Assert.Equal(1.0, calibration.RatioFor(Pad(50.0, 12.0, 40.0)));
        }

        [Fact]
        public void Calibration_FindsTheModelRight_WhenTheModelIsThePad()
        {
            PadThermalModel pad = Pad(50.0, 12.0, 40.0);

            FastResponseCalibration calibration = Calibrate(pad, 0.0, 60);

            Assert.True(calibration.IsCalibrated);
            Assert.InRange(calibration.RatioFor(pad), 0.99, 1.01);
        }

        [Fact]
        public void Calibration_ScalesAnotherModel_ByThePadsAnswerOverThatModelsAnswer()
        {
            // The pad answers the cut through a 15 s lag and a 60 s core; the probe's model (the learner's later structure, 400449's
            // kind: a fast lag, a slow core and a large gain) answers the same denial differently: the ratio is the pad's answer over it.
            PadThermalModel pad = Pad(60.0, 15.0, 35.0);
            PadThermalModel probeModel = Pad(50.0, 6.0, 35.0);
            int seconds = 0;
            FastResponseCalibration calibration = CalibrateUntilDone(pad, ref seconds);

            double expected = AnswerC(pad, 1.0, seconds) / AnswerC(probeModel, 1.0, seconds);
            Assert.InRange(expected, 0.55, 0.9);
            Assert.InRange(calibration.RatioFor(probeModel), expected - 0.01, expected + 0.01);
        }

        [Fact]
        public void Calibration_CountsOnlyThePowerDenied_WhenTheCutIsNotClean()
        {
            // The soft approach lowers the duty rather than cutting it: at 0.6 after the cut, the pad's answer is 0.4 of a full
            // cut's, and so is the model's; the pad's own model must still come out right.
            PadThermalModel pad = Pad(50.0, 12.0, 40.0);

            FastResponseCalibration calibration = Calibrate(pad, 0.6, 60);

            Assert.True(calibration.IsCalibrated);
            Assert.InRange(calibration.RatioFor(pad), 0.98, 1.02);
        }

        [Fact]
        public void Calibration_KeepsNothing_WhenFullPowerReturnsBeforeTheShortestProbe()
        {
            PadThermalModel pad = Pad(50.0, 12.0, 40.0);
            FastResponseCalibration calibration = Calibrate(pad, 0.0, 20);

            calibration.Step(1.0, 1.0, 45.0, false);

            Assert.False(calibration.IsCalibrated);
            Assert.Equal(1.0, calibration.RatioFor(pad));
        }

        [Fact]
        public void Calibration_StartsNoMore_AfterTheFirstHeatEnds()
        {
            var calibration = new FastResponseCalibration();
            calibration.Step(1.0, 1.0, 25.0, false);

            calibration.Close();

            Assert.False(calibration.StartsNow(0.0));
        }

        [Fact]
        public void Calibration_MayStart_WhenClosedBeforeAnyHeat()
        {
            // Power-on ticks before the first heat count as "heat not wanted": they must not close the calibration.
            var calibration = new FastResponseCalibration();
            calibration.Step(1.0, 0.0, 20.0, false);
            calibration.Close();
            calibration.Step(1.0, 1.0, 21.0, false);

            Assert.True(calibration.StartsNow(0.0));
        }

        [Fact]
        public void Calibration_StartsNoMore_AfterFiveMinutesInTheHoldBand()
        {
            var calibration = new FastResponseCalibration();
            for (int s = 0; s < (int)FastResponseCalibration.ReachedCloseS; s++)
            {
                calibration.Step(1.0, 1.0, 40.0, true);
            }

            Assert.False(calibration.StartsNow(0.0));
        }

        private static FastResponseCalibration CalibrateUntilDone(PadThermalModel pad, ref int seconds)
        {
            var calibration = new FastResponseCalibration();
            double core = 20.0, surface = 20.0, sensor = 20.0;
            for (int s = 0; s < 600; s++)
            {
                pad.Advance(1.0, 1.0, ref core, ref surface, ref sensor);
                calibration.Step(1.0, 1.0, sensor, false);
            }

            calibration.Step(1.0, 0.0, sensor, false);
            calibration.Start(pad, core, surface, sensor, 0.0, 0.0, 1.0);
            seconds = 0;
            while (!calibration.IsCalibrated && seconds < 120)
            {
                pad.Advance(1.0, 0.0, ref core, ref surface, ref sensor);
                calibration.Step(1.0, 0.0, sensor, false);
                seconds++;
            }

            return calibration;
        }
    }
}
