using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;

namespace HeatPadFirmware.Tests.Review21c
{
    /// <summary>What one review run of the device fixture did.</summary>
    internal sealed record FixtureProbe(ElementFixtureStage Stage, FaultCode AbortFault, double PeakSurfaceC, double PeakElementC, double Dose, int HeatTicksAfterEnd, int Ticks, double PeakSurfaceInPlateC)
    {
        public override string ToString() => $"stage {Stage} fault {AbortFault} peak surface {PeakSurfaceC:F1} C (plate stage {PeakSurfaceInPlateC:F1}) element {PeakElementC:F1} C dose {Dose:F3} ticks {Ticks} heat after end {HeatTicksAfterEnd}";
    }

    /// <summary>
    /// Review 21c's driver of the device fixture (ElementFixtureRun) on a simulated pad, as DeviceFixtureSimulation but with the
    /// conditions the author did not vary: a person on the pad, a cover, a pair off the surface, irregular ticks, supply steps,
    /// a chosen chip Vref, the plate's timing; it keeps ticking after the run ends to see that no heat follows.
    /// </summary>
    internal sealed class FixtureHarness
    {
        public double RoomC = 22.0;
        public double PadStartC = double.NaN;
        public double BodyWPerK = default;                 // a person from power-on (0: none)
        public double BodyC = 34.0;
        public double SurfaceToAmbientScale = 1.0; // cover / fold: < 1
        public double CoreToAmbientScale = 1.0;
        public bool FreeAir = true;
        public double ChipVrefV = double.NaN;
        public int PressDelayS = 5;              // after the first cue; negative: never
        public int PlateLeadS = 0;                 // plate laid this long before the press (negative: after)
        public bool LayPlate = true;
        public bool PairDetachedInPlate = default;         // both pair sensors off the surface from the press on
        public bool PairDetachedFromStart = default;
        public Func<int, long> TickMs = _ => 1000L;
        public Func<int, double> SupplyV = _ => double.NaN;
        public int ExtraTicks = 300;
        public bool WithoutRelaxation = default;
        public Action<SimulatedJigProbe>? JigAir = null;     // session 23: sets the jig's air probe (the room)
        public Action<SimulatedJigProbe>? Jig = null;        // session 23: sets the jig's reference probe (drawn from the seed within its tolerance) before the run
        public double PowerW = ElementFixtureRun.TargetPowerW;
        public System.IO.TextWriter? Telemetry = null; // the device's console as DeviceFixtureSimulation writes it   // the fix20 core with SurfaceHeldByFixture never set
        public Func<int, ElementFixtureStage, ButtonEventQueue, bool>? ExtraPresses = null;
        public Action<long, ElementFixtureStage, double, SensorReading, SensorReading, SensorReading>? Observe = null; // each tick: now, stage, true surface, the pair's and S3's readings
        public Action<int, SimulatedElementSensor>? ElementFault = null; // each tick before the read: break S3 (fix21's S3-lost condition)

