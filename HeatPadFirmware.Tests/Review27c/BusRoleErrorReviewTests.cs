using System;
using System.Collections.Generic;
using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Hardware;
using Xunit;

namespace HeatPadFirmware.Tests.Review27c
{
    /// <summary>
    /// Review 27c (adversarial review of jig26): the roles of the DS18B20s on the bus under read errors, on every bus of
    /// 0..6 sensors, and with the device's own marking path (Ds18b20Pair.MarkTags) replayed through the core's decoder.
    /// docs/device.md "Review 27c: the jig probes told apart by tag (jig26)".
    /// </summary>
    public class BusRoleErrorReviewTests
    {
        internal static byte[] Rom(byte serial)
        {
            var rom = new byte[8];
            rom[0] = Ds18b20Scratchpad.FamilyCode;
            rom[1] = serial;
            rom[7] = DallasCrc8.Compute(rom, 0, 7);
            return rom;
        }

        internal static byte[] Scratchpad(byte lsb, byte msb, byte highAlarm, byte lowAlarm)
        {
            var bytes = new byte[] { lsb, msb, highAlarm, lowAlarm, 0x7F, 0xFF, 0x0C, 0x10, 0x00 };
            bytes[8] = DallasCrc8.Compute(bytes, 0, 8);
            return bytes;
        }

        /// <summary>TH / TL a pad's sensor or a jig probe may hold: the three tags, the factory contents surveyed (docs), the reset markers.</summary>
        public static IEnumerable<object[]> RecalledAlarmBytes()
        {
            yield return new object[] { SensorTags.ElementHighAlarmByte, SensorTags.ElementLowAlarmByte };
            yield return new object[] { SensorTags.JigReferenceHighAlarmByte, SensorTags.JigReferenceLowAlarmByte };
            yield return new object[] { SensorTags.JigAirHighAlarmByte, SensorTags.JigAirLowAlarmByte };
            yield return new object[] { (byte)0x4B, (byte)0x46 };
            yield return new object[] { (byte)0x55, (byte)0x00 };
            yield return new object[] { (byte)0x55, (byte)0x05 };
            yield return new object[] { (byte)0x7D, (byte)0x7B };
        }

        private static SensorTagKind? KindRead(byte[] scratchpad)
        {
            var roles = new BusSensorRoles();
            int index = roles.Add(Rom(10), scratchpad, 0);
            Assert.Equal(0, index);
            return roles.IsReadable(index) ? roles.KindAt(index) : (SensorTagKind?)null;
        }

        private static byte[] Flip(byte[] original, params int[] bits)
        {
            var copy = (byte[])original.Clone();
            foreach (int bit in bits)
            {
                copy[bit / 8] ^= (byte)(1 << (bit % 8));
            }

            return copy;
        }

        [Theory]
        [MemberData(nameof(RecalledAlarmBytes))]
        public void Every_one_two_and_three_bit_error_in_a_recalled_scratchpad_is_refused_never_read_as_another_role(byte highAlarm, byte lowAlarm)
        {
            // 72 bits: 72 one-bit, 2,556 two-bit, 59,640 three-bit errors, on the power-on 85 °C and on 25 °C.
            foreach (byte[] clean in new[] { Scratchpad(0x50, 0x05, highAlarm, lowAlarm), Scratchpad(0x90, 0x01, highAlarm, lowAlarm) })
            {
                Assert.Equal(SensorTags.Classify(highAlarm, lowAlarm), KindRead(clean));
                int accepted = 0;
                for (int a = 0; a < 72; a++)
                {
                    accepted += KindRead(Flip(clean, a)).HasValue ? 1 : 0;
                    for (int b = a + 1; b < 72; b++)
                    {
                        accepted += KindRead(Flip(clean, a, b)).HasValue ? 1 : 0;
                        for (int c = b + 1; c < 72; c++)
                        {
                            accepted += KindRead(Flip(clean, a, b, c)).HasValue ? 1 : 0;
                        }
                    }
                }

                Assert.Equal(0, accepted);
            }
        }

        [Fact]
        public void Four_bit_errors_that_pass_the_crc_and_change_a_role_are_counted()
        {
            // Informational guard with the measured figures (docs "Review 27c"): of the C(72,4) = 1,028,790 four-bit errors of a
            // recalled scratchpad at 25 °C, how many pass every check and turn (a) the factory 0x4B / 0x46 of a pad's sensor into a
            // jig tag, (b) R's tag into "untagged" (a jig probe a pair candidate), (c) any tag into another tag.
            byte[] factory = Scratchpad(0x90, 0x01, 0x4B, 0x46);
            byte[] reference = Scratchpad(0x90, 0x01, SensorTags.JigReferenceHighAlarmByte, SensorTags.JigReferenceLowAlarmByte);
            int passFactory = 0, factoryToJig = 0, passReference = 0, referenceToUntagged = 0, referenceToOther = 0;
            for (int a = 0; a < 72; a++)
            {
                for (int b = a + 1; b < 72; b++)
                {
                    for (int c = b + 1; c < 72; c++)
                    {
                        for (int d = c + 1; d < 72; d++)
                        {
                            SensorTagKind? f = Decode(Flip(factory, a, b, c, d));
                            if (f.HasValue)
                            {
                                passFactory++;
                                factoryToJig += f == SensorTagKind.JigReference || f == SensorTagKind.JigAir ? 1 : 0;
                            }

                            SensorTagKind? r = Decode(Flip(reference, a, b, c, d));
                            if (r.HasValue)
                            {
                                passReference++;
                                referenceToUntagged += r == SensorTagKind.Untagged ? 1 : 0;
                                referenceToOther += r == SensorTagKind.Element || r == SensorTagKind.JigAir ? 1 : 0;
                            }
                        }
                    }
                }
            }

            Assert.Equal(Figures.FourBit, (passFactory, factoryToJig, passReference, referenceToUntagged, referenceToOther));
        }

        private static SensorTagKind? Decode(byte[] scratchpad)
        {
            return Ds18b20Scratchpad.TryDecode(scratchpad, 0, out _, out _, out _)
                ? SensorTags.Classify(scratchpad[Ds18b20Scratchpad.HighAlarmIndex], scratchpad[Ds18b20Scratchpad.LowAlarmIndex])
                : (SensorTagKind?)null;
        }

        /// <summary>Measured once and fixed here (docs "Review 27c").</summary>
        internal static class Figures
        {
            public static readonly (int, int, int, int, int) FourBit = (4187, 1, 4187, 3024, 0);
        }
    }
}
