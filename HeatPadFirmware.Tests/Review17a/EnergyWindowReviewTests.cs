using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review17a
{
    /// <summary>
    /// Review 17a of lead16's energy window on the heating watch (<c>HeatingFailedCheck.WitnessedWindowJ</c>, 3,000 J beside
    /// the 240 s while the element's current is witnessed; session 16, reverted after this review). Base main 799107c, change
    /// 88920db. On main (the window reverted) findings 1-4 are guards and the family corner's false alarm is the skipped test. With a witnessed element
    /// the watch's remaining job is a sensor that does not see the heat; on weak elements it is the FIRST and only verdict when
    /// both sensors are off the pad from power-on (they read the room, nothing else latches within an hour), so the energy
    /// window delays that verdict. No run found over 48 °C (weak elements plateau under 45 °C even folded in a 35 °C room).
    /// Faults seed 1 (lead16's build) and <c>restarts --cases</c> are byte-identical to main's.
    /// </summary>
    public class EnergyWindowReviewTests
    {
        private static PadParameters Folded(PadParameters pad)
        {
            return pad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: 0.3);
        }

        private static PadParameters FamilyPad(double ratedW, double supplyV)
        {
            return PadFile.LoadShipped("nominal-12v").With(heaterPowerW: ratedW, ratedVoltageV: 12.0, supplyVoltageV: supplyV, sensorBiasC: 0.0);
        }

        private static PadParameters Usb10W(double supplyV)
        {
            return PadFile.LoadShipped("usb-10w").With(supplyVoltageV: supplyV);
        }

        // Finding 1, MEDIUM (verdict later by > 60 s): both sensors off the pad from power-on (a pad used inside out, the sensor
        // strip out of its pockets) on a weak element. heating_failed is the first verdict on both trees; base 241 s, change:
        // usb-10w at 4.5 V folded 433 s (peak 30.36 -> 33.16 C), with the low-reading sense 449 s (33.31 C);
        // usb-10w at its rated 5 V 352 s (32.32 -> 34.68 C), low-reading sense 366 s; the family's 10 W at 10.8 V 437 s
        // (25.65 -> 27.77 C), low-reading sense 454 s. Lead's figure for the weakest element was 370 s: the sense of the
        // lead's own seed (11) reads the element's power ~14 % low, so the 3,000 J take ~17 % longer. In a 35 C room (out of the
        // design range) a 10 W family pad x0.5 folded peaks 41.14 -> 43.04 C: no run over 48 C, hence not HIGH.
        [Theory]
        [InlineData("usb-10w", 4.5, SenseCalibration.Seed11)] // change 433 s, peak 33.16 C (main 30.36 C)
        [InlineData("usb-10w", 4.5, SenseCalibration.ReadsLow)] // change 449 s, peak 33.31 C
        [InlineData("usb-10w", 5.0, SenseCalibration.Seed11)] // change 352 s, peak 34.68 C (main 32.32 C)
        [InlineData("usb-10w", 5.0, SenseCalibration.ReadsLow)] // change 366 s, peak 34.90 C
        [InlineData("family-10w", 10.8, SenseCalibration.Seed11)] // change 437 s, peak 27.77 C (main 25.65 C)
        [InlineData("family-10w", 10.8, SenseCalibration.ReadsLow)] // change 454 s, peak 27.91 C
        public void BothSensorsOffThePadFromPowerOn_WeakElementFolded_IsNamedWithinTheTimeWindow(string pad, double supplyV, SenseCalibration sense)
        {
            PadParameters p = Folded(pad == "usb-10w" ? Usb10W(supplyV) : FamilyPad(10.0, supplyV));

            EnergyWindowRun.Outcome outcome = EnergyWindowRun.Run(p, sense, true, 1200);

            Assert.True(outcome.Fault == FaultCode.HeatingFailed && outcome.FaultAtS <= 250, outcome.ToString());
        }

        // Finding 2, LOW (later by < 60 s; the claim "elements over 12.5 W are unchanged" is wrong): the window's energy is
        // counted from the sense's V_read x I_read, whose calibration spread is -18 % .. +23 % (ESP32 ADC Vref squared, gains),
        // so elements up to about 15 W true are stretched too. Both sensors off the pad from power-on, folded, base 241 s:
        // 16 W rated at 10.8 V (12.96 W true) 275 s (seed 11) / 286 s (low-reading); 18 W at 10.8 V (14.6 W) 246 / 255 s;
        // 12 W at 13.2 V (14.5 W) 247 / 256 s. The doc's "8.1 W: 370 s" is 433-454 s (finding 1).
        [Theory]
        [InlineData(16.0, 10.8, SenseCalibration.Seed11)] // change 275 s
        [InlineData(16.0, 10.8, SenseCalibration.ReadsLow)] // change 286 s
        [InlineData(18.0, 10.8, SenseCalibration.ReadsLow)] // change 255 s
        [InlineData(12.0, 13.2, SenseCalibration.ReadsLow)] // change 256 s
        public void BothSensorsOffThePadFromPowerOn_ElementOver12_5W_KeepsTheTimeWindow(double ratedW, double supplyV, SenseCalibration sense)
        {
            EnergyWindowRun.Outcome outcome = EnergyWindowRun.Run(Folded(FamilyPad(ratedW, supplyV)), sense, true, 1200);

            Assert.True(outcome.Fault == FaultCode.HeatingFailed && outcome.FaultAtS <= 250, outcome.ToString());
        }

        // Finding 3, MEDIUM (later by 67 s): a supply that sags inside the window lowers the counted power with it. 12 W rated
        // on 13.2 V (14.5 W: over 12.5 W, "unchanged" at a steady supply, 247 s with seed 11's sense), sagging to 10.8 V at
        // 120 s, both sensors off the pad from power-on, folded: base 241 s (peak 27.49 C), change 308 s (28.33 C).
        // 14 W: 241 -> 257 s; 17 W: 241 s on both.
        [Fact]
        public void BothSensorsOffThePadFromPowerOn_SupplySagInsideTheWindow_IsNamedWithinTheTimeWindow()
        {
            EnergyWindowRun.Outcome outcome = EnergyWindowRun.Run(Folded(FamilyPad(12.0, 13.2)), SenseCalibration.Seed11, true, 1200, 120, 10.8);

            Assert.True(outcome.Fault == FaultCode.HeatingFailed && outcome.FaultAtS <= 250, outcome.ToString());
        }

        // Finding 4, MEDIUM (a LOST verdict; peaks 34-45 C, none over 48 C, hence not HIGH): both sensors seeing only part of the
        // pad's rise from power-on (the strip on the wrong surface: the pad used inside out, pockets not pressed against it).
        // On main the 240 s window latches heating_failed at 241 s; the energy window waits long enough for the damped reading to
        // gain 1 C, the watch is satisfied and nothing names the pad afterwards (7,200 s watched), folded, 14 W rated:
        // 10.8 V, 20 % seen: no fault, peak 27.11 -> 34.29 C (room 22 C), 35.11 -> 42.29 C (room 30 C);
        // 12 V, 15 % seen, low-reading sense: no fault, peak 28.31 -> 37.06 C (room 22 C), 36.31 -> 45.06 C (room 30 C).
        // Later verdicts of the same class: 12 W at 10.8 V, 20 % seen: frozen_reading at 939 s (peak 31.85 C); 16 W at 10.8 V
        // x0.5 capacities, 10 % seen: frozen_reading at 509 s (35.42 C). Strong elements lose it on main already (below).
        [Theory]
        [InlineData(14.0, 10.8, 0.2, 22.0, SenseCalibration.Seed11)] // change: none, peak 34.29 C
        [InlineData(14.0, 10.8, 0.2, 30.0, SenseCalibration.Seed11)] // change: none, peak 42.29 C
        [InlineData(14.0, 12.0, 0.15, 30.0, SenseCalibration.ReadsLow)] // change: none, peak 45.06 C
        [InlineData(12.0, 10.8, 0.2, 22.0, SenseCalibration.Seed11)] // change: frozen_reading at 939 s, peak 31.85 C
        public void SensorsSeeingPartOfTheRiseFromPowerOn_WeakElementFolded_AreNamedWithinTheTimeWindow(double ratedW, double supplyV, double seenFraction, double roomC, SenseCalibration sense)
        {
            PadParameters pad = Folded(FamilyPad(ratedW, supplyV).With(ambientC: roomC, initialC: roomC));

            EnergyWindowRun.Outcome outcome = EnergyWindowRun.Run(pad, sense, false, 7200, -1, 0.0, seenFraction);

            Assert.True(outcome.Fault == FaultCode.HeatingFailed && outcome.FaultAtS <= 250, outcome.ToString());
        }

        // Pre-existing, HIGH on main and on the change alike (not the energy window's): the same fault on the strong nominal pad
        // (70 W at 12 V), folded, both sensors seeing 20 % of the rise from power-on: the damped reading gains 1 C within 240 s,
        // the watch is satisfied, and nothing names it in 3,600 s: peak 101.12 C, 3,404 s over 48 C (room 22 C; 10 % seen:
        // sensor_detached at 965 s, peak 93.51 C). One more member of issue 4's both-sensors-off-the-pad class (docs/safety.md).
        // Session 16 (view16): the class sized and traced, nothing separates it from real heavy pads on a body in the first heat-up.
        [Fact(Skip = "Review 17a, pre-existing HIGH (main 799107c and the change alike): nominal-12v folded, both sensors seeing 20 % of the rise from power-on: no verdict in 3,600 s, peak 101.12 C, 3,404 s over 48 C. Session 16 (view16, trace only): of 1,170 partial-view runs (shipped pads + family seed 1 x body / air / folded x levels 1 / 3 / 5 x views 0.1-0.7) 351 pass 48 C, none named before, 149 named after, 202 never; the surface passes 48 C at 197 s and a fifth view of the folded pad rises per joule faster than folded-covered really does, and its fit (951 J/K, 3.8 W/K to the room) lies inside real pads' (thick-slow on a body 1,339-1,511 J/K, 3.8-4.3 W/K): no rule separates them (docs/safety.md, Session 16: both sensors seeing part of the rise)")]
        public void SensorsSeeingAFifthOfTheRiseFromPowerOn_NominalPadFolded_AreNamedBeforeTheSurfacePasses48C()
        {
            EnergyWindowRun.Outcome outcome = EnergyWindowRun.Run(Folded(FamilyPad(70.0, 12.0)), SenseCalibration.Seed11, false, 3600, -1, 0.0, 0.2);

            Assert.True(outcome.Fault != FaultCode.None && outcome.PeakC < 48.0, outcome.ToString());
        }

        // The family corner's false alarm (passes with lead16's energy window, reverted after this review; main latches
        // heating_failed at 241 s in all of these): the claim itself. A grid of the
        // family's corners (10 / 12 / 14 / 17 / 60 W rated x 10.8 / 13.2 V x core and surface capacities x0.5 / x3 each x lags
        // 5 / 40 s x free air / body 2 / body 8 / folded x room 16 / 22 C x the seed-11 and the high-reading sense, 1,280 first
        // heat-ups of 1,200 s at level 5): main 16 heating_failed (10 W x3/x3 at 10.8 V: air lags 5 / 40 s, folded 40 s; 12 W
        // x3/x3 air 40 s; each in both rooms and both senses), the change none; no other fault on either tree. The margin is
        // thin with the high-reading sense: the same corner with capacities x3.6 (20 % past the range) latches at 310 s.
        [Theory(Skip = "Known gap (issue 3 / 4, session 16): the weakest element on the heaviest pad of issue 3's family (10-12 W rated on 10.8 V, capacities x3 / x3) latches a false heating_failed at 241 s in its first heat-up in free air or folded (its sensors gain 1 C after 268-296 s); lead16's energy window fixed it and was reverted: a partial-view sensor pair on a weak folded pad (finding 4) then goes unnamed, and the two cannot be told apart in the first heat-up")]
        [InlineData(10.0, 5.0, "air", 22.0)]
        [InlineData(10.0, 40.0, "air", 22.0)]
        [InlineData(10.0, 40.0, "air", 16.0)]
        [InlineData(10.0, 40.0, "folded", 22.0)]
        [InlineData(12.0, 40.0, "air", 22.0)]
        public void FamilyCorner_FirstHeatUp_RaisesNoFault_EvenWithASenseThatReadsHigh(double ratedW, double lagS, string condition, double roomC)
        {
            PadParameters nominal = PadFile.LoadShipped("nominal-12v");
            PadParameters pad = FamilyPad(ratedW, 10.8).With(coreCapacityJPerK: nominal.CoreCapacityJPerK * 3.0,
                surfaceCapacityJPerK: nominal.SurfaceCapacityJPerK * 3.0, sensorLagS: lagS, ambientC: roomC, initialC: roomC);
            pad = pad.With(secondSensorLagS: lagS, secondSensorBiasC: 0.0);
            pad = condition == "air" ? BenchPadFamily.InCondition(pad, "air") : Folded(pad);

            EnergyWindowRun.Outcome outcome = EnergyWindowRun.Run(pad, SenseCalibration.ReadsHigh, false, 1200);

            Assert.True(outcome.Fault == FaultCode.None, outcome.ToString());
        }
    }
}
