using System;
using HeatPadFirmware.Core;
using HeatPadFirmware.Simulator.Pad;
using HeatPadFirmware.Tests.Review21c;

namespace HeatPadFirmware.Tests.Review22a
{
    /// <summary>
    /// An element sensor S3 with a chosen lag, spot error and offset (review 22a: the fix21 author's untested S3 errors beyond
    /// SimulatedElementSensor's seeded ±15 % spot, ±0.5 °C offset and 2–10 s lag); noise and 1/16 °C steps as the simulator's.
    /// </summary>
    internal sealed class ChosenElementSensor
    {
        private readonly Random _random;
        private readonly double _noiseC;
        private double _laggedC;

        public ChosenElementSensor(double initialC, double lagS, double spotFraction, double offsetC, double noiseC, int seed)
        {
            LagS = lagS;
            SpotFraction = spotFraction;
            OffsetC = offsetC;
            _noiseC = noiseC;
            _laggedC = initialC;
            _random = new Random(seed);
        }

        public double LagS { get; }

        public double SpotFraction { get; }

        public double OffsetC { get; }

        public bool Invalid { get; set; }

        public void Advance(double dtS, double coreC, double roomC)
        {
            double targetC = roomC + ((coreC - roomC) * (1.0 + SpotFraction));
            _laggedC = targetC + ((_laggedC - targetC) * Math.Exp(-dtS / LagS));
        }

        public SensorReading Read()
        {
            if (Invalid)
            {
                return SensorReading.Invalid;
            }

            double u1 = 1.0 - _random.NextDouble();
            double u2 = _random.NextDouble();
            double n = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
            return SensorReading.Valid(SimulatedSensor.Quantise(_laggedC + OffsetC + (_noiseC * n)));
        }
    }

    /// <summary>
    /// Review 22a's driver of the device fixture (ElementFixtureRun), review 21c's FixtureHarness with the conditions fix21 did
    /// not vary: a pair partly loose (reading a fraction of the surface's rise over the room), S3 with a chosen spot / offset / lag,
    /// S3 invalid on chosen ticks (the plate cue's), a body or a cover arriving at a chosen second, the supply at any voltage.
    /// </summary>
    internal sealed class FixtureHarness22a
    {
        public double RoomC = 22.0;
        public double PadStartC = double.NaN;
        public double BodyC = 34.0;
        public bool HasBody = default;              // the body boundary at BodyC (a person); false: at the room (a plate)
        public bool FreeAir = true;
        public double ChipVrefV = double.NaN;
        public int PressDelayS = 5;                 // after the first cue; negative: never
        public bool LayPlate = true;
        public int PlateLiftAfterPressS = -1;        // the plate taken off this long after the press (negative: never)
        public double PairCoupling = 1.0;            // the pair reads room + this x (surface - room) (1: on the surface; 0: off)
        public double PairCouplingFromPress = double.NaN; // the coupling from the press on (NaN: unchanged)
        public Func<int, double> BodyWPerKAt = _ => 0.0;      // a person, by tick (0: none)
        public Func<int, double> CoverAt = _ => 1.0;          // the surface's loss to the room x this, by tick (a cover / fold: < 1)
        public double CoreCoverScale = 1.0;                   // the core's loss to the room x this, from power-on
        public Func<int, double> SupplyV = _ => double.NaN;
        public Func<int, long> TickMs = _ => 1000L;           // the loop's tick by tick number, ms (fix22: irregular ticks with the loose pair)
        public Func<int, double> RoomAt = _ => double.NaN;    // review 23a: the room by tick (NaN: RoomC throughout); the pad's ambient set through its private field, ThermalPad has no setter
        public double S3LagS = double.NaN;            // NaN: the seeded SimulatedElementSensor; otherwise a ChosenElementSensor
        public double S3Spot = 0.0;
        public double S3OffsetC = 0.0;
        public bool S3InvalidAtCue = default;           // S3 reads invalid on the one tick the run reaches the plate cue
        public int ExtraTicks = 300;
        public Action<SimulatedJigProbe>? JigAir = null;     // session 23: sets the jig's air probe (the room)
        public Action<SimulatedJigProbe>? Jig = null;        // session 23: sets the jig's reference probe (drawn from the seed within its tolerance) before the run
        public double PowerW = ElementFixtureRun.TargetPowerW;
        public Action<long, ElementFixtureStage, double, double, SensorReading, SensorReading, SensorReading>? Observe = null; // now, stage, true surface, true core, pair, S3

