using System;
using System.Collections.Generic;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Jig27
{
    /// <summary>
    /// Session 27 (jig27): a tag gesture's buttons read as one set and held unchanged for <see cref="TagGestureHold.HoldMs"/>
    /// before any write (<see cref="TagGestureHold"/>; review 27c finding 3). Simulated time, seeded randomness.
    /// </summary>
    public class TagGestureHoldTests
    {
        private static readonly int A = TagGesture.JigAirSet;
        private static readonly int R = TagGesture.JigReferenceSet;

        // Samples every periodMs from 0 until the hold ends; setAt gives the set at each time. Returns the end state.
        private static TagGestureVerdict Run(Func<long, int> setAt, int periodMs = TagGestureHold.SamplePeriodMs)
        {
            var hold = new TagGestureHold();
            TagGestureVerdict state = hold.Start(0, setAt(0));
            for (long t = periodMs; state == TagGestureVerdict.Hold && t < 60_000; t += periodMs)
            {
                state = hold.Sample(t, setAt(t));
            }

            return state;
        }

        [Fact]
        public void The_air_probes_set_held_unchanged_for_two_seconds_is_held_as_the_air_probes_gesture()
        {
            var hold = new TagGestureHold();
            Assert.Equal(TagGestureVerdict.Hold, hold.Start(1000, A));
            TagGestureVerdict state = TagGestureVerdict.Hold;
            long t = 1000;
            while (state == TagGestureVerdict.Hold)
            {
                t += TagGestureHold.SamplePeriodMs;
                state = hold.Sample(t, A);
            }

            Assert.Equal(TagGestureVerdict.Held, state);
            Assert.Equal(1000 + TagGestureHold.HoldMs, t);
            Assert.Equal(SensorTagKind.JigAir, hold.Gesture);
            Assert.Equal(TagGestureHold.HoldMs, hold.HeldForMs);
        }

        [Fact]
        public void The_set_is_not_held_one_sample_before_the_hold_time()
        {
            var hold = new TagGestureHold();
            hold.Start(0, R);
            for (long t = TagGestureHold.SamplePeriodMs; t < TagGestureHold.HoldMs; t += TagGestureHold.SamplePeriodMs)
            {
                Assert.Equal(TagGestureVerdict.Hold, hold.Sample(t, R));
            }
        }

        [Fact]
        public void An_up_contact_read_open_for_one_sample_while_the_air_probes_set_is_held_writes_nothing_never_Rs_tag()
        {
            // Review 27c finding 3: an Up read open had turned an intended A into R.
            foreach (long openAt in new long[] { 5, 700, 1995 })
            {
                Assert.Equal(TagGestureVerdict.RefusedSetChanged, Run(t => t == openAt ? R : A));
            }
        }

        [Fact]
        public void A_program_contact_read_open_while_the_air_probes_set_is_held_never_runs_the_element_gesture()
        {
            // Review 27c finding 3: Program read open had run the element gesture and written S3's tag into the jig probe.
            Assert.Equal(TagGestureVerdict.RefusedSetChanged, Run(t => t >= 300 && t < 305 ? TagGesture.ElementSet : A));
        }

        [Fact]
        public void A_set_that_starts_as_the_element_set_and_gains_program_is_refused_not_switched()
        {
            Assert.Equal(TagGestureVerdict.RefusedSetChanged, Run(t => t < 500 ? TagGesture.ElementSet : A));
        }

        [Fact]
        public void Releasing_the_buttons_before_the_hold_time_writes_nothing()
        {
            Assert.Equal(TagGestureVerdict.RefusedSetChanged, Run(t => t < 1500 ? A : 0));
        }

        [Fact]
        public void A_first_sample_that_is_no_gestures_set_starts_no_hold()
        {
            var hold = new TagGestureHold();
            Assert.Equal(TagGestureVerdict.NoGesture, hold.Start(0, TagGesture.BitOf(ButtonId.Power) | A));
            Assert.Equal(TagGestureVerdict.NoGesture, hold.Sample(TagGestureHold.HoldMs, TagGesture.BitOf(ButtonId.Power) | A));
            Assert.Equal(TagGestureVerdict.NoGesture, new TagGestureHold().State);
        }

        [Theory]
        [InlineData(31)]
        [InlineData(100)]
        [InlineData(1000)]
        public void A_gap_between_samples_longer_than_the_debounce_time_is_not_watched_and_writes_nothing(int gapMs)
        {
            var hold = new TagGestureHold();
            hold.Start(0, R);
            Assert.Equal(TagGestureVerdict.Hold, hold.Sample(20, R));
            Assert.Equal(TagGestureVerdict.RefusedNotWatched, hold.Sample(20 + gapMs, R));
        }

        [Fact]
        public void Samples_exactly_the_debounce_time_apart_are_watched_and_held()
        {
            Assert.Equal(TagGestureVerdict.Held, Run(_ => R, TagGestureHold.MaxSampleGapMs));
            Assert.Equal(ButtonPressDecoder.DebounceMs, TagGestureHold.MaxSampleGapMs);
        }

        [Fact]
        public void A_clock_that_runs_backwards_is_not_watched()
        {
            var hold = new TagGestureHold();
            hold.Start(1000, R);
            Assert.Equal(TagGestureVerdict.RefusedNotWatched, hold.Sample(995, R));
        }

        [Fact]
        public void Every_end_is_final_later_samples_change_nothing()
        {
            var hold = new TagGestureHold();
            hold.Start(0, R);
            Assert.Equal(TagGestureVerdict.RefusedSetChanged, hold.Sample(5, A));
            for (long t = 10; t <= 3000; t += 5)
            {
                Assert.Equal(TagGestureVerdict.RefusedSetChanged, hold.Sample(t, R));
            }

            var held = new TagGestureHold();
            held.Start(0, R);
            for (long t = 5; t <= TagGestureHold.HoldMs; t += 5)
            {
                held.Sample(t, R);
            }

            Assert.Equal(TagGestureVerdict.Held, held.Sample(TagGestureHold.HoldMs + 5, 0));
            Assert.Equal(TagGestureVerdict.Held, held.Sample(TagGestureHold.HoldMs + 500, A));
        }

        [Fact]
        public void On_random_contact_traces_and_irregular_samples_a_hold_ends_held_only_when_no_button_changed_for_the_debounce_time()
        {
            // 20,000 traces (seed 2701): the gesture's set held from before t = 0 for 1.5-3 s; in a third of the traces 1-5
            // contact flickers of 1-8 ms (a button read open or another closed), in half one button released or added for
            // 30-400 ms; samples 3-7 ms apart, one in 400 late (3-33 ms). Held must mean: every sample within 30 ms of the last,
            // at least 2 s watched, and no change of 30 ms or longer (the decoder's debounce) anywhere in the watched span.
            var random = new Random(2701);
            int held = 0;
            int changedLong = 0;
            int heldWithLongChange = 0;
            for (int trace = 0; trace < 20_000; trace++)
            {
                int set = new[] { TagGesture.ElementSet, R, A }[random.Next(3)];
                int releaseAtMs = 1500 + random.Next(1500);
                var flickers = new List<(long From, long To, int Set)>();
                for (int f = random.Next(3) == 0 ? 1 + random.Next(5) : 0; f > 0; f--)
                {
                    long from = random.Next(3000);
                    flickers.Add((from, from + 1 + random.Next(8), set ^ TagGesture.BitOf((ButtonId)(1 + random.Next(4)))));
                }

                bool longChange = random.Next(2) == 0;
                long longFrom = random.Next(2500);
                long longTo = longFrom + 30 + random.Next(370);
                int longSet = set ^ TagGesture.BitOf((ButtonId)(1 + random.Next(4)));
                Func<long, int> setAt = t =>
                {
                    if (t >= releaseAtMs)
                    {
                        return 0;
                    }

                    if (longChange && t >= longFrom && t < longTo)
                    {
                        return longSet;
                    }

                    foreach (var flicker in flickers)
                    {
                        if (t >= flicker.From && t < flicker.To)
                        {
                            return flicker.Set;
                        }
                    }

                    return set;
                };

                var hold = new TagGestureHold();
                long now = 0;
                TagGestureVerdict state = hold.Start(now, setAt(now));
                while (state == TagGestureVerdict.Hold)
                {
                    now += random.Next(400) == 0 ? 3 + random.Next(31) : 3 + random.Next(5);
                    state = hold.Sample(now, setAt(now));
                }

                bool changeInSpan = longChange && longFrom <= now;
                changedLong += changeInSpan ? 1 : 0;
                if (state == TagGestureVerdict.Held)
                {
                    held++;
                    Assert.True(releaseAtMs > TagGestureHold.HoldMs);
                    Assert.True(now >= TagGestureHold.HoldMs);
                    heldWithLongChange += changeInSpan ? 1 : 0;
                }
            }

            // A change the decoder would count (30 ms or longer) is never missed while samples keep within the 30 ms bound.
            Assert.Equal(0, heldWithLongChange);
            Assert.InRange(held, 1000, 19_000);
            Assert.InRange(changedLong, 1000, 19_000);
            System.Console.WriteLine("held " + held + ", with a change of 30 ms or more in the watched span " + changedLong + " (none held)");
        }
    }
}
