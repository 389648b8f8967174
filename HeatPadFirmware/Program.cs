using System;
using System.Device.Adc;
using System.Device.Gpio;
using System.Threading;
using HeatPadFirmware.Core;
using HeatPadFirmware.Hardware;
using nanoFramework.Runtime.Native;

namespace HeatPadFirmware
{
    /// <summary>
    /// The device app's composition root: makes the outputs safe, builds the adapters and the core, and runs
    /// the control loop. Every decision is the core's; this file only wires and paces.
    /// <para>Threads: the main thread runs the 1 s control loop; a UI thread (20 ms) steps LED blink and
    /// buzzer patterns; a watchdog thread reboots the device when the loop stops ticking; nanoFramework's
    /// event thread delivers button edges. Safety does not rest on any of them alone: the cut-off's hardware
    /// dead-man opens when the heartbeat stops, even if the whole interpreter hangs.</para>
    /// </summary>
    public static class Program
    {
        /// <summary>
        /// Control period, 1,000 ms. The DS18B20s need up to 750 ms per 12-bit conversion (datasheet, tCONV),
        /// so a fresh reading exists once per ≈ 0.8 s at best; 1 s leaves 250 ms of margin for the conversion
        /// and the ≈ 35–55 ms of bus traffic that reads both sensors and starts their next conversion
        /// (<see cref="Ds18b20Pair"/>: 3 resets and 40 byte slots, ≈ 31 ms on the wire), and gives the core the 1 s
        /// ticks it was designed and simulated with.
        /// A faster loop would only re-read the same value; the pad's fastest dynamics (sensor lag 10–30 s,
        /// core time constant minutes) are ten times slower than this.
        /// </summary>
        private const int TickPeriodMs = 1000;

        /// <summary>
        /// Shortest spacing between two tick starts, 850 ms: the DS18B20s' 750 ms conversion (<see cref="Ds18b20Pair.ConversionTimeMs"/>),
        /// which the previous tick started at the end of its bus traffic, ≈ 35–55 ms after its own start (both sensors
        /// read first), plus margin for the extra traffic of reconfiguring both sensors (≈ 20 ms more). A tick that catches
        /// up with the grid after a late start would otherwise read nothing (the pair reports both readings invalid).
        /// </summary>
        private const int MinTickSpacingMs = Ds18b20Pair.ConversionTimeMs + 100;

        /// <summary>UI thread period: 20 ms resolves the shortest tone (30 ms) and blink (250 ms) well enough.</summary>
        private const int UiPeriodMs = 20;

        /// <summary>How often the watchdog looks at the loop.</summary>
        private const int WatchdogPollMs = 250;

        /// <summary>
        /// Least time between the last possible heartbeat edge and the heater sense's zero, ms: 4500. The dead-man
        /// opens the cut-off only 2.6–4 s after its last edge (hardware/README.md), and its power-on reset does not
        /// act on a warm reboot; a zero taken while a leaking switch still conducts would be subtracted from every
        /// later reading (session 2 review). No edge can come after <see cref="Main"/> starts (the line is pulled
        /// low through reset and boot, then driven low in step 1), so the boot work since then counts toward it and
        /// only the remainder is slept.
        /// </summary>
        private const int SenseZeroWaitMs = 4500;

        /// <summary>
        /// A loop that has not completed a tick for 3 s (three periods) is stalled: as Klipper's 3 s heater
        /// dead-man, the watchdog then forces the heater off, opens the cut-off and reboots.
        /// </summary>
        private const int WatchdogLateMs = 3000;

        private static HeaterPwm s_heater;
        private static CutoffSwitch s_cutoff;
        private static IndicatorLeds s_leds;
        private static Buzzer s_buzzer;
        private static ButtonInputs s_buttons;
        private static Ds18b20Pair s_sensors;
        private static HeaterSense s_sense;
        private static ButtonPressDecoder s_decoder;
        private static ButtonEventQueue s_queue;
        private static HeatPadCore s_core;
        // Set only when Program and Up were held at power-on on a pad with the element sensor (hardware/README.md, "Calibrating the element witness").
        private static ElementWitnessState s_lastWitnessState = ElementWitnessState.NotFitted;
        private static bool s_lastWitnessOverLimit;
        private static bool s_lastWitnessVerdict;
        private static bool s_lastWitnessBlinded;
        private static bool s_lastWitnessFarUnderPair;

