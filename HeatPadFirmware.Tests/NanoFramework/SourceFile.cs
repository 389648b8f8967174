namespace HeatPadFirmware.Tests.NanoFramework
{
    /// <summary>One C# source text and the path it is reported under.</summary>
    public sealed record SourceFile(string Path, string Text);
}
