namespace HeatPadFirmware.Simulator.Faults
{
    /// <summary>
    /// The faults the campaign injects. The pad has two sensors (session 5); a fault local to one sensor hits sensor 1 unless
    /// its name says otherwise, and <see cref="FaultKindSensors.Of"/> names the sensor(s) every kind hits.
    /// </summary>
    public enum FaultKind
    {
        /// <summary>The shared 1-Wire bus stops answering: every read of both sensors fails from the onset.</summary>
        SensorDisconnect,

        /// <summary>One read of sensor 1 in ten fails its CRC, at random.</summary>
        IntermittentCrc,

        /// <summary>One read of sensor 1 returns the DS18B20 power-on value, 85.0 °C.</summary>
        PowerOnValue,

        /// <summary>Both readings stay at their values at the onset: a driver that stops starting conversions (the shared Convert T).</summary>
        FrozenReading,

        /// <summary>Sensor 1 falls off the pad and follows the room air.</summary>
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
        /// Sensor 1 slides out of its pocket over 10 minutes: its reading becomes ambient + w·(sensor − ambient),
        /// w falling from 1 to 0.3 (review finding 1).
        /// </summary>
        SensorLoosening,

        /// <summary>
        /// Sensor 1 falls off the pad and the user clears every fault and restarts the session as soon as the
        /// pad lets them (review finding 2).
        /// </summary>
        DetachedClearAndRestart,

        /// <summary>The heater current sense reads 0 counts whatever flows (amplifier dead, under its REF level): heat must stop (heater_sense_failed).</summary>
        SenseStuckAtZero,

        /// <summary>The heater current sense reads the ADC's full scale: heat must stop (heater_sense_failed).</summary>
        SenseStuckAtFullScale,

        /// <summary>
        /// The user switches the pad off, both sensors fall off the warm pad while it is off (the case of the one-sensor
        /// witnesses this kind was written for), and a minute later the user starts heat again (review finding 4).
        /// </summary>
        DetachedWhileOff,

        /// <summary>
        /// Both sensors fall off the pad (the one-sensor witnesses' case, as written) during a contrast program cut into the shortest heat phases the configuration
        /// allows (<see cref="HeatPadFirmware.Core.TherapyConfig.MinHeatPhaseMinutes"/>) and 1-min cool phases, which the user
        /// starts again whenever it ends (session 2 review: 1-min phases let a detached sensor's pad heat 599
        /// full-power seconds with no fault).
        /// </summary>
        DetachedShortPhases,

        /// <summary>
        /// Sensor 1 loosens as in <see cref="SensorLoosening"/> during a contrast program of 5-min heat phases and 1-3-min
        /// cool phases (1 + (level − 1) mod 3), which the user starts again whenever it ends (session 3 review: every cool
        /// phase ended the coupling check's doubt; folded-covered reached 48.9-49.1 °C).
        /// </summary>
        LooseningShortPhases,

        /// <summary>Sensor 2 loosens as sensor 1 does in <see cref="SensorLoosening"/> (session 5).</summary>
        SecondSensorLoosening,

        /// <summary>
        /// Sensor 1's reading stays bit-identical from the onset while sensor 2 goes on converting (session 5: a sensor that
        /// answers with a stale scratchpad; the frozen checks' one-sensor case).
        /// </summary>
        FrozenSingleSensor,

        /// <summary>
        /// Both sensors loosen together as in <see cref="SensorLoosening"/>: a common cause, the whole sensor strip slides
        /// off (session 5; what session 4 measured for its one sensor, the model witnesses' case).
        /// </summary>
        BothSensorsLoosening,

        /// <summary>Both sensors fall off the pad together and follow the room air: the sensor strip comes off (session 5).</summary>
        BothSensorsDetached,

        /// <summary>
        /// Both sensors loosen together (as in <see cref="BothSensorsLoosening"/>) during the contrast program of
        /// <see cref="LooseningShortPhases"/> (session 5 final review: the unsettled watch's rewarm exclusion had lost this
        /// case's verdicts, and no kind measured it).
        /// </summary>
        BothSensorsLooseningShortPhases,

        /// <summary>
        /// The sensor strip loosens at two paces (session 10, review 10 HIGH-2): sensor 1 comes loose fast, w 1 → 0.3 over
        /// <see cref="FaultCampaign.TwoPaceFastS"/>, while sensor 2 loosens slowly, w 1 → 0.3 over
        /// <see cref="FaultCampaign.TwoPaceSlowS"/>, in the heat program (each reads ambient + w·(sensor − ambient) as in
        /// <see cref="SensorLoosening"/>). The pair first disagrees, then both fall behind the pad.
        /// </summary>
        TwoPaceLoosening,

        /// <summary>As <see cref="TwoPaceLoosening"/> with the paces swapped: sensor 2 comes loose fast, sensor 1 slowly.</summary>
        TwoPaceLooseningReversed,

        /// <summary>
        /// The sensor strip slides part-way out and stops (session 29, the gap session 28's scan found): both sensors read
        /// ambient + w·(sensor − ambient), w falling from 1 to a final 0.5 over <see cref="FaultCampaign.SettlingPaceS"/> and
        /// staying there, in the heat program. Unlike the loosening kinds (w → 0.3) the pair keeps half of the surface's rise.
        /// </summary>
        SettlingLoosening50,

        /// <summary>As <see cref="SettlingLoosening50"/> with the strip settling at w = 0.65.</summary>
        SettlingLoosening65,

        /// <summary>As <see cref="SettlingLoosening50"/> with the strip settling at w = 0.8 (the pair reads four fifths of the rise).</summary>
        SettlingLoosening80,
    }
}
