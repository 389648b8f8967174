namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The power-on gestures that write a tag into a DS18B20's EEPROM (<see cref="SensorTags"/>), decided here so the device
    /// adapters only read pins and write (session 27, jig27; review 27c findings 1 and 3, review 19a). Three gestures, each
    /// an <b>exact</b> set of held buttons (Power held too, or any other button, is no gesture):
    /// <list type="table">
    /// <item><term>Up + Down</term><description>S3's tag, the element sensor alone on the bus (at assembly, before lamination).</description></item>
    /// <item><term>Program + Down</term><description>R's tag, the jig's reference probe alone on the bus (when the jig is built).</description></item>
    /// <item><term>Program + Up + Down</term><description>A's tag, the jig's air probe alone on the bus.</description></item>
    /// </list>
    /// <para><b>The strap.</b> Every gesture needs the jig strap J4 closed (GPIO 2 to GND, inside the controller's housing,
    /// read once at power-on; hardware/README.md "Calibrating the element witness"): no button combination alone writes an
    /// EEPROM. Without it a user holding two buttons at power-on on a pad whose other sensors are dead or unplugged wrote a
    /// tag into the pad's own surface sensor, which was then never taken for the pair again (sensor_lost, no heat, for good).
    /// The element gesture is gated too: it is the same class (review 19a: a lone surface sensor takes S3's tag and leaves
    /// the pair one short, for good), and it is only ever made at assembly, with the housing open.</para>
    /// <para><b>The hold.</b> With the strap closed the set must then be held unchanged, as one set, for
    /// <see cref="TagGestureHold.HoldMs"/> (<see cref="TagGestureHold"/>): a set that changes, or is not watched, writes nothing.</para>
    /// <para><b>The bus</b> (<see cref="OnBus"/>): exactly one DS18B20, its EEPROM read through a good CRC, not S3's tag for a
    /// jig gesture, not a jig tag for the element gesture; a sensor already holding the gesture's tag is not written again.</para>
    /// Nothing here allocates or reads a pin or a clock.
    /// </summary>
    public static class TagGesture
    {
        /// <summary>The set of held buttons as the device samples it: bit <c>1 &lt;&lt; (int)button</c> per held button.</summary>
        public static int BitOf(ButtonId button)
        {
            return button == ButtonId.None ? 0 : 1 << (int)button;
        }

        /// <summary>The element gesture's set: Up and Down.</summary>
        public static int ElementSet
        {
            get { return BitOf(ButtonId.Up) | BitOf(ButtonId.Down); }
        }

        /// <summary>R's gesture's set: Program and Down.</summary>
        public static int JigReferenceSet
        {
            get { return BitOf(ButtonId.Program) | BitOf(ButtonId.Down); }
        }

        /// <summary>A's gesture's set: Program, Up and Down.</summary>
        public static int JigAirSet
        {
            get { return BitOf(ButtonId.Program) | BitOf(ButtonId.Up) | BitOf(ButtonId.Down); }
        }

        /// <summary>
        /// The tag a held set asks for: <see cref="SensorTagKind.Element"/>, <see cref="SensorTagKind.JigReference"/> or
        /// <see cref="SensorTagKind.JigAir"/> for exactly their sets, <see cref="SensorTagKind.Untagged"/> (no gesture) for any
        /// other set (nothing held, Power among them, Program + Up — the withdrawn fixture entry's —, one button, all four).
        /// </summary>
        /// <param name="heldSet">The held buttons, <see cref="BitOf"/> per button (any int; bits of no button make it no gesture).</param>
        public static SensorTagKind KindOf(int heldSet)
        {
            if (heldSet == ElementSet)
            {
                return SensorTagKind.Element;
            }

            if (heldSet == JigReferenceSet)
            {
                return SensorTagKind.JigReference;
            }

            if (heldSet == JigAirSet)
            {
                return SensorTagKind.JigAir;
            }

            return SensorTagKind.Untagged;
        }

        /// <summary>
        /// Before anything is held or written: <see cref="TagGestureVerdict.NoGesture"/> when <paramref name="gesture"/> is no
        /// tag, <see cref="TagGestureVerdict.RefusedStrapOpen"/> when the jig strap is open, otherwise
        /// <see cref="TagGestureVerdict.Hold"/> (watch the set with a <see cref="TagGestureHold"/>).
        /// </summary>
        /// <param name="gesture">The tag asked for (<see cref="KindOf"/> of the first sample).</param>
        /// <param name="strapClosed">True only when J4 read closed at power-on; false when open or unreadable.</param>
        public static TagGestureVerdict BeforeHold(SensorTagKind gesture, bool strapClosed)
        {
            if (gesture == SensorTagKind.Untagged)
            {
                return TagGestureVerdict.NoGesture;
            }

            return strapClosed ? TagGestureVerdict.Hold : TagGestureVerdict.RefusedStrapOpen;
        }

        /// <summary>
        /// After the hold, what the bus allows: <see cref="TagGestureVerdict.Write"/> only for a gesture whose hold ended
        /// <see cref="TagGestureVerdict.Held"/>, with exactly one DS18B20 found, its EEPROM read, holding no tag that the
        /// gesture may not replace and not already the gesture's tag. Checked in that order; the first failing check is the verdict.
        /// </summary>
        /// <param name="gesture">The tag asked for: Element, JigReference or JigAir (anything else: <see cref="TagGestureVerdict.NoGesture"/>).</param>
        /// <param name="hold">The hold's outcome (<see cref="TagGestureHold.State"/>, or the verdict of <see cref="BeforeHold"/>): RefusedStrapOpen and RefusedSetChanged are returned as they are, any other value but Held as RefusedNotWatched.</param>
        /// <param name="sensorsFound">DS18B20 codes the search found (0 or more).</param>
        /// <param name="eepromRead">True when the one sensor's recalled scratchpad passed its checks.</param>
        /// <param name="held">What its recalled TH / TL are (<see cref="SensorTags.Classify"/>); ignored unless <paramref name="eepromRead"/>.</param>
        public static TagGestureVerdict OnBus(SensorTagKind gesture, TagGestureVerdict hold, int sensorsFound, bool eepromRead, SensorTagKind held)
        {
            if (gesture != SensorTagKind.Element && gesture != SensorTagKind.JigReference && gesture != SensorTagKind.JigAir)
            {
                return TagGestureVerdict.NoGesture;
            }

            if (hold != TagGestureVerdict.Held)
            {
                // A refusal decided before the bus stands; anything else (a hold not ended, a bus verdict passed in) was not watched.
                return hold == TagGestureVerdict.RefusedStrapOpen || hold == TagGestureVerdict.RefusedSetChanged
                    ? hold
                    : TagGestureVerdict.RefusedNotWatched;
            }

            if (sensorsFound != 1)
            {
                return TagGestureVerdict.RefusedNotAlone;
            }

            if (!eepromRead)
            {
                return TagGestureVerdict.RefusedUnreadable;
            }

            if (held == gesture)
            {
                return TagGestureVerdict.AlreadyTagged;
            }

            if (gesture != SensorTagKind.Element && held == SensorTagKind.Element)
            {
                return TagGestureVerdict.RefusedHoldsElementTag;
            }

            if (gesture == SensorTagKind.Element && (held == SensorTagKind.JigReference || held == SensorTagKind.JigAir))
            {
                return TagGestureVerdict.RefusedHoldsJigTag;
            }

            return TagGestureVerdict.Write;
        }
    }
}
