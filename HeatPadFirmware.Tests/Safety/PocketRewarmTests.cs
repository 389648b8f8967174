using System;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Session 6: the campaign's pocket group (sensor 2 in a pocket of its own) latched 19–25 of 400 normal-life sessions on
    /// seeds 1–3 — sensors_disagree when a cold pack laid over one pocket in every cool phase left that pocket 10–16 °C under
    /// the other, rewarming at the pad's own pace while the fusion held the other at the setpoint, and frozen_reading when a
    /// quiet sensor on the held pocket sat on one code while the other pocket rewarmed toward it. A sensor that answers the
    /// heat reads the pad; one off the pad does not.
    /// </summary>
    public class PocketRewarmTests
    {
        private const double RoomC = 22.0;

        private static readonly (string Name, PadParameters Pad)[] Pads =
            PadFile.LoadAllShipped();

        // A DS18B20's register: the simulated sensor's 1/16 °C steps.
        private static SensorReading Quantised(double c)
        {
            return SensorReading.Valid(SimulatedSensor.Quantise(c));
        }

        [Fact]
        public void Check_DoesNotLatch_WhileTheCoolerPocketRewarmsTowardTheHeldOne()
        {
            // The held pocket at 42 °C; the cooled one 13 °C under it, warming 0.003 °C/s (folded-covered's pace).
            var check = new SensorAgreementCheck();
            for (int s = 1; s <= 1500; s++)
            {
                double coolerC = 29.0 + (0.003 * s);
                Assert.Equal(FaultCode.None, check.Update(Quantised(42.0 + ((s % 2) * 0.0625)), Quantised(coolerC), 1.0, true, 0.5));
            }
        }

        [Fact]
        public void Check_StillLatches_WhenTheCoolerSensorWarmsSlowerThanTheHotter()
        {
            // A loosened sensor reads room + 0.3 × the pad's rise: it warms, at 0.3 of the pad's pace.
            var check = new SensorAgreementCheck();
            int latchS = -1;
            for (int s = 1; s <= 1500 && latchS < 0; s++)
            {
                double padC = 30.0 + (0.008 * s);
                double looseC = RoomC + (0.3 * (padC - RoomC));
                latchS = check.Update(Quantised(padC), Quantised(looseC), 1.0, true, 0.5) == FaultCode.SensorsDisagree ? s : -1;
            }

            Assert.True(latchS > 0, "a sensor warming at 0.3 of the pad's pace was never named");
        }

        [Fact]
        public void Check_DoesNotJudge_WhileHeatIsWantedAndNoneFlows()
        {
            // The hotter above a lowered setpoint: the heater is off, the cooler pocket falls, nothing answers anything.
            var check = new SensorAgreementCheck();
            for (int s = 1; s <= 1200; s++)
            {
                Assert.Equal(FaultCode.None, check.Update(Quantised(44.0 - (0.001 * s)), Quantised(30.0 - (0.003 * s)), 1.0, true, 0.0));
            }

            Assert.Equal(0.0, check.OverAllowanceS);
        }

        [Fact]
        public void Check_HoldsTheCount_WhileTheHeaterRunsAtFullPower_AndCountsOnceTheHeatIsTrimmed()
        {
            // A weak pad on its plateau: one pocket under the body at 35 °C, the other in an 18 °C room at 23 °C, both flat.
            var check = new SensorAgreementCheck();
            for (int s = 1; s <= 1800; s++)
            {
                Assert.Equal(FaultCode.None, check.Update(Quantised(35.0 + ((s % 2) * 0.0625)), Quantised(23.0), 1.0, true, 1.0));
            }

            Assert.Equal(0.0, check.OverAllowanceS);
            int latchS = -1;
            for (int s = 1; s <= 300 && latchS < 0; s++)
            {
                latchS = check.Update(Quantised(35.0 + ((s % 2) * 0.0625)), Quantised(23.0), 1.0, true, 0.9) == FaultCode.SensorsDisagree ? s : -1;
            }

            Assert.InRange(latchS, SensorAgreementCheck.ConfirmS - 1, SensorAgreementCheck.ConfirmS + 2);
        }

        [Theory]
        [InlineData(0.45, false)]
        [InlineData(0.25, true)]
        public void Check_HoldsTheCount_WhileTheCoolerFollowsThePadsRiseOverTheRoom_ByMoreThanTheShare(double share, bool latches)
        {
            // Both at the room first (the rise check's rooms), then the pad held 18 °C over it and the cooler sensor at the
            // given share of that rise: a folded pad's open pocket follows with 0.39-0.59, a loosened sensor with 0.3.
            var check = new SensorAgreementCheck();
            for (int s = 1; s <= 60; s++)
            {
                check.Update(Quantised(RoomC), Quantised(RoomC + 0.0625), 1.0, false, 0.0);
            }

            int latchS = -1;
            for (int s = 1; s <= 1800 && latchS < 0; s++)
            {
                double padC = RoomC + 18.0 + ((s % 2) * 0.0625);
                latchS = check.Update(Quantised(padC), Quantised(RoomC + (share * 18.0)), 1.0, true, 0.5) == FaultCode.SensorsDisagree ? s : -1;
            }

            Assert.Equal(latches, latchS > 0);
        }

        [Fact]
        public void Check_JudgesAgainAfterTheResumeGrace_WhenHeatFlowsAgainAfterAPause()
        {
            // A held pad with a sensor in the room air; the heat pauses for 5 min and resumes: the check waits the resume
            // grace, then names the sensor a minute later.
            var check = new SensorAgreementCheck();
            for (int s = 1; s <= 200; s++)
            {
                check.Update(Quantised(44.0 + ((s % 2) * 0.0625)), Quantised(RoomC), 1.0, true, 0.5);
            }

            for (int s = 1; s <= 300; s++)
            {
                Assert.Equal(FaultCode.None, check.Update(Quantised(44.0), Quantised(RoomC), 1.0, true, 0.0));
            }

            int latchS = -1;
            for (int s = 1; s <= 600 && latchS < 0; s++)
            {
                latchS = check.Update(Quantised(44.0 + ((s % 2) * 0.0625)), Quantised(RoomC), 1.0, true, 0.5) == FaultCode.SensorsDisagree ? s : -1;
            }

            Assert.InRange(latchS, SensorAgreementCheck.ResumeGraceS + SensorAgreementCheck.ConfirmS - 2, SensorAgreementCheck.ResumeGraceS + SensorAgreementCheck.ConfirmS + 2);
        }

        [Fact]
        public void Check_DoesNotCallAHeldSensorFrozen_WhileTheOtherRewarmsTowardIt()
        {
            var check = new SensorAgreementCheck();
            for (int s = 1; s <= 600; s++)
            {
                Assert.Equal(FaultCode.None, check.Update(SensorReading.Valid(40.0), Quantised(34.0 + (0.004 * s)), 1.0, true, 0.5));
            }
        }

        [Fact]
        public void Check_CallsASensorFrozen_WhenTheOtherPassesItAndMovesADegreeOn()
        {
            var check = new SensorAgreementCheck();
            int latchS = -1;
            for (int s = 1; s <= 900 && latchS < 0; s++)
            {
                latchS = check.Update(SensorReading.Valid(36.0), Quantised(34.0 + (0.01 * s)), 1.0, true, 0.5) == FaultCode.FrozenReading ? s : -1;
            }

            // The live sensor passes 36 °C at 200 s and is a degree past it at about 300 s (quantised: 297 s).
            Assert.InRange(latchS, 295, 302);
        }

        [Theory]
        [InlineData(170090, true)]
        [InlineData(270045, true)]
        [InlineData(270271, true)]
        [InlineData(270015, true)]
        [InlineData(270144, false)]
        public void Core_RaisesNoFault_InThePocketSessionsThatLatchedBeforeTheFix(int seed, bool contrast)
        {
            FaultCode fault = contrast
                ? FaultCampaign.RunContrastLife(Pads, seed, pocketSpread: true)
                : FaultCampaign.RunNormalLife(Pads, seed, pocketSpread: true);
            Assert.Equal(FaultCode.None, fault);
        }
    }
}