        // Completed ticks; the watchdog only compares successive values (an int read is atomic).
        private static int s_tickCount;
        // Set from the loop or the UI thread (not `volatile`: see HeaterPwm).
        private static bool s_safeStateLatched;

        /// <summary>Boot: outputs safe first, then everything else, then the loop. Never returns.</summary>
        public static void Main()
        {
            // Before this instant the heartbeat line was last able to rise (R4 holds it low through reset and boot).
            long heartbeatStoppedMs = DeviceClock.NowMs();
            GpioController gpio = new GpioController();

            // 1. Before anything can fail: no power path to the heater. The cut-off line goes low first (the
            //    series switch opens within the dead-man's timeout), then the PWM starts at duty 0. Until each
            //    line is driven, its board pull-down already holds it off.
            try
            {
                s_cutoff = new CutoffSwitch(gpio, BoardPins.CutoffHeartbeat);
                s_heater = new HeaterPwm(BoardPins.HeaterPwm, BoardPins.HeaterPwmFunction);
            }
            catch (Exception ex)
            {
                Halt("heater outputs", ex);
            }

            SerialTelemetry.WriteHeader();

            // 2. Everything the user relies on to know what the pad does. A pad that cannot show or sound a
            //    fault must not heat, so any failure here halts in the safe state.
            try
            {
                s_leds = new IndicatorLeds(
                    gpio,
                    new int[] { BoardPins.LedLevel1, BoardPins.LedLevel2, BoardPins.LedLevel3, BoardPins.LedLevel4, BoardPins.LedLevel5 },
                    BoardPins.LedHeat,
                    BoardPins.LedCool,
                    BoardPins.LedFault);
                s_buzzer = new Buzzer(BoardPins.Buzzer, BoardPins.BuzzerFunction);
                s_buttons = new ButtonInputs(
                    gpio,
                    new int[] { BoardPins.ButtonPower, BoardPins.ButtonUp, BoardPins.ButtonDown, BoardPins.ButtonProgram },
                    new ButtonId[] { ButtonId.Power, ButtonId.Up, ButtonId.Down, ButtonId.Program });
                s_sensors = new Ds18b20Pair(BoardPins.OneWireRx, BoardPins.OneWireRxFunction, BoardPins.OneWireTx, BoardPins.OneWireTxFunction);
            }
            catch (Exception ex)
            {
                Halt("indicators, buttons or sensor bus", ex);
            }

            // 2b. The power-on tag gestures (Core/TagGesture.cs; hardware/README.md "The element sensor S3" and "Calibrating the
            //    element witness"): Up + Down writes the element tag into the element sensor alone on the bus (at assembly),
            //    Program + Down R's and Program + Up + Down A's tag into a jig probe alone on the bus (when the jig is built). Since
            //    session 27 every one needs the jig strap J4 closed (inside the housing: no button combination alone writes an
            //    EEPROM; review 27c finding 1, review 19a) and its exact set held unchanged for 2 s (review 27c finding 3); the
            //    core decides each step, this only reads the pins and writes.
            RunTagGesture(gpio);

            // 2c. The element-calibration fixture (Core/ElementFixtureRun.cs) has no gesture on the device: its entry (Program and Up
            //    held at power-on) was withdrawn after review 21c (HIGH: entered on a pad whose pair is off the surface, or with no
            //    plate in the plate stage, it heats to a burn dose; docs/safety.md "Review 21c"). The simulator runs it
            //    (calibrate --device) until it is made safe.

            // 3. The sensors: not finding both surface sensors is no reason to halt. The missing one reads invalid every
            //    tick, the core latches sensor_lost and shows it (there is no one-sensor mode); the bus keeps searching.
            //    The element sensor is optional (a pad built without one runs without the element witness). Discover
            //    prints how many DS18B20s answered and which ROM codes are sensor 1, 2 and the element's (SerialTelemetry,
            //    "# sensors:").
            s_sensors.Discover();

            // 4. Power-on self-test (Core/SelfTest.cs, IEC 60730-1 Annex H in spirit): before the cut-off can ever
            //    close, prove that this runtime computes what the PC tested. The outputs are already off and stay
            //    off while it runs. A failure latches the self_test fault, which only a power cycle that passes
            //    the test clears. Its duration goes into the telemetry.
            //    It runs before the device's core is built: it builds a core of its own (each ≈ 80.7 KB of nanoCLR's
            //    heap, session 9's estimate), and this order keeps only one alive at a time. The board's WROVER-E gives
            //    nanoCLR its heap from PSRAM (nf-interpreter targets/ESP32/_nanoCLR/Memory.cpp, HeapLocation: the largest
            //    free PSRAM block less 256 KB for ESP-IDF, at most ≈ 3.75 MB); an ESP32 without PSRAM (≈ 79 KB) could not
            //    hold even one core. An exception (OutOfMemoryException above all) is a failed self-test, not a dead app.
            ulong selfTestStartUs = DeviceClock.NowUs();
            bool selfTestPassed;
            try
            {
                selfTestPassed = SelfTest.Run();
            }
            catch (Exception ex)
            {
                selfTestPassed = false;
                SerialTelemetry.WriteMessage("self-test threw: " + ex.Message);
            }

            ulong selfTestUs = DeviceClock.NowUs() - selfTestStartUs;
            SerialTelemetry.WriteMessage("self-test " + (selfTestPassed ? "passed" : "FAILED") + " in " + (selfTestUs / 1000UL).ToString() + " ms");

            // 5. The core. One that cannot be built (no memory) halts in the safe state with the fault shown, rather
            //    than ending Main with every LED dark.
            try
            {
                s_decoder = new ButtonPressDecoder();
                s_queue = new ButtonEventQueue();
                s_core = new HeatPadCore(new TherapyConfig());
            }
            catch (Exception ex)
            {
                Halt("control core", ex);
            }

            if (s_core.ConfigurationError != null)
            {
                SerialTelemetry.WriteMessage("configuration refused: " + s_core.ConfigurationError);
            }

            if (!selfTestPassed)
            {
                s_core.ReportSelfTestFailed();
            }

            // 6. The heater current and supply sense, the witness of the heater switch. Failing to open it is no
            //    reason to halt either: the core sees invalid sense readings, allows no heat and latches
            //    heater_sense_failed, which the user sees. Created here, after step 1 opened the cut-off and set the
            //    PWM to 0, and after the boot work above (the self-test alone took over 1 s on the x86 nanoCLR): it measures its
            //    zero-current level now, once the dead-man has surely opened the cut-off, and sleeps only what is
            //    left of that wait.
            long sinceHeartbeatMs = DeviceClock.NowMs() - heartbeatStoppedMs;
            if (sinceHeartbeatMs < SenseZeroWaitMs)
            {
                Thread.Sleep((int)(SenseZeroWaitMs - sinceHeartbeatMs));
            }

            try
            {
                s_sense = new HeaterSense(
                    new AdcController(),
                    BoardPins.HeaterCurrentSense,
                    BoardPins.HeaterCurrentSenseFunction,
                    HeaterSense.CurrentAdcChannel,
                    BoardPins.SupplySense,
                    BoardPins.SupplySenseFunction,
                    HeaterSense.SupplyAdcChannel);
            }
            catch (Exception ex)
            {
                s_sense = null;
                SerialTelemetry.WriteMessage("heater sense unavailable, no heat: " + ex.Message);
            }

            // The board's identity and its sense zero for the element calibration record (and the fixture's log, which the PC's
            // fit copies into it; session 21: the record is bound to the board's MAC, Hardware/BoardIdentity.cs).
            string boardError;
            string board = BoardIdentity.ReadHex(out boardError);
            SerialTelemetry.WriteMessage("board: " + (board.Length > 0 ? board : "unreadable (" + boardError + ")"));
            if (s_sense != null)
            {
                SerialTelemetry.WriteMessage("sense zero: " + s_sense.ZeroCounts.ToString("F2") + " counts");
            }

            // 6b. The element witness's factory calibration (hardware/README.md, "Calibrating the element witness"): read from
            //    the internal storage, used only when it is the record of the element sensor on this bus, made on this board (its
            //    MAC; the heater sense's zero just measured within 2 % of the record's), whole (its crc32), in range and physically
            //    possible (Core/ElementCalibrationRecord.cs, Core/ElementCalibration.cs). A v2 record (bound by the sense zero
            //    alone) is refused. After the sense, before the loop's first step. Without it the witness learns at a cold start
            //    and latches nothing; with it the witness's verdict latches sensor_detached (session 20, wit20).
            if (s_sensors.ElementFitted)
            {
                string readError;
                string record = ElementCalibrationFile.Read(out readError);
                ElementCalibration calibration;
                string detail;
                ElementCalibrationLoad load = ElementCalibrationRecord.Parse(record, s_sensors.ElementRomHex, board, s_sense == null ? 0.0 : s_sense.ZeroCounts, out calibration, out detail);
                if (load == ElementCalibrationLoad.Loaded)
                {
                    s_core.CalibrateElement(calibration);
                }

                SerialTelemetry.WriteMessage("element calibration: " + ElementCalibrationRecord.NameOf(load)
                    + (detail != null ? ": " + (load == ElementCalibrationLoad.OtherBoard ? "record of board " : string.Empty) + detail : string.Empty)
                    + (load == ElementCalibrationLoad.OtherBoard && board.Length == 0 ? ", this board's MAC unreadable" : string.Empty)
                    + (readError != null ? " (" + readError + ")" : string.Empty));
            }

            // 7. Helpers, then the loop. Button presses made until now got no answer (no LED, no tone): they are
            //    dropped, or the core's first tick would replay them all at once (ButtonInputs.DiscardPending).
            s_buttons.DiscardPending();
            StartThread(RunUi, ThreadPriority.BelowNormal);
            StartThread(RunWatchdog, ThreadPriority.Highest);
            RunLoop();
        }

