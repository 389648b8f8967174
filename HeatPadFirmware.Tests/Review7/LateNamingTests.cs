using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review5;
using Xunit;

namespace HeatPadFirmware.Tests.Review7
{
    /// <summary>
    /// Review 7: where the rise rule (<see cref="SensorRiseCheck"/>) does not see a sensor off the pad and the gap rule's
    /// grace (240 + 60 s) decides — issue 4's "sensor detached: no heat within 3 minutes". The fusion heats on the sensor
    /// still on the pad meanwhile, so this is a late name, not unseen heat; and the
    /// cases the rise rule does name quickly, pinned.
    /// </summary>
    public class LateNamingTests
    {
        // Issue 4: a detached sensor, no heat within 3 minutes.
        private const double IssueLimitS = 180.0;

        private const string Skip =
            "review 7 finding 4 (MEDIUM, late name; no extra heat: the fusion regulates on the other sensor" +
            "), not fixed. The rise rule needs the hotter to rise 1.5 C in this heat stretch and the cooler to sit near ITS " +
            "room (lowest smoothed reading since power-on); otherwise the gap rule's 240 + 60 s decide. Measured, time from the " +
            "heat start to the name (the last heat 1 s before): (a) sensor 2 falls off during a 60 s off press on a held pad, then " +
            "the restart: folded-covered L1-L5 300 s, thick-slow L1-L5 300-317 s (usb-10w 177-178, nominal-12v 114-189, free-air " +
            "114-124, strong-60w 65-70); (b) a pad colder than the room at the press (5 C in 22 C: the detached sensor warms 17 C " +
            "over its room): thick-slow 485-487 s, free-air 300-398, nominal-12v 318-357, strong-60w and usb-10w 300 (folded-covered " +
            "36); (c) a pad warm at power-on (36 C), level 1: 301 s on five of six pads (free-air 236)";

        [Theory(Skip = Skip)]
        [InlineData("folded-covered", 3)]
        [InlineData("thick-slow", 1)]
        public void Core_StopsHeatWithinThreeMinutesOfTheRestart_WhenOneSensorFellOffDuringAnOffPress(string padName, int level)
        {
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new PairRun(pad, 1);
            run.Start(level);
            run.RunFor(1800);
            run.Tick(1000, ButtonId.Power);
            run.Sensor2.Detached = true;
            run.RunFor(60);
            run.Tick(1000, ButtonId.Power);
            AssertStopsWithin(run, run.NowMs);
        }

        [Theory(Skip = Skip)]
        [InlineData("thick-slow", 1)]
        [InlineData("free-air", 1)]
        [InlineData("nominal-12v", 5)]
        public void Core_StopsHeatWithinThreeMinutes_WhenOneSensorFallsOffAPadColderThanTheRoomAtThePress(string padName, int level)
        {
            PadParameters pad = PadFile.LoadShipped(padName).With(initialC: 5.0);
            var run = new PairRun(pad, 1);
            run.Start(level);
            run.Sensor2.Detached = true;
            AssertStopsWithin(run, run.NowMs);
        }

        [Theory(Skip = Skip)]
        [InlineData("nominal-12v")]
        [InlineData("usb-10w")]
        public void Core_StopsHeatWithinThreeMinutes_WhenOneSensorFallsOffAPadWarmAtPowerOn(string padName)
        {
            PadParameters pad = PadFile.LoadShipped(padName).With(initialC: 36.0);
            var run = new PairRun(pad, 1);
            run.Start(1);
            run.Sensor2.Detached = true;
            AssertStopsWithin(run, run.NowMs);
        }

        [Theory]
        [InlineData("folded-covered", 2)]
        [InlineData("thick-slow", 5)]
        [InlineData("usb-10w", 2)]
        public void Core_NamesASensorOffTheHeldPad_WithinThreeMinutes_WhileTheUserStepsTheLevelDownAndUpEveryFewMinutes(string padName, int level)
        {
            // Down for 70 s (over HeatBreakS with the hotter above the lowered setpoint: the gap rule's stretch ends), up again.
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new PairRun(pad, 1);
            run.Start(level);
            run.RunFor(1500);
            run.Sensor2.Detached = true;
            long onsetMs = run.NowMs;
            long lastHeatMs = onsetMs;
            for (int t = 0; run.NowMs < onsetMs + 1_200_000 && run.Last.Fault == FaultCode.None; t++)
            {
                ButtonId press = t % 200 == 0 ? ButtonId.Down : t % 200 == 70 ? ButtonId.Up : ButtonId.None;
                run.Tick(1000, press);
                lastHeatMs = run.Last.DutyFraction > 0.0 ? run.NowMs : lastHeatMs;
            }

            Assert.True(run.FirstFault == FaultCode.SensorsDisagree && lastHeatMs - onsetMs <= IssueLimitS * 1000,
                $"{run.FirstFault} at {(run.FirstFaultMs - onsetMs) / 1000} s after the onset, last heat {(lastHeatMs - onsetMs) / 1000} s");
        }

        [Theory]
        [InlineData("folded-covered")]
        [InlineData("nominal-12v")]
        [InlineData("usb-10w")]
        public void Core_NamesASensorOffTheHeldPad_WithinThreeMinutes_WhenTheRoomWarmsAsFastAsTheRuleCallsAnswering(string padName)
        {
            // The off sensor lies in a room whose heating came on: 0.1 °C/min, over ResponseRateCPerS (0.06 °C/min) and faster
            // than the held pocket: the gap rule counts that time as "answering the heat"; the rise rule must name it.
            PadParameters pad = PadFile.LoadShipped(padName);
            var run = new PairRun(pad, 1);
            const long OnsetTick = 1500;
            run.SecondReading = (tick, reading) => tick < OnsetTick ? reading : SensorReading.Valid(SimulatedSensor.Quantise(pad.AmbientC + (0.1 * (tick - OnsetTick) / 60.0)));
            run.Start(2);
            while (run.Ticks < OnsetTick)
            {
                run.Tick();
            }

            long onsetMs = run.NowMs;
            run.RunFor(1800);

            Assert.True(run.FirstFault == FaultCode.SensorsDisagree && run.FirstFaultMs - onsetMs <= IssueLimitS * 1000,
                $"{run.FirstFault} at {(run.FirstFaultMs - onsetMs) / 1000} s after the onset");
        }

        private static void AssertStopsWithin(PairRun run, long fromMs)
        {
            long lastHeatMs = fromMs;
            while (run.NowMs < fromMs + 900_000 && run.Last.Fault == FaultCode.None)
            {
                run.Tick();
                lastHeatMs = run.Last.DutyFraction > 0.0 ? run.NowMs : lastHeatMs;
            }

            Assert.True(run.FirstFault == FaultCode.SensorsDisagree && lastHeatMs - fromMs <= IssueLimitS * 1000,
                $"{run.FirstFault} at {(run.FirstFaultMs - fromMs) / 1000} s, last heat {(lastHeatMs - fromMs) / 1000} s; surface {run.PeakSurfaceC:F1} °C at most");
        }
    }
}
