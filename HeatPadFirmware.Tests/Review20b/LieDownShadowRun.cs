using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review20b
{
    /// <summary>
    /// Review 20b: one session of the <c>faults</c> campaign's lying-down group (<see cref="LieDownLife.Run"/>, the same draw
    /// and events) on a pad with the element sensor fitted and no calibration of its own (the base: the witness latches
    /// nothing), carrying shadow witnesses (<see cref="CalibrationErrorShadow"/>) whose calibrations are the assembly
    /// fixture's (<see cref="ElementCalibrationFixture"/>) with an error injected.
    /// </summary>
    internal static class LieDownShadowRun
    {
        /// <summary>
        /// Runs session <paramref name="seed"/> in room <paramref name="roomC"/> (null: the session's own draw,
        /// <see cref="LifeRoom.Of"/>) with one shadow per entry of <paramref name="errors"/> (each maps the fixture's calibration
        /// to the one the shadow uses). Returns the base's fault and its second, and each shadow's verdict second (-1: none),
        /// seconds after the start press. <paramref name="roomDriftC"/>: the room moves this far, °C, linearly over the first hour
        /// (a bedroom heated or cooling during the session; 0: a steady room). <paramref name="padColderC"/>: the pad (element,
        /// laminate, sensors) starts this far under the room, °C (brought in from a cooler place and switched on at once).
        /// </summary>
        public static (LieDownDraw Draw, FaultCode Fault, int FaultAtS, int[] VerdictAtS) Run(int seed, Func<ElementCalibration, ElementCalibration>[] errors, double? roomC = null, double roomDriftC = 0.0, double padColderC = 0.0)
        {
            var pads = LifeRoom.PadsIn(PadFile.LoadAllShipped(), roomC ?? LifeRoom.Of(seed));
            for (int i = 0; i < pads.Length; i++)
            {
                pads[i] = (pads[i].Name, pads[i].Pad.With(initialC: pads[i].Pad.AmbientC - padColderC));
            }

            CalibrationErrorShadow? shadow = null;
            long startS = -1;
            double room0C = 0.0;
            var (draw, fault, faultAtS) = LieDownLife.Run(
                pads,
                seed,
                onTick: r => shadow!.Flush(),
                fitElement: r =>
                {
                    r.FitElementSensor(ElementCalibrationKind.None);
                    ElementCalibration fixture = ElementCalibrationFixture.Calibrate(r.Pad.Parameters, seed);
                    var calibrations = new ElementCalibration[errors.Length];
                    for (int i = 0; i < errors.Length; i++)
                    {
                        calibrations[i] = errors[i](fixture);
                    }

                    shadow = new CalibrationErrorShadow(r, calibrations);
                    room0C = r.Pad.Parameters.AmbientC;
                },
                beforeTick: (r, sinceS) =>
                {
                    startS = startS < 0 ? (r.NowMs / 1000) - sinceS : startS;
                    if (roomDriftC != 0.0)
                    {
                        CalibrationErrorShadow.SetRoom(r.Pad, room0C + (roomDriftC * Math.Min(1.0, sinceS / 3600.0)));
                    }
                });

            var verdicts = new int[errors.Length];
            for (int i = 0; i < errors.Length; i++)
            {
                int at = shadow!.VerdictAtS[i];
                verdicts[i] = at < 0 ? -1 : at - (int)startS;
            }

            return (draw, fault, faultAtS, verdicts);
        }

        /// <summary>True when the shadow's verdict came before (or with) the base's own fault: the calibrated pad latches it.</summary>
        public static bool Added(int verdictAtS, int faultAtS)
        {
            return verdictAtS >= 0 && (faultAtS < 0 || verdictAtS <= faultAtS);
        }
    }
}
