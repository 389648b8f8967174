namespace HeatPadFirmware.Simulator.Faults
{
    /// <summary>The faults the campaign injects.</summary>
    public enum FaultKind
    {
        /// <summary>The sensor stops answering: every read fails from the onset.</summary>
        SensorDisconnect,

        /// <summary>One read in ten fails its CRC, at random.</summary>
        IntermittentCrc,

        /// <summary>One read returns the DS18B20 power-on value, 85.0 °C.</summary>
        PowerOnValue,

        /// <summary>The reading stays at its value at the onset.</summary>
        FrozenReading,

        /// <summary>The sensor falls off the pad and follows the room air.</summary>
        SensorDetached,

        /// <summary>The heating element breaks.</summary>
        HeaterOpen,

        /// <summary>The PWM MOSFET shorts: full power whenever the cut-off is closed.</summary>
        MosfetShorted,

        /// <summary>The supply sags to 90 % of rated (10.8 V on a 12 V pad).</summary>
        SupplySag,

        /// <summary>The supply surges to 110 % of rated (13.2 V on a 12 V pad).</summary>
        SupplySurge,

        /// <summary>The user gets up: no body contact, the surface sees free air (1.2 W/K).</summary>
        BodyOff,

        /// <summary>The pad is folded or covered: no body, 0.3 W/K to the air.</summary>
        Folded,

        /// <summary>Ticks come every 0.2–3 s at random.</summary>
        IrregularTicks,

        /// <summary>The loop stalls for 30 s once (outputs held, the dead-man sees no heartbeat).</summary>
        StalledTicks,

        /// <summary>Random button events every tick for 20 s.</summary>
        ButtonChatter,

        /// <summary>Power is held for 3 minutes, then released (one long press).</summary>
        ButtonHeld,

        /// <summary>
        /// The sensor slides out of its pocket over 10 minutes: the reading becomes ambient + w·(sensor − ambient),
        /// w falling from 1 to 0.3 (review finding 1).
        /// </summary>
        SensorLoosening,

        /// <summary>
        /// The sensor falls off the pad and the user clears every fault and restarts the session as soon as the
        /// pad lets them (review finding 2).
        /// </summary>
        DetachedClearAndRestart,

        /// <summary>The heater current sense reads 0 counts whatever flows (amplifier dead, under its REF level): heat must stop (heater_sense_failed).</summary>
        SenseStuckAtZero,

        /// <summary>The heater current sense reads the ADC's full scale: heat must stop (heater_sense_failed).</summary>
        SenseStuckAtFullScale,

        /// <summary>
        /// The user switches the pad off, the sensor falls off the warm pad while it is off, and a minute later the
        /// user starts heat again (review finding 4).
        /// </summary>
        DetachedWhileOff,

        /// <summary>
        /// The sensor falls off the pad during a contrast program cut into the shortest heat phases the configuration
        /// allows (<see cref="HeatPadFirmware.Core.TherapyConfig.MinHeatPhaseMinutes"/>) and 1-min cool phases, which the user
        /// starts again whenever it ends (session 2 review: 1-min phases let a detached sensor's pad heat 599
        /// full-power seconds with no fault).
        /// </summary>
        DetachedShortPhases,

        /// <summary>
        /// The sensor loosens as in <see cref="SensorLoosening"/> during a contrast program of 5-min heat phases and 1-3-min
        /// cool phases (1 + (level − 1) mod 3), which the user starts again whenever it ends (session 3 review: every cool
        /// phase ended the coupling check's doubt; folded-covered reached 48.9-49.1 °C).
        /// </summary>
        LooseningShortPhases,
    }
}
