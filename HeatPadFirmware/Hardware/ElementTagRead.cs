namespace HeatPadFirmware.Hardware
{
    /// <summary>What reading a sensor's tag found (<see cref="ElementSensorTagging.ReadTag"/>).</summary>
    internal enum ElementTagRead
    {
        /// <summary>The scratchpad passed its checks and does not hold the tag: a surface sensor candidate.</summary>
        Untagged = 0,

        /// <summary>The scratchpad passed its checks and holds the tag: the element sensor.</summary>
        Tagged = 1,

        /// <summary>No attempt gave a scratchpad that passed its checks: the sensor's role is unknown, it is used in neither.</summary>
        Failed = 2,
    }
}