        /// <summary>
        /// Step 2b: the jig strap read once, then the buttons as one set; with no gesture's set held nothing is printed and the
        /// pad starts normally. A held set with the strap open is refused on the console; with the strap closed the set is
        /// watched (<see cref="TagGestureHold"/>, every <see cref="TagGestureHold.SamplePeriodMs"/>) and only a completed hold
        /// reaches the bus, whose own checks the core makes too (<see cref="TagGesture.OnBus"/>).
        /// </summary>
        private static void RunTagGesture(GpioController gpio)
        {
            bool strapClosed = JigStrapInput.IsClosed(gpio, BoardPins.JigStrap);
            long firstSampleAtMs = DeviceClock.NowMs();
            int heldSet = s_buttons.HeldSet();
            SensorTagKind gesture = TagGesture.KindOf(heldSet);
            TagGestureVerdict verdict = TagGesture.BeforeHold(gesture, strapClosed);
            if (strapClosed)
            {
                // Review 28e: a J4 jumper left in after assembly arms the tag gestures on a pad in use; say so at every power-on,
                // gesture or not, so the first power-up's last step (hardware/README.md) and anyone reading the console see it.
                SerialTelemetry.WriteMessage("jig strap closed (J4): tag gestures armed, remove the jumper before use");
            }

            if (verdict == TagGestureVerdict.NoGesture)
            {
                return;
            }

            string what = gesture == SensorTagKind.Element ? "element tag" : "jig tag";
            if (verdict == TagGestureVerdict.Hold)
            {
                SerialTelemetry.WriteMessage(what + ": jig strap closed, keep holding the buttons (" + TagGestureHold.HoldMs.ToString() + " ms)");
                TagGestureHold hold = new TagGestureHold();
                verdict = hold.Start(firstSampleAtMs, heldSet);
                while (verdict == TagGestureVerdict.Hold)
                {
                    Thread.Sleep(TagGestureHold.SamplePeriodMs);
                    verdict = hold.Sample(DeviceClock.NowMs(), s_buttons.HeldSet());
                }
            }

            if (verdict != TagGestureVerdict.Held)
            {
                SerialTelemetry.WriteMessage(what + ": " + TagGestureVerdictNames.RefusalOf(verdict));
                return;
            }

            if (gesture == SensorTagKind.Element)
            {
                s_sensors.TagLoneSensor(verdict);
            }
            else
            {
                s_sensors.TagLoneJigProbe(gesture, verdict);
            }
        }

