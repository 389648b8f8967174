using System;
using System.Collections.Generic;
using System.Reflection;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Bench;
using HeatPadFirmware.Simulator.Faults;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review20b
{
    /// <summary>
    /// Review 20b: a calibration error injected into the element witness (session 19's verdict). One calibration's witness
    /// changes nothing in a run until it latches, so a run with the element sensor fitted and no calibration (the base: the
    /// witness latches nothing) carries any number of shadow witnesses (<see cref="ElementWitnessCheck"/>), each with its own
    /// calibration, fed the exact inputs the supervisor gives its own (the element reading through
    /// <see cref="FaultRun.ElementReadingFilter"/>, the sense's trusted power, the hotter pair reading, the heat phase, the
    /// tick). A shadow's first <see cref="ElementWitnessCheck.Verdict"/> is the second the change would latch
    /// <see cref="FaultCode.SensorDetached"/> with that calibration (checked against real calibrated runs:
    /// <c>TheShadowWitness_MatchesTheCoresOwn_TickForTick</c>).
    /// </summary>
    internal sealed class CalibrationErrorShadow
    {
        private static readonly FieldInfo HeatWantedField = typeof(Supervisor).GetField("_lastHeatWanted", BindingFlags.Instance | BindingFlags.NonPublic)!;
        private static readonly FieldInfo SenseDtField = typeof(Supervisor).GetField("_senseDtMs", BindingFlags.Instance | BindingFlags.NonPublic)!;
        private static readonly FieldInfo AmbientField = typeof(ThermalPad).GetField("_ambientC", BindingFlags.Instance | BindingFlags.NonPublic)!;

        private readonly FaultRun _run;
        private readonly ElementWitnessCheck[] _shadows;
        private bool _pending;
        private SensorReading _pendingReading;

        /// <summary>Shadows for <paramref name="calibrations"/> on <paramref name="run"/> (element sensor fitted, no calibration of its own).</summary>
        public CalibrationErrorShadow(FaultRun run, ElementCalibration[] calibrations)
        {
            _run = run;
            _shadows = new ElementWitnessCheck[calibrations.Length];
            VerdictAtS = new int[calibrations.Length];
            for (int i = 0; i < calibrations.Length; i++)
            {
                _shadows[i] = new ElementWitnessCheck();
                _shadows[i].Learner.Calibrate(calibrations[i]);
                VerdictAtS[i] = -1;
            }

            // The filter runs before the core's step: the supervisor's fields still hold the previous tick's inputs, so the
            // previous reading is fed then (and the last one by Flush).
            run.ElementReadingFilter = r =>
            {
                FeedPending();
                _pending = true;
                _pendingReading = r;
                return r;
            };
        }

        /// <summary>Second (of simulated time since the run's start) each shadow first gave its verdict, -1: never.</summary>
        public int[] VerdictAtS { get; }

        /// <summary>The shadows (read-only use).</summary>
        public ElementWitnessCheck[] Shadows => _shadows;

        /// <summary>Feeds the last tick's reading (call after each tick to read the shadows now).</summary>
        public void Flush()
        {
            FeedPending();
        }

        /// <summary>The calibration of <paramref name="c"/> with each value scaled and the lag shifted (clamped at 0).</summary>
        public static ElementCalibration Modified(ElementCalibration c, double all = 1.0, double capacity = 1.0, double conductance = 1.0, double roomShareShift = 0.0, double lagShiftS = 0.0)
        {
            return new ElementCalibration(
                c.CapacityJPerK * all * capacity,
                c.ConductanceWPerK * all * conductance,
                (c.RoomConductanceWPerK + (roomShareShift * c.ConductanceWPerK)) * all,
                Math.Max(0.0, c.LagS + lagShiftS));
        }

        /// <summary>Moves the pad's room to <paramref name="roomC"/> (a room drifting during a session).</summary>
        public static void SetRoom(ThermalPad pad, double roomC)
        {
            AmbientField.SetValue(pad, roomC);
        }

        private void FeedPending()
        {
            if (!_pending)
            {
                return;
            }

            _pending = false;
            Supervisor sup = _run.Core.Supervisor;
            HeaterCurrentCheck current = sup.HeaterCurrent;
            bool powerKnown = current.Trusted;
            double powerW = powerKnown ? Math.Max(0.0, current.CurrentA * current.SupplyV) : 0.0;
            bool heatWanted = (bool)HeatWantedField.GetValue(sup)!;
            double dtS = (long)SenseDtField.GetValue(sup)! / 1000.0;
            for (int i = 0; i < _shadows.Length; i++)
            {
                _shadows[i].Update(true, _pendingReading, powerKnown, powerW, sup.HotterReading, heatWanted, dtS);
                if (VerdictAtS[i] < 0 && _shadows[i].Verdict)
                {
                    VerdictAtS[i] = (int)(_run.NowMs / 1000);
                }
            }
        }
    }
}
