namespace HeatPadFirmware.Simulator.Output
{
    /// <summary>The text progress bar the long commands (bench, faults, restarts) draw on the error stream while they run.</summary>
    public static class ProgressBar
    {
        /// <summary>Characters between the brackets, 40.</summary>
        public const int Width = 40;

        /// <summary>"\r[####....] done/total": <paramref name="done"/> of <paramref name="total"/> (total 0: a full bar).</summary>
        public static string Text(int done, int total)
        {
            int filled = total == 0 ? Width : (int)((long)Width * done / total);
            return "\r[" + new string('#', filled) + new string('.', Width - filled) + "] " + done + "/" + total;
        }
    }
}
