using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review5
{
    /// <summary>
    /// Review 5, finding 3: the two sensors sit ≥ 10 cm apart (hardware/README.md), so they read two places of the pad, and
    /// in normal use two places differ by more than the 1.5 °C allowance (two DS18B20s' accuracy, no term for the pad). Each
    /// zone here is the shipped pad on its own (same element, same duty, no lateral conduction: 10 cm of fabric carries
    /// little next to 3 W/K of body contact); only the one thing that differs in normal use differs.
    /// </summary>
    public class PadZoneDisagreementTests
    {
        [Fact]
        public void Core_KeepsHeating_WhenTheUserLeansHarderOnOneSensorPocket()
        {
            PadParameters pad = PadFile.LoadShipped("nominal-12v");
            var run = new PairRun(pad, 2, null, pad);
            run.Start(3);
            run.RunFor(900);
            Assert.Equal(FaultCode.None, run.FirstFault);

            run.SecondZone!.SurfaceToBodyWPerK = 4.0;
            run.RunFor(1200);

            Assert.True(run.FirstFault == FaultCode.None,
                $"{run.FirstFault} at {run.FirstFaultMs / 1000} s; zones {run.Pad.SurfaceC:F2} / {run.SecondZone.SurfaceC:F2} °C");
        }

        [Fact]
        public void Core_KeepsHeating_WhenOneSensorPocketLiesOutsideTheBodyFromTheStart()
        {
            PadParameters pad = PadFile.LoadShipped("nominal-12v");
            PadParameters uncovered = pad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: 1.2);
            var run = new PairRun(pad, 1, null, uncovered);
            run.Start(2);
            run.RunFor(1800);

            Assert.True(run.FirstFault == FaultCode.None,
                $"{run.FirstFault} at {run.FirstFaultMs / 1000} s; zones {run.Pad.SurfaceC:F2} / {run.SecondZone!.SurfaceC:F2} °C");
        }

        [Theory]
        [InlineData("nominal-12v", 2)]
        [InlineData("strong-60w", 5)]
        [InlineData("thick-slow", 3)]
        public void Core_KeepsHeating_WhenTheUserLayOnTheColdPadBeforePressingPower_WithOnePocketBesideTheBody(string padName, int level)
        {
            // Session 5 (the room rule of SensorAgreementCheck): the pocket under the body starts at 33 °C, the one beside
            // the body at the room; the body pocket is the hotter at first, the free one reads the room.
            PadParameters pad = PadFile.LoadShipped(padName);
            PadParameters uncovered = pad.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: 1.2);
            var run = new PairRun(pad.With(initialC: 33.0), 1, pad, uncovered);
            run.Start(level);
            run.RunFor(1800);

            Assert.True(run.FirstFault == FaultCode.None,
                $"{run.FirstFault} at {run.FirstFaultMs / 1000} s; zones {run.Pad.SurfaceC:F2} / {run.SecondZone!.SurfaceC:F2} °C");
        }

        [Fact]
        public void Core_KeepsHeating_WhenAColdPackLayOverOneSensorPocketThroughTheCoolPhase()
        {
            PadParameters pad = PadFile.LoadShipped("thick-slow");
            var run = new PairRun(pad, 1, null, pad);
            run.Start(3, TherapyProgram.Contrast);
            double airWPerK = pad.SurfaceToAmbientWPerK;
            while (run.Last.Phase != SessionPhase.Off && run.Last.Fault == FaultCode.None && run.NowMs < 3_600_000)
            {
                // The campaign's cold pack (8 W/K to the room air), laid over one pocket only, lifted as the heat resumes.
                run.SecondZone!.SurfaceToAmbientWPerK = run.Last.Phase == SessionPhase.Cool ? 8.0 : airWPerK;
                run.Tick();
            }

            Assert.True(run.FirstFault == FaultCode.None,
                $"{run.FirstFault} at {run.FirstFaultMs / 1000} s; sensors {run.LastFirst.TemperatureC:F2} / {run.LastSecond.TemperatureC:F2} °C");
        }

        [Fact]
        public void Core_LatchesNoFault_InSixtySessions_WhenTheTwoPocketsBodyContactsDifferByUpToAHalf()
        {
            string[] pads = { "nominal-12v", "strong-60w", "thick-slow", "usb-10w" };
            string faults = "";
            for (int seed = 1; seed <= 60; seed++)
            {
                // Seeded: pad, level, and pocket 2's body contact = pocket 1's × a log-uniform factor in 1/1.5..1.5.
                var random = new System.Random(seed);
                PadParameters pad = PadFile.LoadShipped(pads[random.Next(pads.Length)]);
                double factor = System.Math.Exp(((random.NextDouble() * 2.0) - 1.0) * System.Math.Log(1.5));
                int level = 1 + random.Next(5);
                var run = new PairRun(pad, seed, null, pad.With(surfaceToBodyWPerK: pad.SurfaceToBodyWPerK * factor));
                run.Start(level);
                run.RunFor(1800);
                if (run.FirstFault != FaultCode.None)
                {
                    faults += $" {pad.Name} L{level} x{factor:F2}: {run.FirstFault} at {run.FirstFaultMs / 1000} s;";
                }
            }

            Assert.True(faults.Length == 0, "false alarms:" + faults);
        }

        [Theory]
        [InlineData("nominal-12v", 10.0, 30.0)]
        [InlineData("strong-60w", 10.0, 30.0)]
        [InlineData("thick-slow", 20.0, 40.0)]
        public void Core_StaysQuietThroughAHeatUpAndHold_WithTheTwoSensorLagsAFactorTwoOrThreeApart(string padName, double firstLagS, double secondLagS)
        {
            // Checked and sound: lags anywhere in the reference's 10-30 s (and the bench's 40 s) pass a level-5 heat-up.
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new PairRun(pad.With(sensorLagS: firstLagS), 1, pad.With(sensorLagS: secondLagS));
            run.Start(5);
            run.RunFor(1800);

            Assert.Equal(FaultCode.None, run.FirstFault);
            Assert.True(run.PeakSurfaceC > 44.0, $"the pad only reached {run.PeakSurfaceC:F1} °C");
        }
    }
}