        /// <summary>
        /// Fixed-period loop paced by the microsecond timer (<see cref="TickSchedule"/>): on the grid while ticks are on
        /// time; never two starts closer than <see cref="MinTickSpacingMs"/> (the sensor's conversion); after a tick that
        /// overran its period, the next at once (one, never a burst) so the dead-man's heartbeat edges stay close enough.
        /// </summary>
        private static void RunLoop()
        {
            ulong periodUs = TickPeriodMs * 1000UL;
            ulong minSpacingUs = MinTickSpacingMs * 1000UL;

            // The first tick one period after boot: the sensor's first conversion is then complete.
            ulong nextUs = DeviceClock.NowUs() + periodUs;
            while (true)
            {
                ulong nowUs = DeviceClock.NowUs();
                if (nowUs < nextUs)
                {
                    Thread.Sleep((int)((nextUs - nowUs + 999UL) / 1000UL));
                }

                ulong startedUs = DeviceClock.NowUs();
                try
                {
                    if (s_safeStateLatched)
                    {
                        SafeTick();
                    }
                    else
                    {
                        Tick();
                    }
                }
                catch (Exception ex)
                {
                    LatchSafeState("control loop", ex);
                }

                Interlocked.Increment(ref s_tickCount);
                nextUs = TickSchedule.NextStartUs(nextUs, startedUs, DeviceClock.NowUs(), periodUs, minSpacingUs);
            }
        }