        private static readonly System.Reflection.FieldInfo AmbientField =
            typeof(ThermalPad).GetField("_ambientC", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

        public ElementFixtureRun? LastRun;                    // session 25: the core of the last run (its room watch's reason)

        public FixtureProbe Run(PadParameters p, int seed)
        {
            double cover0 = CoverAt(0);
            PadParameters fixture = p.With(
                surfaceToBodyWPerK: 0.0,
                surfaceToAmbientWPerK: (FreeAir ? Math.Max(p.SurfaceToAmbientWPerK, HeatPadFirmware.Simulator.Bench.BenchPadFamily.FreeAirSurfaceToAmbientWPerK) : p.SurfaceToAmbientWPerK),
                coreToAmbientWPerK: p.CoreToAmbientWPerK * CoreCoverScale,
                ambientC: RoomC, bodyC: HasBody ? BodyC : RoomC, initialC: double.IsNaN(PadStartC) ? RoomC : PadStartC);
            double baseSurfaceToAmbient = fixture.SurfaceToAmbientWPerK;
            var pad = new ThermalPad(fixture);
            var first = new SimulatedSensor(fixture, seed);
            var second = SimulatedSensor.Second(fixture, seed);
            var seeded = new SimulatedElementSensor(fixture, seed);
            ChosenElementSensor? chosen = double.IsNaN(S3LagS) ? null : new ChosenElementSensor(fixture.InitialC, S3LagS, S3Spot, S3OffsetC, fixture.SensorNoiseC, seed);
            var sense = new SimulatedHeaterSense(seed, ChipVrefV);
            var jig = new SimulatedJigProbe(fixture, seed);
            Jig?.Invoke(jig);
            var jigAir = SimulatedJigProbe.Air(fixture, seed);
            JigAir?.Invoke(jigAir);
            var core = new ElementFixtureRun(PowerW);
            LastRun = core;
            var buttons = new ButtonEventQueue();
            double duty = 0.0;
            bool closed = false;
            long nowMs = 0;
            long plateWantedMs = -1, heatStartMs = -1, pressMs = -1;
            bool plateOn = false;
            double coupling = PairCoupling;
            double peak = double.NegativeInfinity, peakPlate = double.NegativeInfinity, peakElement = double.NegativeInfinity, dose = 0.0;
            int heatAfterEnd = 0;
            int endTick = -1;
            for (int tick = 0; tick < 6000; tick++)
            {
                double sv = SupplyV(tick);
                if (!double.IsNaN(sv))
                {
                    pad.SupplyVoltageV = sv;
                }

                if (!plateOn)
                {
                    pad.SurfaceToBodyWPerK = BodyWPerKAt(tick);
                }

                pad.SurfaceToAmbientWPerK = baseSurfaceToAmbient * CoverAt(tick);
                double roomNowC = RoomAt(tick);
                if (!double.IsNaN(roomNowC))
                {
                    AmbientField.SetValue(pad, roomNowC);
                }

                long tickMs = TickMs(tick);
                for (int k = 0; k < 4; k++)
                {
                    double h = tickMs / 4000.0;
                    pad.Step(h, duty, closed);
                    double pairTargetC = pad.AmbientC + (coupling * (pad.SurfaceC - pad.AmbientC));
                    first.Advance(h, pairTargetC);
                    second.Advance(h, pairTargetC);
                    seeded.Advance(h, pad.CoreC, pad.AmbientC);
                    chosen?.Advance(h, pad.CoreC, pad.AmbientC);
                    jig.Advance(h, pad.SurfaceC, pad.AmbientC);
                    jigAir.Advance(h, pad.SurfaceC, pad.AmbientC);
                    dose += BurnDose.Increment(pad.SurfaceC, h);
                }

                nowMs += tickMs;
                SensorReading a = first.Read(nowMs);
                SensorReading b = second.Read(nowMs);
                bool cueTick = S3InvalidAtCue && heatStartMs >= 0 && core.Stage == ElementFixtureStage.Heat && nowMs - heatStartMs >= ElementFixtureRun.HeatS * 1000L;
                SensorReading e;
                if (chosen != null)
                {
                    chosen.Invalid = cueTick;
                    e = chosen.Read();
                }
                else
                {
                    e = cueTick ? SensorReading.Invalid : seeded.Read();
                }

                HeaterSenseReading s = sense.Read(pad, duty, closed);
                buttons.Clear();
                if (plateWantedMs >= 0 && PressDelayS >= 0 && nowMs - plateWantedMs >= PressDelayS * 1000L && core.Stage == ElementFixtureStage.PlateWanted)
                {
                    buttons.Add(ButtonId.Program, false);
                }

                CoreOutputs o = core.StepWithJig(nowMs, a, b, e, jig.Read(), jigAir.Read(), s, buttons);
                Observe?.Invoke(nowMs, core.Stage, pad.SurfaceC, pad.CoreC, a, b, e);
                if (core.StageChanged && core.Stage == ElementFixtureStage.Heat)
                {
                    heatStartMs = nowMs;
                }

                if (core.StageChanged && core.Stage == ElementFixtureStage.PlateWanted)
                {
                    plateWantedMs = nowMs;
                }

                if (core.StageChanged && core.Stage == ElementFixtureStage.Plate)
                {
                    pressMs = nowMs;
                    if (!double.IsNaN(PairCouplingFromPress))
                    {
                        coupling = PairCouplingFromPress;
                    }
                }

                if (LayPlate && !plateOn && pressMs >= 0)
                {
                    plateOn = true;
                    pad.SurfaceToBodyWPerK = ElementCalibrationFixture.PlateWPerK;
                }

                if (plateOn && PlateLiftAfterPressS >= 0 && nowMs - pressMs >= PlateLiftAfterPressS * 1000L)
                {
                    plateOn = false;
                    pad.SurfaceToBodyWPerK = BodyWPerKAt(tick);
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
