namespace HeatPadFirmware.Core
{
    /// <summary>
    /// What a DS18B20's user bytes TH / TL, recalled from its EEPROM, say the sensor is (<see cref="SensorTags"/>): one of the
    /// pad's own pair (no tag), the pad's element sensor S3, or one of the fixture jig's two probes, R and A.
    /// </summary>
    public enum SensorTagKind
    {
        /// <summary>No tag: a candidate for the pad's surface pair.</summary>
        Untagged = 0,

        /// <summary>The element sensor S3's tag, written once at assembly (hardware/README.md "The element sensor S3").</summary>
        Element = 1,

        /// <summary>The jig's reference probe R, pressed on the surface during the fixture run (<see cref="FixtureJigReference"/>).</summary>
        JigReference = 2,

        /// <summary>The jig's air probe A, reading the fixture's room (<see cref="FixtureJigReference"/>, <see cref="FixtureRoomWatch"/>).</summary>
        JigAir = 3,
    }

    /// <summary>Names of <see cref="SensorTagKind"/> for the console (enum ToString gives the number on nanoFramework).</summary>
    public static class SensorTagNames
    {
        /// <summary>"untagged", "element", "jig_reference", "jig_air", or "unknown".</summary>
        public static string Of(SensorTagKind kind)
        {
            switch (kind)
            {
                case SensorTagKind.Untagged:
                    return "untagged";
                case SensorTagKind.Element:
                    return "element";
                case SensorTagKind.JigReference:
                    return "jig_reference";
                case SensorTagKind.JigAir:
                    return "jig_air";
                default:
                    return "unknown";
            }
        }
    }
}
