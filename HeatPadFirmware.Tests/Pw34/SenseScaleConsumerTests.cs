using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Pw34
{
    /// <summary>
    /// Session 34 (pw34, issue 4; docs/safety.md "Session 34: the heater's learned full power"): where the chip's Vref, through the
    /// learned full power, reaches a safety decision. The energy account (<see cref="HeatEnergyCheck"/>) counts power in against fixed
    /// loss and capacity bounds, so its balance moves by several times the scale's error; the weak insulated pads' detachments
    /// (early33's class) are decided by checks that do not read the power.
    /// </summary>
    public class SenseScaleConsumerTests
    {
        // Lying-down group, faults seed 1, session 130115: folded-covered in a 16.7 °C room, L3, 13.15 V, lain on at 1,047 s with
        // 4.64 W/K. Its board (drawn Vref) learns 1.150 × V² / R and the energy account peaks at 26,709 J; with the chip at 1.0 V
        // (1.199 ×) it passes 30,000 J and latches a false sensor_detached at 964 s; at 1.1 V it peaks at 13,918 J, at 1.2 V
        // (0.847 ×) at 4,268 J. Over the group's 400 sessions: 52 false trips at Vref 1.0 V, 24 at 1.1 V, 21 at 1.2 V (drawn: 26).
        [Fact]
        public void LyingDown_OnAHighReadingChip_TheEnergyAccountLatchesAFalseDetachment_ThatALowReadingChipNeverNears()
        {
            var high = LyingDown(130115, 1.0);
            var low = LyingDown(130115, 1.2);

            Assert.Equal(FaultCode.SensorDetached, high.Fault);
            Assert.True(high.MaxUnseenJ > HeatEnergyCheck.MaxUnseenJ, "high chip's account " + high.MaxUnseenJ.ToString("F0"));
            Assert.Equal(FaultCode.None, low.Fault);
            Assert.True(low.MaxUnseenJ < HeatEnergyCheck.MaxUnseenJ / 4.0, "low chip's account " + low.MaxUnseenJ.ToString("F0"));
        }

        // weak33's 20 W usb-10w pad between layers of insulation, 22 °C, L5, both sensors into a place 8 °C over the room at 600 s
        // with a 40 s lag (PairDetachment's scenario): named 432 / 434 / 434 s after the onset with the chip at 1.0 / 1.1 / 1.2 V
        // and 357–359 s past 48 °C on all three. Over weak33's 60 pads and three such scenarios (180 runs per Vref) the runs past
        // 48 °C were the same at every Vref: the energy account never grows there (its loss bound exceeds these elements' power),
        // and the checks that do name them read temperatures only.
        [Fact]
        public void TheWeakInsulatedPadsDetachment_IsNamedAlikeOnEveryChip()
        {
            PadParameters pad = System.Linq.Enumerable.Single(Weak33.WeakPads.All(), p => p.Name == "usb-10w/20.0W/insulated").Pad;
            int[] after = new int[3];
            double[] vrefs = { 1.0, 1.1, 1.2 };
            for (int i = 0; i < 3; i++)
            {
                double vref = vrefs[i];
                var r = Detachment.PairDetachment.Run(pad, 22.0, 0.0, 5, 600, 8.0, 40.0, beforeStart: (run, seed) => SenseScaleRun.SetChipVref(run, seed, vref));
                Assert.Equal(FaultCode.SensorDetached, r.Fault);
                after[i] = r.AfterDetachS;
            }

            Assert.InRange(after[0], after[1] - 5, after[1] + 5);
            Assert.InRange(after[2], after[1] - 5, after[1] + 5);
        }

        // faults --seed 1's BothSensorsLoosening row free-air L2 @60 s (case seed 900075; drawn chip: sensor_detached at 536 s, 248 s past
        // 48 °C). The chip at 1.0 / 1.1 / 1.2 V: named at 517 / 608 / 740 s (heating_failed at 1.2 V), 219 / 305 / 446 s past 48 °C, the
        // same 52.0 °C peak: the heat balance names it at 6.54 / 6.55 W/K on the 1.0 / 1.1 V chips and peaks at 6.19 on the 1.2 V one
        // (latch over 6.5), where the heating watch names it later. Over the kind's 120 rows a 1.2 V chip names 47 later than a 1.1 V one (up to 1,382 s: nominal-12v L1
        // @600 s), none sooner, 12 hotter; a 1.0 V chip names 70 sooner, none later. No row newly past 48 °C either way.
        [Fact]
        public void BothSensorsLoosening_OnALowReadingChip_IsNamedLaterAndRunsLongerPast48C()
        {
            var pads = PadFile.LoadAllShipped();
            PadParameters pad = System.Linq.Enumerable.Single(pads, p => p.Name == "free-air").Pad;
            int seed = FaultsCommand.CaseSeeds(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(pads, p => p.Name)), 1)[("free-air", 2, 60.0, FaultKind.BothSensorsLoosening)];
            Assert.Equal(900075, seed);

            var nominal = FaultCampaign.RunCase("free-air", pad, 2, FaultKind.BothSensorsLoosening, 60.0, seed, r => SenseScaleRun.SetChipVref(r, seed, 1.1));
            var low = FaultCampaign.RunCase("free-air", pad, 2, FaultKind.BothSensorsLoosening, 60.0, seed, r => SenseScaleRun.SetChipVref(r, seed, 1.2));

            Assert.NotEqual(FaultCode.None, nominal.Fault);
            Assert.NotEqual(FaultCode.None, low.Fault);
            Assert.True(low.FaultAfterOnsetS > nominal.FaultAfterOnsetS + 60.0, "named " + nominal.FaultAfterOnsetS + " / " + low.FaultAfterOnsetS + " s");
            Assert.True(low.SecondsOver48C > nominal.SecondsOver48C + 60.0, "past 48 C " + nominal.SecondsOver48C + " / " + low.SecondsOver48C + " s");
        }

        // The other side of the same scale: faults --seed 1's SettlingLoosening50 row folded-covered L1 @1,800 s (case seed 1700007)
        // is one main leaves unnamed (drawn chip and 1.1 V: not named, 53.97 °C, 3,359 s past 48 °C); on a 1.0 V chip, whose sense
        // reads the power 1.2 × high, sensor_detached latches 348 s after the onset at 40.48 °C: the heat balance's holding figure reaches
        // 6.52 W/K (1.1 V: 6.11, 1.2 V: 5.17; latch over 6.5). Over the three settling kinds' 360 rows
        // (22 °C) the rows past 48 °C are 55 / 76 / 81 on 1.0 / 1.1 / 1.2 V chips (drawn: 69, main's figure).
        [Fact]
        public void ASettlingLoosening_MainLeavesUnnamed_IsNamedOnAHighReadingChip()
        {
            var pads = PadFile.LoadAllShipped();
            PadParameters pad = System.Linq.Enumerable.Single(pads, p => p.Name == "folded-covered").Pad;
            int seed = FaultsCommand.CaseSeeds(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(pads, p => p.Name)), 1)[("folded-covered", 1, 1800.0, FaultKind.SettlingLoosening50)];
            Assert.Equal(1700007, seed);

            var nominal = FaultCampaign.RunCase("folded-covered", pad, 1, FaultKind.SettlingLoosening50, 1800.0, seed, r => SenseScaleRun.SetChipVref(r, seed, 1.1));
            var high = FaultCampaign.RunCase("folded-covered", pad, 1, FaultKind.SettlingLoosening50, 1800.0, seed, r => SenseScaleRun.SetChipVref(r, seed, 1.0));

            Assert.Equal(FaultCode.None, nominal.Fault);
            Assert.True(nominal.SecondsOver48C > 3000.0, "past 48 C " + nominal.SecondsOver48C + " s");
            Assert.Equal(FaultCode.SensorDetached, high.Fault);
            Assert.Equal(0.0, high.SecondsOver48C);
        }

        private static (FaultCode Fault, double MaxUnseenJ) LyingDown(int seed, double chipVrefV)
        {
            var pads = LifeRoom.PadsIn(PadFile.LoadAllShipped(), LifeRoom.OfIn(seed, 16.0, 26.0));
            double maxUnseenJ = 0.0;
            var (_, fault, _) = LieDownLife.Run(
                pads,
                seed,
                r => maxUnseenJ = System.Math.Max(maxUnseenJ, r.Core.Supervisor.HeatEnergy.UnseenJ),
                false,
                r => SenseScaleRun.SetChipVref(r, seed, chipVrefV));
            return (fault, maxUnseenJ);
        }
    }
}
