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

            LieDownDraw draw = LieDownLife.Draw(pads, seed);
            PadParameters pad = draw.Pad;
            var run = new FaultRun(pad, seed);
            run.FitElementSensor(ElementCalibrationKind.None);
            ElementCalibration fixture = ElementCalibrationFixture.Calibrate(pad, seed);
            var calibrations = new ElementCalibration[errors.Length];
            for (int i = 0; i < errors.Length; i++)
            {
                calibrations[i] = errors[i](fixture);
            }

            var shadow = new CalibrationErrorShadow(run, calibrations);
            run.Pad.SupplyVoltageV = draw.SupplyV;
            double ownAirWPerK = run.Pad.SurfaceToAmbientWPerK;
            run.Pad.SurfaceToBodyWPerK = 0.0;
            run.Pad.SurfaceToAmbientWPerK = BenchPadFamily.FreeAirSurfaceToAmbientWPerK;
            run.Start(draw.Level, TherapyProgram.Heat);
            long startMs = run.NowMs;
            long endMs = startMs + (FaultCampaign.NormalLifeMinutes * 60000L);
            FaultCode fault = FaultCode.None;
            int faultAtS = -1;
            double room0C = pad.AmbientC;
            while (run.Last.Phase != SessionPhase.Off && run.NowMs < endMs)
            {
                long sinceS = (run.NowMs - startMs) / 1000;
                if (roomDriftC != 0.0)
                {
                    CalibrationErrorShadow.SetRoom(run.Pad, room0C + (roomDriftC * Math.Min(1.0, sinceS / 3600.0)));
                }

                if (sinceS == draw.LieAtS)
                {
                    run.Pad.SurfaceToBodyWPerK = draw.BodyWPerK;
                    run.Pad.SurfaceToAmbientWPerK = ownAirWPerK;
                }

                if (sinceS == draw.UpAtS)
                {
                    run.Pad.SurfaceToBodyWPerK = 0.0;
                    run.Pad.SurfaceToAmbientWPerK = BenchPadFamily.FreeAirSurfaceToAmbientWPerK;
                }

                CoreOutputs outputs = run.TickPair(1000, null, null);
                shadow.Flush();
                if (outputs.Fault != FaultCode.None)
                {
                    fault = outputs.Fault;
                    faultAtS = (int)((run.NowMs - startMs) / 1000);
                    break;
                }
            }

            var verdicts = new int[errors.Length];
            for (int i = 0; i < errors.Length; i++)
            {
                int at = shadow.VerdictAtS[i];
                verdicts[i] = at < 0 ? -1 : at - (int)(startMs / 1000);
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
