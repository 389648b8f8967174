using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;
using Xunit;

namespace HeatPadFirmware.Tests.Review5
{
    /// <summary>
    /// Review 5, finding 1: the pair's protection rests on the two readings being two sensors. Both slots carrying ONE
    /// sensor's conversions (the device layer matching the same ROM twice, a rediscovery that finds the first family-0x28
    /// device for both slots, a sensor that reports the other's value) look exactly like two sensors in perfect agreement.
    /// </summary>
    public class SameSensorTwiceTests
    {
        // Two DS18B20s with their own noise and ±0.5 °C offsets cannot agree bit for bit on every changed reading of a
        // heat-up; one sensor read twice always does. The session-4 runaway (a sensor loosening in the first minute of a
        // heat-up on a folded pad) must not come back through that door.
        [Fact]
        public void Core_LatchesAFault_BeforeTheSurfacePasses48C_WhenBothSlotsCarryOneLooseningSensor()
        {
            PadParameters pad = PadFile.LoadShipped("folded-covered");
            var run = new PairRun(pad, 1);
            run.FirstReading = (tick, reading) => tick >= 60 ? FaultCampaign.LoosenedReading(pad, reading, tick - 60) : reading;
            run.SecondReading = (tick, _) => run.LastFirst;
            run.Start(5);
            double peakBeforeFaultC = double.NegativeInfinity;
            for (int s = 0; s < 3600 && run.Last.Fault == FaultCode.None; s++)
            {
                run.Tick();
                peakBeforeFaultC = System.Math.Max(peakBeforeFaultC, run.Pad.SurfaceC);
            }

            Assert.True(run.FirstFault != FaultCode.None && peakBeforeFaultC <= 48.0,
                $"fault {run.FirstFault} at {run.FirstFaultMs / 1000} s, surface peaked at {peakBeforeFaultC:F1} °C before it");
        }

        [Fact]
        public void PairRun_HandsTheCoreBitIdenticalReadings_WhenSlotTwoCopiesSlotOne()
        {
            // The harness the finding-1 test relies on really feeds the core one sensor twice (and two sensors otherwise).
            PadParameters pad = PadFile.LoadShipped("nominal-12v");
            var copied = new PairRun(pad, 1);
            copied.SecondReading = (tick, _) => copied.LastFirst;
            var pair = new PairRun(pad, 1);
            copied.Start(3);
            pair.Start(3);
            int copiedDiffer = 0;
            int pairDiffer = 0;
            for (int s = 0; s < 300; s++)
            {
                copied.Tick();
                pair.Tick();
                copiedDiffer += copied.LastFirst.TemperatureC != copied.LastSecond.TemperatureC ? 1 : 0;
                pairDiffer += pair.LastFirst.TemperatureC != pair.LastSecond.TemperatureC ? 1 : 0;
            }

            Assert.Equal(0, copiedDiffer);
            Assert.True(pairDiffer > 100, $"two simulated sensors differed on only {pairDiffer} of 300 ticks");
        }
    
        [Fact]
        public void PairRun_StepsTheCoreExactlyAsTheSimulatorsFaultRun_WhenSlotTwoMirrorsSlotOne()
        {
            // The review's harness is the campaign's FaultRun with a second sensor: fed sensor 1's reading in slot 2 less the
            // mirror's offset it must give the same duty, cut-off and fault on every tick as FaultRun's mirrored pair.
            PadParameters pad = PadFile.LoadShipped("thick-slow");
            var pair = new PairRun(pad, 4);
            pair.SecondReading = (tick, _) => pair.LastFirst.IsValid ? SensorReading.Valid(pair.LastFirst.TemperatureC - FaultRun.MirrorOffsetC) : pair.LastFirst;
            // FaultRun has its own second sensor since session 5 (sim2); SecondMirrorsFirst hands the core sensor 1's reading
            // in both slots, the second 1/16 °C lower (session 6: one reading twice is the fault sensors_identical): the
            // one-sensor run this check was written against.
            var single = new FaultRun(pad, 4) { SecondMirrorsFirst = true };
            pair.Start(4);
            single.Start(4);
            for (int s = 0; s < 1800; s++)
            {
                CoreOutputs a = pair.Tick();
                CoreOutputs b = single.Tick(1000, null);
                Assert.True(a.DutyFraction == b.DutyFraction && a.HeaterEnabled == b.HeaterEnabled && a.Fault == b.Fault, $"tick {s}: duty {a.DutyFraction} vs {b.DutyFraction}");
            }

            Assert.True(single.Pad.SurfaceC > 40.0, $"the pad only reached {single.Pad.SurfaceC:F1} °C");
        }
}
}
