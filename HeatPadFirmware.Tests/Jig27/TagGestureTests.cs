using System.Collections.Generic;
using System.Linq;
using HeatPadFirmware.Core;
using Xunit;

namespace HeatPadFirmware.Tests.Jig27
{
    /// <summary>
    /// Session 27 (jig27): the power-on tag gestures' decision (<see cref="TagGesture"/>) — which set asks for which tag, the
    /// jig strap J4 before anything, and what the bus must hold before a write. Review 27c findings 1 and 3, review 19a.
    /// </summary>
    public class TagGestureTests
    {
        private static readonly ButtonId[] Buttons = { ButtonId.Power, ButtonId.Up, ButtonId.Down, ButtonId.Program };

        private static readonly SensorTagKind[] Gestures = { SensorTagKind.Element, SensorTagKind.JigReference, SensorTagKind.JigAir };

        private static readonly SensorTagKind[] AllKinds = { SensorTagKind.Untagged, SensorTagKind.Element, SensorTagKind.JigReference, SensorTagKind.JigAir };

        private static readonly TagGestureVerdict[] AllVerdicts = System.Enum.GetValues<TagGestureVerdict>();

        /// <summary>Every set of the four buttons, 16 of them.</summary>
        public static IEnumerable<int> AllSets()
        {
            for (int mask = 0; mask < 16; mask++)
            {
                int set = 0;
                for (int b = 0; b < 4; b++)
                {
                    if ((mask & (1 << b)) != 0)
                    {
                        set |= TagGesture.BitOf(Buttons[b]);
                    }
                }

                yield return set;
            }
        }

        private static int Set(params ButtonId[] held)
        {
            return held.Aggregate(0, (set, b) => set | TagGesture.BitOf(b));
        }

        [Fact]
        public void Exactly_three_of_the_sixteen_button_sets_ask_for_a_tag_each_its_own()
        {
            Assert.Equal(SensorTagKind.Element, TagGesture.KindOf(Set(ButtonId.Up, ButtonId.Down)));
            Assert.Equal(SensorTagKind.JigReference, TagGesture.KindOf(Set(ButtonId.Program, ButtonId.Down)));
            Assert.Equal(SensorTagKind.JigAir, TagGesture.KindOf(Set(ButtonId.Program, ButtonId.Up, ButtonId.Down)));
            Assert.Equal(3, AllSets().Count(s => TagGesture.KindOf(s) != SensorTagKind.Untagged));
            Assert.Equal(16, AllSets().Distinct().Count());
        }

        [Fact]
        public void Power_held_with_any_gesture_the_withdrawn_fixture_entry_and_every_single_button_ask_for_no_tag()
        {
            foreach (int set in AllSets().Where(s => (s & TagGesture.BitOf(ButtonId.Power)) != 0))
            {
                Assert.Equal(SensorTagKind.Untagged, TagGesture.KindOf(set));
            }

            Assert.Equal(SensorTagKind.Untagged, TagGesture.KindOf(Set(ButtonId.Program, ButtonId.Up)));
            foreach (ButtonId button in Buttons)
            {
                Assert.Equal(SensorTagKind.Untagged, TagGesture.KindOf(Set(button)));
            }

            Assert.Equal(SensorTagKind.Untagged, TagGesture.KindOf(0));
            Assert.Equal(SensorTagKind.Untagged, TagGesture.KindOf(TagGesture.ElementSet | 1));
            Assert.Equal(0, TagGesture.BitOf(ButtonId.None));
        }

        [Fact]
        public void With_the_jig_strap_open_no_button_set_leads_to_a_hold_or_a_write_whatever_the_bus_holds()
        {
            foreach (int set in AllSets())
            {
                SensorTagKind gesture = TagGesture.KindOf(set);
                TagGestureVerdict before = TagGesture.BeforeHold(gesture, false);
                Assert.NotEqual(TagGestureVerdict.Hold, before);
                Assert.Equal(gesture == SensorTagKind.Untagged ? TagGestureVerdict.NoGesture : TagGestureVerdict.RefusedStrapOpen, before);
                foreach (int found in new[] { 0, 1, 2, 3, 5 })
                {
                    foreach (SensorTagKind held in AllKinds)
                    {
                        Assert.NotEqual(TagGestureVerdict.Write, TagGesture.OnBus(gesture, before, found, true, held));
                    }
                }
            }
        }

        [Fact]
        public void With_the_jig_strap_closed_a_gesture_set_is_watched_and_no_set_is_refused_before_the_hold()
        {
            foreach (int set in AllSets())
            {
                SensorTagKind gesture = TagGesture.KindOf(set);
                Assert.Equal(gesture == SensorTagKind.Untagged ? TagGestureVerdict.NoGesture : TagGestureVerdict.Hold, TagGesture.BeforeHold(gesture, true));
            }
        }

        [Fact]
        public void Only_a_completed_hold_reaches_a_write_any_other_hold_outcome_writes_nothing()
        {
            foreach (SensorTagKind gesture in Gestures)
            {
                foreach (TagGestureVerdict hold in AllVerdicts.Where(v => v != TagGestureVerdict.Held))
                {
                    TagGestureVerdict verdict = TagGesture.OnBus(gesture, hold, 1, true, SensorTagKind.Untagged);
                    Assert.NotEqual(TagGestureVerdict.Write, verdict);
                    Assert.NotEqual(TagGestureVerdict.AlreadyTagged, verdict);
                    Assert.Contains(verdict, new[] { TagGestureVerdict.RefusedStrapOpen, TagGestureVerdict.RefusedSetChanged, TagGestureVerdict.RefusedNotWatched });
                }
            }
        }

