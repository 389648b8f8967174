using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Hardware;
using Xunit;

namespace HeatPadFirmware.Tests.Jig26
{
    /// <summary>
    /// Session 26 (jig26): the three tags (<see cref="SensorTags"/>) collide with no alarm set-up, no factory default and no
    /// reset marker, nor with each other. Factory contents: C. Petrich's survey of over 1,000 parts
    /// (github.com/cpetrich/counterfeit_DS18B20, initial scratchpads; the datasheet states none for TH / TL).
    /// </summary>
    public class SensorTagsTests
    {
        private static readonly SensorTagKind[] Kinds = { SensorTagKind.Element, SensorTagKind.JigReference, SensorTagKind.JigAir };

        /// <summary>TH / TL as parts come: Maxim and families B1 / B2, family C, family D, family E (no EEPROM); and all zeros.</summary>
        public static readonly (byte High, byte Low)[] FactoryContents = { (0x4B, 0x46), (0x55, 0x00), (0x55, 0x05), (0xFF, 0xFF), (0x00, 0x00) };

        private static (byte High, byte Low) Bytes(SensorTagKind kind)
        {
            return (SensorTags.HighAlarmByteOf(kind), SensorTags.LowAlarmByteOf(kind));
        }

        private static int BitsApart((byte High, byte Low) a, (byte High, byte Low) b)
        {
            return System.Numerics.BitOperations.PopCount((uint)(a.High ^ b.High)) + System.Numerics.BitOperations.PopCount((uint)(a.Low ^ b.Low));
        }

        [Fact]
        public void Every_tag_is_a_low_alarm_above_its_high_alarm_within_the_packages_unsigned_range()
        {
            foreach (SensorTagKind kind in Kinds)
            {
                (byte high, byte low) = Bytes(kind);
                Assert.True(low > high, kind + ": TL must be above TH (no alarm set-up chooses it)");
                Assert.InRange(high, 0, 125);
                Assert.InRange(low, 0, 125);
                Assert.Equal(kind, SensorTags.Classify(high, low));
                Assert.Equal(SensorTagKind.Untagged, SensorTags.Classify(low, high));
            }
        }

        [Fact]
        public void The_tags_differ_from_each_other_from_every_factory_default_and_from_the_reset_markers_in_at_least_three_bits()
        {
            var markers = new[] { (byte)0x7C, (byte)0x7D }.SelectMany(h => new[] { (byte)0x7A, (byte)0x7B }.Select(l => (High: h, Low: l)));
            foreach (SensorTagKind kind in Kinds)
            {
                foreach (SensorTagKind other in Kinds.Where(k => k != kind))
                {
                    Assert.True(BitsApart(Bytes(kind), Bytes(other)) >= 3, kind + " against " + other);
                }

                foreach (var contents in FactoryContents.Concat(markers))
                {
                    Assert.True(BitsApart(Bytes(kind), contents) >= 3, kind + " against " + contents);
                    Assert.Equal(SensorTagKind.Untagged, SensorTags.Classify(contents.High, contents.Low));
                }
            }
        }

        [Fact]
        public void The_reset_markers_written_over_a_tag_differ_from_it_so_a_jig_probes_silent_reset_is_still_seen()
        {
            foreach (SensorTagKind kind in Kinds)
            {
                (byte high, byte low) = Bytes(kind);
                Assert.NotEqual(high, Ds18b20Scratchpad.HighAlarmMarkerFor(high));
                Assert.NotEqual(low, Ds18b20Scratchpad.LowAlarmMarkerFor(low));
            }
        }

        [Fact]
        public void The_element_tag_is_the_one_the_element_sensor_has_held_since_session_18()
        {
            Assert.Equal(0x45, ElementSensorTag.HighAlarmByte);
            Assert.Equal(0x57, ElementSensorTag.LowAlarmByte);
            Assert.Equal(SensorTags.ElementHighAlarmByte, ElementSensorTag.HighAlarmByte);
            Assert.Equal(SensorTags.ElementLowAlarmByte, ElementSensorTag.LowAlarmByte);
            Assert.Equal(0, SensorTags.HighAlarmByteOf(SensorTagKind.Untagged));
        }
    }
}
