using System;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Early33
{
    /// <summary>
    /// weak33's <see cref="Weak33.WeakPadDetachment"/> scenario (same seed, noise sequence and lags, watched to the onset + 3,600 s)
    /// with a hook called after every tick with the run and the second, so a test can read what each check saw (session 33, early33).
    /// </summary>
    internal static class EarlyDetachment
    {
        /// <summary>Runs the scenario; see <see cref="Weak33.WeakPadDetachment.Run"/>. <paramref name="onTick"/> sees the run after each tick; <paramref name="factory"/>: the element sensor fitted with a factory calibration.</summary>
        public static Weak33.WeakPadDetachment.Outcome Run(PadParameters basePad, double roomC, double coldStartC, int level, int onsetS, double placeOverRoomC, double lagS, Action<FaultRun, int> onTick, bool factory = false)
        {
            ArgumentNullException.ThrowIfNull(onTick);
            return Weak33.WeakPadDetachment.Run(basePad, roomC, coldStartC, level, onsetS, placeOverRoomC, lagS, factory, onTick);
        }
    }
}