        [Theory]
        [InlineData(0)]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(5)]
        [InlineData(8)]
        public void A_finished_pad_or_an_empty_bus_is_never_written_by_any_gesture(int found)
        {
            foreach (SensorTagKind gesture in Gestures)
            {
                foreach (SensorTagKind held in AllKinds)
                {
                    Assert.Equal(TagGestureVerdict.RefusedNotAlone, TagGesture.OnBus(gesture, TagGestureVerdict.Held, found, true, held));
                }
            }
        }

        [Fact]
        public void A_lone_sensor_whose_eeprom_cannot_be_read_is_never_written()
        {
            foreach (SensorTagKind gesture in Gestures)
            {
                foreach (SensorTagKind held in AllKinds)
                {
                    Assert.Equal(TagGestureVerdict.RefusedUnreadable, TagGesture.OnBus(gesture, TagGestureVerdict.Held, 1, false, held));
                }
            }
        }

        [Fact]
        public void A_jig_gesture_never_re_tags_the_element_sensor_and_the_element_gesture_never_makes_a_jig_probe_S3()
        {
            Assert.Equal(TagGestureVerdict.RefusedHoldsElementTag, TagGesture.OnBus(SensorTagKind.JigReference, TagGestureVerdict.Held, 1, true, SensorTagKind.Element));
            Assert.Equal(TagGestureVerdict.RefusedHoldsElementTag, TagGesture.OnBus(SensorTagKind.JigAir, TagGestureVerdict.Held, 1, true, SensorTagKind.Element));
            Assert.Equal(TagGestureVerdict.RefusedHoldsJigTag, TagGesture.OnBus(SensorTagKind.Element, TagGestureVerdict.Held, 1, true, SensorTagKind.JigReference));
            Assert.Equal(TagGestureVerdict.RefusedHoldsJigTag, TagGesture.OnBus(SensorTagKind.Element, TagGestureVerdict.Held, 1, true, SensorTagKind.JigAir));
        }

        [Fact]
        public void A_sensor_already_holding_the_tag_is_not_written_again_and_a_jig_probe_may_be_re_tagged_as_the_other_probe()
        {
            foreach (SensorTagKind gesture in Gestures)
            {
                Assert.Equal(TagGestureVerdict.AlreadyTagged, TagGesture.OnBus(gesture, TagGestureVerdict.Held, 1, true, gesture));
            }

            Assert.Equal(TagGestureVerdict.Write, TagGesture.OnBus(SensorTagKind.JigAir, TagGestureVerdict.Held, 1, true, SensorTagKind.JigReference));
            Assert.Equal(TagGestureVerdict.Write, TagGesture.OnBus(SensorTagKind.JigReference, TagGestureVerdict.Held, 1, true, SensorTagKind.JigAir));
        }

        [Fact]
        public void The_one_way_to_a_write_is_a_gesture_held_with_the_strap_closed_one_readable_sensor_and_a_tag_it_may_take()
        {
            int writes = 0;
            foreach (int set in AllSets())
            {
                foreach (bool strap in new[] { false, true })
                {
                    SensorTagKind gesture = TagGesture.KindOf(set);
                    foreach (TagGestureVerdict hold in AllVerdicts.Append(TagGesture.BeforeHold(gesture, strap)))
                    {
                        foreach (int found in new[] { 0, 1, 2, 3 })
                        {
                            foreach (bool read in new[] { false, true })
                            {
                                foreach (SensorTagKind held in AllKinds)
                                {
                                    TagGestureVerdict verdict = TagGesture.OnBus(gesture, hold, found, read, held);
                                    if (verdict != TagGestureVerdict.Write)
                                    {
                                        continue;
                                    }

                                    writes++;
                                    Assert.NotEqual(SensorTagKind.Untagged, gesture);
                                    Assert.Equal(TagGestureVerdict.Held, hold);
                                    Assert.Equal(1, found);
                                    Assert.True(read);
                                    Assert.NotEqual(gesture, held);
                                    Assert.True(gesture == SensorTagKind.Element ? held == SensorTagKind.Untagged : held != SensorTagKind.Element);
                                }
                            }
                        }
                    }
                }
            }

            // Element: untagged only (1 held kind); R and A: untagged or the other probe's (2 each); over two strap values.
            Assert.Equal(2 * (1 + 2 + 2), writes);
        }

        [Fact]
        public void Every_refusal_before_the_bus_has_its_console_text_and_the_strap_refusal_says_normal_start()
        {
            Assert.Equal("refused, jig strap open (normal start)", TagGestureVerdictNames.RefusalOf(TagGestureVerdict.RefusedStrapOpen));
            Assert.StartsWith("refused, ", TagGestureVerdictNames.RefusalOf(TagGestureVerdict.RefusedSetChanged));
            Assert.StartsWith("refused, ", TagGestureVerdictNames.RefusalOf(TagGestureVerdict.RefusedNotWatched));
            Assert.Equal(string.Empty, TagGestureVerdictNames.RefusalOf(TagGestureVerdict.Write));
        }
    }
}
