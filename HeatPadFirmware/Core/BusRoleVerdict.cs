namespace HeatPadFirmware.Core
{
    /// <summary>
    /// What <see cref="BusSensorRoles"/> made of the sensors on the bus. For the fixture run every verdict but
    /// <see cref="Assigned"/> is a refusal: no heat, no record, and the reason named on the console. For a session, see
    /// <see cref="BusSensorRoles.AssignForSession"/>.
    /// </summary>
    public enum BusRoleVerdict
    {
        /// <summary>Every role found exactly once: the pair (two untagged), S3, R and A in the fixture; the pair (and S3 if fitted) in a session.</summary>
        Assigned = 0,

        /// <summary>A code from the search is no DS18B20's (family not 0x28, or its ROM CRC-8 fails): the search glitched.</summary>
        RomCodeInvalid = 1,

        /// <summary>A sensor's recalled scratchpad failed its checks (CRC, fixed bits, range) in every attempt: its tag is unknown.</summary>
        TagUnreadable = 2,

        /// <summary>More DS18B20s answered than <see cref="BusSensorRoles.Capacity"/>: some were not asked for their tag.</summary>
        OverCapacity = 3,

        /// <summary>No sensor holds R's tag (the fixture needs the jig's reference probe).</summary>
        ReferenceMissing = 4,

        /// <summary>Two or more sensors hold R's tag: which one is pressed on the surface is unknown.</summary>
        ReferenceDoubled = 5,

        /// <summary>No sensor holds A's tag (the fixture needs the jig's air probe).</summary>
        AirMissing = 6,

        /// <summary>Two or more sensors hold A's tag.</summary>
        AirDoubled = 7,

        /// <summary>No sensor holds S3's tag (the fixture calibrates the element sensor).</summary>
        ElementMissing = 8,

        /// <summary>Two or more sensors hold S3's tag.</summary>
        ElementDoubled = 9,

        /// <summary>Fewer or more than two untagged sensors: the pair is not exactly the pad's two.</summary>
        PairNotTwo = 10,

        /// <summary>A session (not the fixture) found a jig probe's tag on the bus: the probe is used in no role, the pair only from untagged sensors.</summary>
        JigProbeInSession = 11,

        /// <summary>
        /// The fixture (session 27): the sensor holding R's tag is not the jig's own R, whose ROM code the jig names
        /// (<see cref="BusSensorRoles.AssignForFixture(byte[], byte[])"/>), or the jig names no valid R code: a pad sensor that
        /// took R's tag, or a probe swapped and not recorded.
        /// </summary>
        ReferenceNotTheJigs = 12,

        /// <summary>The fixture (session 27): the sensor holding A's tag is not the jig's own A by ROM code, or the jig names no valid A code.</summary>
        AirNotTheJigs = 13,
    }

    /// <summary>Names of <see cref="BusRoleVerdict"/> for the console and the fixture's aborted mark (enum ToString gives the number on nanoFramework).</summary>
    public static class BusRoleVerdictNames
    {
        /// <summary>The protocol name, e.g. "jig_reference_missing"; "unknown" for a value outside the enum.</summary>
        public static string Of(BusRoleVerdict verdict)
        {
            switch (verdict)
            {
                case BusRoleVerdict.Assigned:
                    return "assigned";
                case BusRoleVerdict.RomCodeInvalid:
                    return "rom_code_bad";
                case BusRoleVerdict.TagUnreadable:
                    return "tag_crc_bad";
                case BusRoleVerdict.OverCapacity:
                    return "too_many_sensors";
                case BusRoleVerdict.ReferenceMissing:
                    return "jig_reference_missing";
                case BusRoleVerdict.ReferenceDoubled:
                    return "jig_reference_doubled";
                case BusRoleVerdict.AirMissing:
                    return "jig_air_missing";
                case BusRoleVerdict.AirDoubled:
                    return "jig_air_doubled";
                case BusRoleVerdict.ElementMissing:
                    return "element_missing";
                case BusRoleVerdict.ElementDoubled:
                    return "element_doubled";
                case BusRoleVerdict.PairNotTwo:
                    return "pair_not_two";
                case BusRoleVerdict.JigProbeInSession:
                    return "jig_probe_in_session";
                case BusRoleVerdict.ReferenceNotTheJigs:
                    return "jig_reference_not_the_jigs";
                case BusRoleVerdict.AirNotTheJigs:
                    return "jig_air_not_the_jigs";
                default:
                    return "unknown";
            }
        }
    }
}
