namespace HeatPadFirmware.Simulator.Device
{
    /// <summary>
    /// One item of <see cref="NanoClrHeapEstimate.Items"/>: <paramref name="Path"/>, the fields that first reached it from the
    /// root (root.field.field, [i] for an array's element); <paramref name="Type"/>, its type (an array's element type and []);
    /// <paramref name="Count"/>, an object's instance fields, an array's length or a string's characters;
    /// <paramref name="Bytes"/>, what it takes on the modelled heap (a boxed struct field's copy is an item of its own).
    /// </summary>
    public sealed record NanoClrHeapItem(string Path, string Type, int Count, long Bytes);
}
