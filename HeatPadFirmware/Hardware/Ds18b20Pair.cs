using System;
using HeatPadFirmware.Core;
using nanoFramework.Device.OneWire;
using nanoFramework.Hardware.Esp32;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// The pad's two surface DS18B20s and, where fitted, its element sensor, on one 1-Wire bus (UART2 = COM3, RX and TX
    /// tied to DQ, one 4.7 kΩ pull-up): finds them, tells the element sensor by the tag in its EEPROM
    /// (<see cref="ElementSensorTag"/>) and the surface pair apart by ROM code (sensor 1 = the lower untagged,
    /// <see cref="Ds18b20SearchResult"/>), and gives the core one reading of each per tick. Since session 26 every sensor's
    /// recalled TH / TL also go to the core's <see cref="BusSensorRoles"/> (<see cref="Roles"/>), which tells the fixture jig's
    /// probes R and A by their tags (<see cref="SensorTags"/>): a jig probe is never taken for a surface sensor, and the
    /// boot line names it. There is no one-sensor mode:
    /// a surface sensor that is missing reads invalid every tick, and the core latches <c>sensor_lost</c> (design: the
    /// second sensor is the witness that does not learn from the first). The element sensor is optional (a pad built
    /// without one reads it as not fitted, <see cref="ElementFitted"/>); once found, a missing one reads invalid.
    /// <para>Cycle, one step per tick and never waiting for a sensor: read each sensor's scratchpad of the conversion
    /// started on the previous tick (Match ROM 0x55 + its address, Read Scratchpad 0xBE, 9 bytes), then start the next
    /// conversion of both at once with Skip ROM 0xCC + Convert T 0x44. Skip ROM addresses every device on the bus; it is
    /// valid here with several because nothing answers a Convert T (DS18B20 datasheet, "Skip ROM": not for commands that
    /// return data, such as Read Scratchpad, when more than one slave is present), and both sensors then measure the same
    /// instant (the element sensor too). Any other DS18B20 on the bus converts as well and is never read.</para>
    /// <para>Bus time per tick, both surface sensors present: 3 resets (1.04 ms each: one UART frame at 9600 Bd) and 40
    /// byte slots (19 per sensor read: 0x55, 8 address bytes, 0xBE, 9 data bytes; 2 for the conversion), each 8 UART
    /// frames at 115200 Bd = 0.69 ms (nf-interpreter, ESP32 OneWireHost driver). That is ≈ 31 ms on the wire, ≈ 35–55 ms
    /// with the driver's and the interpreter's overhead per call; the Convert T goes out at the end of it. The element
    /// sensor adds a reset and 19 bytes (≈ 14 ms: ≈ 45 ms on the wire, ≈ 50–75 ms in all, well inside the 1 s tick). A
    /// reconfiguration adds a reset and 13 bytes (≈ 10 ms) per sensor. With one sensor 2 resets and 21 bytes (≈ 17 ms).
    /// A search asks each sensor not yet attached for its tag (Recall E², a reset, 19 bytes: ≈ 16 ms each).</para>
    /// <para>Failures: each sensor counts its own invalid reads; after <see cref="Ds18b20OnBus.DropAfterFailures"/> in a
    /// row it is dropped, and while either sensor is missing the bus is searched again every
    /// <see cref="SearchEveryTicks"/> ticks. A search only ever runs with a sensor missing, that is with
    /// <c>sensor_lost</c> latched and no heat: its native call has no timeout (hardware/README.md, "Blocking"). So an
    /// element sensor dropped while the pair reads is not searched for until the pair needs a search or the next power-on;
    /// until then it reads invalid, which the core answers (the witness stands down and says so). Nothing here throws after
    /// construction.</para>
    /// </summary>
    internal sealed class Ds18b20Pair
    {
        /// <summary>Longest conversion at 12 bit, 750 ms (DS18B20 datasheet, tCONV).</summary>
        public const int ConversionTimeMs = 750;

        /// <summary>While a sensor is missing, search the bus again every this many ticks.</summary>
        private const int SearchEveryTicks = 10;

        /// <summary>
        /// Most devices one search takes from the bus, <see cref="Ds18b20SearchResult.Capacity"/> + 1. The native search
        /// ends by itself after the last device, but a bus that glitches could make it start over; this bounds the loop.
        /// </summary>
        private const int MaxSearchSteps = Ds18b20SearchResult.Capacity + 1;

        /// <summary>The element sensor's number in messages (after the surface pair's 1 and 2).</summary>
        private const int ElementSensorNumber = 3;

        private const byte SkipRomCommand = 0xCC;
        private const byte ConvertTCommand = 0x44;

        private readonly OneWireHost _host;
        private readonly Ds18b20OnBus _first;
        private readonly Ds18b20OnBus _second;
        private readonly Ds18b20OnBus _element;
        private readonly byte[] _tagScratchpad = new byte[Ds18b20Scratchpad.Length];
        private readonly BusSensorRoles _roles = new BusSensorRoles();
        private bool _elementFitted;
        private readonly Ds18b20SearchResult _search = new Ds18b20SearchResult();
        private bool _conversionPending;
        private long _conversionStartedMs;
        private int _ticksSinceSearch;
        private string _lastSummary = string.Empty;

        /// <summary>Maps the UART pins and opens the 1-Wire host (only one may exist).</summary>
        public Ds18b20Pair(int rxPin, DeviceFunction rxFunction, int txPin, DeviceFunction txFunction)
        {
            Configuration.SetPinFunction(rxPin, rxFunction);
            Configuration.SetPinFunction(txPin, txFunction);
            _host = new OneWireHost();
            _first = new Ds18b20OnBus(_host, 1);
            _second = new Ds18b20OnBus(_host, 2);
            _element = new Ds18b20OnBus(_host, ElementSensorNumber);
        }

        /// <summary>
        /// True once a search since power-on has found a sensor holding the element tag: the pad has an element sensor, and
        /// from then on a missing one reads invalid rather than not fitted. False on a pad built without one.
        /// </summary>
        public bool ElementFitted
        {
            get { return _elementFitted; }
        }

        /// <summary>
        /// The element sensor's ROM code in hex (16 digits, as the boot line prints it), or null when no element sensor was
        /// found: the key of the pad's stored element calibration (<see cref="ElementCalibrationFile"/>).
        /// </summary>
        public string ElementRomHex
        {
            get { return _elementFitted && _element.LastAddress != null ? Ds18b20SearchResult.Format(_element.LastAddress) : null; }
        }

        /// <summary>
        /// Every sensor of the last search with its tag (recalled, or known for a sensor already attached to a slot): the
        /// fixture run's entry asks it <see cref="BusSensorRoles.AssignForFixture()"/> after the power-on search, where every
        /// sensor is recalled. The entry is withdrawn (docs/device.md "Session 26"): nothing calls it on the device yet.
        /// </summary>
        public BusSensorRoles Roles
        {
            get { return _roles; }
        }

        /// <summary>True while both sensors are configured and read.</summary>
        public bool HasBoth
        {
            get { return _first.IsPresent && _second.IsPresent; }
        }

        /// <summary>
        /// Searches the bus, asks each DS18B20 not attached yet for the element tag, keeps the one tagged code as the element
        /// sensor and the two lowest untagged codes as sensor 1 and 2, configures any that is new (a sensor already
        /// attached is left as it is), and starts the first conversion. Prints a <c># sensors:</c> line (how many DS18B20s
        /// answered, which ROM codes are sensor 1, 2 and the element's, which are missing or ignored) when it differs from
        /// the last one printed. True when both surface sensors are present.
        /// </summary>
        public bool Discover()
        {
            _conversionPending = false;
            bool busAnswered = SearchBus("sensors");
            MarkTags();
            int firstIndex;
            int secondIndex;
            _search.AssignSlots(_second.LastAddress, out firstIndex, out secondIndex);
            int elementIndex = _search.ElementIndex;
            Take(_first, firstIndex);
            Take(_second, secondIndex);
            Take(_element, elementIndex);
            if (elementIndex >= 0)
            {
                _elementFitted = true;
            }

            if (_first.IsPresent || _second.IsPresent || _element.IsPresent)
            {
                StartConversion();
            }

            _ticksSinceSearch = 0;
            Report(busAnswered, firstIndex, secondIndex, elementIndex);
            return HasBoth;
        }

        /// <summary>
        /// Commissioning, at assembly only (Program.cs step 2b: the jig strap J4 closed and Up and Down held as one set for
        /// <see cref="TagGestureHold.HoldMs"/> at power-on): with exactly one DS18B20 on the bus, the element sensor before the
        /// surface pair is connected, writes the element tag into its EEPROM and checks it. The core decides
        /// (<see cref="TagGesture.OnBus"/>): refused without a completed hold (<paramref name="hold"/> not Held), with any other
        /// count (a surface sensor must never be tagged by a gesture on a finished pad), a sensor whose EEPROM cannot be read,
        /// or one that holds a jig probe's tag; a sensor that already holds the tag is left as it is. Prints what it did. True
        /// when the one sensor now holds the tag.
        /// </summary>
        /// <param name="hold">The gesture's hold as the core judged it (<see cref="TagGestureHold.State"/>).</param>
        public bool TagLoneSensor(TagGestureVerdict hold)
        {
            byte[] romCode;
            TagGestureVerdict verdict = DecideOnBus("element tag", SensorTagKind.Element, hold, out romCode);
            if (verdict != TagGestureVerdict.Write)
            {
                return verdict == TagGestureVerdict.AlreadyTagged;
            }

            bool tagged = ElementSensorTagging.WriteTag(_host, romCode, _tagScratchpad);
            SerialTelemetry.WriteMessage(
                "element tag: " + Ds18b20SearchResult.Format(romCode) + (tagged ? " tagged as the element sensor" : " NOT tagged (write or check failed)"));
            return tagged;
        }

        /// <summary>
        /// Building the fixture jig (Program.cs step 2b: the jig strap J4 closed and Program and Down held as one set for
        /// <see cref="TagGestureHold.HoldMs"/> at power-on for R, Program, Up and Down for A; hardware/README.md "Calibrating the
        /// element witness"): with exactly one DS18B20 on the bus — the jig probe, connected alone to a controller's sensor
        /// connector — writes <paramref name="kind"/>'s tag (<see cref="SensorTags"/>) into its EEPROM and checks it. The core
        /// decides (<see cref="TagGesture.OnBus"/>): refused without a completed hold, with any other count (a finished pad has
        /// two or three sensors), a sensor whose EEPROM cannot be read, one that holds the element sensor's tag (a pad's S3 is
        /// never re-tagged), and any <paramref name="kind"/> but R or A. A probe that already holds the tag is left as it is (no
        /// EEPROM write). Prints what it did. True when the one sensor now holds the tag.
        /// </summary>
        /// <param name="kind">R's or A's tag.</param>
        /// <param name="hold">The gesture's hold as the core judged it (<see cref="TagGestureHold.State"/>).</param>
        public bool TagLoneJigProbe(SensorTagKind kind, TagGestureVerdict hold)
        {
            if (kind != SensorTagKind.JigReference && kind != SensorTagKind.JigAir)
            {
                SerialTelemetry.WriteMessage("jig tag: refused, not a jig probe's tag");
                return false;
            }

            byte[] romCode;
            TagGestureVerdict verdict = DecideOnBus("jig tag", kind, hold, out romCode);
            if (verdict != TagGestureVerdict.Write)
            {
                return verdict == TagGestureVerdict.AlreadyTagged;
            }

            bool tagged = ElementSensorTagging.WriteKind(_host, romCode, _tagScratchpad, kind);
            SerialTelemetry.WriteMessage(
                "jig tag: " + Ds18b20SearchResult.Format(romCode) + (tagged ? " tagged as " + NameOfTag(kind) : " NOT tagged (write or check failed)"));
            return tagged;
        }

        /// <summary>
        /// This tick's readings: the results of the conversion started on an earlier tick, then the next conversion is
        /// started. A reading is invalid when its sensor is missing, no conversion has completed, or the bytes fail the
        /// core's checks. Returns within ≈ 35–55 ms, except on a tick that searches the bus (a sensor missing).
        /// </summary>
        /// <param name="nowMs">The tick's time from <see cref="DeviceClock"/> (taken before this call).</param>
        /// <param name="first">Sensor 1's reading (the lower ROM code).</param>
        /// <param name="second">Sensor 2's reading (the higher ROM code).</param>
        /// <param name="element">The element sensor's reading; invalid when it is missing or not fitted (<see cref="ElementFitted"/> tells which).</param>
        public void Read(long nowMs, out SensorReading first, out SensorReading second, out SensorReading element)
        {
            first = SensorReading.Invalid;
            second = SensorReading.Invalid;
            element = SensorReading.Invalid;

            if (!HasBoth)
            {
                _ticksSinceSearch++;
                if (_ticksSinceSearch >= SearchEveryTicks)
                {
                    // This tick reports nothing; the next reads the conversion the search started.
                    Discover();
                    return;
                }

                if (!_first.IsPresent && !_second.IsPresent)
                {
                    return;
                }
            }

            try
            {
                if (_conversionPending && nowMs - _conversionStartedMs < ConversionTimeMs)
                {
                    // A tick earlier than the conversion time: let the conversion finish, report nothing.
                    return;
                }

                if (_conversionPending)
                {
                    _conversionPending = false;
                    first = _first.ReadConversion();
                    second = _second.ReadConversion();
                    element = _element.ReadConversion();
                }

                StartConversion();
            }
            catch (Exception)
            {
                _conversionPending = false;
            }

            Count(_first, first);
            Count(_second, second);
            Count(_element, element);
        }

        /// <summary>
        /// One search of the bus into <see cref="_search"/> (cleared first). False when the bus gave no presence pulse or
        /// echoed a shorted DQ, which is not searched. A failure prints <paramref name="what"/>: search failed.
        /// </summary>
        private bool SearchBus(string what)
        {
            _search.Clear();
            _roles.Clear();
            bool busAnswered = false;
            try
            {
                // A bus that gives no presence pulse holds no sensor, and one whose DQ is shorted low echoes 0x00: neither
                // is searched (the native search on such a bus only wastes time and cannot return a DS18B20 code).
                busAnswered = _host.TouchReset() && _host.WriteByte(SkipRomCommand) != 0;
                if (busAnswered)
                {
                    bool found = _host.FindFirstDevice(true, false);
                    for (int step = 1; found && step <= MaxSearchSteps; step++)
                    {
                        // SerialNumber is the host's own buffer, overwritten by the next search: Offer copies it. A code that is
                        // no DS18B20's is counted by the roles too (the fixture refuses a bus that gave one).
                        byte[] serialNumber = _host.SerialNumber;
                        if (!Ds18b20Scratchpad.IsValidRomCode(serialNumber, 0))
                        {
                            _roles.Add(serialNumber, null, 0);
                        }

                        _search.Offer(serialNumber);
                        found = step < MaxSearchSteps && _host.FindNextDevice(true, false);
                    }
                }
            }
            catch (Exception ex)
            {
                SerialTelemetry.WriteMessage(what + ": search failed: " + ex.Message);
            }

            _roles.CountUnasked(_search.Found - _search.Count);
            return busAnswered;
        }

        /// <summary>
        /// Marks, among the codes just found, each one's tag, as the core classifies it (<see cref="BusSensorRoles"/>): the code
        /// attached to the element slot keeps its role without a recall; one attached to sensor 1 or 2 keeps its role too (a
        /// recall would overwrite its markers); any other is recalled (<see cref="ElementSensorTagging.ReadRecalled"/>) and
        /// marked as the element sensor's, a jig probe's (used in no role), or unreadable when its tag cannot be read (used in
        /// neither role until the next search: the pair may then be one short, <c>sensor_lost</c>, no heat, and a search every
        /// <see cref="SearchEveryTicks"/> ticks).
        /// </summary>
        private void MarkTags()
        {
            for (int i = 0; i < _search.Count; i++)
            {
                byte[] romCode = _search.RomCodeAt(i);
                if (_element.IsAttachedTo(romCode))
                {
                    _search.MarkTagged(i);
                    _roles.AddKnown(romCode, SensorTagKind.Element);
                    continue;
                }

                if (_first.IsAttachedTo(romCode) || _second.IsAttachedTo(romCode))
                {
                    _roles.AddKnown(romCode, SensorTagKind.Untagged);
                    continue;
                }

                bool recalled = ElementSensorTagging.ReadRecalled(_host, romCode, _tagScratchpad);
                int held = _roles.Add(romCode, recalled ? _tagScratchpad : null, 0);
                if (held < 0 || !_roles.IsReadable(held))
                {
                    _search.MarkUnreadable(i);
                    continue;
                }

                SensorTagKind kind = _roles.KindAt(held);
                if (kind == SensorTagKind.Element)
                {
                    _search.MarkTagged(i);
                }
                else if (kind == SensorTagKind.JigReference || kind == SensorTagKind.JigAir)
                {
                    _search.MarkJigProbe(i);
                }
            }

            _roles.AssignForSession();
        }

        /// <summary>
        /// A tag gesture's bus: searches, recalls the one sensor's EEPROM when exactly one answered, and asks the core
        /// (<see cref="TagGesture.OnBus"/>); prints any verdict but <see cref="TagGestureVerdict.Write"/> after
        /// <paramref name="what"/>. <paramref name="romCode"/> is the one sensor's code (null unless exactly one answered).
        /// </summary>
        private TagGestureVerdict DecideOnBus(string what, SensorTagKind gesture, TagGestureVerdict hold, out byte[] romCode)
        {
            romCode = null;
            if (hold != TagGestureVerdict.Held)
            {
                // Never reached from Program (it prints the refusal and calls nothing); no bus traffic without a completed hold.
                TagGestureVerdict refused = TagGesture.OnBus(gesture, hold, 0, false, SensorTagKind.Untagged);
                SerialTelemetry.WriteMessage(what + ": " + TagGestureVerdictNames.RefusalOf(refused));
                return refused;
            }

            SearchBus(what);
            int found = _search.Found;
            romCode = found == 1 ? _search.RomCodeAt(0) : null;
            bool eepromRead = romCode != null && ElementSensorTagging.ReadRecalled(_host, romCode, _tagScratchpad);
            SensorTagKind held = eepromRead
                ? SensorTags.Classify(_tagScratchpad[Ds18b20Scratchpad.HighAlarmIndex], _tagScratchpad[Ds18b20Scratchpad.LowAlarmIndex])
                : SensorTagKind.Untagged;
            TagGestureVerdict verdict = TagGesture.OnBus(gesture, hold, found, eepromRead, held);
            string code = romCode != null ? Ds18b20SearchResult.Format(romCode) : string.Empty;
            switch (verdict)
            {
                case TagGestureVerdict.Write:
                    break;
                case TagGestureVerdict.RefusedNotAlone:
                    SerialTelemetry.WriteMessage(what + ": refused, " + found.ToString() + " DS18B20 on the bus ("
                        + (gesture == SensorTagKind.Element ? "connect the element sensor alone)" : "connect the jig probe alone)"));
                    break;
                case TagGestureVerdict.RefusedUnreadable:
                    SerialTelemetry.WriteMessage(what + ": refused, " + code + " did not answer the EEPROM read");
                    break;
                case TagGestureVerdict.RefusedHoldsElementTag:
                    SerialTelemetry.WriteMessage(what + ": refused, " + code + " holds the element sensor's tag (never re-tagged)");
                    break;
                case TagGestureVerdict.RefusedHoldsJigTag:
                    SerialTelemetry.WriteMessage(what + ": refused, " + code + " holds a jig probe's tag (never made the element sensor)");
                    break;
                case TagGestureVerdict.AlreadyTagged:
                    SerialTelemetry.WriteMessage(what + ": " + code + " already tagged as " + NameOfTag(gesture));
                    break;
                default:
                    SerialTelemetry.WriteMessage(what + ": refused");
                    break;
            }

            return verdict;
        }

        /// <summary>The console's name of a tag: "the element sensor", "R (jig reference)" or "A (jig air)".</summary>
        private static string NameOfTag(SensorTagKind kind)
        {
            if (kind == SensorTagKind.Element)
            {
                return "the element sensor";
            }

            return kind == SensorTagKind.JigReference ? "R (jig reference)" : "A (jig air)";
        }

        private void Take(Ds18b20OnBus sensor, int index)
        {
            if (index < 0)
            {
                sensor.Drop();
                return;
            }

            byte[] romCode = _search.RomCodeAt(index);
            if (!sensor.IsAttachedTo(romCode))
            {
                sensor.Attach(romCode);
            }
        }

        private void Count(Ds18b20OnBus sensor, SensorReading reading)
        {
            if (sensor.CountAndDropIfFailing(reading))
            {
                SerialTelemetry.WriteMessage(
                    "sensor " + sensor.Number.ToString() + " (" + Ds18b20SearchResult.Format(sensor.LastAddress) + "): "
                    + Ds18b20OnBus.DropAfterFailures.ToString() + " failed reads in a row, "
                    + (HasBoth ? "reads invalid until the next search" : "searching the bus"));

                // Search on the next tick, then every SearchEveryTicks (only ever runs while a surface sensor is missing).
                _ticksSinceSearch = SearchEveryTicks;
            }
        }

        /// <summary>Skip ROM + Convert T to every sensor; on any failure no conversion is pending (the next tick reads nothing and starts one).</summary>
        private void StartConversion()
        {
            _conversionPending = false;
            try
            {
                if (!_host.TouchReset() || _host.WriteByte(SkipRomCommand) == 0 || _host.WriteByte(ConvertTCommand) == 0)
                {
                    return;
                }
            }
            catch (Exception)
            {
                // Called from Discover outside any other handler (at boot too): it must not throw.
                return;
            }

            // Stamped after the command went out, so the elapsed time measured next tick is never too long.
            _conversionStartedMs = DeviceClock.NowMs();
            _conversionPending = true;
        }

        /// <summary>Builds the summary line and prints it when it differs from the last one (a search repeats every 10 s while a sensor is missing).</summary>
        private void Report(bool busAnswered, int firstIndex, int secondIndex, int elementIndex)
        {
            string summary = "sensors: " + _search.Found.ToString() + " DS18B20 found";
            if (!busAnswered)
            {
                summary += " (no presence pulse, or DQ held low)";
            }

            summary += "; 1=" + Describe(_first) + " 2=" + Describe(_second);
            if (_elementFitted)
            {
                summary += " element=" + Describe(_element);
            }
            else
            {
                summary += " element=not fitted (witness off)";
            }

            if (_search.TaggedCount > 1)
            {
                summary += "; " + _search.TaggedCount.ToString() + " sensors hold the element tag, none used as the element's";
            }

            bool listedJig = false;
            for (int i = 0; i < _roles.Count; i++)
            {
                SensorTagKind kind = _roles.KindAt(i);
                if (_roles.IsReadable(i) && (kind == SensorTagKind.JigReference || kind == SensorTagKind.JigAir))
                {
                    summary += (listedJig ? " " : "; jig probe on the bus, used in no role (the pair is taken from untagged sensors only): ")
                        + (kind == SensorTagKind.JigReference ? "R=" : "A=") + Ds18b20SearchResult.Format(_roles.RomCodeAt(i));
                    listedJig = true;
                }
            }

            bool listed = false;
            for (int i = 0; i < _search.Count; i++)
            {
                if (i == firstIndex || i == secondIndex || i == elementIndex || _search.IsJigProbe(i))
                {
                    continue;
                }

                summary += (listed ? " " : "; ignored ") + Ds18b20SearchResult.Format(_search.RomCodeAt(i));
                listed = true;
            }

            if (_search.UnreadableCount > 0)
            {
                summary += "; " + _search.UnreadableCount.ToString() + " did not answer the tag read (unused until the next search)";
            }

            if (_search.Ignored > 0)
            {
                summary += "; " + _search.Ignored.ToString() + " other or repeated codes ignored";
            }

            if (!HasBoth)
            {
                summary += "; no heat until both surface sensors answer";
            }

            if (summary != _lastSummary)
            {
                _lastSummary = summary;
                SerialTelemetry.WriteMessage(summary);
            }
        }

        private static string Describe(Ds18b20OnBus sensor)
        {
            if (sensor.IsPresent)
            {
                return Ds18b20SearchResult.Format(sensor.LastAddress);
            }

            // A code it had (now or from an earlier search) that no longer answers or would not take its configuration.
            return sensor.LastAddress == null ? "missing" : "not answering (" + Ds18b20SearchResult.Format(sensor.LastAddress) + ")";
        }
    }
}
