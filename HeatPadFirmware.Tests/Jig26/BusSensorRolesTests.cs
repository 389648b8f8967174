using System;
using System.Collections.Generic;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Hardware;
using Xunit;

namespace HeatPadFirmware.Tests.Jig26
{
    /// <summary>
    /// Session 26 (jig26): the roles of every DS18B20 on the pad's bus from its recalled TH / TL and its ROM code
    /// (<see cref="BusSensorRoles"/>, <see cref="SensorTags"/>). The fixture needs exactly the pair, S3, R and A and refuses every
    /// other bus with a named reason; a session never takes a jig probe for the pair. docs/device.md "Session 26".
    /// </summary>
    public class BusSensorRolesTests
    {
        /// <summary>A DS18B20 ROM code with serial byte <paramref name="serial"/> (higher serial = higher code) and a correct CRC.</summary>
        internal static byte[] Rom(byte serial)
        {
            var rom = new byte[8];
            rom[0] = Ds18b20Scratchpad.FamilyCode;
            rom[1] = serial;
            rom[7] = DallasCrc8.Compute(rom, 0, 7);
            return rom;
        }

        /// <summary>A recalled 12-bit scratchpad (the power-on 85 °C, as right after power-up) with TH / TL as given and a good (or bad) CRC.</summary>
        internal static byte[] Recalled(byte highAlarm, byte lowAlarm, bool goodCrc = true)
        {
            var bytes = new byte[] { 0x50, 0x05, highAlarm, lowAlarm, 0x7F, 0xFF, 0x0C, 0x10, 0x00 };
            byte crc = DallasCrc8.Compute(bytes, 0, 8);
            bytes[8] = goodCrc ? crc : (byte)(crc ^ 0x01);
            return bytes;
        }

        internal static byte[] Tag(SensorTagKind kind)
        {
            return kind == SensorTagKind.Untagged
                ? Recalled(0x4B, 0x46)
                : Recalled(SensorTags.HighAlarmByteOf(kind), SensorTags.LowAlarmByteOf(kind));
        }

        /// <summary>A bus: one sensor per kind listed, serials 10, 11, ... in the order given.</summary>
        private static BusSensorRoles Bus(params SensorTagKind[] kinds)
        {
            var roles = new BusSensorRoles();
            for (int i = 0; i < kinds.Length; i++)
            {
                Assert.Equal(i, roles.Add(Rom((byte)(10 + i)), Tag(kinds[i]), 0));
            }

            return roles;
        }

        private static readonly SensorTagKind U = SensorTagKind.Untagged;
        private static readonly SensorTagKind E = SensorTagKind.Element;
        private static readonly SensorTagKind R = SensorTagKind.JigReference;
        private static readonly SensorTagKind A = SensorTagKind.JigAir;

        /// <summary>No role assigned: every index −1 (also Jig27's fixture-by-code tests).</summary>
        internal static void AssertNoRole(BusSensorRoles roles)
        {
            Assert.Equal(-1, roles.Pair1Index);
            Assert.Equal(-1, roles.Pair2Index);
            Assert.Equal(-1, roles.ElementIndex);
            Assert.Equal(-1, roles.ReferenceIndex);
            Assert.Equal(-1, roles.AirIndex);
        }

        /// <summary>Every ROM-rank order of the fixture's five sensors on the bus (5! / 2 = 60 distinct orders of pair, pair, S3, R, A).</summary>
        public static IEnumerable<object[]> FixtureOrders()
        {
            var kinds = new[] { U, U, E, R, A };
            return Permutations(new[] { 0, 1, 2, 3, 4 })
                .Select(order => order.Select(i => kinds[i]).ToArray())
                .GroupBy(order => string.Join(",", order))
                .Select(group => new object[] { group.First() });
        }

        /// <summary>Every order of <paramref name="items"/> (also Jig27's fixture-by-code tests).</summary>
        internal static IEnumerable<int[]> Permutations(int[] items)
        {
            if (items.Length <= 1)
            {
                yield return items;
                yield break;
            }

            for (int i = 0; i < items.Length; i++)
            {
                int[] rest = items.Where((_, k) => k != i).ToArray();
                foreach (int[] tail in Permutations(rest))
                {
                    yield return new[] { items[i] }.Concat(tail).ToArray();
                }
            }
        }

