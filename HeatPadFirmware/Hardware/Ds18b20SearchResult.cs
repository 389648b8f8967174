using HeatPadFirmware.Core;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// What one search of the 1-Wire bus found, which two of it are the pad's sensor 1 and sensor 2, and which one is the
    /// element sensor (<see cref="ElementSensorTag"/>). Plain C# (no nanoFramework API, no clock), so the host tests run
    /// it; <see cref="Ds18b20Pair.Discover"/> is its caller.
    /// <para>Kept: ROM codes of DS18B20s only (family 0x28 and a matching CRC-8, <see cref="Ds18b20Scratchpad.IsValidRomCode"/>),
    /// each once, in ascending order. Ascending means compared byte by byte in bus order (byte 0, the family code,
    /// first; then the 48-bit serial from its lowest byte; the CRC last), which is also the order of their printed
    /// form (<see cref="Format"/>), so the boot line lists sensor 1 first. The search itself returns devices in another
    /// order (it resolves the ROM bit by bit from bit 0 upwards, Maxim AN187), so the order is imposed here.</para>
    /// <para>A code offered twice (a search glitch) counts once: were it taken as two sensors, one sensor would witness
    /// itself and the pair would hide a loosening instead of catching it.</para>
    /// <para>Allocates only in its constructor.</para>
    /// </summary>
    internal sealed class Ds18b20SearchResult
    {
        /// <summary>
        /// Most ROM codes kept, 8. The pad has two surface sensors and, where fitted, the element sensor; more is a wiring
        /// error, reported but never used. The lowest 8 are kept, so sensor 1 and 2 are the two lowest untagged codes of
        /// the whole bus however many there are (an element sensor beyond the 8 is not seen).
        /// </summary>
        public const int Capacity = 8;

        private readonly byte[][] _romCodes;
        private readonly bool[] _tagged = new bool[Capacity];
        private readonly bool[] _unreadable = new bool[Capacity];
        private readonly bool[] _jigProbe = new bool[Capacity];
        private int _count;
        private int _beyondCapacity;
        private int _ignored;

        /// <summary>Allocates the <see cref="Capacity"/> buffers of 8 bytes.</summary>
        public Ds18b20SearchResult()
        {
            _romCodes = new byte[Capacity][];
            for (int i = 0; i < Capacity; i++)
            {
                _romCodes[i] = new byte[Ds18b20Scratchpad.RomCodeLength];
            }
        }

        /// <summary>Number of distinct DS18B20 ROM codes kept, 0..<see cref="Capacity"/>.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Number of distinct DS18B20 ROM codes the search offered, kept or not (beyond <see cref="Capacity"/>).</summary>
        public int Found
        {
            get { return _count + _beyondCapacity; }
        }

        /// <summary>Number of offered codes that were not a DS18B20's (wrong family, bad CRC, null) or repeated one already kept.</summary>
        public int Ignored
        {
            get { return _ignored; }
        }

        /// <summary>Forgets everything, for a new search.</summary>
        public void Clear()
        {
            _count = 0;
            _beyondCapacity = 0;
            _ignored = 0;
            for (int i = 0; i < Capacity; i++)
            {
                _tagged[i] = false;
                _unreadable[i] = false;
                _jigProbe[i] = false;
            }
        }

        /// <summary>
        /// Takes one ROM code from the search (the bytes are copied: the caller's buffer may be reused). False when it was
        /// not kept: not a DS18B20's, a repeat, or higher than all <see cref="Capacity"/> kept ones.
        /// </summary>
        /// <param name="romCode">8 bytes in bus order (family first), as <c>OneWireHost.SerialNumber</c> holds them.</param>
        public bool Offer(byte[] romCode)
        {
            if (!Ds18b20Scratchpad.IsValidRomCode(romCode, 0))
            {
                _ignored++;
                return false;
            }

            // Where it goes in the ascending list; a repeat is found on the way.
            int position = 0;
            while (position < _count)
            {
                int order = Compare(romCode, _romCodes[position]);
                if (order == 0)
                {
                    _ignored++;
                    return false;
                }

                if (order < 0)
                {
                    break;
                }

                position++;
            }

            if (_count == Capacity)
            {
                _beyondCapacity++;
                if (position == Capacity)
                {
                    return false;
                }
            }

            // Shift the higher codes up by one, reusing the last buffer (dropped when full) for the new code.
            int last = _count < Capacity ? _count : Capacity - 1;
            byte[] slot = _romCodes[last];
            for (int i = last; i > position; i--)
            {
                _romCodes[i] = _romCodes[i - 1];
            }

            _romCodes[position] = slot;
            for (int i = 0; i < Ds18b20Scratchpad.RomCodeLength; i++)
            {
                slot[i] = romCode[i];
            }

            if (_count < Capacity)
            {
                _count++;
            }

            return true;
        }

        /// <summary>The kept ROM code at <paramref name="index"/> (0 = lowest). The array is this object's: copy it to keep it.</summary>
        public byte[] RomCodeAt(int index)
        {
            return _romCodes[index];
        }

        /// <summary>
        /// Marks the kept code at <paramref name="index"/> as holding the element sensor's tag
        /// (<see cref="ElementSensorTag"/>), after the search and before <see cref="AssignSlots"/>. Marks stay until
        /// <see cref="Clear"/>; no code is offered between the marks and the assignment (indices would shift).
        /// </summary>
        public void MarkTagged(int index)
        {
            if (index >= 0 && index < _count)
            {
                _tagged[index] = true;
            }
        }

        /// <summary>
        /// Marks the kept code at <paramref name="index"/> as one whose tag could not be read
        /// (<see cref="ElementTagRead.Failed"/>): its role is unknown, so it is neither the element sensor nor a surface
        /// sensor until the next search (review 19a: a glitch on the element's recall must not make it sensor 1).
        /// </summary>
        public void MarkUnreadable(int index)
        {
            if (index >= 0 && index < _count)
            {
                _unreadable[index] = true;
            }
        }

        /// <summary>
        /// Marks the kept code at <paramref name="index"/> as holding a fixture jig probe's tag, R's or A's
        /// (<see cref="SensorTags"/>, session 26): it is neither the element sensor nor a surface sensor, ever. A jig probe left
        /// on the bus of a pad in use (the jig's harness still on, or a jig part built into the pad by mistake) is thus never
        /// read as the pair; a pad whose pair is then one short latches <c>sensor_lost</c> (no heat).
        /// </summary>
        public void MarkJigProbe(int index)
        {
            if (index >= 0 && index < _count)
            {
                _jigProbe[index] = true;
            }
        }

        /// <summary>Number of kept codes (the first <c>_count</c>) whose mark in <paramref name="marks"/> is set.</summary>
        private int CountMarked(bool[] marks)
        {
            int marked = 0;
            for (int i = 0; i < _count; i++)
            {
                if (marks[i])
                {
                    marked++;
                }
            }

            return marked;
        }

        /// <summary>True when the kept code at <paramref name="index"/> was marked as a jig probe's.</summary>
        public bool IsJigProbe(int index)
        {
            return index >= 0 && index < _count && _jigProbe[index];
        }

        /// <summary>Number of kept codes marked as a jig probe's.</summary>
        public int JigProbeCount
        {
            get { return CountMarked(_jigProbe); }
        }

        /// <summary>Number of kept codes marked unreadable (their tag read failed at this search).</summary>
        public int UnreadableCount
        {
            get { return CountMarked(_unreadable); }
        }

        /// <summary>True when the kept code at <paramref name="index"/> was marked as the element sensor's.</summary>
        public bool IsTagged(int index)
        {
            return index >= 0 && index < _count && _tagged[index];
        }

        /// <summary>Number of kept codes marked as the element sensor's (1 on a pad that has one; 2 or more is a wiring or assembly error).</summary>
        public int TaggedCount
        {
            get { return CountMarked(_tagged); }
        }

        /// <summary>
        /// Index of the element sensor's code: the one marked code, or −1 when none is marked or more than one is (two
        /// sensors claiming the element are both left unused rather than one chosen by chance).
        /// </summary>
        public int ElementIndex
        {
            get
            {
                int found = -1;
                for (int i = 0; i < _count; i++)
                {
                    if (_tagged[i] && !_unreadable[i])
                    {
                        if (found >= 0)
                        {
                            return -1;
                        }

                        found = i;
                    }
                }

                return found;
            }
        }

        /// <summary>
        /// Which kept codes are sensor 1 and sensor 2 (indices into <see cref="RomCodeAt"/>, −1 = none), among the codes
        /// neither marked as the element sensor's, a jig probe's (<see cref="MarkJigProbe"/>) nor unreadable: a tagged sensor is
        /// never a surface sensor, however many answer, and one whose tag read failed is neither. The same rule as the core's
        /// <see cref="BusSensorRoles.AssignForSession"/> (a host test holds the two to the same pair).
        /// Two or more: the two lowest (with a jig probe marked and three or more: the lowest as sensor 1 only). One: sensor 2 when it is the code sensor 2 had before
        /// (<paramref name="previousSecond"/>), else sensor 1 — so a sensor that answers alone keeps the number (and the
        /// telemetry column) it had, and the other reads invalid. None: both −1.
        /// </summary>
        /// <param name="previousSecond">The ROM code sensor 2 had before this search, or null.</param>
        /// <param name="firstIndex">Index of sensor 1's code, or −1.</param>
        /// <param name="secondIndex">Index of sensor 2's code, or −1.</param>
        public void AssignSlots(byte[] previousSecond, out int firstIndex, out int secondIndex)
        {
            firstIndex = -1;
            secondIndex = -1;
            int lowest = -1;
            int next = -1;
            for (int i = 0; i < _count && next < 0; i++)
            {
                if (!IsPairCandidate(i))
                {
                    continue;
                }

                if (lowest < 0)
                {
                    lowest = i;
                }
                else
                {
                    next = i;
                }
            }

            if (next >= 0 && JigProbeCount > 0 && UntaggedCount() > 2)
            {
                // The core's rule (BusSensorRoles.AssignForSession, review 27c): the jig's harness on and more untagged sensors
                // than a pair — one may be a jig probe whose tag was lost; sensor 2 stays empty (sensor_lost, no heat).
                firstIndex = lowest;
            }
            else if (next >= 0)
            {
                firstIndex = lowest;
                secondIndex = next;
            }
            else if (lowest >= 0)
            {
                if (Same(_romCodes[lowest], previousSecond))
                {
                    secondIndex = lowest;
                }
                else
                {
                    firstIndex = lowest;
                }
            }
        }

        /// <summary>True when the kept code at <paramref name="index"/> is marked neither as the element sensor's, a jig probe's nor unreadable.</summary>
        private bool IsPairCandidate(int index)
        {
            return !(_tagged[index] || _unreadable[index] || _jigProbe[index]);
        }

        /// <summary>Number of kept codes that are pair candidates (<see cref="IsPairCandidate"/>).</summary>
        private int UntaggedCount()
        {
            int untagged = 0;
            for (int i = 0; i < _count; i++)
            {
                if (IsPairCandidate(i))
                {
                    untagged++;
                }
            }

            return untagged;
        }

        /// <summary>
        /// Order of two 8-byte ROM codes: negative when <paramref name="a"/> is lower, 0 when equal, positive when higher;
        /// byte by byte in bus order, each byte unsigned.
        /// </summary>
        public static int Compare(byte[] a, byte[] b)
        {
            return RomCodeOrder.Compare(a, b);
        }

        /// <summary>True when both are 8-byte codes with the same bytes; false when either is null or shorter.</summary>
        public static bool Same(byte[] a, byte[] b)
        {
            if (a == null || b == null || a.Length < Ds18b20Scratchpad.RomCodeLength || b.Length < Ds18b20Scratchpad.RomCodeLength)
            {
                return false;
            }

            return Compare(a, b) == 0;
        }

        /// <summary>
        /// The code as 16 upper-case hex digits in bus order, family first (e.g. <c>28FF641E0F160390</c>), as
        /// nanoFramework's <c>OneWireHost.FindAllDevices</c> prints it; "none" for null. Allocates: boot and discovery only.
        /// </summary>
        public static string Format(byte[] romCode)
        {
            if (romCode == null || romCode.Length < Ds18b20Scratchpad.RomCodeLength)
            {
                return "none";
            }

            string text = string.Empty;
            for (int i = 0; i < Ds18b20Scratchpad.RomCodeLength; i++)
            {
                text += romCode[i].ToString("X2");
            }

            return text;
        }
    }
}
