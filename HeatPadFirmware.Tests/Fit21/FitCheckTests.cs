using System;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review21c;
using Xunit;

namespace HeatPadFirmware.Tests.Fit21
{
    /// <summary>
    /// Session 21 (fit21): the fixture's fit refuses runs that cannot give a right record (<see cref="ElementFitChecks"/>), says
    /// why, and writes nothing; correct runs still make their records; the device refuses the values a bad run fits.
    /// </summary>
    public class FitCheckTests
    {
        private const string Rom = "28FF23A10F1603C1";
        private static readonly string[] Shipped = { "folded-covered", "free-air", "nominal-12v", "strong-60w", "thick-slow", "usb-10w" };

        private static string LogOf(FixtureHarness h, string pad, int seed)
        {
            var w = new StringWriter();
            h.Telemetry = w;
            h.Run(PadFile.LoadShipped(pad), seed);
            return w.ToString();
        }

        private static (int Code, string Output, string Error) Fit(string log) => TelemetryFit.Run(log, Rom);

        [Fact]
        public void Every_correct_device_run_still_makes_its_record_and_fails_no_physical_check()
        {
            // calibrate --device: 184 runs. Until session 24 one (strong-60w 12: C 9.0 J/K at the least-residual lag 14 s, under
            // the record's 10 J/K floor) was refused as out of range; since rec24 the telemetry fit keeps the least residual among
            // the in-range fits of its lag scan (strong-60w 12: lag 13 s, C 11 J/K, G_cs 4.941 W/K against the needed 4.939),
            // so every correct run makes its record.
            var output = new StringWriter();
            CalibrateCommand.ExecuteDevice(output, false);
            string text = output.ToString();
            Assert.Contains("184 runs, 184 fitted from telemetry, 0 refused", text);
            Assert.Contains("refused by the physical checks (session 21; a run may fail several): none", text);
        }

        [Theory]
        [InlineData("ticks")]
        [InlineData("supply step down")]
        [InlineData("supply step up")]
        [InlineData("vref 1.0")]
        [InlineData("vref 1.2")]
        public void Irregular_ticks_supply_steps_and_the_chips_vref_leave_every_shipped_pads_run_a_record(string condition)
        {
            foreach (string pad in Shipped)
            {
                for (int seed = 11; seed <= 12; seed++)
                {
                    FixtureHarness h = condition switch
                    {
                        "ticks" => new FixtureHarness { TickMs = IrregularTicks.Of(seed) },
                        "supply step down" => new FixtureHarness { SupplyV = t => t < 1500 ? 13.2 : 10.8 },
                        "supply step up" => new FixtureHarness { SupplyV = t => t < 2600 ? 10.8 : 13.2 },
                        "vref 1.0" => new FixtureHarness { ChipVrefV = 1.0 },
                        _ => new FixtureHarness { ChipVrefV = 1.2 },
                    };
                    var (code, _, error) = Fit(LogOf(h, pad, seed));
                    if (pad == "usb-10w" && condition.StartsWith("supply step", StringComparison.Ordinal))
                    {
                        // fix21 (merged with this): 25 W into the 10 W element on 13.2 V ends the run at the fixture's own limit
                        // (no log to fit: aborted, lost, never refused by a physical check of the fit).
                        Assert.True(code == 0 || error.Contains("the run was aborted"), $"{pad} {seed} {condition}: {error}");
                        Assert.DoesNotContain("no record: ", error);
                        continue;
                    }

                    Assert.True(code == 0, $"{pad} {seed} {condition}: {error}");
                }
            }
        }

        [Theory]
        [InlineData("pair off the surface from power-on")]
        [InlineData("no plate laid")]
        [InlineData("pad 24 C in a 16 C room")]
        [InlineData("pad 16.5 C in a 22 C room")]
        [InlineData("pad 20 C in a 28 C room")]
        public void Review_21c_bad_runs_make_no_record_on_any_shipped_pad(string condition)
        {
            foreach (string pad in Shipped)
            {
                for (int seed = 11; seed <= 12; seed++)
                {
                    FixtureHarness h = condition switch
                    {
                        "pair off the surface from power-on" => new FixtureHarness { PairDetachedFromStart = true },
                        "no plate laid" => new FixtureHarness { LayPlate = false },
                        "pad 24 C in a 16 C room" => new FixtureHarness { RoomC = 16.0, PadStartC = 24.0 },
                        "pad 16.5 C in a 22 C room" => new FixtureHarness { PadStartC = 16.5 },
                        _ => new FixtureHarness { RoomC = 28.0, PadStartC = 20.0 },
                    };
                    var (code, output, error) = Fit(LogOf(h, pad, seed));
                    Assert.True(code != 0, $"{pad} {seed} {condition}: a record was written");
                    Assert.Equal(string.Empty, output);
                    Assert.StartsWith("calibrate: ", error);
                }
            }
        }