        [Theory]
        [MemberData(nameof(FixtureOrders))]
        public void The_fixture_gives_each_role_to_the_sensor_holding_its_tag_whatever_the_rom_order(SensorTagKind[] kinds)
        {
            BusSensorRoles roles = Bus(kinds);

            Assert.Equal(BusRoleVerdict.Assigned, roles.AssignForFixture());
            Assert.Equal(E, kinds[roles.ElementIndex]);
            Assert.Equal(R, kinds[roles.ReferenceIndex]);
            Assert.Equal(A, kinds[roles.AirIndex]);
            Assert.Equal(U, kinds[roles.Pair1Index]);
            Assert.Equal(U, kinds[roles.Pair2Index]);
            Assert.True(roles.Pair1Index < roles.Pair2Index, "pair sensor 1 is the lower ROM code");
        }

        [Theory]
        [InlineData(new[] { 0, 0, 1, 3 }, BusRoleVerdict.ReferenceMissing)]
        [InlineData(new[] { 0, 0, 1, 2, 2, 3 }, BusRoleVerdict.ReferenceDoubled)]
        [InlineData(new[] { 0, 0, 1, 2 }, BusRoleVerdict.AirMissing)]
        [InlineData(new[] { 0, 0, 1, 2, 3, 3 }, BusRoleVerdict.AirDoubled)]
        [InlineData(new[] { 0, 0, 2, 3 }, BusRoleVerdict.ElementMissing)]
        [InlineData(new[] { 0, 0, 1, 1, 2, 3 }, BusRoleVerdict.ElementDoubled)]
        [InlineData(new[] { 0, 1, 2, 3 }, BusRoleVerdict.PairNotTwo)]
        [InlineData(new[] { 0, 0, 0, 1, 2, 3 }, BusRoleVerdict.PairNotTwo)]
        [InlineData(new[] { 1, 2, 3 }, BusRoleVerdict.PairNotTwo)]
        [InlineData(new int[0], BusRoleVerdict.ReferenceMissing)]
        public void The_fixture_refuses_a_bus_that_does_not_name_every_role_exactly_once_and_assigns_no_role(int[] kindNumbers, BusRoleVerdict expected)
        {
            BusSensorRoles roles = Bus(kindNumbers.Select(k => (SensorTagKind)k).ToArray());

            Assert.Equal(expected, roles.AssignForFixture());
            Assert.Equal(expected, roles.Verdict);
            AssertNoRole(roles);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(4)]
        public void The_fixture_refuses_a_bus_where_any_one_tag_was_read_behind_a_bad_crc(int which)
        {
            // The sensor's true role does not matter: whichever tag is unreadable, the run has no role to trust.
            var kinds = new[] { U, U, E, R, A };
            var roles = new BusSensorRoles();
            for (int i = 0; i < kinds.Length; i++)
            {
                byte[] pad = i == which
                    ? Recalled(SensorTags.HighAlarmByteOf(kinds[i]), SensorTags.LowAlarmByteOf(kinds[i]), goodCrc: false)
                    : Tag(kinds[i]);
                roles.Add(Rom((byte)(10 + i)), pad, 0);
            }

            Assert.Equal(BusRoleVerdict.TagUnreadable, roles.AssignForFixture());
            Assert.Equal("tag_crc_bad", BusRoleVerdictNames.Of(roles.Verdict));
            AssertNoRole(roles);
        }

        [Fact]
        public void The_fixture_refuses_a_bus_where_a_sensors_recall_failed()
        {
            BusSensorRoles roles = Bus(U, U, E, R);
            roles.Add(Rom(20), null!, 0);

            Assert.Equal(BusRoleVerdict.TagUnreadable, roles.AssignForFixture());
            AssertNoRole(roles);
        }

        [Fact]
        public void The_fixture_refuses_a_bus_whose_search_gave_a_code_with_a_bad_rom_crc()
        {
            BusSensorRoles roles = Bus(U, U, E, R, A);
            byte[] glitch = Rom(30);
            glitch[7] ^= 0x01;
            Assert.Equal(-1, roles.Add(glitch, Tag(U), 0));

            Assert.Equal(BusRoleVerdict.RomCodeInvalid, roles.AssignForFixture());
            Assert.Equal("rom_code_bad", BusRoleVerdictNames.Of(roles.Verdict));
            Assert.Equal(1, roles.InvalidRomCodeCount);
            AssertNoRole(roles);
        }

        [Fact]
        public void The_fixture_refuses_a_bus_with_more_sensors_than_it_can_ask()
        {
            BusSensorRoles roles = Bus(U, U, E, R, A, U, U, U);
            Assert.Equal(-1, roles.Add(Rom(40), Tag(U), 0));
            Assert.Equal(1, roles.UnaskedCount);

            Assert.Equal(BusRoleVerdict.OverCapacity, roles.AssignForFixture());
            AssertNoRole(roles);

            var counted = Bus(U, U, E, R, A);
            counted.CountUnasked(1);
            Assert.Equal(BusRoleVerdict.OverCapacity, counted.AssignForFixture());
        }

