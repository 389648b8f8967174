namespace HeatPadFirmware.Core
{
    /// <summary>
    /// What a power-on tag gesture may do (<see cref="TagGesture"/>): write a tag into the one DS18B20 on the bus, leave a sensor
    /// that already holds it, or refuse, and why. Only <see cref="Write"/> lets the device write an EEPROM.
    /// </summary>
    public enum TagGestureVerdict
    {
        /// <summary>No tag gesture's button set is held: a normal start, nothing printed.</summary>
        NoGesture = 0,

        /// <summary>A gesture's set is held but the jig strap J4 is open: nothing written, a normal start.</summary>
        RefusedStrapOpen = 1,

        /// <summary>The strap is closed and the set is held: hold it unchanged for <see cref="TagGestureHold.HoldMs"/>.</summary>
        Hold = 2,

        /// <summary>The set changed during the hold (a button released, added, or a contact read open): nothing written.</summary>
        RefusedSetChanged = 3,

        /// <summary>Two samples of the hold further apart than <see cref="TagGestureHold.MaxSampleGapMs"/>: the set was not watched, nothing written.</summary>
        RefusedNotWatched = 4,

        /// <summary>The set was held for the whole hold with the strap closed: the bus may now be asked (<see cref="TagGesture.OnBus"/>).</summary>
        Held = 5,

        /// <summary>Not exactly one DS18B20 answered: nothing written (a finished pad has two or three).</summary>
        RefusedNotAlone = 6,

        /// <summary>The one sensor's EEPROM could not be read (recall and CRC-checked scratchpad): nothing written.</summary>
        RefusedUnreadable = 7,

        /// <summary>A jig gesture on a sensor that holds the element sensor's tag: a pad's S3 is never re-tagged.</summary>
        RefusedHoldsElementTag = 8,

        /// <summary>The element gesture on a sensor that holds a jig probe's tag: a jig probe is never made S3 (re-tag it with its own gesture).</summary>
        RefusedHoldsJigTag = 9,

        /// <summary>The sensor already holds the gesture's tag: nothing written (EEPROM wear).</summary>
        AlreadyTagged = 10,

        /// <summary>Write the gesture's tag into the one sensor and read it back.</summary>
        Write = 11,
    }

    /// <summary>Console texts of <see cref="TagGestureVerdict"/> (enum ToString gives the number on nanoFramework).</summary>
    public static class TagGestureVerdictNames
    {
        /// <summary>
        /// The reason printed after "element tag: " or "jig tag: " for a refusal decided before the bus is asked
        /// (<see cref="TagGestureVerdict.RefusedStrapOpen"/>, <see cref="TagGestureVerdict.RefusedSetChanged"/>,
        /// <see cref="TagGestureVerdict.RefusedNotWatched"/>); the bus refusals name their sensor and are printed by the device.
        /// Empty for any other verdict.
        /// </summary>
        public static string RefusalOf(TagGestureVerdict verdict)
        {
            switch (verdict)
            {
                case TagGestureVerdict.RefusedStrapOpen:
                    return "refused, jig strap open (normal start)";
                case TagGestureVerdict.RefusedSetChanged:
                    return "refused, the buttons changed during the hold (nothing written; power off and hold the set again)";
                case TagGestureVerdict.RefusedNotWatched:
                    return "refused, the buttons were not watched for the whole hold (nothing written; power off and hold the set again)";
                default:
                    return string.Empty;
            }
        }
    }
}