        /// <summary>One control step: read, decide (core), apply.</summary>
        private static void Tick()
        {
            long nowMs = DeviceClock.NowMs();
            SensorReading reading;
            SensorReading secondReading;
            SensorReading elementReading;
            s_sensors.Read(nowMs, out reading, out secondReading, out elementReading);

            // Read before the new duty is written: the reading covers the interval the last duty was applied over.
            HeaterSenseReading sense = s_sense == null ? HeaterSenseReading.Invalid : s_sense.Read();

            s_queue.Clear();
            s_buttons.DrainInto(s_decoder);
            s_decoder.Poll(nowMs, s_queue);

            // A pad with the element sensor (hardware/README.md, "The element sensor S3") feeds its reading to the core's element
            // witness; a pad built without one steps exactly as before. Once found, a missing S3 reads invalid (the witness
            // stands down), never "not fitted".
            CoreOutputs outputs = s_sensors.ElementFitted
                ? s_core.StepWithElement(nowMs, reading, secondReading, elementReading, sense, s_queue)
                : s_core.Step(nowMs, reading, secondReading, sense, s_queue);

            // The supervisor already zeroes the duty whenever the cut-off may not close; repeating that here
            // costs nothing and keeps the two outputs consistent even if a later change broke it.
            s_heater.SetDuty(outputs.HeaterEnabled ? outputs.DutyFraction : 0.0);
            s_cutoff.Apply(outputs.HeaterEnabled, outputs.CutoffHeartbeat);

            s_leds.Show(outputs);
            s_buzzer.Play(outputs.Cue);
            // The UI thread may latch the safe state while this tick runs (a broken indicator); its alarm must not be
            // switched off by the tick that was already under way, since SafeTick never sets it again.
            s_buzzer.SetAlarm(outputs.Phase == SessionPhase.Fault || s_safeStateLatched, nowMs);

            SerialTelemetry.Write(nowMs, reading, secondReading, elementReading, outputs, s_heater.DutyFraction);
            ElementWitnessCheck witness = s_core.Supervisor.ElementWitness;
            if (witness.State != s_lastWitnessState || witness.OverLimit != s_lastWitnessOverLimit || witness.Verdict != s_lastWitnessVerdict
                || witness.Blinded != s_lastWitnessBlinded || witness.FarUnderPair != s_lastWitnessFarUnderPair)
            {
                s_lastWitnessState = witness.State;
                s_lastWitnessOverLimit = witness.OverLimit;
                s_lastWitnessVerdict = witness.Verdict;
                s_lastWitnessBlinded = witness.Blinded;
                s_lastWitnessFarUnderPair = witness.FarUnderPair;
                SerialTelemetry.WriteElementWitness(witness.State, witness.OverLimit, witness.Verdict, witness.Blinded, witness.FarUnderPair);
            }
            SerialTelemetry.WriteSense(nowMs, outputs);
        }

        /// <summary>A tick of the latched safe state: outputs held off, the sensors still reported for the log.</summary>
        private static void SafeTick()
        {
            long nowMs = DeviceClock.NowMs();
            s_heater.ForceOff();
            s_cutoff.ForceOpen();
            SensorReading reading = SensorReading.Invalid;
            SensorReading secondReading = SensorReading.Invalid;
            SensorReading elementReading = SensorReading.Invalid;
            if (s_sensors != null)
            {
                s_sensors.Read(nowMs, out reading, out secondReading, out elementReading);
            }

            SerialTelemetry.WriteSafeState(nowMs, reading, secondReading, elementReading);
        }

