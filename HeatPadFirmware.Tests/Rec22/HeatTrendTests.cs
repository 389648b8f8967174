using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Commands;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review21c;
using HeatPadFirmware.Tests.Review22b;
using Xunit;

namespace HeatPadFirmware.Tests.Rec22
{
    /// <summary>
    /// Session 22 (rec22): the fit's <c>heat_trend</c> check (ElementFitChecks.MinHeatBalanceTrend) refuses a pair that loosens
    /// over the heat stage, whose records passed every other check since fix22 bounds the element, and keeps the correct runs
    /// nearest its limit. Runs through review 21c's and review 22b's harnesses and the device fixture (fix22's ElementFixtureRun):
    /// a change to either harness or to the fixture's run moves these figures. docs/safety.md "Session 22: records fitted right
    /// from the bounded run (rec22)".
    /// </summary>
    public class HeatTrendTests
    {
        private const string Rom = "28FF23A10F1603C1";

        private static PadParameters Pad(string name) => CalibrateCommand.Pads().First(x => x.Name == name).Pad;

        private static (List<ElementFitCheck>? Checks, string Why) ChecksOf(string log)
        {
            List<ElementFitCheck>? checks = Fit21.FitCheckScan.ChecksOf(log, out string why);
            return (checks, why);
        }

        private static FitReviewHarness Loosening(double overS) => new FitReviewHarness
        {
            Contact1 = t => t < 120 ? 1.0 : Math.Max(0.5, 1.0 - ((t - 120) / overS)),
            Contact2 = t => t < 120 ? 1.0 : Math.Max(0.5, 1.0 - ((t - 120) / overS)),

            // Session 23 (jig23): the jig's probe, within its tolerance, ends such a run at the cue (the pair at 0.5 of its rise:
            // Jig23.JigReferenceTests). A probe as loose as the pair's end (outside the jig's tolerance) lets the log reach the PC,
            // whose own check these tests are about.
            Jig = j => j.Share = 0.5,
        };

        // Measured on merge22 (fit22's nine checks): these loosening runs made records (heat_trend -0.065, -0.071, -0.126, -0.136, -0.149).
        [Theory]
        [InlineData("random-016", 11, 1600.0)]
        [InlineData("s2-random-012", 11, 1600.0)]
        [InlineData("thick-slow", 11, 4800.0)]
        [InlineData("folded-covered", 11, 4800.0)]
        [InlineData("s2-random-004", 11, 4800.0)]
        public void A_pair_loosening_over_the_heat_stage_that_passed_the_other_nine_checks_is_refused_by_heat_trend(string pad, int seed, double overS)
        {
            var (checks, why) = ChecksOf(Loosening(overS).Run(Pad(pad), seed));
            Assert.True(checks != null, why);
            ElementFitCheck trend = checks!.Single(c => c.Name == "heat_trend");
            Assert.False(trend.Passed, $"{pad} {seed}: heat_trend {trend.Value:F3}");
            Assert.True(checks!.Where(c => c.Name != "heat_trend").All(c => c.Passed), $"{pad} {seed}: another check refused it too; this test is about heat_trend");
        }

        // The correct runs nearest the limit (-0.045): a 13.2 -> 10.8 V step at 1,500 s on s2-random-012 (-0.025 at seed 11; the
        // 46 calibrate --device pads x seeds 11-14 x 14 correct conditions: -0.025 at the lowest).
        [Theory]
        [InlineData(11)]
        [InlineData(12)]
        [InlineData(13)]
        [InlineData(14)]
        public void A_correct_run_with_a_supply_step_mid_heat_still_makes_its_record(int seed)
        {
            var w = new StringWriter();
            new FixtureHarness { SupplyV = t => t < 1500 ? 13.2 : 10.8, Telemetry = w }.Run(Pad("s2-random-012"), seed);
            var (checks, why) = ChecksOf(w.ToString());
            Assert.True(checks != null, why);
            Assert.All(checks!, c => Assert.True(c.Passed, c.Name + " " + c.Value.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.InRange(checks!.Single(c => c.Name == "heat_trend").Value, -0.035, 0.05);
        }

        [Theory]
        [InlineData("folded-covered")]
        [InlineData("free-air")]
        [InlineData("strong-60w")]
        [InlineData("thick-slow")]
        [InlineData("usb-10w")]
        public void A_correct_device_run_at_the_fixtures_room_passes_heat_trend_with_margin(string pad)
        {
            var w = new StringWriter();
            DeviceFixtureSimulation.Run(PadFile.LoadShipped(pad), 11, w, Rom);
            var (checks, why) = ChecksOf(w.ToString());
            Assert.True(checks != null, why);
            Assert.InRange(checks!.Single(c => c.Name == "heat_trend").Value, -0.02, 0.04);
        }
    }
}