        [Fact]
        public void A_code_offered_twice_by_the_search_counts_once_so_one_probe_is_never_doubled()
        {
            BusSensorRoles roles = Bus(U, U, E, R, A);
            Assert.Equal(-1, roles.Add(Rom(13), Tag(R), 0));

            Assert.Equal(BusRoleVerdict.Assigned, roles.AssignForFixture());
            Assert.Equal(1, roles.CountOf(R));
        }

        [Fact]
        public void A_jig_tag_written_with_its_bytes_swapped_is_no_tag_and_the_fixture_refuses()
        {
            var roles = new BusSensorRoles();
            roles.Add(Rom(10), Tag(U), 0);
            roles.Add(Rom(11), Tag(U), 0);
            roles.Add(Rom(12), Tag(E), 0);
            roles.Add(Rom(13), Recalled(SensorTags.JigReferenceLowAlarmByte, SensorTags.JigReferenceHighAlarmByte), 0);
            roles.Add(Rom(14), Tag(A), 0);

            Assert.Equal(U, roles.KindAt(3));
            Assert.Equal(BusRoleVerdict.ReferenceMissing, roles.AssignForFixture());
        }

        [Fact]
        public void A_session_never_takes_a_jig_probe_for_the_pair_whatever_the_rom_order_and_says_so()
        {
            foreach (object[] row in FixtureOrders())
            {
                var kinds = (SensorTagKind[])row[0];
                BusSensorRoles roles = Bus(kinds);

                Assert.Equal(BusRoleVerdict.JigProbeInSession, roles.AssignForSession());
                Assert.Equal("jig_probe_in_session", BusRoleVerdictNames.Of(roles.Verdict));
                Assert.Equal(U, kinds[roles.Pair1Index]);
                Assert.Equal(U, kinds[roles.Pair2Index]);
                Assert.Equal(E, kinds[roles.ElementIndex]);
                Assert.Equal(-1, roles.ReferenceIndex);
                Assert.Equal(-1, roles.AirIndex);
                Assert.Equal(2, roles.JigProbeCount);
            }
        }

        [Theory]
        [InlineData(2)]
        [InlineData(3)]
        public void A_jig_probe_built_into_a_pad_as_a_surface_sensor_leaves_the_pair_one_short(int jigKind)
        {
            // A parts-bin mix-up: the pad's second surface sensor is a tagged jig part. The session takes one pair sensor;
            // the other reads invalid and the core latches sensor_lost (no heat) — never the probe as the pair.
            foreach (bool jigLowest in new[] { true, false })
            {
                BusSensorRoles roles = jigLowest ? Bus((SensorTagKind)jigKind, U, E) : Bus(U, E, (SensorTagKind)jigKind);

                Assert.Equal(BusRoleVerdict.JigProbeInSession, roles.AssignForSession());
                Assert.True(roles.Pair1Index >= 0);
                Assert.Equal(U, roles.KindAt(roles.Pair1Index));
                Assert.Equal(-1, roles.Pair2Index);
            }
        }

        [Fact]
        public void A_pad_in_use_with_its_pair_and_s3_is_assigned_as_before()
        {
            BusSensorRoles roles = Bus(E, U, U);
            Assert.Equal(BusRoleVerdict.Assigned, roles.AssignForSession());
            Assert.Equal(1, roles.Pair1Index);
            Assert.Equal(2, roles.Pair2Index);
            Assert.Equal(0, roles.ElementIndex);

            BusSensorRoles plain = Bus(U, U);
            Assert.Equal(BusRoleVerdict.Assigned, plain.AssignForSession());
            Assert.Equal(-1, plain.ElementIndex);
        }

        [Fact]
        public void A_session_names_a_pair_one_short_an_unreadable_tag_and_a_doubled_s3_without_taking_the_unknown_sensor()
        {
            Assert.Equal(BusRoleVerdict.PairNotTwo, Bus(U, E).AssignForSession());

            BusSensorRoles unreadable = Bus(U, U);
            unreadable.Add(Rom(20), Recalled(0x4B, 0x46, goodCrc: false), 0);
            Assert.Equal(BusRoleVerdict.TagUnreadable, unreadable.AssignForSession());
            Assert.Equal(0, unreadable.Pair1Index);
            Assert.Equal(1, unreadable.Pair2Index);

            BusSensorRoles doubled = Bus(E, U, E, U);
            Assert.Equal(BusRoleVerdict.ElementDoubled, doubled.AssignForSession());
            Assert.Equal(-1, doubled.ElementIndex);
            Assert.Equal(1, doubled.Pair1Index);
            Assert.Equal(3, doubled.Pair2Index);
        }

