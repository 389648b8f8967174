using System.Collections.Generic;
using System.Linq;
using HeatPadFirmware.Core;
using Xunit;
using static HeatPadFirmware.Tests.Jig26.BusSensorRolesTests;

namespace HeatPadFirmware.Tests.Jig27
{
    /// <summary>
    /// Session 27 (jig27), review 27c finding 4: the fixture's roles with the jig's own probes named by ROM code
    /// (<see cref="BusSensorRoles.AssignForFixture(byte[], byte[])"/>). Tags alone cannot tell a pad sensor that took R's tag
    /// from the jig's R; a lasered ROM code can. The fixture entry is withdrawn: nothing on the device calls this yet.
    /// </summary>
    public class JigProbeCodeTests
    {
        private static readonly SensorTagKind U = SensorTagKind.Untagged;
        private static readonly SensorTagKind S3 = SensorTagKind.Element;
        private static readonly SensorTagKind R = SensorTagKind.JigReference;
        private static readonly SensorTagKind A = SensorTagKind.JigAir;

        // One sensor per (serial, kind), added in the order given.
        private static BusSensorRoles Bus(params (byte Serial, SensorTagKind Kind)[] sensors)
        {
            var roles = new BusSensorRoles();
            foreach (var sensor in sensors)
            {
                roles.Add(Rom(sensor.Serial), Tag(sensor.Kind), 0);
            }

            return roles;
        }

        [Fact]
        public void The_jigs_own_probes_on_a_right_bus_are_assigned_in_every_rom_order()
        {
            // The 60 orders of five serials for {S1, S2, S3, R, A}: the jig's R and A named by their codes.
            byte[] serials = { 20, 21, 22, 23, 24 };
            int orders = 0;
            foreach (int[] perm in Jig26.BusSensorRolesTests.Permutations(new[] { 0, 1, 2, 3, 4 }))
            {
                SensorTagKind[] kinds = { U, U, S3, R, A };
                var sensors = perm.Select((k, rank) => (serials[rank], kinds[k])).ToArray();
                BusSensorRoles roles = Bus(sensors);
                byte rSerial = sensors.Single(s => s.Item2 == R).Item1;
                byte aSerial = sensors.Single(s => s.Item2 == A).Item1;
                Assert.Equal(BusRoleVerdict.Assigned, roles.AssignForFixture(Rom(rSerial), Rom(aSerial)));
                Assert.Equal(rSerial, roles.RomCodeAt(roles.ReferenceIndex)[1]);
                Assert.Equal(aSerial, roles.RomCodeAt(roles.AirIndex)[1]);
                orders++;
            }

            Assert.Equal(120, orders);
        }

        [Fact]
        public void A_pad_sensor_that_took_Rs_tag_is_refused_whether_the_jig_names_its_replacement_or_its_old_R()
        {
            // Review 27c finding 4's bus: the pad's S1 (30) holds R's tag, the jig's replacement R (33) is untagged.
            var bus = new[] { ((byte)30, R), ((byte)31, U), ((byte)32, S3), ((byte)33, U), ((byte)34, A) };
            Assert.Equal(BusRoleVerdict.Assigned, Bus(bus).AssignForFixture());
            foreach (byte recordedR in new byte[] { 33, 35 })
            {
                BusSensorRoles roles = Bus(bus);
                Assert.Equal(BusRoleVerdict.ReferenceNotTheJigs, roles.AssignForFixture(Rom(recordedR), Rom(34)));
                Jig26.BusSensorRolesTests.AssertNoRole(roles);
            }
        }

        [Fact]
        public void A_pad_sensor_that_took_As_tag_is_refused()
        {
            var bus = new[] { ((byte)30, A), ((byte)31, U), ((byte)32, S3), ((byte)33, R), ((byte)34, U) };
            BusSensorRoles roles = Bus(bus);
            Assert.Equal(BusRoleVerdict.AirNotTheJigs, roles.AssignForFixture(Rom(33), Rom(34)));
            Jig26.BusSensorRolesTests.AssertNoRole(roles);
        }

        [Fact]
        public void The_jigs_codes_given_swapped_are_refused()
        {
            var bus = new[] { ((byte)30, U), ((byte)31, U), ((byte)32, S3), ((byte)33, R), ((byte)34, A) };
            Assert.Equal(BusRoleVerdict.ReferenceNotTheJigs, Bus(bus).AssignForFixture(Rom(34), Rom(33)));
        }

        [Fact]
        public void A_jig_code_that_is_missing_or_no_ds18b20_code_is_refused()
        {
            var bus = new[] { ((byte)30, U), ((byte)31, U), ((byte)32, S3), ((byte)33, R), ((byte)34, A) };
            byte[] badCrc = Rom(33);
            badCrc[7] ^= 0x01;
            byte[] otherFamily = Rom(34);
            otherFamily[0] = 0x10;
            Assert.Equal(BusRoleVerdict.ReferenceNotTheJigs, Bus(bus).AssignForFixture(null!, Rom(34)));
            Assert.Equal(BusRoleVerdict.ReferenceNotTheJigs, Bus(bus).AssignForFixture(new byte[7], Rom(34)));
            Assert.Equal(BusRoleVerdict.ReferenceNotTheJigs, Bus(bus).AssignForFixture(badCrc, Rom(34)));
            Assert.Equal(BusRoleVerdict.AirNotTheJigs, Bus(bus).AssignForFixture(Rom(33), otherFamily));
            Assert.Equal(BusRoleVerdict.AirNotTheJigs, Bus(bus).AssignForFixture(Rom(33), null!));
        }

        [Fact]
        public void A_bus_the_tags_already_refuse_keeps_its_reason()
        {
            // R's tag lost (three untagged): jig_reference_missing, as the tags alone say, before any code is compared.
            var bus = new[] { ((byte)30, U), ((byte)31, U), ((byte)32, S3), ((byte)33, U), ((byte)34, A) };
            BusSensorRoles roles = Bus(bus);
            Assert.Equal(BusRoleVerdict.ReferenceMissing, roles.AssignForFixture(Rom(33), Rom(34)));
            Jig26.BusSensorRolesTests.AssertNoRole(roles);
        }

        [Fact]
        public void The_two_new_refusals_have_console_names()
        {
            Assert.Equal("jig_reference_not_the_jigs", BusRoleVerdictNames.Of(BusRoleVerdict.ReferenceNotTheJigs));
            Assert.Equal("jig_air_not_the_jigs", BusRoleVerdictNames.Of(BusRoleVerdict.AirNotTheJigs));
        }
    }
}
