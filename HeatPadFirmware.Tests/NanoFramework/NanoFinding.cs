namespace HeatPadFirmware.Tests.NanoFramework
{
    /// <summary>One construct the checker refused: where (path, 1-based line), which rule, and what it saw.</summary>
    public sealed record NanoFinding(string Path, int Line, NanoRule Rule, string Message)
    {
        public override string ToString()
        {
            return $"{Path}({Line}): {Rule}: {Message}";
        }
    }
}
