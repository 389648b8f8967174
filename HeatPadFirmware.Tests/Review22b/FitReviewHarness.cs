using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Output;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review22b
{
    /// <summary>
    /// Review 22b's driver of the device fixture (ElementFixtureRun) on a simulated pad, writing the device's fixture log, with
    /// the bad-run conditions fit21 did not shape its checks on: each pair sensor's contact (the share of the surface's excess
    /// over the room it sees: 1 on the surface, 0 off it, between: loose), a pair sensor invalid for a while, the plate laid late
    /// or lifted early, a cover (surface-to-air × scale), a body, S3's spot error beyond ±15 % (its excess × a factor), a draft
    /// cycling the surface's loss to the air, and the pad off its room. As review 21c's FixtureHarness otherwise (free air, the
    /// plate 20 W/K on the surface, the press 5 s after the cue).
    /// </summary>
    internal sealed class FitReviewHarness
    {
        public const string Rom = "28FF23A10F1603C1";
        public double RoomC = 22.0;
        public double PadStartC = double.NaN;
        public double BodyWPerK;
        public double BodyC = 34.0;
        public double SurfaceToAmbientScale = 1.0;
        public Func<int, double> Contact1 = _ => 1.0;
        public Func<int, double> Contact2 = _ => 1.0;
        public Action<SimulatedJigProbe>? JigAir = null;     // session 23: sets the jig's air probe (the room)
        public Action<SimulatedJigProbe>? Jig = null;        // session 23: sets the jig's reference probe (drawn from the seed within its tolerance) before the run
        public ElementFixtureRun? LastRun;                    // session 23: the core of the last run (its jig probe's shares)
        public Func<int, bool> Pair1Invalid = _ => false;
        public Func<int, bool> ElementInvalid = _ => false;
        public int PlateDelayS;            // the plate laid this long after the press (the press 5 s after the cue)
        public int PlateLiftAfterS = -1;   // the plate lifted this long after it was laid (negative: never)
        public double SpotScale = 1.0;     // S3's excess over the room × this (on top of its drawn ±15 % spot)
        public Func<int, double> AirScale = _ => 1.0; // the surface's loss to the air × this, each tick (a draft)
        public Func<int, double> RoomAt = _ => double.NaN; // the room by tick (review 25b), °C (NaN: RoomC throughout)

        private static readonly System.Reflection.FieldInfo AmbientField =
            typeof(ThermalPad).GetField("_ambientC", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

        public string Run(PadParameters p, int seed)
        {
            var log = new System.IO.StringWriter();
            PadParameters fixture = p.With(
                surfaceToBodyWPerK: BodyWPerK,
                surfaceToAmbientWPerK: Math.Max(p.SurfaceToAmbientWPerK, HeatPadFirmware.Simulator.Bench.BenchPadFamily.FreeAirSurfaceToAmbientWPerK) * SurfaceToAmbientScale,
                ambientC: RoomC, bodyC: BodyWPerK > 0 ? BodyC : RoomC, initialC: double.IsNaN(PadStartC) ? RoomC : PadStartC);
            double airBase = fixture.SurfaceToAmbientWPerK;
            var pad = new ThermalPad(fixture);
            var first = new SimulatedSensor(fixture, seed);
            var second = SimulatedSensor.Second(fixture, seed);
            var element = new SimulatedElementSensor(fixture, seed);
            var sense = new SimulatedHeaterSense(seed, double.NaN);
            var jig = new SimulatedJigProbe(fixture, seed);
            Jig?.Invoke(jig);
            var jigAir = SimulatedJigProbe.Air(fixture, seed);
            JigAir?.Invoke(jigAir);
            var core = new ElementFixtureRun(ElementFixtureRun.TargetPowerW, plateHoldsSurface: true);
            LastRun = core;
            var buttons = new ButtonEventQueue();
            double duty = 0.0;
            bool closed = false;
            long nowMs = 0;
            long cueMs = -1;
            long plateOnMs = -1;
            bool plateOn = false;
            bool lifted = false;
            log.WriteLine(TelemetryLog.Header);
            log.WriteLine(FixtureTelemetry.SensorsLine("28FF641E0F160390", "28FF9A1C0F160393", Rom));
            log.WriteLine(FixtureTelemetry.BoardLine(FixtureTelemetry.SimulatedBoardHex));
            log.WriteLine(FixtureTelemetry.SenseZeroLine(ElementCalibrationRecordWriter.NominalSenseZeroCounts));
            for (int tick = 0; tick < 6000; tick++)
            {
                pad.SurfaceToAmbientWPerK = airBase * AirScale(tick);
                double c1 = Contact1(tick), c2 = Contact2(tick);
                double roomNow = RoomAt(tick);
                if (!double.IsNaN(roomNow))
                {
                    AmbientField.SetValue(pad, roomNow);
                }

                double room = double.IsNaN(roomNow) ? fixture.AmbientC : roomNow;
                for (int k = 0; k < 4; k++)
                {
                    pad.Step(0.25, duty, closed);
                    first.Advance(0.25, room + (c1 * (pad.SurfaceC - room)));
                    second.Advance(0.25, room + (c2 * (pad.SurfaceC - room)));
                    element.Advance(0.25, room + (SpotScale * (pad.CoreC - room)), room);
                    jig.Advance(0.25, pad.SurfaceC, room);
                    jigAir.Advance(0.25, pad.SurfaceC, room);
                }

                nowMs += 1000;
                SensorReading a = Pair1Invalid(tick) ? SensorReading.Invalid : first.Read(nowMs);
                SensorReading b = second.Read(nowMs);
                SensorReading e = ElementInvalid(tick) ? SensorReading.Invalid : element.Read();
                HeaterSenseReading s = sense.Read(pad, duty, closed);
                buttons.Clear();
                if (cueMs >= 0 && nowMs - cueMs >= 5000 && core.Stage == ElementFixtureStage.PlateWanted)
                {
                    buttons.Add(ButtonId.Program, false);
                }

                CoreOutputs o = core.StepWithJig(nowMs, a, b, e, jig.Read(), jigAir.Read(), s, buttons);
                if (core.StageChanged)
                {
                    log.WriteLine(FixtureTelemetry.Mark(nowMs, core.Stage, ElementFixtureRun.TargetPowerW, core.AbortReason));
                }

                log.WriteLine(FixtureTelemetry.TRecord(nowMs, a.IsValid ? a.TemperatureC : double.NaN, b.IsValid ? b.TemperatureC : double.NaN, e.IsValid ? e.TemperatureC : double.NaN, o.HeaterEnabled ? o.DutyFraction : 0.0, o.Phase, o.Fault));
                log.WriteLine(FixtureTelemetry.SenseLine(nowMs, o.HasHeaterSense, o.HeaterCurrentA, o.SupplyV));
                if (core.StageChanged && core.Stage == ElementFixtureStage.PlateWanted)
                {
                    cueMs = nowMs;
                }

                if (!plateOn && cueMs >= 0 && nowMs - cueMs >= (5 + PlateDelayS) * 1000L)
                {
                    plateOn = true;
                    plateOnMs = nowMs;
                    pad.SurfaceToBodyWPerK = ElementCalibrationFixture.PlateWPerK;
                }

                if (plateOn && !lifted && PlateLiftAfterS >= 0 && nowMs - plateOnMs >= PlateLiftAfterS * 1000L)
                {
                    lifted = true;
                    pad.SurfaceToBodyWPerK = BodyWPerK;
                }

                duty = o.HeaterEnabled ? o.DutyFraction : 0.0;
                closed = o.HeaterEnabled;
                if (core.Stage == ElementFixtureStage.Done || core.Stage == ElementFixtureStage.Aborted)
                {
                    break;
                }
            }

            return log.ToString();
        }
    }
}
