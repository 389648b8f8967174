using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Trip35
{
    /// <summary>
    /// Trip35's third session in one power-on (review 35a's three-sessions family), pinned by <c>Trip35/MainFalseTripPathTests</c> and
    /// read at session 3's start by <c>Sess36/CouplingDoubtAcrossSessionsTests</c>: folded-covered in a 16 °C room, its own body
    /// contact (3 W/K for a pad without one), heat sessions of <see cref="LengthS"/> started every <see cref="CycleS"/> by the power
    /// button and stopped by it, the user lying down <see cref="PreheatS"/> after each start (the pad pre-heated in free air) and up
    /// again half-way through the pause.
    /// </summary>
    internal static class ThreeSessionsPowerOn
    {
        /// <summary>Seconds from one session's start to the next's.</summary>
        internal const int CycleS = 3600;

        /// <summary>Seconds each session runs before the power button stops it.</summary>
        internal const int LengthS = 1800;

        /// <summary>Seconds of free-air pre-heat before the user lies down.</summary>
        internal const int PreheatS = 600;

        /// <summary>The pad, in its 16 °C room.</summary>
        internal static PadParameters Pad()
        {
            return PadFile.LoadShipped("folded-covered").With(ambientC: 16.0, initialC: 16.0);
        }

        /// <summary>Lays the user on <paramref name="pad"/> (as <see cref="Pad"/> gave it) or takes them off for second <paramref name="s"/>.</summary>
        internal static void PlaceUser(FaultRun run, int s, PadParameters pad)
        {
            double k = pad.SurfaceToBodyWPerK > 0.0 ? pad.SurfaceToBodyWPerK : 3.0;
            LieDownLife.PlaceUser(run, s % CycleS >= PreheatS && s % CycleS < LengthS + ((CycleS - LengthS) / 2), k, pad.SurfaceToAmbientWPerK);
        }

        /// <summary>The power button at each session's end and at each later session's start.</summary>
        internal static ButtonId Presses(int s)
        {
            return s % CycleS == LengthS || (s > 0 && s % CycleS == 0) ? ButtonId.Power : ButtonId.None;
        }
    }
}
