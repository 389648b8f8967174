using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review5;
using Xunit;

namespace HeatPadFirmware.Tests.Safety
{
    /// <summary>
    /// The rise rule of the agreement check (<see cref="SensorRiseCheck"/>) on the reviews' two-zone pad (Review5's
    /// <see cref="PairRun"/>: each sensor pocket its own shipped pad under the same duty, no lateral conduction, an upper
    /// bound on the spread). A sensor off the pad is named within issue 4's 3 minutes on every shipped pad, however cold
    /// the pad was when it fell off; the normal use that parts two pockets (a pocket off the body, unequal contacts, a
    /// cold pack on one pocket, a user lying down on a cold pad, two lags apart) latches nothing.
    /// </summary>
    public class SensorRiseTwoZoneTests
    {
        // Issue 4: a detached sensor, no heat within 3 minutes of the onset.
        private const double IssueLimitS = 180.0;

        // Heater-safety reference: free air ≈ 1.2 W/K (a pocket nobody lies on faces the room).
        private const double FreeAirWPerK = BenchPadFamily.FreeAirSurfaceToAmbientWPerK;

        // The campaign's cold pack: 8 W/K (FaultCampaign, contrast cool phases).
        private const double ColdPackWPerK = 8.0;

        private static readonly string[] BodyPads = { "nominal-12v", "strong-60w", "thick-slow", "usb-10w" };

        public static TheoryData<string, int, int> EveryPadLevelAndOnset()
        {
            var data = new TheoryData<string, int, int>();
            foreach (string pad in new[] { "folded-covered", "free-air", "nominal-12v", "strong-60w", "thick-slow", "usb-10w" })
            {
                foreach (int level in new[] { 1, 5 })
                {
                    data.Add(pad, level, 0);
                    data.Add(pad, level, 60);
                }
            }

            return data;
        }

        public static TheoryData<string, int> BodyPadsAtLevels1And5()
        {
            var data = new TheoryData<string, int>();
            foreach (string pad in BodyPads)
            {
                data.Add(pad, 1);
                data.Add(pad, 5);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(EveryPadLevelAndOnset))]
        public void Core_NamesSensorsDisagree_WithinThreeMinutes_WhenOneSensorFallsOffAColdPadAsItHeats(string padName, int level, int onsetS)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new PairRun(pad, 1);
            run.Start(level);
            run.RunFor(onsetS);
            run.Sensor2.Detached = true;
            long onsetMs = run.NowMs;
            long lastHeatMs = onsetMs;
            while (run.NowMs < onsetMs + 600_000 && run.Last.Fault == FaultCode.None)
            {
                run.Tick();
                if (run.Last.DutyFraction > 0.0)
                {
                    lastHeatMs = run.NowMs;
                }
            }

            double lastHeatS = (lastHeatMs - onsetMs) / 1000.0;
            Assert.True(run.FirstFault == FaultCode.SensorsDisagree && lastHeatS <= IssueLimitS,
                $"{run.FirstFault} at {(run.FirstFaultMs - onsetMs) / 1000} s after the onset, last heat {lastHeatS} s; {Counts(run)}");
            Assert.True(run.PeakSurfaceC < 48.0, $"surface {run.PeakSurfaceC:F1} °C");
        }

        [Theory]
        [InlineData("folded-covered")]
        [InlineData("thick-slow")]
        [InlineData("usb-10w")]
        [InlineData("strong-60w")]
        public void Core_NamesSensorsDisagree_WithinThreeMinutes_WhenOneSensorFallsOffAsTheHeatStarts_OnIrregularTicks(string padName)
        {
            // The campaign's irregular ticks (0.2-3 s, seeded): the rule counts the time that passed, not ticks.
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new PairRun(pad, 1);
            var random = new System.Random(7);
            run.Start(3);
            run.Sensor2.Detached = true;
            long onsetMs = run.NowMs;
            long lastHeatMs = onsetMs;
            while (run.NowMs < onsetMs + 600_000 && run.Last.Fault == FaultCode.None)
            {
                run.Tick(200 + random.Next(2801));
                if (run.Last.DutyFraction > 0.0)
                {
                    lastHeatMs = run.NowMs;
                }
            }

            Assert.True(run.FirstFault == FaultCode.SensorsDisagree && lastHeatMs - onsetMs <= IssueLimitS * 1000,
                $"{run.FirstFault} at {(run.FirstFaultMs - onsetMs) / 1000} s after the onset, last heat {(lastHeatMs - onsetMs) / 1000} s; {Counts(run)}");
        }

