using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>Two sensors on one pad: parting means one is off the pad; lag and a lifted cold pack do not.</summary>
    public class SensorAgreementCheckTests
    {
        private const double RoomC = 22.0;

        // A DS18B20's register: the simulated sensor's 1/16 °C steps.
        private static SensorReading Quantised(double c)
        {
            return SensorReading.Valid(SimulatedSensor.Quantise(c));
        }

        // A first-order sensor lag, exact for a input held over the step.
        private static double Lag(double sensorC, double inputC, double lagS, double dtS = 1.0)
        {
            return inputC + ((sensorC - inputC) * Math.Exp(-dtS / lagS));
        }

        [Fact]
        public void Check_LatchesSensorsDisagree_WithinThreeMinutes_WhenOneSensorFallsOffAHeldPad()
        {
            var check = new SensorAgreementCheck();
            double firstC = 44.0;
            double secondC = 44.0;
            int onsetS = (int)SensorAgreementCheck.HeatStartGraceS + 60;
            int latchS = -1;
            for (int s = 1; s <= 1200 && latchS < 0; s++)
            {
                // From the onset on, sensor 2 lies in the room air and follows it with a 20 s lag.
                secondC = s < onsetS ? 44.0 + ((s % 2) * 0.0625) : Lag(secondC, RoomC, 20.0);
                FaultCode fault = check.Update(Quantised(firstC + ((s % 3) * 0.0625)), Quantised(secondC), 1.0, true, 0.5);
                if (fault != FaultCode.None)
                {
                    Assert.Equal(FaultCode.SensorsDisagree, fault);
                    latchS = s;
                }
            }

            Assert.InRange(latchS - onsetS, SensorAgreementCheck.ConfirmS, 180.0);
        }

        [Fact]
        public void Check_NamesASensorOffThePadWhenTheHeatStarts_AfterTheGraceAndAMinute()
        {
            var check = new SensorAgreementCheck();
            int latchS = -1;
            for (int s = 1; s <= 1200 && latchS < 0; s++)
            {
                FaultCode fault = check.Update(Quantised(44.0 + ((s % 2) * 0.0625)), Quantised(RoomC + ((s % 3) * 0.0625)), 1.0, true, 0.5);
                latchS = fault == FaultCode.SensorsDisagree ? s : -1;
            }

            Assert.InRange(latchS, SensorAgreementCheck.HeatStartGraceS + SensorAgreementCheck.ConfirmS, SensorAgreementCheck.HeatStartGraceS + SensorAgreementCheck.ConfirmS + 2);
        }

        [Fact]
        public void Check_LatchesSensorsDisagree_WhenOneSensorSlowlyLoosensOverTenMinutes()
        {
            var check = new SensorAgreementCheck();
            int latchS = -1;
            double gapAtLatchC = 0.0;
            for (int s = 1; s <= 1800 && latchS < 0; s++)
            {
                // The pad holds 45 °C on sensor 2; sensor 1 reads room + w·(pad − room), w from 1 to 0.3 over 10 min.
                double w = s < 60 ? 1.0 : Math.Max(0.3, 1.0 - (0.7 * (s - 60) / 600.0));
                double padC = 45.0 + ((s % 2) * 0.0625);
                double firstC = RoomC + (w * (padC - RoomC));
                FaultCode fault = check.Update(Quantised(firstC), Quantised(padC), 1.0, true, 0.5);
                if (fault != FaultCode.None)
                {
                    Assert.Equal(FaultCode.SensorsDisagree, fault);
                    latchS = s;
                    gapAtLatchC = padC - firstC;
                }
            }

            Assert.True(latchS > 0, "a loosening sensor 16 °C under its partner must latch");
            Assert.InRange(gapAtLatchC, SensorAgreementCheck.BaseAllowanceC, SensorAgreementCheck.BaseAllowanceC + 2.5);
        }

        [Theory]
        [InlineData(5.0, 6.25)]
        [InlineData(30.0, 37.5)]
        [InlineData(40.0, 32.0)]
        public void Check_StaysQuiet_ThroughAFullPowerHeatUp_WithLagsAQuarterApart(double firstLagS, double secondLagS)
        {
            var check = new SensorAgreementCheck();
            double surfaceC = RoomC;
            double firstC = RoomC;
            double secondC = RoomC;
            double coreC = RoomC;
            double previousSurfaceC = RoomC;
            double maxRateCPerS = 0.0;
            for (int s = 1; s <= 3600; s++)
            {
                // A strong thin pad (its surface climbs up to ≈ 0.3 °C/s, so the lag difference alone parts the sensors by
                // more than the base allowance): full power until the surface passes 45 °C, then a holding power.
                double power = surfaceC < 45.0 ? 1.0 : 0.12;
                coreC += (power * 1.5) - ((coreC - surfaceC) * 0.05);
                surfaceC += ((coreC - surfaceC) * 0.05) - ((surfaceC - RoomC) * 0.004);
                maxRateCPerS = Math.Max(maxRateCPerS, surfaceC - previousSurfaceC);
                previousSurfaceC = surfaceC;
                firstC = Lag(firstC, surfaceC, firstLagS);
                secondC = Lag(secondC, surfaceC, secondLagS);
                FaultCode fault = check.Update(Quantised(firstC), Quantised(secondC), 1.0, true, 0.5);
                Assert.True(fault == FaultCode.None, $"{fault} at {s} s: sensors {firstC:F2} / {secondC:F2} °C, allowance {check.AllowanceC:F2}");
            }

            Assert.True(maxRateCPerS > 0.2, $"the pad climbed at most {maxRateCPerS:F3} °C/s: not the strong pad the test needs");
        }

        [Fact]
        public void Check_StaysQuiet_WhenTheHeatResumesUnderASensorAColdPackChilled()
        {
            var check = new SensorAgreementCheck();
            double firstC = 40.0;
            double secondC = 40.0;
            for (int s = 1; s <= 1200; s++)
            {
                bool coolPhase = s >= 300 && s < 600;
                // In the cool phase a cold pack lies over sensor 2 only (it reads 15 °C); then both rewarm toward the pad.
                firstC = Lag(firstC, coolPhase ? 36.0 : 42.0, 60.0);
                secondC = Lag(secondC, coolPhase ? 15.0 : 42.0, coolPhase ? 30.0 : 90.0);
                FaultCode fault = check.Update(Quantised(firstC), Quantised(secondC + ((s % 2) * 0.0625)), 1.0, !coolPhase, coolPhase ? 0.0 : 0.5);
                Assert.True(fault == FaultCode.None, $"{fault} at {s} s: sensors {firstC:F2} / {secondC:F2} °C");
            }
        }

        [Fact]
        public void Check_NamesASensorOffThePad_ThroughShortContrastPhases_ByAddingUpItsJudgedTime()
        {
            // Heat phases of 290 s leave 50 s past the grace in each (less than ConfirmS); cool phases between them hold the count.
            var check = new SensorAgreementCheck();
            int latchS = -1;
            for (int s = 1; s <= 3600 && latchS < 0; s++)
            {
                bool heat = (s % 420) < 290;
                FaultCode fault = check.Update(Quantised(42.0 + ((s % 2) * 0.0625)), Quantised(RoomC + ((s % 3) * 0.0625)), 1.0, heat, heat ? 0.5 : 0.0);
                latchS = fault == FaultCode.SensorsDisagree ? s : -1;
            }

            Assert.True(latchS > 0 && latchS <= 2 * 420, $"named at {latchS} s");
        }

        [Fact]
        public void Check_CountsNothing_WhileNoHeatIsWanted()
        {
            var check = new SensorAgreementCheck();
            for (int s = 1; s <= 1800; s++)
            {
                Assert.Equal(FaultCode.None, check.Update(Quantised(40.0 + ((s % 2) * 0.0625)), Quantised(RoomC), 1.0, false, 0.0));
            }

            Assert.Equal(0.0, check.OverAllowanceS);
        }

        [Fact]
        public void Check_LatchesFrozenReading_WhenOneSensorStaysBitIdenticalWhileTheOtherWarmsUnderHeat()
        {
            var check = new SensorAgreementCheck();
            int latchS = -1;
            for (int s = 1; s <= 300 && latchS < 0; s++)
            {
                // Sensor 1 stopped converting at 30 °C; sensor 2 warms 0.02 °C/s (too slow to part them 1.5 °C in a minute).
                FaultCode fault = check.Update(SensorReading.Valid(30.0), Quantised(30.0 + (0.02 * s)), 1.0, true, 0.5);
                if (fault != FaultCode.None)
                {
                    Assert.Equal(FaultCode.FrozenReading, fault);
                    latchS = s;
                }
            }

            Assert.InRange(latchS, (int)SensorAgreementCheck.FrozenMinS, 120);
        }

        [Fact]
        public void Check_StaysQuiet_WhenOneQuietSensorSitsOnOneCodeInASteadyHold()
        {
            var check = new SensorAgreementCheck();
            for (int s = 1; s <= 3600; s++)
            {
                double secondC = 45.0 + ((s % 5 == 0) ? 0.0625 : 0.0) - ((s % 7 == 0) ? 0.0625 : 0.0);
                Assert.Equal(FaultCode.None, check.Update(SensorReading.Valid(45.0), SensorReading.Valid(secondC), 1.0, true, 0.5));
            }
        }

        [Fact]
        public void Check_JudgesNothingOnATickWithOneSensorUntrusted()
        {
            var check = new SensorAgreementCheck();
            for (int s = 1; s <= 600; s++)
            {
                Assert.Equal(FaultCode.None, check.Update(Quantised(45.0), SensorReading.Invalid, 1.0, true, 0.5));
            }

            Assert.Equal(0.0, check.OverAllowanceS);
        }
    }
}
