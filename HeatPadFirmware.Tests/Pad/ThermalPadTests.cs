using System;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Pad
{
    public class ThermalPadTests
    {
        [Theory]
        [InlineData(1.0, 12.0, 3.0, 0.1)]
        [InlineData(0.4, 12.0, 3.0, 0.1)]
        [InlineData(1.0, 11.0, 6.0, 0.1)]
        [InlineData(1.0, 12.0, 0.0, 1.2)]
        [InlineData(0.0, 12.0, 3.0, 0.1)]
        public void Pad_SettlesOnTheAnalyticTwoNodeSteadyState(double dutyFraction, double supplyV, double bodyWPerK, double surfaceAmbientWPerK)
        {
            PadParameters p = PadTestData.Nominal().With(supplyVoltageV: supplyV, surfaceToBodyWPerK: bodyWPerK, surfaceToAmbientWPerK: surfaceAmbientWPerK);
            var pad = new ThermalPad(p);

            // Four hours: far beyond 20 slow time constants (≤ 190 s for these settings).
            for (int i = 0; i < 4 * 3600; i++)
            {
                pad.Step(1.0, dutyFraction, cutoffClosed: true);
            }

            double powerW = 70.0 * dutyFraction * (supplyV / 12.0) * (supplyV / 12.0);
            PadTestData.SteadyState(powerW, 2.0, 0.5, surfaceAmbientWPerK, bodyWPerK, 22.0, 34.0, out double coreC, out double surfaceC);
            Assert.Equal(coreC, pad.CoreC, 6);
            Assert.Equal(surfaceC, pad.SurfaceC, 6);

            // The balance equations themselves hold at the end state.
            double coreResidualW = powerW - 2.0 * (pad.CoreC - pad.SurfaceC) - 0.5 * (pad.CoreC - 22.0);
            double surfaceResidualW = 2.0 * (pad.CoreC - pad.SurfaceC) - surfaceAmbientWPerK * (pad.SurfaceC - 22.0) - bodyWPerK * (pad.SurfaceC - 34.0);
            Assert.InRange(coreResidualW, -1e-6, 1e-6);
            Assert.InRange(surfaceResidualW, -1e-6, 1e-6);

            Assert.True(pad.TryGetSteadyStateC(powerW, out double predictedCoreC, out double predictedSurfaceC));
            Assert.Equal(coreC, predictedCoreC, 9);
            Assert.Equal(surfaceC, predictedSurfaceC, 9);
        }

        [Theory]
        [InlineData(0.1)]
        [InlineData(1.0)]
        [InlineData(5.0)]
        [InlineData(30.0)]
        public void Pad_DeliveredEnergyEqualsStoredPlusLost_AtAnyStepLength(double stepS)
        {
            var pad = new ThermalPad(PadTestData.Nominal());
            double lostByTrapezoidJ = 0.0;
            int steps = (int)Math.Round(3600.0 / stepS);
            for (int i = 0; i < steps; i++)
            {
                // Duty 1, 0.35, 0 in 60 s blocks; the body leaves and a blanket covers the pad half way.
                int block = (int)Math.Floor(i * stepS / 60.0 + 1e-9);
                double dutyFraction = block % 3 == 0 ? 1.0 : (block % 3 == 1 ? 0.35 : 0.0);
                if (i == steps / 2)
                {
                    pad.SurfaceToBodyWPerK = 0.0;
                    pad.SurfaceToAmbientWPerK = 0.3;
                }

                double lossBeforeW = LossW(pad);
                pad.Step(stepS, dutyFraction, cutoffClosed: true);
                lostByTrapezoidJ += 0.5 * (lossBeforeW + LossW(pad)) * stepS;
            }

            Assert.True(pad.EnergyJ > 100000.0, "the run must deliver real energy for the balance to mean anything");

            // The pad's exact bookkeeping closes to rounding, whatever the step.
            double closureJ = pad.EnergyJ - pad.StoredJ - pad.LostToAmbientJ - pad.LostToBodyJ;
            Assert.InRange(closureJ, -1e-9 * pad.EnergyJ, 1e-9 * pad.EnergyJ);

            // With short steps it agrees with losses integrated here from the temperatures alone (trapezoid).
            if (stepS <= 0.1)
            {
                double independentClosureJ = pad.EnergyJ - pad.StoredJ - lostByTrapezoidJ;
                Assert.InRange(independentClosureJ, -1e-4 * pad.EnergyJ, 1e-4 * pad.EnergyJ);
            }
        }

        private static double LossW(ThermalPad pad)
        {
            return 0.5 * (pad.CoreC - 22.0) + pad.SurfaceToAmbientWPerK * (pad.SurfaceC - 22.0) + pad.SurfaceToBodyWPerK * (pad.SurfaceC - 34.0);
        }

        [Theory]
        [InlineData(6.0, 0.25)]
        [InlineData(11.0, 121.0 / 144.0)]
        [InlineData(13.2, 1.21)]
        [InlineData(0.0, 0.0)]
        public void HeaterPower_ScalesWithTheSquareOfTheSupplyVoltage(double supplyV, double expectedRatio)
        {
            var pad = new ThermalPad(PadTestData.Nominal());
            pad.SupplyVoltageV = supplyV;

            Assert.Equal(70.0 * expectedRatio, pad.HeaterPowerW(1.0, cutoffClosed: true), 9);
            Assert.Equal(70.0 * expectedRatio * 0.5, pad.HeaterPowerW(0.5, cutoffClosed: true), 9);

            pad.Step(100.0, 0.5, cutoffClosed: true);
            Assert.Equal(70.0 * expectedRatio * 0.5 * 100.0, pad.EnergyJ, 6);
        }

        [Fact]
        public void Pad_FiveSecondStepsAgreeWithTenthOfASecondSteps()
        {
            var coarse = new ThermalPad(PadTestData.Nominal());
            var fine = new ThermalPad(PadTestData.Nominal());
            for (int block = 0; block < 720; block++)
            {
                // A duty that changes every 5 s, held over each block in both runs.
                double dutyFraction = ((block * 37) % 11) / 10.0;
                bool cutoffClosed = block % 13 != 0;
                coarse.Step(5.0, dutyFraction, cutoffClosed);
                for (int i = 0; i < 50; i++)
                {
                    fine.Step(0.1, dutyFraction, cutoffClosed);
                }
            }

            Assert.True(coarse.SurfaceC > 30.0, "the pad must have warmed for the comparison to mean anything");
            Assert.Equal(fine.CoreC, coarse.CoreC, 8);
            Assert.Equal(fine.SurfaceC, coarse.SurfaceC, 8);
            Assert.Equal(fine.EnergyJ, coarse.EnergyJ, 6);
            Assert.Equal(fine.LostToBodyJ, coarse.LostToBodyJ, 5);
        }

        [Fact]
        public void Pad_MatchesAFineRungeKuttaIntegrationOfTheEquations()
        {
            var pad = new ThermalPad(PadTestData.Nominal());
            double coreC = 22.0, surfaceC = 22.0;
            for (int second = 0; second < 900; second++)
            {
                double powerW = second < 400 ? 70.0 : 20.0;
                pad.Step(1.0, powerW / 70.0, cutoffClosed: true);
                for (int i = 0; i < 100; i++)
                {
                    RungeKutta4(ref coreC, ref surfaceC, powerW, 0.01);
                }
            }

            Assert.Equal(coreC, pad.CoreC, 7);
            Assert.Equal(surfaceC, pad.SurfaceC, 7);
        }

        private static void RungeKutta4(ref double coreC, ref double surfaceC, double powerW, double h)
        {
            Derivative(coreC, surfaceC, powerW, out double k1c, out double k1s);
            Derivative(coreC + 0.5 * h * k1c, surfaceC + 0.5 * h * k1s, powerW, out double k2c, out double k2s);
            Derivative(coreC + 0.5 * h * k2c, surfaceC + 0.5 * h * k2s, powerW, out double k3c, out double k3s);
            Derivative(coreC + h * k3c, surfaceC + h * k3s, powerW, out double k4c, out double k4s);
            coreC += h / 6.0 * (k1c + 2 * k2c + 2 * k3c + k4c);
            surfaceC += h / 6.0 * (k1s + 2 * k2s + 2 * k3s + k4s);
        }

        private static void Derivative(double coreC, double surfaceC, double powerW, out double coreRate, out double surfaceRate)
        {
            coreRate = (powerW - 2.0 * (coreC - surfaceC) - 0.5 * (coreC - 22.0)) / 120.0;
            surfaceRate = (2.0 * (coreC - surfaceC) - 0.1 * (surfaceC - 22.0) - 3.0 * (surfaceC - 34.0)) / 200.0;
        }

        [Fact]
        public void Pad_WithTheHeaterOpen_GetsNoHeatAtFullDuty()
        {
            var broken = new ThermalPad(PadTestData.Nominal()) { HeaterOpen = true };
            var unpowered = new ThermalPad(PadTestData.Nominal());
            for (int i = 0; i < 1800; i++)
            {
                broken.Step(1.0, 1.0, cutoffClosed: true);
                unpowered.Step(1.0, 0.0, cutoffClosed: false);
            }

            Assert.Equal(0.0, broken.HeaterPowerW(1.0, cutoffClosed: true));
            Assert.Equal(0.0, broken.EnergyJ);
            Assert.Equal(unpowered.SurfaceC, broken.SurfaceC, 12);
            Assert.Equal(unpowered.CoreC, broken.CoreC, 12);
        }

        [Fact]
        public void Pad_WithTheMosfetStuckOn_HeatsAtDutyZeroWhileTheCutoffIsClosed()
        {
            var pad = new ThermalPad(PadTestData.Nominal()) { HeaterStuckOn = true };

            Assert.Equal(70.0, pad.HeaterPowerW(0.0, cutoffClosed: true), 9);
            for (int i = 0; i < 600; i++)
            {
                pad.Step(1.0, 0.0, cutoffClosed: true);
            }

            Assert.Equal(70.0 * 600.0, pad.EnergyJ, 6);
            Assert.True(pad.SurfaceC > 35.0, $"surface {pad.SurfaceC} °C after 10 min stuck on");
        }

        [Fact]
        public void Pad_WithTheMosfetStuckOn_StaysColdOnceTheCutoffOpens()
        {
            var stuck = new ThermalPad(PadTestData.Nominal()) { HeaterStuckOn = true };
            var unpowered = new ThermalPad(PadTestData.Nominal());
            for (int i = 0; i < 600; i++)
            {
                stuck.Step(1.0, 1.0, cutoffClosed: false);
                unpowered.Step(1.0, 0.0, cutoffClosed: false);
            }

            Assert.Equal(0.0, stuck.HeaterPowerW(1.0, cutoffClosed: false));
            Assert.Equal(0.0, stuck.EnergyJ);
            Assert.Equal(unpowered.SurfaceC, stuck.SurfaceC, 12);
        }

        [Theory]
        [InlineData(double.NaN, 0.0)]
        [InlineData(-0.5, 0.0)]
        [InlineData(2.0, 1.0)]
        [InlineData(double.PositiveInfinity, 1.0)]
        [InlineData(0.25, 0.25)]
        public void HeaterPower_ClampsDutyToZeroToOne_AndNaNMeansNoHeat(double dutyFraction, double effectiveDuty)
        {
            var pad = new ThermalPad(PadTestData.Nominal());

            Assert.Equal(70.0 * effectiveDuty, pad.HeaterPowerW(dutyFraction, cutoffClosed: true), 12);
        }

        [Theory]
        [InlineData(-1.0)]
        [InlineData(double.NaN)]
        [InlineData(double.PositiveInfinity)]
        public void Step_RefusesANegativeOrNonFiniteStep(double dtS)
        {
            var pad = new ThermalPad(PadTestData.Nominal());

            Assert.Throws<ArgumentOutOfRangeException>(() => pad.Step(dtS, 1.0, cutoffClosed: true));
            Assert.Equal(22.0, pad.CoreC);
        }

        [Fact]
        public void Pad_RunsHotterWhenTheBodyLeavesAndTheBlanketCoversIt()
        {
            var pad = new ThermalPad(PadTestData.Nominal());
            for (int i = 0; i < 3600; i++)
            {
                pad.Step(1.0, 0.6, cutoffClosed: true);
            }

            double onBodyC = pad.SurfaceC;
            pad.SurfaceToBodyWPerK = 0.0;
            pad.SurfaceToAmbientWPerK = 0.3;
            for (int i = 0; i < 4 * 3600; i++)
            {
                pad.Step(1.0, 0.6, cutoffClosed: true);
            }

            Assert.True(pad.TryGetSteadyStateC(42.0, out _, out double coveredSteadyC));
            Assert.Equal(coveredSteadyC, pad.SurfaceC, 3);
            Assert.True(pad.SurfaceC > onBodyC + 20.0, $"covered {pad.SurfaceC} °C vs on body {onBodyC} °C");
        }

        [Fact]
        public void TimeConstants_AreTheEigenvaluesOfTheTwoNodeSystem()
        {
            var pad = new ThermalPad(PadTestData.Nominal());

            // Characteristic polynomial of A: λ² − tr·λ + det = 0 must hold for −1/τ of both modes.
            double a11 = -2.5 / 120.0, a12 = 2.0 / 120.0, a21 = 2.0 / 200.0, a22 = -5.1 / 200.0;
            foreach (double tauS in new[] { pad.SlowTimeConstantS, pad.FastTimeConstantS })
            {
                double lambda = -1.0 / tauS;
                double residual = lambda * lambda - (a11 + a22) * lambda + (a11 * a22 - a12 * a21);
                Assert.InRange(residual, -1e-12, 1e-12);
            }

            Assert.True(pad.SlowTimeConstantS > pad.FastTimeConstantS);
        }
    }
}
