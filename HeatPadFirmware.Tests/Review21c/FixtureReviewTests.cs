using System;
using System.IO;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review21c
{
    /// <summary>
    /// Review 21c of fix20 (the element-calibration fixture on the device, record v2). Findings are skipped tests that fail on
    /// fix20 while the finding holds; guards pass. The pad is driven by FixtureHarness (the device fixture core on a simulated pad,
    /// sensor seed 11, chip Vref 1.2 V where stated: the sense reading 8 % low, the most power held).
    /// </summary>
    public class FixtureReviewTests
    {
        private const string Rom = "28FF23A10F1603C1";
        private static readonly string[] Pads = { "folded-covered", "free-air", "nominal-12v", "strong-60w", "thick-slow", "usb-10w" };

        private static FixtureHarness Covered(double bodyWPerK, bool withoutRelaxation) => new FixtureHarness
        {
            WithoutRelaxation = withoutRelaxation, BodyWPerK = bodyWPerK, FreeAir = false, SurfaceToAmbientScale = 0.2,
            CoreToAmbientScale = 0.2, ChipVrefV = 1.2, LayPlate = false, PairDetachedInPlate = true,
        };

        [Fact]
        public void A_pad_with_no_plate_and_its_pair_off_the_surface_is_stopped_in_the_plate_stage_as_without_the_relaxation()
        {
            foreach (double body in new[] { 0.0, 0.5 })
            {
                FixtureProbe fix = Covered(body, false).Run(PadFile.LoadShipped("folded-covered"), 11);
                FixtureProbe bare = Covered(body, true).Run(PadFile.LoadShipped("folded-covered"), 11);
                Assert.True(bare.Dose < 0.2 && bare.PeakSurfaceC < 46.0, "without relaxation " + bare);
                Assert.True(fix.Dose < 1.0 && fix.PeakSurfaceC < SafetyLimits.OverTemperatureC, "fix20 body " + body + ": " + fix);
            }
        }

        [Fact]
        public void The_fixture_mode_with_a_person_and_the_pair_off_the_surface_never_reaches_a_burn_dose()
        {
            foreach (string name in Pads)
            {
                var h = new FixtureHarness { BodyWPerK = 0.5, FreeAir = false, SurfaceToAmbientScale = 0.2, CoreToAmbientScale = 0.2, ChipVrefV = 1.2, LayPlate = false, PairDetachedFromStart = true, PressDelayS = -1 };
                FixtureProbe r = h.Run(PadFile.LoadShipped(name), 11);
                Assert.True(r.Dose < 1.0, name + ": " + r);
            }
        }

        [Fact]
        public void A_person_lying_on_the_pad_in_the_fixture_mode_with_the_pair_on_the_surface_gets_no_burn_dose()
        {
            // Guard: the room check at the baseline's end (element over 24.5 C under a body) refuses the heat on 4 of 6 pads; the
            // others (folded-covered, thick-slow) hold 25 W under the body at 37.9 / 39.2 C (3 W/K), or are stopped by the pair's 47 C
            // (true surface up to 48.4 C, dose 0.165: nominal-12v under 0.5 W/K and a cover; the pair lags the surface).
            foreach (double body in new[] { 0.5, 1.5, 3.0 })
            {
                foreach (string name in Pads)
                {
                    var h = new FixtureHarness { BodyWPerK = body, FreeAir = false, SurfaceToAmbientScale = 0.3, CoreToAmbientScale = 0.3, ChipVrefV = 1.2, LayPlate = false };
                    FixtureProbe r = h.Run(PadFile.LoadShipped(name), 11);
                    Assert.True(r.Dose < 0.5 && r.PeakSurfaceC < 49.0, name + " body " + body + ": " + r);
                    Assert.Equal(0, r.HeatTicksAfterEnd);
                }
            }
        }

        [Fact]
        public void The_relaxation_is_what_lets_the_plate_stage_complete_on_every_shipped_pad()
        {
            // Guard: with the relaxation removed, strong-60w and usb-10w name sensor_detached under the plate (measured); with it, all complete.
            foreach (string name in Pads)
            {
                Assert.Equal(ElementFixtureStage.Done, new FixtureHarness().Run(PadFile.LoadShipped(name), 11).Stage);
            }

            Assert.Equal(FaultCode.SensorDetached, new FixtureHarness { WithoutRelaxation = true }.Run(PadFile.LoadShipped("strong-60w"), 11).AbortFault);
        }

        [Fact]
        public void No_heat_follows_the_end_of_a_run_whatever_is_pressed_after_it()
        {
            // Program and Power pressed every 7 s after the end, a Power long press mid-heat, a second Program press in the plate stage.
            foreach (string name in Pads)
            {
                var h = new FixtureHarness
                {
                    ExtraTicks = 900,
                    ExtraPresses = (t, stage, q) =>
                    {
                        if (stage == ElementFixtureStage.Plate && t % 50 == 0) { q.Add(ButtonId.Program, false); }
                        if ((stage == ElementFixtureStage.Done || stage == ElementFixtureStage.Aborted) && t % 7 == 0) { q.Add(ButtonId.Program, false); q.Add(ButtonId.Power, false); q.Add(ButtonId.Up, false); }
                        return true;
                    },
                };
                FixtureProbe done = h.Run(PadFile.LoadShipped(name), 11);
                Assert.Equal(ElementFixtureStage.Done, done.Stage);
                Assert.Equal(0, done.HeatTicksAfterEnd);

                var abort = new FixtureHarness
                {
                    ExtraTicks = 900,
                    ExtraPresses = (t, stage, q) =>
                    {
                        if (t == 1000) { q.Add(ButtonId.Power, true); }
                        if (t > 1000 && t % 7 == 0) { q.Add(ButtonId.Program, false); }
                        return true;
                    },
                };
                FixtureProbe aborted = abort.Run(PadFile.LoadShipped(name), 11);
                Assert.Equal(ElementFixtureStage.Aborted, aborted.Stage);
                Assert.Equal(1001, aborted.Ticks);
                Assert.Equal(0, aborted.HeatTicksAfterEnd);
            }
        }

        private static (ElementFixtureStage Stage, string Fit, ElementCalibration? Record, ElementCalibration Direct) FitOf(FixtureHarness h, string name)
        {
            var log = new StringWriter();
            h.Telemetry = log;
            FixtureProbe r = h.Run(PadFile.LoadShipped(name), 11);
            ElementCalibration direct = ElementCalibrationFixture.Calibrate(PadFile.LoadShipped(name), 11);
            var output = new StringWriter();
            var error = new StringWriter();
            int code = CalibrateCommand.FitTelemetry(output, error, new StringReader(log.ToString()), Rom);
            if (code == 0 && ElementCalibrationRecord.Parse(output.ToString(), Rom, out ElementCalibration c) == ElementCalibrationLoad.Loaded)
            {
                return (r.Stage, $"C x{c.CapacityJPerK / direct.CapacityJPerK:F3} G_cs x{c.ConductanceWPerK / direct.ConductanceWPerK:F3} G_ca {(c.RoomConductanceWPerK - direct.RoomConductanceWPerK) / direct.ConductanceWPerK:F3} of G_cs", c, direct);
            }

            return (r.Stage, "refused", null, direct);
        }

        private static void AssertRecordRefusedOrWithin(FixtureHarness h, string name, double fraction)
        {
            var (stage, fit, record, direct) = FitOf(h, name);
            if (record != null)
            {
                Assert.True(Math.Abs((record.ConductanceWPerK / direct.ConductanceWPerK) - 1.0) <= fraction, name + " " + stage + ": " + fit);
                Assert.True(Math.Abs((record.CapacityJPerK / direct.CapacityJPerK) - 1.0) <= fraction + 0.05, name + " " + stage + ": " + fit);
            }
        }

        // Review 21c MEDIUM (fixed in session 21, fit21): a run whose pair never touched the surface completed on 5 of 6 pads and
        // calibrate --telemetry wrote a record the device loaded (G_cs x3.61-6.59, G_ca -3.1 .. -6.1 of G_cs, lag 0 s). Now the
        // fit's physical checks refuse it (surface_follows, room_share, lag, heat_balance, residual; ElementFitChecks).
        [Fact]
        public void A_run_with_the_pair_off_the_surface_makes_no_record()
        {
            foreach (string name in Pads)
            {
                AssertRecordRefusedOrWithin(new FixtureHarness { PairDetachedFromStart = true }, name, 0.10);
            }
        }

        // Review 21c MEDIUM (fixed in session 21, fit21): a pad not at the room at switch-on made records with large errors (pad 24 C
        // in a 16 C room G_cs x1.13-1.28, C x0.60-1.00; 16.5 C in 22 C C x1.04-1.49; 20 C in 28 C C x1.16-1.23). Now refused:
        // baseline_drift (and plate_holds, heat_balance on some).
        [Fact]
        public void A_pad_not_at_the_room_at_switch_on_makes_no_record_off_by_more_than_ten_percent()
        {
            foreach (string name in Pads)
            {
                AssertRecordRefusedOrWithin(new FixtureHarness { RoomC = 16.0, PadStartC = 24.0 }, name, 0.10);
                AssertRecordRefusedOrWithin(new FixtureHarness { PadStartC = 16.5 }, name, 0.10);
                AssertRecordRefusedOrWithin(new FixtureHarness { RoomC = 28.0, PadStartC = 20.0 }, name, 0.10);
            }
        }

        // Review 21c MEDIUM (fixed in session 21, fit21): the plate never laid, the record was accepted on 4 of 6 pads (G_cs x0.834).
        // Now refused: plate_holds.
        [Fact]
        public void A_run_without_the_plate_makes_no_record()
        {
            foreach (string name in Pads)
            {
                AssertRecordRefusedOrWithin(new FixtureHarness { LayPlate = false }, name, 0.05);
            }
        }

        [Fact(Skip = "fix22 (session 22) finding: with the element held under 43 C the record against the simulated fixture's direct 30 W fit moves more than this guard's 1 % (G_cs) / 6 % (C): steady 1 s ticks already folded-covered C x1.060 G_cs x0.979, free-air / nominal-12v C x1.053 G_cs x0.966, strong-60w C x1.24 G_cs x0.93, thick-slow G_cs x0.96; ticks 0.8-1.2 s folded-covered C x1.067, strong-60w C x2.687 (main: G_cs within 0.8 %, C within 4.7 %). Supply steps and a 6 s stall still complete. calibrate --device: C / G_cs against the direct fit 95th 0.153 / 0.030 (main 0.023 / 0.006)")]
        public void Irregular_ticks_and_supply_steps_leave_the_record_within_five_percent()
        {
            // Guard: ticks 0.8-1.2 s (seeded): G_cs within 0.8 %, C within 4.7 % (usb-10w); a 13.2 -> 10.8 V step at 1,500 s: G_cs x0.992-1.034, C x0.934-1.041; a 6 s stall: done.
            foreach (string name in Pads)
            {
                var rnd = new Random(5);
                AssertRecordRefusedOrWithin(new FixtureHarness { TickMs = _ => 800 + rnd.Next(401) }, name, 0.01);
                AssertRecordRefusedOrWithin(new FixtureHarness { SupplyV = t => t < 1500 ? 13.2 : 10.8 }, name, 0.04);
                Assert.Equal(ElementFixtureStage.Done, new FixtureHarness { TickMs = t => t == 3000 ? 6000 : 1000 }.Run(PadFile.LoadShipped(name), 11).Stage);
            }
        }

        [Fact]
        public void A_plate_laid_a_minute_before_the_press_still_completes()
        {
            Assert.Equal(ElementFixtureStage.Done, new FixtureHarness { PlateLeadS = 60 }.Run(PadFile.LoadShipped("strong-60w"), 11).Stage);
        }

        // Review 21c MEDIUM (fixed in session 21, fit21): the sense-zero fingerprint passed 14.9 % of ordered pairs of 400 simulated
        // boards, 8,801 of them with sense scales more than 5 % apart (worst 17.9 %). The record (v3) is now bound to the board's
        // MAC: a record made on board i is refused on every other board j, whatever their sense zeros (each simulated board gets
        // a MAC of its own, as every ESP32 has; SimulatedHeaterSense seeds 1-400).
        [Fact]
        public void Another_board_whose_sense_scale_differs_by_more_than_five_percent_cannot_use_the_record()
        {
            const int n = 400;
            var zero = new double[n];
            var scale = new double[n];
            var mac = new string[n];
            var f = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance;
            for (int i = 0; i < n; i++)
            {
                var s = new SimulatedHeaterSense(i + 1);
                zero[i] = (double)typeof(SimulatedHeaterSense).GetField("_zeroCounts", f)!.GetValue(s)!;
                double gain = (double)typeof(SimulatedHeaterSense).GetField("_currentGain", f)!.GetValue(s)!;
                scale[i] = gain * HeaterSenseConversion.AdcVoltsPerCount / (double)typeof(SimulatedHeaterSense).GetField("_chipVoltsPerCount", f)!.GetValue(s)!;
                mac[i] = "240AC4" + (0x100000 + i).ToString("X6");
            }

            var fit = new ElementCalibration(412.5, 3.875, 0.42, 6.0);
            int loadedElsewhere = 0, loadedElsewhere5 = 0, loadedHome = 0;
            for (int i = 0; i < n; i++)
            {
                string record = HeatPadFirmware.Simulator.Output.ElementCalibrationRecordWriter.Write(Rom, mac[i], Math.Round(zero[i], 2), fit);
                loadedHome += ElementCalibrationRecord.Parse(record, Rom, mac[i], zero[i], out _, out _) == ElementCalibrationLoad.Loaded ? 1 : 0;
                for (int j = 0; j < n; j++)
                {
                    if (i != j && ElementCalibrationRecord.Parse(record, Rom, mac[j], zero[j], out _, out _) == ElementCalibrationLoad.Loaded)
                    {
                        loadedElsewhere++;
                        loadedElsewhere5 += Math.Abs((scale[j] / scale[i]) - 1.0) > 0.05 ? 1 : 0;
                    }
                }
            }

            Assert.Equal(n, loadedHome);
            Assert.Equal(0, loadedElsewhere5);
            Assert.Equal(0, loadedElsewhere);
        }

        [Fact]
        public void The_crc32_is_the_standard_check_value_and_a_v1_record_is_named_at_boot()
        {
            Assert.True(Crc32.TryComputeAscii("123456789", out uint crc));
            Assert.Equal(0xCBF43926u, crc);
            Assert.Contains("make the record again", ElementCalibrationRecord.NameOf(ElementCalibrationLoad.Unchecked));
        }
    }
}