        [Fact]
        public void An_attached_sensor_keeps_its_known_role_without_a_recall()
        {
            var roles = new BusSensorRoles();
            roles.AddKnown(Rom(10), E);
            roles.AddKnown(Rom(11), U);
            roles.AddKnown(Rom(12), U);
            roles.Add(Rom(13), Tag(R), 0);
            roles.Add(Rom(14), Tag(A), 0);

            Assert.Equal(BusRoleVerdict.Assigned, roles.AssignForFixture());
            Assert.Equal(0, roles.ElementIndex);
            Assert.Equal(3, roles.ReferenceIndex);
            Assert.Equal(4, roles.AirIndex);
        }

        [Fact]
        public void Clear_forgets_every_code_and_count_for_a_new_search()
        {
            BusSensorRoles roles = Bus(U, U, E, R, A);
            byte[] glitch = Rom(30);
            glitch[7] ^= 0x01;
            roles.Add(glitch, null!, 0);
            roles.CountUnasked(2);
            roles.Clear();

            Assert.Equal(0, roles.Count);
            Assert.Equal(0, roles.InvalidRomCodeCount);
            Assert.Equal(0, roles.UnaskedCount);
            Assert.Equal(BusRoleVerdict.ReferenceMissing, roles.AssignForFixture());
        }

        [Fact]
        public void Every_verdict_has_its_own_name()
        {
            var names = Enum.GetValues<BusRoleVerdict>().Select(BusRoleVerdictNames.Of).ToList();
            Assert.DoesNotContain("unknown", names);
            Assert.Equal(names.Count, names.Distinct().Count());
            Assert.Equal("unknown", BusRoleVerdictNames.Of((BusRoleVerdict)99));
            var kinds = Enum.GetValues<SensorTagKind>().Select(SensorTagNames.Of).ToList();
            Assert.DoesNotContain("unknown", kinds);
            Assert.Equal(kinds.Count, kinds.Distinct().Count());
        }

        [Fact]
        public void The_session_pair_is_the_pair_the_device_search_takes_on_every_random_bus()
        {
            // Hardware/Ds18b20SearchResult.AssignSlots fills the device's slots; the core's AssignForSession states the rule. Random
            // buses of 0-8 sensors, each untagged, S3, R, A or unreadable, in random ROM order (seeded): the two agree on the pair
            // and on S3, and the device's slots never hold a jig probe.
            var random = new Random(2601);
            for (int bus = 0; bus < 5000; bus++)
            {
                int count = random.Next(0, 9);
                var search = new Ds18b20SearchResult();
                var roles = new BusSensorRoles();
                var serials = Enumerable.Range(1, 250).OrderBy(_ => random.Next()).Take(count).ToArray();
                var kindOf = new Dictionary<int, int>();
                foreach (int serial in serials)
                {
                    int kind = random.Next(0, 5);
                    kindOf[serial] = kind;
                    byte[] rom = Rom((byte)serial);
                    Assert.True(search.Offer(rom));
                    roles.Add(rom, kind == 4 ? Recalled(0x4B, 0x46, goodCrc: false) : Tag((SensorTagKind)kind), 0);
                }

                for (int i = 0; i < search.Count; i++)
                {
                    int kind = kindOf[search.RomCodeAt(i)[1]];
                    if (kind == 4)
                    {
                        search.MarkUnreadable(i);
                    }
                    else if (kind == (int)E)
                    {
                        search.MarkTagged(i);
                    }
                    else if (kind == (int)R || kind == (int)A)
                    {
                        search.MarkJigProbe(i);
                    }
                }

                search.AssignSlots(null!, out int first, out int second);
                roles.AssignForSession();
                Assert.Equal(Code(roles, roles.Pair1Index), Code(search, first));
                Assert.Equal(Code(roles, roles.Pair2Index), Code(search, second));
                Assert.Equal(Code(roles, roles.ElementIndex), Code(search, search.ElementIndex));
                Assert.False(search.IsJigProbe(first) || search.IsJigProbe(second));
            }
        }

        private static string Code(BusSensorRoles roles, int index)
        {
            return index < 0 ? "none" : Ds18b20SearchResult.Format(roles.RomCodeAt(index));
        }

        private static string Code(Ds18b20SearchResult search, int index)
        {
            return index < 0 ? "none" : Ds18b20SearchResult.Format(search.RomCodeAt(index));
        }
    }
}