        [Theory]
        [InlineData(1)]
        [InlineData(5)]
        public void Core_NamesSensorsDisagree_WithinThreeMinutes_WhenOneSensorFallsOffTheWeakPadInFreeAir(int level)
        {
            // usb-10w with nobody on it rises only 5–6 °C over the room at full power: the gap rule's 9.0 °C is never
            // reached (session 5: never named); the rise rule needs 1.5 °C.
            PadParameters pad = PadFile.LoadShipped("usb-10w").With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: FreeAirWPerK);
            var run = new PairRun(pad, 1);
            run.Start(level);
            run.Sensor2.Detached = true;
            long onsetMs = run.NowMs;
            run.RunFor(600);

            Assert.True(run.FirstFault == FaultCode.SensorsDisagree && run.FirstFaultMs - onsetMs <= IssueLimitS * 1000,
                $"{run.FirstFault} at {(run.FirstFaultMs - onsetMs) / 1000} s after the onset; sensors {run.LastFirst.TemperatureC:F2} / {run.LastSecond.TemperatureC:F2} °C; {Counts(run)}");
        }

        [Theory]
        [MemberData(nameof(BodyPadsAtLevels1And5))]
        public void Core_KeepsHeating_WhenOnePocketLiesBesideTheBodyFromThePress(string padName, int level)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new PairRun(pad, 1, null, pad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: FreeAirWPerK));
            run.Start(level);
            run.RunFor(1800);

            AssertNoFault(run);
        }

        [Theory]
        [InlineData("nominal-12v", 1)]
        [InlineData("nominal-12v", 5)]
        [InlineData("strong-60w", 1)]
        [InlineData("strong-60w", 5)]
        [InlineData("thick-slow", 1)]
        [InlineData("thick-slow", 5)]
        [InlineData("usb-10w", 5)]
        public void Core_KeepsHeating_WhenTheUserLiesDownOnAColdPadRightAfterThePress_WithOnePocketBesideTheBody(string padName, int level)
        {
            LieDownBesideOnePocket(padName, level, new[] { 0, 20, 60 });
        }

        [Fact(Skip = "found in session 6, not fixed (the GAP rule, as on main): usb-10w level 1 with pocket 2 beside the body, the user lying down 20 s after the press (or on the cold pad before it): the pockets settle 9.3 °C apart (34.6 / 25.3 °C), past the 9.0 °C allowance, sensors_disagree at 303 s (325 s). The rise rule stays quiet (its count reaches 11-14 of 30 s: the pocket beside the body rose 3.4 °C over the room against the other's 12.6 °C, share 0.27). Over the allowance the gap rule cannot tell this from a sensor loosening to w = 0.3 on the same pad (9.8 °C)")]
        public void Core_KeepsHeating_WhenTheUserLiesOnAColdWeakPadAtLevel1_WithOnePocketBesideTheBody()
        {
            LieDownBesideOnePocket("usb-10w", 1, new[] { 0, 20, 60 });
            PadParameters pad = PadFile.LoadShipped("usb-10w");
            var run = new PairRun(pad.With(initialC: 33.0), 1, pad, pad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: FreeAirWPerK));
            run.Start(1);
            run.RunFor(1800);

            AssertNoFault(run);
        }

        private static void LieDownBesideOnePocket(string padName, int level, int[] lieDownAfterS)
        {
            foreach (int lieDownS in lieDownAfterS)
            {
                // Both pockets in the room air until the user lies down; then pocket 1 takes the body (3 W/K at 34 °C, the
                // body warming it faster than the heater), pocket 2 stays beside the body, heated by the element alone.
                PadParameters pad = PadFile.LoadShipped(padName);
                PadParameters unoccupied = pad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: FreeAirWPerK);
                var run = new PairRun(unoccupied, 1, null, unoccupied);
                run.Start(level);
                run.RunFor(lieDownS);
                run.Pad.SurfaceToBodyWPerK = pad.SurfaceToBodyWPerK;
                run.Pad.SurfaceToAmbientWPerK = pad.SurfaceToAmbientWPerK;
                run.RunFor(1800);

                Assert.True(run.FirstFault == FaultCode.None,
                    $"lying down {lieDownS} s after the press: {run.FirstFault} at {run.FirstFaultMs / 1000} s; zones {run.Pad.SurfaceC:F2} / {run.SecondZone!.SurfaceC:F2} °C; {Counts(run)}");
            }
        }

        [Fact]
        public void Core_KeepsHeating_WhenTheUserLayOnAColdWeakPadBeforeThePress_WithOnePocketBesideTheBody()
        {
            // Review5 covers nominal-12v, strong-60w and thick-slow; the 10 W pad rises least under heat.
            PadParameters pad = PadFile.LoadShipped("usb-10w");
            PadParameters uncovered = pad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: FreeAirWPerK);
            var run = new PairRun(pad.With(initialC: 33.0), 1, pad, uncovered);
            run.Start(2);
            run.RunFor(1800);

            AssertNoFault(run);
        }

        [Theory]
        [MemberData(nameof(BodyPadsAtLevels1And5))]
        public void Core_KeepsHeating_WhenOnePocketHasTwiceTheOthersBodyContact(string padName, int level)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new PairRun(pad, 1, null, pad.With(surfaceToBodyWPerK: 2.0 * pad.SurfaceToBodyWPerK));
            run.Start(level);
            run.RunFor(1800);

            AssertNoFault(run);
        }

        [Theory]
        [MemberData(nameof(BodyPadsAtLevels1And5))]
        public void Core_KeepsHeating_WhenOnePocketLeavesTheBodyAfterAContrastCoolPhase(string padName, int level)
        {
            // A heat stretch that starts on a warm pad: pocket 2 leaves the body 120 s into the second heat phase and
            // settles cooler than it started the stretch (its rise over the heat stretch is negative; over the room it is not).
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new PairRun(pad, 1, null, pad);
            run.Start(level, TherapyProgram.Contrast);
            int heatPhases = 0;
            long movedAtMs = -1;
            SessionPhase last = run.Last.Phase;
            while (run.Last.Phase != SessionPhase.Off && run.FirstFault == FaultCode.None && run.NowMs < 3_600_000)
            {
                run.Tick();
                if (run.Last.Phase == SessionPhase.Heat && last != SessionPhase.Heat)
                {
                    heatPhases++;
                    if (heatPhases == 2)
                    {
                        movedAtMs = run.NowMs + 120_000;
                    }
                }

                if (movedAtMs > 0 && run.NowMs >= movedAtMs)
                {
                    run.SecondZone!.SurfaceToBodyWPerK = 0.0;
                    run.SecondZone.SurfaceToAmbientWPerK = FreeAirWPerK;
                }

                last = run.Last.Phase;
            }

            Assert.True(movedAtMs > 0, "the session must reach its second heat phase");
            AssertNoFault(run);
        }

        [Theory]
        [InlineData("nominal-12v")]
        [InlineData("strong-60w")]
        [InlineData("thick-slow")]
        [InlineData("usb-10w")]
        [InlineData("free-air")]
        public void Core_KeepsHeating_WhenAColdPackLiesOnOnePocketInEveryCoolPhase_LiftedAsTheHeatResumes(string padName)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            foreach (int level in new[] { 1, 3, 5 })
            {
                var run = new PairRun(pad, level, null, pad);
                run.Start(level, TherapyProgram.Contrast);
                double airWPerK = pad.SurfaceToAmbientWPerK;
                while (run.Last.Phase != SessionPhase.Off && run.FirstFault == FaultCode.None && run.NowMs < 3_600_000)
                {
                    run.SecondZone!.SurfaceToAmbientWPerK = run.Last.Phase == SessionPhase.Cool ? ColdPackWPerK : airWPerK;
                    run.Tick();
                }

                Assert.True(run.FirstFault == FaultCode.None,
                    $"level {level}: {run.FirstFault} at {run.FirstFaultMs / 1000} s; sensors {run.LastFirst.TemperatureC:F2} / {run.LastSecond.TemperatureC:F2} °C");
            }
        }

        [Theory]
        [InlineData("nominal-12v")]
        [InlineData("strong-60w")]
        [InlineData("thick-slow")]
        [InlineData("usb-10w")]
        public void RiseRule_CountsNothing_WhenAColdPackStaysOnOnePocketThroughAContrastHeatPhase(string padName)
        {
            // Review6's accepted case (the pack forgotten under the back through the heat): the GAP rule names it about
            // 300 s into the phase, as in session 5; the rise rule adds nothing earlier: the packed pocket is heated by the
            // element and rises (over its room) more than the share.
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new PairRun(pad, 1, null, pad);
            run.Start(2, TherapyProgram.Contrast);
            double airWPerK = pad.SurfaceToAmbientWPerK;
            bool cooled = false;
            double mostCountedS = 0.0;
            while (run.Last.Phase != SessionPhase.Off && run.FirstFault == FaultCode.None && run.NowMs < 3_600_000)
            {
                cooled |= run.Last.Phase == SessionPhase.Cool;
                run.SecondZone!.SurfaceToAmbientWPerK = cooled && run.NowMs < 1_000_000 ? ColdPackWPerK : airWPerK;
                run.Tick();
                mostCountedS = System.Math.Max(mostCountedS, run.Core.Supervisor.Agreement.Rise.CountedS);
            }

            Assert.True(cooled, "the session must reach a cool phase");
            Assert.True(mostCountedS < SensorRiseCheck.ConfirmS / 2.0, $"the rise rule counted {mostCountedS:F0} s; {Counts(run)}");
        }

        [Theory]
        [InlineData("nominal-12v")]
        [InlineData("strong-60w")]
        [InlineData("thick-slow")]
        [InlineData("usb-10w")]
        public void Core_KeepsHeating_WhenAnIcePackColderThanTheRoomLiesOnAPocketBesideTheBodyInEveryCoolPhase(string padName)
        {
            // A real pack is colder than the room: pocket 2 (beside the body) is chilled toward 5 °C at 8 W/K in each cool
            // phase, lifted as the heat resumes; its room estimate follows it down, so its rise counts from the chill.
            PadParameters pad = PadFile.LoadShipped(padName);
            PadParameters beside = pad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: FreeAirWPerK, bodyC: 5.0);
            foreach (int level in new[] { 1, 3, 5 })
            {
                var run = new PairRun(pad, level, null, beside);
                run.Start(level, TherapyProgram.Contrast);
                while (run.Last.Phase != SessionPhase.Off && run.FirstFault == FaultCode.None && run.NowMs < 3_600_000)
                {
                    run.SecondZone!.SurfaceToBodyWPerK = run.Last.Phase == SessionPhase.Cool ? ColdPackWPerK : 0.0;
                    run.Tick();
                }

                Assert.True(run.FirstFault == FaultCode.None,
                    $"level {level}: {run.FirstFault} at {run.FirstFaultMs / 1000} s; sensors {run.LastFirst.TemperatureC:F2} / {run.LastSecond.TemperatureC:F2} °C");
            }
        }

        [Theory]
        [InlineData("strong-60w", 10.0, 30.0)]
        [InlineData("usb-10w", 8.0, 24.0)]
        [InlineData("nominal-12v", 10.0, 30.0)]
        [InlineData("thick-slow", 20.0, 40.0)]
        public void Core_KeepsHeating_ThroughContrastPhases_WithTheTwoSensorLagsAFactorTwoOrThreeApart(string padName, double firstLagS, double secondLagS)
        {
            // Each heat phase starts a stretch: the short-lag sensor rises first while the long-lag one still reads the
            // cool phase's end.
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new PairRun(pad.With(sensorLagS: firstLagS), 1, pad.With(sensorLagS: secondLagS));
            run.Start(5, TherapyProgram.Contrast);
            while (run.Last.Phase != SessionPhase.Off && run.FirstFault == FaultCode.None && run.NowMs < 3_600_000)
            {
                run.Tick();
            }

            AssertNoFault(run);
        }

        private static void AssertNoFault(PairRun run)
        {
            Assert.True(run.FirstFault == FaultCode.None,
                $"{run.FirstFault} at {run.FirstFaultMs / 1000} s; zones {run.Pad.SurfaceC:F2} / {(run.SecondZone ?? run.Pad).SurfaceC:F2} °C; {Counts(run)}");
        }

        // What each rule of the agreement check had counted when the run ended.
        private static string Counts(PairRun run)
        {
            SensorAgreementCheck check = run.Core.Supervisor.Agreement;
            return $"gap rule {check.OverAllowanceS:F0} s over {check.AllowanceC:F1} °C; rise rule {check.Rise.CountedS:F0} s, hotter +{check.Rise.HotterRiseC:F2} °C, cooler +{check.Rise.CoolerRiseC:F2} °C";
        }
    }
}
