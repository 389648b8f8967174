using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// Session 9, the pocket group's last false trips on seeds 1-6. 270161 (seed 2, contrast, 17.1 °C): thick-slow with the
    /// cold pack over pocket 1 and pocket 2 off the body; at each heat's start the fused reading sat on pocket 2 (the hotter,
    /// turning from its own fall) while pocket 1 climbed 0.04 °C/s under it, so the reading fell 2 °C behind the witness, the
    /// probe's pause saw pocket 1 overtake (answer −0.49), the coupling went into doubt for good and the cap (0.47) left
    /// pocket 2 on one code: <c>frozen_reading</c>. Session 10: in each of its three probes both pockets rose with no heat,
    /// pocket 1 (which then carries the fused reading) 2.8 °C and pocket 2 0.5–0.7 °C; such a probe gives no verdict
    /// (<see cref="SensorCouplingCheck.PocketRiseSpreadC"/>). 670190 (seed 6, 23.8 °C): usb-10w pre-heated in the air at full power,
    /// pocket 2 off the body sat on one code at its ceiling while the user lay on pocket 1.
    /// </summary>
    public class QuietPocketTests
    {
        private static SensorReading Quantised(double c)
        {
            return SensorReading.Valid(SimulatedSensor.Quantise(c));
        }

        [Fact]
        public void ContrastLife_KeepsHeatingWithoutDoubt_WhenTheColdPackedPocketClimbsUnderTheOtherPocketOffTheBody()
        {
            var pads = LifeRoom.PadsIn(PadFile.LoadAllShipped(), LifeRoom.Of(270161));
            bool everDoubted = false;
            double lowestCapFraction = 1.0;

            FaultCode fault = FaultCampaign.RunContrastLife(pads, 270161, run =>
            {
                everDoubted = everDoubted || run.Core.Supervisor.Coupling.EverDoubted;
                lowestCapFraction = Math.Min(lowestCapFraction, run.Core.Supervisor.Coupling.DutyCap);
            }, pocketSpread: true);

            Assert.Equal(FaultCode.None, fault);
            Assert.False(everDoubted);
            Assert.Equal(1.0, lowestCapFraction);
        }

        [Fact]
        public void NormalLife_RaisesNoFault_WhenAPocketOffTheBodyStandsStillAtTheWeakPadsCeiling()
        {
            var pads = LifeRoom.PadsIn(PadFile.LoadAllShipped(), LifeRoom.Of(670190));

            FaultCode fault = FaultCampaign.RunNormalLife(pads, 670190, pocketSpread: true);

            Assert.Equal(FaultCode.None, fault);
        }

        [Fact]
        public void Check_StillNamesACoolerFrozenSensor_OnAPadThatMayBurn()
        {
            var check = new SensorAgreementCheck();
            int latchS = -1;
            for (int s = 1; s <= 300 && latchS < 0; s++)
            {
                // Sensor 1 stopped converting at 30 °C in a heat-up; sensor 2 warms 0.02 °C/s away from it.
                FaultCode fault = check.Update(SensorReading.Valid(30.0), Quantised(30.0 + (0.02 * s)), 1.0, true, 1.0, true);
                latchS = fault == FaultCode.FrozenReading ? s : -1;
            }

            Assert.InRange(latchS, (int)SensorAgreementCheck.FrozenMinS, 120);
            Assert.Equal(0, check.FrozenSensorIndex);
        }

        [Fact]
        public void Check_NamesAHotterFrozenSensor_EvenOnAPadThatCannotBurn()
        {
            var check = new SensorAgreementCheck();
            int latchS = -1;
            for (int s = 1; s <= 300 && latchS < 0; s++)
            {
                // Sensor 1 stopped at 34 °C; sensor 2 cools 0.02 °C/s away from it (the frozen one is the hotter: it carries the fusion).
                FaultCode fault = check.Update(SensorReading.Valid(34.0), Quantised(34.0 - (0.02 * s)), 1.0, true, 1.0, false);
                latchS = fault == FaultCode.FrozenReading ? s : -1;
            }

            Assert.InRange(latchS, (int)SensorAgreementCheck.FrozenMinS, 120);
        }

        [Fact]
        public void Check_NamesACoolerFrozenSensorAtOnce_WhenThePadMayBurnAgain()
        {
            var check = new SensorAgreementCheck();
            int latchS = -1;
            for (int s = 1; s <= 400 && latchS < 0; s++)
            {
                // A weak pad seen at its ceiling (cannot burn) until 200 s, then folded: a higher ceiling, it may burn again.
                bool padMayBurn = s >= 200;
                FaultCode fault = check.Update(SensorReading.Valid(30.0), Quantised(30.0 + (0.02 * s)), 1.0, true, 1.0, padMayBurn);
                latchS = fault == FaultCode.FrozenReading ? s : -1;
            }

            Assert.Equal(200, latchS);
        }
    }
}
