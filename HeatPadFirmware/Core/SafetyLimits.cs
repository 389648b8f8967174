namespace HeatPadFirmware.Core
{
    /// <summary>
    /// The fixed safety thresholds, in one place. Each is chosen against the facts in the project's
    /// heater-safety reference (burn data, DS18B20 datasheet, Klipper and Marlin defaults).
    /// </summary>
    public static class SafetyLimits
    {
        /// <summary>
        /// Highest setpoint any configuration may ask for, 45 °C. Springborg et al. 2021 (PLOS ONE
        /// 16(7):e0254790) put the burn threshold at 45 °C at about 97 min; ISO 13732-1 and IEC 60601-1
        /// allow 43 °C for long contact. Above 45 °C a forgotten pad burns within a normal nap.
        /// </summary>
        public const double MaxSetpointC = 45.0;

        /// <summary>
        /// Absolute over-temperature on the sensor reading, 47 °C: 2 °C above <see cref="MaxSetpointC"/>,
        /// which covers the allowed 0.3 °C overshoot, the DS18B20's ±0.5 °C accuracy and noise, while staying
        /// below 48 °C, where the burn fit gives about 16 min. Marlin keeps targets 10–15 °C below its
        /// MAXTEMP; a pad on skin has no such room.
        /// </summary>
        public const double OverTemperatureC = 47.0;

        /// <summary>
        /// Consecutive invalid reads that latch <see cref="FaultCode.SensorLost"/>: 4, as Klipper's DS18B20
        /// driver. The heater is already off from the first invalid read; this only decides when a glitch
        /// becomes a fault.
        /// </summary>
        public const int SensorLostConsecutiveReads = 4;

        /// <summary>
        /// A latched fault clears on a long press of power only with a valid reading below 40 °C: the pad
        /// must be cool and the sensor working before anyone can start heat again.
        /// </summary>
        public const double FaultClearBelowC = 40.0;

        /// <summary>After a session, the "pad still hot" cue stays on until the reading is below 38 °C.</summary>
        public const double PadHotBelowC = 38.0;

        /// <summary>Session heat limit: 90 min, the EU auto-off practice for heating pads.</summary>
        public const int MaxHeatMinutesPerSession = 90;
    }
}
