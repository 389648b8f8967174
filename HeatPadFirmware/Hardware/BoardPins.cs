using nanoFramework.Hardware.Esp32;

namespace HeatPadFirmware.Hardware
{
    /// <summary>
    /// Every GPIO the firmware uses on an ESP32-WROVER-E dev board (ESP32-DevKitC-VE: 8 MB PSRAM, which nanoCLR's
    /// managed heap needs — hardware/README.md), and nothing else holds a pin number.
    /// hardware/pinmap.csv says the same in machine-readable form and a host test keeps the two equal.
    /// <para>Rules (ESP32 datasheet, "Strapping Pins" and "Pin Description"; ESP32-WROVER-E datasheet, pin
    /// list): nothing on 16 and 17 (the WROVER's PSRAM chip select and clock; not brought out); nothing on 6–11
    /// (SPI flash); nothing on 1 and 3 (UART0: nanoFramework's debugger link and the telemetry console); no
    /// output on a strapping pin (0, 2, 5, 12, 15 — their level at reset selects boot mode, flash voltage, boot
    /// log and SDIO timing); no output on 34–39 (input only, no internal pull resistors). The heater and cut-off
    /// outputs also avoid 14, which outputs a PWM burst during boot; for a level LED that burst is a harmless flicker.</para>
    /// <para>Without 16 and 17 the module has 13 general-purpose pins that are not strapping pins, and the twelve
    /// outputs plus the heater current sense take all of them (the sense on 32 because only ADC1 can be read while
    /// Wi-Fi runs). The other seven inputs share the four input-only pins (three buttons, the supply sense) and two
    /// strapping pins whose level at reset an external pull-up keeps at the datasheet's default: GPIO 5 (default
    /// high through its internal pull-up; only SDIO-slave timing depends on it) carries the 1-Wire receiver, held
    /// high by DQ's 4.7 kΩ pull-up whenever the bus is idle, and GPIO 15 (MTDO, default high; low only silences the
    /// ROM's boot log on UART0) carries the program button with its 10 kΩ pull-up, so only a press held through a
    /// reset changes a strap, and then only the boot log. GPIO 2 (must be low or floating to flash over serial; its reset
    /// level is low) carries only the jig strap J4 to GND, read with the internal pull-up after boot (session 27). GPIO 0
    /// (download mode when low; the dev board's BOOT button and auto-reset circuit) and 12 (MTDI: high selects 1.8 V for the
    /// WROVER-E's 3.3 V flash and PSRAM) stay free.</para>
    /// <para>Buttons: the lines run in the pad's cable next to a 4 A switched heater current, where the ESP32's
    /// ≈45 kΩ internal pull-ups are too weak anyway. Each button has a 10 kΩ pull-up, a 1 kΩ series resistor and a
    /// 100 nF capacitor on the board (hardware/README.md), which also holds 36 against the ~80 ns internal
    /// pull-down glitch the ESP32 errata sheet describes on 36 and 39 when RTC peripherals (ADC, Wi-Fi) power up;
    /// on 39, now the supply sense, the glitch draws a few pC from a 100 nF node: microvolts.</para>
    /// </summary>
    internal static class BoardPins
    {
        /// <summary>Gate of the low-side heater MOSFET (4.7 kΩ pull-down on the board: off while the pin floats or resets).</summary>
        public const int HeaterPwm = 26;

        /// <summary>PWM function of <see cref="HeaterPwm"/>: PWM1, LEDC timer 0 (PWM1 and PWM2 share a timer).</summary>
        public const DeviceFunction HeaterPwmFunction = DeviceFunction.PWM1;

        /// <summary>Dead-man heartbeat into the retriggerable monostable that holds the series cut-off closed.</summary>
        public const int CutoffHeartbeat = 27;

        /// <summary>Passive piezo buzzer.</summary>
        public const int Buzzer = 25;

        /// <summary>PWM function of <see cref="Buzzer"/>: PWM3, LEDC timer 1, so its tones never retune the heater's timer.</summary>
        public const DeviceFunction BuzzerFunction = DeviceFunction.PWM3;

        /// <summary>1-Wire transmit (UART2 TX, open drain), tied to DQ of both DS18B20s (one bus, told apart by ROM code); any GPIO through the ESP32's GPIO matrix.</summary>
        public const int OneWireTx = 33;

