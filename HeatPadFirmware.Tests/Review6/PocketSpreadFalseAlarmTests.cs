using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review5;
using Xunit;

namespace HeatPadFirmware.Tests.Review6
{
    /// <summary>
    /// Review 6 (final review of session 5), findings 2–4: normal use that parts the two pockets by more than
    /// SensorAgreementCheck's 4.0 °C allowance for longer than its 240 s grace + 60 s, so sensors_disagree latches while the
    /// pad is regulated, as designed, on the hotter pocket. Each zone is the shipped pad on its own (Review5's PairRun
    /// two-zone model: no lateral conduction, an upper bound on the spread); only what differs in normal use differs.
    /// </summary>
    public class PocketSpreadFalseAlarmTests
    {
        // Free air, heater-safety reference: ≈ 1.2 W/K (the pocket the user no longer lies on faces the room).
        private const double FreeAirWPerK = BenchPadFamily.FreeAirSurfaceToAmbientWPerK;

        [Theory]
        [InlineData("usb-10w", 2, 900.0)]
        [InlineData("thick-slow", 2, 0.0)]
        public void Core_KeepsHeating_WhenOnePocketLiesOffTheBodyInTheRoomAir(string padName, int level, double shiftAtS)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new PairRun(pad, 1, null, pad);
            run.Start(level);
            double maxGapC = 0.0;
            for (int s = 0; s < 2400 && run.FirstFault == FaultCode.None; s++)
            {
                if (s >= shiftAtS)
                {
                    run.SecondZone!.SurfaceToBodyWPerK = 0.0;
                    run.SecondZone.SurfaceToAmbientWPerK = FreeAirWPerK;
                }

                run.Tick();
                maxGapC = System.Math.Max(maxGapC, System.Math.Abs(run.LastFirst.TemperatureC - run.LastSecond.TemperatureC));
            }

            Assert.True(run.FirstFault == FaultCode.None,
                $"{run.FirstFault} at {run.FirstFaultMs / 1000} s; pockets {run.Pad.SurfaceC:F1} / {run.SecondZone!.SurfaceC:F1} °C, widest gap {maxGapC:F2} °C");
        }

        [Theory]
        [InlineData("strong-60w", 5)]
        [InlineData("strong-60w", 4)]
        [InlineData("thick-slow", 5)]
        public void Core_KeepsHeating_WhenOnePocketHasTwiceTheOthersBodyContact_WithinTheReferenceRange(string padName, int level)
        {
            // Heater-safety reference: surface-body 3-6 W/K. The shipped pads have 3 W/K; the second pocket gets 6 (the spine
            // against the lumbar hollow, a heavier user leaning on one side). Review 5 measured contacts up to 1.5x apart only.
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new PairRun(pad, 1, null, pad.With(surfaceToBodyWPerK: 2.0 * pad.SurfaceToBodyWPerK));
            run.Start(level);
            run.RunFor(1800);

            Assert.True(run.FirstFault == FaultCode.None,
                $"{run.FirstFault} at {run.FirstFaultMs / 1000} s; pockets {run.Pad.SurfaceC:F1} / {run.SecondZone!.SurfaceC:F1} °C");
        }

        [Fact(Skip = "accepted (session 5): a cold pack left over one pocket through a whole heat phase parts the pair by 12 °C, past the 9.0 °C allowance: named sensors_disagree about 300 s into the phase; the user is told to lift the pack when the heat resumes")]
        public void Core_KeepsHeating_WhenAColdPackStaysOverOnePocketThroughAContrastHeatPhase()
        {
            PadParameters pad = PadFile.LoadShipped("nominal-12v");
            var run = new PairRun(pad, 1, null, pad);
            run.Start(2, TherapyProgram.Contrast);
            double airWPerK = pad.SurfaceToAmbientWPerK;
            bool cooled = false;
            while (run.Last.Phase != SessionPhase.Off && run.FirstFault == FaultCode.None && run.NowMs < 3_600_000)
            {
                // The campaign's cold pack (8 W/K to the room air) over pocket 2 from the first cool phase on, through the
                // heat phase after it (the user forgot it under the back), lifted for good at the next cool phase.
                cooled |= run.Last.Phase == SessionPhase.Cool;
                bool packOn = cooled && run.NowMs < 1_000_000;
                run.SecondZone!.SurfaceToAmbientWPerK = packOn ? 8.0 : airWPerK;
                run.Tick();
            }

            Assert.True(run.FirstFault == FaultCode.None,
                $"{run.FirstFault} at {run.FirstFaultMs / 1000} s; sensors {run.LastFirst.TemperatureC:F2} / {run.LastSecond.TemperatureC:F2} °C");
        }
    }
}