        /// <summary>
        /// A correct run's log with the pair's two readings held at their first values in every T record: what a pair lying off
        /// the pad (at the room) shows the fit. Since fix21 the device's fixture run aborts such a run at its pair-tracking check,
        /// so no complete log of it comes from the device any more; the fit must still refuse one (a log from an older
        /// firmware, a mixed-up file), and these tests keep its checks tested.
        /// </summary>
        private static string PairAtTheRoom(string log)
        {
            var sb = new System.Text.StringBuilder();
            string? first2 = null;
            string? first7 = null;
            foreach (string line in log.Split('\n'))
            {
                string l = line.TrimEnd('\r');
                if (l.StartsWith("T,", StringComparison.Ordinal))
                {
                    string[] f = l.Split(',');
                    first2 ??= f[2];
                    first7 ??= f[7];
                    f[2] = first2;
                    f[7] = first7;
                    l = string.Join(",", f);
                }

                sb.Append(l).Append('\n');
            }

            return sb.ToString();
        }

        // Session 22 (fix22): the device holds the element under 43 C, so S3 rises 12-15 K and fix21's tracking line
        // (0.2 x S3's rise - 3 K) no longer ends a pair-off run on the device; the fit's surface_follows refuses it instead.
        [Fact]
        public void A_run_whose_pair_is_off_the_surface_from_power_on_makes_no_record()
        {
            var (code, output, error) = Fit(LogOf(new FixtureHarness { PairDetachedFromStart = true }, "nominal-12v", 11));
            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            Assert.True(error.Contains("the run was aborted", StringComparison.Ordinal) || error.Contains("no record: surface_follows: the pair rose", StringComparison.Ordinal), error);
        }

        [Fact]
        public void A_run_with_the_pair_off_the_surface_is_refused_with_each_failed_check_named()
        {
            var (code, output, error) = Fit(PairAtTheRoom(LogOf(new FixtureHarness(), "nominal-12v", 11)));
            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            Assert.Contains("no record: surface_follows: the pair rose", error);
            Assert.Contains("no record: lag:", error);
            Assert.Contains("repeat the fixture run", error);
        }

        [Fact]
        public void A_run_without_the_plate_makes_no_record_the_device_fixture_aborts_it_unproved()
        {
            // fit21 alone: refused by the fit's plate_holds check. With fix21 the device's run ends 120 s after the press when
            // S3 shows no plate (sensor_detached), before the fit sees a log; plate_holds stays the fit's second line
            // (FitCheckScan by hand measures it on the runs that reach the fit).
            var (code, _, error) = Fit(LogOf(new FixtureHarness { LayPlate = false }, "nominal-12v", 11));
            Assert.Equal(2, code);
            Assert.Contains("the run was aborted", error);
        }

        [Fact]
        public void A_pad_warmer_than_its_room_at_switch_on_is_refused_by_the_baseline_drift()
        {
            // Session 22 (fix22): the device itself refuses the heat when S3 drifts over 0.25 K in the baseline (the element's
            // bound takes the room from it), so the log ends aborted at the baseline's end; baseline_drift stays the fit's second line.
            var (code, _, error) = Fit(LogOf(new FixtureHarness { RoomC = 16.0, PadStartC = 24.0 }, "thick-slow", 11));
            Assert.Equal(2, code);
            Assert.True(error.Contains("no record: baseline_drift:", StringComparison.Ordinal) || error.Contains("the run was aborted at 121000 ms", StringComparison.Ordinal), error);
        }

        [Fact]
        public void The_values_a_pair_off_run_fits_are_refused_by_the_device_even_if_the_PC_wrote_them()
        {
            // A PC-side bug that skipped the checks: the record of the run's raw fit, loaded on its own board.
            string log = PairAtTheRoom(LogOf(new FixtureHarness(), "nominal-12v", 11));
            Assert.True(FixtureTelemetry.TryRead(new StringReader(log), Rom, out ElementFixtureSeries run, out _));
            ElementCalibration fit = run.Fit();
            Assert.True(fit.IsValid);
            string record = ElementCalibrationRecordWriter.Write(Rom, run.BoardHex, run.SenseZeroCounts, fit);
            Assert.Equal(ElementCalibrationLoad.Implausible, ElementCalibrationRecord.Parse(record, Rom, run.BoardHex, run.SenseZeroCounts, out ElementCalibration c, out string detail));
            Assert.Null(c);
            Assert.NotNull(detail);
        }

        [Fact]
        public void The_record_made_from_a_log_is_bound_to_the_board_the_log_names()
        {
            string log = LogOf(new FixtureHarness(), "nominal-12v", 11);
            var (code, output, _) = Fit(log);
            Assert.Equal(0, code);
            Assert.Contains("board=" + FixtureTelemetry.SimulatedBoardHex + "\n", output);
            Assert.Equal(ElementCalibrationLoad.Loaded, ElementCalibrationRecord.Parse(output, Rom, FixtureTelemetry.SimulatedBoardHex, ElementCalibrationRecordWriter.NominalSenseZeroCounts, out _, out _));
            Assert.Equal(ElementCalibrationLoad.OtherBoard, ElementCalibrationRecord.Parse(output, Rom, "240AC4000001", ElementCalibrationRecordWriter.NominalSenseZeroCounts, out _, out _));

            // A log whose board line is missing or unreadable makes no record.
            string noBoard = string.Join("\n", log.Split('\n').Where(l => !l.StartsWith(FixtureTelemetry.BoardPrefix, StringComparison.Ordinal)));
            Assert.Contains("board", Fit(noBoard).Error);
            Assert.NotEqual(0, Fit(log.Replace(FixtureTelemetry.BoardLine(FixtureTelemetry.SimulatedBoardHex), FixtureTelemetry.BoardPrefix + "unreadable (no Wi-Fi station interface)")).Code);
        }
    }
}
