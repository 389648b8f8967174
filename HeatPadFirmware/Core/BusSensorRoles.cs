namespace HeatPadFirmware.Core
{
    /// <summary>
    /// Who is who on the pad's 1-Wire bus, from each DS18B20's ROM code and the TH / TL bytes recalled from its EEPROM
    /// (<see cref="SensorTags"/>): the pad's surface pair (untagged), its element sensor S3, and — at the fixture only — the
    /// jig's reference probe R pressed on the surface and its air probe A (<see cref="FixtureJigReference"/>). With five
    /// DS18B20s on one bus, a jig probe taken for a pair sensor (or the reverse) makes every check of the fixture run judge
    /// the wrong readings (docs/device.md "Session 26: the jig probes told apart by tag (jig26)"), so roles come only from
    /// tags read behind a good CRC, never from ROM order, and a bus that does not name every role exactly once is refused.
    /// <para>Use: <see cref="Clear"/>, then <see cref="Add"/> each code the search found (with its recalled scratchpad, or
    /// null when the recall failed), <see cref="AddKnown"/> a code whose role the caller already holds (a sensor attached to
    /// a slot, not recalled again), <see cref="CountUnasked"/> the codes found beyond <see cref="Capacity"/>; then
    /// <see cref="AssignForFixture()"/> or <see cref="AssignForSession"/>.</para>
    /// <para><b>The fixture</b> (<see cref="AssignForFixture()"/>; since session 27 also <see cref="AssignForFixture(byte[], byte[])"/>, R and A by the jig's ROM codes) needs exactly: two untagged sensors (the pair), one S3, one R,
    /// one A, every tag read behind a good CRC and every code a DS18B20's. Anything else is refused with a named reason
    /// (<see cref="BusRoleVerdict"/>): no role is assigned, so the run has nothing to heat by and no record to make.</para>
    /// <para><b>A session</b> (<see cref="AssignForSession"/>) takes its pair from untagged sensors only: a jig probe left on
    /// the bus (a pad out of the jig with the harness still on, or a jig part built into a pad by mistake) is never a pair
    /// sensor, and the verdict says so (<see cref="BusRoleVerdict.JigProbeInSession"/>). Otherwise a session keeps the rules
    /// it had before session 26 (Hardware/Ds18b20SearchResult: the two lowest untagged readable codes; a pair one short
    /// reads invalid and the core latches <c>sensor_lost</c>).</para>
    /// Plain C#, nanoFramework-safe; allocates only in its constructor.
    /// </summary>
    public sealed class BusSensorRoles
    {
        /// <summary>Most codes held, 8, as the bus search keeps (Hardware/Ds18b20SearchResult.Capacity); the fixture's bus has 5.</summary>
        public const int Capacity = 8;

        private readonly byte[][] _romCodes;
        private readonly SensorTagKind[] _kinds = new SensorTagKind[Capacity];
        private readonly bool[] _readable = new bool[Capacity];
        private int _count;
        private int _invalidRomCodes;
        private int _unasked;
        private int _pair1 = -1;
        private int _pair2 = -1;
        private int _element = -1;
        private int _reference = -1;
        private int _air = -1;
        private BusRoleVerdict _verdict = BusRoleVerdict.PairNotTwo;

        /// <summary>Allocates the <see cref="Capacity"/> code buffers of 8 bytes.</summary>
        public BusSensorRoles()
        {
            _romCodes = new byte[Capacity][];
            for (int i = 0; i < Capacity; i++)
            {
                _romCodes[i] = new byte[Ds18b20Scratchpad.RomCodeLength];
            }
        }

        /// <summary>Number of distinct DS18B20 codes held, 0..<see cref="Capacity"/>.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Codes offered that were no DS18B20's (null, family not 0x28, ROM CRC-8 failed).</summary>
        public int InvalidRomCodeCount
        {
            get { return _invalidRomCodes; }
        }

        /// <summary>Codes the search found but that were not asked for their tag (beyond <see cref="Capacity"/>).</summary>
        public int UnaskedCount
        {
            get { return _unasked; }
        }

        /// <summary>The last assignment's verdict (<see cref="BusRoleVerdict.PairNotTwo"/> before any).</summary>
        public BusRoleVerdict Verdict
        {
            get { return _verdict; }
        }

        /// <summary>Index of pair sensor 1 (the lower ROM code of the two), or −1.</summary>
        public int Pair1Index
        {
            get { return _pair1; }
        }

        /// <summary>Index of pair sensor 2 (the higher ROM code), or −1.</summary>
        public int Pair2Index
        {
            get { return _pair2; }
        }

        /// <summary>Index of S3, or −1 (none, or more than one: neither is used).</summary>
        public int ElementIndex
        {
            get { return _element; }
        }

        /// <summary>Index of the jig's reference probe R, or −1 (always −1 after <see cref="AssignForSession"/>).</summary>
        public int ReferenceIndex
        {
            get { return _reference; }
        }

        /// <summary>Index of the jig's air probe A, or −1 (always −1 after <see cref="AssignForSession"/>).</summary>
        public int AirIndex
        {
            get { return _air; }
        }

        /// <summary>Forgets every code and role, for a new search.</summary>
        public void Clear()
        {
            _count = 0;
            _invalidRomCodes = 0;
            _unasked = 0;
            ClearRoles();
            _verdict = BusRoleVerdict.PairNotTwo;
        }

        /// <summary>
        /// One code the search found and what its recall gave. Returns its index, or −1 when it is not held: not a DS18B20's
        /// code (counted in <see cref="InvalidRomCodeCount"/>, whatever the scratchpad), a repeat of one held (a search glitch
        /// counts once), or no room left (counted in <see cref="UnaskedCount"/>).
        /// </summary>
        /// <param name="romCode">8 bytes in bus order, family first (copied).</param>
        /// <param name="recalledScratchpad">The 9 bytes read right after Recall E² 0xB8, or null when the recall failed.</param>
        /// <param name="offset">Index of byte 0 in <paramref name="recalledScratchpad"/>.</param>
        public int Add(byte[] romCode, byte[] recalledScratchpad, int offset)
        {
            int index = Hold(romCode);
            if (index < 0)
            {
                return -1;
            }

            double temperatureC;
            int resolutionBits;
            bool isPowerOnValue;
            bool readable = recalledScratchpad != null
                && Ds18b20Scratchpad.TryDecode(recalledScratchpad, offset, out temperatureC, out resolutionBits, out isPowerOnValue);
            _readable[index] = readable;
            _kinds[index] = readable
                ? SensorTags.Classify(recalledScratchpad[offset + Ds18b20Scratchpad.HighAlarmIndex], recalledScratchpad[offset + Ds18b20Scratchpad.LowAlarmIndex])
                : SensorTagKind.Untagged;
            return index;
        }

        /// <summary>
        /// A code whose role the caller already holds without a recall (a sensor attached to a slot, whose scratchpad TH / TL now
        /// hold the firmware's reset markers, not its tag). Same return as <see cref="Add"/>.
        /// </summary>
        public int AddKnown(byte[] romCode, SensorTagKind kind)
        {
            int index = Hold(romCode);
            if (index >= 0)
            {
                _readable[index] = true;
                _kinds[index] = kind;
            }

            return index;
        }

        /// <summary>Counts <paramref name="count"/> codes the search found beyond what it kept: their tags are unknown.</summary>
        public void CountUnasked(int count)
        {
            if (count > 0)
            {
                _unasked += count;
            }
        }

        /// <summary>The held code at <paramref name="index"/> (this object's array: copy it to keep it).</summary>
        public byte[] RomCodeAt(int index)
        {
            return _romCodes[index];
        }

        /// <summary>True when the code at <paramref name="index"/> had a recalled scratchpad that passed its checks (or a known role).</summary>
        public bool IsReadable(int index)
        {
            return index >= 0 && index < _count && _readable[index];
        }

        /// <summary>The tag of the code at <paramref name="index"/>; <see cref="SensorTagKind.Untagged"/> too when unreadable (ask <see cref="IsReadable"/>).</summary>
        public SensorTagKind KindAt(int index)
        {
            return _kinds[index];
        }

        /// <summary>Number of readable codes holding <paramref name="kind"/>'s tag (untagged: readable and holding none).</summary>
        public int CountOf(SensorTagKind kind)
        {
            int found = 0;
            for (int i = 0; i < _count; i++)
            {
                if (_readable[i] && _kinds[i] == kind)
                {
                    found++;
                }
            }

            return found;
        }

        /// <summary>Number of codes whose recall failed or whose scratchpad failed its checks.</summary>
        public int UnreadableCount
        {
            get
            {
                int unreadable = 0;
                for (int i = 0; i < _count; i++)
                {
                    if (!_readable[i])
                    {
                        unreadable++;
                    }
                }

                return unreadable;
            }
        }

        /// <summary>Number of readable codes holding either jig probe's tag.</summary>
        public int JigProbeCount
        {
            get { return CountOf(SensorTagKind.JigReference) + CountOf(SensorTagKind.JigAir); }
        }

        /// <summary>
        /// The fixture's roles: <see cref="BusRoleVerdict.Assigned"/> with the pair, S3, R and A each at one index when the bus
        /// holds exactly two untagged sensors and one of each tag, every code valid and every tag read; otherwise the first
        /// reason in this order — an invalid code, an unreadable tag, codes not asked, R missing / doubled, A missing /
        /// doubled, S3 missing / doubled, the untagged count not two — and every index −1 (no role assigned).
        /// </summary>
        public BusRoleVerdict AssignForFixture()
        {
            ClearRoles();
            _verdict = FixtureRefusal();
            if (_verdict != BusRoleVerdict.Assigned)
            {
                return _verdict;
            }

            _element = Single(SensorTagKind.Element);
            _reference = Single(SensorTagKind.JigReference);
            _air = Single(SensorTagKind.JigAir);
            LowestUntagged(out _pair1, out _pair2);
            return _verdict;
        }

        /// <summary>
        /// The fixture's roles as <see cref="AssignForFixture()"/> gives them, and then R and A must be the jig's own probes by
        /// ROM code (session 27, review 27c finding 4): tags alone cannot tell a pad sensor that took R's tag from the jig's R,
        /// and a ROM code is lasered at the factory, so a pad sensor can never carry the jig's. The codes come with the jig
        /// (printed by the tag gesture, <c># jig tag: &lt;code&gt; tagged as R</c>; how the entry will get them is docs/device.md
        /// "Session 27"). <see cref="BusRoleVerdict.ReferenceNotTheJigs"/> / <see cref="BusRoleVerdict.AirNotTheJigs"/> when the
        /// tagged probe's code differs or the code given is not a valid DS18B20 code (null, not 8 bytes, family not 0x28, bad
        /// CRC); every index −1 then, as for any refusal. The entry is withdrawn: nothing on the device calls this yet.
        /// </summary>
        /// <param name="jigReferenceRomCode">The jig's R, 8 bytes in bus order.</param>
        /// <param name="jigAirRomCode">The jig's A, 8 bytes in bus order.</param>
        public BusRoleVerdict AssignForFixture(byte[] jigReferenceRomCode, byte[] jigAirRomCode)
        {
            if (AssignForFixture() != BusRoleVerdict.Assigned)
            {
                return _verdict;
            }

            if (!Ds18b20Scratchpad.IsValidRomCode(jigReferenceRomCode, 0) || RomCodeOrder.Compare(_romCodes[_reference], jigReferenceRomCode) != 0)
            {
                ClearRoles();
                _verdict = BusRoleVerdict.ReferenceNotTheJigs;
            }
            else if (!Ds18b20Scratchpad.IsValidRomCode(jigAirRomCode, 0) || RomCodeOrder.Compare(_romCodes[_air], jigAirRomCode) != 0)
            {
                ClearRoles();
                _verdict = BusRoleVerdict.AirNotTheJigs;
            }

            return _verdict;
        }

        /// <summary>
        /// A session's roles: the pair is the two lowest ROM codes among the readable untagged ones (one: sensor 1 only; none:
        /// neither), S3 the one readable code holding its tag (none when none or several), R and A never. The verdict says
        /// what was unusual, first in this order: <see cref="BusRoleVerdict.JigProbeInSession"/> (a jig probe on the bus, used
        /// in no role), <see cref="BusRoleVerdict.TagUnreadable"/>, <see cref="BusRoleVerdict.ElementDoubled"/>,
        /// <see cref="BusRoleVerdict.PairNotTwo"/>; else <see cref="BusRoleVerdict.Assigned"/>. It refuses nothing by itself:
        /// a pair one short reads invalid and the core latches <c>sensor_lost</c> (no heat), as before session 26. With a jig probe
        /// on the bus and more than two untagged sensors, sensor 2 is left empty (review 27c: a probe whose tag was lost).
        /// </summary>
        public BusRoleVerdict AssignForSession()
        {
            ClearRoles();
            LowestUntagged(out _pair1, out _pair2);
            int untagged = CountOf(SensorTagKind.Untagged);
            if (JigProbeCount > 0 && untagged > 2)
            {
                // The jig's harness is on (a jig tag answers) and more untagged sensors than a pad's pair: one of them may be a
                // jig probe whose tag was lost (review 27c: 40 of 60 ROM orders put it in the pair). Sensor 2 stays empty, so
                // the pair reads one short and the core latches sensor_lost (no heat) rather than heat on a probe in the air.
                _pair2 = -1;
            }

            int elements = CountOf(SensorTagKind.Element);
            _element = elements == 1 ? Single(SensorTagKind.Element) : -1;
            if (JigProbeCount > 0)
            {
                _verdict = BusRoleVerdict.JigProbeInSession;
            }
            else if (UnreadableCount > 0)
            {
                _verdict = BusRoleVerdict.TagUnreadable;
            }
            else if (elements > 1)
            {
                _verdict = BusRoleVerdict.ElementDoubled;
            }
            else if (untagged != 2)
            {
                _verdict = BusRoleVerdict.PairNotTwo;
            }
            else
            {
                _verdict = BusRoleVerdict.Assigned;
            }

            return _verdict;
        }

        private BusRoleVerdict FixtureRefusal()
        {
            if (_invalidRomCodes > 0)
            {
                return BusRoleVerdict.RomCodeInvalid;
            }

            if (UnreadableCount > 0)
            {
                return BusRoleVerdict.TagUnreadable;
            }

            if (_unasked > 0)
            {
                return BusRoleVerdict.OverCapacity;
            }

            int references = CountOf(SensorTagKind.JigReference);
            if (references != 1)
            {
                return references == 0 ? BusRoleVerdict.ReferenceMissing : BusRoleVerdict.ReferenceDoubled;
            }

            int airs = CountOf(SensorTagKind.JigAir);
            if (airs != 1)
            {
                return airs == 0 ? BusRoleVerdict.AirMissing : BusRoleVerdict.AirDoubled;
            }

            int elements = CountOf(SensorTagKind.Element);
            if (elements != 1)
            {
                return elements == 0 ? BusRoleVerdict.ElementMissing : BusRoleVerdict.ElementDoubled;
            }

            return CountOf(SensorTagKind.Untagged) == 2 ? BusRoleVerdict.Assigned : BusRoleVerdict.PairNotTwo;
        }

        /// <summary>Stores a copy of a valid, new code; −1 (and the count) for an invalid one, −1 for a repeat or no room.</summary>
        private int Hold(byte[] romCode)
        {
            if (!Ds18b20Scratchpad.IsValidRomCode(romCode, 0))
            {
                _invalidRomCodes++;
                return -1;
            }

            for (int i = 0; i < _count; i++)
            {
                if (RomCodeOrder.Compare(romCode, _romCodes[i]) == 0)
                {
                    return -1;
                }
            }

            if (_count == Capacity)
            {
                _unasked++;
                return -1;
            }

            byte[] slot = _romCodes[_count];
            for (int i = 0; i < Ds18b20Scratchpad.RomCodeLength; i++)
            {
                slot[i] = romCode[i];
            }

            _readable[_count] = false;
            _kinds[_count] = SensorTagKind.Untagged;
            _count++;
            return _count - 1;
        }

        private void ClearRoles()
        {
            _pair1 = -1;
            _pair2 = -1;
            _element = -1;
            _reference = -1;
            _air = -1;
        }

        /// <summary>Index of the first readable code holding <paramref name="kind"/>, or −1.</summary>
        private int Single(SensorTagKind kind)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_readable[i] && _kinds[i] == kind)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The two lowest ROM codes among the readable untagged ones, lower first (−1 where there are fewer).</summary>
        private void LowestUntagged(out int lowest, out int next)
        {
            lowest = -1;
            next = -1;
            for (int i = 0; i < _count; i++)
            {
                if (!_readable[i] || _kinds[i] != SensorTagKind.Untagged)
                {
                    continue;
                }

                if (lowest < 0 || RomCodeOrder.Compare(_romCodes[i], _romCodes[lowest]) < 0)
                {
                    next = lowest;
                    lowest = i;
                }
                else if (next < 0 || RomCodeOrder.Compare(_romCodes[i], _romCodes[next]) < 0)
                {
                    next = i;
                }
            }
        }
    }
}
