namespace HeatPadFirmware.Simulator.Faults
{
    /// <summary>Which of the pad's two sensors a <see cref="FaultKind"/> hits, for the campaign's rows.</summary>
    public static class FaultKindSensors
    {
        /// <summary>Label of a fault that hits sensor 1 only.</summary>
        public const string First = "1";

        /// <summary>Label of a fault that hits sensor 2 only.</summary>
        public const string Second = "2";

        /// <summary>Label of a fault that hits both sensors (a common cause: the bus, the driver, the sensor strip).</summary>
        public const string Both = "1+2";

        /// <summary>Label of a fault that hits no sensor (heater, supply, pad, ticks, buttons).</summary>
        public const string None = "-";

        /// <summary>The sensor(s) <paramref name="kind"/> hits: <see cref="First"/>, <see cref="Second"/>, <see cref="Both"/> or <see cref="None"/>.</summary>
        public static string Of(FaultKind kind)
        {
            switch (kind)
            {
                case FaultKind.IntermittentCrc:
                case FaultKind.PowerOnValue:
                case FaultKind.SensorDetached:
                case FaultKind.SensorLoosening:
                case FaultKind.DetachedClearAndRestart:
                case FaultKind.LooseningShortPhases:
                case FaultKind.FrozenSingleSensor:
                    return First;
                case FaultKind.SecondSensorLoosening:
                    return Second;
                case FaultKind.SensorDisconnect:
                case FaultKind.FrozenReading:
                case FaultKind.DetachedWhileOff:
                case FaultKind.DetachedShortPhases:
                case FaultKind.BothSensorsLoosening:
                case FaultKind.BothSensorsDetached:
                case FaultKind.BothSensorsLooseningShortPhases:
                case FaultKind.TwoPaceLoosening:
                case FaultKind.TwoPaceLooseningReversed:
                case FaultKind.SettlingLoosening50:
                case FaultKind.SettlingLoosening65:
                case FaultKind.SettlingLoosening80:
                    return Both;
                default:
                    return None;
            }
        }

        /// <summary>True when <paramref name="kind"/> hits sensor 1.</summary>
        public static bool HitsFirst(FaultKind kind)
        {
            string hit = Of(kind);
            return hit == First || hit == Both;
        }

        /// <summary>True when <paramref name="kind"/> hits sensor 2.</summary>
        public static bool HitsSecond(FaultKind kind)
        {
            string hit = Of(kind);
            return hit == Second || hit == Both;
        }
    }
}