        /// <summary>
        /// Any unexpected exception: heater off and cut-off open for good, fault shown, the loop keeps ticking in
        /// the safe state (so the watchdog does not reboot into a pad that looks fine) until the user power-cycles.
        /// </summary>
        private static void LatchSafeState(string where, Exception ex)
        {
            s_safeStateLatched = true;
            ForceOutputsOff();
            TryShowFault();
            SerialTelemetry.WriteMessage("safe state latched (" + where + "): " + ex.Message);
        }

        private static void RunUi()
        {
            while (true)
            {
                long nowMs = DeviceClock.NowMs();
                try
                {
                    s_leds.Update(nowMs);
                    s_buzzer.Update(nowMs);
                }
                catch (Exception ex)
                {
                    // A broken indicator means the user cannot be warned: stop heating.
                    LatchSafeState("indicators", ex);
                    Thread.Sleep(1000);
                }

                Thread.Sleep(UiPeriodMs);
            }
        }

        /// <summary>
        /// Catches a managed stall (endless loop, deadlock, a call that never returns to managed code). A hang of
        /// the whole interpreter stops this thread too; that case is the hardware dead-man's.
        /// </summary>
        private static void RunWatchdog()
        {
            int lastSeen = s_tickCount;
            long lastProgressMs = DeviceClock.NowMs();
            while (true)
            {
                Thread.Sleep(WatchdogPollMs);
                int seen = s_tickCount;
                long nowMs = DeviceClock.NowMs();
                if (seen != lastSeen)
                {
                    lastSeen = seen;
                    lastProgressMs = nowMs;
                    continue;
                }

                // The first tick comes one period after start, so the bound covers it as well.
                if (nowMs - lastProgressMs > WatchdogLateMs)
                {
                    ForceOutputsOff();
                    SerialTelemetry.WriteMessage("watchdog: no tick for " + (nowMs - lastProgressMs).ToString() + " ms, rebooting");
                    Power.RebootDevice();
                }
            }
        }

        /// <summary>A boot failure before the loop exists: outputs off, fault shown if possible, wait for a power cycle.</summary>
        private static void Halt(string what, Exception ex)
        {
            ForceOutputsOff();
            TryShowFault();
            while (true)
            {
                SerialTelemetry.WriteMessage("halted: " + what + " failed: " + ex.Message);
                long nowMs = DeviceClock.NowMs();
                for (int i = 0; i < 5000 / UiPeriodMs; i++)
                {
                    try
                    {
                        if (s_leds != null)
                        {
                            s_leds.Update(nowMs + (i * UiPeriodMs));
                        }

                        if (s_buzzer != null)
                        {
                            s_buzzer.Update(nowMs + (i * UiPeriodMs));
                        }
                    }
                    catch (Exception)
                    {
                        // Nothing left to try; the outputs are already off.
                    }

                    Thread.Sleep(UiPeriodMs);
                }
            }
        }

        private static void ForceOutputsOff()
        {
            // Each step on its own: a failure of one must not skip the other.
            try
            {
                if (s_heater != null)
                {
                    s_heater.ForceOff();
                }
            }
            catch (Exception)
            {
                // The gate pull-down and the dead-man remain.
            }

            try
            {
                if (s_cutoff != null)
                {
                    s_cutoff.ForceOpen();
                }
            }
            catch (Exception)
            {
                // The dead-man times out without edges.
            }
        }

        private static void TryShowFault()
        {
            try
            {
                if (s_leds != null)
                {
                    s_leds.ShowSafeState();
                }

                if (s_buzzer != null)
                {
                    s_buzzer.Play(BuzzerCue.Fault);
                    s_buzzer.SetAlarm(true, DeviceClock.NowMs());
                }
            }
            catch (Exception)
            {
                // Indicators are best effort here; the outputs are already off.
            }
        }

        private static void StartThread(ThreadStart body, ThreadPriority priority)
        {
            Thread thread = new Thread(body);
            thread.Priority = priority;
            thread.Start();
        }
    }
}
