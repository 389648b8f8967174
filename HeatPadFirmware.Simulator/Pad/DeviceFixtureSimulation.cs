using System;
using System.IO;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Output;

namespace HeatPadFirmware.Simulator.Pad
{
    /// <summary>What a simulated device fixture run did (<see cref="DeviceFixtureSimulation.Run"/>).</summary>
    public sealed record DeviceFixtureOutcome(ElementFixtureStage Stage, FaultCode AbortFault, double PeakSurfaceC, double PeakHotterReadingC, double PeakElementC, double MeanHeldPowerW, double FullPowerW, int Ticks, ElementFixtureAbortReason AbortReason = ElementFixtureAbortReason.None);

    /// <summary>
    /// The device's fixture mode (<see cref="ElementFixtureRun"/>, the core the firmware runs) on a simulated pad in the fixture's
    /// room and free air (the simulated fixture's set-up, <see cref="ElementCalibrationFixture"/>), its telemetry written as the
    /// device prints it (<see cref="FixtureTelemetry"/>): what a real pad's run would give the PC's <c>calibrate --telemetry</c>.
    /// The operator presses Program <c>pressDelayS</c> s after the cue (never, when negative) and lays the plate on <c>plateLeadS</c>
    /// s before the press (negative: after it, as hardware/README.md asks: press, then lay the plate within 30 s). The jig's
    /// reference probe (session 23, <see cref="SimulatedJigProbe"/>) is pressed on the surface throughout, within its tolerance.
    /// </summary>
    public static class DeviceFixtureSimulation
    {
        /// <summary>Runs the device fixture on pad <paramref name="p"/> with the sensors and sense of <paramref name="seed"/>.</summary>
        public static DeviceFixtureOutcome Run(PadParameters p, int seed, TextWriter telemetry, string elementRom, int pressDelayS = 5, int plateLeadS = 0, double supplyV = double.NaN, double roomC = ElementCalibrationFixture.RoomC, double targetW = ElementFixtureRun.TargetPowerW)
        {
            ArgumentNullException.ThrowIfNull(p);
            PadParameters fixture = p.With(surfaceToBodyWPerK: 0.0, surfaceToAmbientWPerK: Math.Max(p.SurfaceToAmbientWPerK, Bench.BenchPadFamily.FreeAirSurfaceToAmbientWPerK), ambientC: roomC, bodyC: roomC, initialC: roomC, supplyVoltageV: double.IsNaN(supplyV) ? p.RatedVoltageV : supplyV);
            var pad = new ThermalPad(fixture);
            var first = new SimulatedSensor(fixture, seed);
            var second = SimulatedSensor.Second(fixture, seed);
            var element = new SimulatedElementSensor(fixture, seed);
            var sense = new SimulatedHeaterSense(seed);
            var jig = new SimulatedJigProbe(fixture, seed);
            var jigAir = SimulatedJigProbe.Air(fixture, seed);
            var random = new Random(seed ^ ElementCalibrationFixture.FixtureSeedMask);
            double offset1 = ElementCalibrationFixture.PairOffsetC * ((2.0 * random.NextDouble()) - 1.0);
            double offset2 = ElementCalibrationFixture.PairOffsetC * ((2.0 * random.NextDouble()) - 1.0);
            var core = new ElementFixtureRun(targetW);
            var buttons = new ButtonEventQueue();
            telemetry?.WriteLine(TelemetryLog.Header);
            telemetry?.WriteLine(FixtureTelemetry.SensorsLine("28FF641E0F160390", "28FF9A1C0F160393", elementRom ?? "28FF23A10F1603C1"));
            telemetry?.WriteLine(FixtureTelemetry.BoardLine(FixtureTelemetry.SimulatedBoardHex));
            telemetry?.WriteLine(FixtureTelemetry.SenseZeroLine(ElementCalibrationRecordWriter.NominalSenseZeroCounts));

            double duty = 0.0;
            bool closed = false;
            long plateWantedMs = -1;
            bool plateOn = false;
            double peakSurface = double.NegativeInfinity, peakHotter = double.NegativeInfinity, peakElement = double.NegativeInfinity;
            double heldSum = 0.0;
            int heldCount = 0;
            int limit = ElementFixtureRun.BaselineS + ElementFixtureRun.HeatS + ElementFixtureRun.PlateWaitS + ElementFixtureRun.PlateS + ElementFixtureRun.CoolS + 60;
            int tick;
            for (tick = 0; tick < limit; tick++)
            {
                ElementCalibrationFixture.StepOneSecond(pad, duty, closed, first, second, element);
                jig.Advance(1.0, pad.SurfaceC, pad.AmbientC);
                jigAir.Advance(1.0, pad.SurfaceC, pad.AmbientC);

                long nowMs = (tick + 1) * 1000L;
                SensorReading a = first.Read(nowMs);
                SensorReading b = second.Read(nowMs);
                a = a.IsValid ? SensorReading.Valid(SimulatedSensor.Quantise(a.TemperatureC + offset1)) : a;
                b = b.IsValid ? SensorReading.Valid(SimulatedSensor.Quantise(b.TemperatureC + offset2)) : b;
                SensorReading e = element.Read();
                HeaterSenseReading s = sense.Read(pad, duty, closed);
                if (core.Stage == ElementFixtureStage.Plate && duty > 0.0)
                {
                    heldSum += s.CurrentA * s.SupplyV;
                    heldCount++;
                }

                buttons.Clear();
                int pressS = pressDelayS + Math.Max(0, plateLeadS);
                int plateS = pressS - plateLeadS;
                if (plateWantedMs >= 0 && pressDelayS >= 0 && nowMs - plateWantedMs >= pressS * 1000L && core.Stage == ElementFixtureStage.PlateWanted)
                {
                    buttons.Add(ButtonId.Program, false);
                }

                CoreOutputs o = core.StepWithJig(nowMs, a, b, e, jig.Read(), jigAir.Read(), s, buttons);
                if (core.StageChanged)
                {
                    telemetry?.WriteLine(FixtureTelemetry.Mark(nowMs, core.Stage, core.TargetPower, core.AbortReason));
                    if (core.Stage == ElementFixtureStage.PlateWanted)
                    {
                        plateWantedMs = nowMs;
                    }
                }

                // The operator lays the plate on plateLeadS s before the press (or after it), and leaves it on.
                if (!plateOn && plateWantedMs >= 0 && pressDelayS >= 0 && nowMs - plateWantedMs >= plateS * 1000L)
                {
                    plateOn = true;
                    pad.SurfaceToBodyWPerK = ElementCalibrationFixture.PlateWPerK;
                }

                telemetry?.WriteLine(FixtureTelemetry.TRecord(nowMs, a.IsValid ? a.TemperatureC : double.NaN, b.IsValid ? b.TemperatureC : double.NaN, e.IsValid ? e.TemperatureC : double.NaN, o.HeaterEnabled ? o.DutyFraction : 0.0, o.Phase, o.Fault));
                telemetry?.WriteLine(FixtureTelemetry.SenseLine(nowMs, o.HasHeaterSense, o.HeaterCurrentA, o.SupplyV));
                peakSurface = Math.Max(peakSurface, pad.SurfaceC);
                peakHotter = Math.Max(peakHotter, Math.Max(a.IsValid ? a.TemperatureC : double.NegativeInfinity, b.IsValid ? b.TemperatureC : double.NegativeInfinity));
                peakElement = Math.Max(peakElement, pad.CoreC);
                duty = o.HeaterEnabled ? o.DutyFraction : 0.0;
                closed = o.HeaterEnabled;
                if (core.Stage == ElementFixtureStage.Done || core.Stage == ElementFixtureStage.Aborted)
                {
                    break;
                }
            }

            return new DeviceFixtureOutcome(core.Stage, core.AbortFault, peakSurface, peakHotter, peakElement, heldCount > 0 ? heldSum / heldCount : 0.0, core.FullPowerW, tick + 1, core.AbortReason);
        }
    }
}