        /// <summary>UART function of <see cref="OneWireTx"/>; nanoFramework's OneWireHost always uses COM3.</summary>
        public const DeviceFunction OneWireTxFunction = DeviceFunction.COM3_TX;

        /// <summary>
        /// 1-Wire receive (UART2 RX), tied to DQ, which has a 4.7 kΩ pull-up to 3.3 V. A strapping pin used as an input
        /// only: the pull-up holds it at its default high level through every reset (bus idle, TX open drain off).
        /// </summary>
        public const int OneWireRx = 5;

        /// <summary>UART function of <see cref="OneWireRx"/>.</summary>
        public const DeviceFunction OneWireRxFunction = DeviceFunction.COM3_RX;

        /// <summary>Power button, active low, external 10 kΩ pull-up.</summary>
        public const int ButtonPower = 34;

        /// <summary>Level-up button, active low, external 10 kΩ pull-up.</summary>
        public const int ButtonUp = 35;

        /// <summary>Level-down button, active low, external 10 kΩ pull-up.</summary>
        public const int ButtonDown = 36;

        /// <summary>Program button, active low, external 10 kΩ pull-up; on strapping pin MTDO, whose default high the pull-up keeps (held through a reset it only silences the ROM boot log).</summary>
        public const int ButtonProgram = 15;

        /// <summary>
        /// The jig strap J4 to GND (read once at power-on with the internal pull-up; <see cref="JigStrapInput"/>): the power-on tag
        /// gestures need it closed (session 27). GPIO 2 is a strapping pin whose reset level is low (internal pull-down; low or
        /// floating is needed for serial flashing, a normal boot ignores it): nothing on the board pulls it up, and the jig only
        /// ever pulls it low.
        /// </summary>
        public const int JigStrap = 2;

        /// <summary>Level LED 1 (active high).</summary>
        public const int LedLevel1 = 4;

        /// <summary>Level LED 2 (active high).</summary>
        public const int LedLevel2 = 13;

        /// <summary>Level LED 3 (active high; GPIO 14 flickers during boot, harmless for an LED).</summary>
        public const int LedLevel3 = 14;

        /// <summary>Level LED 4 (active high).</summary>
        public const int LedLevel4 = 18;

        /// <summary>Level LED 5 (active high).</summary>
        public const int LedLevel5 = 19;

        /// <summary>Heat LED, red (active high).</summary>
        public const int LedHeat = 21;

        /// <summary>Cool LED, blue (active high).</summary>
        public const int LedCool = 22;

        /// <summary>Fault LED, amber (active high).</summary>
        public const int LedFault = 23;

        /// <summary>Heater current sense: INA181A2 output (0.25 V/A) through a 10 kΩ / 10 µF low-pass, ADC1 channel 4.</summary>
        public const int HeaterCurrentSense = 32;

        /// <summary>
        /// ADC function of <see cref="HeaterCurrentSense"/>: ADC1_CH4 (nanoFramework channel 4, <see cref="HeaterSense.CurrentAdcChannel"/>).
        /// It names the channel only: ESP32 ADC pins are fixed, and Configuration.SetPinFunction throws for every ADC
        /// function. A host test checks channel against pin with nanoFramework's ESP32 ADC map.
        /// </summary>
        public const DeviceFunction HeaterCurrentSenseFunction = DeviceFunction.ADC1_CH4;

        /// <summary>Supply sense: 100 kΩ / 18 kΩ divider from the 12 V input with 100 nF, ADC1 channel 3 (input-only GPIO 39, SENSOR_VN; the divider drives it).</summary>
        public const int SupplySense = 39;

        /// <summary>ADC function of <see cref="SupplySense"/>: ADC1_CH3 (nanoFramework channel 3, <see cref="HeaterSense.SupplyAdcChannel"/>); names the channel only, never mapped.</summary>
        public const DeviceFunction SupplySenseFunction = DeviceFunction.ADC1_CH3;

        /// <summary>True for GPIO 34–39, which are input only and have no internal pull resistors.</summary>
        public static bool IsInputOnly(int pin)
        {
            return pin >= 34 && pin <= 39;
        }
    }
}
