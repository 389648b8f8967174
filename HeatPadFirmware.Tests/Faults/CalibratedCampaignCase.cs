using System.Linq;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Faults
{
    /// <summary>
    /// One row of <c>faults --seed 1 --cases --element-sensor --element-calibration Factory</c> run alone: the shipped pad, the
    /// row's own campaign seed, the element sensor fitted with its factory record; with a room, as faults' <c>--room</c> (the
    /// pad in that room and starting at it); with <c>onTick</c>, called after every tick (session 32's tests follow the watch).
    /// </summary>
    internal static class CalibratedCampaignCase
    {
        public static FaultCaseResult Run(FaultKind kind, string padName, int level, double onsetS, double? roomC = null, System.Action<FaultRun>? onTick = null)
        {
            var pads = PadFile.LoadAllShipped();
            PadParameters pad = pads.Single(p => p.Name == padName).Pad;
            if (roomC.HasValue)
            {
                pad = pad.With(ambientC: roomC.Value, initialC: roomC.Value);
            }

            int seed = FaultsCommand.CaseSeeds(pads.Select(p => p.Name).ToArray(), 1)[(padName, level, onsetS, kind)];
            return FaultCampaign.RunCase(padName, pad, level, kind, onsetS, seed, r => r.FitElementSensor(ElementCalibrationKind.Factory), onTick: onTick);
        }
    }
}