        public FixtureProbe Run(PadParameters p, int seed)
        {
            PadParameters fixture = p.With(
                surfaceToBodyWPerK: BodyWPerK,
                surfaceToAmbientWPerK: (FreeAir ? Math.Max(p.SurfaceToAmbientWPerK, HeatPadFirmware.Simulator.Bench.BenchPadFamily.FreeAirSurfaceToAmbientWPerK) : p.SurfaceToAmbientWPerK) * SurfaceToAmbientScale,
                coreToAmbientWPerK: p.CoreToAmbientWPerK * CoreToAmbientScale,
                ambientC: RoomC, bodyC: BodyWPerK > 0 ? BodyC : RoomC, initialC: double.IsNaN(PadStartC) ? RoomC : PadStartC);
            var pad = new ThermalPad(fixture);
            var first = new SimulatedSensor(fixture, seed);
            var second = SimulatedSensor.Second(fixture, seed);
            var element = new SimulatedElementSensor(fixture, seed);
            var sense = new SimulatedHeaterSense(seed, ChipVrefV);
            var jig = new SimulatedJigProbe(fixture, seed);
            Jig?.Invoke(jig);
            var jigAir = SimulatedJigProbe.Air(fixture, seed);
            JigAir?.Invoke(jigAir);
            var core = new ElementFixtureRun(PowerW, plateHoldsSurface: !WithoutRelaxation);
            var buttons = new ButtonEventQueue();
            double duty = 0.0;
            bool closed = false;
            long nowMs = 0;
            long plateWantedMs = -1;
            bool plateOn = false;
            double peak = double.NegativeInfinity, peakPlate = double.NegativeInfinity, peakElement = double.NegativeInfinity, dose = 0.0;
            int heatAfterEnd = 0;
            int endTick = -1;
            int tick;
            first.Detached = second.Detached = PairDetachedFromStart;
            Telemetry?.WriteLine(HeatPadFirmware.Simulator.Output.TelemetryLog.Header);
            Telemetry?.WriteLine(HeatPadFirmware.Simulator.Output.FixtureTelemetry.SensorsLine("28FF641E0F160390", "28FF9A1C0F160393", "28FF23A10F1603C1"));
            Telemetry?.WriteLine(HeatPadFirmware.Simulator.Output.FixtureTelemetry.BoardLine(HeatPadFirmware.Simulator.Output.FixtureTelemetry.SimulatedBoardHex));
            Telemetry?.WriteLine(HeatPadFirmware.Simulator.Output.FixtureTelemetry.SenseZeroLine(HeatPadFirmware.Simulator.Output.ElementCalibrationRecordWriter.NominalSenseZeroCounts));
            for (tick = 0; tick < 6000; tick++)
            {
                double sv = SupplyV(tick);
                if (!double.IsNaN(sv))
                {
                    pad.SupplyVoltageV = sv;
                }

                long dtMs = TickMs(tick);
                int halves = (int)Math.Max(1, dtMs / 250);
                double h = dtMs / 1000.0 / halves;
                for (int k = 0; k < halves; k++)
                {
                    pad.Step(h, duty, closed);
                    first.Advance(h, pad.SurfaceC);
                    second.Advance(h, pad.SurfaceC);
                    element.Advance(h, pad.CoreC, pad.AmbientC);
                    jig.Advance(h, pad.SurfaceC, pad.AmbientC);
                    jigAir.Advance(h, pad.SurfaceC, pad.AmbientC);
                    dose += BurnDose.Increment(pad.SurfaceC, h);
                }

                nowMs += dtMs;
                SensorReading a = first.Read(nowMs);
                SensorReading b = second.Read(nowMs);
                ElementFault?.Invoke(tick, element);
                SensorReading e = element.Read();
                HeaterSenseReading s = sense.Read(pad, duty, closed);
                buttons.Clear();
                int pressS = PressDelayS + Math.Max(0, PlateLeadS);
                if (plateWantedMs >= 0 && PressDelayS >= 0 && nowMs - plateWantedMs >= pressS * 1000L && core.Stage == ElementFixtureStage.PlateWanted)
                {
                    buttons.Add(ButtonId.Program, false);
                }

                if (ExtraPresses != null && ExtraPresses(tick, core.Stage, buttons))
                {
                }

                CoreOutputs o = core.StepWithJig(nowMs, a, b, e, jig.Read(), jigAir.Read(), s, buttons);
                Observe?.Invoke(nowMs, core.Stage, pad.SurfaceC, a, b, e);
                if (core.StageChanged && endTick < 0)
                {
                    Telemetry?.WriteLine(HeatPadFirmware.Simulator.Output.FixtureTelemetry.Mark(nowMs, core.Stage, ElementFixtureRun.TargetPowerW));
                }

                if (endTick < 0)
                {
                    Telemetry?.WriteLine(HeatPadFirmware.Simulator.Output.FixtureTelemetry.TRecord(nowMs, a.IsValid ? a.TemperatureC : double.NaN, b.IsValid ? b.TemperatureC : double.NaN, e.IsValid ? e.TemperatureC : double.NaN, o.HeaterEnabled ? o.DutyFraction : 0.0, o.Phase, o.Fault));
                    Telemetry?.WriteLine(HeatPadFirmware.Simulator.Output.FixtureTelemetry.SenseLine(nowMs, o.HasHeaterSense, o.HeaterCurrentA, o.SupplyV));
                }

                if (core.StageChanged && core.Stage == ElementFixtureStage.PlateWanted)
                {
                    plateWantedMs = nowMs;
                }

                if (core.StageChanged && core.Stage == ElementFixtureStage.Plate && PairDetachedInPlate)
                {
                    first.Detached = second.Detached = true;
                }

                int plateS = pressS - PlateLeadS;
                if (LayPlate && !plateOn && plateWantedMs >= 0 && PressDelayS >= 0 && nowMs - plateWantedMs >= plateS * 1000L)
                {
                    plateOn = true;
                    pad.SurfaceToBodyWPerK = ElementCalibrationFixture.PlateWPerK;
                }

                peak = Math.Max(peak, pad.SurfaceC);
                peakElement = Math.Max(peakElement, pad.CoreC);
                if (core.Stage == ElementFixtureStage.Plate)
                {
                    peakPlate = Math.Max(peakPlate, pad.SurfaceC);
                }

                duty = o.HeaterEnabled ? o.DutyFraction : 0.0;
                closed = o.HeaterEnabled;
                bool ended = core.Stage == ElementFixtureStage.Done || core.Stage == ElementFixtureStage.Aborted;
                if (ended && endTick < 0)
                {
                    endTick = tick;
                }

                if (ended && tick > endTick && (duty > 0.0 || closed))
                {
                    heatAfterEnd++;
                }

                if (ended && tick - endTick >= ExtraTicks)
                {
                    break;
                }
            }

            return new FixtureProbe(core.Stage, core.AbortFault, peak, peakElement, dose, heatAfterEnd, endTick + 1, peakPlate);
        }
    }
}
