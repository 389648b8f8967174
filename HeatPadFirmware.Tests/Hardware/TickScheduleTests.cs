using System.Collections.Generic;
using System.Linq;
using HeatPadFirmware.Hardware;
using Xunit;

namespace HeatPadFirmware.Tests.Hardware
{
    /// <summary>
    /// The control loop's pacing (Program.RunLoop through <see cref="TickSchedule"/>) against the two pieces of hardware
    /// that constrain it: the DS18B20's 750 ms conversion and the cut-off's dead-man, which opens 2.6–4 s after the
    /// last rising heartbeat edge (hardware/README.md), the core toggling once per tick.
    /// </summary>
    public class TickScheduleTests
    {
        private const ulong PeriodUs = 1_000_000;

        /// <summary>Program.MinTickSpacingMs: the 750 ms conversion plus 100 ms.</summary>
        private const ulong MinSpacingUs = 850_000;

        /// <summary>The DS18B20's longest 12-bit conversion, µs (datasheet, tCONV).</summary>
        private const ulong ConversionUs = 750_000;

        /// <summary>
        /// Bus time before the Convert T goes out, at most ≈ 55 ms into a tick with both sensors read first, plus ≈ 20 ms
        /// when both are reconfigured (Ds18b20Pair: 3 resets and 40 byte slots, ≈ 31 ms on the wire, with the
        /// driver's overhead per call on top).
        /// </summary>
        private const ulong ConvertSentAfterUs = 75_000;

        /// <summary>Shortest dead-man hold after a rising edge, µs (hardware/README.md: 2.6–4 s).</summary>
        private const ulong DeadManMinimumUs = 2_600_000;

        /// <summary>The rule RunLoop had before: the next grid point, or a full period after a tick that overran it.</summary>
        private static ulong PreviousRuleNextStartUs(ulong scheduledUs, ulong nowUs)
        {
            ulong nextUs = scheduledUs + PeriodUs;
            return nextUs <= nowUs ? nowUs + PeriodUs : nextUs;
        }

        /// <summary>Tick start times for ticks that each start <paramref name="delaysMs"/>[i] late and run <paramref name="durationsMs"/>[i].</summary>
        private static List<ulong> Starts(int[] delaysMs, int[] durationsMs, bool previousRule)
        {
            var starts = new List<ulong>();
            ulong scheduledUs = PeriodUs;
            for (int i = 0; i < durationsMs.Length; i++)
            {
                ulong startedUs = scheduledUs + ((ulong)delaysMs[i] * 1000);
                ulong endUs = startedUs + ((ulong)durationsMs[i] * 1000);
                starts.Add(startedUs);
                scheduledUs = previousRule
                    ? PreviousRuleNextStartUs(scheduledUs, endUs)
                    : TickSchedule.NextStartUs(scheduledUs, startedUs, endUs, PeriodUs, MinSpacingUs);
            }

            return starts;
        }

        private static List<ulong> Gaps(List<ulong> starts)
        {
            return starts.Zip(starts.Skip(1), (a, b) => b - a).ToList();
        }

        /// <summary>Longest span between rising heartbeat edges, which come every other tick (either parity).</summary>
        private static ulong LongestTwoTickSpanUs(List<ulong> starts)
        {
            List<ulong> gaps = Gaps(starts);
            return gaps.Zip(gaps.Skip(1), (a, b) => a + b).Max();
        }

        [Fact]
        public void TicksOnTime_StayOnTheGrid()
        {
            Assert.Equal(3_000_000UL, TickSchedule.NextStartUs(2_000_000, 2_001_500, 2_250_000, PeriodUs, MinSpacingUs));
        }

        [Fact]
        public void TickThatStartedLate_IsFollowedOnlyOnceTheSensorHasConverted()
        {
            // A tick held up 600 ms (a collection, a long event burst): the grid point would come 400 ms after it.
            ulong nextUs = TickSchedule.NextStartUs(2_000_000, 2_600_000, 2_700_000, PeriodUs, MinSpacingUs);

            Assert.Equal(3_450_000UL, nextUs);
            Assert.True(nextUs - (2_600_000 + ConvertSentAfterUs) >= ConversionUs);

            // The previous rule read the sensor 370 ms into its conversion: an invalid reading.
            Assert.True(PreviousRuleNextStartUs(2_000_000, 2_700_000) - (2_600_000 + ConvertSentAfterUs) < ConversionUs);
        }

        [Fact]
        public void TickThatOverranItsPeriod_IsFollowedAtOnce_NotAPeriodLater()
        {
            Assert.Equal(3_300_000UL, TickSchedule.NextStartUs(2_000_000, 2_000_000, 3_300_000, PeriodUs, MinSpacingUs));
            Assert.Equal(4_300_000UL, PreviousRuleNextStartUs(2_000_000, 3_300_000));
        }

        [Fact]
        public void OneOverrunOf1300Ms_KeepsTheHeartbeatEdgesInsideTheDeadMansHold()
        {
            int[] delaysMs = new int[8];
            int[] durationsMs = { 200, 200, 200, 1300, 200, 200, 200, 200 };

            List<ulong> starts = Starts(delaysMs, durationsMs, previousRule: false);
            Assert.True(LongestTwoTickSpanUs(starts) <= DeadManMinimumUs, $"two ticks spanned {LongestTwoTickSpanUs(starts)} µs");

            // The previous rule stretched two ticks to 3.3 s: the cut-off dropped out under a heating pad.
            Assert.True(LongestTwoTickSpanUs(Starts(delaysMs, durationsMs, previousRule: true)) > DeadManMinimumUs);
        }

        [Fact]
        public void OverrunTick_IsMadeUpOnce_ThenTheLoopIsBackOnAOnePeriodGrid()
        {
            int[] delaysMs = new int[6];
            int[] durationsMs = { 200, 2500, 200, 200, 200, 200 };

            List<ulong> gaps = Gaps(Starts(delaysMs, durationsMs, previousRule: false));

            Assert.Equal(new ulong[] { 1_000_000, 2_500_000, 1_000_000, 1_000_000, 1_000_000 }, gaps);
        }

        [Fact]
        public void SeededRandomDelaysAndDurations_NeverStartATickBeforeTheSensorsConversion()
        {
            var random = new System.Random(20261126);
            int[] delaysMs = Enumerable.Range(0, 5000).Select(_ => random.Next(4) == 0 ? random.Next(0, 900) : random.Next(0, 30)).ToArray();
            int[] durationsMs = Enumerable.Range(0, 5000).Select(_ => random.Next(20) == 0 ? random.Next(800, 2000) : random.Next(50, 400)).ToArray();

            List<ulong> starts = Starts(delaysMs, durationsMs, previousRule: false);

            Assert.All(Gaps(starts), gapUs => Assert.True(gapUs >= MinSpacingUs, $"gap {gapUs} µs"));
            Assert.Contains(Gaps(Starts(delaysMs, durationsMs, previousRule: true)), gapUs => gapUs < ConversionUs + ConvertSentAfterUs);
        }
    }
}
