namespace HeatPadFirmware
{
    /// <summary>The device app's entry point (composition root).</summary>
    public static class Program
    {
        /// <summary>Boot: outputs safe first, then the loop.</summary>
        public static void Main()
        {
        }
    }
}
